"""Files offered as input (projects, JSON, workbooks, images) and the messages that quote them.

Every input path is untrusted: it may be a FIFO that blocks the first ``open`` forever, a
device such as /dev/zero whose stat size is 0 but which never ends, a folder that cannot be
searched, or a name full of terminal escape sequences. So one function looks at a path
before anything opens it (``lstat``-free ``stat`` inside the error handling, then
``O_NONBLOCK`` open and ``fstat`` to close the race), one reads it with the size cap
enforced on the bytes actually read, and one makes any text fit for a one-line message.
"""

from __future__ import annotations

import errno
import os
import stat
import unicodedata
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.errors import InputFileError

_CHUNK = 1 << 20
CTX = "InputFiles"

# What callers expect a path to be ("a {noun}"); translated when a message names it.
NOUNS = (
    QT_TRANSLATE_NOOP("InputFiles", "file"),
    QT_TRANSLATE_NOOP("InputFiles", "Waymark project"),
    QT_TRANSLATE_NOOP("InputFiles", "JSON document"),
    QT_TRANSLATE_NOOP("InputFiles", "workbook"),
    QT_TRANSLATE_NOOP("InputFiles", "template"),
    QT_TRANSLATE_NOOP("InputFiles", "photo"),
)


def _os_reason(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return translate("InputFiles", "permission denied")
    if exc.errno == errno.ENOENT:
        return translate("InputFiles", "no such file")
    if exc.errno == errno.ENOTDIR:
        return translate("InputFiles", "a part of the path is not a folder")
    if exc.errno == errno.ELOOP:
        return translate("InputFiles", "too many symbolic links")
    if exc.errno == errno.ENAMETOOLONG:
        return translate("InputFiles", "the name is too long")
    return exc.strerror or str(exc)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return translate("InputFiles", "a folder")
    if stat.S_ISFIFO(mode):
        return translate("InputFiles", "a named pipe (FIFO)")
    if stat.S_ISCHR(mode):
        return translate("InputFiles", "a character device")
    if stat.S_ISBLK(mode):
        return translate("InputFiles", "a block device")
    if stat.S_ISSOCK(mode):
        return translate("InputFiles", "a socket")
    return translate("InputFiles", "not a regular file")


def _not_a(name: str, mode: int, noun: str) -> InputFileError:
    return InputFileError(
        translate("InputFiles", "{name} is {kind}, not a {noun}").format(
            name=name, kind=_kind(mode), noun=translate(CTX, noun)
        )
    )


def _unreadable(name: str, exc: OSError) -> InputFileError:
    return InputFileError(
        translate("InputFiles", "{name} cannot be read: {reason}").format(name=name, reason=_os_reason(exc))
    )


def check_regular(path: Path, noun: str = "file", *, label: str | None = None) -> os.stat_result:
    """The stat of ``path`` if it is a regular file (symlinks followed); else InputFileError.

    ``noun`` names what was expected ("Waymark project", "workbook") in the message;
    ``label`` is how the message names the file (default: the path as given).
    """
    name = printable(label if label is not None else str(path))
    try:
        st = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            raise InputFileError(translate("InputFiles", "{name}: no such file").format(name=name)) from None
        raise _unreadable(name, exc) from None
    except ValueError:  # an embedded NUL
        raise InputFileError(translate("InputFiles", "{name}: not a valid file name").format(name=name)) from None
    if not stat.S_ISREG(st.st_mode):
        raise _not_a(name, st.st_mode, noun)
    return st


def open_regular(path: Path, noun: str = "file", *, label: str | None = None) -> int:
    """An O_RDONLY file descriptor on ``path``, which must be a regular file.

    The open is non-blocking, so a FIFO swapped in after the stat cannot hang it, and the
    descriptor is checked again with ``fstat``. The caller closes it.
    """
    check_regular(path, noun, label=label)
    name = printable(label if label is not None else str(path))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _unreadable(name, exc) from None
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise _not_a(name, st.st_mode, noun)
    return fd


def read_bounded(path: Path, limit: int, noun: str = "file", *, label: str | None = None) -> bytes:
    """The bytes of a regular file, refused once more than ``limit`` bytes have been read.

    The cap counts what was read, not what stat says: a file that grows, or one whose
    stat size lies (procfs), cannot make Waymark read without bound.
    """
    name = printable(label if label is not None else str(path))
    fd = open_regular(path, noun, label=label)
    try:
        chunks: list[bytes] = []
        total = 0
        while True:
            try:
                chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            except OSError as exc:
                raise _unreadable(name, exc) from None
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise InputFileError(
                    translate(
                        "InputFiles", "{name} is larger than {size}; Waymark reads at most that for a {noun}"
                    ).format(name=name, size=_size(limit), noun=translate(CTX, noun))
                )
        return b"".join(chunks)
    finally:
        os.close(fd)


def _size(n: int) -> str:
    if n >= 2**20 and n % 2**20 == 0:
        return translate("InputFiles", "{n} MiB").format(n=n // 2**20)
    return translate("InputFiles", "{n} bytes").format(n=f"{n:,}")


_BIDI = {0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str, *, limit: int = 300) -> str:
    """``text`` fit for a one-line message: control and bidi characters escaped, long text cut.

    A message that quotes input (a file name, a key from a JSON document, SQLite's own
    report on a damaged file) must not break the line, move the cursor or recolour a
    terminal, and must stay readable: escapes are Python-style (``\\n``, ``\\x1b``).
    """
    out = []
    for ch in text:
        code = ord(ch)
        if ch in _NAMED:
            out.append(_NAMED[ch])
        elif code < 0x20 or 0x7F <= code < 0xA0:
            out.append(f"\\x{code:02x}")
        elif code in _BIDI or unicodedata.category(ch) in ("Zl", "Zp"):
            out.append(f"\\u{code:04x}")
        elif 0xD800 <= code < 0xE000:
            out.append(f"\\u{code:04x}")  # a lone surrogate (from a byte that was not UTF-8)
        else:
            out.append(ch)
        if len(out) > limit:
            return "".join(out[:limit]) + "…"
    return "".join(out)
