"""What presentation draws over the board: the dimming, the laser pointer and the black screen.

The dimming is painted by the board view's ``drawForeground`` (a few rects in board units per
frame, whatever the size of the journey), so nothing in the scene changes and no item is
touched when stepping from stage to stage.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QCursor, QKeyEvent, QMouseEvent, QPainter, QPixmap, QRadialGradient
from PySide6.QtWidgets import QWidget

from app.views.workshop.present_geometry import dim_path

# Dark enough that a washed-out projector still shows what is lit, light enough that the dimmed
# stages stay legible for someone who wants to point back at them.
DIM = QColor(18, 22, 32, 150)
LASER = QColor(235, 30, 30)
LASER_SIZE = 22


def paint_dimming(painter: QPainter, visible: QRectF, lit: list[QRectF]) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillPath(dim_path(visible, lit), DIM)
    painter.restore()


def laser_cursor() -> QCursor:
    """A red dot with a soft glow, the hot spot in its middle: a laser pointer on the wall."""
    pixmap = QPixmap(LASER_SIZE, LASER_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    centre = QPointF(LASER_SIZE / 2, LASER_SIZE / 2)
    glow = QRadialGradient(centre, LASER_SIZE / 2)
    glow.setColorAt(0.0, LASER)
    glow.setColorAt(0.45, LASER)
    halo = QColor(LASER)
    halo.setAlpha(90)
    glow.setColorAt(0.6, halo)
    glow.setColorAt(1.0, QColor(255, 0, 0, 0))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(glow)
    painter.drawEllipse(centre, LASER_SIZE / 2, LASER_SIZE / 2)
    painter.end()
    return QCursor(pixmap, LASER_SIZE // 2, LASER_SIZE // 2)


class BlankCover(QWidget):
    """B: the whole window black, so the room looks at the facilitator. Any key or click brings
    the board back; the key is swallowed (a Ctrl+S meant to wake the screen saves nothing)."""

    def __init__(self, window: QWidget, on_wake: Callable[[], None]):
        super().__init__(window)
        self._on_wake = on_wake
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("black"))
        self.setPalette(palette)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)
        window.installEventFilter(self)
        self.hide()

    def cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if event.type() == QEvent.Type.Resize and self.isVisible() and parent is not None:
            self.setGeometry(parent.rect())
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self.isVisible():
            event.accept()  # every key wakes the board and does nothing else
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()
        self._on_wake()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self._on_wake()
