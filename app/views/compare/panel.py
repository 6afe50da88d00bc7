"""The Changes panel: every change of the comparison, in board order; choosing one (a click,
Up/Down, F8/Shift+F8) shows it on the board. Esc or End Compare ends compare mode."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.i18n import translate
from app.models.diff import Action, Change, JourneyDiff
from app.views.compare.items import Mark

SYMBOLS = {Action.ADDED: "+", Action.CHANGED: "~", Action.MOVED: "↔", Action.REMOVED: "−"}
MARKS = {Action.ADDED: Mark.ADDED, Action.CHANGED: Mark.CHANGED, Action.MOVED: Mark.MOVED, Action.REMOVED: Mark.REMOVED}


class _List(QListWidget):
    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class ChangesPanel(QWidget):
    change_chosen = Signal(int)  # the row; -1 for none
    end_requested = Signal()
    step_requested = Signal(bool)  # backward?

    def __init__(self, parent=None):
        super().__init__(parent)
        self.changes: list[Change] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        self.list = _List()
        self.list.setAccessibleName(translate("ChangesPanel", "Changes"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self.change_chosen.emit)
        self.list.escaped.connect(self.end_requested.emit)
        column.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.previous_button = QPushButton(translate("ChangesPanel", "Previous"))
        self.previous_button.setToolTip(translate("ChangesPanel", "The previous change (Shift+F8)"))
        self.previous_button.clicked.connect(lambda: self.step_requested.emit(True))
        self.next_button = QPushButton(translate("ChangesPanel", "Next"))
        self.next_button.setToolTip(translate("ChangesPanel", "The next change (F8)"))
        self.next_button.clicked.connect(lambda: self.step_requested.emit(False))
        self.end_button = QPushButton(translate("ChangesPanel", "End Compare"))
        self.end_button.setToolTip(translate("ChangesPanel", "Leave compare mode (Esc)"))
        self.end_button.clicked.connect(self.end_requested.emit)
        for button in (self.previous_button, self.next_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.end_button)
        column.addLayout(row)

    def show_diff(self, diff: JourneyDiff | None, title: str) -> None:
        """Fill the list; the row that was current stays current when its change is still there."""
        current = self.current_change()
        self.list.blockSignals(True)
        self.list.clear()
        self.changes = list(diff.changes) if diff is not None else []
        for change in self.changes:
            item = QListWidgetItem(f"{SYMBOLS[change.action]}  {change.label}")
            item.setForeground(QColor(MARKS[change.action].color))
            item.setToolTip(change.label)
            self.list.addItem(item)
        keep = -1
        if current is not None:
            same = (current.kind, current.id, current.field, current.action)
            keep = next((n for n, c in enumerate(self.changes) if (c.kind, c.id, c.field, c.action) == same), -1)
        self.list.setCurrentRow(keep)
        self.list.blockSignals(False)
        n = len(self.changes)
        if diff is None:
            text = translate("ChangesPanel", "Not comparing.")
        elif n == 0:
            text = translate("ChangesPanel", "No changes since {other}.").format(other=title)
        elif n == 1:
            text = translate("ChangesPanel", "1 change since {other}").format(other=title)
        else:
            text = translate("ChangesPanel", "{n} changes since {other}").format(n=n, other=title)
        self.summary.setText(text)
        for button in (self.previous_button, self.next_button):
            button.setEnabled(n > 0)

    def current_change(self) -> Change | None:
        row = self.list.currentRow()
        return self.changes[row] if 0 <= row < len(self.changes) else None

    def step(self, backward: bool = False) -> None:
        n = len(self.changes)
        if not n:
            return
        row = self.list.currentRow()
        row = (n - 1 if backward else 0) if row < 0 else (row + (-1 if backward else 1)) % n
        self.list.setCurrentRow(row)
