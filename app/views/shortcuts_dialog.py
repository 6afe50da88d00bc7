"""Help ▸ Keyboard Shortcuts (F1): every key of the window, generated, so it cannot drift.

The rows come from the window's own actions (their text and shortcuts, grouped by the menu that
holds them, in menu order) and from ``app.views.board_keys.BOARD_KEYS`` for the keys the board
handles itself. Nothing here lists a key by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.views.board_keys import BOARD_KEYS

PORTABLE = QKeySequence.SequenceFormat.PortableText
NATIVE = QKeySequence.SequenceFormat.NativeText
# Undo and redo actions rename themselves after the next step ("Undo Move Card"); the list names
# the command, not today's step.
STABLE_TEXT = {
    "undo": QT_TRANSLATE_NOOP("ShortcutsDialog", "Undo"),
    "redo": QT_TRANSLATE_NOOP("ShortcutsDialog", "Redo"),
}


@dataclass(frozen=True)
class ShortcutRow:
    group: str  # a menu's title ("File"), or a KeyPlace's value, in the session's language
    action: str  # in the session's language
    keys: tuple[str, ...]  # portable text ("Ctrl+Shift+Z"), or board words ("Space+drag")


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _dedicated(key: Qt.Key) -> bool:
    """Keys of special keyboards: Open, Save, Help… keys, and F13 and above (a Sun keyboard's
    Undo, Cut, Copy, Paste keys, which Qt binds as F14, F20, F16, F18)."""
    return (
        key == Qt.Key.Key_Help or Qt.Key.Key_F13 <= key <= Qt.Key.Key_F35 or Qt.Key.Key_Back <= key < Qt.Key.Key_unknown
    )


def _keys(action: QAction) -> tuple[str, ...]:
    """The action's keys a keyboard types: Qt also binds the dedicated Open, Save, Undo… keys of
    some keyboards (and "Shift+Save"), which would only clutter the list."""
    keys = []
    for sequence in action.shortcuts():
        combos = [cast(Any, sequence)[n] for n in range(sequence.count())]  # the stubs lack __getitem__
        if not combos or any(_dedicated(combo.key()) for combo in combos):
            continue
        keys.append(sequence.toString(PORTABLE))
    return tuple(keys)


def normalized_key(text: str) -> str:
    """One spelling for comparing: Qt's portable text ("Delete" -> "Del"), or the word itself."""
    portable = QKeySequence(text.strip()).toString(PORTABLE)
    return portable or text.strip().lower()


def _text(action: QAction, names: dict[int, str]) -> str:
    stable = STABLE_TEXT.get(names.get(id(action), ""))
    return translate("ShortcutsDialog", stable) if stable else _plain(action.text())


def _menu_rows(menu: QMenu, group: str, names: dict[int, str]) -> list[ShortcutRow]:
    rows = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            rows += _menu_rows(submenu, group, names)
            continue
        keys = _keys(action)
        if keys and not action.isSeparator():
            rows.append(ShortcutRow(group, _text(action, names), keys))
    return rows


def shortcut_rows(window: QMainWindow) -> list[ShortcutRow]:
    """Every menu action with a key, by menu; then any keyed action in no menu; then the board's."""
    names = {id(action): name for name, action in getattr(window, "actions_by_name", {}).items()}
    rows: list[ShortcutRow] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            rows += _menu_rows(menu, _plain(top.text()), names)
    shown = {(row.action, row.keys) for row in rows}
    for action in window.findChildren(QAction):
        keys = _keys(action)
        text = _text(action, names)
        if keys and (text, keys) not in shown:
            rows.append(ShortcutRow(translate("ShortcutsDialog", "Other"), text, keys))
            shown.add((text, keys))
    # The board's words are marked in board_keys.py (QT_TRANSLATE_NOOP, context "BoardKeys").
    rows += [
        ShortcutRow(translate("BoardKeys", k.place.value), translate("BoardKeys", k.action), k.keys) for k in BOARD_KEYS
    ]
    return rows


def _key_word(key: str) -> str:
    """A board key's word ("arrows", "Space+drag") in the session's language (board_keys.py marks
    them in the "BoardKeys" context); a key sequence comes back as it is."""
    return translate("BoardKeys", key)


def _native(key: str) -> str:
    sequence = QKeySequence(key)
    text = sequence.toString(NATIVE)
    # A word such as "arrows" or "Space+drag" is no key sequence Qt can spell: show it as written.
    return text if text and sequence.toString(PORTABLE) == key else key


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard Shortcuts"))
        self.resize(620, 640)
        self.rows = shortcut_rows(window)
        self.filter_edit = QLineEdit()
        self.filter_edit.setAccessibleName(translate("ShortcutsA11y", "Filter shortcuts"))
        self.filter_edit.setPlaceholderText(translate("ShortcutsDialog", "Filter: type an action or a key"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(translate("ShortcutsA11y", "Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([translate("ShortcutsDialog", "Action"), translate("ShortcutsDialog", "Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        groups: dict[str, QTreeWidgetItem] = {}
        self._groups: dict[str, list[QTreeWidgetItem]] = {}
        for row in self.rows:
            group = groups.get(row.group)
            if group is None:
                group = groups[row.group] = QTreeWidgetItem(self.tree, [row.group])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            action = row.action[:1].upper() + row.action[1:]  # board keys are written as the README writes them
            item = QTreeWidgetItem(group, [action, ", ".join(_native(_key_word(k)) for k in row.keys)])
            self._groups.setdefault(row.group, []).append(item)
        self._group_items = groups
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.filter_edit.setFocus()

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for name, items in self._groups.items():
            visible = 0
            for item in items:
                hit = not needle or needle in item.text(0).lower() or needle in item.text(1).lower()
                item.setHidden(not hit)
                visible += hit
            self._group_items[name].setHidden(visible == 0)

    def all_keys(self) -> set[str]:
        return {normalized_key(key) for row in self.rows for key in row.keys}


_OPEN: dict[int, ShortcutsDialog] = {}


def show_shortcuts(window: QMainWindow) -> ShortcutsDialog:
    """Show the window's shortcuts (not modal: one can try a key while reading); one per window."""
    dialog = _OPEN.get(id(window))
    if dialog is None:
        dialog = ShortcutsDialog(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _OPEN[id(window)] = dialog
        dialog.destroyed.connect(lambda *_: _OPEN.pop(id(window), None))
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
