"""The palette: the things a user drags onto the board (a stage, a lane of each kind, a card,
a touchpoint, an emotion point).

The palette knows nothing of the document. A drag carries the entry id under
``PALETTE_MIME``; the board view turns the drop into one command (``drop_from_palette``).
Icons are drawn with QPainter from the board's own glyphs and colours, so the palette and
the board always speak the same visual language.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QEvent, QMimeData, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import theme as T
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.entities import CARD_LANE_KINDS, LaneKind
from app.models.refs import Kind
from app.views.board import style as S
from app.views.board.actions import PALETTE
from app.views.board.palette_drops import ENTRIES, PALETTE_MIME
from app.views.focus import focus_ring_style

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
ICON_SIZE = 28

# (group title, entry ids) in display order; entries PALETTE adds later land in "More".
# Group titles and tips are "Palette" texts: English sources here, translated when shown.
GROUPS = (
    (QT_TRANSLATE_NOOP("Palette", "Structure"), lambda entry: entry == "stage" or entry.startswith("lane:")),
    (QT_TRANSLATE_NOOP("Palette", "Content"), lambda entry: entry in ("card", "touchpoint", "emotion")),
)
MORE = QT_TRANSLATE_NOOP("Palette", "More")

TIPS = {
    "stage": QT_TRANSLATE_NOOP("Palette", "A new column: drop it between two stages"),
    "card": QT_TRANSLATE_NOOP("Palette", "A sticky note: drop it in a cell of a cards lane"),
    "touchpoint": QT_TRANSLATE_NOOP("Palette", "A touchpoint: drop it in a cell of the touchpoints lane"),
    "emotion": QT_TRANSLATE_NOOP("Palette", "A point on the emotion curve: drop it at the height of the feeling"),
    "lane:emotion": QT_TRANSLATE_NOOP("Palette", "A row with an emotion curve: drop it between two lanes"),
    "lane:metric": QT_TRANSLATE_NOOP(
        "Palette", "A row of numbers per stage (conversion, CSAT…): drop it between two lanes"
    ),
    "lane:touchpoints": QT_TRANSLATE_NOOP(
        "Palette", "A row of touchpoints (channel and category): drop it between two lanes"
    ),
    "lane:flow": QT_TRANSLATE_NOOP(
        "Palette", "A row that draws the analysed flows between stages (Analytics ▸ Analyse Event Log…)"
    ),
}


def palette_mime(entry: str) -> QMimeData:
    """What a drag of palette ``entry`` carries: the entry id as UTF-8 under PALETTE_MIME."""
    mime = QMimeData()
    mime.setData(PALETTE_MIME, entry.encode("utf-8"))
    return mime


def group_of(entry: str) -> str:
    return next((title for title, test in GROUPS if test(entry)), MORE)


# -- icons ---------------------------------------------------------------------------------------


def _canvas(size: int) -> tuple[QPixmap, QPainter]:
    ratio = 2.0  # crisp on high-dpi screens; Qt scales down elsewhere
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return pixmap, painter


def _glyph(painter: QPainter, rect: QRectF, glyph: str, color: QColor, size: float) -> None:
    painter.setPen(color)
    painter.setFont(S.font(size, bold=True))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, glyph)


def _note(painter: QPainter, rect: QRectF, fill: QColor, glyph: str | None) -> None:
    """A sticky note with a folded shadow, as cards look on the board."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, 40))
    painter.drawRoundedRect(rect.translated(0.8, 1.2), 3, 3)
    painter.setBrush(fill)
    painter.setPen(QPen(fill.darker(125), 0.8))
    painter.drawRoundedRect(rect, 3, 3)
    if glyph:
        _glyph(painter, rect, glyph, S.INK, rect.height() * 0.38)
    else:
        painter.setPen(QPen(S.MUTED, 1.2))
        for n in range(3):
            y = rect.top() + rect.height() * (0.32 + 0.18 * n)
            right = rect.right() - rect.width() * (0.22 if n < 2 else 0.45)
            painter.drawLine(QPointF(rect.left() + rect.width() * 0.2, y), QPointF(right, y))


def _lane(painter: QPainter, size: float, fill: QColor, glyph: str) -> None:
    """A lane: a header strip with the lane's glyph and a row of empty cells."""
    row = QRectF(1, size * 0.2, size - 2, size * 0.6)
    painter.setPen(QPen(S.GRID.darker(115), 0.8))
    painter.setBrush(S.WHITE)
    painter.drawRoundedRect(row, 2.5, 2.5)
    header = QRectF(row.left(), row.top(), size * 0.5, row.height())
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(header, 2.5, 2.5)
    _glyph(painter, header, glyph, S.INK, row.height() * 0.45)
    painter.setPen(QPen(S.GRID.darker(115), 0.8))
    for n in (1,):
        x = header.right() + (row.right() - header.right()) * n / 2
        painter.drawLine(QPointF(x, row.top() + 1), QPointF(x, row.bottom() - 1))


@cache
def entry_icon(entry: str, size: int = ICON_SIZE) -> QIcon:
    pixmap, p = _canvas(size)
    s = float(size)
    try:
        if entry == "stage":
            head = QRectF(s * 0.12, 1, s * 0.76, s * 0.3)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(S.STAGE_BG)
            p.drawRoundedRect(head, 2.5, 2.5)
            p.setBrush(S.CANVAS.darker(104))
            p.setPen(QPen(S.GRID.darker(115), 0.8))
            p.drawRoundedRect(QRectF(head.left(), head.bottom() + 1.5, head.width(), s - head.bottom() - 3), 2, 2)
            p.setPen(QPen(S.STAGE_INK, 1.4))
            p.drawLine(QPointF(s * 0.5, head.top() + 3), QPointF(s * 0.5, head.bottom() - 3))
            p.drawLine(QPointF(s * 0.5 - 3.5, head.center().y()), QPointF(s * 0.5 + 3.5, head.center().y()))
        elif (typed := ENTRIES.get(entry)) is not None and typed.creates is Kind.LANE:
            kind, role = typed.lane_kind or LaneKind.CARDS, typed.role
            key = "touchpoints" if kind == LaneKind.TOUCHPOINTS else role
            fill = (
                QColor(S.DEFAULT_CARD_COLORS.get(key, T.ICON_NEUTRAL))
                if kind in CARD_LANE_KINDS
                else QColor(T.ICON_EMOTION_BG if kind == LaneKind.EMOTION else T.ICON_METRIC_BG)
            )
            _lane(p, s, fill, S.lane_icon(kind, role))
        elif entry == "card":
            _note(p, QRectF(s * 0.14, s * 0.14, s * 0.72, s * 0.72), QColor(S.DEFAULT_CARD_COLORS["actions"]), None)
        elif entry == "touchpoint":
            _note(
                p,
                QRectF(s * 0.14, s * 0.14, s * 0.72, s * 0.72),
                QColor(S.DEFAULT_CARD_COLORS["touchpoints"]),
                S.LANE_ICONS["touchpoints"],
            )
        elif entry == "emotion":
            path = QPainterPath(QPointF(2, s * 0.72))
            path.cubicTo(QPointF(s * 0.3, s * 0.9), QPointF(s * 0.35, s * 0.2), QPointF(s * 0.55, s * 0.35))
            path.cubicTo(QPointF(s * 0.7, s * 0.45), QPointF(s * 0.8, s * 0.3), QPointF(s - 2, s * 0.22))
            p.setPen(QPen(QColor(T.ICON_CURVE), 1.6))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
            p.setPen(QPen(S.WHITE, 1.4))
            p.setBrush(QColor(T.ICON_CURVE))
            p.drawEllipse(QPointF(s * 0.55, s * 0.35), s * 0.13, s * 0.13)
        else:
            _note(p, QRectF(s * 0.14, s * 0.14, s * 0.72, s * 0.72), QColor(T.ICON_NEUTRAL), "?")
    finally:
        p.end()
    return QIcon(pixmap)


# -- the widget ----------------------------------------------------------------------------------


class PaletteList(QListWidget):
    """The entries, grouped under headers; dragging one starts a palette drag. Enter or Space
    on an entry (or a double-click) asks for it at the board's cell cursor: the palette by keyboard."""

    entry_activated = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(translate("PaletteA11y", "Palette"))
        self.setAccessibleDescription(
            translate("PaletteA11y", "Enter or Space adds the entry at the board's cell cursor; drag it to place it")
        )
        self.itemActivated.connect(self._activated)
        self.setViewMode(QListWidget.ViewMode.ListMode)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setSpacing(1)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setMouseTracking(True)
        self._fill()
        self._restyle()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()  # the window switched between light and dark

    def _restyle(self) -> None:
        # The application's palette: the list's own Window is the sheet's transparent background.
        dark = QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
        if getattr(self, "_dark", None) is dark:
            return  # setting the sheet below sends a PaletteChange of its own
        self._dark = dark
        w = T.DARK_WINDOW
        ink, muted, hover, selected, handle, handle_hover = (
            (w.text, w.muted, w.alternate_base, T.DARK_BOARD.lane_header_selected_bg, "#4A515D", "#5C6470")
            if dark
            else (T.INK, T.MUTED, T.LIST_HOVER, T.LIST_SELECTED, T.SCROLL_HANDLE, T.SCROLL_HANDLE_HOVER)
        )
        for n in range(self.count()):
            if not self.item(n).data(ENTRY_ROLE):
                self.item(n).setForeground(QColor(muted))
        sheet = (
            "QListWidget { background: transparent; outline: 0; }"
            f"QListWidget::item {{ padding: 3px 6px; border-radius: 5px; color: {ink}; }}"
            f"QListWidget::item:hover {{ background: {hover}; }}"
            f"QListWidget::item:selected {{ background: {selected}; color: {ink}; }}"
            # A style sheet on the list makes Qt draw its scroll bar from style-sheet rules too;
            # without these the handle came out as a black block. The bar and its track are
            # painted opaque in the panel's own colour: left transparent, nothing paints them,
            # and wherever nothing lies beneath (a grab, a native child window on X11) the
            # track shows solid black.
            "QScrollBar:vertical { background: palette(window); width: 10px; margin: 0; }"
            f"QScrollBar::handle:vertical {{ background: {handle}; border-radius: 4px; min-height: 28px;"
            " margin: 1px; }"
            f"QScrollBar::handle:vertical:hover {{ background: {handle_hover}; }}"
            "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
            "QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: palette(window); }"
        )
        sheet += focus_ring_style("QListWidget")  # the keyboard's entry, told apart from the selection
        self.setStyleSheet(sheet)

    def _fill(self) -> None:
        groups: dict[str, list[tuple[str, str]]] = {}
        for entry, label in PALETTE:
            groups.setdefault(group_of(entry), []).append((entry, label))
        for title in [g for g, _ in GROUPS] + [MORE]:
            if title not in groups:
                continue
            header = QListWidgetItem(translate("Palette", title).upper())
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setFont(S.font(8.0, bold=True))
            header.setSizeHint(QSize(0, 28))
            header.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            self.addItem(header)
            for entry, source in groups[title]:
                label = translate("BoardPalette", source)
                item = QListWidgetItem(entry_icon(entry), label)
                item.setData(ENTRY_ROLE, entry)
                if entry in TIPS:
                    tip = translate("Palette", TIPS[entry])
                elif entry.startswith("lane:"):
                    tip = translate("Palette", "{entry}: drop it between two lanes").format(entry=label)
                else:
                    tip = label
                item.setToolTip(tip)
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tip)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
                item.setSizeHint(QSize(0, ICON_SIZE + 8))
                self.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        entry = item.data(ENTRY_ROLE)
        if entry:
            self.entry_activated.emit(entry)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            self._activated(self.currentItem())  # Enter activates already; Space is a list's other "do it"
            return
        super().keyPressEvent(event)

    def entries(self) -> list[str]:
        return [self.item(n).data(ENTRY_ROLE) for n in range(self.count()) if self.item(n).data(ENTRY_ROLE)]

    def item_for(self, entry: str) -> QListWidgetItem | None:
        return next((self.item(n) for n in range(self.count()) if self.item(n).data(ENTRY_ROLE) == entry), None)

    # Qt's own drag machinery asks these two; the drag pixmap is the item's icon.
    def mimeTypes(self) -> list[str]:
        return [PALETTE_MIME]

    def mimeData(self, items) -> QMimeData:
        entries = [it.data(ENTRY_ROLE) for it in items if it.data(ENTRY_ROLE)]
        return palette_mime(entries[0]) if entries else QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.CopyAction


class Palette(QWidget):
    """The palette panel: a hint and the grouped entries."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("Palette")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        self.hint = QLabel(translate("Palette", "Drag onto the board"))

        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, in either theme
        layout.addWidget(self.hint)
        self.list = PaletteList(self)
        layout.addWidget(self.list, 1)
        self.setMinimumWidth(170)

    def entries(self) -> list[str]:
        return self.list.entries()

    def mime_data(self, entry: str) -> QMimeData:
        """The mime data a drag of ``entry`` carries (what BoardView.dropEvent reads)."""
        item = self.list.item_for(entry)
        if item is None:
            raise KeyError(entry)
        return self.list.mimeData([item])
