"""The kinds that live inside a journey's cells: cards, emotion points, metric values, blueprint lines.

Each method follows the document's one order: validate, write the working copy, change memory,
emit the past-tense signal with the thing's ref.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.document.card_index import CardIndex, CardIndexes, insert_at
from app.document.removals import CardRemoval, Removal, ValueRemoval
from app.document.support import EditError, index_of, validated
from app.i18n import translate
from app.models import limits as L
from app.models import repository as R
from app.models import schema as S
from app.models.entities import CARD_LANE_KINDS, BlueprintLine, Card, EmotionPoint, Journey, LaneKind, MetricValue
from app.models.refs import CardRef, EmotionRef, LineRef, MetricRef, emotion_ref, line_ref, metric_ref
from app.models.rules import a_lane, a_line

if TYPE_CHECKING:
    from app.document.document import Document


def check_cell(journey: Journey, lane_id: str, stage_id: str) -> None:
    lane = journey.lane(lane_id)
    if lane is None:
        raise EditError(
            translate("CellTables", "no lane '{lane}' in journey '{journey}'").format(lane=lane_id, journey=journey.id)
        )
    if lane.kind not in CARD_LANE_KINDS:
        raise EditError(
            translate("CellTables", "lane '{name}' is {lane}; cards go in cards or touchpoints lanes").format(
                name=lane.name, lane=a_lane(lane.kind)
            )
        )
    if journey.stage(stage_id) is None:
        raise EditError(
            translate("CellTables", "no stage '{stage}' in journey '{journey}'").format(
                stage=stage_id, journey=journey.id
            )
        )


class CardTable:
    """Cards, with a per-journey index (card_index.py) so an edit at the limits scans nothing."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.indexes = CardIndexes()

    def index_of(self, journey_id: str) -> CardIndex:
        return self.indexes.of(self.doc.journey(journey_id))

    def find(self, journey_id: str, card_id: str) -> Card | None:
        return self.index_of(journey_id).by_id.get(card_id)

    def get(self, ref: CardRef) -> Card:
        card = self.find(ref.journey_id, ref.card_id)
        if card is None:
            raise EditError(
                translate("CellTables", "no card '{card}' in journey '{journey}'").format(
                    card=ref.card_id, journey=ref.journey_id
                )
            )
        return card

    def in_cell(self, journey_id: str, lane: str, stage: str) -> list[Card]:
        index = self.index_of(journey_id)
        return [index.by_id[cid] for cid in index.cells.get((lane, stage), ())]

    def index(self, ref: CardRef) -> int:
        """The card's place in its cell."""
        return self.index_of(ref.journey_id).place(self.get(ref))

    def insert(self, ref: CardRef, item: Card, index: int | None = None, restore: Removal | None = None) -> None:
        """Put the card at ``index`` in its cell (None: at the bottom)."""
        jid = ref.journey_id
        journey = self.doc.journey(jid)
        cards = self.indexes.of(journey)
        if item.id != ref.card_id:
            raise EditError(f"card '{item.id}' inserted as '{ref.card_id}'")
        if item.id in cards.by_id:
            raise EditError(
                translate("CellTables", "a card with id '{id}' exists already in this journey").format(id=item.id)
            )
        if len(journey.cards) >= L.MAX_CARDS:
            raise EditError(translate("CellTables", "a journey holds at most {n} cards").format(n=f"{L.MAX_CARDS:,}"))
        check_cell(journey, item.lane, item.stage)
        cell = cards.cell(item.lane, item.stage)
        index = len(cell) if index is None else max(0, min(index, len(cell)))
        cell.insert(index, item.id)

        def write(conn: Any) -> None:
            R.upsert(conn, S.cards, R.card_row(jid, item, index))
            R.set_positions(conn, S.cards, cell, journey_id=jid)

        self.doc.write(write)
        insert_at(journey, cards, item, index)
        self.doc.card_added.emit(ref)

    def update(self, ref: CardRef, changes: dict[str, Any]) -> None:
        jid, cid = ref.journey_id, ref.card_id
        if {"lane", "stage"} & set(changes):
            raise EditError("use a move to change a card's lane or stage")
        journey = self.doc.journey(jid)
        cards = self.indexes.of(journey)
        old = self.get(ref)
        new = validated(Card, {**old.dump(), **changes}, f"card '{cid}'")
        position = cards.place(old)
        self.doc.write(lambda c: R.upsert(c, S.cards, R.card_row(jid, new, position)))
        journey.cards[cards.flat_position(old)] = new
        cards.replaced(new)
        self.doc.card_changed.emit(ref)

    def remove(self, ref: CardRef) -> CardRemoval:
        jid, cid = ref.journey_id, ref.card_id
        journey = self.doc.journey(jid)
        cards = self.indexes.of(journey)
        card = self.get(ref)
        index = cards.place(card)
        rest = [i for i in cards.cell(card.lane, card.stage) if i != cid]

        def write(conn: Any) -> None:
            R.delete(conn, S.cards, journey_id=jid, id=cid)
            R.set_positions(conn, S.cards, rest, journey_id=jid)

        self.doc.write(write)
        del journey.cards[cards.flat_position(card)]
        cards.removed(card)
        self.doc.card_removed.emit(ref)
        return CardRemoval(card, index)

    def move_to_cell(self, ref: CardRef, lane: str, stage: str, index: int | None = None) -> None:
        """Move the card to ``index`` of cell (lane, stage); the index counts without the card."""
        jid, cid = ref.journey_id, ref.card_id
        journey = self.doc.journey(jid)
        cards = self.indexes.of(journey)
        card = self.get(ref)
        check_cell(journey, lane, stage)
        old_cell = [i for i in cards.cell(card.lane, card.stage) if i != cid]
        target = [i for i in cards.cell(lane, stage) if i != cid]
        index = len(target) if index is None else max(0, min(index, len(target)))
        if (card.lane, card.stage) == (lane, stage) and cards.place(card) == index:
            return
        target.insert(index, cid)
        moved = card.model_copy(update={"lane": lane, "stage": stage})

        def write(conn: Any) -> None:
            R.upsert(conn, S.cards, R.card_row(jid, moved, index))
            R.set_positions(conn, S.cards, old_cell, journey_id=jid)
            R.set_positions(conn, S.cards, target, journey_id=jid)

        self.doc.write(write)
        del journey.cards[cards.flat_position(card)]
        cards.removed(card)
        insert_at(journey, cards, moved, index)
        self.doc.card_moved.emit(ref)


class EmotionTable:
    """Emotion points are set (added or replaced) rather than inserted at an index."""

    def __init__(self, doc: Document):
        self.doc = doc

    def find(self, ref: EmotionRef) -> EmotionPoint | None:
        return next((e for e in self.doc.journey(ref.journey_id).emotions if e.key == ref.key), None)

    def get(self, ref: EmotionRef) -> EmotionPoint:
        point = self.find(ref)
        if point is None:
            raise EditError(translate("CellTables", "no such emotion point"))
        return point

    def set(self, journey_id: str, point: EmotionPoint) -> None:
        journey = self.doc.journey(journey_id)
        lane = self.doc.lane(journey_id, point.lane)
        if lane.kind != LaneKind.EMOTION:
            raise EditError(
                translate("CellTables", "lane '{name}' is {lane}; emotion points go in an emotion lane").format(
                    name=lane.name, lane=a_lane(lane.kind)
                )
            )
        self.doc.stage(journey_id, point.stage)
        if point.persona is not None:
            self.doc.persona(point.persona)
        ref = emotion_ref(journey_id, point.key)
        old = self.find(ref)
        if old is None and len(journey.emotions) >= L.MAX_EMOTION_POINTS:
            raise EditError(
                translate("CellTables", "a journey holds at most {n} emotion points").format(
                    n=f"{L.MAX_EMOTION_POINTS:,}"
                )
            )
        self.doc.write(lambda c: R.upsert(c, S.emotion_points, R.emotion_row(journey_id, point)))
        if old is None:
            journey.emotions.append(point)
        else:
            journey.emotions[index_of(journey.emotions, old)] = point
        self.doc.emotion_changed.emit(ref)

    def insert(
        self, ref: EmotionRef, item: EmotionPoint, index: int | None = None, restore: Removal | None = None
    ) -> None:
        self.set(ref.journey_id, item)

    def update(self, ref: EmotionRef, changes: dict[str, Any]) -> None:
        old = self.get(ref)
        self.set(ref.journey_id, validated(EmotionPoint, {**old.dump(), **changes}, "emotion point"))

    def remove(self, ref: EmotionRef) -> ValueRemoval:
        journey = self.doc.journey(ref.journey_id)
        point = self.get(ref)
        lane, stage, persona, variant = point.key
        self.doc.write(
            lambda c: R.delete(
                c,
                S.emotion_points,
                journey_id=ref.journey_id,
                lane_id=lane,
                stage_id=stage,
                persona_id=persona or "",
                variant=variant,
            )
        )
        del journey.emotions[index_of(journey.emotions, point)]
        self.doc.emotion_changed.emit(ref)
        return ValueRemoval(point)


class MetricTable:
    def __init__(self, doc: Document):
        self.doc = doc

    def find(self, ref: MetricRef) -> MetricValue | None:
        return next((m for m in self.doc.journey(ref.journey_id).metrics if m.key == ref.key), None)

    def get(self, ref: MetricRef) -> MetricValue:
        metric = self.find(ref)
        if metric is None:
            raise EditError(translate("CellTables", "no such metric value"))
        return metric

    def set(self, journey_id: str, metric: MetricValue) -> None:
        journey = self.doc.journey(journey_id)
        lane = self.doc.lane(journey_id, metric.lane)
        if lane.kind != LaneKind.METRIC:
            raise EditError(
                translate("CellTables", "lane '{name}' is {lane}; metric values go in a metric lane").format(
                    name=lane.name, lane=a_lane(lane.kind)
                )
            )
        self.doc.stage(journey_id, metric.stage)
        ref = metric_ref(journey_id, metric.key)
        old = self.find(ref)
        self.doc.write(lambda c: R.upsert(c, S.metric_values, R.metric_row(journey_id, metric)))
        if old is None:
            journey.metrics.append(metric)
        else:
            journey.metrics[index_of(journey.metrics, old)] = metric
        self.doc.metric_changed.emit(ref)

    def insert(
        self, ref: MetricRef, item: MetricValue, index: int | None = None, restore: Removal | None = None
    ) -> None:
        self.set(ref.journey_id, item)

    def update(self, ref: MetricRef, changes: dict[str, Any]) -> None:
        old = self.find(ref) or MetricValue(lane=ref.lane_id, stage=ref.stage_id)
        self.set(ref.journey_id, validated(MetricValue, {**old.dump(), **changes}, "metric value"))

    def remove(self, ref: MetricRef) -> ValueRemoval:
        journey = self.doc.journey(ref.journey_id)
        metric = self.get(ref)
        self.doc.write(
            lambda c: R.delete(
                c, S.metric_values, journey_id=ref.journey_id, lane_id=metric.lane, stage_id=metric.stage
            )
        )
        del journey.metrics[index_of(journey.metrics, metric)]
        self.doc.metric_changed.emit(ref)
        return ValueRemoval(metric)


class LineTable:
    def __init__(self, doc: Document):
        self.doc = doc

    def get(self, ref: LineRef) -> BlueprintLine:
        line = next((ln for ln in self.doc.journey(ref.journey_id).lines if ln.key == ref.key), None)
        if line is None:
            raise EditError(translate("CellTables", "no such blueprint line"))
        return line

    def insert(
        self, ref: LineRef, item: BlueprintLine, index: int | None = None, restore: Removal | None = None
    ) -> None:
        jid = ref.journey_id
        journey = self.doc.journey(jid)
        self.doc.lane(jid, item.after_lane)
        if any(ln.key == item.key for ln in journey.lines):
            raise EditError(
                translate("CellTables", "there is {line} below that lane already").format(line=a_line(item.kind))
            )
        if len(journey.lines) >= L.MAX_LINES:
            raise EditError(
                translate("CellTables", "a journey holds at most {n} blueprint lines").format(n=L.MAX_LINES)
            )
        self.doc.write(lambda c: R.upsert(c, S.blueprint_lines, R.line_row(jid, item)))
        journey.lines.append(item)
        self.doc.line_added.emit(line_ref(jid, item.key))

    def update(self, ref: LineRef, changes: dict[str, Any]) -> None:
        raise EditError(translate("CellTables", "a blueprint line has nothing to edit"))

    def remove(self, ref: LineRef) -> ValueRemoval:
        journey = self.doc.journey(ref.journey_id)
        line = self.get(ref)
        self.doc.write(
            lambda c: R.delete(
                c, S.blueprint_lines, journey_id=ref.journey_id, after_lane_id=line.after_lane, kind=line.kind
            )
        )
        journey.lines.remove(line)
        self.doc.line_removed.emit(ref)
        return ValueRemoval(line)
