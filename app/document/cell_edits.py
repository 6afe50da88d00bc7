"""The document's edits inside cells: cards, emotion points, metric values, blueprint lines.

A mixin of Document, kept apart only for size; it relies on Document's lookups, ``_write``
and signals, and follows the same order: validate, write the working copy, change memory,
emit.
"""

from __future__ import annotations

from app.document.removals import cell_index
from app.document.support import EditError, index_of, insert_in_cell
from app.models import limits as L
from app.models import repository as R
from app.models import schema as S
from app.models.entities import (
    CARD_LANE_KINDS,
    BlueprintLine,
    Card,
    EmotionPoint,
    Journey,
    MetricValue,
)
from app.models.rules import article


class CellEdits:
    # -- cards ------------------------------------------------------------------------------

    def _check_cell(self, journey: Journey, lane_id: str, stage_id: str) -> None:
        lane = journey.lane(lane_id)
        if lane is None:
            raise EditError(f"no lane '{lane_id}' in journey '{journey.id}'")
        if lane.kind not in CARD_LANE_KINDS:
            raise EditError(
                f"lane '{lane.name}' is {article(lane.kind)} {lane.kind} lane; cards go in cards or touchpoints lanes"
            )
        if journey.stage(stage_id) is None:
            raise EditError(f"no stage '{stage_id}' in journey '{journey.id}'")

    def insert_card(self, jid: str, card: Card, index: int | None = None) -> None:
        """Put ``card`` at ``index`` in its cell (None: at the bottom)."""
        journey = self.journey(jid)
        if journey.card(card.id) is not None:
            raise EditError(f"a card with id '{card.id}' exists already in this journey")
        if len(journey.cards) >= L.MAX_CARDS:
            raise EditError(f"a journey holds at most {L.MAX_CARDS:,} cards")
        self._check_cell(journey, card.lane, card.stage)
        cell = R.cell_positions(journey, card.lane, card.stage)
        index = len(cell) if index is None else max(0, min(index, len(cell)))
        cell.insert(index, card.id)

        def write(conn) -> None:
            R.upsert(conn, S.cards, R.card_row(jid, card, index))
            R.set_positions(conn, S.cards, cell, journey_id=jid)

        self._write(write)
        insert_in_cell(journey, card, index)
        self.card_added.emit(jid, card.id)

    def remove_card(self, jid: str, cid: str) -> tuple[Card, int]:
        journey = self.journey(jid)
        card = self.card(jid, cid)
        index = cell_index(journey, card)
        rest = [i for i in R.cell_positions(journey, card.lane, card.stage) if i != cid]

        def write(conn) -> None:
            R.delete(conn, S.cards, journey_id=jid, id=cid)
            R.set_positions(conn, S.cards, rest, journey_id=jid)

        self._write(write)
        del journey.cards[index_of(journey.cards, card)]
        self.card_removed.emit(jid, cid)
        return card, index

    def move_card(self, jid: str, cid: str, lane: str, stage: str, index: int | None = None) -> None:
        """Move a card to ``index`` of cell (lane, stage); the index counts without the card."""
        journey = self.journey(jid)
        card = self.card(jid, cid)
        self._check_cell(journey, lane, stage)
        old_cell = [i for i in R.cell_positions(journey, card.lane, card.stage) if i != cid]
        target = [i for i in R.cell_positions(journey, lane, stage) if i != cid]
        index = len(target) if index is None else max(0, min(index, len(target)))
        if (card.lane, card.stage) == (lane, stage) and cell_index(journey, card) == index:
            return
        target.insert(index, cid)
        moved = card.model_copy(update={"lane": lane, "stage": stage})

        def write(conn) -> None:
            R.upsert(conn, S.cards, R.card_row(jid, moved, index))
            R.set_positions(conn, S.cards, old_cell, journey_id=jid)
            R.set_positions(conn, S.cards, target, journey_id=jid)

        self._write(write)
        del journey.cards[index_of(journey.cards, card)]
        insert_in_cell(journey, moved, index)
        self.card_moved.emit(jid, cid)

    # -- emotion points, metric values, blueprint lines ----------------------------------------

    def set_emotion(self, jid: str, point: EmotionPoint) -> None:
        journey = self.journey(jid)
        lane = self.lane(jid, point.lane)
        if lane.kind != "emotion":
            raise EditError(f"lane '{lane.name}' is not an emotion lane")
        self.stage(jid, point.stage)
        if point.persona is not None:
            self.persona(point.persona)
        old = self.emotion(jid, point.key)
        if old is None and len(journey.emotions) >= L.MAX_EMOTION_POINTS:
            raise EditError(f"a journey holds at most {L.MAX_EMOTION_POINTS:,} emotion points")
        self._write(lambda c: R.upsert(c, S.emotion_points, R.emotion_row(jid, point)))
        if old is None:
            journey.emotions.append(point)
        else:
            journey.emotions[index_of(journey.emotions, old)] = point
        self.emotion_changed.emit(jid, point.key)

    def remove_emotion(self, jid: str, key: tuple) -> EmotionPoint:
        journey = self.journey(jid)
        point = self.emotion(jid, key)
        if point is None:
            raise EditError("no such emotion point")
        lane, stage, persona, variant = point.key
        self._write(
            lambda c: R.delete(
                c,
                S.emotion_points,
                journey_id=jid,
                lane_id=lane,
                stage_id=stage,
                persona_id=persona or "",
                variant=variant,
            )
        )
        del journey.emotions[index_of(journey.emotions, point)]
        self.emotion_changed.emit(jid, point.key)
        return point

    def set_metric(self, jid: str, metric: MetricValue) -> None:
        journey = self.journey(jid)
        lane = self.lane(jid, metric.lane)
        if lane.kind != "metric":
            raise EditError(f"lane '{lane.name}' is not a metric lane")
        self.stage(jid, metric.stage)
        old = self.metric(jid, metric.key)
        self._write(lambda c: R.upsert(c, S.metric_values, R.metric_row(jid, metric)))
        if old is None:
            journey.metrics.append(metric)
        else:
            journey.metrics[index_of(journey.metrics, old)] = metric
        self.metric_changed.emit(jid, metric.key)

    def remove_metric(self, jid: str, key: tuple) -> MetricValue:
        journey = self.journey(jid)
        metric = self.metric(jid, key)
        if metric is None:
            raise EditError("no such metric value")
        self._write(lambda c: R.delete(c, S.metric_values, journey_id=jid, lane_id=metric.lane, stage_id=metric.stage))
        del journey.metrics[index_of(journey.metrics, metric)]
        self.metric_changed.emit(jid, metric.key)
        return metric

    def add_line(self, jid: str, line: BlueprintLine) -> None:
        journey = self.journey(jid)
        self.lane(jid, line.after_lane)
        if any(ln.key == line.key for ln in journey.lines):
            raise EditError(f"there is {article(line.kind)} {line.kind} line below that lane already")
        if len(journey.lines) >= L.MAX_LINES:
            raise EditError(f"a journey holds at most {L.MAX_LINES} blueprint lines")
        self._write(lambda c: R.upsert(c, S.blueprint_lines, R.line_row(jid, line)))
        journey.lines.append(line)
        self.line_added.emit(jid, line.key)

    def remove_line(self, jid: str, key: tuple) -> BlueprintLine:
        journey = self.journey(jid)
        line = next((ln for ln in journey.lines if ln.key == tuple(key)), None)
        if line is None:
            raise EditError("no such blueprint line")
        self._write(
            lambda c: R.delete(c, S.blueprint_lines, journey_id=jid, after_lane_id=line.after_lane, kind=line.kind)
        )
        journey.lines.remove(line)
        self.line_removed.emit(jid, line.key)
        return line
