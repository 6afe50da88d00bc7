"""What a removal took away, so that undo can put back exactly the same ids in the same order.

Every record has the removed ``item`` and its ``index`` in its list (a card: in its cell), so the
registry's ``insert(ref, item, index, restore)`` puts any of them back the same way."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.models.entities import (
    BlueprintLine,
    Card,
    EmotionPoint,
    Journey,
    Lane,
    MetricValue,
    Persona,
    Snapshot,
    Stage,
    VotingSession,
)


@dataclass
class Contents:
    """Cards (with their index in their cell), emotion points, metrics and lines of a slice."""

    cards: list[tuple[Card, int]] = field(default_factory=list)
    emotions: list[EmotionPoint] = field(default_factory=list)
    metrics: list[MetricValue] = field(default_factory=list)
    lines: list[BlueprintLine] = field(default_factory=list)


@dataclass(frozen=True)
class StageRemoval:
    item: Stage
    index: int
    contents: Contents


@dataclass(frozen=True)
class LaneRemoval:
    item: Lane
    index: int
    contents: Contents


@dataclass(frozen=True)
class JourneyRemoval:
    item: Journey
    index: int


@dataclass(frozen=True)
class PersonaRemoval:
    item: Persona
    index: int
    links: list[tuple[str, int]]  # (journey id, index in its persona_ids)
    emotions: list[tuple[str, EmotionPoint]]  # (journey id, point)


@dataclass(frozen=True)
class CardRemoval:
    item: Card
    index: int  # in its cell


@dataclass(frozen=True)
class ValueRemoval:
    """An emotion point, metric value or blueprint line: nothing else hangs on it."""

    item: EmotionPoint | MetricValue | BlueprintLine
    index: int = 0


@dataclass(frozen=True)
class SessionRemoval:
    item: VotingSession
    index: int
    shown: bool  # the journey's cards showed its totals


@dataclass(frozen=True)
class SnapshotRemoval:
    item: Snapshot
    index: int


Removal = (
    StageRemoval
    | LaneRemoval
    | JourneyRemoval
    | PersonaRemoval
    | CardRemoval
    | ValueRemoval
    | SessionRemoval
    | SnapshotRemoval
)


def slice_contents(journey: Journey, *, stage: str | None = None, lane: str | None = None) -> Contents:
    def hit(lane_id: str, stage_id: str) -> bool:
        return (stage is not None and stage_id == stage) or (lane is not None and lane_id == lane)

    counters: dict[tuple[str, str], int] = {}
    cards = []
    for card in journey.cards:
        cell = (card.lane, card.stage)
        n = counters.get(cell, 0)
        counters[cell] = n + 1
        if hit(card.lane, card.stage):
            cards.append((card, n))
    return Contents(
        cards=cards,
        emotions=[e for e in journey.emotions if hit(e.lane, e.stage)],
        metrics=[m for m in journey.metrics if hit(m.lane, m.stage)],
        lines=[ln for ln in journey.lines if lane is not None and ln.after_lane == lane],
    )
