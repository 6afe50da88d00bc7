"""File > Import Workbook…: read and plan a workshop workbook off the UI thread, preview, apply.

``WorkbookImport`` is one import: it plans from a snapshot of the project on a ``QThread`` (a big
workbook takes seconds) behind a busy progress dialog, then opens ``ImportPreviewDialog``. The
ticked changes become new journey values (``apply_changes``) swapped in by one
``ReplaceJourneys`` command after a "Before import of …" snapshot of each journey it changes:
one undo step. A refused workbook or a failed apply is one message
box, and nothing changes. The importer (openpyxl) is imported on the worker thread.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.document.snapshot_commands import import_with_snapshots
from app.i18n import translate
from app.models.errors import WaymarkError
from app.views.workbook_import_dialog import ImportPreviewDialog

log = logging.getLogger(__name__)

_SESSION: dict = {"folder": None}  # the folder of the last workbook opened, for the session
_RUNNING: set[WorkbookImport] = set()  # an import outlives its caller until it has ended


def choose_workbook(parent: QWidget, doc) -> Path | None:
    folder = _SESSION["folder"] or (str(Path(doc.path).parent) if doc.path else str(Path.home()))
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("WorkbookImport", "Import Workbook"),
        folder,
        translate("WorkbookImport", "Excel workbooks (*.xlsx);;All files (*)"),
    )
    if not name:
        return None
    _SESSION["folder"] = str(Path(name).parent)
    return Path(name)


class PlanWorker(QObject):
    """Lives on the worker thread: reads and plans, and reports by signals only."""

    planned = Signal(object)
    refused = Signal(str)
    failed = Signal(str)

    def __init__(self, snapshot, path: Path):
        super().__init__()
        self._snapshot, self._path = snapshot, path

    @Slot()
    def run(self) -> None:
        try:
            # openpyxl is imported here, on the worker thread, the first time a workbook is planned.
            from app.importers.xlsx import WorkbookRefused, plan_workbook_import

            try:
                plan = plan_workbook_import(self._snapshot, self._path)
            except WorkbookRefused as exc:
                self.refused.emit(str(exc))
                return
        except BaseException as exc:  # the thread's edge: nothing may escape into Qt
            if isinstance(exc, WaymarkError):
                self.failed.emit(str(exc))
            else:
                log.exception("workbook import failed")
                self.failed.emit(
                    translate(
                        "WorkbookImport",
                        "Unexpected error ({kind}: {error}). Please report it with the workbook that caused it.",
                    ).format(kind=type(exc).__name__, error=exc)
                )
            return
        finally:
            self._snapshot = None
        self.planned.emit(plan)


class WorkbookImport(QObject):
    """One import of ``path`` into ``doc``; ``start`` once. ``ended`` follows whatever happens."""

    ended = Signal()

    def __init__(self, doc, path: Path, parent_widget: QWidget):
        super().__init__()
        self.doc, self.path, self.parent_widget = doc, Path(path), parent_widget
        self.plan = None
        self.preview: ImportPreviewDialog | None = None
        self.applied: int | None = None  # how many changes were applied, once they were
        self.cancelled = False
        self.progress: QProgressDialog | None = None
        self._thread = QThread()
        self._thread.setObjectName("waymark-import")
        self._worker = PlanWorker(doc.project.model_copy(deep=True), self.path)  # snapshot on the UI thread
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.planned.connect(self._planned)
        self._worker.refused.connect(self._refused)
        self._worker.failed.connect(self._failed)
        self._thread.finished.connect(self._worker.deleteLater)

    def start(self) -> None:
        _RUNNING.add(self)
        progress = self.progress = QProgressDialog(
            translate("WorkbookImport", "Reading {name}…").format(name=self.path.name),
            translate("WorkbookImport", "Cancel"),
            0,
            0,
            self.parent_widget,
        )
        progress.setWindowTitle(translate("WorkbookImport", "Import Workbook"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)  # a small workbook is read before it would show
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self._cancel)
        self._thread.start()

    def wait(self, msecs: int = 30000) -> bool:
        return self._thread.wait(msecs)

    # -- planning ends (on the UI thread) -----------------------------------------------------------

    def _stop_thread(self) -> None:
        self._thread.quit()
        self._thread.wait()
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _cancel(self) -> None:
        # The reader cannot be interrupted; its result is ignored when it comes.
        self.cancelled = True
        if self.progress is not None:
            self.progress.setLabelText(translate("WorkbookImport", "Cancelling…"))

    def _refused(self, message: str) -> None:
        self._stop_thread()
        if not self.cancelled:
            QMessageBox.critical(
                self.parent_widget,
                translate("WorkbookImport", "Workbook not imported"),
                translate("WorkbookImport", "{name} was not imported:\n\n{message}\n\nNothing was changed.").format(
                    name=self.path.name, message=message
                ),
            )
        self._end()

    def _failed(self, message: str) -> None:
        self._refused(message)

    def _planned(self, plan) -> None:
        self._stop_thread()
        self.plan = plan
        if self.cancelled:
            self._end()
            return
        if plan.empty:
            name = plan.workbook
            text = translate("WorkbookImport", "{name} matches the project: there is nothing to import.").format(
                name=name
            )
            if plan.problems:
                shown = plan.problems[:20]
                text = translate("WorkbookImport", "There is nothing to import from {name}.").format(name=name)
                text += "\n\n" + translate("WorkbookImport", "These sheets or cells could not be read:") + "\n"
                text += "\n".join(f"{p.cell}: {p.message}" for p in shown)
                if len(plan.problems) > len(shown):
                    more = f"{len(plan.problems) - len(shown):,}"
                    text += "\n" + translate("WorkbookImport", "… and {count} more").format(count=more)
            QMessageBox.information(self.parent_widget, translate("WorkbookImport", "Nothing to import"), text)
            self._end()
            return
        names = {j.id: j.name for j in self.doc.project.journeys}
        self.preview = ImportPreviewDialog(plan, names, self.parent_widget)
        self.preview.setWindowModality(Qt.WindowModality.WindowModal)
        self.preview.accepted.connect(self._apply)
        self.preview.rejected.connect(self._end)
        self.preview.resize(self.preview.sizeHint())
        self.preview.open()

    def _apply(self) -> None:
        from app.importers.xlsx import apply_changes

        changes = self.preview.accepted_changes()
        try:
            journeys = apply_changes(self.doc.project, changes)
            self.doc.push(import_with_snapshots(self.doc, journeys, self.plan.workbook))
        except WaymarkError as exc:
            QMessageBox.critical(
                self.parent_widget,
                translate("WorkbookImport", "Workbook not imported"),
                translate("WorkbookImport", "{name} was not imported: {error}\n\nNothing was changed.").format(
                    name=self.plan.workbook, error=exc
                ),
            )
        else:
            self.applied = len(changes)
        self._end()

    def _end(self) -> None:
        if self.preview is not None:
            self.preview.deleteLater()
        _RUNNING.discard(self)
        self.ended.emit()


def import_workbook(window, path: Path | None = None) -> WorkbookImport | None:
    """Ask for a workbook (unless ``path`` is given) and start importing it into ``window.doc``."""
    doc = window.doc
    if doc.read_only:
        QMessageBox.information(
            window,
            translate("WorkbookImport", "Import Workbook"),
            translate("WorkbookImport", "{name} is open read-only; a workbook cannot be imported into it.").format(
                name=doc.title
            ),
        )
        return None
    path = path or choose_workbook(window, doc)
    if path is None:
        return None
    job = WorkbookImport(doc, path, window)

    def report() -> None:
        if job.applied:
            if job.applied == 1:
                text = translate("WorkbookImport", "Imported {count} change from {name}")
            else:
                text = translate("WorkbookImport", "Imported {count} changes from {name}")
            window.statusBar().showMessage(text.format(count=f"{job.applied:,}", name=path.name), 8000)

    job.ended.connect(report)
    job.start()
    return job
