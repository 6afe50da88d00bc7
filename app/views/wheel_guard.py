"""Scrolling a form must not change its values.

Qt gives a combo box or spin box the wheel even when it is not focused, so a person scrolling
the inspector with the wheel silently changed whichever field passed under the pointer (a
card's evidence went from "observed" to "proposed"). The guard sends the wheel of an unfocused
field to the scroll area instead; once the field is focused (clicked, tabbed to) the wheel
steps it as before.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget


class WheelGuard(QObject):
    def __init__(self, area: QAbstractScrollArea):
        super().__init__(area)
        self.area = area

    def guard(self, root: QWidget) -> None:
        """Guard every combo and spin box under ``root`` (call again after adding fields)."""
        for field in root.findChildren(QWidget):
            if isinstance(field, QComboBox | QAbstractSpinBox):
                field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not focus it
                field.removeEventFilter(self)
                field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            QCoreApplication.sendEvent(self.area.viewport(), event)
            return True
        return False
