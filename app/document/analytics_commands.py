"""Analytics as undo steps: applying an event log's results to a journey (stored results,
analysed metric lanes, the flow lane), removing them, and accepting the observed curve and quotes.

Each is one ``Composite``: the user sees one "Apply Analytics" in the Edit menu, and undo brings
the map back as it was, lanes and values included. The functions return the command; the caller
pushes it (the CLI and the window alike).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import PurePath

from app.document.commands import Command, Composite, Edit, Remove, SetEmotion, SetMetric, add_card, add_lane
from app.document.document import Document
from app.document.snapshot_commands import analytics_snapshot
from app.i18n import translate
from app.models.analytics_values import (
    DEFAULT_MEASURES,
    FLOW_LANE_NAME,
    MEASURE_LANE_NAMES,
    MEASURE_UNITS,
    measure_value,
)
from app.models.entities import (
    Card,
    EmotionPoint,
    Journey,
    JourneyAnalytics,
    Lane,
    LaneKind,
    Measure,
    MetricValue,
    ObservedQuote,
)
from app.models.ids import new_id
from app.models.refs import JourneyRef, LaneRef, MetricRef

__all__ = ["accept_observed", "apply_analytics", "remove_analytics"]


def _observed_note() -> str:
    """The note an observed point gets, in the language of the session that accepted it."""
    return translate("AnalyticsCommands", "observed: suggested from feedback in the event log")


def _lane_ids(journey: Journey) -> set[str]:
    return {ln.id for ln in journey.lanes}


def _analysed_lane(journey: Journey, measure: Measure) -> Lane | None:
    return next((ln for ln in journey.lanes if ln.kind == LaneKind.METRIC and ln.measure == measure), None)


def _flow_lane(journey: Journey) -> Lane | None:
    return next((ln for ln in journey.lanes if ln.kind == LaneKind.FLOW), None)


def apply_analytics(
    doc: Document,
    journey_id: str,
    analytics: JourneyAnalytics,
    measures: Sequence[Measure] = DEFAULT_MEASURES,
    flow_lane: bool = True,
) -> Command:
    """Store the results and fill the map from them: a flow lane and one metric lane per measure
    at the top of the journey (made once, refilled on every refresh), values per stage. The
    first step is a "Before analytics from LOG" snapshot of the journey, so undo removes it too."""
    text = (
        translate("AnalyticsCommands", "Refresh Analytics")
        if doc.journey(journey_id).analytics is not None
        else translate("AnalyticsCommands", "Apply Analytics")
    )

    def steps() -> Iterator[Command]:
        yield from analytics_snapshot(doc, journey_id, PurePath(analytics.source.path).name)
        yield Edit(doc, JourneyRef(journey_id), {"analytics": analytics})
        journey = doc.journey(journey_id)
        index = 0
        if flow_lane:
            lane = _flow_lane(journey)
            if lane is None:
                name = translate("Measures", FLOW_LANE_NAME)
                lane = Lane(id=new_id("flows", _lane_ids(journey)), name=name, kind=LaneKind.FLOW)
                yield add_lane(doc, journey_id, lane, index)
                journey = doc.journey(journey_id)
            index = journey.lanes.index(_flow_lane(journey) or lane) + 1
        for measure in measures:
            lane = _analysed_lane(journey, measure)
            if lane is None:
                unit = translate("Measures", MEASURE_UNITS[measure]) if MEASURE_UNITS[measure] else None
                lane = Lane(
                    id=new_id(f"data-{measure.value}", _lane_ids(journey)),
                    name=translate("Measures", MEASURE_LANE_NAMES[measure]),
                    kind=LaneKind.METRIC,
                    unit=unit,
                    measure=measure,
                )
                yield add_lane(doc, journey_id, lane, index)
                journey = doc.journey(journey_id)
                index += 1
            yield from _refill(doc, journey, lane, measure, analytics)

    return Composite(doc, text, steps)


def _refill(
    doc: Document, journey: Journey, lane: Lane, measure: Measure, analytics: JourneyAnalytics
) -> Iterable[Command]:
    for stage in journey.stages:
        m = analytics.measure(stage.id)
        value = None if m is None else measure_value(m, measure)
        old = doc.metric(journey.id, (lane.id, stage.id))
        if value is None:
            if old is not None:
                yield Remove(doc, MetricRef(journey.id, lane.id, stage.id))
        elif old is None or old.value != value:
            target = None if old is None else old.target
            yield SetMetric(doc, journey.id, MetricValue(lane=lane.id, stage=stage.id, value=value, target=target))


def remove_analytics(doc: Document, journey_id: str) -> Command:
    """Forget the results and delete the lanes they filled (analysed metric lanes, flow lanes)."""

    def steps() -> Iterator[Command]:
        journey = doc.journey(journey_id)
        made = [
            ln.id for ln in journey.lanes if ln.kind == LaneKind.FLOW or (ln.kind == LaneKind.METRIC and ln.measure)
        ]
        for lane_id in made:  # ids first: each removal changes the journey's lane list
            yield Remove(doc, LaneRef(journey_id, lane_id))
        if journey.analytics is not None:
            yield Edit(doc, JourneyRef(journey_id), {"analytics": None})

    return Composite(doc, translate("AnalyticsCommands", "Remove Analytics"), steps)


def accept_observed(
    doc: Document,
    journey_id: str,
    persona_id: str | None,
    points: dict[str, float],
    quotes: Sequence[ObservedQuote],
) -> Command:
    """The observed curve (variant "observed") for a persona in the first emotion lane, and the
    quotes as cards with evidence "observed" in the first quotes lane; each lane is made when the
    journey has none. Quotes already on the map (same text in the cell) are not added twice."""

    def steps() -> Iterator[Command]:
        journey = doc.journey(journey_id)
        stage_ids = {s.id for s in journey.stages}
        if points:
            lane = next((ln for ln in journey.lanes if ln.kind == LaneKind.EMOTION), None)
            if lane is None:
                name = translate("AnalyticsCommands", "Emotions")
                lane = Lane(id=new_id("emotions", _lane_ids(journey)), name=name, kind=LaneKind.EMOTION)
                yield add_lane(doc, journey_id, lane)
            for stage_id, score in points.items():
                if stage_id in stage_ids:
                    point = EmotionPoint(
                        lane=lane.id,
                        stage=stage_id,
                        score=score,
                        persona=persona_id,
                        variant="observed",
                        note=_observed_note(),
                    )
                    yield SetEmotion(doc, journey_id, point)
        journey = doc.journey(journey_id)
        wanted = [q for q in quotes if q.stage in stage_ids]
        if wanted:
            lane = next((ln for ln in journey.lanes if ln.kind == LaneKind.CARDS and ln.role == "quotes"), None)
            if lane is None:
                name = translate("AnalyticsCommands", "Quotes")
                lane = Lane(id=new_id("quotes", _lane_ids(journey)), name=name, kind=LaneKind.CARDS, role="quotes")
                yield add_lane(doc, journey_id, lane)
                journey = doc.journey(journey_id)
            taken = {c.id for c in journey.cards}
            for quote in wanted:
                if any(c.text == quote.text for c in journey.cards_in_cell(lane.id, quote.stage)):
                    continue
                card_id = new_id("quote", taken)
                taken.add(card_id)
                yield add_card(
                    doc,
                    journey_id,
                    Card(
                        id=card_id,
                        lane=lane.id,
                        stage=quote.stage,
                        text=quote.text,
                        evidence="observed",
                        tags=["feedback"],
                    ),
                )

    return Composite(doc, translate("AnalyticsCommands", "Accept Observed Curve and Quotes"), steps)
