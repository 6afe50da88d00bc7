"""Cell styles for the workbook, in the board's colours (app/theme.py)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from copy import copy
from functools import cache

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from app.theme import DATA_BADGE_BG, GRID, HEADER_BG, INK, STAGE_BG, STAGE_INK, card_color_hex  # noqa: F401

DATA_TAB = DATA_BADGE_BG[1:]  # the tab of a sheet of numbers from data (an analysed journey's)
WRAP = Alignment(wrap_text=True, vertical="top")
WRAP_CENTER = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center")
LEFT = Alignment(horizontal="left")
INDENT = Alignment(horizontal="left", indent=1)  # text right of a column of numbers
BOLD = Font(bold=True, color=INK[1:])
TITLE = Font(bold=True, size=14, color=INK[1:])
STAGE_FONT = Font(bold=True, color=STAGE_INK[1:])
THIN = Side(style="thin", color=GRID[1:])
CELL_BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def card_hex(color: str | None, lane_kind: str, lane_role: str | None) -> str:
    return card_color_hex(color, lane_kind, lane_role).upper()


@cache
def fill(hex_color: str) -> PatternFill:
    rgb = hex_color.lstrip("#").upper()
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


def print_fit_to_width(
    ws, *, landscape: bool = True, title_rows: str | None = None, title_cols: str | None = None
) -> None:
    """Print every column on the page width (as many pages down as it takes), headers repeated."""
    from openpyxl.worksheet.properties import PageSetupProperties

    if title_rows:
        ws.print_title_rows = title_rows
    if title_cols:
        ws.print_title_cols = title_cols
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


LINE_HEIGHT = 15.0  # points per line of 11 pt text
MAX_ROW_HEIGHT = 409.0  # Excel's limit


def lines_needed(text: str, width_chars: float) -> int:
    """Lines ``text`` wraps to in a column ``width_chars`` wide (a generous estimate)."""
    per_line = max(1, int(width_chars * 1.1))
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n")) if text else 1


def fit_row_height(ws, row: int, cells: Iterable[tuple[str, float]], *, minimum: float = LINE_HEIGHT) -> None:
    """Give ``row`` the height its tallest wrapped text needs: spreadsheet apps do not grow rows
    when they open a file, so without this wrapped text spills over the rows below in print."""
    lines = max((lines_needed(text, width) for text, width in cells if text), default=1)
    ws.row_dimensions[row].height = min(MAX_ROW_HEIGHT, max(minimum, LINE_HEIGHT * lines + 3))


class SharedStyles:
    """Gives cells a combination of the shared style objects above, working out each combination's
    style record once. Assigning ``cell.font = BOLD`` makes openpyxl hash the whole style object to
    find its index, every time: with ten thousand cards that is most of the time a workbook takes.
    Use it on cells with no other style than a quote prefix (which ``put_text`` may set; it is kept)."""

    def __init__(self) -> None:
        self._done: dict[tuple, tuple] = {}

    def apply(self, cell, **styles) -> None:
        key = tuple((name, id(value)) for name, value in styles.items())
        found = self._done.get(key)
        if found is not None and found[0] is cell.parent.parent:
            quoted = cell._style.quotePrefix if cell._style is not None else 0
            cell._style = copy(found[1])
            if quoted:
                cell._style.quotePrefix = quoted
            return
        for name, value in styles.items():
            setattr(cell, name, value)
        record = copy(cell._style)
        record.quotePrefix = 0
        # the values are kept so their ids stay theirs; the record is only valid in its workbook
        self._done[key] = (cell.parent.parent, record, tuple(styles.values()))
