"""Workshop ▸ Export Ballot Workbooks…: one workbook per participant of an open voting session
(and a blank one), written into a folder off the UI thread.

For a workshop where passing one laptop round is not possible: each participant fills in their
own workbook in Excel or LibreOffice and sends it back for Workshop ▸ Import Ballots….
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.models import ballot_format as B
from app.models.entities import Journey, SessionState, VotingSession
from app.views.workshop.ballot_worker import BallotJob

_SESSION: dict = {"folder": None}  # the last folder written to, for the session


def last_folder() -> str | None:
    """The folder ballots were last written to in this session."""
    return _SESSION["folder"]


def open_sessions(journey: Journey | None) -> list[VotingSession]:
    return [s for s in journey.sessions if s.state is SessionState.OPEN] if journey is not None else []


class BallotExportDialog(QDialog):
    """Choose the session, what to write and where; Export writes the files."""

    def __init__(self, doc, journey_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.journey_id = doc, journey_id
        self.job: BallotJob | None = None
        self.written: list[Path] = []
        self.setWindowTitle(translate("BallotExportDialog", "Export Ballot Workbooks"))
        self.setMinimumWidth(520)
        journey = doc.project.journey(journey_id)
        self.session_box = QComboBox()
        for session in open_sessions(journey):
            self.session_box.addItem(
                translate("BallotExportDialog", '"{name}" ({date})').format(name=session.name, date=session.date),
                session.id,
            )
        shown = journey.shown_session if journey is not None else None
        self.session_box.setCurrentIndex(max(0, self.session_box.findData(shown)))
        self.session_box.currentIndexChanged.connect(self._describe)
        self.people_label = QLabel()
        self.people_label.setWordWrap(True)
        self.each_box = QCheckBox(translate("BallotExportDialog", "One workbook per &participant"))
        self.each_box.setChecked(True)
        self.blank_box = QCheckBox(translate("BallotExportDialog", "A &blank ballot, with a Name cell to type in"))
        self.folder_edit = QLineEdit(_SESSION["folder"] or str(Path(doc.path).parent if doc.path else Path.home()))
        browse = QPushButton(translate("BallotExportDialog", "B&rowse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        folder_label = QLabel(translate("BallotExportDialog", "&Folder:"))
        folder_label.setBuddy(self.folder_edit)
        form = QFormLayout()
        form.addRow(translate("BallotExportDialog", "&Session:"), self.session_box)
        form.addRow("", self.people_label)
        form.addRow("", self.each_box)
        form.addRow("", self.blank_box)
        form.addRow(folder_label, row)
        self.progress_bar = QProgressBar()
        self.progress_bar.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            translate("BallotExportDialog", "&Export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self._describe()

    def session(self) -> VotingSession | None:
        journey = self.doc.project.journey(self.journey_id)
        sid = self.session_box.currentData()
        return journey.session(sid) if journey is not None and sid else None

    def _describe(self) -> None:
        session = self.session()
        if session is None:
            self.people_label.setText(translate("BallotExportDialog", "No voting session of this journey is open."))
            self.export_button.setEnabled(False)
            return
        names = ", ".join(p.name for p in session.participants[:8])
        extra = len(session.participants) - 8
        if extra > 0:
            names = translate("BallotExportDialog", "{names} and {n} more").format(names=names, n=extra)
        votes = session.votes_per_participant
        each = (
            translate("BallotExportDialog", "Each has {votes} vote, at most {most} per card.")
            if votes == 1
            else translate("BallotExportDialog", "Each has {votes} votes, at most {most} per card.")
        ).format(votes=votes, most=session.max_per_card)
        self.people_label.setText(
            translate(
                "BallotExportDialog",
                '{count} participants ({names}). {each} Each workbook is named "Ballot - <name>.xlsx".',
            ).format(count=len(session.participants), names=names, each=each)
        )
        self.export_button.setEnabled(True)

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("BallotExportDialog", "Folder for the ballots"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def file_names(self, session: VotingSession) -> list[str]:
        people = [p.name for p in session.participants] if self.each_box.isChecked() else []
        return [B.file_name(n) for n in [*people, *([B.BLANK_NAME] if self.blank_box.isChecked() else [])]]

    def start_export(self) -> None:
        session = self.session()
        folder = Path(self.folder_edit.text().strip() or ".").expanduser()
        if session is None or self.job is not None:
            return
        if not (self.each_box.isChecked() or self.blank_box.isChecked()):
            self.status_label.setText(
                translate("BallotExportDialog", "Choose the participants' workbooks, a blank one, or both.")
            )
            return
        existing = [n for n in self.file_names(session) if (folder / n).exists()]
        if existing:
            answer = QMessageBox.question(
                self,
                translate("BallotExportDialog", "Replace ballots?"),
                translate(
                    "BallotExportDialog", "{count} of these files are in {folder} already ({files}). Replace them?"
                ).format(
                    count=len(existing),
                    folder=folder,
                    files=", ".join(existing[:3]) + ("…" if len(existing) > 3 else ""),
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        _SESSION["folder"] = str(folder)
        project = self.doc.project.model_copy(deep=True)  # a snapshot, on the UI thread
        journey_id, session_id = self.journey_id, session.id
        each, blank = self.each_box.isChecked(), self.blank_box.isChecked()

        def work(progress, cancelled):
            from app.exporters.xlsx.ballots import export_ballots  # openpyxl, on the worker thread

            return export_ballots(
                project, journey_id, session_id, folder, participants=each, blank=blank, progress=progress
            )

        self.job = BallotJob(work)
        self.job.progress.connect(self._progress)
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)
        self.export_button.setEnabled(False)
        self.progress_bar.setVisible(True)
        self.progress_bar.setRange(0, 0)
        self.status_label.setText(translate("BallotExportDialog", "Writing the ballots…"))
        self.job.start()

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)
        self.status_label.setText(
            translate("BallotExportDialog", "Writing {name}…").format(name=message)
            if message
            else translate("BallotExportDialog", "Writing the ballots…")
        )

    def _done(self, written: list[Path]) -> None:
        self.job = None
        self.written = list(written)
        self.progress_bar.setVisible(False)
        self.export_button.setEnabled(True)
        where = written[0].parent if written else ""
        wrote = (
            translate("BallotExportDialog", "Wrote {n} ballot workbook to {folder}.")
            if len(written) == 1
            else translate("BallotExportDialog", "Wrote {n} ballot workbooks to {folder}.")
        )
        self.status_label.setText(wrote.format(n=len(written), folder=where))

    def _failed(self, message: str) -> None:
        self.job = None
        self.progress_bar.setVisible(False)
        self.export_button.setEnabled(True)
        self.status_label.setText(
            translate("BallotExportDialog", "The ballots were not all written: {reason}").format(reason=message)
        )

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.wait()
        super().done(result)
