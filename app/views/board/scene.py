"""The board scene: a mirror of one journey of the document.

It listens to the document's signals and re-syncs its items from a fresh layout (items are
kept by id, so selection survives). It never writes the model: a finished gesture (a card
or header drop, a resize, an emotion drag) becomes one command pushed on the undo stack, and
the resulting signal moves the items to where the document says they are.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from PySide6.QtCore import QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from app.document import commands as C
from app.document.document import Document
from app.i18n import translate
from app.models.curves import CurveKey
from app.models.entities import CARD_LANE_KINDS, Card, Journey, LaneKind
from app.models.errors import WaymarkError
from app.models.map_layout import JourneyLayout, stage_width
from app.models.refs import (
    CardRef,
    EmotionRef,
    ItemRef,
    JourneyRef,
    LaneRef,
    LineRef,
    MetricRef,
    StageRef,
)
from app.views.board import curve_picker
from app.views.board import style as S
from app.views.board.analysed_lane import analysed_header
from app.views.board.card_item import CardItem
from app.views.board.cell_items import BlueprintLineItem, MetricItem
from app.views.board.curve_legend import CurveChoices, curve_color, legends
from app.views.board.dropoff_heat import stage_heat
from app.views.board.emotion_items import EmotionCurveItem, EmotionPointItem
from app.views.board.flow_lane import FlowLanes
from app.views.board.header_items import GridItem, LaneHeaderItem, LegendEntry, StageHeaderItem
from app.views.board.layout import compute_layout, qrect, update_layout
from app.views.board.score_labels import place_labels
from app.views.board.vote_marks import VoteMirror

WARM_SLICE_S = 0.002  # per idle turn of the event loop, laying out cards no view has painted yet


class BoardScene(QGraphicsScene):
    edit_refused = Signal(str)
    synced = Signal()

    def __init__(self, doc: Document, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.journey_id: str | None = None
        self.layout: JourneyLayout | None = None
        self.refs: dict[ItemRef, QGraphicsItem] = {}
        self._grid = GridItem()
        self.addItem(self._grid)
        self._curves: dict[str, EmotionCurveItem] = {}
        # per emotion lane, the point items of each curve (persona, variant), in stage order
        self._emotion_groups: dict[str, dict[tuple, list[EmotionPointItem]]] = {}
        self.hidden_curves: set[tuple] = set()  # (lane, persona, variant): view state, never saved
        self.curve_choices = CurveChoices()  # the active curve of each emotion lane: view state too
        self.flows = FlowLanes(self)  # the ribbons of each flow lane (flow_lane.py)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        # Cards lay their text out when first painted, so opening a huge journey does not lay out
        # ten thousand cards; idle turns of the event loop then lay out the rest a slice at a time.
        self._unlaid: list[CardItem] = []
        self._warm_timer = QTimer(self)
        self._warm_timer.setInterval(0)
        self._warm_timer.timeout.connect(self._warm_up)
        self.setBackgroundBrush(S.CANVAS)
        # Structural changes rebuild from a fresh layout; edits inside cells update only the lanes
        # they touch (and shift the rows below), which keeps an edit cheap on a huge journey.
        for signal in (
            doc.journey_changed,
            doc.stage_added,
            doc.stage_removed,
            doc.stage_changed,
            doc.stage_moved,
            doc.lane_added,
            doc.lane_removed,
            doc.lane_changed,
            doc.lane_moved,
            doc.line_added,
            doc.line_removed,
        ):
            signal.connect(self._journey_signal)
        for signal in (doc.card_added, doc.card_removed, doc.card_changed, doc.card_moved):
            signal.connect(self._card_signal)
        doc.emotion_changed.connect(self._emotion_signal)
        doc.metric_changed.connect(self._metric_signal)
        for signal in (doc.persona_added, doc.persona_removed, doc.persona_changed, doc.persona_moved):
            signal.connect(self._persona_signal)
        doc.journey_removed.connect(self._journey_removed)
        self.votes = VoteMirror(self)  # the shown session's dots and totals on the cards
        # Compare mode (app/views/compare/): removed cards laid out in their old cells, so the
        # overlay can draw them as ghosts there; never items of the scene, never in the document.
        self.ghost_cards: tuple[Card, ...] = ()

    # -- mirroring ----------------------------------------------------------------------------

    def journey(self) -> Journey | None:
        return self.doc.project.journey(self.journey_id) if self.journey_id else None

    def show_journey(self, journey_id: str | None) -> None:
        if journey_id != self.journey_id:
            self.clearSelection()
            for item in list(self.refs.values()):
                self.removeItem(item)
            self.refs.clear()
            for curve in self._curves.values():
                self.removeItem(curve)
            self._curves.clear()
        self.journey_id = journey_id
        self.sync()

    def _journey_signal(self, ref: JourneyRef | StageRef | LaneRef | LineRef, *_rest: object) -> None:
        if ref.journey_id == self.journey_id:
            self.sync()

    def _card_signal(self, ref: CardRef) -> None:
        if ref.journey_id != self.journey_id:
            return
        card_id = ref.card_id
        journey = self.journey()
        item = self.refs.get(ref)
        card = self.doc.cards.find(journey.id, card_id) if journey else None
        cells = set()
        if item is not None and item.card is not None:
            cells.add((item.card.lane, item.card.stage))  # where it was
        if card is not None:
            cells.add((card.lane, card.stage))  # where it is now
        gone = [card_id] if card is None else []
        if not self._update_cells(cells, gone):
            self.sync()

    def _emotion_signal(self, ref: EmotionRef) -> None:
        if ref.journey_id != self.journey_id:
            return
        key = ref.key
        journey, layout = self.journey(), self.layout
        if journey is None or layout is None or not self._rows_match(journey):
            self.sync()
            return
        lane_id = key[0]
        if self._move_emotion(journey, layout, ref):
            self.synced.emit()
            return
        self._sync_emotions(journey, layout, set(), lanes={lane_id})
        header, lane = self.refs.get(LaneRef(journey.id, lane_id)), journey.lane(lane_id)
        if header is not None and lane is not None:
            y, h = layout.row(lane_id)
            header.set_lane(lane, QRectF(0, y, S.LANE_HEADER_W, h), self._legends(journey).get(lane_id))
        self.synced.emit()

    def _move_emotion(self, journey: Journey, layout: JourneyLayout, ref: EmotionRef) -> bool:
        """A point that was and still is on the board got a new score or note: move its item and
        reshape its lane's curves from the items already there (the points of the other curves and
        the legend cannot have changed). False if the change is more than that."""
        key = ref.key
        lane_id, stage_id, persona, variant = key
        item = self.refs.get(ref)
        groups = self._emotion_groups.get(lane_id)
        if item is None or groups is None or item.point is None or item not in groups.get((persona, variant), ()):
            return False
        point = self.doc.emotion(journey.id, key)
        curve = self._curves.get(lane_id)
        if point is None or curve is None:
            return False
        x, w = layout.column(stage_id)
        y, h = layout.row(lane_id)
        item.set_point(point, x + w / 2, y, h, self._curve_color(persona))
        self._set_lane_curves(curve, layout, lane_id, groups)
        return True

    def _metric_signal(self, ref: MetricRef) -> None:
        if ref.journey_id != self.journey_id:
            return
        key = ref.key
        journey, layout = self.journey(), self.layout
        item = self.refs.get(ref)
        lane = journey.lane(key[0]) if journey else None
        if item is None or lane is None or layout is None or not self._rows_match(journey):
            self.sync()
            return
        metric = next((m for m in journey.metrics if m.key == key), None)
        item.set_metric(metric, lane, qrect(layout.cell_rect(*key)))
        self.synced.emit()

    def _rows_match(self, journey: Journey) -> bool:
        """The layout was made for these stages and lanes (an incremental update is valid)."""
        layout = self.layout
        return (
            layout is not None
            and layout.journey_id == journey.id
            and len(layout.rows) == len(journey.lanes)
            and len(layout.columns) == len(journey.stages)
            and all(r[0] == ln.id for r, ln in zip(layout.rows, journey.lanes, strict=False))
            and all(
                c[0] == st.id and c[2] == stage_width(st) for c, st in zip(layout.columns, journey.stages, strict=False)
            )
        )

    def _update_cells(self, cells: set[tuple[str, str]], gone: list[str]) -> bool:
        """Update only the cards of ``cells`` and the rows below them; False if a full sync is
        needed instead (the layout does not match the journey's stages and lanes)."""
        journey = self.journey()
        if journey is None or not self._rows_match(journey) or self.ghost_cards:
            return False
        lanes = {ln.id: ln for ln in journey.lanes}
        if any(lane_id not in lanes for lane_id, _sid in cells):
            return False
        layout = self.layout
        for cid in gone:
            item = self.refs.pop(CardRef(journey.id, cid), None)
            if item is not None:
                self.removeItem(item)
        index = self.doc.cards.index_of(journey.id)
        change = update_layout(layout, journey, cells, index)
        if change.cells:
            cards = index.by_id
            for cell in change.cells:
                lane = lanes[cell[0]]
                for cid in layout.cells.get(cell, ()):
                    ref = CardRef(journey.id, cid)
                    item = self._item(ref, lambda ref=ref: CardItem(ref))
                    item.set_card(cards[cid], lane, layout.cards[cid])
                    item.set_marks(self.votes.of(cards[cid]))
        refs, rects = self.refs, layout.cards
        metrics = None
        emotion_lanes = set()
        for lane_id in [lid for lid, _y, _h in layout.rows if lid in change.moved or lid in change.resized]:
            lane = lanes[lane_id]
            y, h = layout.row(lane_id)
            header = refs.get(LaneRef(journey.id, lane_id))
            if header is not None:
                header.set_lane(lane, QRectF(0, y, S.LANE_HEADER_W, h), header.legend)
            if lane_id not in change.moved:
                continue
            if lane.kind in CARD_LANE_KINDS:
                for sid, _x, _w in layout.columns:
                    for cid in layout.cells.get((lane_id, sid), ()):
                        box = rects[cid]
                        refs[CardRef(journey.id, cid)].setPos(box.x, box.y)
            elif lane.kind == LaneKind.METRIC:
                if metrics is None:
                    metrics = {m.key: m for m in journey.metrics}
                for sid, _x, _w in layout.columns:
                    mref = MetricRef(journey.id, lane_id, sid)
                    item = self._item(mref, lambda mref=mref: MetricItem(mref))
                    item.set_metric(metrics.get(mref.key), lane, qrect(layout.cell_rect(lane_id, sid)))
            elif lane.kind == LaneKind.EMOTION:
                emotion_lanes.add(lane_id)
            elif lane.kind == LaneKind.FLOW:
                self.flows.sync(journey, layout, lanes={lane_id})
        if emotion_lanes:
            self._sync_emotions(journey, layout, set(), lanes=emotion_lanes)
        if change.moved or change.resized:
            for line in journey.lines:
                if line.after_lane in change.moved or line.after_lane in change.resized:
                    y, h = layout.row(line.after_lane)
                    lref = LineRef(journey.id, *line.key)
                    item = self._item(lref, lambda lref=lref: BlueprintLineItem(lref))
                    item.place(y + h, layout.width)
            self._grid.set_layout(layout, journey)
            self.setSceneRect(QRectF(-20, -20, layout.width + 60, layout.height + 60))
        self.synced.emit()
        return True

    def _persona_signal(self, *_args: object) -> None:
        self.sync()  # colours and legends of curves come from personas

    def _journey_removed(self, ref: JourneyRef) -> None:
        if ref.journey_id == self.journey_id:
            self.show_journey(None)

    def sync(self) -> None:
        journey = self.journey()
        if journey is None:
            for item in list(self.refs.values()):
                self.removeItem(item)
            self.refs.clear()
            self._emotion_groups = {}
            self.layout = None
            self.flows.sync(None, None)
            self._grid.setVisible(False)  # no journey, no grid (it kept the last one's layout)
            self.setSceneRect(QRectF(0, 0, 800, 600))
            self.synced.emit()
            return
        layout = compute_layout(journey, self.ghost_cards)
        self.layout = layout
        self._grid.set_layout(layout, journey)
        self._grid.setVisible(True)
        wanted: set[ItemRef] = set()
        lanes = {ln.id: ln for ln in journey.lanes}

        for n, stage in enumerate(journey.stages):
            x, w = layout.column(stage.id)
            sref = StageRef(journey.id, stage.id)
            item = self._item(sref, lambda sref=sref: StageHeaderItem(sref))
            heat = stage_heat(journey.analytics, stage, last=n == len(journey.stages) - 1)
            item.set_stage(stage, n + 1, QRectF(x, 0, w, S.STAGE_HEADER_H), heat)
            wanted.add(item.ref)

        legends = self._legends(journey)
        for lane in journey.lanes:
            y, h = layout.row(lane.id)
            lref = LaneRef(journey.id, lane.id)
            item = self._item(lref, lambda lref=lref: LaneHeaderItem(lref))
            item.set_analysed(analysed_header(journey, lane))
            item.set_lane(lane, QRectF(0, y, S.LANE_HEADER_W, h), legends.get(lane.id))
            wanted.add(item.ref)

        for card in journey.cards:
            rect = layout.cards.get(card.id)
            if rect is None:
                continue
            cref = CardRef(journey.id, card.id)
            item = self._item(cref, lambda cref=cref: CardItem(cref))
            item.set_card(card, lanes[card.lane], rect)
            item.set_marks(self.votes.of(card))
            wanted.add(item.ref)

        metrics = {m.key: m for m in journey.metrics}
        for lane in journey.lanes:
            if lane.kind != LaneKind.METRIC:
                continue
            for stage in journey.stages:
                mref = MetricRef(journey.id, lane.id, stage.id)
                item = self._item(mref, lambda mref=mref: MetricItem(mref))
                item.set_metric(metrics.get(mref.key), lane, qrect(layout.cell_rect(lane.id, stage.id)))
                wanted.add(item.ref)

        self._sync_emotions(journey, layout, wanted)
        self.flows.sync(journey, layout)

        for line in journey.lines:
            if line.after_lane not in lanes:
                continue
            y, h = layout.row(line.after_lane)
            lref = LineRef(journey.id, *line.key)
            item = self._item(lref, lambda lref=lref: BlueprintLineItem(lref))
            item.place(y + h, layout.width)
            wanted.add(item.ref)

        for ref in [r for r in self.refs if r not in wanted]:
            self.removeItem(self.refs.pop(ref))
        self.setSceneRect(QRectF(-20, -20, layout.width + 60, layout.height + 60))
        self._unlaid = [item for item in self.refs.values() if isinstance(item, CardItem)]
        self._warm_timer.start()
        self.synced.emit()

    def _warm_up(self) -> None:
        deadline = time.perf_counter() + WARM_SLICE_S
        unlaid = self._unlaid
        while unlaid:
            unlaid.pop().lay_out()
            if unlaid and time.perf_counter() > deadline:  # the last one done: stop now, not a turn later
                return
        self._warm_timer.stop()

    def _item(self, ref: ItemRef, make) -> QGraphicsItem:
        item = self.refs.get(ref)
        if item is None:
            item = make()
            self.refs[ref] = item
            self.addItem(item)
        return item

    def _curve_color(self, persona_id: str | None) -> QColor:
        return curve_color(self.doc.project, persona_id)

    def toggle_curve(self, key: tuple) -> None:
        """Show or hide one curve (lane, persona, variant); a view setting, not an edit."""
        self.hidden_curves.symmetric_difference_update({key})
        self.sync()

    def choose_curve(self, key: tuple) -> None:
        """Make one curve (lane, persona, variant) the one new points go to (app/views/board/curve_picker.py)."""
        curve_picker.choose_curve(self, key[0], CurveKey(key[1], key[2]))

    def open_curve_menu(self, lane_id: str, screen_pos) -> None:
        curve_picker.open_curve_menu(self, lane_id, screen_pos)

    def add_emotion_point(self, pos: QPointF) -> EmotionRef | None:
        """A double-click in an emotion lane: the active curve's point at that stage, scored from the height."""
        return curve_picker.add_point(self, pos, replace=True)

    def _legends(self, journey: Journey) -> dict[str, list[LegendEntry]]:
        return legends(self.doc.project, journey, self.curve_choices, self.hidden_curves)

    def _sync_emotions(
        self, journey: Journey, layout: JourneyLayout, wanted: set[ItemRef], lanes: set[str] | None = None
    ) -> None:
        """Points and curves of every emotion lane, or only of ``lanes`` (then the stale points of
        those lanes are removed here; otherwise sync() removes what is not in ``wanted``)."""
        stage_x = {sid: x + w / 2 for sid, x, w in layout.columns}
        order = {sid: n for n, (sid, _x, _w) in enumerate(layout.columns)}
        rows = {lid: (y, h) for lid, y, h in layout.rows}
        colors: dict[str | None, QColor] = {}
        curves: dict[str, dict[tuple, list]] = {}
        for point in journey.emotions:
            if lanes is not None and point.lane not in lanes:
                continue
            if point.stage not in stage_x or (point.lane, point.persona, point.variant) in self.hidden_curves:
                continue
            y, h = rows[point.lane]
            color = colors.get(point.persona)
            if color is None:
                color = colors[point.persona] = self._curve_color(point.persona)
            eref = EmotionRef(journey.id, *point.key)
            item = self._item(eref, lambda eref=eref: EmotionPointItem(eref))
            item.set_point(point, stage_x[point.stage], y, h, color)
            wanted.add(item.ref)
            curves.setdefault(point.lane, {}).setdefault((point.persona, point.variant), []).append(item)
        if lanes is not None:
            stale = [r for r in self.refs if isinstance(r, EmotionRef) and r.lane_id in lanes and r not in wanted]
            for ref in stale:
                self.removeItem(self.refs.pop(ref))
        if lanes is None:
            self._emotion_groups = {}
        for lane in journey.lanes:
            if lane.kind != LaneKind.EMOTION or (lanes is not None and lane.id not in lanes):
                continue
            curve = self._curves.get(lane.id)
            if curve is None:
                curve = self._curves[lane.id] = EmotionCurveItem(lane.id)
                self.addItem(curve)
            by_curve = curves.get(lane.id, {})
            for items in by_curve.values():
                items.sort(key=lambda it: order[it.point.stage])
            self._emotion_groups[lane.id] = by_curve
            self._set_lane_curves(curve, layout, lane.id, by_curve)
        if lanes is not None:
            return
        for lane_id in [
            lid for lid in self._curves if lid not in {ln.id for ln in journey.lanes if ln.kind == LaneKind.EMOTION}
        ]:
            self.removeItem(self._curves.pop(lane_id))
            self._emotion_groups.pop(lane_id, None)

    def _set_lane_curves(
        self,
        curve: EmotionCurveItem,
        layout: JourneyLayout,
        lane_id: str,
        by_curve: dict[tuple, list[EmotionPointItem]],
    ) -> None:
        """The curves and shaded gaps of one lane, through its point items (in stage order)."""
        y, h = layout.row(lane_id)
        colors = {persona: self._curve_color(persona) for persona, _variant in by_curve}
        lines = [
            (colors[persona], S.stroke_of(variant), [it.pos() for it in items])
            for (persona, variant), items in by_curve.items()
        ]
        place_labels(curve.label_signatures, by_curve)  # each score off the curves
        gaps = []
        for (persona, variant), items in by_curve.items():
            if variant != "as_is" or (persona, "to_be") not in by_curve:
                continue
            to_be = {it.point.stage: it.pos() for it in by_curve[(persona, "to_be")]}
            shared = [it for it in items if it.point.stage in to_be]
            gaps.append((colors[persona], [it.pos() for it in shared], [to_be[it.point.stage] for it in shared]))
        curve.set_curves(QRectF(S.LANE_HEADER_W, y, layout.width - S.LANE_HEADER_W, h), lines, gaps)

    # -- selection ------------------------------------------------------------------------------

    def selected_refs(self) -> list[ItemRef]:
        return [item.ref for item in self.selectedItems() if hasattr(item, "ref")]

    def select_refs(self, refs: list[ItemRef]) -> None:
        self.clearSelection()
        for ref in refs:
            item = self.refs.get(ref)
            if item is not None:
                item.setSelected(True)

    def cell_at(self, pos: QPointF) -> tuple[str, str] | None:
        if self.layout is None:
            return None
        lane, stage = self.layout.lane_at(pos.y()), self.layout.stage_at(pos.x())
        return (lane, stage) if lane and stage else None

    # -- gestures end in commands ------------------------------------------------------------------

    def push(self, command_factory) -> bool:
        """Build and push a command; a refusal is reported and the board snaps back."""
        try:
            self.doc.push(command_factory())
            return True
        except WaymarkError as exc:
            self.edit_refused.emit(str(exc))
            self.sync()
            return False

    def _snap(self, items: list[QGraphicsItem]) -> None:
        """Put dragged items back where the layout says (the document's signals already moved
        what changed); a full sync here would cost a whole journey per gesture."""
        if self.layout is None or self.journey() is None:
            self.sync()
            return
        for item in items:
            if self.refs.get(getattr(item, "ref", None)) is not item:
                continue
            if isinstance(item, CardItem):
                box = self.layout.cards.get(item.card_id)
                if box is None:
                    self.sync()
                    return
                item.setPos(box.x, box.y)
            elif isinstance(item, EmotionPointItem):
                item.setPos(item.home)
                item.preview_score = None
                item.update()

    def finish_card_drag(self, dragged: CardItem, drop: QPointF) -> None:
        cell = self.cell_at(drop)
        journey = self.journey()
        lane = journey.lane(cell[0]) if (cell and journey) else None
        moved = [item for item in self.selectedItems() if isinstance(item, CardItem)] or [dragged]
        if dragged not in moved:
            moved = [dragged]
        if lane is None or lane.kind not in CARD_LANE_KINDS:
            self._snap(moved)
            return
        lane_id, stage_id = cell
        moved.sort(key=lambda it: (it.pos().y(), it.pos().x()))
        ids = [it.card_id for it in moved]
        current = [c.id for c in journey.cards_in_cell(lane_id, stage_id)]
        rest = [cid for cid in current if cid not in ids]
        k = sum(1 for cid in rest if drop.y() > self.layout.cards[cid].center_y)
        if rest[:k] + ids + rest[k:] == current:
            self._snap(moved)  # dropped where they were (or a jittery click): no undo step
            return

        def move(n: int, cid: str) -> C.MoveCard:
            # The index is taken from the live cell when the command is built, so moving cards
            # out of or within the target cell never shifts the ones that follow.
            live = [c.id for c in self.doc.journey(self.journey_id).cards_in_cell(lane_id, stage_id) if c.id != cid]
            if n:
                index = live.index(ids[n - 1]) + 1
            else:
                index = live.index(rest[k]) if k < len(rest) else len(live)
            return C.MoveCard(self.doc, CardRef(journey.id, cid), lane_id, stage_id, index)

        def steps() -> Iterator[C.MoveCard]:
            return (move(n, cid) for n, cid in enumerate(ids))  # each built after the one before moved

        if len(ids) == 1:
            self.push(lambda: move(0, ids[0]))
        else:
            text = translate("BoardScene", "Move {n} Cards").format(n=len(ids))
            self.push(lambda: C.Composite(self.doc, text, steps))
        self._snap(moved)

    def finish_header_drag(self, header) -> None:
        center = header.pos() + header.boundingRect().center()
        ref = header.ref
        if isinstance(ref, StageRef):
            index = self.layout.stage_insert_index(center.x())
            current = [sid for sid, _x, _w in self.layout.columns].index(ref.stage_id)
        else:
            index = self.layout.lane_insert_index(center.y())
            current = [lid for lid, _y, _h in self.layout.rows].index(ref.lane_id)
        if index > current:
            index -= 1  # the dragged header's own slot closes up
        if index == current:
            self.sync()
            return
        self.push(lambda: C.Move(self.doc, ref, index))
        self.sync()

    def finish_stage_resize(self, header: StageHeaderItem, width: float) -> None:
        stage_id = header.ref.stage_id
        stage = self.journey().stage(stage_id) if self.journey() else None
        if stage is None or round(width, 1) == stage_width(stage):
            self.sync()  # a click on the edge, or dragged back: no undo step
            return
        self.push(
            lambda: C.Edit(
                self.doc, header.ref, {"width": round(width, 1)}, text=translate("BoardScene", "Resize Stage")
            )
        )

        self.sync()

    def finish_emotion_drag(self, item: EmotionPointItem, score: float) -> None:
        if item.point is not None and score != item.point.score:
            point = item.point.model_copy(update={"score": score})
            self.push(lambda: C.SetEmotion(self.doc, self.journey_id, point))
        self._snap([item])
