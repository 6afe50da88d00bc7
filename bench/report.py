"""Machine info, the printed table and the results file."""

from __future__ import annotations

import json
import math
import os
import platform
import subprocess
import sys
from pathlib import Path

from bench.measures import Row


def machine_info() -> dict:
    import PySide6
    from PySide6 import QtCore

    info = {
        "cpu_count": os.cpu_count(),
        "cpu": _cpu_model(),
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "pyside6": PySide6.__version__,
        "qt": QtCore.qVersion(),
        "loadavg_start": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
    }
    try:
        repo = Path(__file__).resolve().parent.parent
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=repo, capture_output=True, text=True, timeout=10
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "app"], cwd=repo, capture_output=True, text=True, timeout=10
        ).stdout.strip()
        info["git"] = head + (" (app/ modified)" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        info["git"] = None
    return info


def _cpu_model() -> str | None:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def print_machine(info: dict) -> None:
    load = info.get("loadavg_start")
    print(f"machine: {info['cpu_count']} CPUs ({info.get('cpu') or '?'}), {info['platform']}")
    print(
        f"python {info['python']}, PySide6 {info['pyside6']}, Qt {info['qt']}, git {info.get('git') or '?'}"
        + (f", load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}" if load else "")
    )


HEADERS = ("measure", "workload", "ours", "baseline", "ratio", "target", "met")
WHOLE_HEADERS = ("whole command", "workload", "value", "baseline", "ratio", "target", "met")


def table(rows: list[Row], headers: tuple[str, ...] = HEADERS) -> str:
    lines = []
    for r in rows:
        ratio = r.ratio
        met = "ERROR" if r.error else ("—" if r.met is None else ("yes" if r.met else "no"))
        lines.append(
            (
                r.measure,
                r.workload,
                r.ours_text,
                r.baseline_text or "—",
                f"{ratio:.2f}×" if ratio is not None else "—",
                r.target,
                met,
            )
        )
    widths = [max(len(h), *(len(line[i]) for line in lines)) if lines else len(h) for i, h in enumerate(headers)]
    out = [" | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False)), "-+-".join("-" * w for w in widths)]
    out += [" | ".join(c.ljust(w) for c, w in zip(line, widths, strict=False)) for line in lines]
    return "\n".join(out)


def _finite(value):
    """NaN and infinities become null (JSON has no NaN)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def write_results(
    path: Path, *, mode: str, info: dict, workloads: dict, rows: list[Row], duration_s: float, started: str
) -> None:
    data = {
        "mode": mode,
        "started": started,
        "duration_s": duration_s,
        "machine": info,
        "workloads": workloads,
        "columns": list(HEADERS),
        "rows": [r.as_json() for r in rows],
    }
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(
        json.dumps(_finite(data), indent=1, ensure_ascii=False, allow_nan=False, default=str), encoding="utf-8"
    )
    os.replace(tmp, path)
