"""Reading an untrusted workbook into plain rows, with every value's cell address.

Only after :func:`check_archive` passes is the file opened, with openpyxl in read-only mode
(streamed, so memory stays flat), without external links, and with formulas' cached values
(``data_only``): nothing in the workbook is ever evaluated. Rows and columns are capped; the
cap is a refusal, not a silent cut, so nothing is half-imported.
"""

from __future__ import annotations

import contextlib
import threading
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet._reader import WorkSheetParser

from app.i18n import translate
from app.importers.xlsx.archive import WorkbookRefused, check_source, open_workbook
from app.importers.xlsx.words import folded, forms
from app.models import limits as L
from app.models.inputs import printable
from app.models.workbook_format import (
    ANALYTICS_MARKER,
    CARD_HEADERS,
    CARDS,
    EMOTION_HEADERS,
    EMOTIONS,
    LIST_COLUMNS,
    LISTS,
    VOTES_MARKER,
    cell_text,
)

HEADER_SEARCH_ROWS = 20
# A1 of the sheets the export writes to be read only, in any language the export writes
OUTPUT_MARKERS = (*forms(VOTES_MARKER), *forms(ANALYTICS_MARKER))
# Other names another tool might use for the Cards columns (compared case-blind, trimmed); each
# column is also known by its own header.
_OTHER_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("card id", "card_id"),
    "journey": ("journey name", "map"),
    "stage": ("phase", "step", "stage name"),
    "lane": ("swimlane", "swim lane", "row", "lane name"),
    "text": ("card", "content", "note", "card text"),
    "touchpoint": ("touchpoint category",),
    "votes": ("vote", "dots", "dot votes"),
    "tags": ("tag",),
    "color": ("colour",),
}
# Each column's header in every language the export writes, then the other tools' names.
CARD_COLUMNS: dict[str, tuple[str, ...]] = {
    key: tuple(dict.fromkeys((*folded(key), *_OTHER_NAMES.get(key, ())))) for key in CARD_HEADERS
}
REQUIRED_CARD_COLUMNS = ("stage", "lane", "text")
_EMOTION_HEADERS = [folded(header) for header in EMOTION_HEADERS]  # per column, any language's form
_ALIASES = {alias: key for key, names in CARD_COLUMNS.items() for alias in names}


@dataclass(frozen=True)
class Cell:
    address: str  # "Cards!C7"
    value: object  # str (decoded with read_text), int, float, bool, datetime… or None


@dataclass
class CardRow:
    row: int
    cells: dict[str, Cell]  # column key ("stage", "text"…) -> cell

    def text(self, key: str) -> str:
        cell = self.cells.get(key)
        return cell_text(cell.value) if cell else ""

    def address(self, key: str) -> str:
        cell = self.cells.get(key)
        return cell.address if cell else ""


@dataclass
class CurveRow:
    row: int
    persona: Cell
    variant: Cell
    lane: Cell
    scores: list[Cell]  # one per stage column of the block's header


@dataclass
class EmotionBlock:
    title: Cell  # the journey name
    stages: list[Cell]  # the header's stage names
    curves: list[CurveRow] = field(default_factory=list)


@dataclass
class WorkbookData:
    name: str
    cards_sheet: str | None = None
    card_columns: dict[str, int] = field(default_factory=dict)  # key -> 1-based column
    cards: list[CardRow] = field(default_factory=list)
    emotions: list[EmotionBlock] = field(default_factory=list)
    journey_ids: list[str] | None = None  # from Lists!G: the journeys a Waymark export covers
    unread: list[tuple[str, str]] = field(default_factory=list)  # (sheet, why): a part not recognised
    looked_at: list[str] = field(default_factory=list)  # sheets searched for the Cards header, as "Name" (a, b…)


_UNREADABLE = (
    zipfile.BadZipFile,
    zlib.error,
    KeyError,
    ValueError,
    TypeError,
    AttributeError,
    IndexError,
    SyntaxError,
    OSError,
    EOFError,
)


@contextlib.contextmanager
def _refused_unless_readable(name: str) -> Iterator[None]:
    """What openpyxl raises on a damaged or foreign file, as one clear WorkbookRefused."""
    try:
        yield
    except WorkbookRefused:
        raise
    except _UNREADABLE as exc:
        raise WorkbookRefused(
            translate("WorkbookImport", "{name} is not a workbook Waymark can read ({exc})").format(
                name=name, exc=_reason(exc)
            )
        ) from None
    except MemoryError:
        raise WorkbookRefused(
            translate("WorkbookImport", "{name} needs more memory than is available to read it").format(name=name)
        ) from None


def read_workbook(path: Path) -> WorkbookData:
    """Check, open and read ``path``; raise :class:`WorkbookRefused` with one clear message."""
    with open_checked(path) as (wb, name):
        return _read(wb, name)


@contextlib.contextmanager
def open_checked(path: Path) -> Iterator[tuple[object, str]]:
    """The workbook at ``path`` opened read-only once its archive passed the checks, and its name
    as messages quote it; what openpyxl raises on damage while it is read inside is refused as one
    :class:`WorkbookRefused`. Every workbook Waymark reads (the workshop workbook, ballots) is
    opened here."""
    path = Path(path)
    name = printable(path.name)
    with open_workbook(path) as source:  # the file checked is the file read, whatever its name
        check_source(name, source)
        source.seek(0)
        with _refused_unless_readable(name), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about extensions it does not read
            with _no_dimension_scan():
                wb = load_workbook(source, read_only=True, keep_links=False, data_only=True, keep_vba=False)
        try:
            with _refused_unless_readable(name):
                yield wb, name
        finally:
            wb.close()


_NO_DIMENSION_SCAN = threading.Lock()


@contextlib.contextmanager
def _no_dimension_scan():
    """Replace ``ReadOnlyWorksheet._get_size`` with :func:`_skip_size` while a workbook is opened.

    openpyxl builds its sheets itself, so the class is patched, process-wide while the lock is
    held; this is the only place Waymark opens a workbook read-only. A new openpyxl that stops
    calling ``_get_size`` would make this a silent no-op: tests/test_private_patches.py checks
    it is still called, and skipped here."""
    with _NO_DIMENSION_SCAN:
        original = ReadOnlyWorksheet._get_size
        ReadOnlyWorksheet._get_size = _skip_size
        try:
            yield
        finally:
            ReadOnlyWorksheet._get_size = original


def _skip_size(_ws) -> None:
    """Stands in for ``ReadOnlyWorksheet._get_size`` while a workbook is opened.

    openpyxl looks for each sheet's ``<dimension>`` when it opens a sheet; a sheet without one is
    parsed to the end of its ``<sheetData>``, keeping an element per row: minutes and gigabytes for
    a hostile sheet of millions of rows, before any cap could apply. :func:`_rows` never uses the
    declared dimension, so it is not read at all.
    """


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def find_sheet(wb, wanted: str):
    """The sheet named ``wanted`` (or its name in another language the export writes), compared
    case-blind as Excel does, or None."""
    return _sheet(wb, wanted)


def _sheet(wb, wanted: str):
    names = [form.casefold() for form in forms(wanted)]
    for name in names:  # the English name first, then the translations
        for title in wb.sheetnames:
            if title.casefold() == name:
                return wb[title]
    return None


def sheet_rows(ws, name: str, min_row: int = 1):
    """See :func:`_rows`: a sheet's rows, capped, for the other readers of this package."""
    return _rows(ws, name, min_row)


def _rows(ws, name: str, min_row: int = 1):
    """(row number, values) of every row from ``min_row`` on (a missing row is ``()``), refusing a sheet
    over the row or column caps.

    The sheet's XML is parsed here with openpyxl's streaming parser rather than ``iter_rows``:
    ``iter_rows(max_col=…)`` silently drops cells beyond ``max_col``, so a cell far beyond the column
    cap would be cut instead of refused, and it pads every row to ``max_col`` values. The sheet's
    declared dimension is never trusted; only its rows are.
    """
    sheet = ws.title
    cap = L.MAX_WORKBOOK_COLUMNS
    expected = min_row
    with ws._get_source() as src:
        parser = WorkSheetParser(
            src,
            ws._shared_strings,
            data_only=ws.parent.data_only,
            epoch=ws.parent.epoch,
            date_formats=ws.parent._date_formats,
            timedelta_formats=ws.parent._timedelta_formats,
        )
        for n, cells in parser.parse():
            if n < expected:
                continue  # a row out of order or repeated: openpyxl skips it too
            if n - min_row >= L.MAX_WORKBOOK_ROWS:
                raise WorkbookRefused(
                    translate(
                        "WorkbookImport",
                        '{name}: the sheet "{sheet}" has more than {MAX_WORKBOOK_ROWS} rows; Waymark imports at most {MAX_WORKBOOK_ROWS} rows a sheet',
                    ).format(name=name, sheet=sheet, MAX_WORKBOOK_ROWS=f"{L.MAX_WORKBOOK_ROWS:,}")
                )
            while expected < n:
                yield expected, ()
                expected += 1
            width = 0
            for cell in cells:
                col = cell["column"]
                if col > cap and cell["value"] is not None:
                    raise WorkbookRefused(
                        translate(
                            "WorkbookImport",
                            "{name}: {sheet}!{col}{n} is beyond column {cap}; Waymark reads at most {cap2} columns a sheet",
                        ).format(
                            name=name, sheet=sheet, col=_column_name(col), n=n, cap=get_column_letter(cap), cap2=cap
                        )
                    )
                if col <= cap:
                    width = max(width, col)
            values = [None] * width
            for cell in cells:
                if cell["column"] <= width:
                    values[cell["column"] - 1] = cell["value"]
            yield n, tuple(values)
            expected = n + 1


def _column_name(col: int) -> str:
    try:
        return get_column_letter(col)
    except ValueError:  # past XFD, which only a cell without an address can reach
        return f"(column {col:,})"


def _cell(sheet: str, row: int, col: int, value: object) -> Cell:
    if isinstance(value, str) and len(value) > L.MAX_WORKBOOK_CELL:
        value = TooLong(len(value))
    return Cell(f"{sheet}!{get_column_letter(col)}{row}", value)


class TooLong:
    """Stands for a cell longer than Excel allows; the merge reports it and skips the row."""

    def __init__(self, length: int):
        self.length = length

    def __str__(self) -> str:
        return ""


def _read(wb, name: str) -> WorkbookData:
    data = WorkbookData(name=name)
    _read_lists(wb, name, data)
    _read_cards(wb, name, data)
    _read_emotions(wb, name, data)
    cards_expected = translate(
        "WorkbookImport",
        "no sheet has a header row with the columns stage, lane and text in its first {rows} rows (looked at {sheets})",
    ).format(rows=HEADER_SEARCH_ROWS, sheets=_listing(data.looked_at))
    emotions_expected = translate(
        "WorkbookImport",
        '"{sheet}" sheet with blocks headed persona, variant, lane and the stage names, under the journey\'s name',
    ).format(sheet=translate("Workbook", EMOTIONS))
    if data.cards_sheet is None and not data.emotions:
        raise WorkbookRefused(
            translate(
                "WorkbookImport",
                "{name}: {cards_expected}, and there is no {emotions_expected}; nothing was imported (also accepted: phase or step for stage, swimlane for lane, card, content or note for text)",
            ).format(name=name, cards_expected=cards_expected, emotions_expected=emotions_expected)
        )
    if data.cards_sheet is None and data.looked_at:
        data.unread.append(
            (
                translate("Workbook", CARDS),
                translate("WorkbookImport", "{problem}; no card rows were read, and no card is removed").format(
                    problem=cards_expected
                ),
            )
        )
    if not data.emotions and _sheet(wb, EMOTIONS) is not None:
        data.unread.append(
            (
                translate("Workbook", EMOTIONS),
                translate(
                    "WorkbookImport",
                    "no block on this sheet has the header persona, variant, lane in columns A to C; no scores were read",
                ),
            )
        )
    return data


def _listing(looked_at: list[str]) -> str:
    if not looked_at:
        return translate("WorkbookImport", "no sheets")
    shown = "; ".join(looked_at[:4])
    more = translate("WorkbookImport", "; and {n} more sheets").format(n=len(looked_at) - 4)
    return shown + (more if len(looked_at) > 4 else "")


def _read_lists(wb, name: str, data: WorkbookData) -> None:
    ws = _sheet(wb, LISTS)
    if ws is None:
        return
    ids = None
    col = column_index_from_string(LIST_COLUMNS["journey id"]) - 1
    for n, values in _rows(ws, name):
        if n == 1:
            if len(values) <= col or cell_text(values[col]).strip().casefold() != "journey id":
                return
            ids = []
            continue
        if len(values) > col and values[col] is not None:
            ids.append(cell_text(values[col]))
    data.journey_ids = ids


def _header_keys(values) -> dict[str, int]:
    keys: dict[str, int] = {}
    for col, value in enumerate(values, start=1):
        key = _ALIASES.get(cell_text(value).strip().casefold())
        if key and key not in keys:
            keys[key] = col
    return keys


def _read_cards(wb, name: str, data: WorkbookData) -> None:
    candidates = [ws for ws in (_sheet(wb, CARDS),) if ws is not None]
    known = {form.casefold() for name in (CARDS, EMOTIONS, LISTS) for form in forms(name)}
    candidates += [wb[t] for t in wb.sheetnames if t.casefold() not in known]
    for ws in candidates:
        header_row = None
        first: list[str] = []
        output_sheet = False
        rows = _rows(ws, name)
        for n, values in rows:
            if n == 1 and values and cell_text(values[0]).strip() in OUTPUT_MARKERS:
                output_sheet = True  # a session's results or an event log's (outputs of the export), never cards
                break
            if not first:
                first = [printable(cell_text(v).strip(), limit=30) for v in values if cell_text(v).strip()][:6]
            keys = _header_keys(values)
            if all(k in keys for k in REQUIRED_CARD_COLUMNS):
                header_row = n
                break
            if n >= HEADER_SEARCH_ROWS:
                break
        if output_sheet:
            continue  # not searched for cards, so not listed among the sheets looked at
        if header_row is None:
            title = printable(ws.title, limit=40)
            data.looked_at.append(
                translate("WorkbookImport", '"{title}", whose first row reads {cells}').format(
                    title=title, cells=", ".join(first)
                )
                if first
                else translate("WorkbookImport", '"{title}", whose first {rows} rows are empty').format(
                    title=title, rows=HEADER_SEARCH_ROWS
                )
            )
            continue
        sheet = ws.title
        data.cards_sheet, data.card_columns = sheet, keys
        for n, values in rows:
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            cells = {
                key: _cell(sheet, n, col, values[col - 1] if col <= len(values) else None) for key, col in keys.items()
            }
            data.cards.append(CardRow(n, cells))
        return


def _read_emotions(wb, name: str, data: WorkbookData) -> None:
    """Blocks: a title row (the journey name in A), a header ``persona | variant | lane | stages…``,
    then a row per curve until an empty row. Anything else on the sheet (charts, notes) is ignored."""
    ws = _sheet(wb, EMOTIONS)
    if ws is None:
        return
    sheet = ws.title
    previous: tuple[int, tuple] | None = None
    block: EmotionBlock | None = None
    for n, values in _rows(ws, name):
        texts = [cell_text(v).strip().casefold() for v in values[: len(EMOTION_HEADERS)]]
        if len(texts) == len(EMOTION_HEADERS) and all(t in _EMOTION_HEADERS[i] for i, t in enumerate(texts)):
            title = (
                _cell(sheet, previous[0], 1, previous[1][0])
                if previous and previous[1]
                else Cell(f"{sheet}!A{n}", None)
            )
            stages = [_cell(sheet, n, col, v) for col, v in enumerate(values[3:], start=4)]
            while stages and stages[-1].value is None:
                stages.pop()
            block = EmotionBlock(title, stages)
            data.emotions.append(block)
        elif block is not None and any(v is not None for v in values[:3]):
            cells = [
                _cell(sheet, n, col, values[col - 1] if col <= len(values) else None)
                for col in range(1, 4 + len(block.stages))
            ]
            block.curves.append(CurveRow(n, cells[0], cells[1], cells[2], cells[3:]))
        elif block is not None and all(v is None for v in values):
            block = None
        previous = (n, values)
