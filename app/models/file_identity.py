"""Which file is "the project file": the one a name leads to, and whether it is still that file.

A name may be a symlink (save must land on its target, and the link stay a link), one of
several hard links (replacing the file whole would part it from the other names, and writing
it in place could leave it half-written after a crash, so neither is done), or a file that
another program replaced or rewrote since it was opened (saving over it would silently throw
that version away). A fingerprint (device, inode, size, modification time and a SHA-256 of
the bytes) tells whether the file on disk is still the one this session last read or wrote;
the checksum catches a rewrite that kept the size and restored the time.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from app.i18n import translate
from app.models.errors import SaveError


def real_path(path: Path) -> Path:
    """Where a save must land: symlinks resolved, so the link stays a link."""
    return Path(os.path.realpath(path))


def file_digest(path: Path) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def fingerprint(path: Path, digest: str | None = None) -> list[Any]:
    """What the file on disk was: identity, size, time and a checksum of its bytes."""
    st = os.stat(path)
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, digest or file_digest(path)]


def hard_link_reason(name: str, links: int) -> str:
    return translate(
        "FileIdentity",
        "it has {n} names (hard links), and saving replaces a file whole, which would part it from its other names",
    ).format(n=links)


def refuse_hard_links(real: Path, name: str | None = None) -> None:
    """Replacing a file that has other names would part it from them; writing it in place could
    leave it half-written after a crash. Neither is done: the user saves under another name."""
    try:
        links = os.stat(real).st_nlink
    except OSError:
        return
    if links > 1:
        name = name or real.name
        raise SaveError(
            translate(
                "FileIdentity", "could not save {name}: {reason}; use Save As to save a copy under another name"
            ).format(name=name, reason=hard_link_reason(name, links))
        )
