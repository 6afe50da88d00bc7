"""File ▸ Project Properties…: the project's name, author or organisation, and description.

The name is what the PDF cover and its Title metadata, the workbook's heading and the export
dialogs' file names say, so a renamed project is renamed everywhere at once. OK pushes one
``Edit`` of the ProjectRef holding only the fields that changed: one undo step, or none.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.document import commands as C
from app.document.document import Document
from app.i18n import translate
from app.models import limits as L
from app.models.errors import WaymarkError
from app.models.refs import ProjectRef
from app.views.preferences.appearance import error_ink


class ProjectPropertiesDialog(QDialog):
    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(translate("ProjectProperties", "Project Properties"))
        self.setMinimumWidth(520)
        info = doc.project.info
        self.name_edit = QLineEdit(info.name)
        self.name_edit.setMaxLength(L.MAX_NAME)
        self.author_edit = QLineEdit(info.author or "")
        self.author_edit.setMaxLength(L.MAX_NAME)
        self.author_edit.setPlaceholderText(translate("ProjectProperties", "a person, a team or an organisation"))
        self.description_edit = QPlainTextEdit(info.description)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(120)
        form = QFormLayout()
        form.addRow(translate("ProjectProperties", "&Name:"), self.name_edit)
        form.addRow(translate("ProjectProperties", "&Author or organisation:"), self.author_edit)
        form.addRow(translate("ProjectProperties", "&Description:"), self.description_edit)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {error_ink()}")
        self.error_label.hide()
        hint = QLabel(
            translate(
                "ProjectProperties", "The name titles the PDF cover and metadata, the workbook and exported file names."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)  # drawn in the palette's muted text colour
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        if doc.read_only:
            for edit in (self.name_edit, self.author_edit):
                edit.setReadOnly(True)
            self.description_edit.setReadOnly(True)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.name_edit.selectAll()
        self.name_edit.setFocus()

    def changes(self) -> dict[str, Any]:
        """The fields the user changed; an emptied author is no author (None, as in older files)."""
        info = self.doc.project.info
        wanted = {
            "name": self.name_edit.text().strip(),
            "author": self.author_edit.text().strip() or None,
            "description": self.description_edit.toPlainText().strip(),
        }
        return {key: value for key, value in wanted.items() if getattr(info, key) != value}

    def accept(self) -> None:
        changes = self.changes()
        if "name" in changes and not changes["name"]:
            self._refuse(translate("ProjectProperties", "A project needs a name."))
            return
        if changes:
            try:
                self.doc.push(
                    C.Edit(
                        self.doc, ProjectRef(), changes, text=translate("ProjectProperties", "Edit Project Properties")
                    )
                )
            except WaymarkError as exc:
                self._refuse(str(exc))
                return
        super().accept()

    def _refuse(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()


def edit_project_properties(doc: Document, parent: QWidget | None = None) -> bool:
    """Show the dialog; True when the user pressed OK (whether or not anything changed)."""
    dialog = ProjectPropertiesDialog(doc, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
