"""The board's own keys and mouse gestures: the ones no menu action carries.

This is the one list Help ▸ Keyboard Shortcuts reads for them (the menu actions it reads from
the window itself), and tests/test_help_start.py checks it and the actions against the README's
key table, so a key added to the board without a line here shows up as a failing test. Keys are
written as the README writes them (Qt's portable text, plus words such as "arrows", "Space+drag").
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class KeyPlace(enum.Enum):
    """Where a key acts: on the board, or in the in-place editor of a card or header."""

    BOARD = "Board"
    EDITOR = "In-place editor"
    PRESENTING = "While presenting"


@dataclass(frozen=True)
class BoardKey:
    keys: tuple[str, ...]
    action: str
    place: KeyPlace = KeyPlace.BOARD


BOARD_KEYS: tuple[BoardKey, ...] = (
    BoardKey(("arrows",), "move the cell cursor between cells"),
    BoardKey(("Insert", "Ctrl+Enter"), "start a new card in the cell cursor's cell"),
    BoardKey(("Enter", "typing"), "on a cell with nothing selected: start a new card"),
    BoardKey(("Enter", "F2"), "edit the selected card or header"),
    BoardKey(("Menu", "Shift+F10"), "the context menu of the selection or the cell"),
    BoardKey(("Tab", "Shift+Tab"), "next / previous card"),
    BoardKey(("Ctrl+Tab", "Ctrl+Shift+Tab"), "leave the board for the next / previous panel"),
    BoardKey(("Delete", "Backspace"), "delete the selection"),
    BoardKey(("Space+drag", "middle-drag", "scroll"), "pan"),
    BoardKey(("Ctrl+wheel",), "zoom"),
    BoardKey(("Enter",), "commit the edit", KeyPlace.EDITOR),
    BoardKey(("Shift+Enter",), "add a line", KeyPlace.EDITOR),
    BoardKey(("Tab",), "commit and start the next new card in the same cell", KeyPlace.EDITOR),
    BoardKey(("Esc",), "cancel the edit", KeyPlace.EDITOR),
    BoardKey(("Right", "PageDown"), "the next stage (a presenter's clicker)", KeyPlace.PRESENTING),
    BoardKey(("Left", "PageUp"), "the previous stage", KeyPlace.PRESENTING),
    BoardKey(("Home", "End"), "the first / last stage", KeyPlace.PRESENTING),
    BoardKey(("O",), "the whole journey; O again, or Enter on a clicked stage, steps back in", KeyPlace.PRESENTING),
    BoardKey(("B",), "a black screen; any key or click brings the board back", KeyPlace.PRESENTING),
)
