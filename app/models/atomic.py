"""Files are replaced whole or not at all.

Every output (project, JSON, PDF, workbook) is written to a temporary file beside its
target, fsynced, and renamed over the target, then the folder is fsynced so the rename
itself survives power loss. A failure removes the temporary file and leaves the target
exactly as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

from app.i18n import translate
from app.models.errors import SaveError

TEMP_MARK = ".~waymark-"


def temp_path_for(target: Path) -> Path:
    return target.with_name(f"{TEMP_MARK}{secrets.token_hex(4)}-{target.name}")


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; MoveFileEx is durable enough there.
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def file_size_limit() -> int | None:
    """This process's RLIMIT_FSIZE in bytes (``ulimit -f``), or None when there is none."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return None
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    return None if soft == resource.RLIM_INFINITY else soft


def size_limit_reason() -> str:
    limit = file_size_limit()
    return (
        translate("Atomic", "the file exceeds the file-size limit ({limit} bytes; see `ulimit -f`)").format(
            limit=f"{limit:,}"
        )
        if limit is not None
        else translate("Atomic", "the file exceeds the largest file this system allows")
    )


def describe_os_error(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return (
            translate("Atomic", "the disk is full")
            if exc.errno == errno.ENOSPC
            else translate("Atomic", "the disk quota is used up")
        )
    if exc.errno == errno.EFBIG:
        return size_limit_reason()
    if exc.errno in (errno.EACCES, errno.EPERM):
        return translate("Atomic", "permission denied")
    if exc.errno == errno.EROFS:
        return translate("Atomic", "the disk is read-only")
    if exc.errno == errno.ENOENT:
        return translate("Atomic", "the folder does not exist")
    return exc.strerror or str(exc)


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """Yield a temporary path; on success it atomically becomes ``target``."""
    target = Path(target).absolute()
    tmp = temp_path_for(target)
    try:
        yield tmp
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        _remove_quietly(tmp)
        raise SaveError(
            translate("Atomic", "could not write {name}: {reason}; the existing file is unchanged").format(
                name=target.name, reason=describe_os_error(exc)
            )
        ) from exc
    except BaseException:
        _remove_quietly(tmp)
        raise


def write_bytes_atomic(target: Path, data: bytes) -> None:
    """The one way bytes made in memory reach a file (Qt's and openpyxl's writers included:
    they report a failing write badly or not at all, so they encode into memory instead)."""
    with replacing(target) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)


def write_with(target: Path, writer: Callable[[Path], None]) -> None:
    """Let ``writer`` fill a temporary path, then replace ``target`` with it."""
    with replacing(target) as tmp:
        writer(tmp)


def _remove_quietly(path: Path) -> None:
    for p in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            p.unlink()


def remove_stale_temps(target: Path) -> None:
    """Remove temporaries a crashed save of ``target`` left behind (only ours, by name)."""
    target = Path(target).absolute()
    ours = re.compile(re.escape(TEMP_MARK) + r"[0-9a-f]{8}-" + re.escape(target.name) + r"(-journal|-wal|-shm)?")
    with contextlib.suppress(OSError):
        for p in target.parent.glob(f"{TEMP_MARK}*"):
            if ours.fullmatch(p.name):
                _remove_quietly(p)
