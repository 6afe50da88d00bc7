"""The analytics page of an analysed journey: what its event log showed, for a reader who
was not at the screen.

One page after the journey's map pages: the title and the source line (file, dates, events,
cases, refreshed), a funnel (a bar per stage in map order, its drop-off on top in red, the
share and conversion under it), the stage table, then the rest in columns (three on landscape
paper, two on portrait): the biggest stage flows (loops back flagged "against the map's
order"), stages nobody reaches, unmapped activities, splits and the period comparison. Every text is real text (pdftotext reads it).
The columns run on to a continuation page only when a journey has more than fits; long lists
are cut at a limit and say how many more the workbook's Analytics sheet holds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.colors import Color, HexColor  # type: ignore[import-untyped]

from app.exporters import analytics_text as A
from app.exporters.common import date_text
from app.exporters.pdf import fonts
from app.exporters.pdf import style as S
from app.i18n import translate
from app.models.entities import Journey, JourneyAnalytics

M = 40.0  # page margin
BAR = HexColor("#4F7FD8")
DROP = HexColor("#E5484D")
WARN = HexColor("#B54708")  # a flagged text: a loop back, a stage nobody reaches
ZEBRA = HexColor("#F3F5F8")
TOP_FLOWS, TOP_UNMAPPED, TOP_SPLIT_VALUES = 10, 12, 5
GUTTER = 18.0
ROW_H = 11.0


class _Page:
    """Pages of one journey's analytics: ``y`` runs down from the top; columns below a line."""

    def __init__(self, c, paper: tuple[float, float], title: str, on_first: Callable[[], None]) -> None:
        self.c, self.paper, self.title = c, paper, title
        self.width = paper[0] - 2 * M
        on_first()
        self.y = self._start(title)
        self.columns: list[tuple[float, float]] = [(M, self.width)]
        self.column = 0
        self.top = self.y
        self.low = self.y  # the lowest any column has reached

    def _start(self, title: str, suffix: str = "") -> float:
        self.c.setPageSize(self.paper)
        self.c.setFillColor(S.INK)
        y = self.paper[1] - M - 16
        room = self.width - fonts.width(suffix, 16, True)
        fonts.draw(self.c, M, y, fonts.fit(title, 16, room, True) + suffix, 16, True)
        return y - 8

    @property
    def x(self) -> float:
        return self.columns[self.column][0]

    @property
    def col_width(self) -> float:
        return self.columns[self.column][1]

    def split(self, n: int) -> None:
        """Lay what follows in ``n`` columns from the current height down."""
        self.y = min(self.y, self.low)
        w = (self.width - GUTTER * (n - 1)) / n
        self.columns = [(M + i * (w + GUTTER), w) for i in range(n)]
        self.column = 0
        self.top = self.y

    def need(self, h: float) -> None:
        """Room for ``h`` pt in this column, else the next column, else a continuation page."""
        if self.y - h >= M + 14:
            return
        self.low = min(self.low, self.y)
        if self.column + 1 < len(self.columns):
            self.column += 1
            self.y = self.top
            return
        self.c.showPage()
        self.y = self._start(self.title, " (continued)")
        self.column = 0
        self.top = self.low = self.y

    def line(self, text: str, size: float = 8, bold: bool = False, colour: Color = S.INK, right: str = "") -> None:
        self.need(size * 1.3)
        self.y -= size * 1.3
        self.c.setFillColor(colour)
        room = self.col_width - (fonts.width(right, size) + 8 if right else 0)
        fonts.draw(self.c, self.x, self.y, fonts.fit(text, size, room, bold), size, bold)
        if right:
            fonts.draw_right(self.c, self.x + self.col_width, self.y, right, size)

    def wrapped(self, text: str, size: float = 8, colour: Color = S.MUTED) -> None:
        for piece in fonts.wrap(text, size, self.col_width):
            self.line(piece, size, colour=colour)

    def keep(self, h: float) -> None:
        """Start a block of ``h`` pt in the next column when it fits a column but not the rest
        of this one (a short table is never cut from its heading)."""
        if h <= self.top - (M + 14):
            self.need(h)

    def heading(self, text: str) -> None:
        self.need(10 * 1.3 + 6 + 3 * 8 * 1.3)  # a heading never ends a column alone
        self.y -= 5
        self.line(text, 10, True)
        self.y -= 1


def _of_all(share: float | None) -> str:
    return translate("PdfAnalytics", "{share} of all").format(share=A.percent(share))


def _conv(share: float | None) -> str:
    return translate("PdfAnalytics", "conv. {share}").format(share=A.percent(share))


def analytics_page(c, journey: Journey, paper: tuple[float, float], on_first: Callable[[], None]) -> None:
    """Draw the analytics of ``journey`` (which has them) from a fresh page; the caller ends the
    last page. ``on_first`` runs before anything is drawn (the outline's bookmark)."""
    analytics = journey.analytics
    assert analytics is not None
    page = _Page(c, paper, translate("PdfAnalytics", "Analytics — {journey}").format(journey=journey.name), on_first)
    page.wrapped(A.summary_line(analytics), 9)
    page.y -= 6
    rows = A.stage_rows(journey, analytics)
    _funnel(page, analytics, rows)
    _stage_table(page, rows)
    page.y -= 4
    page.split(3 if page.width > 700 else 2)  # landscape: three columns, portrait: two
    _flows(page, journey, analytics)
    nobody = [row.name for row in rows if row.measure.reached == 0]
    if nobody:
        page.heading(translate("PdfAnalytics", "Stages nobody reaches"))
        for name in nobody:
            page.line(f"⚠ {name}", colour=WARN)
    _unmapped(page, analytics)
    _splits(page, journey, analytics)
    _periods(page, journey, analytics)


# -- the funnel -------------------------------------------------------------------------------


def _funnel(page: _Page, analytics: JourneyAnalytics, rows: list[A.StageRow]) -> None:
    """A bar per stage, as tall as the cases reaching it (of all cases); the part of it whose
    journey ends there (the drop-off) in red on top; labels the share, conversion and drop-off.
    Under bars too narrow for a label the label is left out (the table below has it all), and a
    stage whose name does not fit is named by its number, as on the stage headers."""
    c = page.c
    n = max(1, len(rows))
    chart_h = max(70.0, min(150.0, page.paper[1] * 0.14))
    slot = page.width / n
    widest = max((fonts.width(_of_all(1.0) + " · " + _conv(r.measure.conversion), 7) for r in rows), default=0.0)
    stacked = widest > slot - 2  # share and conversion on two lines under narrow bars
    labels_h = (4 if stacked else 3) * 9 + 8
    page.need(chart_h + labels_h + 16)
    top = page.y - 12  # room for the count above the tallest bar
    base = top - chart_h
    full = max([analytics.cases, *(row.measure.reached for row in rows), 1])
    bar_w = min(slot * 0.6, 70.0)
    c.setStrokeColor(S.GRID)
    c.setLineWidth(0.8)
    c.line(M, base, M + page.width, base)

    def label(cx: float, y: float, text: str, size: float, bold: bool = False) -> None:
        if fonts.width(text, size, bold) <= slot - 2:
            fonts.draw_centred(c, cx, y, text, size, bold)

    for i, row in enumerate(rows):
        m = row.measure
        cx = M + slot * (i + 0.5)
        x = cx - bar_w / 2
        h = chart_h * m.reached / full
        if m.reached:
            c.setFillColor(BAR)
            c.rect(x, base, bar_w, h, stroke=0, fill=1)
            if m.dropoff:
                drop_h = max(1.5, h * m.dropoff / m.reached)
                c.setFillColor(DROP)
                c.rect(x, base + h - drop_h, bar_w, drop_h, stroke=0, fill=1)
            c.setFillColor(S.INK)
            label(cx, base + h + 3, A.count(m.reached), 8.5, True)
        else:
            c.setStrokeColor(WARN)
            c.setDash(2, 2)
            c.rect(x, base, bar_w, chart_h * 0.08, stroke=1, fill=0)
            c.setDash()
            c.setFillColor(WARN)
            label(cx, base + chart_h * 0.08 + 4, translate("PdfAnalytics", "nobody"), 7.5, True)
        y = base - 10
        c.setFillColor(S.INK)
        name = fonts.fit(row.name, 8, slot - 4, True)
        if len(name) < min(len(row.name), 6):  # "St…" says nothing: the stage's number does
            name = f"{i + 1:02d}"
        label(cx, y, name, 8, True)
        c.setFillColor(S.MUTED)
        lines = [_of_all(m.share)]
        if m.conversion is not None:
            lines.append(_conv(m.conversion))
        if not stacked:
            lines = [" · ".join(lines)]
        for k, text in enumerate(lines, start=1):
            label(cx, y - 9 * k, text, 7)
        if m.dropoff and i == len(rows) - 1:  # the map's last stage: its cases end by completing it
            c.setFillColor(S.MUTED)
            label(cx, y - 9 * (len(lines) + 1), translate("PdfAnalytics", "the end"), 7.5)
        elif m.dropoff:
            c.setFillColor(DROP)
            label(
                cx,
                y - 9 * (len(lines) + 1),
                translate("PdfAnalytics", "▼ {share} leave").format(share=A.percent(row.dropoff_share)),
                7.5,
            )
    page.y = base - labels_h - 6
    _legend(page)


def _legend(page: _Page) -> None:
    c = page.c
    y = page.y
    x = M
    for colour, text in (
        (BAR, translate("PdfAnalytics", "cases reaching the stage")),
        (DROP, translate("PdfAnalytics", "of them, cases whose journey ends there")),
    ):
        c.setFillColor(colour)
        c.rect(x, y - 1, 8, 7, stroke=0, fill=1)
        c.setFillColor(S.MUTED)
        x += 12 + fonts.draw(c, x + 12, y, text, 7.5) + 14
    page.y = y - 8


# -- the stage table --------------------------------------------------------------------------


def _table(
    page: _Page,
    headings: Sequence[str],
    rows: Sequence[Sequence[str]],
    first: float,
    flags: frozenset[int] = frozenset(),
) -> None:
    """A table across the current column: the first column ``first`` of its width, the others
    share the rest and are right-aligned; headings may break over two lines. ``flags`` are the
    indices of rows printed in the warning colour."""
    c = page.c
    width = page.col_width
    first_w = width * first
    other_w = (width - first_w) / max(1, len(headings) - 1)
    size, head = (8.0, 7.5) if other_w >= 55 else (7.0, 6.5)  # narrow columns (portrait): smaller
    head_lines = [fonts.wrap(h, head, other_w - 4, True)[:2] if i else [h] for i, h in enumerate(headings)]
    depth = max(len(lines) for lines in head_lines)
    page.need(depth * 9 + 4 + 2 * ROW_H)
    x0 = page.x
    c.setFillColor(S.MUTED)
    for i, lines in enumerate(head_lines):
        for k, text in enumerate(lines):
            yy = page.y - 9 * (k + 1 + depth - len(lines))
            if i == 0:
                fonts.draw(c, x0, yy, fonts.fit(text, head, first_w - 4, True), head, True)
            else:
                fonts.draw_right(
                    c, x0 + first_w + other_w * i, yy, fonts.fit(text, head, other_w - 2, True), head, True
                )
    page.y -= depth * 9 + 3
    c.setStrokeColor(S.GRID)
    c.setLineWidth(0.6)
    c.line(x0, page.y, x0 + width, page.y)
    for r, cells in enumerate(rows):
        page.need(ROW_H)
        x0 = page.x
        if r % 2:
            c.setFillColor(ZEBRA)
            c.rect(x0, page.y - ROW_H, width, ROW_H, stroke=0, fill=1)
        page.y -= ROW_H
        c.setFillColor(WARN if r in flags else S.INK)
        base = page.y + 3
        fonts.draw(c, x0 + 2, base, fonts.fit(cells[0], size, first_w - 6), size)
        for i, text in enumerate(cells[1:], start=1):
            right = x0 + first_w + other_w * i
            fonts.draw_right(c, right, base, fonts.fit(text, size, other_w - 3), size)
    page.y -= 4


def _table_h(rows: int) -> float:
    """A heading, two lines of column headings and ``rows`` rows: what a short table keeps together."""
    return 10 * 1.3 + 6 + 2 * 9 + 3 + rows * ROW_H + 4


def _stage_table(page: _Page, rows: list[A.StageRow]) -> None:
    page.heading(translate("PdfAnalytics", "Stages"))
    flags = frozenset(i for i, row in enumerate(rows) if row.measure.reached == 0)
    _table(page, A.stage_headings(), [row.texts() for row in rows], 0.18, flags)


# -- the columns ------------------------------------------------------------------------------


def _flows(page: _Page, journey: Journey, analytics: JourneyAnalytics) -> None:
    flows = A.flow_rows(journey, analytics)
    notes = sum(1 for f in flows[:TOP_FLOWS] if f.note())
    page.keep(10 * 1.3 + 6 + 2 * 8 * 1.3 + min(len(flows), TOP_FLOWS) * 8 * 1.3 + notes * 7 * 1.3)
    page.heading(
        translate("PdfAnalytics", "Stage flows (the {top} biggest of {n})").format(top=TOP_FLOWS, n=len(flows))
        if len(flows) > TOP_FLOWS
        else translate("PdfAnalytics", "Stage flows")
    )
    if not flows:
        page.line(translate("PdfAnalytics", "No case moves from one stage to another."), colour=S.MUTED)
        return
    page.wrapped(translate("PdfAnalytics", "Cases moving from stage to stage; ↩ runs against the map's order."))
    for flow in flows[:TOP_FLOWS]:
        note = flow.note()
        colour = WARN if flow.backward else S.INK
        page.line(("↩ " if flow.backward else "") + flow.label(), colour=colour, right=A.count(flow.count))
        if note:
            page.line(f"    {note}", 7, colour=colour if flow.backward else S.MUTED)


def _unmapped(page: _Page, analytics: JourneyAnalytics) -> None:
    rows = A.unmapped_rows(analytics)
    if not rows:
        return
    page.keep(10 * 1.3 + 6 + (min(len(rows), TOP_UNMAPPED) + 2) * 8 * 1.3)
    page.heading(translate("PdfAnalytics", "Unmapped activities ({n})").format(n=len(rows)))
    page.wrapped(translate("PdfAnalytics", "Events in the log mapped to no stage, not counted above."))
    for activity, n in rows[:TOP_UNMAPPED]:
        page.line(activity, right=A.count(n))
    if len(rows) > TOP_UNMAPPED:
        page.line(
            translate("PdfAnalytics", "and {n} more (all in the workbook's Analytics sheet)").format(
                n=len(rows) - TOP_UNMAPPED
            ),
            colour=S.MUTED,
        )


def _splits(page: _Page, journey: Journey, analytics: JourneyAnalytics) -> None:
    for table in A.split_tables(analytics):
        values = table.values[:TOP_SPLIT_VALUES]
        stages = [s for s in journey.stages if any(table.cells.get((v, s.id)) for v in table.values)]
        rows = [[s.name, *(A.count(table.cells.get((v, s.id), 0)) for v in values)] for s in stages]
        page.keep(_table_h(len(rows)))
        page.heading(table.title)
        _table(page, [translate("PdfAnalytics", "Stage"), *values], rows, 0.34)
        if len(table.values) > TOP_SPLIT_VALUES:
            page.line(
                translate("PdfAnalytics", "and {n} more values in the workbook").format(
                    n=len(table.values) - TOP_SPLIT_VALUES
                ),
                colour=S.MUTED,
            )


def _periods(page: _Page, journey: Journey, analytics: JourneyAnalytics) -> None:
    rows = [r for r in A.period_rows(journey, analytics) if r.before or r.after]
    if not rows or analytics.periods is None:
        return
    at = analytics.periods.split_at[:16].replace("T", " ")
    at = date_text(at[:10]) + at[10:]
    page.keep(_table_h(len(rows)) + 2 * 8 * 1.3)
    page.heading(translate("PdfAnalytics", "Before and after {date}").format(date=at))
    page.wrapped(
        translate("PdfAnalytics", "Cases that started before {date} → those that started from then on.").format(date=at)
    )

    def change(before: str, after: str) -> str:
        return A.NO_VALUE if before == after == A.NO_VALUE else f"{before} → {after}"

    def cells(row: A.PeriodRow) -> list[str]:
        b, a = row.before, row.after
        return [
            row.name,
            change(A.count(b.reached if b else None), A.count(a.reached if a else None)),
            change(A.percent(b.conversion if b else None, 0), A.percent(a.conversion if a else None, 0)),
            change(A.duration(b.median_to_next_s if b else None), A.duration(a.median_to_next_s if a else None)),
        ]

    headings = [A.shown(h) for h in ("Stage", "Reached", "Conversion", "Median to next")]
    _table(page, headings, [cells(r) for r in rows], 0.31)
