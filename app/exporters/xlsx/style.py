"""Cell styles for the workbook, in the board's colours (app/theme.py)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from app.theme import GRID, HEADER_BG, INK, STAGE_BG, STAGE_INK, card_color_hex  # noqa: F401

WRAP = Alignment(wrap_text=True, vertical="top")
WRAP_CENTER = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center")
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


def print_fit_to_width(ws, *, landscape: bool = True, title_rows: str | None = None,
                       title_cols: str | None = None) -> None:
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


LINE_HEIGHT = 15.0      # points per line of 11 pt text
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
