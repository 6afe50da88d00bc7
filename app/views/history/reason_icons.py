"""The small line drawing beside each snapshot that says why it was taken.

Painted, not taken from the icon theme: the theme's save/arrow icons are missing on many
desktops (and under a bare X server), and a drawing in the row's own ink follows selection
and dark mode. A camera for one taken by hand, a tray with an arrow for an import, bars for
analytics, a turning arrow for a restore.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from app.models.entities import SnapshotReason


def paint_reason(painter: QPainter, rect: QRectF, reason: SnapshotReason, ink: QColor) -> None:
    """Draw ``reason``'s glyph inside ``rect`` (a square) in ``ink``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(ink, max(1.2, rect.width() / 12))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    s = rect.width()
    x, y = rect.left(), rect.top()

    def at(fx: float, fy: float) -> QPointF:
        return QPointF(x + fx * s, y + fy * s)

    match reason:
        case SnapshotReason.MANUAL:
            painter.drawRoundedRect(QRectF(at(0.08, 0.3), at(0.92, 0.85)), s * 0.08, s * 0.08)
            painter.drawLine(at(0.32, 0.3), at(0.4, 0.17))
            painter.drawLine(at(0.4, 0.17), at(0.6, 0.17))
            painter.drawLine(at(0.6, 0.17), at(0.68, 0.3))
            painter.drawEllipse(at(0.5, 0.575), s * 0.16, s * 0.16)
        case SnapshotReason.BEFORE_IMPORT:
            painter.drawLine(at(0.5, 0.1), at(0.5, 0.6))
            painter.drawLine(at(0.3, 0.42), at(0.5, 0.62))
            painter.drawLine(at(0.7, 0.42), at(0.5, 0.62))
            tray = QPainterPath(at(0.1, 0.6))
            tray.lineTo(at(0.1, 0.88))
            tray.lineTo(at(0.9, 0.88))
            tray.lineTo(at(0.9, 0.6))
            painter.drawPath(tray)
        case SnapshotReason.BEFORE_ANALYTICS:
            for fx, top in ((0.2, 0.55), (0.5, 0.2), (0.8, 0.4)):
                painter.drawLine(at(fx, 0.88), at(fx, top))
            painter.drawLine(at(0.06, 0.88), at(0.94, 0.88))
        case SnapshotReason.BEFORE_RESTORE:
            arc = QRectF(at(0.14, 0.14), at(0.86, 0.86))
            painter.drawArc(arc, 100 * 16, 280 * 16)
            painter.drawLine(at(0.38, 0.15), at(0.2, 0.05))
            painter.drawLine(at(0.38, 0.15), at(0.24, 0.32))
    painter.restore()
