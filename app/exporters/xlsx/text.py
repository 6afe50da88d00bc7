"""Writing untrusted text into cells safely, and reading it back exactly.

Every text goes through :func:`put_text`:

- it is stored as a string (``data_type = "s"``, and Excel's quote prefix when it starts like
  a formula), never as a formula, whatever it starts with (``= + - @``, tab, CR);
- characters XML cannot hold are removed, it is cut at Excel's 32,767 characters, and a
  carriage return is escaped as ``_x000D_``: the rules of ``app.models.workbook_format``,
  which the importer reads back with the same module's ``read_text``.

A cell whose text had to be changed gets a comment starting with ``Waymark:`` saying how.
"""

from __future__ import annotations

from openpyxl.comments import Comment

from app.models.workbook_format import NOTE_PREFIX, encode_text, looks_like_formula, read_text

__all__ = ["append_row", "put_text", "read_text"]


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
