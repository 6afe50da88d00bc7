"""The emotion curve: smooth lines through one point per stage, one per persona and variant.

Each point is a face that can be dragged vertically (snapping to 0.5; Shift for free). The
drag moves only the item; the release pushes one SetEmotion command, so a drag is one undo
step and the document is written once.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from app.models.entities import EmotionPoint
from app.theme import face_color_hex
from app.views.board import style as S

MARGIN_TOP = 22.0
MARGIN_BOTTOM = 20.0
FACE_R = 11.0
NOTE_W = 96.0           # an as-is point's note, beside its score
DEFAULT_CURVE_COLOR = QColor("#2F6FED")


def score_to_y(score: float, top: float, height: float) -> float:
    usable = height - MARGIN_TOP - MARGIN_BOTTOM
    return top + MARGIN_TOP + usable * (2.0 - score) / 4.0


def y_to_score(y: float, top: float, height: float, snap: bool) -> float:
    usable = height - MARGIN_TOP - MARGIN_BOTTOM
    score = 2.0 - (y - top - MARGIN_TOP) * 4.0 / usable
    score = max(-2.0, min(2.0, score))
    return round(score * 2) / 2 if snap else round(score, 2)


def face_color(score: float) -> QColor:
    return QColor(face_color_hex(score))


def smooth_path(points: list[QPointF]) -> QPainterPath:
    """Catmull-Rom through the points, as cubic Béziers."""
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(points[0])
    for i in range(len(points) - 1):
        p0 = points[i - 1] if i > 0 else points[i]
        p1, p2 = points[i], points[i + 1]
        p3 = points[i + 2] if i + 2 < len(points) else p2
        c1 = p1 + (p2 - p0) / 6.0
        c2 = p2 - (p3 - p1) / 6.0
        path.cubicTo(c1, c2, p2)
    return path


class EmotionCurveItem(QGraphicsItem):
    """All curves of one emotion lane; the faces are separate, draggable items."""

    def __init__(self, lane_id: str):
        super().__init__()
        self.lane_id = lane_id
        self.rect = QRectF()
        self.curves: list[tuple[QColor, bool, list[QPointF]]] = []
        self.gaps: list[tuple[QColor, list[QPointF], list[QPointF]]] = []
        self.setZValue(6)

    def set_curves(self, rect: QRectF, curves: list[tuple[QColor, bool, list[QPointF]]],
                   gaps: list[tuple[QColor, list[QPointF], list[QPointF]]] | None = None) -> None:
        """``gaps``: per persona, its as-is and to-be points on the stages both have."""
        self.prepareGeometryChange()
        self.rect = rect
        self.curves = curves
        self.gaps = gaps or []
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        r = self.rect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        zero = score_to_y(0, r.top(), r.height())
        painter.setPen(QPen(QColor("#C5CAD3"), 1, Qt.PenStyle.DotLine))
        for score in (2, 1, -1, -2):
            y = score_to_y(score, r.top(), r.height())
            painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
        painter.setPen(QPen(QColor("#9AA1AD"), 1))
        painter.drawLine(QPointF(r.left(), zero), QPointF(r.right(), zero))
        painter.setFont(S.font(7))
        painter.setPen(S.MUTED)
        for score in (2, 0, -2):
            y = score_to_y(score, r.top(), r.height())
            painter.drawText(QRectF(r.left() + 4, y - 7, 24, 14), Qt.AlignmentFlag.AlignLeft, f"{score:+d}" if score else "0")
        painter.setPen(Qt.PenStyle.NoPen)
        for color, as_is, to_be in self.gaps:
            if len(as_is) < 2:
                continue
            fill = QColor(color)
            fill.setAlpha(38)
            area = smooth_path(to_be)
            back = smooth_path(list(reversed(as_is)))
            area.lineTo(back.pointAtPercent(0))
            area.connectPath(back)
            area.closeSubpath()
            painter.setBrush(fill)
            painter.drawPath(area)
        for color, dashed, points in self.curves:
            pen = QPen(color, 3.0)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
                pen.setWidthF(2.4)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(smooth_path(points))


class EmotionPointItem(QGraphicsItem):
    def __init__(self, key: tuple):
        super().__init__()
        self.ref = ("emotion", key)
        self.point: EmotionPoint | None = None
        self.lane_top = 0.0
        self.lane_height = 0.0
        self.color = DEFAULT_CURVE_COLOR
        self.preview_score: float | None = None
        self.home = QPointF()
        self._free = False  # Shift held during the drag: no snapping
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.setZValue(40)

    def set_point(self, point: EmotionPoint, x: float, lane_top: float, lane_height: float, color: QColor) -> None:
        home = QPointF(x, score_to_y(point.score, lane_top, lane_height))
        if (point is self.point and home == self.home and color == self.color and self.preview_score is None
                and lane_top == self.lane_top and lane_height == self.lane_height and self.pos() == home):
            return  # nothing changed: a sync of a huge journey stays cheap
        self.point, self.lane_top, self.lane_height, self.color = point, lane_top, lane_height, color
        self.home = home
        self.setPos(self.home)
        self.preview_score = None  # after setPos: placing the item is not a drag
        self.setToolTip(f"{point.score:+g} {point.note}".strip())
        self.update()

    @property
    def score(self) -> float:
        return self.point.score if self.preview_score is None else self.preview_score

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(-FACE_R - 3, -FACE_R - 3, 2 * FACE_R + 52 + NOTE_W, 2 * FACE_R + 24)

    def shape(self) -> QPainterPath:
        """Only the face takes clicks, so the label never hides a nearby face."""
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), FACE_R + 3, FACE_R + 3)
        return path

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._free = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        self._free = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        super().mouseMoveEvent(event)

    def itemChange(self, change, value):  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and self.point is not None:
            y = QPointF(value).y()
            self.preview_score = y_to_score(y, self.lane_top, self.lane_height, snap=not self._free)
            return QPointF(self.home.x(), score_to_y(self.preview_score, self.lane_top, self.lane_height))
        return super().itemChange(change, value)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if self.preview_score is not None and self.scene() is not None:
            score, self.preview_score = self.preview_score, None
            self.scene().finish_emotion_drag(self, score)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if self.point is None:
            return
        score = self.score
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        ring = S.SELECTION if self.isSelected() else self.color
        painter.setPen(QPen(ring, 2.5))
        painter.setBrush(face_color(score))
        painter.drawEllipse(QPointF(0, 0), FACE_R, FACE_R)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1F2430"))
        painter.drawEllipse(QPointF(-3.8, -3), 1.5, 1.5)
        painter.drawEllipse(QPointF(3.8, -3), 1.5, 1.5)
        mouth = QPainterPath()
        curve = max(-1.0, min(1.0, score / 2.0)) * 4.0
        mouth.moveTo(-5, 4)
        mouth.quadTo(0, 4 + curve, 5, 4)
        painter.setPen(QPen(QColor("#1F2430"), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(mouth)
        painter.setFont(S.font(8, bold=True))
        painter.setPen(S.INK)
        label = f"{score:+g}" if score else "0"
        painter.drawText(QRectF(FACE_R + 4, -8, 44, 16), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         label)
        if self.point.note and self.point.variant == "as_is":
            note_font = S.font(7.5, italic=True)
            painter.setFont(note_font)
            painter.setPen(S.MUTED)
            left = FACE_R + 8 + S.metrics(8, bold=True).horizontalAdvance(label)
            note = QFontMetricsF(note_font).elidedText(self.point.note, Qt.TextElideMode.ElideRight, NOTE_W)
            painter.drawText(QRectF(left, -8, NOTE_W + 4, 16),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, note)
