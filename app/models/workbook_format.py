"""The workshop workbook's format: what the exporter writes and the importer reads back.

Both sides import these names and nothing of each other, so the two cannot drift apart and an
import-linter contract can keep ``app.exporters`` and ``app.importers`` independent. The sheet
by sheet layout is described in ``app.exporters.xlsx``. No openpyxl here: the format is plain
text rules, and the models layer stays free of the spreadsheet library.

Text cells: a carriage return would be turned into a line feed by any XML parser, so it is
written with OOXML's escape ``_x000D_`` (and a literal ``_xHHHH_`` in the text is protected as
``_x005F_xHHHH_``), exactly as Excel does; :func:`read_text` undoes this.
"""

from __future__ import annotations

import re

from app.models.curves import NO_PERSONA_NAME
from app.models.curves import VARIANT_LABELS as VARIANT_LABELS  # the variant cells: the curve names' words

# -- sheets ------------------------------------------------------------------------------------

MAX_SHEET_NAME = 31
GUIDE, EMOTIONS, CARDS, PERSONAS, LISTS = "How to use", "Emotions", "Cards", "Personas", "Lists"
RESERVED = (GUIDE, EMOTIONS, CARDS, PERSONAS, LISTS, "History")  # Excel reserves "History"
# A "Votes - <session>" sheet per voting session: results to read, never imported. Its A1 says so,
# whatever the sheet was renamed to; the importer skips a sheet whose A1 is VOTES_MARKER.
VOTES_PREFIX, VOTES_MARKER = "Votes - ", "Voting session"
VOTES_HEADERS = ("rank", "card", "stage", "lane", "total", "tally")  # then one column per participant
# An "Analytics - <journey>" sheet per analysed journey: an event log's results to read, never
# imported; the importer skips a sheet whose A1 is ANALYTICS_MARKER, whatever it was renamed to.
ANALYTICS_PREFIX, ANALYTICS_MARKER = "Analytics - ", "Journey analytics"

# -- header rows and columns -------------------------------------------------------------------

# The last three: an action card's state (its word in any language the export writes, see
# app.models.ownership.STATE_WORDS; empty: the card is no action), owner, and due date (a date
# cell, or ISO text). Workbooks from before actions lack them, and nothing about actions changes.
ACTION_HEADERS = ("action", "owner", "due")
CARD_HEADERS = (
    "id",
    "journey",
    "stage",
    "lane",
    "text",
    "channel",
    "touchpoint",
    "evidence",
    "votes",
    "tags",
    "color",
    *ACTION_HEADERS,
)
PERSONA_HEADERS = ("id", "name", "role", "goals", "needs", "frustrations", "quote", "colour")
EMOTION_HEADERS = ("persona", "variant", "lane")  # then one column per stage name
# The hidden "Lists" sheet: a header in row 1 of each column, the values from row 2.
LIST_COLUMNS = {
    "stage": "A",
    "lane": "B",
    "channel": "C",
    "touchpoint": "D",
    "evidence": "E",
    "journey": "F",
    "journey id": "G",  # the journeys a Waymark export covers: a card of these with no row is removed
}
NO_PERSONA = NO_PERSONA_NAME  # the persona cell of a curve told for no persona (the legends' name too)
OLD_NO_PERSONA = "—"  # what workbooks before 0.14 wrote there; still read as no persona

# -- text in cells -----------------------------------------------------------------------------

MAX_CELL_TEXT = 32_767  # Excel's limit
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NOTE_PREFIX = "Waymark: "  # starts the comment on a cell whose text had to change on export
# The characters XML 1.0 cannot hold; the same pattern as openpyxl's ILLEGAL_CHARACTERS_RE
# (tests/test_private_patches.py checks that they agree).
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
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
    """The text a cell written from :func:`encode_text` holds (None is "")."""
    if value is None:
        return ""
    text = str(value)
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def cell_text(value: object) -> str:
    """Any cell value as the text a participant typed: a spreadsheet stores ``3`` as ``3.0``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return read_text(value) if isinstance(value, str) else str(value)
