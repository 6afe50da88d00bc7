"""What every File > Export… dialog shares: an output file, a progress bar, Cancel, and the result.

A subclass adds its option rows (``build_options``), says what its options are (``options``), and
gives the job run on the worker thread (``job``). The export runs as an ``ExportTask`` from a
snapshot of the project taken when Export is pressed, so the window stays responsive and edits
made meanwhile do not reach the file. Each subclass has its own session memory (``session``):
its last choices and the last file per project.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
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

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.views.export_worker import ExportTask
from app.views.preferences.appearance import error_ink


def safe_file_name(name: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name).strip(" .")
    return cleaned or "Waymark"


class ExportDialog(QDialog):
    """The shared frame; see the module docstring. ``exported_to(path)`` follows a finished export."""

    # A subclass's own words (German needs a whole sentence per kind of file, not a noun put in one),
    # marked in the "ExportDialog" context.
    title_text = QT_TRANSLATE_NOOP("ExportDialog", "Export file")
    where_text = QT_TRANSLATE_NOOP("ExportDialog", "Choose where to save the file.")
    failed_text = QT_TRANSLATE_NOOP("ExportDialog", "The file was not exported: {message}")
    running_text = QT_TRANSLATE_NOOP("ExportDialog", "A file export is still running. Stop it and close?")
    open_text = QT_TRANSLATE_NOOP("ExportDialog", "&Open File")  # shown after an export (its mnemonic must not clash)
    suffix = ".bin"
    file_filter = ""  # a QT_TRANSLATE_NOOP("ExportDialog", …) text
    session: dict = {"paths": {}}

    exported_to = Signal(str)

    def __init__(self, doc, current_journey_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self._current_journey_id = current_journey_id  # the journey on the board, for build_options
        self.task: ExportTask | None = None
        self.exported: Path | None = None
        self._close_when_stopped = False
        self.setWindowTitle(translate("ExportDialog", self.title_text))
        self.setMinimumWidth(520)

        self.path_edit = QLineEdit(str(self._default_path()))
        self.browse_button = QPushButton(translate("ExportDialog", "&Browse…"))
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        form = QFormLayout()
        option_widgets = self.build_options(form)
        save_label = QLabel(
            translate("ExportDialog", "&Save to:")
        )  # a layout cannot be a buddy, so point it at the path field
        save_label.setBuddy(self.path_edit)
        form.addRow(save_label, path_row)
        self.option_widgets = [*option_widgets, self.path_edit, self.browse_button]

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(False)
        self.status_label = QLabel("")
        self.status_label.setWordWrap(True)

        self.open_button = QPushButton(translate("ExportDialog", self.open_text))
        self.open_button.clicked.connect(self.open_file)
        self.folder_button = QPushButton(translate("ExportDialog", "Show in &Folder"))
        self.folder_button.clicked.connect(self.show_in_folder)
        self.export_button = QPushButton(translate("ExportDialog", "&Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(translate("ExportDialog", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel_or_close)
        for button in (self.open_button, self.folder_button):
            button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)

        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addSpacing(6)
        column.addWidget(self.progress_bar)
        column.addWidget(self.status_label)
        column.addLayout(buttons)

    # -- for subclasses ---------------------------------------------------------------------------

    def build_options(self, form: QFormLayout) -> list[QWidget]:
        """Add the option rows to ``form``; return the widgets to disable while exporting."""
        return []

    def options(self) -> dict:
        return {}

    def job(self, options: dict) -> Callable:
        """``job(project, out, progress=, cancelled=)``, run on the worker thread."""
        raise NotImplementedError

    def check(self, options: dict) -> str | None:
        """A reason not to start, or None."""
        journey_id = options.get("journey_id")
        if journey_id is not None and self.doc.project.journey(journey_id) is None:
            return translate("ExportDialog", "That journey no longer exists; choose another.")
        return None

    def remember(self, options: dict) -> None:
        """Keep the choices for the session (the file is remembered by the base)."""

    # -- the output file --------------------------------------------------------------------------

    def _path_key(self) -> str:
        return str(self.doc.path or self.doc.title)

    def _project_file_name(self) -> str:
        return f"{safe_file_name(self.doc.project.info.name)}{self.suffix}"

    def _default_path(self) -> Path:
        remembered = self.session["paths"].get(self._path_key())
        if remembered:
            # A name the project gave follows its renames (File ▸ Project Properties); a typed one stays.
            path, named_after_project = Path(remembered[0]), remembered[1]
            return path.with_name(self._project_file_name()) if named_after_project else path
        folder = Path(self.doc.path).parent if self.doc.path else Path.home()
        return folder / self._project_file_name()

    def output_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != self.suffix:
            path = path.with_name(path.name + self.suffix)
        return path

    def browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("ExportDialog", self.title_text),
            str(self.output_path() or self._default_path()),
            translate("ExportDialog", self.file_filter) if self.file_filter else "",
        )
        if name:
            self.path_edit.setText(name)

    # -- exporting --------------------------------------------------------------------------------

    @property
    def exporting(self) -> bool:
        return self.task is not None and self.task.running

    def start_export(self) -> None:
        if self.exporting:
            return
        path = self.output_path()
        if path is None:
            self._show_status(translate("ExportDialog", self.where_text), error=True)
            return
        if not path.parent.is_dir():
            self._show_status(
                translate("ExportDialog", "The folder {folder} does not exist.").format(folder=path.parent), error=True
            )
            return
        options = self.options()
        reason = self.check(options)
        if reason:
            self._show_status(reason, error=True)
            return
        self.remember(options)
        self.session["paths"][self._path_key()] = (str(path), path.name == self._project_file_name())
        self.exported = None
        self.task = ExportTask(self.job(options), self.doc.project, path)
        self.task.progress.connect(self._on_progress)
        self.task.finished.connect(self._on_finished)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(self._on_cancelled)
        self.task.ended.connect(self._on_ended)
        self._set_busy(True)
        self.progress_bar.setRange(0, 0)  # busy until the first report
        self._show_status(translate("ExportDialog", "Exporting {name}…").format(name=path.name))
        self.task.start()

    def cancel_or_close(self) -> None:
        if self.exporting:
            self.cancel_export()
        else:
            self.reject()

    def cancel_export(self) -> None:
        if self.exporting and not self.task.cancel_requested:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self._show_status(translate("ExportDialog", "Cancelling…"))

    def _set_busy(self, busy: bool) -> None:
        for widget in self.option_widgets:
            widget.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(translate("ExportDialog", "Cancel") if busy else translate("ExportDialog", "Close"))
        self.progress_bar.setVisible(busy or self.progress_bar.isVisible())
        if busy:
            self.open_button.setVisible(False)
            self.folder_button.setVisible(False)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {error_ink()};" if error else "")

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if not self.exporting or self.task.cancel_requested:
            return
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
            counts = translate("ExportDialog", "{done} of {total}").format(done=f"{done:,}", total=f"{total:,}")
            text = message if counts in message else (f"{message} — {counts}" if message else counts)
        else:
            self.progress_bar.setRange(0, 0)
            text = message
        self._show_status(text)

    def _on_finished(self, path: str) -> None:
        self.exported = Path(path)
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        self._show_status(translate("ExportDialog", "Exported {name}.").format(name=self.exported.name))
        self.open_button.setVisible(True)
        self.folder_button.setVisible(True)
        self.open_button.setFocus()
        self.exported_to.emit(path)

    def _on_failed(self, message: str) -> None:
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self._show_status(translate("ExportDialog", self.failed_text).format(message=message), error=True)

    def _on_cancelled(self) -> None:
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self._show_status(translate("ExportDialog", "Export cancelled; no file was written."))

    def _on_ended(self) -> None:
        self._set_busy(False)
        if self._close_when_stopped:
            self._close_when_stopped = False
            super().reject()

    # -- the result -------------------------------------------------------------------------------

    def open_file(self) -> None:
        if self.exported is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.exported)))

    def show_in_folder(self) -> None:
        if self.exported is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.exported.parent)))

    # -- closing while an export runs: ask, then cancel and close once it has stopped ------------------

    def _may_close(self) -> bool:
        if not self.exporting:
            return True
        answer = QMessageBox.question(
            self,
            translate("ExportDialog", "Export running"),
            translate("ExportDialog", self.running_text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._close_when_stopped = True
            self.cancel_export()
        return False

    def showEvent(self, event) -> None:
        # The explicit minimum width replaces the layout's own minimum, so a longer language
        # (German, or a label changed before showing) would otherwise open cut off.
        needed = self.minimumSizeHint().width()
        if self.width() < needed:
            self.resize(needed, self.height())
        super().showEvent(event)

    def reject(self) -> None:  # Escape, the Close button and the title bar's close (QDialog.closeEvent)
        if self._may_close():
            super().reject()
