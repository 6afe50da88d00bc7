"""Tier 2: edits inside cells update the board incrementally, and it still mirrors the document.

Card, emotion and metric edits update only the cells they touch (and shift the rows below);
after any sequence of them, with undo and redo, the scene must equal a freshly built one.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPointF

from app.document import commands as C
from app.models.entities import Card, MetricValue
from app.models.refs import CardRef, LaneRef, StageRef
from app.views.board.layout import compute_layout, qrect
from app.views.board.scene import BoardScene
from tests.test_board_scene import J, assert_mirrors

LONG = "a long card that wraps over several lines and makes its cell and its lane taller " * 4


def assert_same_as_fresh(scene: BoardScene) -> None:
    assert_mirrors(scene)
    journey = scene.journey()
    fresh_layout = compute_layout(journey)
    layout = scene.layout
    assert layout.rows == fresh_layout.rows and layout.columns == fresh_layout.columns
    assert layout.cards == fresh_layout.cards and layout.height == fresh_layout.height
    assert {k: v for k, v in layout.cells.items() if v} == {k: v for k, v in fresh_layout.cells.items() if v}
    fresh = BoardScene(scene.doc)
    fresh.show_journey(J)
    try:
        assert set(fresh.refs) == set(scene.refs)
        for ref, item in fresh.refs.items():
            assert scene.refs[ref].pos() == item.pos(), ref
            assert scene.refs[ref].boundingRect() == item.boundingRect(), ref
        for ref in [r for r in fresh.refs if isinstance(r, LaneRef)]:
            assert scene.refs[ref].legend == fresh.refs[ref].legend
        for lane_id, curve in fresh._curves.items():
            mine = scene._curves[lane_id]
            assert mine.rect == curve.rect
            assert [(c.name(), d, p) for c, d, p in mine.curves] == [(c.name(), d, p) for c, d, p in curve.curves]
            assert [(c.name(), a, b) for c, a, b in mine.gaps] == [(c.name(), a, b) for c, a, b in curve.gaps]
        assert scene.sceneRect() == fresh.sceneRect()
        assert scene._grid.boundingRect() == fresh._grid.boundingRect()
    finally:
        fresh.show_journey(None)


def test_no_full_sync_for_a_card_edit(scene, doc, monkeypatch):
    calls = []
    monkeypatch.setattr(scene, "sync", lambda: calls.append(1))
    journey = scene.journey()
    doc.push(C.add_card(doc, J, Card(id="inc-1", lane="doing", stage=journey.stages[0].id, text=LONG)))
    doc.push(C.MoveCard(doc, CardRef(J, "inc-1"), "pain", journey.stages[-1].id, 0))
    doc.push(C.Edit(doc, CardRef(J, "inc-1"), {"text": "short"}))
    point = journey.emotions[0]
    doc.push(C.SetEmotion(doc, J, point.model_copy(update={"score": -point.score or 1.0})))
    doc.undo_stack.undo()
    doc.push(C.Remove(doc, CardRef(J, "inc-1")))
    assert calls == []
    monkeypatch.undo()
    assert_same_as_fresh(scene)


def test_a_taller_lane_shifts_everything_below(scene, doc):
    journey = scene.journey()
    before = list(scene.layout.rows)
    doc.push(C.add_card(doc, J, Card(id="tall", lane="doing", stage=journey.stages[0].id, text=LONG * 3), 0))
    assert scene.layout.rows[0][2] > before[0][2]
    assert_same_as_fresh(scene)
    doc.undo_stack.undo()
    assert scene.layout.rows == before
    assert_same_as_fresh(scene)


@pytest.mark.parametrize("seed", range(6))
def test_random_edits_undo_and_redo_keep_the_mirror(scene, doc, seed):
    rnd = random.Random(seed)
    journey = doc.journey(J)
    card_lanes = [ln.id for ln in journey.lanes if ln.kind in ("cards", "touchpoints")]
    metric_lanes = [ln.id for ln in journey.lanes if ln.kind == "metric"]
    stages = [s.id for s in journey.stages]
    texts = ["x", "two words", LONG, LONG * 2, "a medium card with a few words on it"]
    n = 0
    for _step in range(40):
        journey = doc.journey(J)
        action = rnd.choice(
            ["add", "add", "move", "move", "edit", "remove", "emotion", "metric", "undo", "undo", "redo", "macro"]
        )
        if action == "add":
            n += 1
            card = Card(
                id=f"r{seed}-{n}",
                lane=rnd.choice(card_lanes),
                stage=rnd.choice(stages),
                text=rnd.choice(texts),
                votes=rnd.choice([0, 3]),
            )
            doc.push(C.add_card(doc, J, card, rnd.choice([None, 0, 1])))
        elif action == "move" and journey.cards:
            card = rnd.choice(journey.cards)
            doc.push(
                C.MoveCard(
                    doc, CardRef(J, card.id), rnd.choice(card_lanes), rnd.choice(stages), rnd.choice([None, 0, 2])
                )
            )
        elif action == "edit" and journey.cards:
            card = rnd.choice(journey.cards)
            doc.push(C.Edit(doc, CardRef(J, card.id), {"text": rnd.choice(texts), "tags": rnd.choice([[], ["t"]])}))
        elif action == "remove" and journey.cards:
            doc.push(C.Remove(doc, CardRef(J, rnd.choice(journey.cards).id)))
        elif action == "emotion" and journey.emotions:
            point = rnd.choice(journey.emotions)
            doc.push(C.SetEmotion(doc, J, point.model_copy(update={"score": rnd.choice([-2.0, -0.5, 0.0, 1.5])})))
        elif action == "metric" and metric_lanes:
            doc.push(
                C.SetMetric(
                    doc,
                    J,
                    MetricValue(
                        lane=rnd.choice(metric_lanes), stage=rnd.choice(stages), value=rnd.random() * 100, target=50
                    ),
                )
            )
        elif action == "undo":
            doc.undo_stack.undo()
        elif action == "redo":
            doc.undo_stack.redo()
        elif action == "macro" and len(journey.cards) > 3:
            doc.undo_stack.beginMacro("Move Cards")
            target = (rnd.choice(card_lanes), rnd.choice(stages))
            for card in rnd.sample(journey.cards, 3):
                doc.push(C.MoveCard(doc, CardRef(J, card.id), *target, 0))
            doc.undo_stack.endMacro()
        assert_same_as_fresh(scene)
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert_same_as_fresh(scene)


def test_a_structural_edit_after_incremental_ones_still_mirrors(scene, doc):
    journey = scene.journey()
    doc.push(C.add_card(doc, J, Card(id="s-1", lane="thinking", stage=journey.stages[1].id, text=LONG)))
    doc.push(C.Edit(doc, StageRef(J, journey.stages[1].id), {"width": 420.0}))
    doc.push(C.MoveCard(doc, CardRef(J, "s-1"), "doing", journey.stages[2].id, 0))
    assert_same_as_fresh(scene)
    doc.push(C.Move(doc, LaneRef(J, "doing"), 3))
    doc.push(C.MoveCard(doc, CardRef(J, "s-1"), "ideas", journey.stages[0].id))
    assert_same_as_fresh(scene)


def test_a_dropped_card_snaps_to_its_new_place(scene, doc):
    journey = scene.journey()
    card = journey.cards_in_cell("doing", journey.stages[0].id)[0]
    item = scene.refs[CardRef(J, card.id)]
    target = qrect(scene.layout.cell_rect("pain", journey.stages[3].id))
    item.setPos(target.center())
    scene.finish_card_drag(item, target.center())
    assert doc.card(J, card.id).lane == "pain"
    assert_same_as_fresh(scene)
    item.setPos(QPointF(5, 5))  # dropped on a lane header: back where it was, no undo step
    count = doc.undo_stack.count()
    scene.finish_card_drag(item, QPointF(5, 5))
    assert doc.undo_stack.count() == count
    assert_same_as_fresh(scene)
