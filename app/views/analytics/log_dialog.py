"""Analytics ▸ Analyse Event Log…, second step: which column of the log holds what.

The first rows are shown as a table so the facilitator sees the data, not only the headers;
each role has a combo preselected with what the engine detected (or, re-analysing, with the
columns saved in the project). Case, activity and time are required and marked; OK stays
disabled until they are chosen and distinct. Times without a zone are read in the zone chosen
here, and the dialog says so, because a wrong zone shifts every waiting time silently.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.analytics.api import REQUIRED_ROLES, LogPreview, Role
from app.analytics.times import has_zone
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.entities import LogColumns
from app.views.preferences.appearance import error_ink

NONE = QT_TRANSLATE_NOOP("ColumnsDialog", "(none)")
PREVIEW_ROWS = 12
ROLE_LABELS: dict[Role, str] = {
    Role.CASE: QT_TRANSLATE_NOOP("ColumnsDialog", "&Case id"),
    Role.ACTIVITY: QT_TRANSLATE_NOOP("ColumnsDialog", "&Activity"),
    Role.TIME: QT_TRANSLATE_NOOP("ColumnsDialog", "&Timestamp"),
    Role.CHANNEL: QT_TRANSLATE_NOOP("ColumnsDialog", "C&hannel"),
    Role.SEGMENT: QT_TRANSLATE_NOOP("ColumnsDialog", "Se&gment or persona"),
    Role.VALUE: QT_TRANSLATE_NOOP("ColumnsDialog", "&Value"),
    Role.FEEDBACK: QT_TRANSLATE_NOOP("ColumnsDialog", "&Feedback text"),
    Role.RATING: QT_TRANSLATE_NOOP("ColumnsDialog", "&Rating (CSAT 1–5, NPS 0–10)"),
}
# The required roles as a sentence names them ("Choose the timestamp column.").
ROLE_NAMES: dict[Role, str] = {
    Role.CASE: QT_TRANSLATE_NOOP("ColumnsDialog", "case id"),
    Role.ACTIVITY: QT_TRANSLATE_NOOP("ColumnsDialog", "activity"),
    Role.TIME: QT_TRANSLATE_NOOP("ColumnsDialog", "timestamp"),
    Role.CHANNEL: QT_TRANSLATE_NOOP("ColumnsDialog", "channel"),
    Role.SEGMENT: QT_TRANSLATE_NOOP("ColumnsDialog", "segment or persona"),
    Role.VALUE: QT_TRANSLATE_NOOP("ColumnsDialog", "value"),
    Role.FEEDBACK: QT_TRANSLATE_NOOP("ColumnsDialog", "feedback text"),
    Role.RATING: QT_TRANSLATE_NOOP("ColumnsDialog", "rating"),
}
# The zones offered for times without one: UTC first, then the local zone and common ones.
ZONES = ("UTC", "Europe/London", "Europe/Berlin", "Europe/Paris", "America/New_York", "America/Chicago",
         "America/Los_Angeles", "Asia/Tokyo", "Asia/Kolkata", "Australia/Sydney")  # fmt: skip


LOG_FILTER = QT_TRANSLATE_NOOP(
    "ColumnsDialog",
    "Event logs (*.csv *.tsv *.txt *.parquet *.xes);;CSV or TSV (*.csv *.tsv *.txt);;Parquet (*.parquet);;"
    "XES (*.xes);;All files (*)",
)


def choose_log(parent: QWidget | None, folder: str) -> Path | None:
    """Analytics ▸ Analyse Event Log…, first step: the log file (None: cancelled)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("ColumnsDialog", "Analyse Event Log"), folder, translate("ColumnsDialog", LOG_FILTER)
    )
    return Path(name) if name else None


def zone_ok(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return False
    return True


def instant_ok(text: str) -> bool:
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def columns_from(chosen: Mapping[Role, str]) -> LogColumns:
    """The project's record of a column choice (roles left out are None)."""
    return LogColumns(**{role.value: name for role, name in chosen.items() if name})


def chosen_from(columns: LogColumns) -> dict[Role, str]:
    return {role: name for role in Role if (name := getattr(columns, role.value, None))}


def _naive_times_noted(preview: LogPreview) -> bool:
    """Whether the preview already says how times without a zone are read (it does when its
    time column has such times)."""
    column = preview.detected.get(Role.TIME)
    if column is None or column not in preview.columns:
        return False
    n = preview.columns.index(column)
    return any(len(row) > n and row[n] and not has_zone(row[n]) for row in preview.rows)


class ColumnsDialog(QDialog):
    """Choose the log's columns; ``columns()`` and ``naive_zone()`` once accepted."""

    def __init__(
        self,
        preview: LogPreview,
        parent: QWidget | None = None,
        saved: LogColumns | None = None,
        zone: str = "UTC",
        split_at: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(translate("ColumnsDialog", "Columns of {file}").format(file=preview.path.name))
        layout = QVBoxLayout(self)
        kind = preview.format.value.upper()
        layout.addWidget(
            QLabel(
                translate("ColumnsDialog", "{kind} · {n} columns · the first rows:").format(
                    kind=kind, n=len(preview.columns)
                )
            )
        )
        self.table = QTableWidget(min(PREVIEW_ROWS, len(preview.rows)), len(preview.columns))
        self.table.setAccessibleName(translate("ColumnsA11y", "The log's first rows"))
        self.table.setHorizontalHeaderLabels(list(preview.columns))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        for r, row in enumerate(preview.rows[:PREVIEW_ROWS]):
            for c, text in enumerate(row[: len(preview.columns)]):
                item = QTableWidgetItem(text if len(text) <= 80 else text[:79] + "…")
                item.setToolTip(text[:500])
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)

        # required roles and the zone on the left, the optional ones on the right: the first
        # rows keep most of the dialog
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.combos: dict[Role, QComboBox] = {}
        picked = chosen_from(saved) if saved is not None else dict(preview.detected)
        left = right = 0
        for role in Role:
            combo = QComboBox()
            combo.addItem(translate("ColumnsDialog", NONE), "")
            for name in preview.columns:
                combo.addItem(name, name)
            found = combo.findData(picked.get(role, ""))
            combo.setCurrentIndex(max(0, found))
            combo.currentIndexChanged.connect(self._check)
            self.combos[role] = combo
            required = role in REQUIRED_ROLES
            text = translate("ColumnsDialog", ROLE_LABELS[role])
            label = QLabel(
                translate("ColumnsDialog", "{role} *:").format(role=text)
                if required
                else translate("ColumnsDialog", "{role}:").format(role=text)
            )
            label.setBuddy(combo)
            if required:
                label.setToolTip(translate("ColumnsDialog", "Required"))
                grid.addWidget(label, left, 0)
                grid.addWidget(combo, left, 1)
                left += 1
            else:
                grid.addWidget(label, right, 2)
                grid.addWidget(combo, right, 3)
                right += 1
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(list(ZONES))
        self.zone.setCurrentText(zone or "UTC")
        self.zone.currentTextChanged.connect(self._check)
        zone_label = QLabel(translate("ColumnsDialog", "Times &without a zone:"))
        zone_label.setBuddy(self.zone)
        grid.addWidget(zone_label, left, 0)
        grid.addWidget(self.zone, left, 1)
        self.split = QLineEdit(split_at or "")
        self.split.setPlaceholderText(translate("ColumnsDialog", "optional: a date, e.g. 2026-05-01"))
        self.split.setToolTip(
            translate("ColumnsDialog", "Compare the cases that started before this date with those from it on")
        )
        self.split.textChanged.connect(self._check)
        split_label = QLabel(translate("ColumnsDialog", "Compare &before / from:"))
        split_label.setBuddy(self.split)
        grid.addWidget(split_label, left + 1, 0)
        grid.addWidget(self.split, left + 1, 1)
        layout.addLayout(grid)

        notes = [n[:1].upper() + n[1:] for n in preview.notes]
        # Decided from the preview, not from the notes' words (which are German in a German session).
        if not _naive_times_noted(preview):
            notes.append(
                translate(
                    "ColumnsDialog", "Times with an offset keep it; times without one are read in the zone chosen here."
                )
            )
        if Role.FEEDBACK in preview.detected:  # the preview's own note says English only
            notes.append(translate("ColumnsDialog", "* required."))
        else:
            notes.append(
                translate(
                    "ColumnsDialog",
                    "* required. Feedback text is scored in English only (VADER); a rating works in any language.",
                )
            )
        self.note = QLabel("\n".join(notes))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(f"color: {error_ink()}")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("ColumnsDialog", "&Next"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(900, 600)
        self._check()
        self.combos[Role.CASE].setFocus()

    def chosen(self) -> dict[Role, str]:
        return {role: combo.currentData() for role, combo in self.combos.items() if combo.currentData()}

    def problem_text(self) -> str:
        """Why OK is disabled: a required role without a column, or one column in two roles."""
        chosen = self.chosen()
        missing = [translate("ColumnsDialog", ROLE_NAMES[r]) for r in REQUIRED_ROLES if r not in chosen]
        if missing:
            roles = translate("ColumnsDialog", " and ").join(missing)
            return (
                translate("ColumnsDialog", "Choose the {roles} column.")
                if len(missing) == 1
                else translate("ColumnsDialog", "Choose the {roles} columns.")
            ).format(roles=roles)
        names = list(chosen.values())
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            return translate("ColumnsDialog", "The column {name} is chosen for two roles.").format(name=repr(twice[0]))
        if self.split_at() is not None and not instant_ok(self.split_at() or ""):
            return translate("ColumnsDialog", "{text} is not a date (e.g. 2026-05-01 or 2026-05-01T09:00).").format(
                text=repr(self.split_at())
            )
        if not zone_ok(self.naive_zone()):
            return translate("ColumnsDialog", "{text} is not a time zone (e.g. UTC, Europe/Berlin).").format(
                text=repr(self.naive_zone())
            )
        return ""

    def _check(self) -> None:
        text = self.problem_text()
        self.problem.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not text)

    def columns(self) -> LogColumns:
        return columns_from(self.chosen())

    def split_at(self) -> str | None:
        """The instant to compare before / from (None: no comparison)."""
        return self.split.text().strip() or None

    def naive_zone(self) -> str:
        return self.zone.currentText().strip() or "UTC"
