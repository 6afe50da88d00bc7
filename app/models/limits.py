"""Every limit Waymark enforces, in one place.

The limits exist so that a hostile or corrupt file cannot make the app allocate without
bound, and so that the board, PDF and workbook always have room for what the model holds.
Each is generous for real work (the largest realistic map has about 60 stages, 14 lanes and
10,000 cards). README.md lists them; change them here only.
"""

from __future__ import annotations

# Text lengths, in characters (Python str length).
MAX_ID = 100
MAX_NAME = 200  # project, journey, stage, lane and persona names, roles
MAX_DESCRIPTION = 5_000  # project, journey and stage descriptions
MAX_CARD_TEXT = 20_000
MAX_NOTE = 2_000  # emotion notes
MAX_QUOTE = 2_000
MAX_LIST_ITEM = 500  # one persona goal, need or frustration
MAX_LIST_ITEMS = 50  # goals, needs, frustrations per persona
MAX_TAG = 60
MAX_TAGS = 30  # per card
MAX_CHANNEL = 60
MAX_UNIT = 20

# Counts.
MAX_PERSONAS = 200  # per project
MAX_JOURNEYS = 200  # per project
MAX_STAGES = 200  # per journey
MAX_LANES = 60  # per journey
MAX_CARDS = 50_000  # per journey
MAX_EMOTION_POINTS = 20_000  # per journey
MAX_METRIC_VALUES = MAX_STAGES * MAX_LANES
MAX_LINES = 3 * MAX_LANES  # blueprint lines per journey
MAX_PERSONAS_PER_JOURNEY = MAX_PERSONAS

# Values.
MAX_VOTES = 100_000
# Dot-voting sessions (per journey): Miro allows 99 votes a person; a room holds a few dozen.
MAX_SESSIONS = 200
# Journey analytics kept in the project: activity names, how many distinct ones a log may have,
# and the directly-follows pairs kept (the most frequent) so the file stays small.
MAX_ACTIVITY = 200
MAX_ACTIVITIES = 2000
MAX_ACTIVITY_FLOWS = 5000
MAX_SPLITS = 400
MAX_PARTICIPANTS = 200
MAX_SESSION_VOTES = 99  # votes per participant, and per card per participant
MIN_SCORE, MAX_SCORE = -2.0, 2.0
MAX_METRIC_MAGNITUDE = 1e15

# Layout (board units: 1 unit is one pixel at 100% zoom).
MIN_STAGE_WIDTH, MAX_STAGE_WIDTH = 120.0, 1200.0

# Persona photos: a PNG stored in the project file (base64 in FORMAT.md JSON).
MAX_PHOTO_BYTES = 3 * 512 * 1024  # 1.5 MiB of PNG, about 2 MiB as base64
MAX_PHOTO_BASE64 = 4 * -(-MAX_PHOTO_BYTES // 3)
PHOTO_SIDE = 512  # imported photos are scaled to fit this square
MAX_PHOTO_SOURCE_BYTES = 30 * 1024 * 1024  # an image file offered for import
MAX_PHOTO_SOURCE_SIDE = 12_000  # pixels a side of an image offered for import
PHOTO_DECODE_MIB = 600  # Qt image allocation limit while importing, in MiB
CARD_IMAGE_SIDE = 1024  # card images (a screenshot of the touchpoint) are scaled to fit this square
MAX_CARD_IMAGE_BYTES = 3 * 1024 * 1024  # 3 MiB of PNG, 4 MiB as base64
MAX_CARD_IMAGE_BASE64 = 4 * -(-MAX_CARD_IMAGE_BYTES // 3)
MAX_LINKS = 20  # per card
MAX_LINK = 2_048  # characters of a link
MAX_COMMENTS = 500  # per card
MAX_COMMENT = 5_000  # characters of a comment
MAX_SNAPSHOTS = 200  # per journey
MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024  # a snapshot's journey JSON, decompressed
MAX_SNAPSHOT_BASE64 = 4 * -(-(32 * 1024 * 1024) // 3)  # a snapshot's compressed content as base64

# Input documents.
MAX_JSON_BYTES = 256 * 1024 * 1024
MAX_JSON_DEPTH = 64  # FORMAT.md documents nest 5 deep; deeper is hostile or broken


def describe() -> list[tuple[str, str]]:
    """(what, limit) rows for the README and `waymark --limits`."""
    return [
        ("card text", f"{MAX_CARD_TEXT:,} characters"),
        ("names (project, journey, stage, lane, persona)", f"{MAX_NAME} characters"),
        ("descriptions", f"{MAX_DESCRIPTION:,} characters"),
        ("emotion notes, persona quotes", f"{MAX_NOTE:,} characters"),
        ("ids", f"{MAX_ID} characters"),
        ("tags", f"{MAX_TAGS} per card, {MAX_TAG} characters each"),
        ("personas per project", f"{MAX_PERSONAS}"),
        ("journeys per project", f"{MAX_JOURNEYS}"),
        ("stages per journey", f"{MAX_STAGES}"),
        ("lanes per journey", f"{MAX_LANES}"),
        ("cards per journey", f"{MAX_CARDS:,}"),
        ("emotion points per journey", f"{MAX_EMOTION_POINTS:,}"),
        (
            "persona photo",
            (
                f"a PNG of at most {PHOTO_SIDE} px a side and {MAX_PHOTO_BYTES / 2**20:g} MiB "
                f"(imported from images up to {MAX_PHOTO_SOURCE_BYTES // 2**20} MiB and "
                f"{MAX_PHOTO_SOURCE_SIDE:,} px a side)"
            ),
        ),
        (
            "card evidence",
            (
                f"an image (a PNG of at most {CARD_IMAGE_SIDE} px a side and {MAX_CARD_IMAGE_BYTES / 2**20:g} MiB), "
                f"{MAX_LINKS} links of {MAX_LINK:,} characters, {MAX_COMMENTS} comments of {MAX_COMMENT:,} characters"
            ),
        ),
        ("snapshots", f"{MAX_SNAPSHOTS} per journey"),
        ("votes per card", f"{MAX_VOTES:,}"),
        (
            "voting sessions",
            (
                f"{MAX_SESSIONS} per journey, {MAX_PARTICIPANTS} participants each, "
                f"1 to {MAX_SESSION_VOTES} votes a participant"
            ),
        ),
        ("emotion score", f"{MIN_SCORE:+g} to {MAX_SCORE:+g}"),
        ("JSON input", f"{MAX_JSON_BYTES // (1024 * 1024)} MiB, nesting depth {MAX_JSON_DEPTH}"),
        (
            "workbook to import",
            (
                f"{MAX_WORKBOOK_BYTES // 2**20} MiB, {MAX_WORKBOOK_ENTRIES:,} archive entries, "
                f"{MAX_WORKBOOK_UNCOMPRESSED // 2**20} MiB unpacked ({MAX_WORKBOOK_PART // 2**20} MiB "
                f"per entry, compressed at most {MAX_WORKBOOK_RATIO}:1), "
                f"{MAX_WORKBOOK_ROWS:,} rows and {MAX_WORKBOOK_COLUMNS} columns a sheet, "
                f"{MAX_WORKBOOK_CELL:,} characters a cell"
            ),
        ),
        (
            "workbook contents (counted while streaming)",
            (
                f"{MAX_WORKBOOK_ROW_CELLS:,} cells and {MAX_WORKBOOK_ROW_TEXT:,} characters a row, "
                f"{MAX_WORKBOOK_CELLS:,} cells in all, {MAX_WORKBOOK_SHARED_STRINGS:,} shared strings of "
                f"{MAX_WORKBOOK_SHARED_TEXT // 2**20} Mi characters in all, {MAX_WORKBOOK_STRUCTURE:,} other XML "
                f"elements, {MAX_WORKBOOK_ELEMENTS:,} XML elements in all, nesting {MAX_WORKBOOK_XML_DEPTH} deep; "
                f"an import stays under about 500 MB"
            ),
        ),
    ]


# Workbooks offered for import (checked on the archive before any XML is parsed).
MAX_WORKBOOK_BYTES = 100 * 1024 * 1024  # the .xlsx file itself
MAX_WORKBOOK_ENTRIES = 2_000  # files inside the archive
MAX_WORKBOOK_UNCOMPRESSED = 512 * 1024 * 1024  # all entries, unpacked
MAX_WORKBOOK_PART = 256 * 1024 * 1024  # one entry, unpacked
MAX_WORKBOOK_RATIO = 100  # unpacked / packed, for entries over 1 MiB unpacked
MAX_WORKBOOK_ROWS = 100_000  # rows read from one sheet
MAX_WORKBOOK_COLUMNS = 256  # columns read from one sheet
MAX_WORKBOOK_CELL = 32_767  # characters in one cell (Excel's own limit)
# Counted while streaming each XML part, before openpyxl builds anything (it builds each row and
# the shared-string table whole): together they keep an import under about 500 MB.
MAX_WORKBOOK_ROW_CELLS = 16_384  # cells in one row (Excel's column count)
MAX_WORKBOOK_ROW_TEXT = MAX_WORKBOOK_COLUMNS * MAX_WORKBOOK_CELL  # characters in one row (text and attributes)
MAX_WORKBOOK_ROW_ELEMENTS = 4 * MAX_WORKBOOK_ROW_CELLS  # XML elements in one row or one shared string
MAX_WORKBOOK_CELLS = 3_000_000  # cells in all sheets together
MAX_WORKBOOK_SHARED_STRINGS = 1_000_000  # entries of the shared-string table
MAX_WORKBOOK_SHARED_TEXT = 32 * 1024 * 1024  # characters in the shared-string table
MAX_WORKBOOK_STRUCTURE = 200_000  # XML elements outside rows and shared strings, all parts
MAX_WORKBOOK_STRUCTURE_TEXT = 32 * 1024 * 1024  # characters outside rows and shared strings, all parts
MAX_WORKBOOK_ELEMENTS = 12_000_000  # XML elements in all parts
MAX_WORKBOOK_XML_DEPTH = 100  # nesting of XML elements
MAX_WORKBOOK_TOKEN = 16 * 1024 * 1024  # bytes of one XML token (a name, an attribute, a comment)
