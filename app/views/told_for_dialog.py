"""Choose the personas a journey is told for.

Persona names and roles can be long ("Dr. … head of patient logistics for the northern
wards"); the list wraps them onto several lines instead of cutting them or scrolling sideways,
and each row's tooltip holds the whole text. The dialog opens at a comfortable size, never
larger than the screen it is on.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.document.document import Document
from app.i18n import translate
from app.views.journey_list import JOURNEY_ID, dot_icon

PREFERRED = QSize(480, 420)
SCREEN_MARGIN = 60  # px left free around the dialog on a small screen (title bar, panels)


class ToldForDialog(QDialog):
    """A checkable list of the project's personas; ``chosen()`` keeps the journey's order for
    personas it already had and adds newly checked ones in the project's order."""

    def __init__(self, doc: Document, journey_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        journey = doc.journey(journey_id)
        self.old_ids = list(journey.persona_ids)
        self.setWindowTitle(translate("ToldForDialog", "Told For — {name}").format(name=journey.name))
        layout = QVBoxLayout(self)
        self.heading = QLabel(
            f"<b>{_escape(journey.name)}</b><br>" + translate("ToldForDialog", "Personas this journey is told for:")
        )
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.heading.setToolTip(journey.name)
        layout.addWidget(self.heading)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("ToldForA11y", "Personas"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap when the dialog is resized
        self.list.setUniformItemSizes(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)  # a word longer than a row ends in "…"
        self.list.setSpacing(2)
        for persona in doc.project.personas:
            text = persona.name + (f" — {persona.role}" if persona.role else "")
            item = QListWidgetItem(dot_icon(persona.color), text)
            item.setToolTip(text)
            item.setData(JOURNEY_ID, persona.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if persona.id in self.old_ids else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumSize(320, 240)
        room = self._room()
        self.resize(
            min(PREFERRED.width(), room.width() - SCREEN_MARGIN), min(PREFERRED.height(), room.height() - SCREEN_MARGIN)
        )

    def _room(self) -> QRect:
        """The free area of the screen the dialog opens on."""
        parent = self.parentWidget()
        return (parent.screen() if parent is not None else self.screen()).availableGeometry()

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
