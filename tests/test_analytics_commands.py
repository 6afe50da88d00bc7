"""Analytics as undo steps (tier 1): Apply, Refresh, Remove and Accept Observed are one step each,
fill the map from the stored results, survive a reopen, and undo brings the map back exactly."""

from __future__ import annotations

import pytest

from app.document.analytics_commands import accept_observed, apply_analytics, remove_analytics
from app.document.support import EditError
from app.models import schema as S
from app.models.analytics_values import dropoff_share, measure_value, observed_score, source_line
from app.models.entities import (
    JourneyAnalytics,
    LaneKind,
    LogColumns,
    LogFormat,
    LogSource,
    Measure,
    ObservedQuote,
    StageFlow,
    StageMeasure,
)
from app.models.session import ProjectSession
from tests.conftest import snapshot

JID = "buy-phone"


def results(reached=(100, 80, 0, 40, 30, 10, 5), refreshed="2026-06-01T09:30:00+00:00") -> JourneyAnalytics:
    stage_ids = ["search", "compare", "store", "buy", "learn", "support", "advocate"]
    stages = []
    for n, (sid, r) in enumerate(zip(stage_ids, reached, strict=True)):
        prev = reached[n - 1] if n else None
        stages.append(
            StageMeasure(
                stage=sid,
                reached=r,
                share=r / 100,
                conversion=None if not prev else min(1.0, r / prev),
                dropoff=r // 4,
                median_to_next_s=3600.0 * (n + 1),
                p90_to_next_s=7200.0 * (n + 1),
                sentiment=0.5 - n * 0.2 if n < 5 else None,
            )
        )
    return JourneyAnalytics(
        source=LogSource(
            path="/data/phone-events.csv",
            format=LogFormat.CSV,
            fingerprint="blake2b:00:1",
            columns=LogColumns(case="case_id", activity="activity", time="timestamp"),
        ),
        mapping={"Viewed ad": "search", "Compared plans": "compare"},
        refreshed_at=refreshed,
        events=1000,
        cases=100,
        start="2026-03-01T09:00:00+00:00",
        end="2026-05-31T18:00:00+00:00",
        stages=stages,
        stage_flows=[
            StageFlow(source="search", target="compare", count=80),
            StageFlow(source="buy", target="compare", count=7),
        ],
        unmapped={"Logged in": 12},
    )


def undo_texts(doc):
    stack = doc.undo_stack
    return [stack.text(i) for i in range(stack.count())]


def test_apply_is_one_step_that_adds_flow_and_metric_lanes_at_the_top(doc):
    before = snapshot(doc.project)
    doc.push(apply_analytics(doc, JID, results()))
    journey = doc.journey(JID)
    assert undo_texts(doc)[-1] == "Apply Analytics"
    assert journey.analytics is not None and journey.analytics.cases == 100
    kinds = [(ln.kind, ln.measure) for ln in journey.lanes[:4]]
    assert kinds == [
        (LaneKind.FLOW, None),
        (LaneKind.METRIC, Measure.REACHED),
        (LaneKind.METRIC, Measure.CONVERSION),
        (LaneKind.METRIC, Measure.MEDIAN_TO_NEXT),
    ]
    reached = journey.lanes[1]
    assert reached.unit == "cases"
    assert doc.metric(JID, (reached.id, "compare")).value == 80
    conversion = journey.lanes[2]
    assert doc.metric(JID, (conversion.id, "compare")).value == 80.0  # percent
    assert doc.metric(JID, (conversion.id, "search")) is None  # the first stage has no conversion
    hours = journey.lanes[3]
    assert doc.metric(JID, (hours.id, "compare")).value == 2.0
    doc.undo_stack.undo()
    assert snapshot(doc.project) == before


def test_refresh_refills_the_same_lanes_and_keeps_targets(doc):
    doc.push(apply_analytics(doc, JID, results()))
    lanes = [ln.id for ln in doc.journey(JID).lanes]
    reached = doc.journey(JID).lanes[1]
    from app.document.commands import SetMetric
    from app.models.entities import MetricValue

    doc.push(SetMetric(doc, JID, MetricValue(lane=reached.id, stage="buy", value=40, target=55)))
    doc.push(
        apply_analytics(doc, JID, results(reached=(100, 90, 0, 60, 30, 10, 5), refreshed="2026-07-01T00:00:00+00:00"))
    )
    assert undo_texts(doc)[-1] == "Refresh Analytics"
    assert [ln.id for ln in doc.journey(JID).lanes] == lanes  # no second set of lanes
    assert doc.metric(JID, (reached.id, "buy")).value == 60
    assert doc.metric(JID, (reached.id, "buy")).target == 55
    doc.undo_stack.undo()
    assert doc.metric(JID, (reached.id, "buy")).value == 40


def test_remove_deletes_results_and_their_lanes_in_one_step(doc):
    before = snapshot(doc.project)
    doc.push(apply_analytics(doc, JID, results()))
    applied = snapshot(doc.project)
    doc.push(remove_analytics(doc, JID))
    # the map is back as it was; the "Before analytics" snapshot that Apply took stays
    assert [s.name for s in doc.journey(JID).snapshots] == ["Before analytics from phone-events.csv"]
    now = snapshot(doc.project)
    now["journeys"][0].pop("snapshots")
    assert now == before
    assert undo_texts(doc)[-1] == "Remove Analytics"
    doc.undo_stack.undo()
    assert snapshot(doc.project) == applied


def test_results_and_analysed_lanes_survive_save_and_reopen(doc, tmp_path):
    doc.push(apply_analytics(doc, JID, results()))
    path = tmp_path / "a.waymark"
    doc.save(path)
    expected = doc.journey(JID).analytics
    doc.close()
    opened = ProjectSession.open(path)
    try:
        journey = opened.project.journey(JID)
        assert journey.analytics == expected
        assert [ln.measure for ln in journey.lanes[1:4]] == list(
            (Measure.REACHED, Measure.CONVERSION, Measure.MEDIAN_TO_NEXT)
        )
    finally:
        opened.close()


def test_accept_observed_adds_the_curve_and_quote_cards_as_one_step(doc):
    before = snapshot(doc.project)
    quotes = [
        ObservedQuote(stage="buy", text="Checkout kept timing out, awful.", score=-0.8),
        ObservedQuote(stage="search", text="Loved how quick it was to find plans!", score=0.9),
    ]
    doc.push(accept_observed(doc, JID, "anna", {"search": 1.2, "buy": -1.5}, quotes))
    assert undo_texts(doc)[-1] == "Accept Observed Curve and Quotes"
    journey = doc.journey(JID)
    observed = [e for e in journey.emotions if e.variant == "observed"]
    assert {(e.stage, e.score, e.persona) for e in observed} == {("search", 1.2, "anna"), ("buy", -1.5, "anna")}
    quote_lane = next(ln for ln in journey.lanes if ln.role == "quotes")
    cards = [c for c in journey.cards if c.lane == quote_lane.id]
    assert {(c.stage, c.text, c.evidence) for c in cards} == {
        ("buy", "Checkout kept timing out, awful.", "observed"),
        ("search", "Loved how quick it was to find plans!", "observed"),
    }
    doc.push(accept_observed(doc, JID, "anna", {}, quotes))  # the same quotes again: nothing new
    assert len([c for c in doc.journey(JID).cards if c.lane == quote_lane.id]) == 2
    doc.undo_stack.undo()
    assert snapshot(doc.project) == before


def test_an_unknown_persona_is_refused_and_leaves_no_step(doc):
    count = doc.undo_stack.count()
    before = snapshot(doc.project)
    with pytest.raises(EditError):
        doc.push(accept_observed(doc, JID, "nobody", {"search": 1.0}, []))
    assert doc.undo_stack.count() == count
    assert snapshot(doc.project) == before


def test_values_rules():
    a = results()
    m = a.measure("compare")
    assert measure_value(m, Measure.SHARE) == 80.0
    assert measure_value(m, Measure.MEDIAN_IN_STAGE) is None
    assert dropoff_share(a, "compare") == 20 / 80
    assert dropoff_share(a, "store") is None  # nobody reaches it
    assert source_line(a) == "from phone-events.csv · 2026-03-01 – 2026-05-31 · refreshed 2026-06-01 09:30"
    assert observed_score(a.measure("search")) == 1.0
    assert observed_score(a.measure("support")) is None
    rated = StageMeasure(stage="x", reached=1, share=1.0, rating=5.0)
    assert observed_score(rated) == 2.0
    assert observed_score(rated.model_copy(update={"rating": 0.0}), rating_max=10) == -2.0


def test_a_schema_5_file_upgrades_keeping_every_emotion_point_and_takes_analytics(qapp, tmp_path, sample_project):
    """Schema 6 widens two CHECKs: lanes in place (four tables reference it, a rebuild would
    cascade deletes), emotion_points by a rebuild; nothing the file held is lost."""
    import sqlite3

    from app.document.document import Document
    from app.models.session import create_project_file
    from tests.conftest import as_schema_5

    path = tmp_path / "v5.waymark"
    create_project_file(sample_project, path)
    raw = sqlite3.connect(path)
    as_schema_5(raw)
    assert "'flow'" not in raw.execute("SELECT sql FROM sqlite_master WHERE name = 'lanes'").fetchone()[0]
    raw.close()
    doc = Document.open(path)
    try:
        assert snapshot(doc.project) == snapshot(sample_project)
        doc.push(apply_analytics(doc, JID, results()))
        doc.push(accept_observed(doc, JID, "anna", {"buy": -1.0}, []))
        doc.save()
    finally:
        doc.close()
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert raw.execute("PRAGMA user_version").fetchone()[0] == S.SCHEMA_VERSION
        assert raw.execute("SELECT count(*) FROM lanes WHERE kind = 'flow'").fetchone()[0] == 1
        assert raw.execute("SELECT count(*) FROM emotion_points WHERE variant = 'observed'").fetchone()[0] == 1
        assert (
            raw.execute("SELECT count(*) FROM emotion_points").fetchone()[0]
            == len(sample_project.journeys[0].emotions) + 1
        )
    finally:
        raw.close()
