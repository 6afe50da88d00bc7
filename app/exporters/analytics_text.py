"""What the PDF's analytics page and the workbook's Analytics sheet say: one reading of a
journey's stored analytics, so the two outputs show the same rows, in the same order, with the
same words.

Everything comes from ``Journey.analytics`` (the results kept in the project), never from the
log, so an export works when the log is gone. Rows follow the map's stage order; a stage the
results have no measure for counts as reached by nobody (the map has a stage the log never
shows). Times are written for people ("2 h 5 min", "3.2 d"); the workbook keeps hours as
numbers beside them so they sort.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.exporters.common import count_text, date_text
from app.i18n import QT_TRANSLATE_NOOP, localized, percent_sign, translate
from app.models.analytics_values import backward, source_line
from app.models.entities import Journey, JourneyAnalytics, SplitKind, StageMeasure

NO_VALUE = "–"
CONTEXT = "AnalyticsText"
# Marked here, translated where shown (the tables are built before the language is known).
STAGE_HEADINGS = (
    QT_TRANSLATE_NOOP("AnalyticsText", "Stage"),
    QT_TRANSLATE_NOOP("AnalyticsText", "Reached"),
    QT_TRANSLATE_NOOP("AnalyticsText", "Share"),
    QT_TRANSLATE_NOOP("AnalyticsText", "Conversion"),
    QT_TRANSLATE_NOOP("AnalyticsText", "Drop-off"),
    QT_TRANSLATE_NOOP("AnalyticsText", "Median to next"),
    QT_TRANSLATE_NOOP("AnalyticsText", "p90 to next"),
    QT_TRANSLATE_NOOP("AnalyticsText", "Median in stage"),
    QT_TRANSLATE_NOOP("AnalyticsText", "Rating"),
    QT_TRANSLATE_NOOP("AnalyticsText", "Sentiment"),
)
AGAINST_ORDER = QT_TRANSLATE_NOOP("AnalyticsText", "against the map's order")
NOBODY = QT_TRANSLATE_NOOP("AnalyticsText", "nobody reaches this stage")
SPLIT_TITLES = {
    SplitKind.SEGMENT: QT_TRANSLATE_NOOP("AnalyticsText", "Cases per stage by segment"),
    SplitKind.CHANNEL: QT_TRANSLATE_NOOP("AnalyticsText", "Events per stage by channel"),
}


def shown(text: str) -> str:
    """One of this module's marked texts (or a literal of the AnalyticsText context) in the session's language."""
    return translate(CONTEXT, text)


def stage_headings() -> list[str]:
    return [shown(h) for h in STAGE_HEADINGS]


_decimal = localized  # a number written with a point, as the session's language writes it


def duration(seconds: float | None) -> str:
    """A time for a reader: "45 s", "12 min", "2 h 5 min", "3.2 d"; "–" for none."""
    if seconds is None:
        return NO_VALUE
    if seconds < 60:
        return translate("AnalyticsText", "{n} s").format(n=f"{seconds:.0f}")
    minutes = seconds / 60
    if minutes < 60:
        return translate("AnalyticsText", "{n} min").format(n=f"{minutes:.0f}")
    hours = seconds / 3600
    if hours < 24:
        whole = int(minutes // 60)
        rest = round(minutes - whole * 60)
        if rest == 60:
            whole, rest = whole + 1, 0
        if rest:
            return translate("AnalyticsText", "{h} h {min} min").format(h=whole, min=rest)
        return translate("AnalyticsText", "{h} h").format(h=whole)
    return translate("AnalyticsText", "{n} d").format(n=_decimal(f"{seconds / 86400:.1f}"))


def percent(share: float | None, digits: int = 1) -> str:
    if share is None:
        return NO_VALUE
    text = f"{share * 100:.{digits}f}"
    return f"{localized(text)}{percent_sign()}%"


def count(n: int | None) -> str:
    return NO_VALUE if n is None else count_text(n)


def number(value: float | None, digits: int = 2) -> str:
    return NO_VALUE if value is None else _decimal(f"{value:.{digits}f}")


def hours(seconds: float | None) -> float | None:
    """Hours as a number (the workbook's sortable value beside the readable text)."""
    return None if seconds is None else round(seconds / 3600, 2)


@dataclass(frozen=True)
class StageRow:
    stage_id: str
    name: str
    measure: StageMeasure  # a zero measure for a stage the results do not name

    @property
    def dropoff_share(self) -> float | None:
        m = self.measure
        return m.dropoff / m.reached if m.reached else None

    def texts(self) -> tuple[str, ...]:
        """The row as the PDF table prints it, one text per STAGE_HEADINGS column."""
        m = self.measure
        drop = count(m.dropoff)
        if m.reached and m.dropoff:
            drop += f" ({percent(self.dropoff_share, 0)})"
        return (
            self.name,
            count(m.reached),
            percent(m.share),
            percent(m.conversion),
            drop,
            duration(m.median_to_next_s),
            duration(m.p90_to_next_s),
            duration(m.median_in_stage_s),
            number(m.rating),
            number(m.sentiment),
        )


def stage_rows(journey: Journey, analytics: JourneyAnalytics) -> list[StageRow]:
    rows = []
    for stage in journey.stages:
        m = analytics.measure(stage.id) or StageMeasure(stage=stage.id, reached=0, share=0.0)
        rows.append(StageRow(stage.id, stage.name, m))
    return rows


def unreached(journey: Journey, analytics: JourneyAnalytics) -> list[str]:
    """Names of the map's stages no case reaches (designed, but not observed)."""
    return [row.name for row in stage_rows(journey, analytics) if row.measure.reached == 0]


@dataclass(frozen=True)
class FlowRow:
    source: str
    target: str
    count: int
    backward: bool  # against the map's stage order: a loop back
    skipped: int  # stages jumped over going forward
    source_id: str = ""
    target_id: str = ""

    def label(self) -> str:
        return f"{self.source} → {self.target}"

    def note(self) -> str:
        if self.backward:
            return shown(AGAINST_ORDER)
        if self.skipped:
            skips = (
                translate("AnalyticsText", "skips {n} stages")
                if self.skipped != 1
                else translate("AnalyticsText", "skips {n} stage")
            )
            return skips.format(n=self.skipped)
        return ""


def flow_rows(journey: Journey, analytics: JourneyAnalytics, limit: int | None = None) -> list[FlowRow]:
    """Stage-to-stage flows, biggest first (loops back after forward ones of the same size), at
    most ``limit``; a flow from or to a stage no longer on the map is left out, as the board does."""
    order = [s.id for s in journey.stages]
    names = {s.id: s.name for s in journey.stages}
    position = {sid: i for i, sid in enumerate(order)}
    rows = []
    for flow in analytics.stage_flows:
        if flow.source not in position or flow.target not in position:
            continue
        a, b = position[flow.source], position[flow.target]
        skipped = b - a - 1 if b > a + 1 else 0
        rows.append(
            FlowRow(
                names[flow.source],
                names[flow.target],
                flow.count,
                backward(order, flow.source, flow.target),
                skipped,
                flow.source,
                flow.target,
            )
        )
    rows.sort(key=lambda r: (-r.count, r.backward))
    return rows if limit is None else rows[:limit]


def unmapped_rows(analytics: JourneyAnalytics) -> list[tuple[str, int]]:
    """Activities mapped to no stage, most frequent first."""
    return sorted(analytics.unmapped.items(), key=lambda kv: (-kv[1], kv[0]))


@dataclass(frozen=True)
class SplitTable:
    kind: SplitKind
    values: list[str]  # the split values, biggest total first
    cells: dict[tuple[str, str], int]  # (value, stage id) -> count

    @property
    def title(self) -> str:
        return shown(SPLIT_TITLES[self.kind])


def split_tables(analytics: JourneyAnalytics) -> list[SplitTable]:
    tables = []
    for kind in SplitKind:
        splits = [s for s in analytics.splits if s.by == kind]
        if not splits:
            continue
        splits.sort(key=lambda s: (-sum(s.stages.values()), s.value))
        cells = {(s.value, sid): n for s in splits for sid, n in s.stages.items()}
        tables.append(SplitTable(kind, [s.value for s in splits], cells))
    return tables


@dataclass(frozen=True)
class PeriodRow:
    name: str
    before: StageMeasure | None
    after: StageMeasure | None


def period_rows(journey: Journey, analytics: JourneyAnalytics) -> list[PeriodRow]:
    periods = analytics.periods
    if periods is None:
        return []
    before = {m.stage: m for m in periods.before}
    after = {m.stage: m for m in periods.after}
    return [PeriodRow(s.name, before.get(s.id), after.get(s.id)) for s in journey.stages]


def facts(analytics: JourneyAnalytics) -> list[tuple[str, str | int]]:
    """The source block: where the numbers come from, for a reader who never saw the log
    (counts as numbers, for the workbook)."""
    span = NO_VALUE
    if analytics.start and analytics.end:
        span = f"{date_text(analytics.start[:10])} – {date_text(analytics.end[:10])}"
    refreshed = analytics.refreshed_at[:16].replace("T", " ")
    return [
        (translate("AnalyticsText", "Source"), analytics.source.path),
        (translate("AnalyticsText", "Period"), span),
        (translate("AnalyticsText", "Events"), analytics.events),
        (translate("AnalyticsText", "Cases"), analytics.cases),
        (translate("AnalyticsText", "Refreshed"), date_text(refreshed[:10]) + refreshed[10:]),
        (
            translate("AnalyticsText", "Times without a zone"),
            translate("AnalyticsText", "read as {zone}").format(zone=analytics.source.naive_zone),
        ),
        (translate("AnalyticsText", "Mapped activities"), len(analytics.mapping)),
        (translate("AnalyticsText", "Unmapped activities"), len(analytics.unmapped)),
    ]


def summary_line(analytics: JourneyAnalytics) -> str:
    """The source line with the totals: what the page's subtitle says."""
    events = (
        translate("AnalyticsText", "{n} events") if analytics.events != 1 else translate("AnalyticsText", "{n} event")
    )
    cases = translate("AnalyticsText", "{n} cases") if analytics.cases != 1 else translate("AnalyticsText", "{n} case")
    return " · ".join(
        (source_line(analytics), events.format(n=count(analytics.events)), cases.format(n=count(analytics.cases)))
    )
