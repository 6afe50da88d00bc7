"""The persona editor: every field of one persona, applied as one undo step on OK.

A new persona is one Insert command; an existing one is one Edit command carrying every
changed field, so Undo takes back the whole dialog at once. A refused change (a rule the
document enforces, a photo that cannot be read) is shown in the dialog, which stays open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import theme as T
from app.document import commands as C
from app.document.document import Document
from app.document.support import new_id, validated
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import limits as L
from app.models.entities import Persona
from app.models.errors import WaymarkError
from app.models.refs import PersonaRef
from app.views import photos

AVATAR = 132
DEFAULT_COLORS = T.PERSONA_COLORS
LIST_FIELDS = (  # (field, title, hint), the texts in the "PersonaEditor" context
    (
        "goals",
        QT_TRANSLATE_NOOP("PersonaEditor", "Goals"),
        QT_TRANSLATE_NOOP("PersonaEditor", "What they want to achieve"),
    ),
    (
        "needs",
        QT_TRANSLATE_NOOP("PersonaEditor", "Needs"),
        QT_TRANSLATE_NOOP("PersonaEditor", "What they need from us"),
    ),
    (
        "frustrations",
        QT_TRANSLATE_NOOP("PersonaEditor", "Frustrations"),
        QT_TRANSLATE_NOOP("PersonaEditor", "What gets in their way"),
    ),
)


def lines_of(text: str) -> list[str]:
    """One item per non-blank line, trimmed."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class PersonaEditor(QDialog):
    """Edit persona ``persona_id`` of ``doc``, or create a new one when it is None."""

    def __init__(self, doc: Document, persona_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.persona_id = persona_id
        self.photo_dir: Path | None = None
        existing = doc.persona(persona_id) if persona_id is not None else None
        self._original = existing
        self._color = existing.color if existing else self._next_color()
        self._photo: str | None = existing.photo if existing else None

        self.setWindowTitle(
            translate("PersonaEditor", "Persona — {name}").format(name=existing.name)
            if existing
            else translate("PersonaEditor", "New Persona")
        )
        self.setObjectName("PersonaEditor")
        self.setSizeGripEnabled(True)
        self._build()
        if existing:
            self._load(existing)
        self._refresh_avatar()
        if doc.read_only:
            self._make_read_only()
        self.name_edit.setFocus()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        # Left: the avatar with its photo and colour controls.
        self.avatar = QLabel(objectName="avatar")
        self.avatar.setFixedSize(AVATAR, AVATAR)
        self.avatar.setAlignment(Qt.AlignCenter)
        self.choose_photo_button = QPushButton(translate("PersonaEditor", "Choose Photo…"), objectName="choosePhoto")
        self.choose_photo_button.setToolTip(
            translate(
                "PersonaEditor", "An image file; it is stored in the project, scaled to at most {side} px"
            ).format(side=L.PHOTO_SIDE)
        )
        self.choose_photo_button.clicked.connect(self.choose_photo)
        self.remove_photo_button = QPushButton(translate("PersonaEditor", "Remove Photo"), objectName="removePhoto")
        self.remove_photo_button.clicked.connect(self.remove_photo)
        self.color_button = QPushButton(objectName="colorButton")
        self.color_button.setToolTip(
            translate("PersonaEditor", "The colour of this persona's emotion curve and avatar")
        )
        self.color_button.clicked.connect(self.choose_color)
        for button in (self.choose_photo_button, self.remove_photo_button, self.color_button):
            button.setAutoDefault(False)
        for button in (self.choose_photo_button, self.remove_photo_button):
            button.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.color_button.setMinimumWidth(120)

        side = QVBoxLayout()
        side.setSpacing(6)
        side.addWidget(self.avatar, 0, Qt.AlignHCenter)
        side.addSpacing(6)
        side.addWidget(self.choose_photo_button)
        side.addWidget(self.remove_photo_button)
        side.addStretch(1)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setFixedWidth(AVATAR + 28)

        # Right: who they are, in their own words.
        self.name_edit = QLineEdit(objectName="name")
        self.name_edit.setMaxLength(L.MAX_NAME)
        self.name_edit.setPlaceholderText(translate("PersonaEditor", "e.g. Anna Berg"))
        self.name_edit.textChanged.connect(self._name_changed)
        self.role_edit = QLineEdit(objectName="role")
        self.role_edit.setMaxLength(L.MAX_NAME)
        self.role_edit.setPlaceholderText(translate("PersonaEditor", "e.g. First-time smartphone buyer"))
        self.quote_edit = QPlainTextEdit(objectName="quote")
        self.quote_edit.setPlaceholderText(translate("PersonaEditor", "Something they said, in their own words"))
        self.quote_edit.setTabChangesFocus(True)
        quote_font = self.quote_edit.font()
        quote_font.setItalic(True)
        self.quote_edit.setFont(quote_font)
        self.quote_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        form.addRow(translate("PersonaEditor", "&Name:"), self.name_edit)
        form.addRow(translate("PersonaEditor", "&Role:"), self.role_edit)
        color_row = QHBoxLayout()
        color_row.setSpacing(10)
        color_row.addWidget(self.color_button)
        color_row.addWidget(_caption(translate("PersonaEditor", "Used for the persona's emotion curve and avatar.")), 1)
        form.addRow(translate("PersonaEditor", "&Colour:"), color_row)
        color_label = form.labelForField(color_row)
        if color_label is not None:
            color_label.setBuddy(self.color_button)
        form.addRow(translate("PersonaEditor", "&Quote:"), self.quote_edit)
        quote_label = form.labelForField(self.quote_edit)
        if quote_label is not None:
            quote_label.setAlignment(Qt.AlignRight | Qt.AlignTop)

        self.list_edits: dict[str, QPlainTextEdit] = {}
        lists = QGridLayout()
        lists.setHorizontalSpacing(12)
        lists.setVerticalSpacing(4)
        for column, (field, title, hint) in enumerate(LIST_FIELDS):
            edit = QPlainTextEdit(objectName=field)
            edit.setPlaceholderText(
                translate("PersonaEditor", "{hint}.\nOne per line.").format(hint=translate("PersonaEditor", hint))
            )
            edit.setTabChangesFocus(True)
            edit.setMinimumSize(200, 130)
            label = QLabel(f"<b>{translate('PersonaEditor', title)}</b>")
            label.setBuddy(edit)
            lists.addWidget(label, 0, column)
            lists.addWidget(edit, 1, column)
            lists.setColumnStretch(column, 1)
            self.list_edits[field] = edit
        hint = _caption(translate("PersonaEditor", "One item per line; blank lines are ignored."))
        lists.addWidget(hint, 2, 0, 1, len(LIST_FIELDS))

        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(side_box)
        fields = QVBoxLayout()
        fields.addLayout(form)
        fields.addStretch(1)
        top.addLayout(fields, 1)

        self.error_label = QLabel(objectName="error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.error_label.setStyleSheet(
            f"QLabel#error {{ color: {T.ERROR_BOX_INK}; background: {T.ERROR_BOX_BG}; border: 1px solid {T.ERROR_BOX_BORDER};"
            " border-radius: 4px; padding: 6px 8px; }"
        )
        self.error_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(
            translate("PersonaEditor", "Create Persona") if self._original is None else translate("PersonaEditor", "OK")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        rule = QFrame()
        rule.setFrameShape(QFrame.HLine)
        rule.setFrameShadow(QFrame.Sunken)

        root = QVBoxLayout(self)
        root.setContentsMargins(18, 18, 18, 14)
        root.setSpacing(12)
        root.addLayout(top)
        root.addWidget(rule)
        root.addLayout(lists, 1)
        root.addWidget(self.error_label)
        root.addWidget(self.buttons)
        self.resize(920, 520)

    def _load(self, persona: Persona) -> None:
        self.name_edit.setText(persona.name)
        self.role_edit.setText(persona.role)
        self.quote_edit.setPlainText(persona.quote)
        for field, edit in self.list_edits.items():
            edit.setPlainText("\n".join(getattr(persona, field)))

    def _make_read_only(self) -> None:
        for edit in (self.name_edit, self.role_edit):
            edit.setReadOnly(True)
        for edit in (self.quote_edit, *self.list_edits.values()):
            edit.setReadOnly(True)
        for button in (self.choose_photo_button, self.remove_photo_button, self.color_button):
            button.setEnabled(False)
        self.buttons.setStandardButtons(QDialogButtonBox.Close)
        self.setWindowTitle(translate("PersonaEditor", "{title} (read-only)").format(title=self.windowTitle()))

    def _next_color(self) -> str:
        used = {p.color.upper() for p in self.doc.project.personas}
        return next(
            (c for c in DEFAULT_COLORS if c.upper() not in used),
            DEFAULT_COLORS[len(self.doc.project.personas) % len(DEFAULT_COLORS)],
        )

    # -- photo and colour ---------------------------------------------------------------------

    def _refresh_avatar(self) -> None:
        dpr = self.devicePixelRatioF()
        probe = Persona.model_construct(
            id="preview", name=self.name_edit.text().strip(), color=self._color, photo=self._photo
        )
        self.avatar.setPixmap(photos.avatar_pixmap(probe, AVATAR, dpr=dpr, ring=True))
        self.remove_photo_button.setEnabled(self._photo is not None and not self.doc.read_only)
        swatch = QPixmap(16, 16)
        swatch.fill(QColor(self._color))
        self.color_button.setIcon(QIcon(swatch))
        self.color_button.setIconSize(QSize(16, 16))
        self.color_button.setText(self._color.upper())

    def _name_changed(self, _text: str) -> None:
        if self._photo is None:
            self._refresh_avatar()

    @property
    def photo(self) -> str | None:
        return self._photo

    @property
    def color(self) -> str:
        return self._color

    def set_color(self, color: str) -> None:
        self._color = QColor(color).name().upper()
        self._refresh_avatar()

    def choose_color(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._color), self, translate("PersonaEditor", "Persona Colour"))
        if chosen.isValid():
            self.set_color(chosen.name())

    def choose_photo(self) -> None:
        start = str(self.photo_dir or Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, translate("PersonaEditor", "Choose a Photo"), start, photos.image_file_filter()
        )
        if path:
            self.photo_dir = Path(path).parent
            self.load_photo(path)

    def load_photo(self, path: str | Path) -> bool:
        """Import an image file as the photo; a refusal is shown in the dialog."""
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            photo = photos.photo_from_file(path)
        except WaymarkError as exc:
            self.show_error(str(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._photo = photo
        self.clear_error()
        self._refresh_avatar()
        return True

    def remove_photo(self) -> None:
        self._photo = None
        self._refresh_avatar()

    # -- errors -------------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    @property
    def error(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    # -- applying -----------------------------------------------------------------------------

    def values(self) -> dict:
        """Every field as the dialog shows it."""
        values = {
            "name": self.name_edit.text().strip(),
            "role": self.role_edit.text().strip(),
            "color": self._color,
            "quote": self.quote_edit.toPlainText().strip(),
            "photo": self._photo,
        }
        for field, edit in self.list_edits.items():
            values[field] = lines_of(edit.toPlainText())
        return values

    def changes(self) -> dict:
        """The fields that differ from the persona being edited (all of them for a new one)."""
        values = self.values()
        if self._original is None:
            return values
        return {k: v for k, v in values.items() if getattr(self._original, k) != v}

    def apply(self) -> None:
        """Push the dialog's changes as one undo step; raises WaymarkError when refused."""
        values = self.values()
        if not values["name"]:
            raise WaymarkError(translate("PersonaEditor", "A persona needs a name."))
        if self._original is None:
            taken = {p.id for p in self.doc.project.personas}
            pid = new_id("persona", taken)
            persona = validated(
                Persona,
                {"id": pid, **values},
                translate("PersonaEditor", "persona '{name}'").format(name=values["name"]),
            )
            self.doc.push(
                C.add_persona(
                    self.doc, persona, text=translate("PersonaEditor", "Add Persona “{name}”").format(name=persona.name)
                )
            )
            self.persona_id = pid
            self._original = persona
            return
        changes = self.changes()
        if changes:
            self.doc.push(
                C.Edit(
                    self.doc,
                    PersonaRef(self.persona_id),
                    changes,
                    text=translate("PersonaEditor", "Edit Persona “{name}”").format(name=values["name"]),
                )
            )
            self._original = self.doc.persona(self.persona_id)

    def accept(self) -> None:
        if self.doc.read_only:
            super().reject()
            return
        try:
            self.apply()
        except WaymarkError as exc:
            self.show_error(str(exc))
            return
        self.clear_error()
        super().accept()


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.PlaceholderText)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label
