"""The journeys list: a row per journey with the persona dots it is told for, drag to reorder."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.i18n import translate
from app.models import limits as L
from app.models import ownership as O
from app.views.focus import draw_focus_ring

JOURNEY_ID = Qt.ItemDataRole.UserRole
PERSONAS = Qt.ItemDataRole.UserRole + 1  # [(name, colour), …] the journey is told for
STATUS = Qt.ItemDataRole.UserRole + 2  # the journey's JourneyStatus
OVERDUE = Qt.ItemDataRole.UserRole + 3  # the passed review-by date, as shown ("" when not overdue)
OVERDUE_MARK = "⚠"


def dot_icon(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(color).darker(140))
    painter.setBrush(QColor(color))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def tool_icon(name: str, color: QColor, size: int = 16) -> QIcon:
    """Small line icons for the panel's buttons, drawn in the palette's text colour."""
    pixmap = QPixmap(size * 2, size * 2)  # drawn at 2x so it stays sharp on high-dpi screens
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color, 1.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    m, c = 3.5, size / 2
    if name in ("new", "delete"):
        painter.drawLine(QPointF(m, c), QPointF(size - m, c))
        if name == "new":
            painter.drawLine(QPointF(c, m), QPointF(c, size - m))
    elif name == "duplicate":
        painter.drawRoundedRect(QRectF(2.5, 2.5, 8, 8), 1.5, 1.5)
        painter.drawRoundedRect(QRectF(5.5, 5.5, 8, 8), 1.5, 1.5)
    elif name in ("move_up", "move_down"):
        sign = -1 if name == "move_up" else 1
        painter.drawLine(QPointF(c, m), QPointF(c, size - m))
        tip = QPointF(c, size - m if sign > 0 else m)
        painter.drawLine(tip, QPointF(c - 4, tip.y() - 4 * sign))
        painter.drawLine(tip, QPointF(c + 4, tip.y() - 4 * sign))
    elif name == "more":
        painter.setBrush(color)
        painter.setPen(Qt.PenStyle.NoPen)
        for x in (3.5, 8, 12.5):
            painter.drawEllipse(QPointF(x, c), 1.4, 1.4)
    painter.end()
    return QIcon(pixmap)


# -- the list ---------------------------------------------------------------------------------------


class JourneyDelegate(QStyledItemDelegate):
    """Two lines per journey: its name, then a colour dot and name for each persona.
    Renaming in place hands the new name to the panel, which pushes the command."""

    def __init__(self, panel: QWidget):  # the JourneysPanel that owns the list
        super().__init__(panel)
        self.panel = panel

    def _small_font(self, font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
        return small

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        big = option.fontMetrics.height()
        small = QFontMetrics(self._small_font(option.font)).height()
        return QSize(160, big + small + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if opt.state & QStyle.StateFlag.State_HasFocus:  # the keyboard's journey, apart from the selection
            draw_focus_ring(painter, QRectF(opt.rect).adjusted(1.5, 1.5, -1.5, -1.5))

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ink = opt.palette.color(role)
        muted = QColor(ink)
        muted.setAlphaF(0.6)
        rect = opt.rect.adjusted(8, 5, -8, -5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(opt.font)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(ink)
        line = painter.fontMetrics().height()
        name_right = self._paint_status(painter, opt, index, QRect(rect.left(), rect.top(), rect.width(), line))
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(
            QRect(rect.left(), rect.top(), name_right - rect.left(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, name_right - rect.left()),
        )

        small = self._small_font(opt.font)
        painter.setFont(small)
        metrics = painter.fontMetrics()
        top = rect.top() + line + 2
        height = metrics.height()
        x, right = rect.left(), rect.right()
        personas = index.data(PERSONAS) or []
        if not personas:
            painter.setPen(muted)
            painter.drawText(
                QRect(x, top, rect.width(), height),
                Qt.AlignmentFlag.AlignVCenter,
                translate("JourneyList", "No persona"),
            )
        for n, (persona_name, color) in enumerate(personas):
            dot = 8
            if x + dot > right:
                break
            painter.setPen(QColor(color).darker(140))
            painter.setBrush(QColor(color))
            painter.drawEllipse(x, top + (height - dot) // 2, dot, dot)
            x += dot + 4
            label = persona_name + ("," if n < len(personas) - 1 else "")
            width = metrics.horizontalAdvance(label)
            painter.setPen(ink if selected else muted)
            if x + width > right:
                painter.drawText(
                    QRect(x, top, right - x, height),
                    Qt.AlignmentFlag.AlignVCenter,
                    metrics.elidedText(label, Qt.TextElideMode.ElideRight, right - x),
                )
                break
            painter.drawText(QRect(x, top, width, height), Qt.AlignmentFlag.AlignVCenter, label)
            x += width + 8
        painter.restore()

    def _paint_status(self, painter: QPainter, opt: QStyleOptionViewItem, index: QModelIndex, row: QRect) -> int:
        """The status pill at the right of the name's line, an overdue mark before it; returns
        the x where the name must end."""
        status = index.data(STATUS)
        if status is None:
            return row.right()
        small = self._small_font(opt.font)
        painter.setFont(small)
        metrics = painter.fontMetrics()
        word = O.status_word(status)
        width = metrics.horizontalAdvance(word) + 12
        height = metrics.height() + 2
        pill = QRectF(row.right() - width, row.top() + (row.height() - height) / 2, width, height)
        color = QColor(O.STATUS_COLORS[status])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, word)
        right = int(pill.left()) - 6
        if index.data(OVERDUE):
            mark_width = metrics.horizontalAdvance(OVERDUE_MARK) + 2
            selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # red on the highlight is unreadable
            painter.setPen(
                opt.palette.color(QPalette.ColorRole.HighlightedText) if selected else QColor(O.OVERDUE_COLOR)
            )
            painter.drawText(
                QRect(right - mark_width, row.top(), mark_width, row.height()),
                Qt.AlignmentFlag.AlignCenter,
                OVERDUE_MARK,
            )
            right -= mark_width + 4
        return right

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setMaxLength(L.MAX_NAME)
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        rect = option.rect.adjusted(4, 2, -4, 0)
        rect.setHeight(editor.sizeHint().height())
        editor.setGeometry(rect)

    def setEditorData(self, editor: QLineEdit, index: QModelIndex) -> None:
        editor.setText(index.data(Qt.ItemDataRole.DisplayRole) or "")
        editor.selectAll()

    def setModelData(self, editor: QLineEdit, model, index: QModelIndex) -> None:
        # The item is not written here: the command renames the journey and the list follows.
        jid = index.data(JOURNEY_ID)
        text = editor.text()
        QTimer.singleShot(0, lambda: self.panel.rename(jid, text))


class JourneyList(QListWidget):
    """Single selection; drag an item to reorder (one Move command on drop); Delete, F2 and
    Ctrl+D act on the journeys while the list has focus, not on the board."""

    reorder_requested = Signal(str, int)
    delete_requested = Signal()
    duplicate_requested = Signal()

    OWN_KEYS = (QKeySequence(Qt.Key.Key_Delete), QKeySequence("Ctrl+D"), QKeySequence(Qt.Key.Key_F2))

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setUniformItemSizes(True)
        self.setAccessibleName(translate("JourneyList", "Journeys"))

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and self.state() != QAbstractItemView.State.EditingState
            and QKeySequence(event.keyCombination()) in self.OWN_KEYS
        ):
            event.accept()  # the key comes to keyPressEvent instead of the window's shortcut
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            sequence = QKeySequence(event.keyCombination())
            if sequence == QKeySequence(Qt.Key.Key_Delete):
                self.delete_requested.emit()
                return
            if sequence == QKeySequence("Ctrl+D"):
                self.duplicate_requested.emit()
                return
        super().keyPressEvent(event)

    def drop_row(self, pos: QPoint) -> int:
        """The row a drop at ``pos`` lands before (``count()`` for the end)."""
        item = self.itemAt(pos)
        if item is None:
            return self.count()
        row = self.row(item)
        return row + 1 if pos.y() >= self.visualItemRect(item).center().y() else row

    def dropEvent(self, event) -> None:
        item = self.currentItem()
        if event.source() is not self or item is None:
            event.ignore()
            return
        source, target = self.row(item), self.drop_row(event.position().toPoint())
        # The list is not reordered here (IgnoreAction keeps Qt from removing the dragged
        # item); the Move command reorders the document and the list is rebuilt from it.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if target > source:
            target -= 1
        if target != source:
            jid = item.data(JOURNEY_ID)
            QTimer.singleShot(0, lambda: self.reorder_requested.emit(jid, target))
