"""Tier 2/3: the Analytics menu, its dialogs, the worker and the panel on a real MainWindow.

The engine (app/analytics/api.py) is replaced by fakes here, so these tests say what the window
does with its answers: the dialogs are preselected from them, keys go to the focus widget, Apply,
Refresh, Remove and Accept are one undo step each, and an error or Cancel changes nothing. One
test at the end runs the real engine on a small CSV once it exists.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from app.analytics import api
from app.models.entities import (
    ActivityStats,
    JourneyAnalytics,
    LaneKind,
    LogColumns,
    LogFormat,
    LogSource,
    ObservedQuote,
    PeriodComparison,
    Split,
    SplitKind,
    StageFlow,
    StageMeasure,
)
from app.views.analytics import launch, log_dialog
from app.views.analytics.log_dialog import ColumnsDialog
from app.views.analytics.mapping_dialog import NOT_MAPPED, MappingDialog
from app.views.analytics.observed_dialog import ObservedDialog, rating_score, suggested_points
from app.views.analytics.panel import BACKWARD_MARK, EMPTY_TEXT, NOBODY_MARK, duration
from app.views.analytics.summary import span_text, summary_text
from app.views.main_window import WINDOWS, MainWindow
from tests.conftest import snapshot

J = "buy-phone"
STAGES = ["search", "compare", "store", "buy", "learn", "support", "advocate"]


class FakeJob:
    def __init__(self) -> None:
        self.event = threading.Event()

    def cancel(self) -> None:
        self.event.set()

    @property
    def cancelled(self) -> bool:
        return self.event.is_set()


def results(log: Path, fingerprint: str = "size:1:abc", events: int = 12345) -> JourneyAnalytics:
    reached = {"search": 3456, "compare": 2800, "store": 1500, "buy": 1200, "learn": 900, "support": 0, "advocate": 200}
    stages = []
    previous = None
    for sid in STAGES:
        n = reached[sid]
        conversion = None if previous in (None, 0) else min(1.0, n / previous)
        stages.append(
            StageMeasure(
                stage=sid,
                reached=n,
                share=n / 3456,
                conversion=conversion,
                dropoff=n // 5,
                median_to_next_s=3600.0 if n else None,
                rating=4.2 if sid == "buy" else None,
                sentiment=-0.5 if sid == "store" else None,
            )
        )
        previous = n
    return JourneyAnalytics(
        source=LogSource(
            path=str(log),
            format=LogFormat.CSV,
            fingerprint=fingerprint,
            columns=LogColumns(case="case_id", activity="activity", time="timestamp", feedback="comment"),
        ),
        mapping={"Search": "search", "Compare": "compare", "Pay": "buy"},
        refreshed_at="2026-06-01T09:30:00+00:00",
        events=events,
        cases=3456,
        start="2026-03-01T08:00:00+00:00",
        end="2026-05-31T20:00:00+00:00",
        activities=ActivityStats(counts={"Search": 5000, "Compare": 4000, "Pay": 1300}),
        stages=stages,
        stage_flows=[
            StageFlow(**{"from": "search", "to": "compare", "count": 2500}),
            StageFlow(**{"from": "store", "to": "compare", "count": 300}),
        ],
        unmapped={"Newsletter": 40, "Login": 12},
        splits=[Split(by=SplitKind.CHANNEL, value="web", stages={"search": 2000})],
        periods=PeriodComparison(
            split_at="2026-05-01T00:00:00+00:00",
            before=[
                StageMeasure(stage="search", reached=100, share=1.0),
                StageMeasure(stage="buy", reached=30, share=0.3),
            ],
            after=[
                StageMeasure(stage="search", reached=80, share=1.0),
                StageMeasure(stage="buy", reached=36, share=0.45),
            ],
        ),
        quotes=[
            ObservedQuote(stage="store", text="Queue was far too long", score=-0.8),
            ObservedQuote(stage="store", text="Friendly staff", score=0.7),
        ],
    )


class FakeEngine:
    """Stands in for app.analytics.api; records what the window asked for."""

    def __init__(self, log: Path) -> None:
        self.log = log
        self.requests: list[api.AnalysisRequest] = []
        self.fingerprint = "size:1:abc"
        self.block = False
        self.started = threading.Event()
        self.fail_preview = ""

    def preview_log(self, path: Path) -> api.LogPreview:
        if self.fail_preview:
            raise api.LogError(self.fail_preview)
        return api.LogPreview(
            path=Path(path),
            format=LogFormat.CSV,
            columns=("case_id", "activity", "timestamp", "comment"),
            rows=(("c1", "Search", "2026-03-01 08:00", "fine"), ("c1", "Pay", "2026-03-01 09:00", "")),
            detected={api.Role.CASE: "case_id", api.Role.ACTIVITY: "activity", api.Role.TIME: "timestamp"},
            notes=("Times without a zone are read in the zone chosen below.",),
        )

    def activity_counts(self, path, columns, job=None) -> dict[str, int]:
        return {"Search": 5000, "Compare": 4000, "Pay": 1300, "Newsletter": 40, "Login": 12}

    def suggest_mapping(self, activities, stages) -> dict[str, str]:
        return {"Search": "search", "Compare": "compare"}

    def analyse(self, request, progress=None, job=None) -> api.AnalysisResult:
        self.requests.append(request)
        if progress:
            progress(0.5, "Counting the stages…")
        if self.block:
            self.started.set()
            while not job.cancelled:
                job.event.wait(0.05)
            raise api.Cancelled()
        return api.AnalysisResult(results(self.log, self.fingerprint), warnings=("2 rows had no case id",))


@pytest.fixture
def engine(monkeypatch, tmp_path):
    log = tmp_path / "checkout.csv"
    log.write_text("case_id,activity,timestamp\nc1,Search,2026-03-01 08:00\n", encoding="utf-8")
    fake = FakeEngine(log)
    monkeypatch.setattr(api, "Job", FakeJob)
    for name in ("preview_log", "activity_counts", "suggest_mapping", "analyse"):
        monkeypatch.setattr(api, name, getattr(fake, name))
    monkeypatch.setattr(launch, "choose_log", lambda parent, folder: log)
    monkeypatch.setattr(launch, "fingerprint", lambda path: fake.fingerprint if path.exists() else "gone")
    return fake


@pytest.fixture
def said(monkeypatch):
    """What the message boxes said (information and critical), instead of showing them."""
    lines: list[str] = []

    def box(_parent, _title, text, *args, **kwargs):
        lines.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", box)
    monkeypatch.setattr(QMessageBox, "critical", box)
    return lines


@pytest.fixture
def window(qapp, qtbot, doc, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    win = MainWindow(doc)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.view.setFocus()
    yield win
    if win.analytics.task is not None:
        win.analytics.task.cancel()
        win.analytics.task.wait()
    for w in [win, *WINDOWS]:
        if shiboken6.isValid(w):
            w.close()


def wait_dialog(qtbot, win, kind):
    qtbot.waitUntil(lambda: isinstance(win.analytics.dialog, kind) and win.analytics.dialog.isVisible())
    dialog = win.analytics.dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def press_enter(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def analyse_to_summary(qtbot, win):
    """Ctrl+Shift+A, the columns dialog, the mapping dialog, up to the summary box."""
    qtbot.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    columns = wait_dialog(qtbot, win, ColumnsDialog)
    assert columns.chosen() == {api.Role.CASE: "case_id", api.Role.ACTIVITY: "activity", api.Role.TIME: "timestamp"}
    columns.split.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is columns.split)
    QTest.keyClicks(QApplication.focusWidget(), "2026-05-01")
    press_enter(qtbot)
    mapping = wait_dialog(qtbot, win, MappingDialog)
    assert mapping.mapping() == {"Search": "search", "Compare": "compare"}
    assert mapping.unmapped_text() == "3 activities not mapped (1,352 of 10,352 events)."
    pay = mapping.activities.index("Pay")
    mapping.stage_combos[pay].setCurrentIndex(mapping.stage_combos[pay].findData("buy"))
    assert mapping.unmapped_text() == "2 activities not mapped (52 of 10,352 events)."
    press_enter(qtbot)
    qtbot.waitUntil(lambda: isinstance(win.analytics.dialog, QMessageBox))
    return win.analytics.dialog


def test_analyse_with_keys_then_apply_is_one_undo_step(window, engine, qtbot, doc):
    before = snapshot(doc.snapshot())
    steps = doc.undo_stack.count()
    assert window.analytics_panel.empty_label.text() == EMPTY_TEXT
    summary = analyse_to_summary(qtbot, window)
    assert summary.text() == "12,345 events, 3,456 cases, 1 Mar – 31 May 2026; 2 activities unmapped"
    assert "2 rows had no case id" in summary.informativeText()
    request = engine.requests[-1]
    assert request.mapping == {"Search": "search", "Compare": "compare", "Pay": "buy"}
    assert request.columns.case == "case_id" and request.naive_zone == "UTC" and request.split_at == "2026-05-01"
    assert doc.journey(J).analytics is None  # nothing before Apply
    summary.button(QMessageBox.StandardButton.Apply).click()
    journey = doc.journey(J)
    assert journey.analytics is not None and journey.analytics.events == 12345
    assert any(ln.kind == LaneKind.FLOW for ln in journey.lanes)
    assert sum(1 for ln in journey.lanes if ln.measure is not None) == 3
    assert doc.undo_stack.count() == steps + 1 and doc.undo_stack.undoText() == "Apply Analytics"
    assert window.analytics_dock.isVisible()
    doc.undo_stack.undo()
    assert snapshot(doc.snapshot()) == before


def test_the_panel_shows_funnel_flags_and_tables(window, engine, qtbot, doc):
    window.analytics.apply(J, results(engine.log))
    panel = window.analytics_panel
    assert panel.pages.currentIndex() == 1
    rows = panel.funnel.rows
    assert [r.name for r in rows] == [s.name for s in doc.journey(J).stages]  # map order
    assert rows[0].reached == 3456 and rows[5].reached == 0
    assert panel.stages.item(5, 7).text() == NOBODY_MARK
    assert panel.flows.item(1, 3).text() == BACKWARD_MARK and panel.flows.item(0, 3).text() == ""
    assert panel.tabs.tabText(1) == "Flows (1 ↩)"
    assert panel.tabs.tabText(2) == "Unmapped (2)" and panel.unmapped.item(0, 0).text() == "Newsletter"
    assert panel.splits.item(0, 0).text() == "channel: web" and panel.splits.item(0, 1).text() == "2,000"
    assert "from checkout.csv" in panel.source.text()
    assert panel.periods.horizontalHeaderItem(1).text() == "Before 2026-05-01"
    buy = [s.id for s in doc.journey(J).stages].index("buy")
    assert [panel.periods.item(buy, c).text() for c in range(4)] == ["Buy", "30 · 30%", "36 · 45%", "+15 pts"]
    panel.funnel.grab()  # paints without error
    doc.undo_stack.undo()
    assert panel.pages.currentIndex() == 0


def test_a_log_error_is_one_line_and_changes_nothing(window, engine, said, qtbot, doc):
    engine.fail_preview = "checkout.csv is not an event log: no column looks like a timestamp"
    steps = doc.undo_stack.count()
    window.action("analyse_log").trigger()
    qtbot.waitUntil(lambda: bool(said))
    assert said == ["checkout.csv is not an event log: no column looks like a timestamp\nNothing was changed."]
    assert doc.undo_stack.count() == steps and doc.journey(J).analytics is None


def test_cancel_stops_the_engine_and_changes_nothing(window, engine, qtbot, doc):
    engine.block = True
    steps = doc.undo_stack.count()
    window.analytics.plan = launch.Plan(J, engine.log, columns=LogColumns(case="c", activity="a", time="t"))
    window.analytics._mapped({"Search": "search"}, {})
    assert engine.started.wait(10)
    assert window.isEnabled()  # the window is not blocked while the worker runs
    window.analytics.task.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel
    qtbot.waitUntil(lambda: not window.analytics.task.running)
    assert window.analytics.last_message == "Cancelled; nothing was changed."
    assert doc.undo_stack.count() == steps and doc.journey(J).analytics is None


def test_refresh_says_unchanged_then_applies_a_changed_log(window, engine, said, qtbot, doc):
    window.analytics.apply(J, results(engine.log))
    steps = doc.undo_stack.count()
    window.action("refresh_analytics").trigger()
    qtbot.waitUntil(lambda: bool(said))
    assert said[-1] == "The log checkout.csv has not changed since it was analysed."
    assert doc.undo_stack.count() == steps and engine.requests == []  # the hash said so; no analysis
    engine.fingerprint = "size:2:def"
    window.action("refresh_analytics").trigger()
    qtbot.waitUntil(lambda: doc.undo_stack.count() == steps + 1)
    assert doc.undo_stack.undoText() == "Refresh Analytics"
    assert doc.journey(J).analytics.source.fingerprint == "size:2:def"
    request = engine.requests[-1]
    assert request.mapping == {"Search": "search", "Compare": "compare", "Pay": "buy"}


def test_refresh_with_the_log_gone_keeps_the_results(window, engine, said, doc):
    window.analytics.apply(J, results(engine.log))
    engine.log.unlink()
    steps = doc.undo_stack.count()
    window.action("refresh_analytics").trigger()
    assert said == [f"The log {engine.log} is not there any more; the stored results are kept."]
    assert doc.undo_stack.count() == steps and doc.journey(J).analytics is not None


def test_edit_mapping_reanalyses_with_the_new_mapping(window, engine, qtbot, doc):
    window.analytics.apply(J, results(engine.log))
    steps = doc.undo_stack.count()
    window.action("edit_activity_mapping").trigger()
    mapping = wait_dialog(qtbot, window, MappingDialog)
    assert mapping.mapping() == {"Search": "search", "Compare": "compare", "Pay": "buy"}
    login = mapping.activities.index("Login")
    mapping.stage_combos[login].setCurrentIndex(mapping.stage_combos[login].findData("support"))
    press_enter(qtbot)
    qtbot.waitUntil(lambda: doc.undo_stack.count() == steps + 1)
    assert engine.requests[-1].mapping["Login"] == "support"


def test_remove_is_one_undo_step(window, engine, doc):
    before = snapshot(doc.snapshot())
    window.analytics.apply(J, results(engine.log))
    applied = snapshot(doc.snapshot())
    window.action("remove_analytics").trigger()
    journey = doc.journey(J)
    assert journey.analytics is None and not any(ln.kind == LaneKind.FLOW for ln in journey.lanes)
    now = snapshot(doc.snapshot())
    assert now["journeys"][0].pop("snapshots")[0]["reason"] == "before_analytics"  # Apply's snapshot stays
    assert now == before
    assert doc.undo_stack.undoText() == "Remove Analytics"
    doc.undo_stack.undo()
    assert snapshot(doc.snapshot()) == applied


def test_commands_needing_results_say_so_and_are_disabled(window, engine, said, doc):
    from app.views.analytics.menu import NEEDS_RESULTS, update_actions

    update_actions(window)
    assert not any(window.action(n).isEnabled() for n in NEEDS_RESULTS)
    window.analytics.suggest_observed()
    assert said[-1].endswith("has no analytics yet. Use Analytics ▸ Analyse Event Log… first.")
    window.analytics.apply(J, results(engine.log))
    update_actions(window)
    assert all(window.action(n).isEnabled() for n in NEEDS_RESULTS)


def test_menu_texts_have_distinct_mnemonics(window):
    texts = [a.text() for a in window.analytics_menu.actions() if not a.isSeparator()]
    letters = [t[t.index("&") + 1].lower() for t in texts]
    assert len(set(letters)) == len(letters), texts
    bar = [a.text() for a in window.menuBar().actions()]
    tops = [t[t.index("&") + 1].lower() for t in bar]
    assert len(set(tops)) == len(tops), bar
    assert window.action("analyse_log").shortcut().toString() == "Ctrl+Shift+A"


def test_observed_dialog_accepts_checked_points_and_quotes_as_one_step(window, engine, qtbot, doc):
    window.analytics.apply(J, results(engine.log))
    steps = doc.undo_stack.count()
    before = snapshot(doc.snapshot())
    window.action("suggest_observed").trigger()
    dialog = wait_dialog(qtbot, window, ObservedDialog)
    assert dialog.persona_id() == "anna"  # the journey's own persona first
    assert dialog.points() == {"store": -1.0, "buy": 1.2}
    assert [q.text for q in dialog.quotes()] == ["Queue was far too long", "Friendly staff"]
    dialog.quotes_table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    journey = doc.journey(J)
    observed = {e.stage: e.score for e in journey.emotions if e.variant == "observed"}
    assert observed == {"store": -1.0, "buy": 1.2}
    quotes = [c for c in journey.cards if c.evidence == "observed" and c.text == "Queue was far too long"]
    assert len(quotes) == 1 and not any(c.text == "Friendly staff" for c in journey.cards)
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()
    assert snapshot(doc.snapshot()) == before


def test_columns_dialog_requires_three_distinct_columns_and_a_zone(qtbot, engine):
    dialog = ColumnsDialog(engine.preview_log(engine.log))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and dialog.problem_text() == ""
    dialog.combos[api.Role.TIME].setCurrentIndex(0)
    assert not ok.isEnabled() and dialog.problem_text() == "Choose the timestamp column."
    dialog.combos[api.Role.TIME].setCurrentIndex(dialog.combos[api.Role.TIME].findData("case_id"))
    assert dialog.problem_text() == "The column 'case_id' is chosen for two roles."
    dialog.combos[api.Role.TIME].setCurrentIndex(dialog.combos[api.Role.TIME].findData("timestamp"))
    dialog.zone.setCurrentText("Mars/Olympus")
    assert not ok.isEnabled() and "is not a time zone" in dialog.problem_text()
    dialog.zone.setCurrentText("Europe/Berlin")
    assert ok.isEnabled() and dialog.naive_zone() == "Europe/Berlin" and dialog.split_at() is None
    dialog.split.setText("May 1st")
    assert not ok.isEnabled() and dialog.problem_text().startswith("'May 1st' is not a date")
    dialog.split.setText(" 2026-05-01T09:00+02:00 ")
    assert ok.isEnabled() and dialog.split_at() == "2026-05-01T09:00+02:00"
    assert dialog.columns() == LogColumns(case="case_id", activity="activity", time="timestamp")
    assert dialog.table.rowCount() == 2 and dialog.table.item(0, 1).text() == "Search"


def test_mapping_dialog_offers_not_mapped_and_touchpoint_cards(qtbot, doc):
    journey = doc.journey(J)
    dialog = MappingDialog(journey, {"A": 3, "B": 10}, {"B": "buy"})
    qtbot.addWidget(dialog)
    assert dialog.activities == ["B", "A"]  # busiest first
    assert dialog.stage_combos[1].currentText() == NOT_MAPPED
    assert dialog.card_combos[0].count() > 1  # the sample has touchpoint cards
    dialog.card_combos[0].setCurrentIndex(1)
    assert list(dialog.card_mapping()) == ["B"]
    dialog.stage_combos[0].setCurrentIndex(0)
    assert dialog.card_mapping() == {} and not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_texts_a_facilitator_reads(tmp_path):
    assert span_text("2026-03-01T08:00:00+00:00", "2026-05-31T20:00:00+00:00") == "1 Mar – 31 May 2026"
    assert span_text("2025-12-28T08:00:00+00:00", "2026-01-03T20:00:00+00:00") == "28 Dec 2025 – 3 Jan 2026"
    assert span_text(None, None) == ""
    assert summary_text(results(tmp_path / "x.csv", events=1)).startswith("1 event, 3,456 cases")
    assert [duration(s) for s in (None, 30, 600, 7200, 3 * 86400)] == ["–", "30 s", "10 min", "2.0 h", "3.0 d"]
    assert rating_score(5, nps=False) == 2.0 and rating_score(0, nps=True) == -2.0 and rating_score(5, nps=True) == 0.0


def test_suggested_points_prefer_the_rating(doc, tmp_path):
    journey = doc.journey(J).model_copy(update={"analytics": results(tmp_path / "x.csv")})
    assert suggested_points(journey) == {"store": -1.0, "buy": 1.2}


def test_log_filter_offers_every_format():
    for pattern in ("*.csv", "*.tsv", "*.parquet", "*.xes"):
        assert pattern in log_dialog.LOG_FILTER


def _small_log(path: Path) -> Path:
    """Three cases over the sample's stages: one buys, one loops back to compare, one leaves."""
    rows = [
        ("c1", "Search phones", "2026-03-01T09:00:00Z", "Easy to find", "4"),
        ("c1", "Compare models", "2026-03-01T09:30:00Z", "", ""),
        ("c1", "Buy phone", "2026-03-01T10:00:00Z", "Checkout was smooth", "5"),
        ("c2", "Search phones", "2026-03-02 09:00", "", ""),
        ("c2", "Store visit", "2026-03-02 12:00", "The queue was terribly long", "1"),
        ("c2", "Compare models", "2026-03-02 13:00", "", ""),
        ("c3", "Search phones", "2026-03-03 09:00", "", ""),
        ("c3", "Newsletter signup", "2026-03-03 09:05", "", ""),
    ]
    lines = ["case_id,activity,timestamp,comment,rating", *(",".join(r) for r in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_real_small_csv_through_the_window(window, qtbot, doc, monkeypatch, tmp_path):
    try:
        api.detect_columns(["case_id", "activity", "timestamp"])
    except NotImplementedError:
        pytest.skip("the analytics engine is not there yet")
    log = _small_log(tmp_path / "small.csv")
    monkeypatch.setattr(launch, "choose_log", lambda parent, folder: log)
    window.action("analyse_log").trigger()
    columns = wait_dialog(qtbot, window, ColumnsDialog)
    assert {api.Role.CASE, api.Role.ACTIVITY, api.Role.TIME} <= set(columns.chosen())
    columns.split.setText("2026-03-02")
    press_enter(qtbot)
    mapping = wait_dialog(qtbot, window, MappingDialog)
    want = {"Search phones": "search", "Compare models": "compare", "Store visit": "store", "Buy phone": "buy"}
    for row, activity in enumerate(mapping.activities):
        combo = mapping.stage_combos[row]
        combo.setCurrentIndex(max(0, combo.findData(want.get(activity, ""))))
    assert mapping.unmapped_text() == "1 activity not mapped (1 of 8 events)."
    press_enter(qtbot)
    qtbot.waitUntil(lambda: isinstance(window.analytics.dialog, QMessageBox), timeout=30000)
    summary = window.analytics.dialog
    assert summary.text().startswith("8 events, 3 cases, 1 Mar – 3 Mar 2026; 1 activity unmapped")
    summary.button(QMessageBox.StandardButton.Apply).click()
    analytics = doc.journey(J).analytics
    assert analytics is not None and analytics.source.path == str(log)
    reached = {m.stage: m.reached for m in analytics.stages}
    assert reached["search"] == 3 and reached["compare"] == 2 and reached["buy"] == 1 and reached["support"] == 0
    assert analytics.periods is not None and analytics.periods.split_at.startswith("2026-03-02")
    assert {m.stage: m.reached for m in analytics.periods.before}["buy"] == 1  # c1 started on 1 March
    panel = window.analytics_panel
    assert panel.pages.currentIndex() == 1 and BACKWARD_MARK in [
        panel.flows.item(r, 3).text() for r in range(panel.flows.rowCount())
    ]
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: said.append(text))
    window.action("refresh_analytics").trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=30000)
    assert said == ["The log small.csv has not changed since it was analysed."]


def test_a_journey_deleted_while_mapping_changes_nothing(window, engine, said, qtbot, doc):
    from app.document.commands import Remove
    from app.models.refs import JourneyRef

    window.action("analyse_log").trigger()
    wait_dialog(qtbot, window, ColumnsDialog)
    press_enter(qtbot)
    wait_dialog(qtbot, window, MappingDialog)
    doc.push(Remove(doc, JourneyRef(J)))
    steps = doc.undo_stack.count()
    press_enter(qtbot)
    assert said == ["The journey was deleted meanwhile; nothing was changed."]
    assert doc.undo_stack.count() == steps and engine.requests == []


def test_the_empty_state_button_and_the_view_menu(window, engine, qtbot, doc):
    panel = window.analytics_panel
    window.action("show_analytics").trigger()
    assert window.analytics_dock.isVisible() and panel.pages.currentIndex() == 0
    panel.analyse_button.click()
    wait_dialog(qtbot, window, ColumnsDialog).reject()
    toggles = [a for a in window.view_menu.actions() if a is window.analytics_dock.toggleViewAction()]
    assert toggles and toggles[0].text() == "Analytics"
    toggles[0].trigger()
    assert not window.analytics_dock.isVisible()


def test_a_read_only_project_says_so(qapp, qtbot, sample_file, engine, said):
    from app.document.document import Document

    ro = Document.open(sample_file, read_only=True)
    win = MainWindow(ro)
    qtbot.addWidget(win)
    try:
        win.action("analyse_log").trigger()
        assert said == [f"{ro.title} is open read-only; analytics cannot be changed."]
        assert win.analytics.task is None
    finally:
        win.close()


def analytics_keys(k) -> None:
    """Ctrl+Shift+A (Analytics ▸ Analyse Event Log…) asks for the log: the file dialog is
    answered Cancel here, which changes nothing."""
    asked: list[str] = []
    steps = k.window.doc.undo_stack.count()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(launch, "choose_log", lambda parent, folder: asked.append(folder))
        k.press("Ctrl+Shift+A", Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(asked) == 1 and k.window.analytics.task is None
    assert k.window.doc.undo_stack.count() == steps
    k.refocus()


def test_the_analyse_key_row_driver(window, qtbot):
    from tests.test_shortcuts import Keys

    k = Keys(qtbot, window)
    k.refocus()
    analytics_keys(k)
    assert k.driven == {"Ctrl+Shift+A"}


def test_the_progress_dialog_is_busy_until_the_engine_reports_a_fraction(qapp, qtbot, monkeypatch):
    from app.views.analytics.worker import STEPS, LogTask

    monkeypatch.setattr(api, "Job", FakeJob)
    release = threading.Event()
    task = LogTask(lambda progress, job: release.wait(30) and "done", "Analyse Event Log", "Counting…")
    results_seen: list[object] = []
    task.done.connect(results_seen.append)
    task.start()
    assert task.dialog.maximum() == 0  # busy: counting reports no fraction
    task._progress(0.5, "reading the log")
    assert task.dialog.maximum() == STEPS and task.dialog.value() == STEPS // 2
    assert task.dialog.labelText() == "Reading the log"
    release.set()
    qtbot.waitUntil(lambda: results_seen == ["done"])
    assert task.dialog is None and not task.running


def test_closing_the_window_while_analysing_stops_the_engine(window, engine, qtbot):
    engine.block = True
    window.analytics.plan = launch.Plan(J, engine.log, columns=LogColumns(case="c", activity="a", time="t"))
    window.analytics._mapped({"Search": "search"}, {})
    assert engine.started.wait(10)
    task = window.analytics.task
    window.close()
    assert task.job.cancelled
    qtbot.waitUntil(lambda: not task.running)  # its thread ended; nothing reported to the closed window
