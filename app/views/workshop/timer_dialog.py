"""Workshop ▸ Timer ▸ Custom…: a typed time ("5", "5:30", "90s", "1h 30m"), read by
timer_clock.parse_duration; what it understood is shown as it is typed, and OK waits for a time."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.views.workshop.timer_clock import format_remaining, parse_duration

# Its own text rather than the hint lowercased: German nouns keep their capital.
NOT_A_TIME = QT_TRANSLATE_NOOP(
    "TimerDialog", "Not a time: minutes (5), minutes and seconds (5:30) or units (90s, 2m, 1h 30m)"
)
HINT = QT_TRANSLATE_NOOP("TimerDialog", "Minutes (5), minutes and seconds (5:30) or units (90s, 2m, 1h 30m)")


class TimerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, initial: str = ""):
        super().__init__(parent)
        self.setWindowTitle(translate("TimerDialog", "Start Timer"))
        self.setMinimumWidth(340)
        self.edit = QLineEdit(initial)
        self.edit.setPlaceholderText("5:00")
        self.edit.setAccessibleName(translate("TimerDialog", "Time"))
        self.edit.setToolTip(translate("TimerDialog", HINT))
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(QLabel(translate("TimerDialog", "Count down from:")))
        column.addWidget(self.edit)
        column.addWidget(self.reading)
        column.addWidget(self.buttons)
        self.edit.textChanged.connect(self._read)
        self.edit.selectAll()
        self._read(initial)

    @property
    def seconds(self) -> int | None:
        return parse_duration(self.edit.text())

    def _read(self, text: str) -> None:
        seconds = parse_duration(text)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(seconds is not None)
        if seconds is not None:
            self.reading.setText(
                translate("TimerDialog", "Counts down from {time}").format(time=format_remaining(seconds))
            )
        else:
            hint = translate("TimerDialog", HINT)
            self.reading.setText(hint if not text.strip() else translate("TimerDialog", NOT_A_TIME))

    def accept(self) -> None:
        if self.seconds is not None:
            super().accept()


def ask_duration(parent: QWidget | None = None, initial: str = "") -> int | None:
    """The seconds typed, or None when cancelled."""
    dialog = TimerDialog(parent, initial)
    try:
        return dialog.seconds if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
