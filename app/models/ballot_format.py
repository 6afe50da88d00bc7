"""The ballot workbook's format: what the ballot export writes and the ballot import reads back.

A ballot is one participant's votes in a voting session, filled in offline (Excel, LibreOffice)
when passing the laptop round is not possible. Both sides import these names and nothing of each
other, as with ``workbook_format``. Layout:

- **"Ballot"** (visible): B1 the session's name; B2/C2 the journey; B3 "Name" and C3 the
  participant's name (empty on a blank ballot, to be typed in); B4 the guide line ("You have 3
  votes, at most 1 per card…"); B5/C5 the votes used so far (a formula, for the participant only:
  the import never reads it). Row 7 is the header ``id | Stage | Lane | Card | Votes``, then one
  row per card that can be voted on, in stage, then lane, then board order. Column A (the card id)
  is hidden; the votes column has a whole-number validation 0..max per card.
- **"Waymark ballot"** (hidden): in column A a key and in B its value: ``format`` (FORMAT_ID),
  ``journey``, ``session``, ``participant`` (empty on a blank ballot), ``session name``, and
  ``participant name``. The import trusts only the ids; the limits are the session's own.
"""

from __future__ import annotations

import re

FORMAT_ID = "waymark-ballot/1"
BALLOT_SHEET, INFO_SHEET = "Ballot", "Waymark ballot"
HEADERS = ("id", "Stage", "Lane", "Card", "Votes")  # read back case-blind
ID_HEADER, VOTES_HEADER = HEADERS[0], HEADERS[4]
HEADER_ROW = 7
NAME_LABEL = "Name"  # in column B, the participant's name beside it in C
INFO_KEYS = ("format", "journey", "session", "participant", "session name", "participant name")
BLANK_NAME = "blank"  # "Ballot - blank.xlsx"

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def guide_line(votes: int, max_per_card: int, *, blank: bool = False) -> str:
    many = "votes" if votes != 1 else "vote"
    name = f"Type your name beside {NAME_LABEL}. " if blank else ""
    return (
        f"{name}You have {votes} {many}, at most {max_per_card} per card: type a number in the Votes column "
        "beside the cards you choose, leave the others empty, save and send the workbook back."
    )


def file_name(participant_name: str) -> str:
    """ "Ballot - Priya.xlsx": a name every file system takes (no path separators, no control
    characters, not too long)."""
    cleaned = _UNSAFE.sub(" ", participant_name).strip(" .")[:80].strip() or "participant"
    return f"Ballot - {cleaned}.xlsx"


def same_name(a: str, b: str) -> bool:
    """Whether a typed name is a participant's: case, surrounding and repeated spaces aside."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
