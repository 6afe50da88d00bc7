"""Running probes in fresh subprocesses: the same python, offscreen Qt, a throwaway data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.stats import RESULT_PREFIX, now

REPO = Path(__file__).resolve().parent.parent
PROBE_TIMEOUT_S = 300


class ProbeError(RuntimeError):
    """A probe crashed, timed out or printed no result."""


def probe_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["WAYMARK_DATA_DIR"] = str(data_dir)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    return env


def run(argv: list[str], *, timeout: float = PROBE_TIMEOUT_S) -> tuple[float, subprocess.CompletedProcess]:
    """Run ``python argv...`` from the repo root in a fresh data folder; (wall seconds, the process)."""
    with tempfile.TemporaryDirectory(prefix="waymark-bench-data-") as data:
        t0 = now()
        try:
            proc = subprocess.run(
                [sys.executable, *argv],
                cwd=REPO,
                env=probe_env(Path(data)),
                capture_output=True,
                text=True,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            raise ProbeError(f"{' '.join(argv)}: timed out after {timeout:.0f} s") from None
        return now() - t0, proc


def probe(module: str, *args: object, timeout: float = PROBE_TIMEOUT_S) -> dict:
    """Run ``python -m bench.<module> args...`` and return the JSON it printed."""
    argv = ["-m", f"bench.{module}", *map(str, args)]
    _wall, proc = run(argv, timeout=timeout)
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            if proc.returncode != 0:
                break
            return json.loads(line[len(RESULT_PREFIX) :])
    tail = (proc.stderr or proc.stdout).strip().splitlines()[-6:]
    raise ProbeError(f"{' '.join(argv)}: exit {proc.returncode}: " + " | ".join(tail))
