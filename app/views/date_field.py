"""A date that may be left empty: a check box to have one, a date edit with a calendar, and an
optional "Today" button.

QDateEdit always holds a date; a sentinel minimum shown as "none" would open its calendar in
the year of the sentinel. A check box says plainly whether there is a date, and the edit keeps
a sensible day (today) to start from when it is ticked. The value is an ISO string or None,
as the models keep it; ``changed`` is emitted only for the user's own changes.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QToolButton, QWidget

from app import i18n
from app.i18n import translate
from app.models import ownership as O


def display_format() -> str:
    """Qt's date pattern in the session's order (yyyy-MM-dd; German dd.MM.yyyy)."""
    return i18n.date_text("yyyy", "MM", "dd")


class DateField(QWidget):
    changed = Signal(object)  # str (ISO) or None

    def __init__(self, label: str, parent: QWidget | None = None, *, today_button: bool = False):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.check = QCheckBox()
        self.check.setAccessibleName(label)
        self.check.setToolTip(translate("DateField", "Untick for no date"))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(display_format())
        self.edit.setAccessibleName(label)
        self.edit.setDate(_qdate(O.today()))
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)
        self.today: QToolButton | None = None
        if today_button:
            self.today = QToolButton()
            self.today.setText(translate("DateField", "Today"))
            self.today.setToolTip(translate("DateField", "Set today's date"))
            self.today.clicked.connect(self.set_today)
            row.addWidget(self.today)
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(self._date_changed)
        self._shown: str | None = None
        self.edit.setEnabled(False)

    def value(self) -> str | None:
        return self.edit.date().toString("yyyy-MM-dd") if self.check.isChecked() else None

    def set_value(self, iso: str | None) -> None:
        """Show ``iso`` (None: no date) without emitting ``changed``."""
        self._shown = iso
        day = O.parse_date(iso)
        self.blockSignals(True)
        try:
            self.check.setChecked(day is not None)
            self.edit.setEnabled(day is not None)
            self.edit.setDate(_qdate(day or O.today()))
        finally:
            self.blockSignals(False)

    def set_today(self) -> None:
        self.check.setChecked(True)
        self.edit.setDate(_qdate(O.today()))
        self._emit()

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - as Qt's fields spell it
        self.check.setEnabled(not read_only)
        self.edit.setReadOnly(read_only)
        if self.today is not None:
            self.today.setEnabled(not read_only)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self._emit()

    def _date_changed(self, _date: QDate) -> None:
        if self.check.isChecked():
            self._emit()

    def _emit(self) -> None:
        value = self.value()
        if value != self._shown and not self.signalsBlocked():
            self._shown = value
            self.changed.emit(value)


def _qdate(day) -> QDate:
    return QDate(day.year, day.month, day.day)
