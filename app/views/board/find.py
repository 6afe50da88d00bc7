"""Find on the board: what a search matches, in board order, and how the matches are shown.

A facilitator searches for what they see on the map, so every text the board shows can match:
cards (text, tags, channel), stage names and descriptions, lane names, emotion notes and the
labels of metric cells ("64%", "target 70%"). Matches are stepped through in board order —
stage by stage, as a journey is read: the lane headers first, then each column from its stage
header down — and each is selected and scrolled into view clear of the frozen headers.

Cards keep their own highlight (a border in the find colour); every other kind gets a
``FindMark`` child item, so the mark follows a frozen header and needs nothing from the item.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from app.i18n import translate
from app.models.entities import Lane, MetricValue
from app.models.refs import CardRef, EmotionRef, ItemRef, LaneRef, MetricRef, StageRef
from app.views.board import style as S
from app.views.board.card_item import CardItem
from app.views.board.cell_items import _fmt as format_metric
from app.views.board.emotion_items import EmotionPointItem
from app.views.board.scene import BoardScene

Reveal = Callable[..., None]  # FrozenHeaders.reveal(rect, *, horizontal=…, vertical=…)


def metric_labels(metric: MetricValue, lane: Lane | None) -> list[str]:
    """The texts a metric cell shows (cell_items.MetricItem), as a search sees them."""
    unit = (lane.unit or "") if lane else ""
    labels = []
    if metric.value is not None:
        labels.append(f"{format_metric(metric.value)}{unit}")
    if metric.target is not None:
        labels.append(translate("BoardMetric", "target {value}").format(value=f"{format_metric(metric.target)}{unit}"))
    return labels


def find_refs(scene: BoardScene, text: str) -> list[ItemRef]:
    """Everything on the board whose text contains ``text`` (case-insensitive), in board order."""
    journey, layout = scene.journey(), scene.layout
    needle = text.casefold().strip()
    if journey is None or layout is None or not needle:
        return []

    def has(*texts: str | None) -> bool:
        return any(t and needle in t.casefold() for t in texts)

    jid = journey.id
    column = {sid: n for n, (sid, _x, _w) in enumerate(layout.columns)}
    hits: list[tuple[tuple[int, float], ItemRef]] = []
    for lane_id, y, _h in layout.rows:
        lane = journey.lane(lane_id)
        if lane is not None and has(lane.name):
            hits.append(((-1, y), LaneRef(jid, lane_id)))
    for stage in journey.stages:
        if stage.id in column and has(stage.name, stage.description):
            hits.append(((column[stage.id], -1.0), StageRef(jid, stage.id)))
    for card in journey.cards:
        box = layout.cards.get(card.id)
        if box is not None and (has(card.text, card.channel) or any(needle in t.casefold() for t in card.tags)):
            hits.append(((column[card.stage], box.y), CardRef(jid, card.id)))
    for point in journey.emotions:
        eref = EmotionRef(jid, *point.key)
        item = scene.refs.get(eref)  # none for a hidden curve: nothing to show or select
        if item is not None and point.stage in column and has(point.note):
            hits.append(((column[point.stage], item.pos().y()), eref))
    for metric in journey.metrics:
        mref = MetricRef(jid, metric.lane, metric.stage)
        if mref in scene.refs and metric.stage in column and has(*metric_labels(metric, journey.lane(metric.lane))):
            hits.append(((column[metric.stage], layout.row(metric.lane)[0]), mref))
    hits.sort(key=lambda hit: hit[0])
    return [ref for _key, ref in hits]


class FindMark(QGraphicsItem):
    """A found header, emotion point or metric cell: an outline in the find colour, drawn as a
    child of the item so it moves with it. It takes no clicks, so the item under it still does."""

    def __init__(self, parent: QGraphicsItem):
        super().__init__(parent)
        self.rect = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.fit()

    def fit(self) -> None:
        """Follow the item's size (a stage resized, a lane grown by an edit)."""
        parent = self.parentItem()
        # a face is outlined around it; a header or cell just inside its edge (its neighbours
        # draw over anything outside)
        pad = 3.0 if isinstance(parent, EmotionPointItem) else -2.0
        rect = parent.shape().boundingRect().adjusted(-pad, -pad, pad, pad)
        if rect != self.rect:
            self.prepareGeometryChange()
            self.rect = rect

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(S.FIND_HIT, 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self.rect, 5, 5)


class BoardFind:
    """The board view's find: the matches of the last search, the one stepped to, the marks."""

    def __init__(self, scene: BoardScene, reveal: Reveal):
        self.scene, self.reveal = scene, reveal
        self.hits: list[ItemRef] = []
        self.index = -1
        self._marks: list[FindMark] = []
        scene.synced.connect(self._fit_marks)

    def step(self, text: str, *, backward: bool = False) -> tuple[int, int]:
        """Highlight every match and go to the next (or previous) one; returns (position, count)."""
        hits = find_refs(self.scene, text)
        if hits != self.hits:
            self.clear()
            self.hits = hits
            self._highlight(True)
        if not hits:
            return 0, 0
        if self.index < 0:
            self.index = len(hits) - 1 if backward else 0
        else:
            self.index = (self.index + (-1 if backward else 1)) % len(hits)
        ref = hits[self.index]
        self.scene.select_refs([ref])
        self._show(ref)
        return self.index + 1, len(hits)

    def clear(self) -> None:
        self._highlight(False)
        self.hits, self.index = [], -1

    def _show(self, ref: ItemRef) -> None:
        layout = self.scene.layout
        if layout is None:
            return
        if isinstance(ref, StageRef):
            x, w = layout.column(ref.stage_id)
            self.reveal(QRectF(x, 0, w, S.STAGE_HEADER_H), vertical=False)
        elif isinstance(ref, LaneRef):
            y, h = layout.row(ref.lane_id)
            self.reveal(QRectF(0, y, S.LANE_HEADER_W, h), horizontal=False)
        else:
            item = self.scene.refs.get(ref)
            if item is not None:
                # the shape, not the bounds: an emotion face's bounds reserve room for a label either side
                self.reveal(item.mapToScene(item.shape().boundingRect()).boundingRect())

    def _fit_marks(self) -> None:
        self._marks = [mark for mark in self._marks if mark.scene() is not None]
        for mark in self._marks:
            mark.fit()

    def _highlight(self, on: bool) -> None:
        for mark in self._marks:
            if mark.scene() is not None:
                mark.scene().removeItem(mark)
        self._marks = []
        for ref in self.hits:
            item = self.scene.refs.get(ref)
            if isinstance(item, CardItem):
                item.highlight = on
                item.update()
            elif item is not None and on:
                self._marks.append(FindMark(item))
