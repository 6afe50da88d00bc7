"""Tier 1: every edit is an undoable command; undo restores ids and order exactly;
each edit is already in the working copy when it returns."""

from __future__ import annotations

import pytest

from app.document import commands as C
from app.document.document import Document, EditError
from app.models.database import connect
from app.models.entities import (
    BlueprintLine,
    Card,
    EmotionPoint,
    Journey,
    Lane,
    MetricValue,
    Persona,
    Stage,
)
from app.models.refs import (
    CardRef,
    JourneyRef,
    LaneRef,
    PersonaRef,
    ProjectRef,
    StageRef,
    emotion_ref,
    line_ref,
    metric_ref,
)
from app.models.repository import load_project
from tests.conftest import snapshot

J = "buy-phone"


def on_disk(doc: Document) -> dict:
    conn = connect(doc.session.work_path, readonly=True)
    try:
        conn.execute("BEGIN")  # one consistent snapshot
        return snapshot(load_project(conn))
    finally:
        conn.close()


def check_undo_redo(doc: Document, command, expect=None) -> None:
    """Push, then undo and redo twice; memory and working copy agree at every step."""
    before = snapshot(doc.project)
    doc.push(command)
    after = snapshot(doc.project)
    assert after != before
    assert on_disk(doc) == after
    if expect:
        expect()
    for _ in range(2):
        doc.undo_stack.undo()
        assert snapshot(doc.project) == before
        assert on_disk(doc) == before
        doc.undo_stack.redo()
        assert snapshot(doc.project) == after
        assert on_disk(doc) == after


def cell(doc: Document, lane: str, stage: str) -> list[str]:
    return [c.id for c in doc.journey(J).cards_in_cell(lane, stage)]


def test_add_card_at_an_index(doc):
    first = cell(doc, "doing", "search")
    card = Card(id="new-card", lane="doing", stage="search", text="Asks a friend")
    check_undo_redo(
        doc, C.add_card(doc, J, card, 1), lambda: cell(doc, "doing", "search") == [first[0], "new-card", *first[1:]]
    )
    assert cell(doc, "doing", "search") == [first[0], "new-card", *first[1:]]
    assert doc.undo_stack.undoText() == "Add Card"


def test_remove_card_restores_its_place(doc):
    ids = cell(doc, "doing", "search")
    check_undo_redo(doc, C.Remove(doc, CardRef(J, ids[0])))
    doc.undo_stack.undo()
    assert cell(doc, "doing", "search") == ids


def test_move_card_between_cells_and_within_a_cell(doc):
    src = cell(doc, "doing", "search")
    dst = cell(doc, "doing", "compare")
    check_undo_redo(doc, C.MoveCard(doc, CardRef(J, src[0]), "doing", "compare", 0))
    assert cell(doc, "doing", "compare") == [src[0], *dst]
    assert cell(doc, "doing", "search") == src[1:]
    assert doc.undo_stack.undoText() == "Move Card"
    ids = cell(doc, "doing", "compare")
    check_undo_redo(doc, C.MoveCard(doc, CardRef(J, ids[0]), "doing", "compare", len(ids) - 1))
    assert cell(doc, "doing", "compare") == [*ids[1:], ids[0]]


def test_a_drag_is_one_undo_step(doc):
    card = cell(doc, "doing", "search")[0]
    before = snapshot(doc.project)
    gesture = object()
    for stage in ("compare", "store", "buy", "learn"):
        doc.push(C.MoveCard(doc, CardRef(J, card), "doing", stage, 0, gesture=gesture))
    assert doc.undo_stack.count() == 1
    assert doc.card(J, card).stage == "learn"
    doc.undo_stack.undo()
    assert snapshot(doc.project) == before


def test_a_burst_of_typing_is_one_undo_step(doc):
    card = cell(doc, "doing", "search")[0]
    original = doc.card(J, card).text
    gesture = object()
    for n in range(1, 8):
        doc.push(C.Edit(doc, CardRef(J, card), {"text": "Typed"[:n] or "T"}, gesture=gesture))
    assert doc.undo_stack.count() == 1
    doc.push(C.Edit(doc, CardRef(J, card), {"text": "new burst"}, gesture=object()))
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.card(J, card).text == original


def test_typing_back_to_the_original_leaves_no_step(doc):
    card = cell(doc, "doing", "search")[0]
    original = doc.card(J, card).text
    gesture = object()
    doc.push(C.Edit(doc, CardRef(J, card), {"text": original + "x"}, gesture=gesture))
    doc.push(C.Edit(doc, CardRef(J, card), {"text": original}, gesture=gesture))
    assert doc.undo_stack.count() == 0


@pytest.mark.parametrize(
    ("ref", "changes"),
    [
        (
            None,
            {"text": "Edited", "color": "#FFFFFF", "votes": 3, "evidence": "assumed", "tags": ["a", "b"]},
        ),
        (StageRef(J, "buy"), {"name": "Checkout", "description": "Pays"}),
        (LaneRef(J, "thinking"), {"name": "Thoughts", "role": "quotes"}),
        (LaneRef(J, "doing"), {"kind": "touchpoints"}),
        (JourneyRef(J), {"name": "Buying", "persona_ids": ["anna", "marco"]}),
        (PersonaRef("anna"), {"name": "Anna B.", "goals": ["x"], "color": "#000000"}),
        (ProjectRef(), {"name": "Phones", "description": "d"}),
    ],
)
def test_edits(doc, ref, changes):
    if ref is None:  # the card's id is known only once the document is open
        ref = CardRef(J, cell(doc, "doing", "search")[0])
    check_undo_redo(doc, C.Edit(doc, ref, changes))
    entity = doc.get(ref)
    for name, value in changes.items():
        assert getattr(entity, name) == value


@pytest.mark.parametrize(
    ("ref", "changes", "message"),
    [
        (None, {"votes": -1}, "votes: Input should be greater than or equal to 0"),
        (None, {"color": "blue"}, "color: String should match pattern"),
        (None, {"lane": "thinking"}, "use a move"),
        (LaneRef(J, "feeling"), {"kind": "cards"}, "still holds 14 items"),
        (LaneRef(J, "feeling"), {"role": "actions"}, "an emotion lane has no role"),
        (JourneyRef(J), {"persona_ids": ["ghost"]}, "no persona 'ghost'"),
        (StageRef(J, "buy"), {"name": "x" * 201}, "at most 200 characters"),
        (StageRef(J, "buy"), {"id": "other"}, "ids never change"),
    ],
)
def test_refused_edits_change_nothing(doc, ref, changes, message):
    if ref is None:  # a card of the sample
        ref = CardRef(J, cell(doc, "doing", "search")[0])
    before = snapshot(doc.project)
    with pytest.raises(EditError, match=None) as info:
        doc.push(C.Edit(doc, ref, changes))
    assert message in str(info.value)
    assert snapshot(doc.project) == before == on_disk(doc)
    assert doc.undo_stack.count() == 0


def test_add_move_remove_stage_with_its_cards(doc):
    check_undo_redo(doc, C.add_stage(doc, J, Stage(id="repair", name="Repair"), 5))
    assert [s.id for s in doc.journey(J).stages][5] == "repair"
    check_undo_redo(doc, C.Move(doc, StageRef(J, "repair"), 0))
    assert doc.journey(J).stages[0].id == "repair"
    assert doc.undo_stack.undoText() == "Move Stage"
    held = len([c for c in doc.journey(J).cards if c.stage == "support"])
    assert held
    check_undo_redo(doc, C.Remove(doc, StageRef(J, "support")))
    assert doc.undo_stack.undoText() == "Delete Stage"


def test_remove_lane_takes_and_restores_lines_and_points(doc):
    check_undo_redo(doc, C.Remove(doc, LaneRef(J, "feeling")))
    assert not doc.journey(J).emotions
    doc.undo_stack.undo()
    assert any(line.after_lane == "feeling" for line in doc.journey(J).lines)
    check_undo_redo(doc, C.Remove(doc, LaneRef(J, "touchpoints")))
    check_undo_redo(doc, C.add_lane(doc, J, Lane(id="quotes", name="Quotes", kind="cards", role="quotes"), 2))
    check_undo_redo(doc, C.Move(doc, LaneRef(J, "quotes"), 8))


def test_emotion_points_drag_is_one_step(doc):
    key = ("feeling", "support", "anna", "as_is")
    original = doc.emotion(J, key)
    gesture = object()
    for score in (-1.5, -1.0, 0.0, 1.5):
        doc.push(C.SetEmotion(doc, J, original.model_copy(update={"score": score}), gesture=gesture))
    assert doc.undo_stack.count() == 1 and doc.emotion(J, key).score == 1.5
    doc.undo_stack.undo()
    assert doc.emotion(J, key) == original
    new_point = EmotionPoint(lane="feeling", stage="search", score=2.0, persona="marco", variant="to_be")
    check_undo_redo(doc, C.SetEmotion(doc, J, new_point))
    check_undo_redo(doc, C.Remove(doc, emotion_ref(J, key)))


def test_metrics_and_lines(doc):
    check_undo_redo(doc, C.SetMetric(doc, J, MetricValue(lane="conversion", stage="buy", value=12.5, target=40.0)))
    check_undo_redo(doc, C.Remove(doc, metric_ref(J, ("csat", "buy"))))
    check_undo_redo(doc, C.Remove(doc, line_ref(J, ("touchpoints", "visibility"))))
    check_undo_redo(doc, C.add_line(doc, J, BlueprintLine(after_lane="doing", kind="interaction")))
    with pytest.raises(EditError, match="an interaction line below that lane already"):
        doc.push(C.add_line(doc, J, BlueprintLine(after_lane="doing", kind="interaction")))


def test_personas_removal_restores_every_link(doc):
    check_undo_redo(doc, C.add_persona(doc, Persona(id="lea", name="Lea", color="#123456"), 0))
    check_undo_redo(doc, C.Move(doc, PersonaRef("lea"), 2))
    before = snapshot(doc.project)
    check_undo_redo(doc, C.Remove(doc, PersonaRef("anna")))
    doc.undo_stack.undo()
    assert snapshot(doc.project) == before
    assert doc.journey(J).persona_ids == ["anna"]
    assert len([e for e in doc.journey(J).emotions if e.persona == "anna"]) == 14


def test_journeys(doc):
    other = Journey(
        id="support",
        name="Get help",
        stages=[Stage(id="ask", name="Ask")],
        lanes=[Lane(id="do", name="Doing", kind="cards")],
        cards=[Card(id="c1", lane="do", stage="ask", text="Calls")],
    )
    check_undo_redo(doc, C.add_journey(doc, other, 0))
    check_undo_redo(doc, C.Move(doc, JourneyRef("support"), 1))
    check_undo_redo(doc, C.Remove(doc, JourneyRef(J)))
    with pytest.raises(EditError, match="exists already"):
        doc.push(C.add_journey(doc, other))


def test_undo_names_the_action(doc):
    card = cell(doc, "doing", "search")[0]
    doc.push(C.MoveCard(doc, CardRef(J, card), "doing", "compare"))
    undo = doc.undo_stack.createUndoAction(doc, "Undo")
    assert undo.text() == "Undo Move Card"


def test_clean_state_drives_modified(doc, tmp_path):
    seen = []
    doc.modified_changed.connect(seen.append)
    assert not doc.modified
    card = cell(doc, "doing", "search")[0]
    doc.push(C.Edit(doc, CardRef(J, card), {"text": "x"}))
    assert doc.modified and seen[-1] is True
    doc.undo_stack.undo()
    assert not doc.modified and seen[-1] is False
    doc.undo_stack.redo()
    doc.save(tmp_path / "a.waymark")
    assert not doc.modified and seen[-1] is False
    doc.undo_stack.undo()
    assert doc.modified


def test_limits_on_counts(doc, monkeypatch):
    from app.models import limits as L

    monkeypatch.setattr(L, "MAX_CARDS", len(doc.journey(J).cards))
    with pytest.raises(EditError, match="at most"):
        doc.push(C.add_card(doc, J, Card(id="one-too-many", lane="doing", stage="search")))


def test_signals_are_past_tense_and_specific(doc):
    events = []
    doc.card_moved.connect(lambda ref: events.append(("card_moved", ref.card_id)))
    doc.stage_removed.connect(lambda ref: events.append(("stage_removed", ref.stage_id)))
    card = cell(doc, "doing", "search")[0]
    doc.push(C.MoveCard(doc, CardRef(J, card), "doing", "buy"))
    doc.push(C.Remove(doc, StageRef(J, "advocate")))
    assert events == [("card_moved", card), ("stage_removed", "advocate")]


def test_failed_write_changes_nothing(doc, monkeypatch):
    from app.models.session import ProjectSession, WorkingCopyError

    card = cell(doc, "doing", "search")[0]
    before = snapshot(doc.project)

    def broken(self):
        raise WorkingCopyError("the edit could not be recorded (the disk is full); nothing was changed")

    monkeypatch.setattr(ProjectSession, "transaction", broken)
    with pytest.raises(WorkingCopyError, match="disk is full"):
        doc.push(C.Edit(doc, CardRef(J, card), {"text": "lost?"}))
    assert snapshot(doc.project) == before
    assert doc.undo_stack.count() == 0
