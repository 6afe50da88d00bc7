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
from typing import Any

from app.models.json_text import read_small_json

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
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]  # Windows only
            return True
        except OSError:
            return False


def holder_info() -> dict[str, Any]:
    try:
        user = getpass.getuser()
    except Exception:
        user = "?"
    return {"pid": os.getpid(), "host": socket.gethostname(), "user": user, "since": time.time()}


def describe_holder(info: dict[str, Any]) -> str:
    since = time.strftime("%Y-%m-%d %H:%M", time.localtime(info.get("since", 0)))
    from app.i18n import translate

    return translate("Locking", "by {user} on {host}, process {pid}, since {since}").format(
        user=info.get("user", "?"), host=info.get("host", "?"), pid=info.get("pid", "?"), since=since
    )


class FileLock:
    """Held from `acquire` until `release` or process exit."""

    def __init__(self, path: Path, fd: int):
        self.path = path
        self._fd = fd

    @classmethod
    def acquire(cls, path: Path, info: dict[str, Any] | None = None) -> FileLock | None:
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

    def _write(self, info: dict[str, Any]) -> None:
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
    def read_info(path: Path) -> dict[str, Any]:
        info = read_small_json(Path(path))
        return info if isinstance(info, dict) else {}

    def release(self) -> None:
        if self._fd < 0:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        with contextlib.suppress(OSError):
            os.close(self._fd)
        self._fd = -1


def lock_path_for(target: Path) -> Path:
    """The lock file beside a project (LibreOffice's naming, so both tools see who has it)."""
    return Path(target).with_name(f".~lock.{Path(target).name}#")


def _identity_lock_path(st: os.stat_result) -> Path:
    from app.models.paths import recovery_dir

    folder = recovery_dir().parent / "locks"  # beside working copies: a folder known to be writable
    folder.mkdir(exist_ok=True)
    return folder / f"{st.st_dev:x}-{st.st_ino:x}.lock"


class ProjectLock:
    """A project file held for writing: by its resolved name and by its identity.

    The lock file beside the file covers every process that reaches it by that folder (other
    machines too, on a shared drive); the identity lock (device and inode)
    covers the same file reached by another path, such as a bind mount (per user: it lives in the
    data folder). Symlinks are resolved
    by the caller, so a link and its target share both locks.
    """

    def __init__(self, real: Path, name_lock: FileLock):
        self.real = real
        self._name = name_lock
        self._identity: FileLock | None = None

    @classmethod
    def acquire(cls, real: Path) -> ProjectLock:
        """Raises FileInUseError when held elsewhere, OSError when the lock file cannot be made."""
        from app.models.errors import FileInUseError

        name_lock = FileLock.acquire(lock_path_for(real))
        if name_lock is None:
            raise FileInUseError(str(real), describe_holder(FileLock.read_info(lock_path_for(real))))
        lock = cls(real, name_lock)
        try:
            lock.rebind()
        except BaseException:
            lock.release()
            raise
        return lock

    def rebind(self) -> None:
        """Take the identity lock of the file now at the name (a save gives it a new inode)."""
        from app.models.errors import FileInUseError

        try:
            st = os.stat(self.real)
        except OSError:
            return  # not written yet: the name lock covers it until the first save
        try:
            path = _identity_lock_path(st)
        except OSError:
            return  # no data folder to hold it in: the name lock alone
        if self._identity is not None and self._identity.path == path:
            return
        identity = FileLock.acquire(path)
        if identity is None:
            raise FileInUseError(str(self.real), describe_holder(FileLock.read_info(path)))
        if self._identity is not None:
            self._identity.release()
        self._identity = identity

    def release(self) -> None:
        for lock in (self._identity, self._name):
            if lock is not None:
                lock.release()
        self._identity = None
