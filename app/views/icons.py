"""Toolbar icons: the desktop theme's when it has them, else drawn here in the palette's text
colour (so they follow light and dark mode)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap


def _draw_magnifier(p: QPainter, sign: str = "") -> None:
    p.drawEllipse(QPointF(10, 10), 6, 6)
    p.drawLine(QPointF(14.5, 14.5), QPointF(20, 20))
    if sign:
        p.drawLine(QPointF(7, 10), QPointF(13, 10))
    if sign == "+":
        p.drawLine(QPointF(10, 7), QPointF(10, 13))


def _draw_undo(p: QPainter) -> None:
    path = QPainterPath(QPointF(5, 9))
    path.lineTo(14, 9)
    path.cubicTo(21, 9, 21, 19, 14, 19)
    path.lineTo(9, 19)
    p.drawPath(path)
    p.drawPolyline([QPointF(9, 5), QPointF(5, 9), QPointF(9, 13)])


def _draw_fit(p: QPainter) -> None:
    for a, b, c in (
        ((4, 9), (4, 4), (9, 4)),
        ((15, 4), (20, 4), (20, 9)),
        ((20, 15), (20, 20), (15, 20)),
        ((9, 20), (4, 20), (4, 15)),
    ):
        p.drawPolyline([QPointF(*a), QPointF(*b), QPointF(*c)])
    p.drawRect(9, 9, 6, 6)


def _draw_actual(p: QPainter) -> None:
    font = QFont()
    font.setPixelSize(10)
    font.setBold(True)
    p.setFont(font)
    p.drawText(0, 0, 24, 24, Qt.AlignmentFlag.AlignCenter, "1:1")
    p.drawRect(2, 4, 20, 16)


DRAWINGS = {
    "edit-undo": _draw_undo,
    "edit-redo": lambda p: (p.translate(24, 0), p.scale(-1, 1), _draw_undo(p)),
    "zoom-in": lambda p: _draw_magnifier(p, "+"),
    "zoom-out": lambda p: _draw_magnifier(p, "-"),
    "zoom-fit-best": _draw_fit,
    "zoom-original": _draw_actual,
    "edit-find": _draw_magnifier,
}


def painted_icon(name: str, color: QColor) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size / 24, size / 24)
        painter.setPen(QPen(color, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        DRAWINGS[name](painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
