"""Where Waymark keeps its own files: working copies for crash recovery, user templates.

``WAYMARK_DATA_DIR`` overrides the per-platform folder so tests and portable installs
never touch the user's real data.

A data folder that cannot be written (a read-only home, a full disk, a path through a file)
must not stop anyone reading or saving their own files: Waymark then keeps its working
copies in a private temporary folder for this process and says that crash recovery is off,
since the next start will not look there.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import platformdirs

_FALLBACKS: dict[str, tuple[Path, str]] = {}  # configured folder -> (temporary folder, why)


def configured_data_dir() -> Path:
    override = os.environ.get("WAYMARK_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir("waymark", appauthor=False))


def _usable(folder: Path) -> None:
    """Raise OSError unless ``folder`` and its recovery folder exist and take a new file."""
    (folder / "recovery").mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile(dir=folder / "recovery"):
        pass


def _reason(exc: OSError) -> str:
    import errno

    from app.i18n import translate
    from app.models.atomic import describe_os_error

    if exc.errno == errno.ENOTDIR:
        return translate("Paths", "a part of the path is not a folder")
    if exc.errno == errno.EEXIST:
        return translate("Paths", "a file is in the way")
    return describe_os_error(exc)


def _fallback(base: Path, exc: OSError) -> Path:
    key = str(base)
    if key not in _FALLBACKS:
        from app.i18n import translate
        from app.models.inputs import printable

        temp = Path(tempfile.mkdtemp(prefix="waymark-"))  # mode 700: this user's alone
        atexit.register(shutil.rmtree, temp, True)
        _FALLBACKS[key] = (
            temp,
            translate(
                "Paths",
                "Waymark's data folder {folder} cannot be used ({reason}); crash recovery is off "
                "for this session: unsaved edits are kept in a temporary folder that the next start does not "
                "look in, so save often",
            ).format(folder=printable(key), reason=_reason(exc)),
        )

    return _FALLBACKS[key][0]


def data_dir() -> Path:
    """Waymark's own folder; one that exists but cannot be written is still read (templates)."""
    base = configured_data_dir()
    if str(base) in _FALLBACKS:
        return _FALLBACKS[str(base)][0]
    try:
        base.mkdir(parents=True, exist_ok=True)
        return base
    except OSError as exc:
        return _fallback(base, exc)


# A working copy's file name ends with this; its -wal and -shm files sit beside it.
WORK_SUFFIX = ".waymark-work"


def work_files(work: Path) -> tuple[Path, Path, Path]:
    return work, Path(f"{work}-wal"), Path(f"{work}-shm")


def recovery_dir() -> Path:
    """Where working copies live: the data folder's, or this process's temporary stand-in."""
    base = configured_data_dir()
    if str(base) not in _FALLBACKS:
        try:
            _usable(base)
            return base / "recovery"
        except OSError as exc:
            _fallback(base, exc)
    path = _FALLBACKS[str(base)][0] / "recovery"
    path.mkdir(exist_ok=True)
    return path


def data_dir_notice() -> str | None:
    """Why working copies are kept in a temporary stand-in (crash recovery is off), or None."""
    recovery_dir()
    found = _FALLBACKS.get(str(configured_data_dir()))
    return found[1] if found else None


def resources_dir() -> Path:
    """``resources/`` of a source checkout, its copy inside an installed wheel, or the bundle's.

    A PyInstaller bundle (packaging/waymark.spec) unpacks its data beside the executable and
    names that folder ``sys._MEIPASS``; modules there have no real source files to be beside.
    """
    here = Path(__file__).resolve().parent.parent
    candidates = [here / "resources", here.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and isinstance(bundle, str):
        candidates.insert(0, Path(bundle) / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    from app.i18n import translate

    raise FileNotFoundError(translate("Paths", "Waymark's resources folder is missing from this installation"))
