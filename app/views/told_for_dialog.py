"""Choose the personas a journey is told for."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.document.document import Document
from app.views.journey_list import JOURNEY_ID, dot_icon


class ToldForDialog(QDialog):
    """A checkable list of the project's personas; ``chosen()`` keeps the journey's order for
    personas it already had and adds newly checked ones in the project's order."""

    def __init__(self, doc: Document, journey_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        journey = doc.journey(journey_id)
        self.old_ids = list(journey.persona_ids)
        self.setWindowTitle("Told for")
        layout = QVBoxLayout(self)
        label = QLabel(f"The personas <b>{_escape(journey.name)}</b> is told for:")
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QListWidget()
        for persona in doc.project.personas:
            text = persona.name + (f" — {persona.role}" if persona.role else "")
            item = QListWidgetItem(dot_icon(persona.color), text)
            item.setData(JOURNEY_ID, persona.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if persona.id in self.old_ids else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_checked(self, persona_id: str, checked: bool) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(JOURNEY_ID) == persona_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen(self) -> list[str]:
        checked = [
            self.list.item(r).data(JOURNEY_ID)
            for r in range(self.list.count())
            if self.list.item(r).checkState() == Qt.CheckState.Checked
        ]
        return [p for p in self.old_ids if p in checked] + [p for p in checked if p not in self.old_ids]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
