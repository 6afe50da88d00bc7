"""File > Export Workbook…: the workshop workbook (.xlsx) of all journeys or the current one.

The frame (output file, worker thread, progress, Cancel) is ``ExportDialog``'s; the exporter
(``app.exporters.xlsx``, openpyxl) is imported on the worker thread when an export starts. A
failed export is also shown in a message box, since the dialog's status line is easy to miss.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.views.export_dialog import ExportDialog

XLSX_FILTER = QT_TRANSLATE_NOOP("ExportDialog", "Excel workbooks (*.xlsx)")

# Remembered for the session (not stored): all journeys or one, and the last file per project.
_SESSION: dict = {"all_journeys": True, "paths": {}}


def run_xlsx_export(project, out: Path, journey_id: str | None, *, progress, cancelled) -> None:
    """The job run on the worker thread: import the exporter there and call it."""
    from app.exporters.xlsx import XlsxOptions, export_xlsx

    export_xlsx(project, out, XlsxOptions(journey_id=journey_id), progress=progress, cancelled=cancelled)


class WorkbookExportDialog(ExportDialog):
    title_text = QT_TRANSLATE_NOOP("ExportDialog", "Export Workbook")
    where_text = QT_TRANSLATE_NOOP("ExportDialog", "Choose where to save the workbook.")
    failed_text = QT_TRANSLATE_NOOP("ExportDialog", "The workbook was not exported: {message}")
    running_text = QT_TRANSLATE_NOOP("ExportDialog", "A workbook export is still running. Stop it and close?")
    open_text = QT_TRANSLATE_NOOP("ExportDialog", "&Open Workbook")
    suffix = ".xlsx"
    session = _SESSION
    file_filter = XLSX_FILTER

    def build_options(self, form: QFormLayout) -> list[QWidget]:
        journeys = self.doc.project.journeys
        current = self.doc.project.journey(self._current_journey_id) if self._current_journey_id else None
        self.all_button = QRadioButton(
            translate("WorkbookExportDialog", "&All journeys ({count})").format(count=len(journeys))
        )
        name = current.name if current is None or len(current.name) <= 50 else current.name[:49] + "…"
        self.current_button = QRadioButton(
            translate("WorkbookExportDialog", "The &current journey: {name}").format(name=name)
            if current
            else translate("WorkbookExportDialog", "The &current journey")
        )
        self.current_button.setEnabled(current is not None)
        if current is not None:
            self.current_button.setToolTip(current.name)
        group = QButtonGroup(self)
        group.addButton(self.all_button)
        group.addButton(self.current_button)
        (self.all_button if _SESSION["all_journeys"] or current is None else self.current_button).setChecked(True)
        choices = QVBoxLayout()
        choices.setSpacing(2)
        choices.addWidget(self.all_button)
        choices.addWidget(self.current_button)
        form.addRow(translate("WorkbookExportDialog", "Journeys:"), choices)
        return [self.all_button] + ([self.current_button] if current is not None else [])

    def options(self) -> dict:
        journey_id = self._current_journey_id if self.current_button.isChecked() else None
        return {"journey_id": journey_id}

    def job(self, options: dict):
        journey_id = options["journey_id"]
        return lambda project, out, **callbacks: run_xlsx_export(project, out, journey_id, **callbacks)

    def remember(self, options: dict) -> None:
        _SESSION["all_journeys"] = options["journey_id"] is None

    def _on_failed(self, message: str) -> None:
        super()._on_failed(message)
        QMessageBox.critical(
            self,
            translate("WorkbookExportDialog", "Workbook not exported"),
            translate("WorkbookExportDialog", "The workbook was not exported:\n\n{message}").format(message=message),
        )
