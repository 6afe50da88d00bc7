"""Journey ▸ Ownership…: who looks after a journey, how far it is, and when it is reviewed.

OK pushes one ``Edit`` of the JourneyRef holding only the fields that changed (one undo step,
or none), as Project Properties does. "Mark Reviewed Today" is its own one-step action in the
journey menu (:func:`mark_reviewed`), for the common case of a review just held.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.document import commands as C
from app.document.document import Document
from app.i18n import translate
from app.models import limits as L
from app.models import ownership as O
from app.models.entities import JourneyStatus
from app.models.errors import WaymarkError
from app.models.refs import JourneyRef
from app.views.date_field import DateField
from app.views.preferences.appearance import error_ink


class JourneyOwnershipDialog(QDialog):
    def __init__(self, doc: Document, journey_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.journey_id = journey_id
        journey = doc.journey(journey_id)
        self.setWindowTitle(translate("JourneyOwnership", "Ownership — {name}").format(name=journey.name))
        self.setMinimumWidth(440)
        self.owner_edit = QLineEdit(journey.owner or "")
        self.owner_edit.setMaxLength(L.MAX_NAME)
        self.owner_edit.setPlaceholderText(translate("JourneyOwnership", "a person or a team"))
        self.status_box = QComboBox()
        for status in JourneyStatus:
            self.status_box.addItem(O.status_word(status), status)
        self.status_box.setCurrentIndex(self.status_box.findData(journey.status))
        self.review_by = DateField(translate("JourneyOwnership", "Review by"))
        self.review_by.set_value(journey.review_by)
        self.last_reviewed = DateField(translate("JourneyOwnership", "Last reviewed"), today_button=True)
        self.last_reviewed.set_value(journey.last_reviewed)
        form = QFormLayout()
        form.addRow(translate("JourneyOwnership", "&Owner:"), self.owner_edit)
        form.addRow(translate("JourneyOwnership", "&Status:"), self.status_box)
        form.addRow(translate("JourneyOwnership", "&Review by:"), self.review_by)
        form.addRow(translate("JourneyOwnership", "&Last reviewed:"), self.last_reviewed)
        hint = QLabel(
            translate(
                "JourneyOwnership",
                "The journey list marks a journey whose review-by date has passed, unless it is retired. "
                "The PDF cover and the workbook show these fields.",
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)  # drawn in the palette's muted text colour
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {error_ink()}")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        if doc.read_only:
            self.owner_edit.setReadOnly(True)
            self.status_box.setEnabled(False)
            self.review_by.setReadOnly(True)
            self.last_reviewed.setReadOnly(True)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.owner_edit.setFocus()

    def changes(self) -> dict[str, Any]:
        """The fields the user changed; an emptied owner is no owner (None)."""
        journey = self.doc.journey(self.journey_id)
        wanted = {
            "owner": self.owner_edit.text().strip() or None,
            "status": JourneyStatus(self.status_box.currentData()),  # Qt hands the enum back as a str
            "review_by": self.review_by.value(),
            "last_reviewed": self.last_reviewed.value(),
        }
        return {key: value for key, value in wanted.items() if getattr(journey, key) != value}

    def accept(self) -> None:
        changes = self.changes()
        if changes:
            try:
                self.doc.push(
                    C.Edit(
                        self.doc,
                        JourneyRef(self.journey_id),
                        changes,
                        text=translate("JourneyOwnership", "Edit Journey Ownership"),
                    )
                )
            except WaymarkError as exc:
                self.error_label.setText(str(exc))
                self.error_label.show()
                return
        super().accept()


def edit_ownership(doc: Document, journey_id: str, parent: QWidget | None = None) -> bool:
    """Show the dialog; True when the user pressed OK (whether or not anything changed)."""
    dialog = JourneyOwnershipDialog(doc, journey_id, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def mark_reviewed(doc: Document, journey_id: str) -> bool:
    """Set the journey's last-reviewed date to today: one undo step, none when it already is."""
    day = O.today().isoformat()
    if doc.journey(journey_id).last_reviewed == day:
        return False
    doc.push(
        C.Edit(
            doc,
            JourneyRef(journey_id),
            {"last_reviewed": day},
            text=translate("JourneyOwnership", "Mark Journey Reviewed"),
        )
    )
    return True
