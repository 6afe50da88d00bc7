"""The Analytics dock: what the event log showed for the journey on the board.

It mirrors ``Journey.analytics`` (stored in the project, so it works without the log): the
source line, a funnel chart, then tabs — the stage table, the stage-to-stage flows with the
ones running against the map's order flagged, the unmapped activities, and the splits. A
journey not analysed yet shows an empty state whose button starts Analyse Event Log…. The
panel never edits anything; it refreshes when the document says the journey changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.document.document import Document
from app.i18n import QT_TRANSLATE_NOOP, decimal, grouped, translate
from app.models.analytics_values import backward, source_line
from app.models.entities import Journey, JourneyAnalytics
from app.views.analytics.funnel import NOBODY_COLOR, FunnelChart, FunnelRow, percent
from app.views.analytics.summary import summary_text
from app.views.board.view import BoardView

EMPTY_TEXT = QT_TRANSLATE_NOOP("AnalyticsPanel", "Analyse an event log to measure this journey")
BACKWARD_MARK = QT_TRANSLATE_NOOP("AnalyticsPanel", "↩ backward")
NOBODY_MARK = QT_TRANSLATE_NOOP("AnalyticsPanel", "nobody reaches it")
FUNNEL_MAX_H = 300  # about nine stages; a longer journey scrolls inside the funnel


def duration(seconds: float | None) -> str:
    """A time a facilitator reads at a glance: 45 s, 12 min, 3.5 h, 2.1 d."""
    if seconds is None:
        return "–"
    if seconds < 90:
        return translate("AnalyticsPanel", "{n} s").format(n=f"{seconds:.0f}")
    if seconds < 90 * 60:
        return translate("AnalyticsPanel", "{n} min").format(n=f"{seconds / 60:.0f}")
    if seconds < 48 * 3600:
        return translate("AnalyticsPanel", "{n} h").format(n=decimal(seconds / 3600, 1))
    return translate("AnalyticsPanel", "{n} d").format(n=decimal(seconds / 86400, 1))


def stage_rows(journey: Journey) -> list[list[str]]:
    """Stage, reached, share, conversion, drop-off, median and p90 to next, in map order."""
    analytics = journey.analytics
    assert analytics is not None
    rows = []
    for stage in journey.stages:
        m = analytics.measure(stage.id)
        if m is None or m.reached == 0:
            rows.append([stage.name, "0", "0%", "–", "0", "–", "–", translate("AnalyticsPanel", NOBODY_MARK)])
            continue
        rows.append(
            [
                stage.name,
                grouped(m.reached),
                percent(m.share),
                percent(m.conversion),
                grouped(m.dropoff),
                duration(m.median_to_next_s),
                duration(m.p90_to_next_s),
                "",
            ]
        )
    return rows


def flow_rows(journey: Journey) -> list[list[str]]:
    """From, to, cases and the backward flag, busiest first."""
    analytics = journey.analytics
    assert analytics is not None
    names = {s.id: s.name for s in journey.stages}
    order = [s.id for s in journey.stages]
    flows = sorted(analytics.stage_flows, key=lambda f: -f.count)
    return [
        [
            names.get(f.source, f.source),
            names.get(f.target, f.target),
            grouped(f.count),
            translate("AnalyticsPanel", BACKWARD_MARK) if backward(order, f.source, f.target) else "",
        ]
        for f in flows
    ]


def unmapped_rows(analytics: JourneyAnalytics) -> list[list[str]]:
    return [[a, grouped(n)] for a, n in sorted(analytics.unmapped.items(), key=lambda kv: (-kv[1], kv[0]))]


def split_rows(journey: Journey) -> list[list[str]]:
    analytics = journey.analytics
    assert analytics is not None
    return [
        [f"{s.by.value}: {s.value}", *(grouped(s.stages.get(stage.id, 0)) for stage in journey.stages)]
        for s in analytics.splits
    ]


def period_rows(journey: Journey) -> list[list[str]]:
    """Stage, reached before, reached from, and the change of the share in points."""
    analytics = journey.analytics
    assert analytics is not None and analytics.periods is not None
    before = {m.stage: m for m in analytics.periods.before}
    after = {m.stage: m for m in analytics.periods.after}
    rows = []
    for stage in journey.stages:
        b, a = before.get(stage.id), after.get(stage.id)
        change = (
            "–"
            if a is None or b is None
            else translate("AnalyticsPanel", "{points} pts").format(points=f"{(a.share - b.share) * 100:+.0f}")
        )
        rows.append(
            [
                stage.name,
                "–" if b is None else f"{grouped(b.reached)} · {percent(b.share)}",
                "–" if a is None else f"{grouped(a.reached)} · {percent(a.share)}",
                change,
            ]
        )
    return rows


def _table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def fill(table: QTableWidget, rows: list[list[str]], headers: Sequence[str] | None = None) -> None:
    if headers is not None:
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c and text[:1].isdigit() or text in ("–",):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class AnalyticsPanel(QWidget):
    """The dock's widget; ``analyse`` is what the empty state's button calls."""

    def __init__(self, doc: Document, view: BoardView, analyse: Callable[[], object] | None = None) -> None:
        super().__init__()
        self.doc, self.view, self._analyse = doc, view, analyse
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)

        empty = QWidget()
        column = QVBoxLayout(empty)
        column.addStretch(1)
        self.empty_label = QLabel(translate("AnalyticsPanel", EMPTY_TEXT))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.empty_label)
        self.analyse_button = QPushButton(translate("AnalyticsPanel", "Analyse Event Log…"))
        self.analyse_button.clicked.connect(lambda: self._analyse() if self._analyse else None)
        column.addWidget(self.analyse_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        self.pages.addWidget(empty)

        full = QWidget()
        column = QVBoxLayout(full)
        column.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.title)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.source)
        self.funnel = FunnelChart()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.funnel)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMaximumHeight(FUNNEL_MAX_H)
        self.funnel_scroll = scroll
        column.addWidget(scroll)
        self.tabs = QTabWidget()
        self.stages = _table(
            (
                translate("AnalyticsPanel", "Stage"),
                translate("AnalyticsPanel", "Reached"),
                translate("AnalyticsPanel", "Share"),
                translate("AnalyticsPanel", "Conv."),
                translate("AnalyticsPanel", "Drop-off"),
                translate("AnalyticsPanel", "Median → next"),
                translate("AnalyticsPanel", "p90 → next"),
                "",
            )
        )
        self.flows = _table(
            (
                translate("AnalyticsPanel", "From"),
                translate("AnalyticsPanel", "To"),
                translate("AnalyticsPanel", "Cases"),
                "",
            )
        )
        self.unmapped = _table((translate("AnalyticsPanel", "Activity"), translate("AnalyticsPanel", "Events")))
        self.splits = _table((translate("AnalyticsPanel", "Split"),))
        self.tabs.addTab(self.stages, translate("AnalyticsPanel", "Stages"))
        self.tabs.addTab(self.flows, translate("AnalyticsPanel", "Flows"))
        self.tabs.addTab(self.unmapped, translate("AnalyticsPanel", "Unmapped"))
        self.tabs.addTab(self.splits, translate("AnalyticsPanel", "Splits"))
        self.periods = _table(
            (
                translate("AnalyticsPanel", "Stage"),
                translate("AnalyticsPanel", "Before"),
                translate("AnalyticsPanel", "From"),
                translate("AnalyticsPanel", "Share"),
            )
        )
        self.tabs.addTab(self.periods, translate("AnalyticsPanel", "Periods"))
        for table in (self.stages, self.flows, self.unmapped, self.splits, self.periods):
            table.setAccessibleName(self.tabs.tabText(self.tabs.indexOf(table)))  # a reader names it after its tab
        self.tabs.setTabToolTip(
            4, translate("AnalyticsPanel", "Cases starting before the chosen date against those from it on")
        )
        self.tabs.setTabToolTip(
            1, translate("AnalyticsPanel", "Stage-to-stage flows; ↩ marks those running back against the map's order")
        )
        column.addWidget(self.tabs, 1)
        self.pages.addWidget(full)

        for signal in (doc.journey_changed, doc.stage_changed, doc.stage_added, doc.stage_removed, doc.stage_moved):
            signal.connect(self.refresh)
        view.board.synced.connect(self.refresh)
        self.refresh()

    def journey(self) -> Journey | None:
        journey_id = self.view.journey_id
        if not journey_id:
            return None
        try:
            return self.doc.journey(journey_id)
        except (KeyError, LookupError):
            return None

    def refresh(self, *_args: object) -> None:
        journey = self.journey()
        if journey is None or journey.analytics is None:
            self.empty_label.setText(
                translate("AnalyticsPanel", EMPTY_TEXT)
                if journey is not None
                else translate("AnalyticsPanel", "No journey on the board")
            )
            self.analyse_button.setEnabled(journey is not None)
            self.pages.setCurrentIndex(0)
            return
        analytics = journey.analytics
        self.pages.setCurrentIndex(1)
        self.title.setText(f"{journey.name}: {summary_text(analytics)}")
        self.source.setText(source_line(analytics))
        measures = {m.stage: m for m in analytics.stages}
        self.funnel.set_rows(
            [
                FunnelRow(s.name, m.reached, m.share, m.conversion, m.dropoff)
                if (m := measures.get(s.id))
                else FunnelRow(s.name, 0, 0.0, None, 0)
                for s in journey.stages
            ]
        )
        self.funnel_scroll.setMinimumHeight(min(FUNNEL_MAX_H, self.funnel.sizeHint().height()))
        rows = stage_rows(journey)
        fill(self.stages, rows)
        for r, row in enumerate(rows):  # a stage nobody reaches reads red across the narrow dock
            if row[-1] == translate("AnalyticsPanel", NOBODY_MARK):
                for c in range(len(row)):
                    item = self.stages.item(r, c)
                    if item is not None:
                        item.setForeground(NOBODY_COLOR)
                        item.setToolTip(f"{row[0]}: {row[-1]}")
        flows = flow_rows(journey)
        fill(self.flows, flows)
        back = sum(1 for row in flows if row[3])
        self.tabs.setTabText(
            1,
            translate("AnalyticsPanel", "Flows ({n} ↩)").format(n=back)
            if back
            else translate("AnalyticsPanel", "Flows"),
        )
        unmapped = unmapped_rows(analytics)
        fill(self.unmapped, unmapped)
        self.tabs.setTabText(2, translate("AnalyticsPanel", "Unmapped ({n})").format(n=len(unmapped)))
        fill(
            self.splits, split_rows(journey), (translate("AnalyticsPanel", "Split"), *(s.name for s in journey.stages))
        )
        self.tabs.setTabEnabled(3, bool(analytics.splits))
        periods = analytics.periods
        if periods is not None:
            day = periods.split_at[:10]
            headers = (
                translate("AnalyticsPanel", "Stage"),
                translate("AnalyticsPanel", "Before {day}").format(day=day),
                translate("AnalyticsPanel", "From {day}").format(day=day),
                translate("AnalyticsPanel", "Share"),
            )
            fill(self.periods, period_rows(journey), headers)
        else:
            fill(self.periods, [])
        self.tabs.setTabEnabled(4, periods is not None)
