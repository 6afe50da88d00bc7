"""The journey-map entities, shaped like FORMAT.md so the interchange is a plain dump.

Models are strict (a string is never coerced to a number) because a workbook or JSON file
from another tool must be rejected with a message rather than silently reinterpreted.
Unknown fields are ignored here; `interchange` reports them as warnings.
Cross-references (a card's lane exists, ids are unique) are checked in `rules`, which can
name the offending place in the whole document.

Waymark adds optional fields to FORMAT.md v1, which other readers ignore: a persona's
``needs`` and ``photo`` (a PNG as base64 text), a stage's ``width``, the project's ``author``,
a journey's dot-voting ``sessions`` with the ``shown_session`` whose totals cards show, a
journey's ``analytics`` (the results of an event log, so board and PDF work without the log) and
a metric lane's ``measure`` (the analysed measure that fills it).
Each is left out of the JSON when unset, so a file saved before it existed keeps its checksum.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from app.i18n import translate
from app.models import limits as L
from app.models.images import PNG_SIGNATURE as PNG_SIGNATURE
from app.models.images import CardImage, Photo
from app.models.images import photo_bytes as photo_bytes
from app.models.images import png_size as png_size

FORMAT_ID: Literal["waymark/1"] = "waymark/1"


class LaneKind(StrEnum):
    """What a lane holds. A str enum, so files, JSON and SQLite keep the plain words; compare
    with the members (``lane.kind == LaneKind.METRIC``), never with a string."""

    CARDS = "cards"
    TOUCHPOINTS = "touchpoints"
    EMOTION = "emotion"
    METRIC = "metric"
    FLOW = "flow"  # no cards: draws the analysed stage-to-stage flows as ribbons


class LineKind(StrEnum):
    """A service-blueprint line drawn below a lane."""

    INTERACTION = "interaction"
    VISIBILITY = "visibility"
    INTERNAL = "internal"


LaneRole = Literal["actions", "thoughts", "quotes", "pain_points", "opportunities", "backstage", "support", "custom"]
Evidence = Literal["observed", "assumed", "proposed"]
TouchpointCategory = Literal["peripheral", "external", "internal"]
Variant = Literal["as_is", "to_be", "observed"]  # observed: suggested from feedback in an event log

LANE_KINDS: tuple[LaneKind, ...] = tuple(LaneKind)
LANE_ROLES: tuple[str, ...] = LaneRole.__args__  # type: ignore[attr-defined]
EVIDENCE: tuple[str, ...] = Evidence.__args__  # type: ignore[attr-defined]
TOUCHPOINT_CATEGORIES: tuple[str, ...] = TouchpointCategory.__args__  # type: ignore[attr-defined]
VARIANTS: tuple[str, ...] = Variant.__args__  # type: ignore[attr-defined]
LINE_KINDS: tuple[LineKind, ...] = tuple(LineKind)
CARD_LANE_KINDS = (LaneKind.CARDS, LaneKind.TOUCHPOINTS)
SUGGESTED_CHANNELS = (
    "web",
    "app",
    "email",
    "store",
    "phone",
    "chat",
    "social",
    "ad",
    "word_of_mouth",
    "mail",
    "event",
)

_BAD_CHARS = re.compile("[\x00\ud800-\udfff]")
_ID_BAD_CHARS = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")


def _clean_text(value: str) -> str:
    # NUL cannot live in XML (workbooks) and lone surrogates cannot be encoded as UTF-8.
    if _BAD_CHARS.search(value):
        raise ValueError(translate("Entities", "text contains a NUL character or an unpaired surrogate"))
    return value


def _clean_id(value: str) -> str:
    if _ID_BAD_CHARS.search(value):
        raise ValueError(translate("Entities", "id contains a control character or an unpaired surrogate"))
    return value


# Texts, each with its limit; written out (not made by a function) so a type checker reads them.
DescriptionText = Annotated[str, Field(max_length=L.MAX_DESCRIPTION), AfterValidator(_clean_text)]
QuoteText = Annotated[str, Field(max_length=L.MAX_QUOTE), AfterValidator(_clean_text)]
UnitText = Annotated[str, Field(max_length=L.MAX_UNIT), AfterValidator(_clean_text)]
CardText = Annotated[str, Field(max_length=L.MAX_CARD_TEXT), AfterValidator(_clean_text)]
ChannelText = Annotated[str, Field(max_length=L.MAX_CHANNEL), AfterValidator(_clean_text)]
NoteText = Annotated[str, Field(max_length=L.MAX_NOTE), AfterValidator(_clean_text)]


Id = Annotated[str, Field(min_length=1, max_length=L.MAX_ID), AfterValidator(_clean_id)]
Name = Annotated[str, Field(max_length=L.MAX_NAME), AfterValidator(_clean_text)]
Color = Annotated[str, Field(pattern=r"^#[0-9A-Fa-f]{6}$")]
ListItem = Annotated[str, Field(max_length=L.MAX_LIST_ITEM), AfterValidator(_clean_text)]
Tag = Annotated[str, Field(min_length=1, max_length=L.MAX_TAG), AfterValidator(_clean_text)]


def _plain_zero(value: float) -> float:
    # SQLite stores -0.0 as 0; folding it here keeps JSON, memory and file identical.
    return 0.0 if value == 0 else value


def _none_if_empty(value: list[Any]) -> bool:
    return not value


Score = Annotated[float, Field(ge=L.MIN_SCORE, le=L.MAX_SCORE, allow_inf_nan=False), AfterValidator(_plain_zero)]
MetricNumber = Annotated[
    float,
    Field(ge=-L.MAX_METRIC_MAGNITUDE, le=L.MAX_METRIC_MAGNITUDE, allow_inf_nan=False),
    AfterValidator(_plain_zero),
]


class Entity(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore", populate_by_name=True)

    def dump(self) -> dict[str, Any]:
        """FORMAT.md form: aliases, and no None values (absent means default)."""
        return self.model_dump(by_alias=True, exclude_none=True)


class ProjectInfo(Entity):
    name: Name
    description: DescriptionText = ""
    # None, not "": the canonical JSON leaves absent fields out, so files saved before authors
    # existed keep their checksum, and a project without one reads exactly as before.
    author: Name | None = None


class Persona(Entity):
    id: Id
    name: Name
    role: Name = ""
    color: Color = "#4F7FD8"
    goals: Annotated[list[ListItem], Field(max_length=L.MAX_LIST_ITEMS)] = []
    needs: Annotated[list[ListItem], Field(max_length=L.MAX_LIST_ITEMS)] = []
    frustrations: Annotated[list[ListItem], Field(max_length=L.MAX_LIST_ITEMS)] = []
    quote: QuoteText = ""
    photo: Photo | None = None


class Stage(Entity):
    id: Id
    name: Name
    description: DescriptionText = ""
    width: Annotated[float, Field(ge=L.MIN_STAGE_WIDTH, le=L.MAX_STAGE_WIDTH, allow_inf_nan=False)] | None = None


class Measure(StrEnum):
    """What an analysed metric lane shows per stage; the lane is refilled when analytics are
    applied or refreshed, and says so on the board."""

    REACHED = "reached"
    SHARE = "share"
    CONVERSION = "conversion"
    DROPOFF = "dropoff"
    MEDIAN_TO_NEXT = "median_to_next"
    MEDIAN_IN_STAGE = "median_in_stage"
    RATING = "rating"
    SENTIMENT = "sentiment"


class Lane(Entity):
    id: Id
    name: Name
    kind: Annotated[LaneKind, Field(strict=False)]  # the plain word, as files and JSON hold it
    role: LaneRole | None = None
    unit: UnitText | None = None
    measure: Annotated[Measure, Field(strict=False)] | None = None  # metric lanes filled from analytics


Count = Annotated[int, Field(ge=0)]


class ActionState(StrEnum):
    """Where an action (an opportunity someone took on) stands."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"


IsoDate = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")]
IsoInstant = Annotated[str, Field(max_length=40)]  # ISO 8601 with its offset, e.g. 2026-03-01T09:00:00+00:00


class CardAction(Entity):
    """An opportunity made into an action: who does it, by when, how far it got. A map nobody
    acts on is a poster; this is what makes an opportunity somebody's job."""

    owner: Name | None = None
    due: IsoDate | None = None
    state: Annotated[ActionState, Field(strict=False)] = ActionState.OPEN


_LINK = re.compile(r"^(https?://[^\s/$.?#][^\s]*|mailto:[^\s@]+@[^\s@]+)$", re.IGNORECASE)


def _check_link(value: str) -> str:
    # Only what a browser or mail program opens: a file: or javascript: link in a shared
    # project would run whatever its author chose when a reader clicks it.
    if not _LINK.match(value):
        raise ValueError(
            translate("Entities", "a link is an http, https or mailto address; this is not one: {link}").format(
                link=value[:80]
            )
        )
    return value


CardLink = Annotated[str, Field(max_length=L.MAX_LINK), AfterValidator(_clean_text), AfterValidator(_check_link)]
CommentText = Annotated[str, Field(min_length=1, max_length=L.MAX_COMMENT), AfterValidator(_clean_text)]


class CardComment(Entity):
    """One remark in a card's thread: who said it, when, what."""

    author: Name
    date: IsoInstant
    text: CommentText


class Card(Entity):
    id: Id
    lane: Id
    stage: Id
    text: CardText = ""
    color: Color | None = None
    votes: Annotated[int, Field(ge=0, le=L.MAX_VOTES)] = 0
    evidence: Evidence | None = None
    tags: Annotated[list[Tag], Field(max_length=L.MAX_TAGS)] = Field(default_factory=list)  # no deepcopy per card
    channel: ChannelText | None = None
    touchpoint: TouchpointCategory | None = None
    image: CardImage | None = None
    links: Annotated[list[CardLink], Field(max_length=L.MAX_LINKS, exclude_if=_none_if_empty)] = Field(
        default_factory=list
    )
    comments: Annotated[list[CardComment], Field(max_length=L.MAX_COMMENTS, exclude_if=_none_if_empty)] = Field(
        default_factory=list
    )
    action: CardAction | None = None


class EmotionPoint(Entity):
    lane: Id
    stage: Id
    score: Score
    persona: Id | None = None
    variant: Variant = "as_is"
    note: NoteText = ""

    @property
    def key(self) -> tuple[str, str, str | None, str]:
        return (self.lane, self.stage, self.persona, self.variant)


class MetricValue(Entity):
    lane: Id
    stage: Id
    value: MetricNumber | None = None
    target: MetricNumber | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.lane, self.stage)


class BlueprintLine(Entity):
    after_lane: Id
    kind: Annotated[LineKind, Field(strict=False)]

    @property
    def key(self) -> tuple[str, str]:
        return (self.after_lane, self.kind)


class VoteResults(StrEnum):
    """When a session's dots are seen: FigJam hides them until the end so early dots do not
    steer later voters; Miro can show them live."""

    HIDDEN = "hidden"
    LIVE = "live"


class SessionState(StrEnum):
    OPEN = "open"  # votes are being cast
    REVEALED = "revealed"  # dots and totals shown; no more votes
    ENDED = "ended"  # finished: the results stay, the session is closed


class Participant(Entity):
    id: Id
    name: Name
    color: Color


SessionVotes = Annotated[int, Field(ge=1, le=L.MAX_SESSION_VOTES)]


class Ballot(Entity):
    """One participant's dots on one card."""

    participant: Id
    card: Id
    count: SessionVotes = 1

    @property
    def key(self) -> tuple[str, str]:
        return (self.participant, self.card)


class TallyCount(Entity):
    """Dots counted on paper and typed in by the facilitator (nobody's in particular)."""

    card: Id
    count: Annotated[int, Field(ge=1, le=L.MAX_VOTES)]


class VotingSession(Entity):
    """A dot-voting round on a journey's cards. Ballots may name a card that is no longer on the
    map: they are kept (undoing the card's deletion brings its dots back) and count nowhere."""

    id: Id
    name: Name
    date: IsoDate
    lanes: Annotated[list[Id], Field(max_length=L.MAX_LANES)] = []
    votes_per_participant: SessionVotes = 3
    max_per_card: SessionVotes = 1
    anonymous: bool = False
    results: Annotated[VoteResults, Field(strict=False)] = VoteResults.HIDDEN
    state: Annotated[SessionState, Field(strict=False)] = SessionState.OPEN
    participants: Annotated[list[Participant], Field(max_length=L.MAX_PARTICIPANTS)] = []
    current: Id | None = None  # whose turn it is on the passed laptop
    ballots: list[Ballot] = []
    tally: list[TallyCount] = []

    def participant(self, participant_id: str) -> Participant | None:
        return next((p for p in self.participants if p.id == participant_id), None)


# -- journey analytics: what an event log showed, kept in the project -------------------------

Activity = Annotated[str, Field(min_length=1, max_length=L.MAX_ACTIVITY), AfterValidator(_clean_text)]
Seconds = Annotated[float, Field(ge=0, allow_inf_nan=False)]
Share = Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)]


class LogFormat(StrEnum):
    CSV = "csv"
    TSV = "tsv"
    PARQUET = "parquet"
    XES = "xes"


class LogColumns(Entity):
    """Which column of the log holds what (case, activity and time are required)."""

    case: Name
    activity: Name
    time: Name
    channel: Name | None = None
    segment: Name | None = None
    value: Name | None = None
    feedback: Name | None = None
    rating: Name | None = None


class LogSource(Entity):
    """Where the results came from: the log stays in the user's file system; the fingerprint
    (size and a hash of the bytes) tells whether it changed since."""

    path: Annotated[str, Field(max_length=4096), AfterValidator(_clean_text)]
    format: Annotated[LogFormat, Field(strict=False)]
    fingerprint: Annotated[str, Field(max_length=200)]
    columns: LogColumns
    naive_zone: Annotated[str, Field(max_length=64)] = "UTC"  # the zone assumed for times without one


class StageMeasure(Entity):
    stage: Id
    reached: Count
    share: Share
    conversion: Share | None = None  # of the cases reaching the previous stage, those reaching this one
    dropoff: Count = 0  # cases whose last mapped event is in this stage
    median_to_next_s: Seconds | None = None
    p90_to_next_s: Seconds | None = None
    median_in_stage_s: Seconds | None = None
    p90_in_stage_s: Seconds | None = None
    rating: float | None = None  # mean of the rating column over the stage's events
    sentiment: Annotated[float, Field(ge=-1, le=1)] | None = None  # mean VADER compound of its feedback


class StageFlow(Entity):
    """Transitions between consecutive stage visits in a case (skips and loops included)."""

    source: Id = Field(alias="from")
    target: Id = Field(alias="to")
    count: Count


class ActivityFlow(Entity):
    source: Activity = Field(alias="from")
    target: Activity = Field(alias="to")
    count: Count
    median_s: Seconds | None = None


class ActivityStats(Entity):
    counts: dict[Activity, Count] = {}
    starts: dict[Activity, Count] = {}
    ends: dict[Activity, Count] = {}
    flows: Annotated[list[ActivityFlow], Field(max_length=L.MAX_ACTIVITY_FLOWS)] = []


class SplitKind(StrEnum):
    SEGMENT = "segment"  # a case's segment (its first non-empty value)
    CHANNEL = "channel"  # the channel of the events in the stage


class Split(Entity):
    """Per stage, cases (segment) or events (channel) with one value of the split column."""

    by: Annotated[SplitKind, Field(strict=False)]
    value: Annotated[str, Field(max_length=L.MAX_ACTIVITY)]
    stages: dict[Id, Count] = {}


class PeriodComparison(Entity):
    """Stage measures of cases that started before ``split_at`` against those from it on."""

    split_at: IsoInstant
    before: list[StageMeasure] = []
    after: list[StageMeasure] = []


class ObservedQuote(Entity):
    stage: Id
    text: CardText
    score: Annotated[float, Field(ge=-1, le=1)]


class JourneyAnalytics(Entity):
    source: LogSource
    mapping: dict[Activity, Id] = {}  # activity → stage
    card_mapping: dict[Activity, Id] = {}  # activity → touchpoint card (optional)
    refreshed_at: IsoInstant
    events: Count
    cases: Count
    start: IsoInstant | None = None
    end: IsoInstant | None = None
    activities: ActivityStats = Field(default_factory=ActivityStats)
    stages: list[StageMeasure] = []
    stage_flows: list[StageFlow] = []
    unmapped: dict[Activity, Count] = {}
    splits: Annotated[list[Split], Field(max_length=L.MAX_SPLITS)] = []
    periods: PeriodComparison | None = None
    quotes: Annotated[list[ObservedQuote], Field(max_length=L.MAX_STAGES * 2)] = []

    def measure(self, stage_id: str) -> StageMeasure | None:
        return next((m for m in self.stages if m.stage == stage_id), None)


class JourneyStatus(StrEnum):
    """How far a journey map has come: a draft is someone's guess, a validated map was checked
    with customers, a live one is run against real data, a retired one is kept for the record."""

    DRAFT = "draft"
    RESEARCHED = "researched"
    VALIDATED = "validated"
    LIVE = "live"
    RETIRED = "retired"


def _is_draft(value: JourneyStatus) -> bool:
    return value == JourneyStatus.DRAFT


class SnapshotReason(StrEnum):
    """Why a snapshot was taken: by hand, or by Waymark before a change that replaces much."""

    MANUAL = "manual"
    BEFORE_IMPORT = "before_import"
    BEFORE_ANALYTICS = "before_analytics"
    BEFORE_RESTORE = "before_restore"


def _check_snapshot_content(value: str) -> str:
    if len(value) > L.MAX_SNAPSHOT_BASE64:
        raise ValueError(translate("Entities", "a snapshot's content is larger than Waymark writes"))
    return value


class Snapshot(Entity):
    """A journey as it was at ``taken_at``: its JSON (without its own snapshots), deflated and
    base64-encoded in ``content`` so a 10,000-card journey costs a fraction of its size, and
    decoded only when restored, compared or opened (app/models/snapshots.py)."""

    id: Id
    name: Name
    note: NoteText = ""
    author: Name | None = None
    taken_at: IsoInstant
    reason: Annotated[SnapshotReason, Field(strict=False)] = SnapshotReason.MANUAL
    cards: Count = 0
    content: Annotated[str, Field(min_length=1), AfterValidator(_check_snapshot_content)]


class Journey(Entity):
    id: Id
    name: Name
    description: DescriptionText = ""
    persona_ids: list[Id] = []
    stages: list[Stage] = []
    lanes: list[Lane] = []
    cards: list[Card] = []
    emotions: list[EmotionPoint] = []
    metrics: list[MetricValue] = []
    lines: list[BlueprintLine] = []
    sessions: Annotated[list[VotingSession], Field(exclude_if=_none_if_empty)] = []
    shown_session: Id | None = None
    analytics: JourneyAnalytics | None = None
    owner: Name | None = None
    status: Annotated[JourneyStatus, Field(strict=False, exclude_if=_is_draft)] = JourneyStatus.DRAFT
    review_by: IsoDate | None = None
    last_reviewed: IsoDate | None = None
    snapshots: Annotated[list[Snapshot], Field(max_length=L.MAX_SNAPSHOTS, exclude_if=_none_if_empty)] = []

    def session(self, session_id: str) -> VotingSession | None:
        return next((s for s in self.sessions if s.id == session_id), None)

    def snapshot(self, snapshot_id: str) -> Snapshot | None:
        return next((s for s in self.snapshots if s.id == snapshot_id), None)

    def stage(self, stage_id: str) -> Stage | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    def lane(self, lane_id: str) -> Lane | None:
        return next((ln for ln in self.lanes if ln.id == lane_id), None)

    def card(self, card_id: str) -> Card | None:
        return next((c for c in self.cards if c.id == card_id), None)

    def cards_in_cell(self, lane_id: str, stage_id: str) -> list[Card]:
        """Cards of one cell, top to bottom (their relative order in ``cards``)."""
        return [c for c in self.cards if c.lane == lane_id and c.stage == stage_id]


class Project(Entity):
    format: Literal["waymark/1"] = FORMAT_ID
    info: ProjectInfo = Field(alias="project")
    personas: list[Persona] = []
    journeys: list[Journey] = []

    def journey(self, journey_id: str) -> Journey | None:
        return next((j for j in self.journeys if j.id == journey_id), None)

    def persona(self, persona_id: str) -> Persona | None:
        return next((p for p in self.personas if p.id == persona_id), None)
