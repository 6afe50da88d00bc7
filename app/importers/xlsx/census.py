"""Counting a workbook's XML while streaming it, before openpyxl builds anything.

openpyxl in read-only mode streams a sheet's rows, but it builds each ``<row>`` whole (a dict per
cell), the shared-string table whole (a string and a cleared element per ``<si>``), and styles,
the workbook part and the content types as object trees. None of that can be capped from the
outside once it has started: a 1.3 MB workbook holding one row of 9 million empty cells reached
2.9 GB, and 14 million shared strings took 201 s and 2.2 GB. So every XML part first goes
through expat, which keeps nothing, counting what openpyxl would keep, and the workbook is
refused at the first count over its limit (``app.models.limits``). The counts cover the whole
file, every sheet whether the import reads it or not, so they bound what the reader keeps, and
counting stops at a limit, so its time is bounded by the limits and not by the file.

A part expat cannot parse is not refused here: openpyxl parses with expat too and reports the
same error if it reads that part at all (a broken chart it never reads must not stop an import).
"""

from __future__ import annotations

import posixpath
import zipfile
from pyexpat import ExpatError, ParserCreate

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.importers.xlsx.refusal import WorkbookRefused
from app.models import limits as L
from app.models.inputs import printable

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
ROW, CELL, SI = f"{MAIN} row", f"{MAIN} c", f"{MAIN} si"
CHUNK = 64 * 1024
WORKBOOK_PART, WORKBOOK_RELS = "xl/workbook.xml", "xl/_rels/workbook.xml.rels"


class _Totals:
    def __init__(self):
        self.cells = self.shared = self.shared_text = self.structure = self.structure_text = self.elements = 0
        self.sheet_ids: dict[str, str] = {}  # r:id -> sheet title, from xl/workbook.xml
        self.targets: dict[str, str] = {}  # r:id -> part name, from its relationships


def census(name: str, zf: zipfile.ZipFile, parts: list[tuple[zipfile.ZipInfo, bool]]) -> None:
    """Count every XML part (``(info, named_xml)``) and refuse the workbook beyond any limit."""
    totals = _Totals()
    first = (WORKBOOK_PART, WORKBOOK_RELS)
    ordered = sorted(
        parts, key=lambda p: (p[0].filename not in first, first.index(p[0].filename) if p[0].filename in first else 0)
    )
    titles: dict[str, str] = {}
    for info, _named in ordered:
        if info.filename not in first and not titles and totals.sheet_ids:
            titles = {totals.targets[i]: t for i, t in totals.sheet_ids.items() if i in totals.targets}
        label = (
            translate("WorkbookImport", 'the sheet "{sheet}"').format(sheet=printable(titles[info.filename], limit=60))
            if info.filename in titles
            else printable(info.filename, limit=120)
        )
        _Part(name, info.filename, label, totals).run(zf, info)


class _Part:
    """The expat handlers for one part; a limit crossed raises WorkbookRefused from a handler."""

    def __init__(self, name: str, part: str, label: str, totals: _Totals):
        self.name, self.part, self.label, self.t = name, part, label, totals
        self.depth = 0
        self.scope: str | None = None  # ROW or SI while inside one
        self.scope_depth = 0
        self.rows = 0
        self.row_number = 0
        self.row_cells = self.row_elements = self.row_text = 0
        self.fed = self.last_event = 0

    # -- refusals ----------------------------------------------------------------------------------

    def refuse(self, what: str) -> None:
        raise WorkbookRefused(translate("WorkbookImport", "{name}: {what}").format(name=self.name, what=what))

    def row_limit(self, what: str, limit: int) -> None:
        self.refuse(
            translate(
                "WorkbookImport",
                "row {row_number} of {label} holds more than {limit} {what}; Waymark reads at most {limit} {what} a row",
            ).format(
                row_number=f"{self.row_number:,}",
                label=self.label,
                limit=f"{limit:,}",
                what=translate("WorkbookImport", what),
            )
        )

    def workbook_limit(self, what: str, limit: int) -> None:
        raise WorkbookRefused(
            translate(
                "WorkbookImport",
                "{name} holds more than {limit} {what}; Waymark imports workbooks of at most {limit} {what} (counted at {label})",
            ).format(name=self.name, limit=f"{limit:,}", what=translate("WorkbookImport", what), label=self.label)
        )

    # -- handlers ----------------------------------------------------------------------------------

    def start(self, tag: str, attrs: dict) -> None:
        self.last_event = self.fed
        self.depth += 1
        t = self.t
        t.elements += 1
        if t.elements > L.MAX_WORKBOOK_ELEMENTS:
            self.workbook_limit(QT_TRANSLATE_NOOP("WorkbookImport", "XML elements"), L.MAX_WORKBOOK_ELEMENTS)
        if self.depth > L.MAX_WORKBOOK_XML_DEPTH:
            self.refuse(
                translate(
                    "WorkbookImport",
                    "{label} nests XML elements more than {MAX_WORKBOOK_XML_DEPTH} deep; a workbook never needs that many",
                ).format(label=self.label, MAX_WORKBOOK_XML_DEPTH=L.MAX_WORKBOOK_XML_DEPTH)
            )
        text = sum(len(k) + len(v) for k, v in attrs.items()) if attrs else 0
        if self.scope == ROW:
            self.in_row(tag, text)
        elif self.scope == SI:
            self.row_elements += 1
            if self.row_elements > L.MAX_WORKBOOK_ROW_ELEMENTS:
                self.refuse(
                    translate(
                        "WorkbookImport",
                        "shared string {shared} in {label} holds more than {MAX_WORKBOOK_ROW_ELEMENTS} XML elements",
                    ).format(
                        shared=f"{t.shared:,}",
                        label=self.label,
                        MAX_WORKBOOK_ROW_ELEMENTS=f"{L.MAX_WORKBOOK_ROW_ELEMENTS:,}",
                    )
                )
            self.shared_chars(text)
        elif tag == ROW:
            self.open_row(attrs, text)
        elif tag == SI:
            self.scope, self.scope_depth, self.row_elements = SI, self.depth, 0
            t.shared += 1
            if t.shared > L.MAX_WORKBOOK_SHARED_STRINGS:
                self.workbook_limit(
                    QT_TRANSLATE_NOOP("WorkbookImport", "shared strings"), L.MAX_WORKBOOK_SHARED_STRINGS
                )
            self.shared_chars(text)
        else:
            t.structure += 1
            if t.structure > L.MAX_WORKBOOK_STRUCTURE:
                self.refuse(
                    translate(
                        "WorkbookImport",
                        "{label} takes the workbook to more than {MAX_WORKBOOK_STRUCTURE} XML elements outside sheet rows and shared strings (styles, names, links…); Waymark reads at most that many",
                    ).format(label=self.label, MAX_WORKBOOK_STRUCTURE=f"{L.MAX_WORKBOOK_STRUCTURE:,}")
                )
            self.structure_chars(text)
        if self.part == WORKBOOK_PART and tag == f"{MAIN} sheet":
            rid, title = attrs.get(f"{REL} id"), attrs.get("name")
            if rid and title:
                t.sheet_ids[rid] = title
        elif self.part == WORKBOOK_RELS and tag == f"{PKG_REL} Relationship":
            rid, target = attrs.get("Id"), attrs.get("Target", "")
            if rid and target:
                t.targets[rid] = (
                    target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
                )

    def open_row(self, attrs: dict, text: int) -> None:
        self.scope, self.scope_depth = ROW, self.depth
        self.rows += 1
        if self.rows > L.MAX_WORKBOOK_ROWS:
            self.refuse(
                translate(
                    "WorkbookImport",
                    "{label} has more than {MAX_WORKBOOK_ROWS} rows; Waymark imports at most {MAX_WORKBOOK_ROWS} rows a sheet",
                ).format(label=self.label, MAX_WORKBOOK_ROWS=f"{L.MAX_WORKBOOK_ROWS:,}")
            )
        r = attrs.get("r", "")
        self.row_number = int(r) if r.isdigit() and len(r) < 10 else self.row_number + 1
        self.row_cells, self.row_elements, self.row_text = 0, 1, 0
        self.row_chars(text)

    def in_row(self, tag: str, text: int) -> None:
        self.row_elements += 1
        if self.row_elements > L.MAX_WORKBOOK_ROW_ELEMENTS:
            self.row_limit(QT_TRANSLATE_NOOP("WorkbookImport", "XML elements"), L.MAX_WORKBOOK_ROW_ELEMENTS)
        if tag == CELL and self.depth == self.scope_depth + 1:
            self.row_cells += 1
            if self.row_cells > L.MAX_WORKBOOK_ROW_CELLS:
                self.row_limit(QT_TRANSLATE_NOOP("WorkbookImport", "cells"), L.MAX_WORKBOOK_ROW_CELLS)
            self.t.cells += 1
            if self.t.cells > L.MAX_WORKBOOK_CELLS:
                self.workbook_limit(QT_TRANSLATE_NOOP("WorkbookImport", "cells"), L.MAX_WORKBOOK_CELLS)
        self.row_chars(text)

    def end(self, _tag: str) -> None:
        self.last_event = self.fed
        if self.scope is not None and self.depth == self.scope_depth:
            self.scope = None
        self.depth -= 1

    def chars(self, data: str) -> None:
        self.last_event = self.fed
        if self.scope == ROW:
            self.row_chars(len(data))
        elif self.scope == SI:
            self.shared_chars(len(data))
        else:
            self.structure_chars(len(data))

    def row_chars(self, n: int) -> None:
        self.row_text += n
        if self.row_text > L.MAX_WORKBOOK_ROW_TEXT:
            self.row_limit(QT_TRANSLATE_NOOP("WorkbookImport", "characters"), L.MAX_WORKBOOK_ROW_TEXT)

    def shared_chars(self, n: int) -> None:
        self.t.shared_text += n
        if self.t.shared_text > L.MAX_WORKBOOK_SHARED_TEXT:
            raise WorkbookRefused(
                translate(
                    "WorkbookImport",
                    "{name}: its shared strings hold more than {MAX_WORKBOOK_SHARED_TEXT} characters; Waymark imports workbooks of at most that much shared text",
                ).format(name=self.name, MAX_WORKBOOK_SHARED_TEXT=f"{L.MAX_WORKBOOK_SHARED_TEXT:,}")
            )

    def structure_chars(self, n: int) -> None:
        self.t.structure_text += n
        if self.t.structure_text > L.MAX_WORKBOOK_STRUCTURE_TEXT:
            self.refuse(
                translate(
                    "WorkbookImport",
                    "{label} takes the text outside sheet rows and shared strings to more than {MAX_WORKBOOK_STRUCTURE_TEXT} characters; Waymark reads at most that much",
                ).format(label=self.label, MAX_WORKBOOK_STRUCTURE_TEXT=f"{L.MAX_WORKBOOK_STRUCTURE_TEXT:,}")
            )

    def other(self, *_args) -> None:
        self.last_event = self.fed

    def doctype(self, *_args) -> None:
        self.refuse(
            translate(
                "WorkbookImport",
                "{part} declares a DTD or XML entities, which a workbook never needs (an entity bomb or an external-entity reference); it is refused",
            ).format(part=self.part)
        )

    # -- the stream --------------------------------------------------------------------------------

    def run(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        parser = ParserCreate(namespace_separator=" ")
        parser.buffer_text = True
        parser.SetParamEntityParsing(0)  # XML_PARAM_ENTITY_PARSING_NEVER
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.chars
        parser.StartDoctypeDeclHandler = self.doctype
        parser.EntityDeclHandler = self.doctype
        for handler in (
            "CommentHandler",
            "ProcessingInstructionHandler",
            "StartCdataSectionHandler",
            "EndCdataSectionHandler",
            "XmlDeclHandler",
        ):
            setattr(parser, handler, self.other)
        with zf.open(info) as raw:
            while True:
                chunk = raw.read(CHUNK)
                self.fed += len(chunk)
                try:
                    parser.Parse(chunk, not chunk)
                except ExpatError:
                    return
                if self.fed - self.last_event > L.MAX_WORKBOOK_TOKEN:
                    self.refuse(
                        translate(
                            "WorkbookImport",
                            "{part} holds one XML token (a name, an attribute value or a comment) of over {MAX_WORKBOOK_TOKEN} bytes; Waymark refuses it",
                        ).format(part=self.part, MAX_WORKBOOK_TOKEN=f"{L.MAX_WORKBOOK_TOKEN:,}")
                    )
                if not chunk:
                    return
