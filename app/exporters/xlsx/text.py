"""Writing untrusted text into cells safely, and reading it back exactly.

Every text goes through :func:`put_text`:

- it is stored as a string (``data_type = "s"``, and Excel's quote prefix when it starts like
  a formula), never as a formula, whatever it starts with (``= + - @``, tab, CR);
- characters XML cannot hold (openpyxl's ``ILLEGAL_CHARACTERS_RE``) are removed;
- it is cut at Excel's 32,767 characters;
- a carriage return would be turned into a line feed by any XML parser, so it is written
  with OOXML's escape ``_x000D_`` (and a literal ``_xHHHH_`` in the text is protected as
  ``_x005F_xHHHH_``), exactly as Excel does. :func:`read_text` undoes this.

A cell whose text had to be changed gets a comment starting with ``Waymark:`` saying how.
"""

from __future__ import annotations

import re

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment

MAX_CELL_TEXT = 32_767
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NOTE_PREFIX = "Waymark: "
_LITERAL_ESCAPE = re.compile(r"_x[0-9A-Fa-f]{4}_")
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def encode_text(text: str) -> tuple[str, list[str]]:
    """The cell form of ``text`` and notes on anything that had to change."""
    notes = []
    cleaned = ILLEGAL_CHARACTERS_RE.sub("", text)
    if cleaned != text:
        notes.append(f"removed {len(text) - len(cleaned)} character(s) a workbook cannot hold")
    if len(cleaned) > MAX_CELL_TEXT:
        notes.append(
            f"cut from {len(cleaned):,} to {MAX_CELL_TEXT:,} characters (Excel's limit); the whole text is in Waymark"
        )
        cleaned = cleaned[:MAX_CELL_TEXT]
    if "_x" in cleaned:
        cleaned = _LITERAL_ESCAPE.sub(lambda m: "_x005F" + m.group(0), cleaned)
    if "\r" in cleaned:
        cleaned = cleaned.replace("\r", "_x000D_")
    # Escapes can lengthen the text; Excel counts the decoded characters, so that is fine.
    return cleaned, notes


def read_text(value: object) -> str:
    """The text a cell written by :func:`put_text` holds (None is "")."""
    if value is None:
        return ""
    text = str(value)
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def put_text(cell, text: str | None, where: str = "", notes: list[str] | None = None) -> None:
    """Store ``text`` in ``cell`` as a string, never a formula; record changes in ``notes``."""
    if not text:
        cell.value = None  # an empty cell, not an empty string: that is what spreadsheets keep
        return
    value, changes = encode_text(text)
    cell.value = value
    cell.data_type = "s"
    if looks_like_formula(text):
        cell.quotePrefix = True
    if changes:
        message = NOTE_PREFIX + "; ".join(changes)
        cell.comment = Comment(message, "Waymark")
        if notes is not None:
            notes.append(f"{where or cell.coordinate}: {'; '.join(changes)}")


def append_row(ws, values, where, notes: list[str] | None = None) -> int:
    """Append ``values`` as the sheet's next row: str values as :func:`put_text` stores them, anything
    else as it is, and no cell for an empty value. One ``ws.append`` instead of a cell lookup and a call per value; ``where(column)``
    names a changed cell for ``notes``. Returns the row number."""
    row_values = {}  # column -> value; an empty value gets no cell at all (it would be an empty <c/>)
    fixes = []
    for col, value in enumerate(values, start=1):
        if isinstance(value, str):
            if not value:
                continue
            encoded, changes = encode_text(value)
            if changes or encoded.startswith("=") or looks_like_formula(value):
                fixes.append((col, value))
            value = encoded
        elif value is None:
            continue
        row_values[col] = value
    ws.append(row_values)
    row = ws._current_row
    for col, text in fixes:
        put_text(ws.cell(row, col), text, where(col), notes)
    return row
