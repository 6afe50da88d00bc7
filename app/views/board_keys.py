"""The board's own keys and mouse gestures: the ones no menu action carries.

This is the one list Help ▸ Keyboard Shortcuts reads for them (the menu actions it reads from
the window itself), and tests/test_help_start.py checks it and the actions against the README's
key table, so a key added to the board without a line here shows up as a failing test. Keys are
written as the README writes them (Qt's portable text, plus words such as "arrows", "Space+drag").
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP, translate

# The words among the keys (no key sequence Qt could spell in the session's language); every
# other key is Qt's portable text, which the shortcuts list shows natively (qtbase's catalogue).
KEY_WORDS = {
    "arrows": QT_TRANSLATE_NOOP("BoardKeys", "arrows"),
    "typing": QT_TRANSLATE_NOOP("BoardKeys", "typing"),
    "Space+drag": QT_TRANSLATE_NOOP("BoardKeys", "Space+drag"),
    "middle-drag": QT_TRANSLATE_NOOP("BoardKeys", "middle-drag"),
    "scroll": QT_TRANSLATE_NOOP("BoardKeys", "scroll"),
    "Ctrl+wheel": QT_TRANSLATE_NOOP("BoardKeys", "Ctrl+wheel"),
}


class KeyPlace(enum.Enum):
    """Where a key acts: on the board, or in the in-place editor of a card or header."""

    BOARD = QT_TRANSLATE_NOOP("BoardKeys", "Board")
    EDITOR = QT_TRANSLATE_NOOP("BoardKeys", "In-place editor")
    PRESENTING = QT_TRANSLATE_NOOP("BoardKeys", "While presenting")

    @property
    def title(self) -> str:
        """The group's name in the session's language (``value`` stays the README's English)."""
        return translate("BoardKeys", self.value)


@dataclass(frozen=True)
class BoardKey:
    keys: tuple[str, ...]
    action: str
    place: KeyPlace = KeyPlace.BOARD

    @property
    def description(self) -> str:
        """``action`` in the session's language (``action`` stays the README's English)."""
        return translate("BoardKeys", self.action)

    @property
    def shown_keys(self) -> tuple[str, ...]:
        """The keys as a person reads them: the words translated, key sequences as they are."""
        return tuple(translate("BoardKeys", KEY_WORDS[key]) if key in KEY_WORDS else key for key in self.keys)


BOARD_KEYS: tuple[BoardKey, ...] = (
    BoardKey(("arrows",), QT_TRANSLATE_NOOP("BoardKeys", "move the cell cursor between cells")),
    BoardKey(("Insert", "Ctrl+Enter"), QT_TRANSLATE_NOOP("BoardKeys", "start a new card in the cell cursor's cell")),
    BoardKey(("Enter", "typing"), QT_TRANSLATE_NOOP("BoardKeys", "on a cell with nothing selected: start a new card")),
    BoardKey(("Enter", "F2"), QT_TRANSLATE_NOOP("BoardKeys", "edit the selected card or header")),
    BoardKey(("Menu", "Shift+F10"), QT_TRANSLATE_NOOP("BoardKeys", "the context menu of the selection or the cell")),
    BoardKey(("Tab", "Shift+Tab"), QT_TRANSLATE_NOOP("BoardKeys", "next / previous card")),
    BoardKey(
        ("Ctrl+Tab", "Ctrl+Shift+Tab"), QT_TRANSLATE_NOOP("BoardKeys", "leave the board for the next / previous panel")
    ),
    BoardKey(("Delete", "Backspace"), QT_TRANSLATE_NOOP("BoardKeys", "delete the selection")),
    BoardKey(("Space+drag", "middle-drag", "scroll"), QT_TRANSLATE_NOOP("BoardKeys", "pan")),
    BoardKey(("Ctrl+wheel",), QT_TRANSLATE_NOOP("BoardKeys", "zoom")),
    BoardKey(("Enter",), QT_TRANSLATE_NOOP("BoardKeys", "commit the edit"), KeyPlace.EDITOR),
    BoardKey(("Shift+Enter",), QT_TRANSLATE_NOOP("BoardKeys", "add a line"), KeyPlace.EDITOR),
    BoardKey(
        ("Tab",), QT_TRANSLATE_NOOP("BoardKeys", "commit and start the next new card in the same cell"), KeyPlace.EDITOR
    ),
    BoardKey(("Esc",), QT_TRANSLATE_NOOP("BoardKeys", "cancel the edit"), KeyPlace.EDITOR),
    BoardKey(
        ("Right", "PageDown"),
        QT_TRANSLATE_NOOP("BoardKeys", "the next stage (a presenter's clicker)"),
        KeyPlace.PRESENTING,
    ),
    BoardKey(("Left", "PageUp"), QT_TRANSLATE_NOOP("BoardKeys", "the previous stage"), KeyPlace.PRESENTING),
    BoardKey(("Home", "End"), QT_TRANSLATE_NOOP("BoardKeys", "the first / last stage"), KeyPlace.PRESENTING),
    BoardKey(
        ("O",),
        QT_TRANSLATE_NOOP("BoardKeys", "the whole journey; O again, or Enter on a clicked stage, steps back in"),
        KeyPlace.PRESENTING,
    ),
    BoardKey(
        ("B",),
        QT_TRANSLATE_NOOP("BoardKeys", "a black screen; any key or click brings the board back"),
        KeyPlace.PRESENTING,
    ),
)
