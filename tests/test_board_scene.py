"""Tier 2: the board scene mirrors the document.

No window: a BoardScene on a Document. After every command (and its undo) the scene holds
exactly one item per thing in the journey, placed where ``compute_layout`` says.
"""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from app.document import commands as C
from app.models.entities import Card, EmotionPoint, Journey, Lane, Stage
from app.models.refs import (
    CardRef,
    EmotionRef,
    JourneyRef,
    LaneRef,
    LineRef,
    MetricRef,
    PersonaRef,
    StageRef,
    emotion_ref,
    line_ref,
    metric_ref,
)
from app.views.board import style as S
from app.views.board.card_item import CardItem
from app.views.board.cell_cursor import CellCursorItem
from app.views.board.cell_items import BlueprintLineItem, MetricItem
from app.views.board.emotion_items import (
    DEFAULT_CURVE_COLOR,
    EmotionPointItem,
    score_to_y,
)
from app.views.board.frozen_headers import FrozenBand
from app.views.board.header_items import LaneHeaderItem, StageHeaderItem
from app.views.board.layout import compute_layout, qrect
from app.views.board.scene import BoardScene

J = "buy-phone"


def expected_refs(journey: Journey) -> set[tuple]:
    refs = {StageRef(journey.id, s.id) for s in journey.stages}
    refs |= {LaneRef(journey.id, ln.id) for ln in journey.lanes}
    refs |= {CardRef(journey.id, c.id) for c in journey.cards}
    refs |= {emotion_ref(journey.id, e.key) for e in journey.emotions}
    refs |= {MetricRef(journey.id, ln.id, s.id) for ln in journey.lanes if ln.kind == "metric" for s in journey.stages}
    refs |= {line_ref(journey.id, line.key) for line in journey.lines}
    return refs


def assert_mirrors(scene: BoardScene) -> None:
    """Exactly the journey's items, each where a fresh layout puts it."""
    journey = scene.journey()
    layout = compute_layout(journey)
    assert set(scene.refs) == expected_refs(journey)
    assert all(item.scene() is scene for item in scene.refs.values())
    for sid, x, w in layout.columns:
        header = scene.refs[StageRef(journey.id, sid)]
        assert isinstance(header, StageHeaderItem)
        assert header.pos() == QPointF(x, 0) and header.rect.width() == w
        assert header.stage is journey.stage(sid)
    for lid, y, h in layout.rows:
        header = scene.refs[LaneRef(journey.id, lid)]
        assert isinstance(header, LaneHeaderItem)
        assert header.pos() == QPointF(0, y) and header.rect.height() == h
        assert header.lane is journey.lane(lid)
    for card in journey.cards:
        item = scene.refs[CardRef(journey.id, card.id)]
        assert isinstance(item, CardItem)
        rect = qrect(layout.cards[card.id])
        assert item.pos() == rect.topLeft() and item.rect.size() == rect.size(), card.id
        assert item.card is card
    for point in journey.emotions:
        item = scene.refs[emotion_ref(journey.id, point.key)]
        assert isinstance(item, EmotionPointItem)
        x, w = layout.column(point.stage)
        y, h = layout.row(point.lane)
        assert item.pos() == QPointF(x + w / 2, score_to_y(point.score, y, h))
        assert item.point is point
    for lane in journey.lanes:
        if lane.kind != "metric":
            continue
        for stage in journey.stages:
            item = scene.refs[MetricRef(journey.id, lane.id, stage.id)]
            assert isinstance(item, MetricItem)
            rect = qrect(layout.cell_rect(lane.id, stage.id))
            assert item.pos() == rect.topLeft() and item.rect.size() == rect.size()
            assert item.metric is scene.doc.metric(journey.id, (lane.id, stage.id))
    for line in journey.lines:
        item = scene.refs[line_ref(journey.id, line.key)]
        assert isinstance(item, BlueprintLineItem)
        y, h = layout.row(line.after_lane)
        assert item.pos() == QPointF(0, y + h)
    emotion_lanes = {ln.id for ln in journey.lanes if ln.kind == "emotion"}
    assert set(scene._curves) == emotion_lanes
    for lane_id, curve in scene._curves.items():
        y, h = layout.row(lane_id)
        assert curve.rect == QRectF(S.LANE_HEADER_W, y, layout.width - S.LANE_HEADER_W, h)
    flow_lanes = {ln.id for ln in journey.lanes if ln.kind == "flow"}
    assert set(scene.flows.items) == flow_lanes
    for lane_id, flows in scene.flows.items.items():
        y, h = layout.row(lane_id)
        assert flows.pos() == QPointF(S.LANE_HEADER_W, y) and flows.rect.height() == h
    board_items = set(scene.refs.values()) | set(scene._curves.values()) | set(scene.flows.items.values())
    # a board view adds the bands behind its frozen headers (frozen_headers.py) and its cell
    # cursor (cell_cursor.py); they are the view's
    board_items |= {i for i in scene.items() if isinstance(i, FrozenBand | CellCursorItem)}
    strays = [i for i in scene.items() if i.parentItem() is None and i not in board_items and i is not scene._grid]
    assert strays == []


def test_items_exist_for_everything_in_the_journey(scene, doc):
    journey = doc.journey(J)
    assert len([r for r in scene.refs if isinstance(r, CardRef)]) == 75
    assert len([r for r in scene.refs if isinstance(r, EmotionRef)]) == 14
    assert len([r for r in scene.refs if isinstance(r, MetricRef)]) == 2 * 7
    assert len([r for r in scene.refs if isinstance(r, LineRef)]) == 3
    assert len(journey.lines) == 3
    assert_mirrors(scene)


def _card(cid: str, lane: str = "doing", stage: str = "store", text: str = "A new card") -> Card:
    return Card(id=cid, lane=lane, stage=stage, text=text)


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda doc: C.add_card(doc, J, _card("new-1"), 0), id="add-card"),
        pytest.param(lambda doc: C.add_card(doc, J, _card("new-2", text="long " * 300)), id="add-tall-card"),
        pytest.param(lambda doc: C.MoveCard(doc, CardRef(J, "do-search-1"), "pain", "advocate", 0), id="move-card"),
        pytest.param(lambda doc: C.MoveCard(doc, CardRef(J, "do-search-2"), "doing", "search", 0), id="reorder-card"),
        pytest.param(lambda doc: C.Remove(doc, CardRef(J, "th-buy-1")), id="remove-card"),
        pytest.param(lambda doc: C.Edit(doc, CardRef(J, "th-buy-1"), {"text": "x\n" * 30}), id="edit-card"),
        pytest.param(lambda doc: C.Move(doc, StageRef(J, "search"), 4), id="move-stage"),
        pytest.param(lambda doc: C.Move(doc, LaneRef(J, "csat"), 0), id="move-lane"),
        pytest.param(lambda doc: C.Edit(doc, StageRef(J, "compare"), {"width": 400.0}), id="resize-stage"),
        pytest.param(lambda doc: C.Remove(doc, StageRef(J, "buy")), id="remove-stage"),
        pytest.param(lambda doc: C.Remove(doc, LaneRef(J, "feeling")), id="remove-emotion-lane"),
        pytest.param(lambda doc: C.Remove(doc, LaneRef(J, "touchpoints")), id="remove-lane-with-line"),
        pytest.param(lambda doc: C.Remove(doc, LaneRef(J, "csat")), id="remove-metric-lane"),
        pytest.param(lambda doc: C.add_stage(doc, J, Stage(id="repair", name="Repair"), 2), id="add-stage"),
        pytest.param(lambda doc: C.add_lane(doc, J, Lane(id="mood2", name="Mood", kind="emotion"), 1), id="add-lane"),
        pytest.param(
            lambda doc: C.add_lane(doc, J, Lane(id="flows", name="Flows", kind="flow"), 1), id="add-flow-lane"
        ),
        pytest.param(
            lambda doc: C.SetEmotion(
                doc, J, EmotionPoint(lane="feeling", stage="buy", score=-2, persona="anna", variant="as_is")
            ),
            id="set-emotion",
        ),
        pytest.param(
            lambda doc: C.Remove(doc, emotion_ref(J, ("feeling", "buy", "anna", "to_be"))), id="remove-emotion"
        ),
        pytest.param(lambda doc: C.Remove(doc, metric_ref(J, ("csat", "buy"))), id="remove-metric"),
        pytest.param(lambda doc: C.Remove(doc, line_ref(J, ("feeling", "interaction"))), id="remove-line"),
    ],
)
def test_scene_follows_commands_and_undo(scene, doc, make):
    before = {ref: item for ref, item in scene.refs.items()}
    doc.push(make(doc))
    assert_mirrors(scene)
    doc.undo_stack.undo()
    assert_mirrors(scene)
    # items are kept by id: the ones that were never removed are the same objects
    kept = [ref for ref in before if scene.refs.get(ref) is before[ref]]
    assert len(kept) >= len(before) - 40
    doc.undo_stack.redo()
    assert_mirrors(scene)


def test_selection_survives_an_edit_elsewhere(scene, doc):
    scene.select_refs([CardRef(J, "do-search-1"), StageRef(J, "store")])
    doc.push(C.MoveCard(doc, CardRef(J, "th-buy-1"), "doing", "search", 0))
    assert set(scene.selected_refs()) == {CardRef(J, "do-search-1"), StageRef(J, "store")}


def test_every_lane_kind_is_drawn(scene, doc):
    journey = doc.journey(J)
    kinds = {ln.kind for ln in journey.lanes}
    assert kinds == {"cards", "touchpoints", "emotion", "metric"}
    for lane in journey.lanes:
        assert scene.refs[LaneRef(J, lane.id)].lane.kind == lane.kind
    rect = scene.sceneRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("#000000"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()

    def pixel(point: QPointF) -> QColor:
        return image.pixelColor(int(point.x() - rect.left()), int(point.y() - rect.top()))

    layout = scene.layout
    # cards and touchpoints: each card in its own colour, at its place
    for cid in ("do-search-1", "tp-buy-1", "bs-store-1"):
        card_rect = qrect(layout.cards[cid])
        expected = scene.refs[CardRef(J, cid)]._color
        assert pixel(QPointF(card_rect.left() + 4, card_rect.center().y())) == expected, cid
    # the emotion lane: a face in its score's colour at each point
    point = scene.refs[emotion_ref(J, ("feeling", "support", "anna", "as_is"))]
    assert pixel(point.pos() + QPointF(0, -7)) == QColor("#E5484D")
    # the metric lane: the value bar is painted (conversion in "compare" is 64 of 70 → amber)
    cell = qrect(layout.cell_rect("conversion", "compare"))
    bar_y = cell.top() + 8 + 32 + 4
    assert pixel(QPointF(cell.left() + S.CELL_PAD + 20, bar_y)) == QColor("#E0A100")
    # the stage headers
    x, _w = layout.column("store")
    assert pixel(QPointF(x + 6, S.STAGE_HEADER_H / 2)) == S.STAGE_BG


def test_persona_colours_reach_the_curves(scene, doc):
    curve = scene._curves["feeling"]
    anna = QColor(doc.persona("anna").color)
    assert [(color, dashed) for color, dashed, _pts in curve.curves] == [(anna, False), (anna, True)]
    assert all(len(pts) == 7 for _c, _d, pts in curve.curves)
    assert all(item.color == anna for ref, item in scene.refs.items() if isinstance(ref, EmotionRef))
    legend = scene.refs[LaneRef(J, "feeling")].legend
    assert [(e.color, e.label) for e in legend] == [(anna, "Anna Berg · as-is"), (anna, "Anna Berg · to-be")]

    # another persona's points get its own curve in its colour
    doc.push(C.Edit(doc, JourneyRef(J), {"persona_ids": ["anna", "marco"]}))
    doc.push(C.SetEmotion(doc, J, EmotionPoint(lane="feeling", stage="buy", score=2, persona="marco")))
    marco = QColor(doc.persona("marco").color)
    assert (marco, False) in [(color, dashed) for color, dashed, _pts in curve.curves]
    assert scene.refs[emotion_ref(J, ("feeling", "buy", "marco", "as_is"))].color == marco

    # a colour change reaches curves, faces and the legend
    doc.push(C.Edit(doc, PersonaRef("anna"), {"color": "#123456"}))
    assert QColor("#123456") in [color for color, _d, _p in curve.curves]
    assert anna not in [color for color, _d, _p in curve.curves]
    assert scene.refs[emotion_ref(J, ("feeling", "buy", "anna", "as_is"))].color == QColor("#123456")
    doc.undo_stack.undo()
    assert scene.refs[emotion_ref(J, ("feeling", "buy", "anna", "as_is"))].color == anna


def test_points_without_persona_use_the_default_colour(scene, doc):
    doc.push(C.SetEmotion(doc, J, EmotionPoint(lane="feeling", stage="learn", score=0)))
    assert scene.refs[emotion_ref(J, ("feeling", "learn", None, "as_is"))].color == DEFAULT_CURVE_COLOR
    assert (DEFAULT_CURVE_COLOR, False) in [(c, d) for c, d, _p in scene._curves["feeling"].curves]


def _second_journey(doc) -> Journey:
    source = doc.journey(J)
    journey = Journey(
        id="renew",
        name="Renew",
        stages=copy.deepcopy(source.stages[:3]),
        lanes=[copy.deepcopy(source.lanes[0])],
        cards=[Card(id="renew-1", lane="doing", stage="search", text="Gets a letter")],
    )
    doc.push(C.add_journey(doc, journey))
    return journey


def test_switching_journey_clears_the_items(scene, doc):
    _second_journey(doc)
    old_items = list(scene.refs.values()) + list(scene._curves.values())
    scene.select_refs([CardRef(J, "do-search-1")])
    scene.show_journey("renew")
    assert all(item.scene() is None for item in old_items)
    assert set(scene.refs) == expected_refs(doc.journey("renew"))
    assert scene._curves == {}
    assert scene.selected_refs() == []
    assert_mirrors(scene)
    # edits to the journey not shown do not touch the scene
    refs = dict(scene.refs)
    doc.push(C.Remove(doc, CardRef(J, "do-search-1")))
    assert scene.refs == refs
    scene.show_journey(J)
    assert_mirrors(scene)


def test_removing_the_shown_journey_empties_the_board(scene, doc):
    doc.push(C.Remove(doc, JourneyRef(J)))
    assert scene.journey_id is None
    assert scene.refs == {} and scene._curves == {}
    assert [item for item in scene.items() if item.isVisible()] == []
    doc.undo_stack.undo()
    scene.show_journey(J)
    assert_mirrors(scene)


def test_a_ten_thousand_card_journey_builds(qapp, sample_project):
    from app.document.document import Document

    source = sample_project.journey(J)
    cards = [
        Card(
            id=f"c{n}",
            lane=("doing", "thinking", "touchpoints", "pain")[n % 4],
            stage=source.stages[(n // 4) % len(source.stages)].id,
            text=f"Card number {n} " * (1 + n % 5),
        )
        for n in range(10_000)
    ]
    big = source.model_copy(update={"id": "big", "name": "Big", "cards": cards})
    project = sample_project.model_copy(update={"journeys": [big]})
    document = Document.new(project)
    try:
        board = BoardScene(document)
        board.show_journey("big")
        assert len([r for r in board.refs if isinstance(r, CardRef)]) == 10_000
        layout = board.layout
        assert len(layout.cards) == 10_000
        first, last = board.refs[CardRef("big", "c0")], board.refs[CardRef("big", "c9999")]
        assert (
            first.pos() == qrect(layout.cards["c0"]).topLeft() and last.pos() == qrect(layout.cards["c9999"]).topLeft()
        )
        assert board.sceneRect().height() > 10_000
        # one more card re-syncs without rebuilding the others
        item = board.refs[CardRef("big", "c5")]
        document.push(C.add_card(document, "big", Card(id="extra", lane="doing", stage="search"), 0))
        assert board.refs[CardRef("big", "c5")] is item
        assert len([r for r in board.refs if isinstance(r, CardRef)]) == 10_001
        board.show_journey(None)
    finally:
        document.close()


def test_legend_click_hides_and_shows_a_curve_without_an_edit(qtbot, doc):
    from PySide6.QtCore import QPointF

    from app.views.board.view import BoardView

    view = BoardView(doc)
    qtbot.addWidget(view)
    view.show_journey("buy-phone")
    scene = view.board
    header = scene.refs[LaneRef(J, "feeling")]
    entry = header.legend[1]
    assert entry.label == "Anna Berg · to-be" and not entry.hidden
    key = ("feeling", "support", "anna", "to_be")
    assert emotion_ref(J, key) in scene.refs
    scene.toggle_curve(entry.key)
    assert emotion_ref(J, key) not in scene.refs
    assert scene.refs[LaneRef(J, "feeling")].legend[1].hidden
    assert doc.undo_stack.count() == 0 and not doc.modified
    row = header.legend_row(QPointF(60, 51 + 16 + 4))  # the second legend row
    assert row is not None and row.key == entry.key
    scene.toggle_curve(entry.key)
    assert emotion_ref(J, key) in scene.refs


def test_gap_between_as_is_and_to_be_is_shaded(qtbot, doc):
    from app.views.board.scene import BoardScene

    scene = BoardScene(doc)
    scene.show_journey("buy-phone")
    curve = scene._curves["feeling"]
    assert len(curve.gaps) == 1
    color, as_is, to_be = curve.gaps[0]
    assert len(as_is) == len(to_be) == 7
    scene.toggle_curve(("feeling", "anna", "to_be"))
    assert scene._curves["feeling"].gaps == []


def test_painting_never_changes_the_shared_board_fonts(qtbot, doc):
    """Regression: the emotion notes (italic) and a hidden curve's legend (strike-out) once
    modified the cached QFont, turning every card footer italic or struck through."""
    from PySide6.QtGui import QImage, QPainter

    from app.views.board import style as S
    from app.views.board.scene import BoardScene

    scene = BoardScene(doc)
    scene.show_journey("buy-phone")
    scene.toggle_curve(("feeling", "anna", "to_be"))
    image = QImage(800, 600, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    scene.render(painter)
    painter.end()
    small = S.font(7.5)
    assert not small.italic() and not small.strikeOut()
