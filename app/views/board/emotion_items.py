"""The emotion curve: smooth lines through one point per stage, one per persona and variant.

Each point is a face that can be dragged vertically (snapping to 0.5; Shift for free). The
drag moves only the item; the release pushes one SetEmotion command, so a drag is one undo
step and the document is written once.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.models.entities import EmotionPoint
from app.models.map_layout import score_to_y, y_to_score
from app.models.refs import EmotionRef
from app.models.score_labels import LabelPlace, LabelSizes
from app.theme import face_color_hex
from app.views.board import style as S
from app.views.board.style import Stroke, pen_style

FACE_R = 11.0
NOTE_W = 96.0  # an as-is point's note, after its score
LABEL_H = 14.0
# The score (and note) sit off the face's corners: level with the face they would lie on the
# line itself (app/views/board/score_labels.py picks the corner).
LABEL_ABOVE_TOP, LABEL_BELOW_TOP = -FACE_R - LABEL_H + 3, FACE_R - 4
LABEL_GAP = 4.0  # between the score and the note
# app/models/score_labels.py picks the corner; faces there count as large as they take clicks
LABEL_SIZES = LabelSizes(FACE_R + 1, LABEL_ABOVE_TOP, LABEL_BELOW_TOP, LABEL_H, FACE_R - 1, 2.5)


DEFAULT_CURVE_COLOR = S.CURVE_DEFAULT


def _note_metrics() -> QFontMetricsF:
    return QFontMetricsF(S.font(7.5, italic=True))


def face_color(score: float) -> QColor:
    return QColor(face_color_hex(score))


def _controls(points: list[QPointF], i: int) -> tuple[QPointF, QPointF]:
    """The Catmull-Rom control points of the segment from ``points[i]`` to ``points[i + 1]``."""
    p0 = points[i - 1] if i > 0 else points[i]
    p1, p2 = points[i], points[i + 1]
    p3 = points[i + 2] if i + 2 < len(points) else p2
    return p1 + (p2 - p0) / 6.0, p2 - (p3 - p1) / 6.0


def smooth_path(points: list[QPointF], start: int = 0, end: int | None = None) -> QPainterPath:
    """Catmull-Rom through the points, as cubic Béziers; with ``start``/``end``, only the part
    from ``points[start]`` to ``points[end]`` (exactly that part of the whole curve)."""
    path = QPainterPath()
    if not points:
        return path
    end = len(points) - 1 if end is None else end
    path.moveTo(points[start])
    for i in range(start, end):
        c1, c2 = _controls(points, i)
        path.cubicTo(c1, c2, points[i + 1])
    return path


def _hulls(points: list[QPointF]) -> list[tuple[float, float, float, float]]:
    """Per segment, the box (left, right, top, bottom) of its control polygon: the segment's
    Bézier lies inside it."""
    hulls = []
    for i in range(len(points) - 1):
        c1, c2 = _controls(points, i)
        xs = (points[i].x(), c1.x(), c2.x(), points[i + 1].x())
        ys = (points[i].y(), c1.y(), c2.y(), points[i + 1].y())
        hulls.append((min(xs), max(xs), min(ys), max(ys)))
    return hulls


def _span(hulls: list[tuple[float, float, float, float]], left: float, right: float) -> tuple[int, int] | None:
    """Point indices (first, last) of the shortest run of segments that holds everything of the
    curve between ``left`` and ``right``; all the segments before it lie left of ``left`` and
    all those after it right of ``right`` (so a fill cut at its ends is unchanged in between)."""
    n = len(hulls)
    first = 0
    while first < n and hulls[first][1] < left:
        first += 1
    if first == n:
        return None
    last = n
    while last > first and hulls[last - 1][0] > right:
        last -= 1
    if last == first:
        return None
    # segments are ordered by x but a hull may reach past a neighbour's: widen until clean
    while first > 0 and max(h[1] for h in hulls[:first]) >= left:
        first -= 1
    while last < n and min(h[0] for h in hulls[last:]) <= right:
        last += 1
    return first, last


def _box(hulls: list[tuple[float, float, float, float]], first: int, last: int, pad: float) -> QRectF:
    """The box of segments ``first`` .. ``last - 1``, grown by ``pad``."""
    part = hulls[first:last]
    if not part:
        return QRectF()
    left, right = min(h[0] for h in part), max(h[1] for h in part)
    top, bottom = min(h[2] for h in part), max(h[3] for h in part)
    return QRectF(left - pad, top - pad, right - left + 2 * pad, bottom - top + 2 * pad)


class _Line:
    """One curve's cached geometry: its pen, points, segment boxes and (dashed) lengths."""

    __slots__ = ("color", "dashed", "points", "pen", "hulls", "lengths")

    def __init__(self, color: QColor, dashed: Stroke, points: list[QPointF], previous: _Line | None = None):
        self.color, self.dashed, self.points = color, Stroke(dashed), list(points)
        pen = QPen(color, 3.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if self.dashed:
            pen.setStyle(pen_style(self.dashed))
            pen.setWidthF(2.4)
        self.pen = pen
        if previous is not None and previous.points == self.points:
            self.hulls, self.lengths = previous.hulls, previous.lengths
            return
        self.hulls = _hulls(self.points)
        self.lengths: list[float] | None = None  # dashed lines only, when first painted

    def dash_offset(self, first: int) -> float:
        """Where the dash pattern stands at ``points[first]``, in pen widths (so a part of the
        line drawn alone has its dashes exactly where the whole line has them)."""
        if first == 0:
            return 0.0
        if self.lengths is None:
            lengths, total = [0.0], 0.0
            for i in range(len(self.points) - 1):
                total += smooth_path(self.points, i, i + 1).length()
                lengths.append(total)
            self.lengths = lengths
        period = sum(self.pen.dashPattern())  # a whole number of patterns further on: the same dashes
        return math.fmod(self.lengths[first] / self.pen.widthF(), period)


class _Gap:
    """One persona's shaded gap between its as-is and to-be curves (same stages, same x)."""

    __slots__ = ("color", "as_is", "to_be", "brush", "hulls")

    def __init__(self, color: QColor, as_is: list[QPointF], to_be: list[QPointF], previous: _Gap | None = None):
        self.color, self.as_is, self.to_be = color, list(as_is), list(to_be)
        fill = QColor(color)
        fill.setAlpha(38)
        self.brush = fill
        if previous is not None and previous.as_is == self.as_is and previous.to_be == self.to_be:
            self.hulls = previous.hulls
            return
        self.hulls = [
            (min(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), max(a[3], b[3]))
            for a, b in zip(_hulls(self.as_is), _hulls(self.to_be), strict=False)
        ]

    def area(self, first: int, last: int) -> QPainterPath:
        """The shaded area from stage ``first`` to stage ``last`` (the whole gap for the full range)."""
        area = smooth_path(self.to_be, first, last)
        area.lineTo(self.as_is[last])
        for i in range(last - 1, first - 1, -1):  # the as-is curve backwards: the same Béziers reversed
            c1, c2 = _controls(self.as_is, i)
            area.cubicTo(c2, c1, self.as_is[i])
        area.closeSubpath()
        return area


_DOTS: list[QBrush] = []


def _dots() -> QBrush:
    if not _DOTS or _DOTS[0].textureImage().pixelColor(0, 0) != S.SCORE_DOTS:  # the theme changed
        _DOTS.clear()
        tile = QImage(3, 1, QImage.Format.Format_ARGB32_Premultiplied)
        tile.fill(Qt.GlobalColor.transparent)
        tile.setPixelColor(0, 0, S.SCORE_DOTS)
        _DOTS.append(QBrush(tile))
    return _DOTS[0]


def _cache_on_screen(item: QGraphicsItem) -> None:
    """In a scene shown by a view, Qt keeps the item's on-screen look as a pixmap: a repaint of
    the view blits it, and only what the item updates (or what scrolls in) is painted again. A
    scene without a view (an export) paints directly, so an SVG keeps its vectors and text.
    Whatever changes an item's look calls update(): a new point or score, a drag, selection."""
    scene = item.scene()
    shown = scene is not None and bool(scene.views())
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache if shown else QGraphicsItem.CacheMode.NoCache)


LINE_PAD = 3.0  # past a curve's control polygon: half its pen, its round caps and antialiasing


def _changed(old: list[QPointF], new: list[QPointF]) -> tuple[int, int] | None:
    """First and last segment whose shape differs (a point moves the two segments either side of
    it and, through the control points, the next ones too); None if nothing changed."""
    moved = [i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b]
    if not moved:
        return None
    return max(0, moved[0] - 2), min(len(new) - 1, moved[-1] + 2)


class EmotionCurveItem(QGraphicsItem):
    """All curves of one emotion lane; the faces are separate, draggable items.

    The lane is as wide as the journey, so painting works on what is exposed: only the segments
    that reach into the exposed rect are built and drawn, and a changed point repaints only the
    segments it shapes (before and after), not the whole lane.
    """

    def __init__(self, lane_id: str):
        super().__init__()
        self.lane_id = lane_id
        self.rect = QRectF()
        self._lines: list[_Line] = []
        self._gaps: list[_Gap] = []
        self.label_signatures: dict[str, tuple] = {}  # per stage, the geometry its labels were placed for
        self.setZValue(6)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemSceneHasChanged:
            _cache_on_screen(self)
        return super().itemChange(change, value)

    @property
    def curves(self) -> list[tuple[QColor, Stroke, list[QPointF]]]:
        return [(line.color, line.dashed, line.points) for line in self._lines]

    @property
    def gaps(self) -> list[tuple[QColor, list[QPointF], list[QPointF]]]:
        return [(gap.color, gap.as_is, gap.to_be) for gap in self._gaps]

    def set_curves(
        self,
        rect: QRectF,
        curves: list[tuple[QColor, Stroke, list[QPointF]]],
        gaps: list[tuple[QColor, list[QPointF], list[QPointF]]] | None = None,
    ) -> None:
        """``gaps``: per persona, its as-is and to-be points on the stages both have."""
        gaps = gaps or []
        old_lines, old_gaps = self._lines, self._gaps
        same = (
            rect == self.rect
            and len(curves) == len(old_lines)
            and len(gaps) == len(old_gaps)
            and all(
                line.color == c
                and line.dashed == d
                and len(line.points) == len(p)
                and all(a.x() == b.x() for a, b in zip(line.points, p, strict=False))
                for line, (c, d, p) in zip(old_lines, curves, strict=False)
            )
            and all(
                gap.color == c
                and len(gap.as_is) == len(a)
                and len(gap.to_be) == len(b)
                and all(u.x() == v.x() for u, v in zip(gap.as_is, a, strict=False))
                and all(u.x() == v.x() for u, v in zip(gap.to_be, b, strict=False))
                for gap, (c, a, b) in zip(old_gaps, gaps, strict=False)
            )
        )
        if not same:
            if rect != self.rect:
                self.prepareGeometryChange()
            self.rect = rect
            self._lines = [_Line(c, d, p) for c, d, p in curves]
            self._gaps = [_Gap(c, a, b) for c, a, b in gaps]
            self.update()
            return
        # The same curves with some points at new heights: repaint what they shaped and shape now.
        dirty = QRectF()
        self._lines = []
        for old, (c, d, p) in zip(old_lines, curves, strict=False):
            line = _Line(c, d, p, old)
            self._lines.append(line)
            span = _changed(old.points, line.points)
            if span is not None:
                dirty = dirty.united(_box(old.hulls, *span, LINE_PAD)).united(_box(line.hulls, *span, LINE_PAD))
        self._gaps = []
        for old, (c, a, b) in zip(old_gaps, gaps, strict=False):
            gap = _Gap(c, a, b, old)
            self._gaps.append(gap)
            spans = [s for s in (_changed(old.as_is, gap.as_is), _changed(old.to_be, gap.to_be)) if s is not None]
            if spans:
                span = (min(s[0] for s in spans), max(s[1] for s in spans))
                dirty = dirty.united(_box(old.hulls, *span, 1.0)).united(_box(gap.hulls, *span, 1.0))
        dirty = self._on_screen(dirty)
        if not dirty.isEmpty():
            self.update(dirty)

    def _on_screen(self, rect: QRectF) -> QRectF:
        """The part of ``rect`` some view shows. Only that needs painting now: a view paints what
        scrolls in when it does, and the cache holds only the visible part of this wide item, so
        repainting a changed segment's off-screen length (thousands of pixels for a sparse curve)
        would be wasted."""
        scene = self.scene()
        views = scene.views() if scene is not None else []
        if not views or rect.isEmpty():
            return rect
        shown = QRectF()
        for view in views:
            shown = shown.united(view.mapToScene(view.viewport().rect()).boundingRect().adjusted(-2, -2, 2, 2))
        return rect.intersected(shown)

    def boundingRect(self) -> QRectF:
        return self.rect

    def mouseDoubleClickEvent(self, event) -> None:
        """A double-click in the lane puts the active curve's point there, scored from the height."""
        scene = self.scene()
        if event.button() == Qt.MouseButton.LeftButton and scene is not None and hasattr(scene, "add_emotion_point"):
            event.accept()
            scene.add_emotion_point(event.scenePos())
            return
        super().mouseDoubleClickEvent(event)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        r = self.rect
        exposed = option.exposedRect.intersected(r) if not option.exposedRect.isEmpty() else QRectF(r)
        device = painter.device()
        if isinstance(device, (QImage, QPixmap, QWidget)) and device.width() > 0 and device.height() > 0:
            # Painting into the view's cache, the exposed rect is what changed, even off screen.
            inverse, ok = painter.transform().inverted()
            if ok:
                exposed = exposed.intersected(inverse.mapRect(QRectF(0, 0, device.width(), device.height())))
        if exposed.isEmpty():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        # the dotted score lines: a 1-on-2-off texture fixed to the scene, so the dots stay where
        # they are whatever part of the lane is painted, into the view or into its cache
        painter.setPen(Qt.PenStyle.NoPen)
        dots = _dots()
        for score in (2, 1, -1, -2):
            y = score_to_y(score, r.top(), r.height())
            painter.fillRect(QRectF(exposed.left(), y - 0.5, exposed.width(), 1.0), dots)
        zero = score_to_y(0, r.top(), r.height())
        painter.setPen(QPen(S.SCORE_ZERO, 1))
        painter.drawLine(QPointF(r.left(), zero), QPointF(r.right(), zero))
        if exposed.left() < r.left() + 28:
            painter.setFont(S.font(7))
            painter.setPen(S.BOARD_MUTED)
            for score in (2, 0, -2):
                y = score_to_y(score, r.top(), r.height())
                painter.drawText(
                    QRectF(r.left() + 4, y - 7, 24, 14), Qt.AlignmentFlag.AlignLeft, f"{score:+d}" if score else "0"
                )
        painter.setPen(Qt.PenStyle.NoPen)
        for gap in self._gaps:
            if len(gap.as_is) < 2:
                continue
            span = _span(gap.hulls, exposed.left() - 1, exposed.right() + 1)
            if span is None:
                continue
            painter.setBrush(gap.brush)
            painter.drawPath(gap.area(*span))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for line in self._lines:
            if len(line.points) < 2:
                continue
            span = _span(line.hulls, exposed.left() - LINE_PAD, exposed.right() + LINE_PAD)
            if span is None:
                continue
            if not line.dashed:
                painter.setPen(line.pen)
                painter.drawPath(smooth_path(line.points, *span))
                continue
            # Dashed: segment by segment, each with the dash phase it has in the whole line, so a
            # segment looks the same whichever part of the lane is being painted.
            pen = QPen(line.pen)
            for i in range(*span):
                pen.setDashOffset(line.dash_offset(i))
                painter.setPen(pen)
                painter.drawPath(smooth_path(line.points, i, i + 1))


class EmotionPointItem(QGraphicsItem):
    def __init__(self, ref: EmotionRef):
        super().__init__()
        self.ref = ref
        self.point: EmotionPoint | None = None
        self.lane_top = 0.0
        self.lane_height = 0.0
        self.color = DEFAULT_CURVE_COLOR
        self.preview_score: float | None = None
        self.home = QPointF()
        self.label_place = LabelPlace.ABOVE_RIGHT  # score_labels.py says which corner is free
        self.placed = False
        self._free = False  # Shift held during the drag: no snapping
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.setZValue(40)

    def set_point(self, point: EmotionPoint, x: float, lane_top: float, lane_height: float, color: QColor) -> None:
        home = QPointF(x, score_to_y(point.score, lane_top, lane_height))
        if (
            point is self.point
            and home == self.home
            and color == self.color
            and self.preview_score is None
            and lane_top == self.lane_top
            and lane_height == self.lane_height
            and self.pos() == home
        ):
            return  # nothing changed: a sync of a huge journey stays cheap
        self.point, self.lane_top, self.lane_height, self.color = point, lane_top, lane_height, color
        self.home = home
        self.setPos(self.home)
        self.preview_score = None  # after setPos: placing the item is not a drag
        self.setToolTip(f"{point.score:+g} {point.note}".strip())
        self.update()

    def set_label_place(self, place: LabelPlace) -> None:
        self.placed = True
        if place != self.label_place:
            self.label_place = place
            self.update()

    @property
    def label(self) -> str:
        return f"{self.score:+g}" if self.score else "0"

    @property
    def note_text(self) -> str:
        """The note shown beside the score: an as-is point's, elided."""
        if self.point is None or not self.point.note or self.point.variant != "as_is":
            return ""
        return _note_metrics().elidedText(self.point.note, Qt.TextElideMode.ElideRight, NOTE_W)

    def label_rect(self, place: LabelPlace | None = None, with_note: bool = False) -> QRectF:
        """Where the score (and with ``with_note`` its note) is drawn, in item coordinates."""
        above, right = (place or self.label_place).value
        width = S.metrics(8, bold=True).horizontalAdvance(self.label)
        note = self.note_text if with_note else ""
        if note:
            width += LABEL_GAP + _note_metrics().horizontalAdvance(note)
        inset = LABEL_SIZES.inset
        left = inset if right else -inset - width
        return QRectF(left, LABEL_SIZES.above_top if above else LABEL_SIZES.below_top, width, LABEL_H)

    @property
    def score(self) -> float:
        return self.point.score if self.preview_score is None else self.preview_score

    def boundingRect(self) -> QRectF:
        top = min(-FACE_R - 3, LABEL_ABOVE_TOP - 1)
        bottom = max(FACE_R + 3, LABEL_BELOW_TOP + LABEL_H + 1)
        reach = FACE_R + 52 + NOTE_W  # a label and note either side of the face
        return QRectF(-reach, top, 2 * reach, bottom - top)

    def shape(self) -> QPainterPath:
        """Only the face takes clicks, so the label never hides a nearby face."""
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), FACE_R + 3, FACE_R + 3)
        return path

    def mousePressEvent(self, event) -> None:
        self._free = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        self._free = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        super().mouseMoveEvent(event)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemSceneHasChanged:
            _cache_on_screen(self)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and self.point is not None:
            y = QPointF(value).y()
            score = y_to_score(y, self.lane_top, self.lane_height, snap=not self._free)
            if score != self.score:
                self.update()  # the face and its label show the score being dragged to
            self.preview_score = score
            return QPointF(self.home.x(), score_to_y(self.preview_score, self.lane_top, self.lane_height))
        return super().itemChange(change, value)

    def mouseReleaseEvent(self, event) -> None:
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
        painter.setBrush(S.FACE_INK)
        painter.drawEllipse(QPointF(-3.8, -3), 1.5, 1.5)
        painter.drawEllipse(QPointF(3.8, -3), 1.5, 1.5)
        mouth = QPainterPath()
        curve = max(-1.0, min(1.0, score / 2.0)) * 4.0
        mouth.moveTo(-5, 4)
        mouth.quadTo(0, 4 + curve, 5, 4)
        painter.setPen(QPen(S.FACE_INK, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(mouth)
        painter.setFont(S.font(8, bold=True))
        painter.setPen(S.BOARD_INK)
        label = self.label
        box = self.label_rect(with_note=True)
        middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRectF(box.left(), box.top(), 44, LABEL_H), middle, label)
        note = self.note_text
        if note:
            painter.setFont(S.font(7.5, italic=True))
            painter.setPen(S.BOARD_MUTED)
            left = box.left() + S.metrics(8, bold=True).horizontalAdvance(label) + LABEL_GAP
            painter.drawText(QRectF(left, box.top(), NOTE_W + 4, LABEL_H), middle, note)
