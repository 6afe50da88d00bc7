"""The find bar under the board: search the current journey as you type — cards, stage and lane
headers, emotion notes and metric labels (board/find.py says what matches and in what order).

Hidden until Find (Ctrl+F). Enter steps to the next match, Shift+Enter to the previous one,
Esc closes the bar and clears the highlights. The matching itself is the board view's
(``find`` / ``clear_find``); the bar only drives it and shows "3 of 12".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QToolButton,
    QWidget,
)

from app.i18n import translate


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, view, parent=None):
        super().__init__(parent)
        self.view = view
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(translate("FindBar", "Find in cards, stages, lanes, emotion notes and metrics"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(translate("FindBar", "Find"))
        self.edit.installEventFilter(self)
        self.count = QLabel()
        self.count.setMinimumWidth(
            self.count.fontMetrics().horizontalAdvance(translate("FindBar", "No matches") + "  ")
        )
        style = self.style()
        self.previous_button = self._button(
            translate("FindBar", "Previous match"),
            "Shift+Enter",
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
            lambda: self.find_next(backward=True),
        )
        self.next_button = self._button(
            translate("FindBar", "Next match"),
            "Enter",
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
            self.find_next,
        )
        self.close_button = self._button(
            translate("FindBar", "Close"),
            "Esc",
            style.standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton),
            self.close_bar,
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        row.addWidget(QLabel(translate("FindBar", "Find:")))
        row.addWidget(self.edit, 1)
        row.addWidget(self.count)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addWidget(self.close_button)
        self.edit.textChanged.connect(self._text_changed)
        self.hide()

    def _button(self, name: str, key: str, icon, slot) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon)
        button.setToolTip(f"{name} ({key})")
        button.setAccessibleName(name)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    @property
    def text(self) -> str:
        return self.edit.text()

    # -- driving the view -----------------------------------------------------------------

    def open(self) -> None:
        """Show the bar with its text selected, so typing replaces the last search."""
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def find_next(self, backward: bool = False) -> None:
        if not self.isVisible():
            self.open()
        if not self.text.strip():
            return
        self._show(*self.view.find(self.text, backward=backward))

    def refresh(self) -> None:
        """Search again from the first match (after the journey or the text changed)."""
        self.view.clear_find()
        if self.isVisible() and self.text.strip():
            self._show(*self.view.find(self.text))
        else:
            self.count.clear()

    def close_bar(self) -> None:
        self.view.clear_find()
        self.count.clear()
        self.hide()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    def _text_changed(self, _text: str) -> None:
        self.refresh()

    def _show(self, position: int, count: int) -> None:
        self.count.setText(
            translate("FindBar", "{position} of {count}").format(position=position, count=count)
            if count
            else translate("FindBar", "No matches")
        )

    # -- keys -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.find_next(backward=bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
