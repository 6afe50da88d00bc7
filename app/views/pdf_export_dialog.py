"""File > Export PDF…: the PDF options, an output file, and a progress bar.

The export runs on a worker thread (``ExportTask``) from a snapshot of the project taken
when Export is pressed, so the window stays responsive and edits made meanwhile do not
change the PDF. The exporter (``app.exporters.pdf``) is imported on the worker thread only
when an export starts. The choices made here are remembered for the session.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.views.export_worker import ExportTask

PAPERS = ["A4", "A3", "A2", "A1", "A0", "letter", "tabloid"]
PAPER_LABELS = {"letter": "Letter", "tabloid": "Tabloid"}
ORIENTATIONS = ["landscape", "portrait"]
LAYOUTS = {
    "poster": ("Poster", "One large page per journey holding the whole map; the paper sets its shape."),
    "tiled": ("Tiled", "The map split over pages of the chosen paper, with grid labels and crop marks."),
}
PDF_FILTER = "PDF documents (*.pdf)"

# Remembered for the session (not stored): the last choices, and the last file per project.
_SESSION: dict = {"all_journeys": False, "layout": "poster", "paper": "A4", "orientation": "landscape",
                  "paths": {}}


def run_pdf_export(project, out: Path, options: dict, *, progress, cancelled) -> None:
    """The job run on the worker thread: import the exporter there and call it."""
    pdf = importlib.import_module("app.exporters.pdf")
    pdf.export_pdf(project, out, pdf.PdfOptions(**options), progress=progress, cancelled=cancelled)


def _safe_file_name(name: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name).strip(" .")
    return cleaned or "Waymark"


class PdfExportDialog(QDialog):
    def __init__(self, doc, current_journey_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.task: ExportTask | None = None
        self.exported: Path | None = None
        self._close_when_stopped = False
        self.setWindowTitle("Export PDF")
        self.setMinimumWidth(520)

        self.journey_box = QComboBox()
        self.journey_box.addItem("All journeys", None)
        for journey in doc.project.journeys:
            self.journey_box.addItem(journey.name, journey.id)
        wanted = None if _SESSION["all_journeys"] else current_journey_id
        self.journey_box.setCurrentIndex(max(0, self.journey_box.findData(wanted)))

        self.layout_group = QButtonGroup(self)
        self.layout_buttons: dict[str, QRadioButton] = {}
        layouts = QVBoxLayout()
        layouts.setSpacing(2)
        for key, (title, explanation) in LAYOUTS.items():
            button = QRadioButton(title)
            button.setChecked(key == _SESSION["layout"])
            note = QLabel(explanation)
            note.setWordWrap(True)
            note.setIndent(22)
            note.setEnabled(False)   # dimmed, as a hint
            self.layout_group.addButton(button)
            self.layout_buttons[key] = button
            layouts.addWidget(button)
            layouts.addWidget(note)

        self.paper_box = QComboBox()
        for paper in PAPERS:
            self.paper_box.addItem(PAPER_LABELS.get(paper, paper), paper)
        self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(_SESSION["paper"])))
        self.orientation_box = QComboBox()
        for orientation in ORIENTATIONS:
            self.orientation_box.addItem(orientation.capitalize(), orientation)
        self.orientation_box.setCurrentIndex(max(0, self.orientation_box.findData(_SESSION["orientation"])))

        self.path_edit = QLineEdit(str(self._default_path()))
        self.browse_button = QPushButton("Browse…")
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        form = QFormLayout()
        form.addRow("&Journey:", self.journey_box)
        form.addRow("Layout:", layouts)
        form.addRow("&Paper:", self.paper_box)
        form.addRow("&Orientation:", self.orientation_box)
        save_label = QLabel("&Save to:")  # a layout cannot be a buddy, so point it at the path field
        save_label.setBuddy(self.path_edit)
        form.addRow(save_label, path_row)
        self.option_widgets = [self.journey_box, *self.layout_buttons.values(), self.paper_box,
                               self.orientation_box, self.path_edit, self.browse_button]

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(False)
        self.status_label = QLabel("")
        self.status_label.setWordWrap(True)

        self.open_button = QPushButton("Open PDF")
        self.open_button.clicked.connect(self.open_pdf)
        self.folder_button = QPushButton("Show in Folder")
        self.folder_button.clicked.connect(self.show_in_folder)
        self.export_button = QPushButton("Export")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton("Cancel")
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

    # -- options ----------------------------------------------------------------------------------

    def _default_path(self) -> Path:
        key = str(self.doc.path or self.doc.title)
        remembered = _SESSION["paths"].get(key)
        if remembered:
            return Path(remembered)
        folder = Path(self.doc.path).parent if self.doc.path else Path.home()
        return folder / f"{_safe_file_name(self.doc.project.info.name)}.pdf"

    def options(self) -> dict:
        """The chosen options, as ``PdfOptions`` keyword arguments."""
        layout = next((key for key, button in self.layout_buttons.items() if button.isChecked()), "poster")
        return {"journey_id": self.journey_box.currentData(), "layout": layout,
                "paper": self.paper_box.currentData(), "orientation": self.orientation_box.currentData()}

    def output_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return path

    def browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Export PDF", str(self.output_path() or self._default_path()),
                                              PDF_FILTER)
        if name:
            self.path_edit.setText(name)

    def _remember(self, options: dict, path: Path) -> None:
        _SESSION.update(all_journeys=options["journey_id"] is None, layout=options["layout"],
                        paper=options["paper"], orientation=options["orientation"])
        _SESSION["paths"][str(self.doc.path or self.doc.title)] = str(path)

    # -- exporting --------------------------------------------------------------------------------

    @property
    def exporting(self) -> bool:
        return self.task is not None and self.task.running

    def start_export(self) -> None:
        if self.exporting:
            return
        path = self.output_path()
        if path is None:
            self._show_status("Choose where to save the PDF.", error=True)
            return
        if not path.parent.is_dir():
            self._show_status(f"The folder {path.parent} does not exist.", error=True)
            return
        options = self.options()
        journey_id = options["journey_id"]
        if journey_id is not None and self.doc.project.journey(journey_id) is None:
            self._show_status("That journey no longer exists; choose another.", error=True)
            return
        self._remember(options, path)
        self.exported = None
        self.task = ExportTask(lambda project, out, **callbacks: run_pdf_export(project, out, options, **callbacks),
                               self.doc.project, path)
        self.task.progress.connect(self._on_progress)
        self.task.finished.connect(self._on_finished)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(self._on_cancelled)
        self.task.ended.connect(self._on_ended)
        self._set_busy(True)
        self.progress_bar.setRange(0, 0)   # busy until the first report
        self._show_status(f"Exporting {path.name}…")
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
            self._show_status("Cancelling…")

    def _set_busy(self, busy: bool) -> None:
        for widget in self.option_widgets:
            widget.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText("Cancel" if busy else "Close")
        self.progress_bar.setVisible(busy or self.progress_bar.isVisible())
        if busy:
            self.open_button.setVisible(False)
            self.folder_button.setVisible(False)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #c62828;" if error else "")

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if not self.exporting or self.task.cancel_requested:
            return
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
            counts = f"{done:,} of {total:,}"
            text = message if counts in message else (f"{message} — {counts}" if message else counts)
        else:
            self.progress_bar.setRange(0, 0)
            text = message
        self._show_status(text)

    def _on_finished(self, path: str) -> None:
        self.exported = Path(path)
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        self._show_status(f"Exported {self.exported.name}.")
        self.open_button.setVisible(True)
        self.folder_button.setVisible(True)
        self.open_button.setFocus()

    def _on_failed(self, message: str) -> None:
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self._show_status(f"The PDF was not exported: {message}", error=True)

    def _on_cancelled(self) -> None:
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self._show_status("Export cancelled; no file was written.")

    def _on_ended(self) -> None:
        self._set_busy(False)
        if self._close_when_stopped:
            self._close_when_stopped = False
            super().reject()

    # -- the result -------------------------------------------------------------------------------

    def open_pdf(self) -> None:
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
            self, "Export running", "A PDF export is still running. Stop it and close?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._close_when_stopped = True
            self.cancel_export()
        return False

    def reject(self) -> None:   # Escape, the Close button and the title bar's close (QDialog.closeEvent)
        if self._may_close():
            super().reject()
