"""Workshop ▸ Start Voting…: the settings of a dot-voting round, before the laptop goes round.

Everything is reachable from the keyboard (Tab between fields, Space ticks a lane, Ctrl+Enter
starts from anywhere, even the names box where Enter is a new line). The session itself is made
by ``app.models.voting.new_session``, so a setting the rules refuse is said here, in the dialog,
and the dialog stays open to fix it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import limits as L
from app.models import voting as V
from app.models.entities import CARD_LANE_KINDS, Journey, VoteResults, VotingSession
from app.views.preferences.appearance import error_ink

DEFAULT_NAME = QT_TRANSLATE_NOOP("StartVotingDialog", "Top pain points")
DEFAULT_VOTES = 3


class StartVotingDialog(QDialog):
    def __init__(self, journey: Journey, parent: QWidget | None = None):
        super().__init__(parent)
        self.journey = journey
        self.session: VotingSession | None = None
        self.setWindowTitle(translate("StartVotingDialog", "Start Voting"))
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)

        self.name = QLineEdit(translate("StartVotingDialog", DEFAULT_NAME))
        self.name.setMaxLength(L.MAX_NAME)
        form.addRow(translate("StartVotingDialog", "&Name"), self.name)

        self.lanes = QListWidget()
        chosen = set(V.default_lanes(journey))
        for lane in journey.lanes:
            if lane.kind not in CARD_LANE_KINDS:
                continue
            item = QListWidgetItem(lane.name)
            item.setData(Qt.ItemDataRole.UserRole, lane.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if lane.id in chosen else Qt.CheckState.Unchecked)
            self.lanes.addItem(item)
        self.lanes.setCurrentRow(0)
        self.lanes.setMaximumHeight(150)
        self.lanes.setToolTip(
            translate("StartVotingDialog", "The lanes whose cards can be voted on (Space ticks the current one)")
        )
        form.addRow(translate("StartVotingDialog", "&Lanes voted on"), self.lanes)

        self.votes = QSpinBox()
        self.votes.setRange(1, L.MAX_SESSION_VOTES)
        self.votes.setValue(DEFAULT_VOTES)
        form.addRow(translate("StartVotingDialog", "&Votes per participant"), self.votes)
        self.per_card = QSpinBox()
        self.per_card.setRange(1, DEFAULT_VOTES)
        self.per_card.setValue(1)
        self.per_card.setToolTip(translate("StartVotingDialog", "The most dots one participant may put on one card"))
        self.votes.valueChanged.connect(self.per_card.setMaximum)
        form.addRow(translate("StartVotingDialog", "Most per &card"), self.per_card)

        self.named = QRadioButton(translate("StartVotingDialog", "Na&mes, one per line"))
        self.anonymous = QRadioButton(translate("StartVotingDialog", "An&onymous:"))
        self.named.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.named)
        group.addButton(self.anonymous)
        self.names = QPlainTextEdit()
        self.names.setAccessibleName(translate("StartVotingA11y", "Participants' names, one per line"))
        self.names.setTabChangesFocus(True)
        self.names.setPlaceholderText("Anna\nBen\nChloé")
        self.names.setMaximumHeight(120)
        self.count = QSpinBox()
        self.count.setAccessibleName(translate("StartVotingA11y", "Number of anonymous participants"))
        self.count.setRange(1, L.MAX_PARTICIPANTS)
        self.count.setValue(6)
        self.count.setSuffix(translate("StartVotingDialog", " participants"))
        self.names.textChanged.connect(lambda: self.named.setChecked(True))
        self.count.valueChanged.connect(lambda _v: self.anonymous.setChecked(True))
        people = QVBoxLayout()
        people.addWidget(self.named)
        people.addWidget(self.names)
        row = QHBoxLayout()
        row.addWidget(self.anonymous)
        row.addWidget(self.count, 1)
        people.addLayout(row)
        form.addRow(translate("StartVotingDialog", "Participants"), people)

        self.results = QComboBox()
        self.results.addItem(translate("StartVotingDialog", "Hidden until the reveal"), VoteResults.HIDDEN)
        self.results.addItem(translate("StartVotingDialog", "Live: everyone sees the dots"), VoteResults.LIVE)
        self.results.setToolTip(
            translate("StartVotingDialog", "Hidden dots keep early votes from steering later voters")
        )
        form.addRow(translate("StartVotingDialog", "&Results"), self.results)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {error_ink()};")
        self.error.hide()
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("StartVotingDialog", "Start Voting"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self.names.setFocus()  # the one thing there is no default for

    def chosen_lanes(self) -> list[str]:
        items = (self.lanes.item(n) for n in range(self.lanes.count()))
        return [it.data(Qt.ItemDataRole.UserRole) for it in items if it.checkState() == Qt.CheckState.Checked]

    def participants(self) -> list:
        if self.anonymous.isChecked():
            return V.anonymous_participants(self.count.value())
        return V.participants_named(self.names.toPlainText().splitlines())

    def accept(self) -> None:
        try:
            self.session = V.new_session(
                self.journey,
                self.name.text(),
                participants=self.participants(),
                lanes=self.chosen_lanes(),
                votes_per_participant=self.votes.value(),
                max_per_card=self.per_card.value(),
                anonymous=self.anonymous.isChecked(),
                results=self.results.currentData(),
            )
        except V.VoteError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()


def ask_session(journey: Journey, parent: QWidget | None = None) -> VotingSession | None:
    """The session the facilitator set up, or None if they cancelled."""
    dialog = StartVotingDialog(journey, parent)
    return dialog.session if dialog.exec() == QDialog.DialogCode.Accepted else None
