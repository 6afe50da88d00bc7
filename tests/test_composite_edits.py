"""Every gesture made of several steps is all or nothing.

Each test refuses the *last* step of a gesture (the step's table raises as a rule would) and
checks that no undo step was recorded and the working copy holds no row of the earlier steps;
then lets the gesture succeed and checks it is one undo step written in one transaction.
"""

from __future__ import annotations

import json
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QMimeData, QPointF
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from app.document import commands as C
from app.document.support import EditError
from app.models import journey_io
from app.models.entities import Persona
from app.models.library import load_template
from app.models.refs import CardRef, EmotionRef, LaneRef
from app.views.board import actions as A
from app.views.board.scene import BoardScene
from app.views.journeys_panel import JourneysPanel
from tests.conftest import snapshot
from tests.test_commands import on_disk

J = "buy-phone"


def refuse_last(monkeypatch, table, method: str, calls: int) -> list[int]:
    """Make call number ``calls`` of ``table.method`` refuse, as a broken rule would."""
    real = getattr(table, method)
    seen: list[int] = []

    def wrapped(*args, **kwargs):
        seen.append(1)
        if len(seen) == calls:
            raise EditError("refused by the test: the last step")
        return real(*args, **kwargs)

    monkeypatch.setattr(table, method, wrapped)
    return seen


@contextmanager
def transactions(doc):
    """Count the working copy's transactions (each one commits and syncs once)."""
    real = doc.session.transaction
    count = [0]

    @contextmanager
    def counted():
        count[0] += 1
        with real() as conn:
            yield conn

    doc.session.transaction = counted
    try:
        yield count
    finally:
        doc.session.transaction = real


def assert_untouched(doc, before_memory, before_disk, steps: int) -> None:
    assert snapshot(doc.project) == before_memory, "memory keeps a partial gesture"
    assert on_disk(doc) == before_disk, "the working copy keeps rows of a partial gesture"
    assert doc.undo_stack.count() == steps, "a partial gesture left an undo step"


@pytest.fixture
def scene(doc):
    board = BoardScene(doc)
    board.show_journey(J)
    yield board
    board.clear()


def state(doc):
    return snapshot(doc.project), on_disk(doc), doc.undo_stack.count()


def test_a_refused_last_step_of_a_multi_card_drag_leaves_nothing(doc, scene, monkeypatch):
    ids = [c.id for c in doc.journey(J).cards_in_cell("doing", "search")][:3]
    scene.select_refs([CardRef(J, cid) for cid in ids])
    dragged = scene.refs[CardRef(J, ids[0])]
    box = scene.layout.cell_rect("thinking", "buy")
    drop = QPointF(box.x + box.w / 2, box.y + box.h / 2)
    before = state(doc)
    refuse_last(monkeypatch, doc.cards, "move_to_cell", len(ids))
    scene.finish_card_drag(dragged, drop)
    assert_untouched(doc, *before)
    monkeypatch.undo()
    with transactions(doc) as count:
        scene.finish_card_drag(dragged, drop)
    assert count == [1] and doc.undo_stack.count() == before[2] + 1
    assert all(doc.card(J, cid).stage == "buy" for cid in ids)
    doc.undo_stack.undo()
    assert snapshot(doc.project) == before[0] and on_disk(doc) == before[1]


def test_a_refused_last_step_of_a_delete_of_several_items_leaves_nothing(doc, scene, monkeypatch):
    cards = [CardRef(J, c.id) for c in doc.journey(J).cards[:2]]
    point = doc.journey(J).emotions[0]
    refs = [*cards, LaneRef(J, "pain"), EmotionRef(J, *point.key)]
    before = state(doc)
    refuse_last(monkeypatch, doc.emotions, "remove", 1)  # the emotion point goes last
    A.delete_refs(scene, refs)
    assert_untouched(doc, *before)
    monkeypatch.undo()
    with transactions(doc) as count:
        A.delete_refs(scene, refs)
    assert count == [1] and doc.undo_stack.count() == before[2] + 1
    doc.undo_stack.undo()
    assert snapshot(doc.project) == before[0] and on_disk(doc) == before[1]


def test_a_refused_last_card_of_a_paste_leaves_nothing(doc, scene, monkeypatch):
    mime = QMimeData()
    mime.setText("first\nsecond\nthird")
    QGuiApplication.clipboard().setMimeData(mime)
    before = state(doc)
    refuse_last(monkeypatch, doc.cards, "insert", 3)
    assert A.paste_cards(scene, ("doing", "search")) == []
    assert_untouched(doc, *before)
    monkeypatch.undo()
    with transactions(doc) as count:
        assert len(A.paste_cards(scene, ("doing", "search"))) == 3
    assert count == [1] and doc.undo_stack.count() == before[2] + 1
    QGuiApplication.clipboard().clear()


def test_a_refused_last_copy_of_a_duplicate_leaves_nothing(doc, scene, monkeypatch):
    ids = [c.id for c in doc.journey(J).cards[:3]]
    scene.select_refs([CardRef(J, cid) for cid in ids])
    before = state(doc)
    refuse_last(monkeypatch, doc.cards, "insert", 3)
    assert A.duplicate_cards(scene) == []
    assert_untouched(doc, *before)
    monkeypatch.undo()
    scene.select_refs([CardRef(J, cid) for cid in ids])
    with transactions(doc) as count:
        assert len(A.duplicate_cards(scene)) == 3
    assert count == [1] and doc.undo_stack.count() == before[2] + 1


def test_a_refused_journey_after_its_personas_leaves_no_persona(qapp, qtbot, tmp_path, sample_project, monkeypatch):
    from app.document.document import Document

    project = load_template("blank").model_copy(deep=True)
    project.personas.append(Persona(id="someone", name="Someone"))
    target = Document.new(project)
    try:
        panel = JourneysPanel(target)
        qtbot.addWidget(panel)
        path = tmp_path / "journey.json"
        path.write_text(json.dumps(journey_io.journey_document(sample_project, J)), encoding="utf-8")
        warned: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
        before = state(target)
        refuse_last(monkeypatch, target.journeys, "insert", 1)  # after anna and marco went in
        assert panel.import_journey_file(path) is None
        assert warned and "refused by the test" in warned[0]
        assert_untouched(target, *before)
        monkeypatch.undo()
        with transactions(target) as count:
            assert panel.import_journey_file(path) == J
        assert count == [1] and target.undo_stack.count() == before[2] + 1
        assert [p.id for p in target.project.personas][:2] == ["someone", "anna"]
        target.undo_stack.undo()
        assert snapshot(target.project) == before[0] and on_disk(target) == before[1]
    finally:
        target.close()


def test_a_composite_whose_steps_are_all_refused_or_empty_records_nothing(doc):
    before = state(doc)
    doc.push(C.Composite(doc, "Nothing", lambda: iter(())))
    assert_untouched(doc, *before)
    with pytest.raises(EditError):
        doc.push(C.Composite(doc, "Bad", lambda: iter([C.Remove(doc, LaneRef(J, "no-such-lane"))])))
    assert_untouched(doc, *before)
