"""The persona gallery: the project's personas as cards, shared by every journey.

A non-modal window that mirrors the document: it rebuilds its cards from the document's
persona and journey signals and never changes the model itself; New and Edit open the
persona editor, Delete pushes one Remove command (asking first when the persona is in use;
undo restores every link and emotion point).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.document import commands as C
from app.document.document import Document
from app.i18n import translate
from app.models.entities import Persona
from app.models.errors import WaymarkError
from app.models.refs import PersonaRef
from app.views import photos
from app.views.focus import draw_focus_ring
from app.views.persona_editor import PersonaEditor

ID_ROLE = Qt.UserRole
CARD_ROLE = Qt.UserRole + 1
CARD = QSize(330, 176)
AVATAR = 64
PAD = 14


def persona_usage(doc: Document, pid: str) -> tuple[list[str], int]:
    """(names of the journeys the persona appears in, its number of emotion points)."""
    names, points = [], 0
    for journey in doc.project.journeys:
        mine = sum(1 for e in journey.emotions if e.persona == pid)
        if pid in journey.persona_ids or mine:
            names.append(journey.name)
        points += mine
    return names, points


def _quoted_list(names: list[str], limit: int = 6) -> str:
    quoted = translate("PersonaGallery", "“{name}”")  # German quotes „…“
    shown = [quoted.format(name=n) for n in names[:limit]]
    if len(names) > limit:
        shown.append(translate("PersonaGallery", "{count} more").format(count=len(names) - limit))
    if len(shown) == 1:
        return shown[0]
    return translate("PersonaGallery", "{names} and {last}").format(names=", ".join(shown[:-1]), last=shown[-1])


class PersonaCardDelegate(QStyledItemDelegate):
    """Paints one persona card: avatar, name, role, quote and the journeys it is in."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return CARD

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        card = index.data(CARD_ROLE)
        if not card:
            return
        palette = option.palette
        selected = bool(option.state & QStyle.State_Selected)
        hovered = bool(option.state & QStyle.State_MouseOver)
        rect = QRectF(option.rect).adjusted(4.5, 4.5, -4.5, -4.5)
        accent = QColor(card["color"])

        painter.save()
        painter.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing | QPainter.SmoothPixmapTransform)
        shape = QPainterPath()
        shape.addRoundedRect(rect, 8, 8)
        background = palette.base().color()
        if selected:
            background = _mix(background, palette.highlight().color(), 0.10)
        painter.fillPath(shape, background)
        painter.save()
        painter.setClipPath(shape)
        painter.fillRect(QRectF(rect.left(), rect.top(), 5, rect.height()), accent)
        painter.restore()
        border = palette.highlight().color() if selected else palette.mid().color()
        if hovered and not selected:
            border = _mix(palette.mid().color(), palette.highlight().color(), 0.5)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(Qt.NoBrush)
        painter.drawPath(shape)
        if option.state & QStyle.State_HasFocus:  # the keyboard's tile, apart from the selection
            draw_focus_ring(painter, rect.adjusted(-2.5, -2.5, 2.5, 2.5), 10)

        left = rect.left() + PAD + 4
        top = rect.top() + PAD
        avatar = index.data(Qt.DecorationRole)
        if avatar is not None:
            painter.drawPixmap(QPointF(left, top), avatar)
        text_left = left + AVATAR + 12
        text_width = rect.right() - PAD - text_left
        text_color = palette.text().color()
        soft = _mix(text_color, background, 0.42)

        base_font = QFont(option.font)
        name_font = QFont(base_font)
        name_font.setPointSizeF(base_font.pointSizeF() * 1.15)
        name_font.setWeight(QFont.DemiBold)
        painter.setFont(name_font)
        painter.setPen(text_color)
        fm = QFontMetricsF(name_font)
        name_top = top + 6
        painter.drawText(
            QRectF(text_left, name_top, text_width, fm.height()),
            Qt.AlignLeft | Qt.AlignVCenter,
            fm.elidedText(card["name"], Qt.ElideRight, text_width),
        )
        painter.setFont(base_font)
        painter.setPen(soft)
        fm_base = QFontMetricsF(base_font)
        role_rect = QRectF(text_left, name_top + fm.height() + 2, text_width, fm_base.height() * 2 + 2)
        _draw_wrapped(painter, card["role"] or translate("PersonaGallery", "No role"), base_font, role_rect, 2)

        quote_font = QFont(base_font)
        quote_font.setItalic(True)
        quote_top = top + AVATAR + 10
        journeys_height = fm_base.height() + 2
        quote_rect = QRectF(
            left, quote_top, rect.right() - PAD - left, rect.bottom() - PAD - journeys_height - 4 - quote_top
        )
        if card["quote"]:
            painter.setPen(text_color)
            _draw_wrapped(
                painter,
                translate("PersonaGallery", "“{name}”").format(name=card["quote"]),
                quote_font,
                quote_rect,
                max(1, int(quote_rect.height() // QFontMetricsF(quote_font).lineSpacing())),
            )

        small = QFont(base_font)
        small.setPointSizeF(base_font.pointSizeF() * 0.9)
        painter.setFont(small)
        painter.setPen(soft)
        fm_small = QFontMetricsF(small)
        journeys_rect = QRectF(left, rect.bottom() - PAD - journeys_height, rect.right() - PAD - left, journeys_height)
        painter.drawText(
            journeys_rect,
            Qt.AlignLeft | Qt.AlignVCenter,
            fm_small.elidedText(card["journeys"], Qt.ElideRight, journeys_rect.width()),
        )
        painter.restore()


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def _draw_wrapped(painter: QPainter, text: str, font: QFont, rect: QRectF, max_lines: int) -> None:
    """Word-wrap ``text`` into ``rect``, at most ``max_lines``, eliding the last one."""
    painter.setFont(font)
    fm = QFontMetricsF(font)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines = []
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(rect.width())
        lines.append((line.textStart(), line.textLength()))
    layout.endLayout()
    y = rect.top()
    for n, (start, length) in enumerate(lines):
        piece = text[start : start + length].rstrip()
        if n == len(lines) - 1 and start + length < len(text):
            piece = fm.elidedText(text[start:].replace("\n", " "), Qt.ElideRight, rect.width())
        painter.drawText(QRectF(rect.left(), y, rect.width(), fm.height()), Qt.AlignLeft | Qt.AlignVCenter, piece)
        y += fm.lineSpacing()


class PersonaGallery(QDialog):
    """The project's personas as cards, with New, Edit and Delete."""

    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(translate("PersonaGallery", "Personas"))
        self.setObjectName("PersonaGallery")
        self.setModal(False)
        self.setSizeGripEnabled(True)

        self.cards = QListWidget(objectName="cards")
        self.cards.setAccessibleName(translate("PersonaGalleryA11y", "Personas"))
        self.cards.setViewMode(QListView.ListMode)
        self.cards.setFlow(QListView.LeftToRight)
        self.cards.setWrapping(True)
        self.cards.setResizeMode(QListView.Adjust)
        self.cards.setMovement(QListView.Static)
        self.cards.setUniformItemSizes(True)
        self.cards.setSpacing(4)
        self.cards.setMouseTracking(True)
        self.cards.setSelectionMode(QAbstractItemView.SingleSelection)
        self.cards.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.cards.setItemDelegate(PersonaCardDelegate(self.cards))
        self.cards.setFrameShape(QListWidget.NoFrame)
        self.cards.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.cards.itemSelectionChanged.connect(self._update_buttons)

        self.empty = QLabel(
            translate(
                "PersonaGallery",
                "No personas yet.\nA persona is the customer a journey is told for: click New Persona to add one.",
            ),
            objectName="empty",
        )
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.cards)
        self.stack.addWidget(self.empty)

        self.new_button = QPushButton(translate("PersonaGallery", "New Persona…"), objectName="newPersona")
        self.edit_button = QPushButton(translate("PersonaGallery", "Edit…"), objectName="editPersona")
        self.delete_button = QPushButton(translate("PersonaGallery", "Delete"), objectName="deletePersona")
        self.new_button.clicked.connect(self.new_persona)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.close)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setAutoDefault(False)

        edit_action = QAction(translate("PersonaGallery", "Edit Persona"), self.cards)
        edit_action.setShortcuts([QKeySequence(Qt.Key_Return), QKeySequence(Qt.Key_Enter)])
        edit_action.setShortcutContext(Qt.WidgetShortcut)
        edit_action.triggered.connect(self.edit_selected)
        delete_action = QAction(translate("PersonaGallery", "Delete Persona"), self.cards)
        delete_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.Delete) + [QKeySequence(Qt.Key_Backspace)])
        delete_action.setShortcutContext(Qt.WidgetShortcut)
        delete_action.triggered.connect(self.delete_selected)
        self.cards.addActions([edit_action, delete_action])

        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        bar.addWidget(close)
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 12)
        root.addWidget(self.stack, 1)
        root.addLayout(bar)
        self.resize(3 * (CARD.width() + 8) + 48, 2 * (CARD.height() + 8) + 90)

        # Emotion edits come in bursts (a drag); fold them into one rebuild.
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.refresh)
        for signal in (
            doc.persona_added,
            doc.persona_removed,
            doc.persona_changed,
            doc.persona_moved,
            doc.journey_added,
            doc.journey_removed,
            doc.journey_changed,
            doc.journey_moved,
        ):
            signal.connect(self._changed)
        doc.emotion_changed.connect(self._pending.start)
        doc.file_changed.connect(self._update_buttons)
        self.refresh()

    # -- mirroring the document ----------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._pending.stop()
        keep = self.selected_id()
        dpr = self.devicePixelRatioF()
        self.cards.clear()
        for persona in self.doc.project.personas:
            self.cards.addItem(self._item(persona, dpr))
        self.stack.setCurrentWidget(self.cards if self.cards.count() else self.empty)
        if keep is not None:
            self.select(keep)
        self._update_buttons()

    def _item(self, persona: Persona, dpr: float) -> QListWidgetItem:
        journeys, _points = persona_usage(self.doc, persona.id)
        where = (
            translate("PersonaGallery", "Appears in {journeys}").format(journeys=", ".join(journeys))
            if journeys
            else translate("PersonaGallery", "Not in any journey yet")
        )
        item = QListWidgetItem()
        item.setData(ID_ROLE, persona.id)
        item.setData(
            CARD_ROLE,
            {
                "name": persona.name,
                "role": persona.role,
                "quote": persona.quote,
                "color": persona.color,
                "journeys": where,
            },
        )
        item.setData(Qt.DecorationRole, photos.avatar_pixmap(persona, AVATAR, dpr=dpr))
        item.setToolTip(f"{persona.name}\n{where}")
        item.setSizeHint(CARD)
        return item

    def _update_buttons(self) -> None:
        editable = not self.doc.read_only
        chosen = self.selected_id() is not None
        self.new_button.setEnabled(editable)
        self.edit_button.setEnabled(chosen)
        self.edit_button.setText(
            translate("PersonaGallery", "Edit…") if editable else translate("PersonaGallery", "View…")
        )
        self.delete_button.setEnabled(chosen and editable)

    # -- selection -------------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        items = self.cards.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def item_for(self, pid: str) -> QListWidgetItem | None:
        for row in range(self.cards.count()):
            item = self.cards.item(row)
            if item.data(ID_ROLE) == pid:
                return item
        return None

    def select(self, pid: str) -> None:
        item = self.item_for(pid)
        if item is not None:
            self.cards.setCurrentItem(item)
            self.cards.scrollToItem(item)

    # -- actions --------------------------------------------------------------------------------

    def open_editor(self, pid: str | None) -> PersonaEditor:
        """Show the editor modally (tests replace ``PersonaEditor.exec``)."""
        editor = PersonaEditor(self.doc, pid, self)
        editor.exec()
        return editor

    def new_persona(self) -> None:
        if self.doc.read_only:
            return
        editor = self.open_editor(None)
        if editor.result() == QDialog.Accepted and editor.persona_id:
            self.select(editor.persona_id)
        editor.deleteLater()

    def edit_selected(self) -> None:
        pid = self.selected_id()
        if pid is not None:
            self.open_editor(pid).deleteLater()

    def delete_selected(self) -> bool:
        """Delete the selected persona (asking first when it is in use); True if deleted."""
        pid = self.selected_id()
        if pid is None or self.doc.read_only:
            return False
        persona = self.doc.persona(pid)
        journeys, points = persona_usage(self.doc, pid)
        if journeys or points:
            text = _delete_question(persona.name, journeys, points)
            answer = QMessageBox.question(
                self,
                translate("PersonaGallery", "Delete Persona"),
                text,
                QMessageBox.Yes | QMessageBox.Cancel,
                QMessageBox.Cancel,
            )
            if answer != QMessageBox.Yes:
                return False
        try:
            self.doc.push(
                C.Remove(
                    self.doc,
                    PersonaRef(pid),
                    text=translate("PersonaGallery", "Delete Persona “{name}”").format(name=persona.name),
                )
            )
        except WaymarkError as exc:
            QMessageBox.warning(
                self,
                translate("PersonaGallery", "Delete Persona"),
                translate("PersonaGallery", "“{name}” could not be deleted: {error}").format(
                    name=persona.name, error=exc
                ),
            )
            return False
        return True


def _delete_question(name: str, journeys: list[str], points: int) -> str:
    """What deleting a persona in use takes away, asked before it is done."""
    if len(journeys) == 1:
        where = translate("PersonaGallery", "the journey {names}").format(names=_quoted_list(journeys))
    else:
        where = translate("PersonaGallery", "{count} journeys: {names}").format(
            count=len(journeys), names=_quoted_list(journeys)
        )
    if points:
        has = (
            translate("PersonaGallery", " and has {n} emotion point there")
            if points == 1
            else translate("PersonaGallery", " and has {n} emotion points there")
        ).format(n=f"{points:,}")
    else:
        has = ""
    first = translate("PersonaGallery", "“{name}” appears in {where}{has}.").format(name=name, where=where, has=has)
    if len(journeys) == 1:
        second = (
            translate(
                "PersonaGallery",
                "Deleting the persona removes it from that journey and deletes its emotion points. Undo brings everything back.",
            )
            if points
            else translate(
                "PersonaGallery", "Deleting the persona removes it from that journey. Undo brings everything back."
            )
        )
    else:
        second = (
            translate(
                "PersonaGallery",
                "Deleting the persona removes it from them and deletes its emotion points. Undo brings everything back.",
            )
            if points
            else translate("PersonaGallery", "Deleting the persona removes it from them. Undo brings everything back.")
        )
    return f"{first}\n\n{second}"
