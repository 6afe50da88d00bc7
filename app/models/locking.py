"""Advisory locks that vanish with the process that holds them.

A lock is a small file holding who opened what, locked with flock (POSIX) or msvcrt
(Windows). The OS drops the lock when the process dies, however it dies, so a leftover lock
file never blocks anyone: whoever can take the lock owns it. That also tells a crashed
session's working copy (lock free) from a live one (lock held).
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import time
from pathlib import Path

if os.name == "posix":
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False
else:  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False


def holder_info() -> dict:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is fine
        user = "?"
    return {"pid": os.getpid(), "host": socket.gethostname(), "user": user, "since": time.time()}


def describe_holder(info: dict) -> str:
    since = time.strftime("%Y-%m-%d %H:%M", time.localtime(info.get("since", 0)))
    return f"by {info.get('user', '?')} on {info.get('host', '?')}, process {info.get('pid', '?')}, since {since}"


class FileLock:
    """Held from `acquire` until `release` or process exit."""

    def __init__(self, path: Path, fd: int):
        self.path = path
        self._fd = fd

    @classmethod
    def acquire(cls, path: Path, info: dict | None = None) -> FileLock | None:
        """Take the lock, or return None when another live process holds it."""
        path = Path(path)
        for _ in range(5):
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            if not _try_lock(fd):
                os.close(fd)
                return None
            # The holder may have released and unlinked the file between our open and lock.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(path))
            except FileNotFoundError:
                same = False
            if same:
                lock = cls(path, fd)
                lock._write(info or holder_info())
                return lock
            os.close(fd)
        return None

    def _write(self, info: dict) -> None:
        data = json.dumps(info).encode()
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, data, 0) if hasattr(os, "pwrite") else os.write(self._fd, data)

    @staticmethod
    def is_held(path: Path) -> bool:
        if not Path(path).exists():
            return False
        lock = FileLock.acquire(path)
        if lock is None:
            return True
        lock.release()
        return False

    @staticmethod
    def read_info(path: Path) -> dict:
        try:
            return json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def release(self) -> None:
        if self._fd < 0:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        with contextlib.suppress(OSError):
            os.close(self._fd)
        self._fd = -1
