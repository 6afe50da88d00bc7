"""Checks on an untrusted .xlsx before any of its XML is parsed.

An .xlsx is a zip of XML parts. A zip bomb (huge unpacked sizes, absurd compression ratios, or
thousands of entries) and an XML bomb (a DTD whose entities expand exponentially, or that pulls
in a file or URL) both do their harm while parsing, so they are refused here, from the zip's
directory and each part's prolog, before openpyxl opens the file. Python's zipfile never
unpacks more than an entry's declared size, so checking declared sizes is enough.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, iterparse

from app.models import limits as L
from app.models.errors import WaymarkError

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"   # the old binary .xls (and encrypted .xlsx)
XML_SUFFIXES = (".xml", ".rels", ".vml")
RATIO_FLOOR = 1024 * 1024   # below this many unpacked bytes an entry's ratio is not judged
PROLOG_BYTES = 64 * 1024    # a part's DTD, if any, comes before its root element
SNIFF_BYTES = 256           # read from a part whose name does not say XML, to see if it is


class WorkbookRefused(WaymarkError):
    """A workbook the import will not read; the message names the file and the reason."""


def _mib(n: int) -> str:
    return f"{n / 2**20:,.0f} MiB" if n >= 2**20 else f"{n:,} bytes"


def check_archive(path: Path) -> None:
    """Refuse ``path`` unless it is a zip within every limit whose XML parts declare no DTD."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(8)
    except IsADirectoryError:
        raise WorkbookRefused(f"{name} is a folder, not a workbook") from None
    except FileNotFoundError:
        raise WorkbookRefused(f"{path}: no such file") from None
    except OSError as exc:
        raise WorkbookRefused(f"{name} cannot be read ({exc.strerror or exc})") from None
    if size == 0:
        raise WorkbookRefused(f"{name} is empty")
    if size > L.MAX_WORKBOOK_BYTES:
        raise WorkbookRefused(f"{name} is {_mib(size)}; Waymark imports workbooks of at most "
                              f"{_mib(L.MAX_WORKBOOK_BYTES)}")
    if head == OLE_SIGNATURE:
        raise WorkbookRefused(f"{name} is an old-style .xls or a password-protected workbook; "
                              f"save it as an unprotected Excel workbook (.xlsx) and import that")
    if not zipfile.is_zipfile(path):
        raise WorkbookRefused(f"{name} is not an Excel workbook (.xlsx): it is not a zip archive")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _check_directory(name, infos)
            for info in infos:
                if info.filename.lower().endswith(XML_SUFFIXES):
                    _check_prolog(name, zf, info)
                elif _may_be_xml(zf, info):
                    _check_prolog(name, zf, info, named_xml=False)
    except WorkbookRefused:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, ValueError) as exc:
        raise WorkbookRefused(f"{name} is a damaged workbook ({exc})") from None
    except OSError as exc:
        raise WorkbookRefused(f"{name} cannot be read ({exc.strerror or exc})") from None


def _check_directory(name: str, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > L.MAX_WORKBOOK_ENTRIES:
        raise WorkbookRefused(f"{name} holds {len(infos):,} files; a workbook Waymark imports holds at most "
                              f"{L.MAX_WORKBOOK_ENTRIES:,} (is it a zip bomb?)")
    if not any(i.filename == "[Content_Types].xml" for i in infos):
        raise WorkbookRefused(f"{name} is a zip archive but not an Excel workbook (it has no [Content_Types].xml)")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise WorkbookRefused(f"{name} is encrypted; save it without a password and import that")
        unpacked = info.file_size
        total += unpacked
        if unpacked > L.MAX_WORKBOOK_PART:
            raise WorkbookRefused(f"{name}: {info.filename} unpacks to {_mib(unpacked)}; Waymark reads at most "
                                  f"{_mib(L.MAX_WORKBOOK_PART)} per part (is it a zip bomb?)")
        if unpacked > RATIO_FLOOR and unpacked > L.MAX_WORKBOOK_RATIO * max(info.compress_size, 1):
            ratio = unpacked / max(info.compress_size, 1)
            raise WorkbookRefused(f"{name}: {info.filename} is compressed {ratio:,.0f} to 1; Waymark refuses "
                                  f"ratios over {L.MAX_WORKBOOK_RATIO} to 1 (is it a zip bomb?)")
        if total > L.MAX_WORKBOOK_UNCOMPRESSED:
            raise WorkbookRefused(f"{name} unpacks to more than {_mib(L.MAX_WORKBOOK_UNCOMPRESSED)}; "
                                  f"Waymark refuses it (is it a zip bomb?)")


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
            for _event, _element in iterparse(prolog, events=("start",), forbid_dtd=True,
                                              forbid_entities=True, forbid_external=True):
                return   # the root element: no DTD came before it
        except DefusedXmlException:
            raise WorkbookRefused(f"{name}: {info.filename} declares a DTD or XML entities, which a workbook never "
                                  f"needs (an entity bomb or an external-entity reference); it is refused") from None
        except ParseError as exc:
            if not named_xml:
                return
            if prolog.exhausted:
                raise WorkbookRefused(f"{name}: {info.filename} has no root element in its first "
                                      f"{PROLOG_BYTES // 1024} KiB") from None
            raise WorkbookRefused(f"{name}: {info.filename} is not well-formed XML ({exc})") from None


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
