"""Checks on an untrusted .xlsx before any of its XML is parsed.

An .xlsx is a zip of XML parts. A zip bomb (huge unpacked sizes, absurd compression ratios, or
thousands of entries) and an XML bomb (a DTD whose entities expand exponentially, or that pulls
in a file or URL) both do their harm while parsing, so they are refused here, from the zip's
directory and each part's prolog, before openpyxl opens the file. Python's zipfile never
unpacks more than an entry's declared size, so checking declared sizes is enough.
"""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, iterparse

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.importers.xlsx.census import census
from app.importers.xlsx.refusal import WorkbookRefused
from app.models import limits as L
from app.models.inputs import open_regular, printable

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary .xls (and encrypted .xlsx)
XML_SUFFIXES = (".xml", ".rels", ".vml")
RATIO_FLOOR = 1024 * 1024  # below this many unpacked bytes an entry's ratio is not judged
PROLOG_BYTES = 64 * 1024  # a part's DTD, if any, comes before its root element
SNIFF_BYTES = 256  # read from a part whose name does not say XML, to see if it is
SNIFF_HEAD = 4096  # read from the file itself, to say what it is when it is not a workbook


def _mib(n: int) -> str:
    return f"{n / 2**20:,.0f} MiB" if n >= 2**20 else f"{n:,} bytes"


def check_archive(path: Path) -> None:
    """Refuse ``path`` unless it is a zip within every limit whose XML parts declare no DTD."""
    with open_workbook(path) as source:
        check_source(printable(Path(path).name), source)


def open_workbook(path: Path) -> WorkbookFile:
    """The workbook at ``path`` as a read-only file, or WorkbookRefused/InputFileError saying what it is.

    Only a regular file is opened (a FIFO would block the open forever, /dev/zero never ends), and
    its size is the number of bytes actually read, within the limit: a procfs file says it is
    empty and is not, a file may grow. Everything after reads this file, never the path again.
    """
    path = Path(path)
    name = printable(path.name)
    fd = open_regular(path, "workbook")
    try:
        size, head = _measure(fd, name)
    except BaseException:
        os.close(fd)
        raise
    source = WorkbookFile(fd, size)
    try:
        _sniff(name, source, head)
    except BaseException:
        source.close()
        raise
    return source


def _measure(fd: int, name: str) -> tuple[int, bytes]:
    limit = L.MAX_WORKBOOK_BYTES
    total, head = 0, b""
    while True:
        try:
            chunk = os.pread(fd, min(1 << 20, limit + 1 - total), total)
        except OSError as exc:
            raise WorkbookRefused(
                translate("WorkbookImport", "{name} cannot be read ({value})").format(
                    name=name, value=exc.strerror or exc
                )
            ) from None
        if not chunk:
            return total, head
        if len(head) < SNIFF_HEAD:
            head += chunk[: SNIFF_HEAD - len(head)]
        total += len(chunk)
        if total > limit:
            raise WorkbookRefused(
                translate(
                    "WorkbookImport", "{name} is larger than {size}, the most Waymark imports as a workbook"
                ).format(name=name, size=_mib(limit))
            )


_SAVE_AS = QT_TRANSLATE_NOOP("WorkbookImport", "open it in a spreadsheet app and save it as .xlsx, then import that")
_OTHER_OFFICE = {
    "word/": QT_TRANSLATE_NOOP("WorkbookImport", "a Word document (.docx)"),
    "ppt/": QT_TRANSLATE_NOOP("WorkbookImport", "a PowerPoint presentation (.pptx)"),
    "visio/": QT_TRANSLATE_NOOP("WorkbookImport", "a Visio drawing (.vsdx)"),
}


def _sniff(name: str, source: WorkbookFile, head: bytes) -> None:
    """Say what the file is when it is not a workbook, whatever its name says."""
    if not head:
        raise WorkbookRefused(translate("WorkbookImport", "{name} is empty").format(name=name))
    if head.startswith(OLE_SIGNATURE):
        raise WorkbookRefused(
            translate(
                "WorkbookImport",
                "{name} is an old-style .xls or a password-protected workbook; save it as an unprotected Excel workbook (.xlsx) and import that",
            ).format(name=name)
        )
    if zipfile.is_zipfile(source):
        source.seek(0)
        try:
            with zipfile.ZipFile(source) as zf:
                names = zf.namelist()
                mimetype = zf.read("mimetype")[:200] if "mimetype" in names else b""
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            zlib.error,
            NotImplementedError,
            EOFError,
            ValueError,
            OSError,
        ) as exc:
            raise WorkbookRefused(
                translate("WorkbookImport", "{name} is a damaged workbook ({exc})").format(name=name, exc=exc)
            ) from None
        kind = mimetype.decode("ascii", "replace").strip()
        if kind.startswith("application/vnd.oasis.opendocument.spreadsheet"):
            raise WorkbookRefused(
                translate(
                    "WorkbookImport",
                    "{name} is an OpenDocument spreadsheet (.ods); save it as .xlsx (File > Save As… > Excel 2007-365) and import that",
                ).format(name=name)
            )
        if kind.startswith("application/vnd.oasis.opendocument."):
            raise WorkbookRefused(
                translate("WorkbookImport", "{name} is an OpenDocument file ({kind}), not a workbook").format(
                    name=name, kind=printable(kind)
                )
            )
        if not any(n.lower().endswith("workbook.xml") for n in names):
            for prefix, what in _OTHER_OFFICE.items():
                if any(n.startswith(prefix) for n in names):
                    raise WorkbookRefused(
                        translate("WorkbookImport", "{name} is {what}, not an Excel workbook").format(
                            name=name, what=translate("WorkbookImport", what)
                        )
                    )
        return
    if head.startswith(b"PK"):
        raise WorkbookRefused(
            translate(
                "WorkbookImport",
                "{name} is damaged: it starts like a workbook (a zip archive) but is not a complete one (was it cut short?)",
            ).format(name=name)
        )
    text = _text(head)
    if text is not None:
        if text.lstrip("\ufeff \t\r\n").startswith("<"):
            raise WorkbookRefused(
                translate(
                    "WorkbookImport",
                    "{name} is not a zip archive but XML or HTML text, not an Excel workbook (.xlsx); {advice}",
                ).format(name=name, advice=translate("WorkbookImport", _SAVE_AS))
            )
        raise WorkbookRefused(
            translate(
                "WorkbookImport",
                "{name} is not a zip archive but text (it looks like CSV/text), not an Excel workbook; {advice}",
            ).format(name=name, advice=translate("WorkbookImport", _SAVE_AS))
        )
    raise WorkbookRefused(
        translate("WorkbookImport", "{name} is not an Excel workbook (.xlsx): it is not a zip archive").format(
            name=name
        )
    )


def _text(head: bytes) -> str | None:
    """``head`` as text if it reads as UTF-8 or UTF-16 with few control characters, else None."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", "replace")
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the end of the window
            text = head.decode("latin-1")
        else:
            text = head[: exc.start].decode("utf-8")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f")
    return text if text and controls <= len(text) // 100 else None


def check_source(name: str, source) -> None:
    """The zip checks, on an open workbook file (see :func:`open_workbook`)."""
    source.seek(0)
    if not zipfile.is_zipfile(source):
        raise WorkbookRefused(
            translate("WorkbookImport", "{name} is not an Excel workbook (.xlsx): it is not a zip archive").format(
                name=name
            )
        )
    source.seek(0)
    try:
        with zipfile.ZipFile(source) as zf:
            infos = zf.infolist()
            _check_directory(name, infos)
            xml = []
            for info in infos:
                if info.filename.lower().endswith(XML_SUFFIXES):
                    _check_prolog(name, zf, info)
                    xml.append((info, True))
                elif _may_be_xml(zf, info):
                    _check_prolog(name, zf, info, named_xml=False)
                    xml.append((info, False))
            census(name, zf, xml)
    except WorkbookRefused:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, NotImplementedError, EOFError, ValueError) as exc:
        raise WorkbookRefused(
            translate("WorkbookImport", "{name} is a damaged workbook ({exc})").format(
                name=name, exc=printable(str(exc))
            )
        ) from None
    except OSError as exc:
        raise WorkbookRefused(
            translate("WorkbookImport", "{name} cannot be read ({value})").format(name=name, value=exc.strerror or exc)
        ) from None


class WorkbookFile(io.RawIOBase):
    """A read-only, seekable view of the first ``size`` bytes of a file descriptor, which it owns.

    The size was counted when the file was opened; nothing past it is ever read, whatever the
    file does afterwards.
    """

    def __init__(self, fd: int, size: int):
        super().__init__()
        self._fd, self._size, self._pos = fd, size, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 2: self._size}[whence]
        if base + offset < 0:
            raise OSError("negative seek position")
        self._pos = base + offset
        return self._pos

    def readinto(self, buffer) -> int:
        n = min(len(buffer), self._size - self._pos)
        if n <= 0:
            return 0
        data = os.pread(self._fd, n, self._pos)
        buffer[: len(data)] = data
        self._pos += len(data)
        return len(data)

    def close(self) -> None:
        if not self.closed:
            os.close(self._fd)
        super().close()


def _check_directory(name: str, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > L.MAX_WORKBOOK_ENTRIES:
        raise WorkbookRefused(
            translate(
                "WorkbookImport",
                "{name} holds {count} files; a workbook Waymark imports holds at most {MAX_WORKBOOK_ENTRIES} (is it a zip bomb?)",
            ).format(name=name, count=f"{len(infos):,}", MAX_WORKBOOK_ENTRIES=f"{L.MAX_WORKBOOK_ENTRIES:,}")
        )
    if not any(i.filename == "[Content_Types].xml" for i in infos):
        raise WorkbookRefused(
            translate(
                "WorkbookImport", "{name} is a zip archive but not an Excel workbook (it has no [Content_Types].xml)"
            ).format(name=name)
        )
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise WorkbookRefused(
                translate("WorkbookImport", "{name} is encrypted; save it without a password and import that").format(
                    name=name
                )
            )
        unpacked = info.file_size
        total += unpacked
        if unpacked > L.MAX_WORKBOOK_PART:
            raise WorkbookRefused(
                translate(
                    "WorkbookImport",
                    "{name}: {filename} unpacks to {size}; Waymark reads at most {size2} per part (is it a zip bomb?)",
                ).format(name=name, filename=info.filename, size=_mib(unpacked), size2=_mib(L.MAX_WORKBOOK_PART))
            )
        if unpacked > RATIO_FLOOR and unpacked > L.MAX_WORKBOOK_RATIO * max(info.compress_size, 1):
            ratio = unpacked / max(info.compress_size, 1)
            raise WorkbookRefused(
                translate(
                    "WorkbookImport",
                    "{name}: {filename} is compressed {ratio} to 1; Waymark refuses ratios over {MAX_WORKBOOK_RATIO} to 1 (is it a zip bomb?)",
                ).format(
                    name=name, filename=info.filename, ratio=f"{ratio:,.0f}", MAX_WORKBOOK_RATIO=L.MAX_WORKBOOK_RATIO
                )
            )
        if total > L.MAX_WORKBOOK_UNCOMPRESSED:
            raise WorkbookRefused(
                translate(
                    "WorkbookImport", "{name} unpacks to more than {size}; Waymark refuses it (is it a zip bomb?)"
                ).format(name=name, size=_mib(L.MAX_WORKBOOK_UNCOMPRESSED))
            )


def _may_be_xml(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Whether a part not named as XML starts like XML (UTF-8 or UTF-16, with or without a BOM).

    openpyxl reads a part wherever the workbook's relationships point, whatever its name ends
    with, so a DTD must not get past the check by calling a worksheet ``cards.bin``.
    """
    if info.is_dir() or info.file_size == 0:
        return False
    with zf.open(info) as raw:
        head = raw.read(SNIFF_BYTES)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    return head.removeprefix(b"\xef\xbb\xbf").replace(b"\x00", b"").lstrip().startswith(b"<")


def _check_prolog(name: str, zf: zipfile.ZipFile, info: zipfile.ZipInfo, *, named_xml: bool = True) -> None:
    """Parse the part up to its root element with defusedxml: any DTD (and so any entity) is refused.

    Workbook XML never needs a DTD; entity bombs and external entities cannot exist without one.
    A part only sniffed as XML (``named_xml`` false) that turns out not to be XML is left alone:
    it may be a picture or other binary that happens to start with "<".
    """
    with zf.open(info) as raw:
        prolog = _Bounded(raw, PROLOG_BYTES)
        try:
            for _event, _element in iterparse(
                prolog, events=("start",), forbid_dtd=True, forbid_entities=True, forbid_external=True
            ):
                return  # the root element: no DTD came before it
        except DefusedXmlException:
            raise WorkbookRefused(
                translate(
                    "WorkbookImport",
                    "{name}: {filename} declares a DTD or XML entities, which a workbook never needs (an entity bomb or an external-entity reference); it is refused",
                ).format(name=name, filename=info.filename)
            ) from None
        except ParseError as exc:
            if not named_xml:
                return
            if prolog.exhausted:
                raise WorkbookRefused(
                    translate(
                        "WorkbookImport", "{name}: {filename} has no root element in its first {value} KiB"
                    ).format(name=name, filename=info.filename, value=PROLOG_BYTES // 1024)
                ) from None
            raise WorkbookRefused(
                translate("WorkbookImport", "{name}: {filename} is not well-formed XML ({exc})").format(
                    name=name, filename=info.filename, exc=exc
                )
            ) from None


class _Bounded:
    """A file-like reader that stops after ``limit`` bytes."""

    def __init__(self, raw, limit: int):
        self._raw = raw
        self._left = limit
        self.exhausted = False

    def read(self, n: int = -1) -> bytes:
        if self._left <= 0:
            self.exhausted = True
            return b""
        n = self._left if n is None or n < 0 else min(n, self._left)
        data = self._raw.read(n)
        self._left -= len(data)
        return data
