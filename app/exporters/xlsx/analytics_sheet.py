"""An "Analytics" sheet per analysed journey: what its event log showed, as tables to sort,
filter and quote.

The sheet is an output, like the map and votes sheets: its A1 is ``ANALYTICS_MARKER`` so the
importer skips it even when renamed, and nothing on it is read back (the numbers come from the
log; Waymark refreshes them from there). Blocks, top to bottom, each a bold title row, a header
row and its rows, one empty row between: the source (file, period, events, cases, refreshed),
the stages in map order, the stage flows (biggest first, loops back noted), the activities
(events, starts, ends, the stage each maps to), the activity flows (directly-follows, with the
median time), the unmapped activities, the splits, the period comparison.

Counts are whole numbers, shares fractions shown as percentages, times hours (two decimals),
so a sort or a chart works; texts (activity names, feedback quotes, file names) go through
``put_text``, so a name that starts like a formula ("=HYPERLINK(…)", "+1", "@x") stays text.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from app.exporters import analytics_text as A
from app.exporters.common import date_text
from app.exporters.xlsx import style as S
from app.exporters.xlsx.text import put_text
from app.exporters.xlsx.words import word
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.entities import Journey, JourneyAnalytics
from app.models.workbook_format import ANALYTICS_MARKER

PERCENT, HOURS, COUNT = "0.0%", "0.00", "#,##0"
STAGE_HEADERS = (
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Stage"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Reached"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Share"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Conversion"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Drop-off"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Drop-off share"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Median to next (h)"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "p90 to next (h)"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Median in stage (h)"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "p90 in stage (h)"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Rating"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Sentiment"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Note"),
)
WIDTHS = (30, 24, 12, 14, 11, 11, 11, 11, 11, 11, 9, 10, 24)  # B also holds flows' "To" stage names
Cell = str | int | float | None
# The headers of the other tables, marked for the catalogue (looked up by _words).
_HEADER_WORDS = (
    QT_TRANSLATE_NOOP("XlsxAnalytics", "From"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "To"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Cases"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Note"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Activity"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Events"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Starts a case"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Ends a case"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Count"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Median time (h)"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Reached before"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Reached after"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Conversion before"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Conversion after"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Median to next before (h)"),
    QT_TRANSLATE_NOOP("XlsxAnalytics", "Median to next after (h)"),
)


def _words(*texts: str) -> list[str]:
    return [translate("XlsxAnalytics", text) for text in texts]


class _Writer:
    def __init__(self, ws, notes: list[str]) -> None:
        self.ws, self.notes, self.row = ws, notes, 1

    def put(self, col: int, value: Cell, number_format: str | None = None) -> None:
        cell = self.ws.cell(self.row, col)
        if isinstance(value, str) or value is None:
            put_text(cell, value, f"{self.ws.title}!{cell.coordinate}", self.notes)
            return
        cell.value = value
        if number_format:
            cell.number_format = number_format

    def title(self, text: str) -> None:
        self.row += 1  # one empty row before every block
        self.put(1, text)
        self.ws.cell(self.row, 1).font = S.BOLD
        self.row += 1

    def header(self, texts: Sequence[str]) -> None:
        for col, text in enumerate(texts, start=1):
            self.put(col, text)
            cell = self.ws.cell(self.row, col)
            cell.font = S.BOLD
            cell.fill = S.fill(S.HEADER_BG)
            cell.alignment = S.WRAP
        S.fit_row_height(self.ws, self.row, [(t, WIDTHS[min(i, len(WIDTHS) - 1)] * 0.9) for i, t in enumerate(texts)])
        self.row += 1

    def line(self, values: Sequence[Cell], formats: Sequence[str | None] = ()) -> None:
        for col, value in enumerate(values, start=1):
            self.put(col, value, formats[col - 1] if col - 1 < len(formats) else None)
            if col > 1 and isinstance(value, str):
                self.ws.cell(self.row, col).alignment = S.INDENT
        self.row += 1


def write_analytics_sheet(ws, journey: Journey, notes: list[str]) -> None:
    analytics = journey.analytics
    assert analytics is not None
    ws.sheet_properties.tabColor = S.DATA_TAB
    for col, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    w = _Writer(ws, notes)
    w.put(1, word(ANALYTICS_MARKER))
    ws.cell(1, 1).font = S.BOLD
    w.put(2, journey.name)
    ws.cell(1, 2).font = S.TITLE
    w.row = 2
    for label, value in A.facts(analytics):
        w.put(1, label)
        ws.cell(w.row, 1).font = S.BOLD
        w.put(2, value, None if isinstance(value, str) else COUNT)
        ws.cell(w.row, 2).alignment = S.LEFT
        w.row += 1
    _stages(w, journey, analytics)
    _flows(w, journey, analytics)
    _activities(w, journey, analytics)
    _splits(w, journey, analytics)
    _periods(w, journey, analytics)
    ws.freeze_panes = "B2"
    S.print_fit_to_width(ws)


def _stages(w: _Writer, journey: Journey, analytics: JourneyAnalytics) -> None:
    w.title(translate("XlsxAnalytics", "Stages (in the map's order)"))
    w.header([translate("XlsxAnalytics", h) for h in STAGE_HEADERS])
    formats = (None, COUNT, PERCENT, PERCENT, COUNT, PERCENT, HOURS, HOURS, HOURS, HOURS, "0.00", "0.00")
    for row in A.stage_rows(journey, analytics):
        m = row.measure
        w.line(
            [
                row.name,
                m.reached,
                m.share,
                m.conversion,
                m.dropoff,
                row.dropoff_share,
                A.hours(m.median_to_next_s),
                A.hours(m.p90_to_next_s),
                A.hours(m.median_in_stage_s),
                A.hours(m.p90_in_stage_s),
                m.rating,
                m.sentiment,
                A.shown(A.NOBODY) if m.reached == 0 else None,
            ],
            formats,
        )


def _flows(w: _Writer, journey: Journey, analytics: JourneyAnalytics) -> None:
    w.title(translate("XlsxAnalytics", "Stage flows (cases moving from one stage to another)"))
    w.header(_words("From", "To", "Cases", "Note"))
    rows = A.flow_rows(journey, analytics)
    for flow in rows:
        w.line([flow.source, flow.target, flow.count, flow.note() or None], (None, None, COUNT))
    if not rows:
        w.line([translate("XlsxAnalytics", "No case moves from one stage to another.")])


def _activities(w: _Writer, journey: Journey, analytics: JourneyAnalytics) -> None:
    stats = analytics.activities
    stage_names = {s.id: s.name for s in journey.stages}
    names = sorted(stats.counts, key=lambda a: (-stats.counts[a], a))
    if names:
        w.title(translate("XlsxAnalytics", "Activities"))
        w.header(_words("Activity", "Events", "Starts a case", "Ends a case", "Stage"))
        for activity in names:
            sid = analytics.mapping.get(activity)
            stage = stage_names.get(sid, sid) if sid else None
            w.line(
                [activity, stats.counts[activity], stats.starts.get(activity, 0), stats.ends.get(activity, 0), stage],
                (None, COUNT, COUNT, COUNT),
            )
    if stats.flows:
        w.title(translate("XlsxAnalytics", "Activity flows (one directly follows the other in a case)"))
        w.header(_words("From", "To", "Count", "Median time (h)"))
        for f in sorted(stats.flows, key=lambda f: (-f.count, f.source, f.target)):
            w.line([f.source, f.target, f.count, A.hours(f.median_s)], (None, None, COUNT, HOURS))
    unmapped = A.unmapped_rows(analytics)
    if unmapped:
        w.title(translate("XlsxAnalytics", "Unmapped activities (in the log, mapped to no stage)"))
        w.header(_words("Activity", "Events"))
        for activity, n in unmapped:
            w.line([activity, n], (None, COUNT))


def _splits(w: _Writer, journey: Journey, analytics: JourneyAnalytics) -> None:
    for table in A.split_tables(analytics):
        w.title(table.title)
        w.header((translate("XlsxAnalytics", "Stage"), *table.values))
        for stage in journey.stages:
            w.line([stage.name, *(table.cells.get((v, stage.id), 0) for v in table.values)])


def _periods(w: _Writer, journey: Journey, analytics: JourneyAnalytics) -> None:
    if analytics.periods is None:
        return
    w.title(
        translate("XlsxAnalytics", "Before and after {date} (cases by the time they started)").format(
            date=date_text(analytics.periods.split_at)
        )
    )
    w.header(
        _words(
            "Stage",
            "Reached before",
            "Reached after",
            "Conversion before",
            "Conversion after",
            "Median to next before (h)",
            "Median to next after (h)",
        )
    )
    formats = (None, COUNT, COUNT, PERCENT, PERCENT, HOURS, HOURS)
    for row in A.period_rows(journey, analytics):
        b, a = row.before, row.after
        w.line(
            [
                row.name,
                b.reached if b else None,
                a.reached if a else None,
                b.conversion if b else None,
                a.conversion if a else None,
                A.hours(b.median_to_next_s) if b else None,
                A.hours(a.median_to_next_s) if a else None,
            ],
            formats,
        )
