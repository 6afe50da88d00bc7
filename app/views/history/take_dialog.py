"""Journey ▸ Take Snapshot…: a name (today's date and time unless changed) and an optional note.

OK pushes one "Take Snapshot" command. The author is not asked for: it is the project's author,
or the login name (``author_of``), and the dialog says which. Taking one is quick even for a
big journey (the 10,000-card benchmark journey: about 0.07 s to deflate), so no busy cursor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.document.document import Document
from app.document.snapshot_commands import default_name, take
from app.i18n import translate
from app.models import limits as L
from app.models.errors import WaymarkError
from app.models.stamps import author_of
from app.views.preferences.appearance import error_ink


class TakeSnapshotDialog(QDialog):
    def __init__(self, doc: Document, journey_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc, self.journey_id = doc, journey_id
        journey = doc.journey(journey_id)
        self.setWindowTitle(translate("TakeSnapshot", "Take Snapshot"))
        self.setMinimumWidth(460)
        self.name_edit = QLineEdit(default_name())
        self.name_edit.setMaxLength(L.MAX_NAME)
        self.name_edit.selectAll()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(translate("TakeSnapshot", "what this version is, or why it was kept"))
        self.note_edit.setMaximumHeight(110)
        author = author_of(doc.project) or translate("TakeSnapshot", "(nobody named)")
        form = QFormLayout()
        form.addRow(translate("TakeSnapshot", "&Name:"), self.name_edit)
        form.addRow(translate("TakeSnapshot", "N&ote:"), self.note_edit)
        by = QLabel(author)
        by.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(translate("TakeSnapshot", "Author:"), by)
        hint = QLabel(
            translate(
                "TakeSnapshot",
                "Keeps the journey “{journey}” as it is now inside the project file. "
                "The History panel restores or opens it later.",
            ).format(journey=journey.name)
        )
        hint.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {error_ink()}")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("TakeSnapshot", "Take Snapshot"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(hint)
        column.addLayout(form)
        column.addWidget(self.error_label)
        column.addWidget(buttons)
        self.name_edit.textChanged.connect(lambda _text: self.error_label.hide())

    def accept(self) -> None:
        """Push the snapshot; a refusal (no name, a damaged journey) stays in the dialog."""
        try:
            self.doc.push(take(self.doc, self.journey_id, self.name_edit.text(), self.note_edit.toPlainText()))
        except WaymarkError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        super().accept()


def take_snapshot_interactively(window) -> bool:
    """Journey ▸ Take Snapshot…: the dialog for the journey on the board."""
    doc, journey_id = window.doc, window.view.journey_id
    if journey_id is None:
        QMessageBox.information(
            window,
            translate("TakeSnapshot", "Take Snapshot"),
            translate("TakeSnapshot", "Choose a journey first: a snapshot keeps one journey."),
        )
        return False
    dialog = TakeSnapshotDialog(doc, journey_id, window)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if accepted:
        name = doc.journey(journey_id).snapshots[-1].name if doc.journey(journey_id).snapshots else ""
        window.statusBar().showMessage(translate("TakeSnapshot", "Snapshot “{name}” taken").format(name=name), 6000)
    dialog.deleteLater()
    return accepted
