"""The flow lane (LaneKind.FLOW): the analysed stage-to-stage flows as ribbons across the map.

A flow lane holds no cards; it draws Journey.analytics.stage_flows. Each flow is a ribbon from
the middle of its source stage's column to its target's, as wide as its share of the largest
flow's cases. Flows along the map's order arc above the lane's middle, the further they skip the
higher; flows against it (analytics_values.backward, with the map's stage order: loops back) arc
below in a warning colour, so a reader sees at once where customers go round in circles. The big
flows carry their count; hovering any ribbon says "Compare → Checkout: 1,234 cases".

A journey not analysed yet gets a line saying how to analyse it. The scene keeps one item per
flow lane (``FlowLanes``) and re-places it from every sync: the scene only mirrors the document.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem

from app.i18n import QT_TRANSLATE_NOOP, grouped, translate
from app.models.analytics_values import backward
from app.models.entities import Journey, LaneKind, StageFlow
from app.models.map_layout import JourneyLayout
from app.views.board import style as S

EMPTY_TEXT = QT_TRANSLATE_NOOP("BoardFlowLane", "Analyse an event log to see flows (Analytics ▸ Analyse Event Log…)")
NO_FLOWS_TEXT = QT_TRANSLATE_NOOP("BoardFlowLane", "The event log shows no flows between this map's stages")
MIN_W, MAX_W = 2.0, 26.0  # a ribbon's width, for the smallest and the largest flow
LABEL_SHARE = 0.12  # flows of at least this share of the largest are labelled with their count
BACK_LABEL_SHARE = 0.04  # loops back are what a reader looks for: labelled from a smaller share
LABEL_SIZE = 8.0
EDGE = 16.0  # room kept free at the lane's top and bottom (labels, the legend)
HIT_W = 10.0  # the narrowest a ribbon is to the pointer
NODE_R = 4.5
MAX_RIBBONS = 200  # the biggest flows drawn; a map of many stages can have tens of thousands of pairs


@dataclass(frozen=True)
class Ribbon:
    """One drawn flow, in the item's coordinates."""

    source: str
    target: str
    count: int
    width: float
    backward: bool
    path: QPainterPath
    hit: QPainterPath
    apex: QPointF
    labelled: bool
    tooltip: str


def _arc(x1: float, x2: float, mid: float, rise: float) -> QPainterPath:
    """From (x1, mid) to (x2, mid), its apex ``rise`` above the middle (below when negative)."""
    path = QPainterPath(QPointF(x1, mid))
    lift = mid - rise / 0.75  # a cubic with both handles at this height peaks at 3/4 of it
    path.cubicTo(QPointF(x1, lift), QPointF(x2, lift), QPointF(x2, mid))
    return path


def _loop(x: float, mid: float) -> QPainterPath:
    """A flow from a stage back to itself: a small ring below its node."""
    path = QPainterPath()
    path.addEllipse(QPointF(x, mid + 14), 10, 10)
    return path


def drawn_flows(journey: Journey, centers: dict[str, float]) -> tuple[list[StageFlow], int]:
    """The flows a lane draws, biggest first (so the small ones lie on top), at most MAX_RIBBONS,
    and how many smaller ones are left out; flows from or to a stage not on the map are ignored."""
    analytics = journey.analytics
    if analytics is None:
        return [], 0
    flows = [f for f in analytics.stage_flows if f.source in centers and f.target in centers and f.count > 0]
    flows.sort(key=lambda f: -f.count)
    return flows[:MAX_RIBBONS], max(0, len(flows) - MAX_RIBBONS)


def ribbons(journey: Journey, centers: dict[str, float], height: float, flows: list[StageFlow]) -> list[Ribbon]:
    """``flows`` as ribbons, in their order."""
    if not flows:
        return []
    order = [s.id for s in journey.stages]
    names = {s.id: s.name for s in journey.stages}
    biggest = max(f.count for f in flows)
    span = max((abs(order.index(f.target) - order.index(f.source)) for f in flows), default=1)
    mid = height / 2
    room = mid - EDGE - MAX_W / 2
    made = []
    for f in flows:
        skip = abs(order.index(f.target) - order.index(f.source))
        back = backward(order, f.source, f.target)
        width = MIN_W + (MAX_W - MIN_W) * f.count / biggest
        x1, x2 = centers[f.source], centers[f.target]
        if skip == 0:
            path = _loop(x1, mid)
            apex = QPointF(x1, mid + 24)
        else:
            rise = room * (0.3 + 0.7 * (skip - 1) / max(1, span - 1))
            rise = -rise if back else rise
            path = _arc(x1, x2, mid, rise)
            apex = QPointF((x1 + x2) / 2, mid - rise)
        stroker = QPainterPathStroker()
        stroker.setWidth(max(width, HIT_W))
        tooltip = translate("BoardFlowLane", "{source} → {target}: {count} cases").format(
            source=names[f.source], target=names[f.target], count=grouped(f.count)
        )
        if back:
            tooltip += translate("BoardFlowLane", " (back, against the map's order)")
        made.append(
            Ribbon(
                f.source,
                f.target,
                f.count,
                width,
                back or skip == 0,
                path,
                stroker.createStroke(path),
                apex,
                f.count >= biggest * (BACK_LABEL_SHARE if back else LABEL_SHARE),
                tooltip,
            )
        )
    return made


class FlowLaneItem(QGraphicsItem):
    """All the ribbons of one flow lane, or its empty-state line."""

    def __init__(self, lane_id: str):
        super().__init__()
        self.lane_id = lane_id
        self.rect = QRectF()
        self.ribbons: list[Ribbon] = []
        self.nodes: list[float] = []  # x of each stage's middle
        self.message = ""  # shown instead of ribbons
        self.left_out = 0  # smaller flows not drawn (MAX_RIBBONS)
        self._labels: list[tuple[QColor, QRectF | None, S.Label]] = []
        self.setZValue(5)
        self.setAcceptHoverEvents(True)

    def set_flows(self, journey: Journey, layout: JourneyLayout) -> None:
        y, h = layout.row(self.lane_id)
        self.prepareGeometryChange()
        self.rect = QRectF(0, 0, layout.width - S.LANE_HEADER_W, h)
        self.setPos(S.LANE_HEADER_W, y)
        centers = {sid: x + w / 2 - S.LANE_HEADER_W for sid, x, w in layout.columns}
        self.nodes = list(centers.values())
        flows, self.left_out = drawn_flows(journey, centers)
        self.ribbons = ribbons(journey, centers, h, flows)
        if journey.analytics is None:
            self.message = translate("BoardFlowLane", EMPTY_TEXT)
        elif not self.ribbons:
            self.message = translate("BoardFlowLane", NO_FLOWS_TEXT)
        else:
            self.message = ""
        self._labels = self._make_labels()
        self.setToolTip(self.message)
        self.update()

    def _make_labels(self) -> list[tuple[QColor, QRectF | None, S.Label]]:
        mid = self.rect.height() / 2
        left = Qt.AlignmentFlag.AlignLeft
        if self.message:
            box = QRectF(16, mid - 10, max(10.0, self.rect.width() - 32), 20)
            text = S.metrics(10).elidedText(self.message, Qt.TextElideMode.ElideRight, box.width())
            return [(S.BOARD_MUTED, None, S.Label(text, box, left | Qt.AlignmentFlag.AlignVCenter, 10))]
        back = translate("BoardFlowLane", "↶ back")
        if self.left_out:
            back += translate("BoardFlowLane", "   ({count} smaller flows not drawn)").format(
                count=grouped(self.left_out)
            )
        forward = translate("BoardFlowLane", "↷ forward")
        labels: list[tuple[QColor, QRectF | None, S.Label]] = [
            (S.FLOW_FORWARD_INK, None, S.Label(forward, QRectF(6, 3, 160, 14), left, 7.5, True)),
            (S.FLOW_BACKWARD_INK, None, S.Label(back, QRectF(6, self.rect.height() - 17, 400, 14), left, 7.5, True)),
        ]
        fm = S.metrics(LABEL_SIZE, True)
        for ribbon in self.ribbons:
            if not ribbon.labelled:
                continue
            text = grouped(ribbon.count)
            w = fm.horizontalAdvance(text) + 10
            pill = QRectF(ribbon.apex.x() - w / 2, ribbon.apex.y() - 8, w, 16)
            ink = S.PILL_BACKWARD_INK if ribbon.backward else S.PILL_FORWARD_INK
            labels.append((ink, pill, S.Label(text, pill, Qt.AlignmentFlag.AlignCenter, LABEL_SIZE, True)))
        return labels

    def boundingRect(self) -> QRectF:
        return self.rect

    def ribbon_at(self, pos: QPointF) -> Ribbon | None:
        """The ribbon under ``pos`` (item coordinates): the one drawn last, on top."""
        return next((r for r in reversed(self.ribbons) if r.hit.contains(pos)), None)

    def hoverMoveEvent(self, event) -> None:
        ribbon = self.ribbon_at(event.pos())
        self.setToolTip(ribbon.tooltip if ribbon else self.message)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        mid = self.rect.height() / 2
        if not self.message:
            painter.setPen(QPen(S.GRID, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(0, mid), QPointF(self.rect.width(), mid))
        for ribbon in self.ribbons:
            color = QColor(S.FLOW_BACKWARD if ribbon.backward else S.FLOW_FORWARD)
            color.setAlpha(150 if ribbon.backward else 120)
            pen = QPen(color, ribbon.width)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(ribbon.path)
        if not self.message:
            painter.setPen(QPen(S.WHITE, 1.5))
            painter.setBrush(S.FLOW_NODE)
            for x in self.nodes:
                painter.drawEllipse(QPointF(x, mid), NODE_R, NODE_R)
        for ink, pill, label in self._labels:
            if pill is not None:
                painter.setPen(QPen(ink, 1))
                painter.setBrush(S.WHITE)
                painter.drawRoundedRect(pill, 8, 8)
            painter.setPen(ink)
            label.draw(painter)


class FlowLanes:
    """The scene's flow-lane items, one per flow lane of the shown journey, by lane id."""

    def __init__(self, scene: QGraphicsScene):
        self.scene = scene
        self.items: dict[str, FlowLaneItem] = {}

    def sync(self, journey: Journey | None, layout: JourneyLayout | None, lanes: set[str] | None = None) -> None:
        """Re-place every flow lane's item (or only ``lanes``'); drop those of lanes gone."""
        wanted = (
            {ln.id for ln in journey.lanes if ln.kind == LaneKind.FLOW} if journey is not None and layout else set()
        )
        for lane_id in [lid for lid in self.items if lid not in wanted]:
            self.scene.removeItem(self.items.pop(lane_id))
        if journey is None or layout is None:
            return
        for lane_id in wanted:
            if lanes is not None and lane_id not in lanes and lane_id in self.items:
                continue
            item = self.items.get(lane_id)
            if item is None:
                item = self.items[lane_id] = FlowLaneItem(lane_id)
                self.scene.addItem(item)
            item.set_flows(journey, layout)
