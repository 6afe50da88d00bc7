"""Workshop ▸ Import Ballots…: read several filled-in ballot workbooks off the UI thread,
preview them (``BallotPreviewDialog``), and apply the good ones as one undo step
(``voting_commands.set_ballots``), each replacing its participant's ballot.

A workbook that is not a ballot, is damaged or hostile, or breaks the session's rules is a line
in the preview, never a crash; if the session changed meanwhile (closed, deleted), applying
refuses with one message and nothing changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.document.voting_commands import set_ballots
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.errors import WaymarkError
from app.models.refs import SessionRef
from app.views.workshop.ballot_export_dialog import last_folder
from app.views.workshop.ballot_preview_dialog import BallotPreviewDialog
from app.views.workshop.ballot_worker import BallotJob

XLSX_FILTER = QT_TRANSLATE_NOOP("BallotImport", "Excel workbooks (*.xlsx);;All files (*)")
_SESSION: dict = {"folder": None}


def choose_ballots(parent: QWidget, doc) -> list[Path]:
    # filled-in ballots usually come back to the folder they were written to
    folder = _SESSION["folder"] or last_folder() or (str(Path(doc.path).parent) if doc.path else str(Path.home()))
    names, _ = QFileDialog.getOpenFileNames(
        parent, translate("BallotImport", "Import Ballots"), folder, translate("BallotImport", XLSX_FILTER)
    )
    if names:
        _SESSION["folder"] = str(Path(names[0]).parent)
    return [Path(n) for n in names]


class BallotImport(QObject):
    """One import of ``paths`` into ``doc``; ``start`` once; ``ended`` follows whatever happens."""

    ended = Signal()

    def __init__(self, doc, paths: Sequence[Path], parent_widget: QWidget) -> None:
        super().__init__()
        self.doc, self.paths, self.parent_widget = doc, [Path(p) for p in paths], parent_widget
        self.plan: Any = None  # a BallotPlan, once read (the importer is imported on the worker thread)
        self.preview: BallotPreviewDialog | None = None
        self.applied = 0  # ballots applied, once they were
        self.progress: QProgressDialog | None = None
        snapshot = doc.project.model_copy(deep=True)  # on the UI thread
        paths = list(self.paths)

        def work(progress, cancelled):
            from app.importers.ballots import plan_ballots  # openpyxl, on the worker thread

            return plan_ballots(snapshot, paths, progress=progress)

        self.job = BallotJob(work)
        self.job.progress.connect(self._progress)
        self.job.done.connect(self._planned)
        self.job.failed.connect(self._failed)

    def start(self) -> None:
        progress = self.progress = QProgressDialog(
            translate("BallotImport", "Reading the ballots…"), "", 0, len(self.paths), self.parent_widget
        )
        progress.setCancelButton(None)  # a reading cannot be interrupted; it is bounded by the limits
        progress.setWindowTitle(translate("BallotImport", "Import Ballots"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.job.start()

    def wait(self, msecs: int = 30000) -> bool:
        return self.job.wait(msecs)

    def _progress(self, done: int, total: int, message: str) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(1, total))
            self.progress.setValue(done)
            self.progress.setLabelText(message)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, message: str) -> None:
        self._close_progress()
        QMessageBox.critical(
            self.parent_widget,
            translate("BallotImport", "Ballots not imported"),
            translate("BallotImport", "{reason}\n\nNothing was changed.").format(reason=message),
        )
        self._end()

    def _planned(self, plan) -> None:
        self._close_progress()
        self.plan = plan
        self.preview = BallotPreviewDialog(plan, self.parent_widget)
        self.preview.setWindowModality(Qt.WindowModality.WindowModal)
        self.preview.accepted.connect(self._apply)
        self.preview.rejected.connect(self._end)
        self.preview.open()

    def _apply(self) -> None:
        plan = self.plan
        ballots = plan.ballots()
        text = (
            translate("BallotImport", "Import {n} Ballot")
            if len(ballots) == 1
            else translate("BallotImport", "Import {n} Ballots")
        ).format(n=len(ballots))
        try:
            set_ballots(self.doc, SessionRef(plan.journey_id, plan.session_id), ballots, text)
        except (WaymarkError, KeyError, LookupError) as exc:
            QMessageBox.critical(
                self.parent_widget,
                translate("BallotImport", "Ballots not imported"),
                translate("BallotImport", "The ballots were not imported: {reason}\n\nNothing was changed.").format(
                    reason=exc
                ),
            )
        else:
            self.applied = len(ballots)
        self._end()

    def _end(self) -> None:
        if self.preview is not None:
            self.preview.deleteLater()
        self.ended.emit()


def import_ballots(window, paths: Sequence[Path] | None = None) -> BallotImport | None:
    """Ask for ballot workbooks (unless ``paths`` are given) and start importing them into ``window.doc``."""
    doc = window.doc
    if doc.read_only:
        QMessageBox.information(
            window,
            translate("BallotImport", "Import Ballots"),
            translate("BallotImport", "{title} is open read-only; ballots cannot be imported.").format(title=doc.title),
        )
        return None
    chosen = list(paths) if paths is not None else choose_ballots(window, doc)
    if not chosen:
        return None
    job = BallotImport(doc, chosen, window)

    def report() -> None:
        if job.applied:
            said = (
                translate("BallotImport", "Imported {n} ballot")
                if job.applied == 1
                else translate("BallotImport", "Imported {n} ballots")
            )
            window.statusBar().showMessage(said.format(n=job.applied), 8000)

    job.ended.connect(report)
    job.start()
    return job
