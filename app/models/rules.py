"""Document-wide rules of FORMAT.md that one entity cannot check alone.

Every problem is reported with the place it occurs (``journeys[0].cards[3].lane``) so a
user can find it in the file they wrote; a document with any problem is rejected whole.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError

from app.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, current_language, translate
from app.models import limits as L
from app.models.entities import CARD_LANE_KINDS, Journey, LaneKind, LineKind, Project
from app.models.errors import DocumentRuleError

CTX = "Rules"

# "a cards lane" per kind: German needs its own article and compound, not "a" + the file word.
_A_LANE = {
    LaneKind.CARDS: QT_TRANSLATE_NOOP("Rules", "a cards lane"),
    LaneKind.TOUCHPOINTS: QT_TRANSLATE_NOOP("Rules", "a touchpoints lane"),
    LaneKind.EMOTION: QT_TRANSLATE_NOOP("Rules", "an emotion lane"),
    LaneKind.METRIC: QT_TRANSLATE_NOOP("Rules", "a metric lane"),
    LaneKind.FLOW: QT_TRANSLATE_NOOP("Rules", "a flow lane"),
}

# What at_most counts, as the message names it.
_COUNTED = {
    "personas": QT_TRANSLATE_NOOP("Rules", "personas"),
    "journeys": QT_TRANSLATE_NOOP("Rules", "journeys"),
    "stages": QT_TRANSLATE_NOOP("Rules", "stages"),
    "lanes": QT_TRANSLATE_NOOP("Rules", "lanes"),
    "cards": QT_TRANSLATE_NOOP("Rules", "cards"),
    "emotion points": QT_TRANSLATE_NOOP("Rules", "emotion points"),
    "metric values": QT_TRANSLATE_NOOP("Rules", "metric values"),
    "blueprint lines": QT_TRANSLATE_NOOP("Rules", "blueprint lines"),
    "voting sessions": QT_TRANSLATE_NOOP("Rules", "voting sessions"),
}


def article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


_A_LINE = {
    LineKind.INTERACTION: QT_TRANSLATE_NOOP("Rules", "an interaction line"),
    LineKind.VISIBILITY: QT_TRANSLATE_NOOP("Rules", "a visibility line"),
    LineKind.INTERNAL: QT_TRANSLATE_NOOP("Rules", "an internal line"),
}


def a_line(kind: LineKind | str) -> str:
    """ "an interaction line" in the session's language."""
    phrase = _A_LINE.get(LineKind(kind)) if kind in set(LineKind) else None
    return translate(CTX, phrase) if phrase else f"{article(str(kind))} {kind} line"


def a_lane(kind: LaneKind | str) -> str:
    """ "a cards lane", "an emotion lane" in the session's language."""
    phrase = _A_LANE.get(LaneKind(kind)) if kind in set(LaneKind) else None
    return translate(CTX, phrase) if phrase else f"{article(str(kind))} {kind} lane"


def format_loc(loc: Iterable[object]) -> str:
    """('journeys', 0, 'cards', 3, 'lane') -> 'journeys[0].cards[3].lane'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def rule_error_from_pydantic(error: ValidationError, prefix: str = "") -> DocumentRuleError:
    errors = error.errors(include_url=False)
    first = errors[0]
    path = format_loc(first["loc"])
    if prefix:
        path = f"{prefix}.{path}" if path and not path.startswith("[") else f"{prefix}{path}"
    message = first["msg"]
    if first["type"] == "missing":
        message = translate("Rules", "missing")
    elif current_language() != SOURCE_LANGUAGE:
        message = _translated_msg(first["type"], first.get("ctx") or {}, message)
    return DocumentRuleError(path, message, more=len(errors) - 1)


# pydantic's messages by error type, for a session that is not English (English keeps pydantic's own).
_PYDANTIC = {
    "string_too_long": QT_TRANSLATE_NOOP("Rules", "String should have at most {max_length} characters"),
    "string_too_short": QT_TRANSLATE_NOOP("Rules", "String should have at least {min_length} characters"),
    "too_long": QT_TRANSLATE_NOOP("Rules", "should have at most {max_length} items, not {actual_length}"),
    "too_short": QT_TRANSLATE_NOOP("Rules", "should have at least {min_length} items, not {actual_length}"),
    "less_than_equal": QT_TRANSLATE_NOOP("Rules", "Input should be less than or equal to {le}"),
    "greater_than_equal": QT_TRANSLATE_NOOP("Rules", "Input should be greater than or equal to {ge}"),
    "less_than": QT_TRANSLATE_NOOP("Rules", "Input should be less than {lt}"),
    "greater_than": QT_TRANSLATE_NOOP("Rules", "Input should be greater than {gt}"),
    "literal_error": QT_TRANSLATE_NOOP("Rules", "Input should be {expected}"),
    "enum": QT_TRANSLATE_NOOP("Rules", "Input should be {expected}"),
    "string_pattern_mismatch": QT_TRANSLATE_NOOP("Rules", "String should match pattern '{pattern}'"),
    "extra_forbidden": QT_TRANSLATE_NOOP("Rules", "Extra inputs are not permitted"),
    "string_type": QT_TRANSLATE_NOOP("Rules", "Input should be a valid string"),
    "int_type": QT_TRANSLATE_NOOP("Rules", "Input should be a valid integer"),
    "int_parsing": QT_TRANSLATE_NOOP("Rules", "Input should be a valid integer"),
    "int_from_float": QT_TRANSLATE_NOOP(
        "Rules", "Input should be a valid integer, got a number with a fractional part"
    ),
    "float_type": QT_TRANSLATE_NOOP("Rules", "Input should be a valid number"),
    "float_parsing": QT_TRANSLATE_NOOP("Rules", "Input should be a valid number"),
    "finite_number": QT_TRANSLATE_NOOP("Rules", "Input should be a finite number"),
    "bool_type": QT_TRANSLATE_NOOP("Rules", "Input should be a valid boolean"),
    "bool_parsing": QT_TRANSLATE_NOOP("Rules", "Input should be a valid boolean"),
    "list_type": QT_TRANSLATE_NOOP("Rules", "Input should be a valid list"),
    "dict_type": QT_TRANSLATE_NOOP("Rules", "Input should be a valid dictionary"),
    "model_type": QT_TRANSLATE_NOOP("Rules", "Input should be an object"),
    "model_attributes_type": QT_TRANSLATE_NOOP("Rules", "Input should be an object"),
}


def _translated_msg(error_type: str, ctx: dict[str, Any], fallback: str) -> str:
    """pydantic's message in the session's language; our own ValueErrors are translated already."""
    if error_type == "value_error" and ctx.get("error") is not None:
        return str(ctx["error"])
    text = _PYDANTIC.get(error_type)

    if text is None:
        return fallback
    values = {k: f"{v:g}" if isinstance(v, float) else v for k, v in ctx.items()}
    try:
        return translate("Rules", text).format(**values)
    except (KeyError, IndexError, ValueError):
        return fallback


class _Problems:
    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []

    def add(self, path: str, message: str) -> None:
        self.items.append((path, message))

    def unique(self, path: str, ids: Iterable[str], what: str = "id") -> None:
        seen: set[str] = set()
        for i, value in enumerate(ids):
            if value in seen:
                text = (
                    translate("Rules", "duplicate card '{value}'")
                    if what == "card"
                    else translate("Rules", "duplicate id '{value}'")
                )
                self.add(f"{path}[{i}].{what}", text.format(value=value))
            seen.add(value)

    def at_most(self, path: str, count: int, limit: int, what: str) -> None:
        if count > limit:
            self.add(
                path,
                translate("Rules", "{count} {what}; Waymark accepts at most {limit}").format(
                    count=f"{count:,}", what=translate(CTX, _COUNTED.get(what, what)), limit=f"{limit:,}"
                ),
            )

    def raise_if_any(self) -> None:
        if self.items:
            path, message = self.items[0]
            raise DocumentRuleError(path, message, more=len(self.items) - 1)


def check_project(project: Project) -> None:
    """Raise DocumentRuleError naming the first broken rule, if any."""
    problems = _Problems()
    problems.at_most("personas", len(project.personas), L.MAX_PERSONAS, "personas")
    problems.at_most("journeys", len(project.journeys), L.MAX_JOURNEYS, "journeys")
    problems.unique("personas", (p.id for p in project.personas))
    problems.unique("journeys", (j.id for j in project.journeys))
    persona_ids = {p.id for p in project.personas}
    for j, journey in enumerate(project.journeys):
        _check_journey(problems, f"journeys[{j}]", journey, persona_ids)
    problems.raise_if_any()


def check_journey(journey: Journey, persona_ids: set[str], path: str = "journey") -> None:
    problems = _Problems()
    _check_journey(problems, path, journey, persona_ids)
    problems.raise_if_any()


def _check_journey(problems: _Problems, path: str, journey: Journey, persona_ids: set[str]) -> None:
    problems.at_most(f"{path}.stages", len(journey.stages), L.MAX_STAGES, "stages")
    problems.at_most(f"{path}.lanes", len(journey.lanes), L.MAX_LANES, "lanes")
    problems.at_most(f"{path}.cards", len(journey.cards), L.MAX_CARDS, "cards")
    problems.at_most(f"{path}.emotions", len(journey.emotions), L.MAX_EMOTION_POINTS, "emotion points")
    problems.at_most(f"{path}.metrics", len(journey.metrics), L.MAX_METRIC_VALUES, "metric values")
    problems.at_most(f"{path}.lines", len(journey.lines), L.MAX_LINES, "blueprint lines")
    problems.unique(f"{path}.stages", (s.id for s in journey.stages))
    problems.unique(f"{path}.lanes", (ln.id for ln in journey.lanes))
    problems.unique(f"{path}.cards", (c.id for c in journey.cards))
    problems.unique(f"{path}.snapshots", (s.id for s in journey.snapshots))

    seen_personas: set[str] = set()
    for i, pid in enumerate(journey.persona_ids):
        if pid not in persona_ids:
            problems.add(f"{path}.persona_ids[{i}]", translate("Rules", "no persona '{id}'").format(id=pid))
        elif pid in seen_personas:
            problems.add(
                f"{path}.persona_ids[{i}]", translate("Rules", "persona '{id}' is listed twice").format(id=pid)
            )
        seen_personas.add(pid)

    stages = {s.id for s in journey.stages}
    lanes = {ln.id: ln for ln in journey.lanes}
    for i, lane in enumerate(journey.lanes):
        if lane.role is not None and lane.kind not in CARD_LANE_KINDS:
            problems.add(
                f"{path}.lanes[{i}].role", translate("Rules", "{lane} has no role").format(lane=a_lane(lane.kind))
            )
        if lane.measure is not None and lane.kind != LaneKind.METRIC:
            problems.add(
                f"{path}.lanes[{i}].measure",
                translate("Rules", "{lane} is not filled from data").format(lane=a_lane(lane.kind)),
            )

    def lane_of(item_path: str, lane_id: str, kinds: tuple[str, ...], belong: str) -> None:
        lane = lanes.get(lane_id)
        if lane is None:
            problems.add(f"{item_path}.lane", translate("Rules", "no lane '{id}'").format(id=lane_id))
        elif lane.kind not in kinds:
            problems.add(
                f"{item_path}.lane",
                translate("Rules", "lane '{id}' is {lane}; {belong}").format(
                    id=lane_id, lane=a_lane(lane.kind), belong=belong
                ),
            )

    def stage_of(item_path: str, stage_id: str) -> None:
        if stage_id not in stages:
            problems.add(f"{item_path}.stage", translate("Rules", "no stage '{id}'").format(id=stage_id))

    for i, card in enumerate(journey.cards):
        lane_of(
            f"{path}.cards[{i}]",
            card.lane,
            CARD_LANE_KINDS,
            translate("Rules", "cards belong in a cards or touchpoints lane"),
        )
        stage_of(f"{path}.cards[{i}]", card.stage)

    seen: set[tuple[Any, ...]] = set()
    for i, point in enumerate(journey.emotions):
        item = f"{path}.emotions[{i}]"
        lane_of(item, point.lane, (LaneKind.EMOTION,), translate("Rules", "emotion points belong in an emotion lane"))
        stage_of(item, point.stage)
        if point.persona is not None and point.persona not in persona_ids:
            problems.add(f"{item}.persona", translate("Rules", "no persona '{id}'").format(id=point.persona))
        if point.key in seen:
            problems.add(item, translate("Rules", "a second point for the same lane, stage, persona and variant"))
        seen.add(point.key)

    seen = set()
    for i, metric in enumerate(journey.metrics):
        item = f"{path}.metrics[{i}]"
        lane_of(item, metric.lane, (LaneKind.METRIC,), translate("Rules", "metric values belong in a metric lane"))
        stage_of(item, metric.stage)
        if metric.key in seen:
            problems.add(item, translate("Rules", "a second value for the same lane and stage"))
        seen.add(metric.key)

    seen = set()
    for i, line in enumerate(journey.lines):
        item = f"{path}.lines[{i}]"
        if line.after_lane not in lanes:
            problems.add(f"{item}.after_lane", translate("Rules", "no lane '{id}'").format(id=line.after_lane))
        if line.key in seen:
            problems.add(item, translate("Rules", "a second {kind} line below the same lane").format(kind=line.kind))
        seen.add(line.key)

    _check_sessions(problems, path, journey)


def check_sessions(journey: Journey, path: str = "journey") -> None:
    """The voting rules alone (a ballot changes nothing else of the journey)."""
    problems = _Problems()
    _check_sessions(problems, path, journey)
    problems.raise_if_any()


def _check_sessions(problems: _Problems, path: str, journey: Journey) -> None:
    """A session's ballots may name cards and lanes that are gone (see VotingSession); what
    they may not do is break the session's own rules or name someone who is not in it."""
    problems.at_most(f"{path}.sessions", len(journey.sessions), L.MAX_SESSIONS, "voting sessions")
    problems.unique(f"{path}.sessions", (s.id for s in journey.sessions))
    if journey.shown_session is not None and journey.session(journey.shown_session) is None:
        problems.add(
            f"{path}.shown_session", translate("Rules", "no voting session '{id}'").format(id=journey.shown_session)
        )
    for i, session in enumerate(journey.sessions):
        item = f"{path}.sessions[{i}]"
        problems.unique(f"{item}.participants", (p.id for p in session.participants))
        people = {p.id for p in session.participants}
        if session.max_per_card > session.votes_per_participant:
            problems.add(f"{item}.max_per_card", translate("Rules", "is more than the votes per participant"))
        if session.current is not None and session.current not in people:
            problems.add(f"{item}.current", translate("Rules", "no participant '{id}'").format(id=session.current))
        used: dict[str, int] = {}
        seen: set[tuple[str, str]] = set()
        for n, ballot in enumerate(session.ballots):
            where = f"{item}.ballots[{n}]"
            if ballot.participant not in people:
                problems.add(
                    f"{where}.participant", translate("Rules", "no participant '{id}'").format(id=ballot.participant)
                )
            if ballot.key in seen:
                problems.add(where, translate("Rules", "a second ballot of the same participant on the same card"))
            seen.add(ballot.key)
            if ballot.count > session.max_per_card:
                problems.add(
                    f"{where}.count",
                    translate("Rules", "is more than the {n} allowed on one card").format(n=session.max_per_card),
                )
            used[ballot.participant] = used.get(ballot.participant, 0) + ballot.count
        for pid, count in used.items():
            if count > session.votes_per_participant:
                problems.add(
                    f"{item}.ballots",
                    translate("Rules", "participant '{id}' has {count} votes; at most {limit}").format(
                        id=pid, count=count, limit=session.votes_per_participant
                    ),
                )
        problems.unique(f"{item}.tally", (t.card for t in session.tally), what="card")
