"""The timer on the board: a small pill at the viewport's top-right corner in the window, a large
one in the bottom-right corner while presenting (readable from the back of the room).

Both are child widgets of the board view, stacked over its viewport, so they float over the scene
and its frozen headers without being part of the scene (exports never draw them, hit tests never
find them). Not children of the viewport itself: the view scrolls the viewport's children along
with the board, which carried the pill away on every scroll.
The bottom-right corner is kept for the large one because presenting puts the current stage's
header at the top. A click pauses or resumes (at zero: dismisses); the context menu has
+1 min, +5 min and Stop.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QMenu, QWidget

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.views.workshop.timer_clock import TimerState, WorkshopTimer
from app.views.workshop.timer_face import TimerFace, TimerLook

SMALL_PX = 15  # the pill's digits in the window
LARGE_MIN_PX = 100  # digits of this pixel size are about 73 px tall: readable across a room
LARGE_SHARE = 0.14  # …or this share of the viewport's height when that is larger
SMALL_MARGIN, LARGE_MARGIN = 6, 16

_RED, _WHITE = QColor("#D93025"), QColor("#FFFFFF")
# (background, digits) per look
_COLORS: dict[TimerLook, tuple[QColor, QColor]] = {
    TimerLook.RUNNING: (QColor(32, 33, 36, 225), _WHITE),
    TimerLook.PAUSED: (QColor(120, 90, 20, 230), _WHITE),
    TimerLook.FLASH_RED: (_RED, _WHITE),
    TimerLook.FLASH_WHITE: (_WHITE, _RED),
    TimerLook.ALARM: (_RED, _WHITE),
    TimerLook.HIDDEN: (QColor(0, 0, 0, 0), QColor(0, 0, 0, 0)),
}
TIP = QT_TRANSLATE_NOOP(
    "TimerOverlay", "Workshop timer: click to pause or resume; right-click for +1 min, +5 min and Stop"
)


def timer_menu(parent: QWidget, timer: WorkshopTimer) -> QMenu:
    """The pill's context menu (what Workshop ▸ Timer offers while it runs)."""
    menu = QMenu(parent)
    paused = timer.state is TimerState.PAUSED
    if timer.active:
        menu.addAction(
            translate("TimerOverlay", "Resume") if paused else translate("TimerOverlay", "Pause"), timer.toggle
        )
    menu.addAction(translate("TimerOverlay", "+1 min"), lambda: timer.add(60))
    menu.addAction(translate("TimerOverlay", "+5 min"), lambda: timer.add(300))
    menu.addSeparator()
    menu.addAction(translate("TimerOverlay", "Stop"), timer.stop)
    return menu


class TimerPill(QWidget):
    """One overlay: the face's text on a rounded plate in the face's colours."""

    def __init__(self, face: TimerFace, *, large: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.face, self.large = face, large
        self.setObjectName("timer_large" if large else "timer_small")
        self.setToolTip(translate("TimerOverlay", TIP))
        self.setAccessibleName(translate("TimerOverlay", "Workshop timer"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click never takes the keyboard from the board
        self._font = QFont(self.font())
        self._font.setBold(True)
        self.set_digit_px(LARGE_MIN_PX if large else SMALL_PX)
        self.hide()

    # -- size ----------------------------------------------------------------------------
    def set_digit_px(self, px: int) -> None:
        if self._font.pixelSize() != px:
            self._font.setPixelSize(px)
            self.updateGeometry()
            self.resize(self.sizeHint())
            self.update()

    def digit_height(self) -> int:
        """How tall the digits are on screen, in pixels (the ink of a "0")."""
        return QFontMetrics(self._font).tightBoundingRect("0").height()

    def sizeHint(self) -> QSize:
        """The digits' ink plus a margin: a plate no bigger than it must be, as wide as the widest
        time of the same length, so it does not jitter as the digits change."""
        metrics = QFontMetrics(self._font)
        sample = "".join(":" if ch == ":" else "0" for ch in self.face.text) or "0:00"
        ink = self.digit_height()
        pad_y = round(ink * (0.28 if self.large else 0.45))
        pad_x = round(ink * (0.35 if self.large else 0.8))
        return QSize(metrics.horizontalAdvance(sample) + 2 * pad_x, ink + 2 * pad_y)

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        look = self.face.look
        plate, ink = _COLORS[look]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = rect.height() / (5 if self.large else 2)
        painter.setBrush(plate)
        painter.setPen(QPen(_RED, 2) if look is TimerLook.FLASH_WHITE else Qt.PenStyle.NoPen)
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(ink)
        painter.setFont(self._font)
        text, metrics = self.face.text, QFontMetrics(self._font)
        # centred on the digits' ink, not on the line (whose descent would push them up)
        x = rect.center().x() - metrics.horizontalAdvance(text) / 2
        baseline = rect.center().y() + self.digit_height() / 2
        painter.drawText(QPointF(x, baseline), text)
        painter.end()

    # -- input ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        timer = self.face.timer
        if timer.state is TimerState.FINISHED:
            timer.stop()  # at zero a click dismisses the red "0:00"
        else:
            timer.toggle()
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = timer_menu(self, self.face.timer)
        menu.exec(event.globalPos())
        menu.deleteLater()
        event.accept()


class TimerOverlays(QObject):
    """Places the two pills on the board's viewport and shows the one that fits the moment."""

    def __init__(self, viewport: QWidget, face: TimerFace):
        super().__init__(viewport)
        self.viewport, self.face = viewport, face
        host = viewport.parentWidget() or viewport
        self.small = TimerPill(face, large=False, parent=host)
        self.large = TimerPill(face, large=True, parent=host)
        self.presenting = False
        viewport.installEventFilter(self)
        face.changed.connect(self.refresh)
        self.refresh()

    def set_presenting(self, on: bool) -> None:
        self.presenting = bool(on)
        self.refresh()

    def refresh(self) -> None:
        shown = self.face.look is not TimerLook.HIDDEN
        self.large.set_digit_px(max(LARGE_MIN_PX, round(self.viewport.height() * LARGE_SHARE)))
        for pill, wanted in ((self.small, shown and not self.presenting), (self.large, shown and self.presenting)):
            if wanted:
                pill.resize(pill.sizeHint())
                self._place(pill)
                pill.show()
                pill.raise_()
                pill.update()
            else:
                pill.hide()

    def _place(self, pill: TimerPill) -> None:
        area = self.viewport.geometry() if self.viewport.parentWidget() is not None else self.viewport.rect()
        if pill.large:
            x = area.right() - pill.width() - LARGE_MARGIN
            y = area.bottom() - pill.height() - LARGE_MARGIN
        else:
            x, y = area.right() - pill.width() - SMALL_MARGIN, SMALL_MARGIN
        pill.move(max(0, x), max(0, y))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport and event.type() == QEvent.Type.Resize:
            self.refresh()
        return False
