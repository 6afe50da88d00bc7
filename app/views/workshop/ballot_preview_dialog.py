"""The ballot import's preview: each workbook chosen, whose ballot it is, its votes and cards,
and its problems, before anything changes.

Nothing is ticked or unticked here: a workbook with a problem is left out whole (half a ballot
would misstate a participant's choice), and Import takes all the others as one undo step.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import theme as T
from app.i18n import QT_TRANSLATE_NOOP, translate

COLUMNS = (
    QT_TRANSLATE_NOOP("BallotPreviewDialog", "Workbook"),
    QT_TRANSLATE_NOOP("BallotPreviewDialog", "Participant"),
    QT_TRANSLATE_NOOP("BallotPreviewDialog", "Votes"),
    QT_TRANSLATE_NOOP("BallotPreviewDialog", "Cards"),
    QT_TRANSLATE_NOOP("BallotPreviewDialog", "Problems"),
)


class BallotPreviewDialog(QDialog):
    def __init__(self, plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(translate("BallotPreviewDialog", "Import Ballots"))
        good, count = plan.good, len(plan.previews)
        if plan.session_id is None:
            text = translate(
                "BallotPreviewDialog", "None of these workbooks is a ballot of a voting session in this project."
            )
        else:
            into = (
                translate("BallotPreviewDialog", 'Into "{session}": {good} of {count} ballot can be imported.')
                if count == 1
                else translate("BallotPreviewDialog", 'Into "{session}": {good} of {count} ballots can be imported.')
            )
            text = into.format(session=plan.session_name, good=good, count=count)
            if good:
                text += " " + translate("BallotPreviewDialog", "Each replaces that participant's votes in the session.")
            if good < count:
                text += " " + translate("BallotPreviewDialog", "The workbooks with a problem are left out.")
        self.summary = QLabel(text)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(count, len(COLUMNS))
        self.table.setAccessibleName(translate("BallotPreviewA11y", "Ballot workbooks"))
        self.table.setHorizontalHeaderLabels([translate("BallotPreviewDialog", c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        for row, preview in enumerate(plan.previews):
            problems = "\n".join(preview.problems) if preview.problems else "—"
            values = (preview.file, preview.participant, str(preview.total), str(preview.cards), problems)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if col == 4 and preview.problems:
                    item.setForeground(QBrush(QColor(T.BAR_BAD)))
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            (
                translate("BallotPreviewDialog", "&Import {n} Ballot")
                if good == 1
                else translate("BallotPreviewDialog", "&Import {n} Ballots")
            ).format(n=good),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setEnabled(good > 0)
        self.import_button.setDefault(good > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(860, min(620, 160 + 34 * max(3, count)))
