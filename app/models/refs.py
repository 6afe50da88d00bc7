"""Typed references to the things of a project: what an edit, a signal and a selection name.

A ref names one entity by its ids alone (never by a Python object), so it survives the entity
being replaced by an edit, travels through Qt signals and compares by value. Each ref class
carries its ``Kind``; a reader (and mypy) follows an edit by the ref's type, not by a string.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import ClassVar

from app.i18n import QT_TRANSLATE_NOOP, translate


class Kind(Enum):
    """What a ref points at; ``noun`` is how menus and undo steps name it."""

    PROJECT = QT_TRANSLATE_NOOP("Refs", "Project")
    PERSONA = QT_TRANSLATE_NOOP("Refs", "Persona")
    JOURNEY = QT_TRANSLATE_NOOP("Refs", "Journey")
    STAGE = QT_TRANSLATE_NOOP("Refs", "Stage")
    LANE = QT_TRANSLATE_NOOP("Refs", "Lane")
    CARD = QT_TRANSLATE_NOOP("Refs", "Card")
    EMOTION = QT_TRANSLATE_NOOP("Refs", "Emotion Point")
    METRIC = QT_TRANSLATE_NOOP("Refs", "Metric")
    LINE = QT_TRANSLATE_NOOP("Refs", "Blueprint Line")
    SESSION = QT_TRANSLATE_NOOP("Refs", "Voting Session")
    SNAPSHOT = QT_TRANSLATE_NOOP("Refs", "Snapshot")

    @property
    def noun(self) -> str:
        """The display name in the session's language (the value is its English source)."""
        return translate("Refs", self.value)


@dataclass(frozen=True, slots=True, order=True)
class ProjectRef:
    """The project's own fields (name, description)."""

    kind: ClassVar[Kind] = Kind.PROJECT


@dataclass(frozen=True, slots=True, order=True)
class PersonaRef:
    persona_id: str
    kind: ClassVar[Kind] = Kind.PERSONA

    @property
    def id(self) -> str:
        return self.persona_id


@dataclass(frozen=True, slots=True, order=True)
class JourneyRef:
    journey_id: str
    kind: ClassVar[Kind] = Kind.JOURNEY

    @property
    def id(self) -> str:
        return self.journey_id


@dataclass(frozen=True, slots=True, order=True)
class StageRef:
    journey_id: str
    stage_id: str
    kind: ClassVar[Kind] = Kind.STAGE

    @property
    def id(self) -> str:
        return self.stage_id


@dataclass(frozen=True, slots=True, order=True)
class LaneRef:
    journey_id: str
    lane_id: str
    kind: ClassVar[Kind] = Kind.LANE

    @property
    def id(self) -> str:
        return self.lane_id


@dataclass(frozen=True, slots=True, order=True)
class CardRef:
    journey_id: str
    card_id: str
    kind: ClassVar[Kind] = Kind.CARD

    @property
    def id(self) -> str:
        return self.card_id


@dataclass(frozen=True, slots=True, order=True)
class EmotionRef:
    """One emotion point: a persona's (or the customer's, persona None) score in one cell."""

    journey_id: str
    lane_id: str
    stage_id: str
    persona_id: str | None
    variant: str
    kind: ClassVar[Kind] = Kind.EMOTION

    @property
    def key(self) -> tuple[str, str, str | None, str]:
        """The point's key within its journey, as ``EmotionPoint.key``."""
        return (self.lane_id, self.stage_id, self.persona_id, self.variant)


@dataclass(frozen=True, slots=True, order=True)
class MetricRef:
    journey_id: str
    lane_id: str
    stage_id: str
    kind: ClassVar[Kind] = Kind.METRIC

    @property
    def key(self) -> tuple[str, str]:
        return (self.lane_id, self.stage_id)


@dataclass(frozen=True, slots=True, order=True)
class LineRef:
    """A blueprint line below ``after_lane``; ``line_kind`` is interaction, visibility or internal."""

    journey_id: str
    after_lane: str
    line_kind: str
    kind: ClassVar[Kind] = Kind.LINE

    @property
    def key(self) -> tuple[str, str]:
        return (self.after_lane, self.line_kind)


@dataclass(frozen=True, slots=True, order=True)
class SessionRef:
    """A dot-voting session of a journey."""

    journey_id: str
    session_id: str
    kind: ClassVar[Kind] = Kind.SESSION

    @property
    def id(self) -> str:
        return self.session_id


@dataclass(frozen=True, slots=True, order=True)
class SnapshotRef:
    """A snapshot of a journey (the journey as it was at some moment)."""

    journey_id: str
    snapshot_id: str
    kind: ClassVar[Kind] = Kind.SNAPSHOT

    @property
    def id(self) -> str:
        return self.snapshot_id


# What a board item or the inspector can point at inside one journey.
CellRef = CardRef | EmotionRef | MetricRef
ItemRef = StageRef | LaneRef | CardRef | EmotionRef | MetricRef | LineRef
# Anything an Edit can change.
EditableRef = ProjectRef | PersonaRef | JourneyRef | StageRef | LaneRef | CardRef | SessionRef | SnapshotRef
# Anything with a place in an ordered list (Move).
OrderedRef = PersonaRef | JourneyRef | StageRef | LaneRef
Ref = (
    ProjectRef
    | PersonaRef
    | JourneyRef
    | StageRef
    | LaneRef
    | CardRef
    | EmotionRef
    | MetricRef
    | LineRef
    | SessionRef
    | SnapshotRef
)


def emotion_ref(journey_id: str, key: tuple[str, str, str | None, str]) -> EmotionRef:
    return EmotionRef(journey_id, *key)


def metric_ref(journey_id: str, key: tuple[str, str]) -> MetricRef:
    return MetricRef(journey_id, *key)


def line_ref(journey_id: str, key: tuple[str, str]) -> LineRef:
    return LineRef(journey_id, *key)
