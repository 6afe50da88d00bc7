"""Compare mode on the board (scene tier): marks on new and changed cards, ghost cards in their
old cells, header marks, the old curve dashed, vote deltas, the overlay following edits, the
Changes panel stepping, and ending compare mode leaving the scene a plain mirror again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF

from app.document import commands as C
from app.models.diff import Action, ChangeKind
from app.models.diff_sources import CompareSource, SourceKind, load_other
from app.models.entities import Card
from app.models.refs import CardRef, SnapshotRef, StageRef
from app.models.snapshots import take_snapshot
from app.views.compare.items import CardMark, GhostCard, HeaderMark, Mark, OldCurves
from app.views.compare.overlay import CompareOverlay
from app.views.compare.panel import ChangesPanel

J = "buy-phone"


@pytest.fixture
def edited(doc):
    """The sample with a snapshot taken, then the edits of a workshop: one of each kind."""
    journey = doc.journey(J)
    doc.push(
        C.Insert(
            doc, SnapshotRef(J, "before"), take_snapshot(journey, name="Before").model_copy(update={"id": "before"})
        )
    )
    first, second, moved = journey.cards[0], journey.cards[1], journey.stages[0].id
    doc.push(C.Edit(doc, CardRef(J, first.id), {"text": "Searches for the best camera phone", "votes": 3}))
    doc.push(C.Remove(doc, CardRef(J, second.id)))
    doc.push(C.add_card(doc, J, Card(id="fresh", lane=first.lane, stage="compare", text="Reads reviews")))
    doc.push(C.Move(doc, StageRef(J, moved), 2))
    point = next(p for p in doc.journey(J).emotions if p.stage == "compare")
    doc.push(C.SetEmotion(doc, J, point.model_copy(update={"score": -2.0})))
    return {"edited": first.id, "removed": second.id, "moved_stage": moved}


def overlay_on(scene, doc) -> CompareOverlay:
    other = load_other(doc.project, doc.journey(J), CompareSource(SourceKind.SNAPSHOT, "Before"))
    return CompareOverlay(scene, other.journey, other.title)


def items_of(scene, kind):
    return [item for item in scene.items() if isinstance(item, kind)]


def test_marks_ghosts_headers_and_the_old_curve(scene, doc, edited):
    overlay = overlay_on(scene, doc)
    marks = {item.parentItem().ref.card_id: item for item in items_of(scene, CardMark)}
    assert marks["fresh"].mark is Mark.ADDED
    changed = marks[edited["edited"]]
    assert changed.mark is Mark.CHANGED and changed.votes == 3
    assert "Was: Searches 'best camera phone under 500'" in changed.toolTip()
    assert [t for t, _c in changed.pills()] == ["changed", "+3"]
    ghosts = items_of(scene, GhostCard)
    assert [g.card.id for g in ghosts] == [edited["removed"]]
    box = scene.layout.cards[edited["removed"]]
    assert (ghosts[0].pos().x(), ghosts[0].pos().y()) == (box.x, box.y)  # in its old cell
    assert CardRef(J, edited["removed"]) not in scene.refs  # decoration, not a card of the scene
    others = [scene.layout.cards[c.id] for c in doc.journey(J).cards_in_cell(ghosts[0].card.lane, ghosts[0].card.stage)]
    assert all(b.y + b.h <= box.y for b in others)  # at the foot of the cell, overlapping none
    headers = items_of(scene, HeaderMark)
    assert [h.parentItem().ref for h in headers] == [StageRef(J, edited["moved_stage"])]
    assert headers[0].marks == [Mark.MOVED]
    (curves,) = items_of(scene, OldCurves)
    assert len(curves.curves) == 1 and len(curves.curves[0][1]) >= 2
    assert overlay.diff.counts()[Action.REMOVED] == 1


def test_the_overlay_follows_edits_and_undo(scene, doc, edited):
    overlay = overlay_on(scene, doc)
    doc.undo_stack.undo()  # the emotion score
    doc.undo_stack.undo()  # the stage move
    doc.undo_stack.undo()  # the new card
    doc.undo_stack.undo()  # the removal: the ghost becomes the card again
    overlay.refresh_now()
    assert not items_of(scene, GhostCard) and not items_of(scene, OldCurves) and not items_of(scene, HeaderMark)
    assert scene.ghost_cards == ()
    assert CardRef(J, edited["removed"]) in scene.refs
    assert [c.id for c in overlay.diff.changes] == [edited["edited"], edited["edited"]]
    doc.undo_stack.undo()
    overlay.refresh_now()
    assert not overlay.diff and not items_of(scene, CardMark)


def test_marks_take_no_clicks_and_ghosts_cannot_be_selected(scene, doc, edited):
    overlay_on(scene, doc)
    for item in items_of(scene, CardMark) + items_of(scene, GhostCard):
        assert not item.acceptedMouseButtons()
        assert not item.flags() & item.GraphicsItemFlag.ItemIsSelectable
    card = scene.refs[CardRef(J, edited["edited"])]
    top = [i for i in scene.items(card.sceneBoundingRect().center()) if i.acceptedMouseButtons()][0]
    assert top is card  # a click on the mark reaches the card


def test_stop_leaves_a_plain_mirror(scene, doc, edited):
    before = set(scene.refs)
    overlay = overlay_on(scene, doc)
    overlay.stop()
    assert not any(items_of(scene, kind) for kind in (CardMark, GhostCard, HeaderMark, OldCurves))
    assert scene.ghost_cards == () and edited["removed"] not in scene.layout.cards
    assert set(scene.refs) == before


def test_the_changes_panel_lists_and_steps(qtbot, scene, doc, edited):
    overlay = overlay_on(scene, doc)
    panel = ChangesPanel()
    qtbot.addWidget(panel)
    panel.show_diff(overlay.diff, overlay.title)
    assert panel.list.count() == len(overlay.diff.changes)
    assert panel.summary.text().endswith("since snapshot “Before”")
    chosen = []
    panel.change_chosen.connect(chosen.append)
    panel.step()
    panel.step()
    panel.step(backward=True)
    assert chosen == [0, 1, 0]
    assert panel.current_change().kind is ChangeKind.STAGE  # stages first, in board order
    panel.step(backward=True)
    assert panel.list.currentRow() == panel.list.count() - 1  # wraps round
    overlay.set_current(panel.current_change())
    ends = []
    panel.end_requested.connect(lambda: ends.append(True))
    panel.end_button.click()
    assert ends == [True]


def test_rect_and_ref_of_each_change(scene, doc, edited):
    overlay = overlay_on(scene, doc)
    for change in overlay.diff.changes:
        rect = overlay.rect_of(change)
        assert rect is not None, change.label
        ref = overlay.ref_of(change)
        if change.action is not Action.REMOVED:
            assert ref in scene.refs, change.label
        assert scene.sceneRect().contains(QPointF(rect.center()))


@pytest.fixture
def window(doc, edited, qtbot, monkeypatch):
    import shiboken6
    from PySide6.QtWidgets import QMessageBox

    from app.views.main_window import WINDOWS, MainWindow

    made = MainWindow(doc)
    made.show()
    qtbot.waitExposed(made)
    yield made
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    for w in [made, *WINDOWS]:
        if shiboken6.isValid(w):
            w.close()


def test_in_the_window_f8_steps_and_esc_ends(window, doc, edited, qtbot):
    from PySide6.QtCore import Qt

    assert not window.action("compare_next").isEnabled()
    assert window.action("compare").shortcut().toString() == "Ctrl+Alt+C"
    assert window.compare.start(CompareSource(SourceKind.SNAPSHOT, "Before"))
    assert window.compare.dock.isVisible() and window.action("compare_next").isEnabled()
    assert "Comparing with snapshot “Before”" in window.statusBar().currentMessage()
    window.action("compare_next").trigger()
    first = window.compare.panel.current_change()
    assert (
        window.view.board.selected_refs()
        == [StageRef(J, edited["moved_stage"])]
        == [window.compare.overlay.ref_of(first)]
    )
    window.action("compare_next").trigger()
    window.action("compare_previous").trigger()
    assert window.compare.panel.current_change() == first
    # a removed card: the ghost is shown and nothing is selected
    row = next(
        n
        for n, c in enumerate(window.compare.panel.changes)
        if c.action is Action.REMOVED and c.kind is ChangeKind.CARD
    )
    window.compare.panel.list.setCurrentRow(row)
    assert window.view.board.selected_refs() == []
    assert [g.current for g in items_of(window.view.board, GhostCard)] == [True]
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.compare.active and not window.compare.dock.isVisible()
    assert not items_of(window.view.board, GhostCard) and not window.action("compare_end").isEnabled()


def test_a_missing_snapshot_is_a_message_not_compare_mode(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    assert not window.compare.start(CompareSource(SourceKind.SNAPSHOT, "nope"))
    assert not window.compare.active and "no snapshot 'nope'" in said[0]


def compare_keys(k) -> None:
    """Ctrl+Alt+C opens the chooser (answered here with a snapshot taken before an edit), F8 and
    Shift+F8 step through the changes, Esc on the board ends compare mode."""
    from PySide6.QtCore import Qt

    from app.views.compare import chooser

    window = k.window
    doc = window.doc
    jid = window.view.board.journey().id
    snap = take_snapshot(doc.journey(jid), name="Before the keys")
    doc.push(C.Insert(doc, SnapshotRef(jid, snap.id), snap))
    card = doc.journey(jid).cards[0]
    doc.push(C.Edit(doc, CardRef(jid, card.id), {"text": card.text + " (revised)"}))
    with pytest.MonkeyPatch.context() as patch:

        def fake_exec(dialog):
            dialog.source = CompareSource(SourceKind.SNAPSHOT, snap.name)
            return 1

        patch.setattr(chooser.CompareChooser, "exec", fake_exec)
        k.press("Ctrl+Alt+C", Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert window.compare.active and len(window.compare.panel.changes) == 1
    k.refocus()
    k.press("F8", Qt.Key.Key_F8)
    assert window.compare.panel.current_change().id == card.id
    assert window.view.board.selected_refs() == [CardRef(jid, card.id)]
    k.press("Shift+F8", Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.compare.panel.current_change().id == card.id
    k.refocus()
    k.press("Esc", Qt.Key.Key_Escape)
    assert not window.compare.active
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    k.refocus()
