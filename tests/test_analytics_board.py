"""Tier 2: analytics on the board — the drop-off heat on the stage headers, the flow lane and the
metric lanes filled from data mirror the document, through its signals, undo and redo.

The analytics are built by hand and stored with an Edit of the journey's "analytics" field (what
apply_analytics does, one step among others), so these tests need no event log and no engine.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from app.document import commands as C
from app.models.entities import (
    Card,
    EmotionPoint,
    JourneyAnalytics,
    Lane,
    LaneKind,
    LogColumns,
    LogFormat,
    LogSource,
    Measure,
    MetricValue,
    Stage,
    StageFlow,
    StageMeasure,
)
from app.models.errors import DocumentRuleError, WaymarkError
from app.models.refs import JourneyRef, LaneRef, StageRef
from app.models.rules import check_project
from app.views.board import style as S
from app.views.board.analysed_lane import BADGE
from app.views.board.dropoff_heat import NOBODY, duration, percent
from app.views.board.flow_lane import EMPTY_TEXT, NO_FLOWS_TEXT, FlowLaneItem
from app.views.board.grid_inserts import LANE_KIND_LABELS, insert_lane
from app.views.board.layout import compute_layout
from app.views.board.palette_drops import drop_from_palette

from .test_board_scene import assert_mirrors

J = "buy-phone"
STAGES = ["search", "compare", "store", "buy", "learn", "support", "advocate"]


def flow(source: str, target: str, count: int) -> StageFlow:
    return StageFlow.model_validate({"from": source, "to": target, "count": count})


def analytics(flows: list[StageFlow] | None = None) -> JourneyAnalytics:
    """1,000 cases: a funnel that loses cases at every stage, with a skip, a loop back, and a
    stage nobody reaches (advocate)."""
    reached = [1000, 800, 600, 500, 300, 120, 0]
    dropoff = [200, 200, 100, 200, 180, 120, 0]
    stages = [
        StageMeasure(
            stage=sid,
            reached=n,
            share=n / 1000,
            conversion=None if i == 0 else (n / reached[i - 1] if reached[i - 1] else None),
            dropoff=dropoff[i],
            median_to_next_s=9000.0 if i < 5 else None,
            p90_to_next_s=36000.0 if i < 5 else None,
        )
        for i, (sid, n) in enumerate(zip(STAGES, reached, strict=True))
    ]
    return JourneyAnalytics(
        source=LogSource(
            path="/data/exports/checkout.csv",
            format=LogFormat.CSV,
            fingerprint="1234:abcd",
            columns=LogColumns(case="case", activity="activity", time="time"),
        ),
        refreshed_at="2026-06-01T09:30:00+00:00",
        events=12_345,
        cases=1000,
        start="2026-03-01T08:00:00+00:00",
        end="2026-05-31T20:00:00+00:00",
        stages=stages,
        stage_flows=flows
        if flows is not None
        else [
            flow("search", "compare", 800),
            flow("compare", "store", 500),
            flow("search", "store", 100),  # a skip
            flow("store", "buy", 500),
            flow("buy", "compare", 60),  # a loop back
            flow("buy", "learn", 300),
            flow("learn", "support", 80),
        ],
    )


def analyse(doc, value: JourneyAnalytics | None = None) -> None:
    doc.push(C.Edit(doc, JourneyRef(J), {"analytics": value or analytics()}, text="Apply Analytics"))


def add_flow_lane(doc, index: int = 1) -> None:
    doc.push(C.add_lane(doc, J, Lane(id="flows", name="Flows", kind=LaneKind.FLOW), index))


def flow_item(scene) -> FlowLaneItem:
    return scene.flows.items["flows"]


def stage_header(scene, sid: str):
    return scene.refs[StageRef(J, sid)]


def render(scene) -> tuple[QImage, QRectF]:
    rect = scene.sceneRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("#000000"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image, rect


# -- the drop-off heat on the stage headers ------------------------------------------------------


def test_headers_show_no_heat_until_the_journey_is_analysed(scene, doc):
    assert all(stage_header(scene, sid).heat is None for sid in STAGES)
    assert stage_header(scene, "compare").toolTip() == doc.journey(J).stage("compare").description or "Compare"


def test_heat_follows_the_analytics_edit_and_its_undo(scene, doc):
    analyse(doc)
    compare = stage_header(scene, "compare").heat
    assert compare is not None
    assert compare.share == pytest.approx(0.25)
    assert compare.line == "800 reached · 25% leave"
    tip = stage_header(scene, "compare").toolTip()
    assert "Reached: 800 cases (80% of all 1,000)" in tip
    assert "Conversion from the previous stage: 80%" in tip
    assert "Drop-off: 200 cases end here (25% of those reaching it)" in tip
    assert "Median to the next stage: 2.5 h (p90 10 h)" in tip
    nobody = stage_header(scene, "advocate").heat
    assert nobody is not None and nobody.nobody and nobody.line == NOBODY
    assert "Nobody of the 1,000 cases reaches this stage" in stage_header(scene, "advocate").toolTip()
    assert_mirrors(scene)

    doc.undo_stack.undo()
    assert all(stage_header(scene, sid).heat is None for sid in STAGES)
    assert_mirrors(scene)
    doc.undo_stack.redo()
    assert stage_header(scene, "support").heat.line == "120 reached · 100% leave"


def test_a_stage_added_after_the_analysis_has_no_heat(scene, doc):
    analyse(doc)
    doc.push(C.add_stage(doc, J, Stage(id="repair", name="Repair"), 3))
    assert stage_header(scene, "repair").heat is None
    assert stage_header(scene, "buy").heat is not None
    assert_mirrors(scene)


def test_the_heat_bar_is_drawn_along_the_header_foot(scene, doc):
    analyse(doc)
    image, rect = render(scene)
    layout = scene.layout
    y = S.STAGE_HEADER_H - 2 - 1.5 - 3  # the middle of the bar (dropoff_heat.paint_heat)
    for sid, share in (("support", 1.0), ("compare", 0.25)):
        x, w = layout.column(sid)
        end = x + 9 + (w - 18) * share  # the track starts 8 in from the header's drawn rect

        def at(px: float) -> QColor:
            return image.pixelColor(int(px - rect.left()), int(y - rect.top()))

        assert at(x + 12) == S.HEAT_BAR and at(end - 3) == S.HEAT_BAR, sid
        assert at(end + 3) != S.HEAT_BAR, sid


def test_the_last_stage_is_the_end_not_a_drop_off(scene, doc):
    analyse(doc)
    doc.push(C.Remove(doc, StageRef(J, "advocate")))  # "support" (120 reached, all end there) is last now
    heat = stage_header(scene, "support").heat
    assert heat.final and heat.line == "120 reached · the end"
    assert "120 cases end here, at the map's last stage" in stage_header(scene, "support").toolTip()
    image, rect = render(scene)
    x, _w = scene.layout.column("support")
    bar = image.pixelColor(int(x + 12 - rect.left()), int(S.STAGE_HEADER_H - 6.5 - rect.top()))
    assert bar != S.HEAT_BAR and bar != S.HEAT_TRACK
    doc.undo_stack.undo()
    assert not stage_header(scene, "support").heat.final


def test_numbers_read_as_a_facilitator_says_them():
    assert percent(0.25) == "25%" and percent(0.001) == "<1%" and percent(0) == "0%"
    assert duration(40) == "40 s" and duration(2100) == "35 min" and duration(9000) == "2.5 h"
    assert duration(7200) == "2 h" and duration(3 * 86400) == "3 d"


# -- the flow lane --------------------------------------------------------------------------------


def test_a_flow_lane_without_analytics_says_how_to_get_them(scene, doc):
    add_flow_lane(doc)
    item = flow_item(scene)
    assert item.ribbons == [] and item.message == EMPTY_TEXT
    assert EMPTY_TEXT == "Analyse an event log to see flows (Analytics ▸ Analyse Event Log…)"
    assert item.toolTip() == EMPTY_TEXT
    assert scene.refs[LaneRef(J, "flows")].lane.name == "Flows"
    assert_mirrors(scene)


def test_flow_ribbons_mirror_the_analytics_through_undo_and_redo(scene, doc):
    add_flow_lane(doc)
    analyse(doc)
    item = flow_item(scene)
    by_pair = {(r.source, r.target): r for r in item.ribbons}
    assert set(by_pair) == {(f.source, f.target) for f in analytics().stage_flows}
    assert item.message == ""
    # width grows with the cases
    assert (
        by_pair[("search", "compare")].width > by_pair[("compare", "store")].width > by_pair[("buy", "compare")].width
    )
    # forward flows arc above the middle, the loop back below, a skip higher than a step
    mid = item.rect.height() / 2
    assert by_pair[("compare", "store")].apex.y() < mid
    back = by_pair[("buy", "compare")]
    assert back.backward and back.apex.y() > mid
    assert by_pair[("search", "store")].apex.y() < by_pair[("compare", "store")].apex.y()
    # the big ones are labelled, and loops back from a smaller share; the tooltip says it all
    assert by_pair[("search", "compare")].labelled and not by_pair[("learn", "support")].labelled
    assert by_pair[("buy", "compare")].labelled
    assert by_pair[("search", "compare")].tooltip == "Search → Compare sites: 800 cases"
    assert "against the map's order" in back.tooltip
    assert_mirrors(scene)

    doc.undo_stack.undo()
    assert flow_item(scene).ribbons == [] and flow_item(scene).message == EMPTY_TEXT
    doc.undo_stack.redo()
    assert len(flow_item(scene).ribbons) == 7
    assert_mirrors(scene)


def test_hovering_a_ribbon_names_it(scene, doc):
    add_flow_lane(doc)
    analyse(doc, analytics([flow("search", "compare", 1234)]))
    item = flow_item(scene)
    ribbon = item.ribbons[0]
    assert item.ribbon_at(ribbon.apex) is ribbon
    assert item.ribbon_at(QPointF(ribbon.apex.x(), item.rect.height() - 2)) is None
    assert ribbon.tooltip == "Search → Compare sites: 1,234 cases"


def test_moving_a_stage_redraws_the_flows_in_the_new_order(scene, doc):
    add_flow_lane(doc)
    analyse(doc, analytics([flow("search", "compare", 10)]))
    assert not flow_item(scene).ribbons[0].backward
    doc.push(C.Move(doc, StageRef(J, "search"), 3))  # search now comes after compare on the map
    assert flow_item(scene).ribbons[0].backward
    assert_mirrors(scene)
    doc.undo_stack.undo()
    assert not flow_item(scene).ribbons[0].backward


def test_flows_of_stages_gone_from_the_map_are_left_out(scene, doc):
    add_flow_lane(doc)
    analyse(doc)
    doc.push(C.Remove(doc, StageRef(J, "buy")))
    pairs = {(r.source, r.target) for r in flow_item(scene).ribbons}
    assert all("buy" not in pair for pair in pairs) and ("search", "compare") in pairs
    assert_mirrors(scene)


def test_analytics_without_flows_say_so(scene, doc):
    add_flow_lane(doc)
    analyse(doc, analytics([]))
    assert flow_item(scene).message == NO_FLOWS_TEXT


def test_the_flow_lane_follows_a_card_lane_that_grows_above_it(scene, doc):
    add_flow_lane(doc, index=1)  # below "doing"
    analyse(doc)
    doc.push(C.add_card(doc, J, Card(id="tall", lane="doing", stage="store", text="tall " * 200)))
    assert_mirrors(scene)
    doc.push(C.Remove(doc, LaneRef(J, "flows")))
    assert scene.flows.items == {}
    assert_mirrors(scene)
    doc.undo_stack.undo()
    assert "flows" in scene.flows.items
    assert_mirrors(scene)


def test_a_flow_lane_holds_no_cards_emotions_or_metric_values(doc):
    add_flow_lane(doc)
    refusals = [
        lambda: C.add_card(doc, J, Card(id="nope", lane="flows", stage="buy", text="x")),
        lambda: C.SetEmotion(doc, J, EmotionPoint(lane="flows", stage="buy", score=1)),
        lambda: C.SetMetric(doc, J, MetricValue(lane="flows", stage="buy", value=1.0)),
    ]
    before = doc.journey(J).model_copy(deep=True)
    for make in refusals:
        with pytest.raises(WaymarkError) as refused:
            doc.push(make())
        assert "\n" not in str(refused.value) and "flow lane" in str(refused.value), str(refused.value)
    assert doc.journey(J) == before


def test_a_lane_with_cards_does_not_become_a_flow_lane(doc):
    with pytest.raises(WaymarkError, match="only when it is empty"):
        doc.push(C.Edit(doc, LaneRef(J, "doing"), {"kind": LaneKind.FLOW, "role": None}))
    doc.push(C.add_lane(doc, J, Lane(id="empty", name="Empty", kind=LaneKind.CARDS)))
    doc.push(C.Edit(doc, LaneRef(J, "empty"), {"kind": LaneKind.FLOW}))
    assert doc.journey(J).lane("empty").kind == LaneKind.FLOW


def test_only_a_metric_lane_is_filled_from_data(doc, sample_project):
    with pytest.raises(WaymarkError, match="not filled from data"):
        doc.push(C.add_lane(doc, J, Lane(id="f", name="F", kind=LaneKind.FLOW, measure=Measure.REACHED)))
    journey = sample_project.journey(J)
    journey.lanes.append(Lane(id="f", name="F", kind=LaneKind.FLOW, measure=Measure.REACHED))
    with pytest.raises(DocumentRuleError, match="a flow lane is not filled from data"):
        check_project(sample_project)


def test_the_layout_gives_a_flow_lane_its_fixed_height(doc):
    add_flow_lane(doc)
    layout = compute_layout(doc.journey(J))
    assert layout.row("flows")[1] == S.FLOW_LANE_H


def test_menus_and_palette_offer_a_flow_lane(scene, doc):
    assert LANE_KIND_LABELS[LaneKind.FLOW] == "Flow Lane"
    made = insert_lane(scene, LaneKind.FLOW, 2)
    assert made is not None and doc.journey(J).lane(made.lane_id).kind == LaneKind.FLOW
    assert made.lane_id in scene.flows.items
    doc.undo_stack.undo()
    assert scene.flows.items == {}
    y = scene.layout.row("doing")[0] + 10
    made = drop_from_palette(scene, "lane:flow", QPointF(400, y))
    assert made is not None and doc.journey(J).lane(made.lane_id).kind == LaneKind.FLOW
    assert doc.journey(J).lane(made.lane_id).name == "Flows"


# -- metric lanes filled from data ----------------------------------------------------------------


def test_an_analysed_metric_lane_says_where_its_numbers_came_from(scene, doc):
    doc.push(C.add_lane(doc, J, Lane(id="reach", name="Reached", kind="metric", unit="cases", measure="reached")))
    header = scene.refs[LaneRef(J, "reach")]
    assert header.analysed is not None and "no analysis stored" in header.analysed.source
    analyse(doc)
    header = scene.refs[LaneRef(J, "reach")]
    assert header.analysed.source == "from checkout.csv · 2026-03-01 – 2026-05-31 · refreshed 2026-06-01 09:30"
    assert "Cases reaching the stage" in header.toolTip() and "checkout.csv" in header.toolTip()
    labels, _legend = header._lane_labels(header.rect.adjusted(0, 1, -2, -1))
    texts = [label.static.text() for _pen, label in labels]
    assert BADGE in texts and "checkout.csv" in texts
    assert "2026-03-01 – 2026-05-31" in texts and "refreshed 2026-06-01 09:30" in texts
    # a plain metric lane has no badge
    assert scene.refs[LaneRef(J, "csat")].analysed is None
    doc.undo_stack.undo()
    assert "no analysis stored" in scene.refs[LaneRef(J, "reach")].analysed.source
    assert_mirrors(scene)


# -- the observed curve (Accept Observed) ------------------------------------------------------


def test_an_accepted_observed_curve_is_drawn_dotted_and_listed_apart(scene, doc):
    from app.document.analytics_commands import accept_observed
    from app.views.board.style import Stroke

    points = {"search": 1.0, "compare": -0.5, "store": 1.5}
    doc.push(accept_observed(doc, J, "anna", points, []))
    legend = scene.refs[LaneRef(J, "feeling")].legend
    labels = [entry.label for entry in legend]
    assert labels == ["Anna Berg · as-is", "Anna Berg · to-be", "Anna Berg · observed"]
    assert [entry.dashed for entry in legend] == [Stroke.SOLID, Stroke.DASHED, Stroke.DOTTED]
    strokes = [stroke for _color, stroke, _pts in scene._curves["feeling"].curves]
    assert sorted(strokes) == [Stroke.SOLID, Stroke.DASHED, Stroke.DOTTED]
    assert_mirrors(scene)
    scene.toggle_curve(("feeling", "anna", "observed"))  # the legend's swatch hides it
    assert Stroke.DOTTED not in [s for _c, s, _p in scene._curves["feeling"].curves]
    scene.toggle_curve(("feeling", "anna", "observed"))
    doc.undo_stack.undo()
    assert [entry.label for entry in scene.refs[LaneRef(J, "feeling")].legend] == labels[:2]
    assert_mirrors(scene)


def test_the_inspector_says_which_measure_fills_an_analysed_lane(doc, qtbot):
    from app.views.board.view import BoardView
    from app.views.inspector.panel import Inspector

    view = BoardView(doc)
    qtbot.addWidget(view)
    view.show_journey(J)
    inspector = Inspector(doc, view)
    qtbot.addWidget(inspector)
    inspector.show()
    doc.push(C.add_lane(doc, J, Lane(id="reach", name="Reached", kind="metric", unit="cases", measure="reached")))
    view.board.select_refs([LaneRef(J, "reach")])
    data = inspector.page_lane.data
    assert data.isVisible() and data.text().startswith("Cases reaching the stage, from the event log")
    view.board.select_refs([LaneRef(J, "csat")])
    assert not data.isVisible()
    # made a cards lane (it is empty), it is no longer filled from data
    view.board.select_refs([LaneRef(J, "reach")])
    inspector.page_lane.kind.setCurrentIndex(inspector.page_lane.kind.findData(LaneKind.CARDS))
    lane = doc.journey(J).lane("reach")
    assert lane.kind == LaneKind.CARDS and lane.measure is None


def test_a_map_of_many_stages_draws_its_biggest_flows_only(scene, doc, monkeypatch):
    from app.views.board import flow_lane

    monkeypatch.setattr(flow_lane, "MAX_RIBBONS", 3)
    add_flow_lane(doc)
    analyse(doc)
    item = flow_item(scene)
    assert [r.count for r in item.ribbons] == [800, 500, 500]
    assert item.left_out == 4
    assert any("4 smaller flows not drawn" in label.static.text() for _ink, _pill, label in item._labels)


def test_keys_in_a_flow_lane_start_no_card(doc, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tests.conftest import open_focused_board_view

    add_flow_lane(doc, index=0)
    analyse(doc)
    view = open_focused_board_view(qtbot, doc, J)
    assert view.first_cell() == ("doing", "search")  # the start cell is in a lane that holds cards
    view.current_cell = ("flows", "compare")
    before = doc.journey(J).model_copy(deep=True)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    with qtbot.waitSignal(view.message) as said:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Insert)
    assert said.args == ["New cards go in a cards or touchpoints lane"]
    assert view.editor is None and doc.journey(J) == before
