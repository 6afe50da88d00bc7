"""Shared by the fuzz tests: run command lines in a bounded child and judge each outcome.

Every case must end the way a user can live with: exit 0 (the input was still valid) or
exit 1 with exactly one ``waymark: error:`` line and no traceback, within the alarm, and the
input left byte for byte as it was with nothing new beside it (``snapshot``).
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHILD = Path(__file__).with_name("fuzz_child.py")
GIB = 1024**3


@dataclass
class CaseResult:
    argv: list[str]
    rc: int | None
    stderr: str
    error: str | None

    def problem(self, *, ok_allowed: bool = True) -> str | None:
        """Why this outcome is not acceptable, or None."""
        if self.error:
            return f"{self.argv}: {self.error.strip().splitlines()[-1]}\n{self.error}"
        if "Traceback" in self.stderr:
            return f"{self.argv}: a traceback on stderr:\n{self.stderr}"
        if self.rc == 0 and ok_allowed:
            return None
        if self.rc != 1:
            return f"{self.argv}: exit {self.rc} (stderr {self.stderr!r})"
        lines = self.stderr.splitlines()
        errors = [line for line in lines if line.startswith("waymark: error: ")]
        if len(errors) != 1 or len([line for line in lines if not line.startswith("waymark: warning: ")]) != 1:
            return f"{self.argv}: expected one 'waymark: error:' line, got {self.stderr!r}"
        return None


def run_cases(
    cases: list[list[str]],
    *,
    cwd: Path,
    address_space: int | None = None,
    per_case_timeout: int = 20,
    env: dict | None = None,
) -> list[CaseResult]:
    """Run every argv (without the leading 'waymark') in one child process."""

    def limits() -> None:
        if address_space:
            resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))

    child_env = {**os.environ, **(env or {}), "QT_QPA_PLATFORM": "offscreen"}
    child_env["PYTHONPATH"] = str(REPO) + os.pathsep + child_env.get("PYTHONPATH", "")
    spec = json.dumps({"cases": [[str(a) for a in argv] for argv in cases], "timeout": per_case_timeout})
    proc = subprocess.run(
        [sys.executable, str(CHILD)],
        input=spec,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=child_env,
        preexec_fn=limits,
        check=False,
        timeout=per_case_timeout * len(cases) + 60,
    )
    results = [CaseResult(**json.loads(line)) for line in proc.stdout.splitlines() if line.startswith("{")]
    if len(results) != len(cases):
        done = len(results)
        raise AssertionError(
            f"the fuzz child died at case {done} ({cases[done] if done < len(cases) else '?'}), "
            f"exit {proc.returncode}: {proc.stderr[-3000:]}"
        )
    return results


def snapshot(folder: Path) -> dict[str, str]:
    """Name → SHA-256 (or the file type) of everything in ``folder``, to show nothing changed."""
    found = {}
    for entry in sorted(Path(folder).rglob("*")):
        rel = str(entry.relative_to(folder))
        if entry.is_symlink() or not entry.is_file():
            found[rel] = "special" if not entry.is_dir() else "dir"
        else:
            found[rel] = hashlib.sha256(entry.read_bytes()).hexdigest()
    return found


def assert_all_clean(results: list[CaseResult], *, ok_allowed: bool = True) -> None:
    problems = [p for r in results if (p := r.problem(ok_allowed=ok_allowed))]
    assert not problems, f"{len(problems)} of {len(results)} cases failed:\n" + "\n\n".join(problems[:10])


def make_special(path: Path, kind: str) -> str:
    """Put a special file of ``kind`` at ``path`` (what a reader must refuse without opening it
    for long): fifo, folder, symlink-to-fifo, dev-zero, dev-urandom, socket, symlink-loop or
    dangling-symlink. Returns ``kind``."""
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "symlink-to-fifo":
        fifo = path.with_name(f"{path.name}.pipe")
        os.mkfifo(fifo)
        path.symlink_to(fifo)
    elif kind in ("dev-zero", "dev-urandom"):
        path.symlink_to(f"/dev/{kind[4:]}")
    elif kind == "socket":
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(path))
        sock.close()
    elif kind == "symlink-loop":
        path.symlink_to(path)
    elif kind == "dangling-symlink":
        path.symlink_to(path.with_name("nowhere"))
    else:
        raise ValueError(f"no special file kind {kind!r}")
    return kind
