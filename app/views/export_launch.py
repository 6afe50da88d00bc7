"""What the window launches to take a project out or bring a workbook in: image, PDF and workbook
exports, and the workbook import.

One ``ExportLauncher`` per window. It owns the window's export dialogs (one of each, not modal:
editing goes on while an export runs) and its running import, and cancels running exports when
the window closes. The dialogs and the exporters they run are imported when first used, so
opening a window loads none of them.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox

from app.document.document import Document
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.errors import WaymarkError
from app.views.board.view import BoardView

IMAGE_FILTERS = {
    QT_TRANSLATE_NOOP("ExportLauncher", "PNG image (*.png)"): ".png",
    QT_TRANSLATE_NOOP("ExportLauncher", "SVG image (*.svg)"): ".svg",
}
EXPORT_PNG_SCALE = 2.0  # sharp on a projector or a slide; reduced when the board is huge


class ExportLauncher:
    """File ▸ Export Image…, Export PDF…, Export Workbook… and Import Workbook… of ``window``, which
    shows ``doc`` on the board ``view`` (the dialogs' parent, and its status bar says what was done)."""

    def __init__(self, window: QMainWindow, doc: Document, view: BoardView):
        self.window, self.doc, self.view = window, doc, view
        self.pdf_dialog = None
        self.workbook_dialog = None
        self.workbook_import = None

    def _folder(self) -> Path:
        return self.doc.path.parent if self.doc.path else Path.home()

    def export_image(self) -> None:
        window = self.window
        journey = self.view.board.journey()
        if journey is None:
            QMessageBox.information(
                window,
                translate("ExportLauncher", "Export image"),
                translate("ExportLauncher", "There is no journey to export."),
            )
            return
        filters = {translate("ExportLauncher", text): suffix for text, suffix in IMAGE_FILTERS.items()}
        name, chosen = QFileDialog.getSaveFileName(
            window,
            translate("ExportLauncher", "Export image"),
            str(self._folder() / f"{journey.name}.png"),
            ";;".join(filters),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_name(path.name + filters.get(chosen, ".png"))
        self.export_image_to(path, journey.id)

    def export_image_to(self, path: Path, journey_id: str) -> Path | None:
        from app.views.board import image_export as X

        window = self.window
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = X.export_journey(
                self.doc.project, journey_id, path, EXPORT_PNG_SCALE, title=self.doc.title, shrink_to_fit=True
            )
        except WaymarkError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.critical(window, translate("ExportLauncher", "Image not exported"), str(exc))
            return None
        finally:
            if QApplication.overrideCursor() is not None:
                QApplication.restoreOverrideCursor()
        note = f"; {done.note}" if done.note else ""
        text = translate("ExportLauncher", "Exported {name} ({width} × {height}){note}").format(
            name=path.name, width=f"{done.width:,}", height=f"{done.height:,}", note=note
        )
        window.statusBar().showMessage(text, 8000)
        return path

    def export_pdf(self):
        """Show the PDF export dialog (one per window)."""
        from app.views.pdf_export_dialog import PdfExportDialog

        window = self.window
        if not _showing(self.pdf_dialog):
            _discard(self.pdf_dialog)
            self.pdf_dialog = PdfExportDialog(self.doc, self.view.journey_id, window)
        return _bring_up(self.pdf_dialog)

    def export_workbook(self):
        """Show the workbook export dialog (one per window, like the PDF one)."""
        from app.views.workbook_export_dialog import WorkbookExportDialog

        window = self.window
        if not _showing(self.workbook_dialog):
            _discard(self.workbook_dialog)
            dialog = self.workbook_dialog = WorkbookExportDialog(self.doc, self.view.journey_id, window)
            dialog.exported_to.connect(
                lambda path: window.statusBar().showMessage(
                    translate("ExportLauncher", "Exported {path}").format(path=path), 8000
                )
            )
        return _bring_up(self.workbook_dialog)

    def import_workbook(self):
        """Choose a workbook, plan its import off the UI thread, preview it, apply the ticked changes."""
        from app.views.workbook_import import import_workbook

        self.workbook_import = import_workbook(self.window)
        return self.workbook_import

    def cancel_running(self) -> None:
        """Stop the exports still running (the window is closing): their partial files are removed."""
        for dialog in (self.pdf_dialog, self.workbook_dialog):
            if dialog is not None and shiboken6.isValid(dialog) and dialog.exporting:
                dialog.cancel_export()  # its snapshot needs no document


def _showing(dialog) -> bool:
    return dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible()


def _discard(dialog) -> None:
    if dialog is not None and shiboken6.isValid(dialog):
        dialog.deleteLater()


def _bring_up(dialog):
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
