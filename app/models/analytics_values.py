"""How stored analytics become numbers on the map: one rule for the board, the PDF and the
workbook, so an analysed metric lane shows the same value everywhere."""

from __future__ import annotations

from pathlib import PurePath

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.entities import Journey, JourneyAnalytics, Lane, LaneKind, Measure, StageMeasure

# The tables hold English sources (marked for the catalogue); show them with translate("Measures", …),
# or measure_name(). Lane names and units are translated as Apply creates the lanes.
MEASURE_NAMES: dict[Measure, str] = {
    Measure.REACHED: QT_TRANSLATE_NOOP("Measures", "Cases reaching the stage"),
    Measure.SHARE: QT_TRANSLATE_NOOP("Measures", "Share of all cases"),
    Measure.CONVERSION: QT_TRANSLATE_NOOP("Measures", "Conversion from the previous stage"),
    Measure.DROPOFF: QT_TRANSLATE_NOOP("Measures", "Drop-off (last stage of a case)"),
    Measure.MEDIAN_TO_NEXT: QT_TRANSLATE_NOOP("Measures", "Median time to the next stage"),
    Measure.MEDIAN_IN_STAGE: QT_TRANSLATE_NOOP("Measures", "Median time in the stage"),
    Measure.RATING: QT_TRANSLATE_NOOP("Measures", "Mean rating"),
    Measure.SENTIMENT: QT_TRANSLATE_NOOP("Measures", "Feedback sentiment"),
}
MEASURE_UNITS: dict[Measure, str] = {
    Measure.REACHED: QT_TRANSLATE_NOOP("Measures", "cases"),
    Measure.SHARE: "%",
    Measure.CONVERSION: "%",
    Measure.DROPOFF: QT_TRANSLATE_NOOP("Measures", "cases"),
    Measure.MEDIAN_TO_NEXT: "h",
    Measure.MEDIAN_IN_STAGE: "h",
    Measure.RATING: "",
    Measure.SENTIMENT: "",
}
# A lane's name when Apply adds it (short: lane headers are narrow on a projector).
MEASURE_LANE_NAMES: dict[Measure, str] = {
    Measure.REACHED: QT_TRANSLATE_NOOP("Measures", "Cases reaching"),
    Measure.SHARE: QT_TRANSLATE_NOOP("Measures", "Share of cases"),
    Measure.CONVERSION: QT_TRANSLATE_NOOP("Measures", "Conversion"),
    Measure.DROPOFF: QT_TRANSLATE_NOOP("Measures", "Drop-off"),
    Measure.MEDIAN_TO_NEXT: QT_TRANSLATE_NOOP("Measures", "Time to next stage"),
    Measure.MEDIAN_IN_STAGE: QT_TRANSLATE_NOOP("Measures", "Time in stage"),
    Measure.RATING: QT_TRANSLATE_NOOP("Measures", "Rating"),
    Measure.SENTIMENT: QT_TRANSLATE_NOOP("Measures", "Sentiment"),
}
FLOW_LANE_NAME = QT_TRANSLATE_NOOP("Measures", "Flows")
# The lanes Apply adds by default: what a facilitator reads first on a funnel.
DEFAULT_MEASURES = (Measure.REACHED, Measure.CONVERSION, Measure.MEDIAN_TO_NEXT)


def measure_name(measure: Measure) -> str:
    """The long name of a measure in the session's language."""
    return translate("Measures", MEASURE_NAMES[measure])


def _hours(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 3600, 2)


def _percent(share: float | None) -> float | None:
    return None if share is None else round(share * 100, 1)


def measure_value(m: StageMeasure, measure: Measure) -> float | None:
    """The number an analysed lane shows for one stage, in the lane's unit (None: no data)."""
    match measure:
        case Measure.REACHED:
            return float(m.reached)
        case Measure.SHARE:
            return _percent(m.share)
        case Measure.CONVERSION:
            return _percent(m.conversion)
        case Measure.DROPOFF:
            return float(m.dropoff)
        case Measure.MEDIAN_TO_NEXT:
            return _hours(m.median_to_next_s)
        case Measure.MEDIAN_IN_STAGE:
            return _hours(m.median_in_stage_s)
        case Measure.RATING:
            return None if m.rating is None else round(m.rating, 2)
        case Measure.SENTIMENT:
            return None if m.sentiment is None else round(m.sentiment, 2)


def analysed_lanes(journey: Journey) -> list[Lane]:
    return [ln for ln in journey.lanes if ln.kind == LaneKind.METRIC and ln.measure is not None]


def source_line(analytics: JourneyAnalytics) -> str:
    """What an analysed lane says about its data: "from checkout.csv · 1 Mar – 31 May 2026 ·
    refreshed 2026-06-01 09:30"."""
    name = PurePath(analytics.source.path).name or analytics.source.path
    span = ""
    if analytics.start and analytics.end:
        span = f" · {analytics.start[:10]} – {analytics.end[:10]}"
    refreshed = analytics.refreshed_at[:16].replace("T", " ")
    return translate("Measures", "from {name}{span} · refreshed {refreshed}").format(
        name=name, span=span, refreshed=refreshed
    )


def dropoff_share(analytics: JourneyAnalytics, stage_id: str) -> float | None:
    """The share of the cases reaching a stage whose journey ends there (the header heat)."""
    m = analytics.measure(stage_id)
    if m is None or m.reached == 0:
        return None
    return m.dropoff / m.reached


def backward(analytics_stage_order: list[str], source: str, target: str) -> bool:
    """A flow against the map's stage order (a loop back); unknown stages count as forward."""
    try:
        return analytics_stage_order.index(target) < analytics_stage_order.index(source)
    except ValueError:
        return False


def observed_score(m: StageMeasure, rating_max: float = 5.0) -> float | None:
    """A suggested emotion score (−2…+2) for a stage: the feedback's mean VADER compound
    (−1…+1) doubled, else the mean rating rescaled from 1…rating_max (CSAT 5, NPS 10)."""
    if m.sentiment is not None:
        value = m.sentiment * 2
    elif m.rating is not None and rating_max > 1:
        low = 0.0 if rating_max >= 10 else 1.0
        value = (m.rating - low) / (rating_max - low) * 4 - 2
    else:
        return None
    return round(max(-2.0, min(2.0, value)), 1)
