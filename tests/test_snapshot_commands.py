"""Snapshots as undo steps (tier 1): take, restore and delete are one step each and undo exactly;
a workbook import and applying analytics take one first, in the same step; they survive a reopen."""

from __future__ import annotations

import pytest

from app.document import commands as C
from app.document.analytics_commands import apply_analytics
from app.document.snapshot_commands import (
    default_name,
    delete_snapshot,
    import_with_snapshots,
    restore_snapshot,
    take,
)
from app.document.support import EditError
from app.models.entities import SnapshotReason
from app.models.project_file import read_project_file
from app.models.refs import CardRef, SnapshotRef
from app.models.snapshots import snapshot_journey
from app.models.stamps import author_of
from tests.conftest import snapshot as canonical
from tests.test_analytics_commands import results

JID = "buy-phone"


def content(journey) -> dict:
    """A journey's meaning without its snapshots."""
    data = journey.model_dump(mode="json")
    data.pop("snapshots", None)
    return data


def test_take_is_one_step_and_undo_redo_remove_and_bring_it_back(doc):
    before = canonical(doc.project)
    doc.push(take(doc, JID, "Workshop 1", "after the kickoff"))
    snaps = doc.journey(JID).snapshots
    assert [(s.name, s.note, s.reason) for s in snaps] == [("Workshop 1", "after the kickoff", SnapshotReason.MANUAL)]
    assert snaps[0].cards == len(doc.journey(JID).cards)
    assert snaps[0].author == author_of(doc.project)
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Take Snapshot Workshop 1"
    assert content(snapshot_journey(snaps[0])) == content(doc.journey(JID))
    doc.undo_stack.undo()
    assert doc.journey(JID).snapshots == [] and canonical(doc.project) == before
    doc.undo_stack.redo()
    assert [s.id for s in doc.journey(JID).snapshots] == [snaps[0].id]


def test_a_snapshot_needs_a_name_and_a_refusal_leaves_no_step(doc):
    with pytest.raises(EditError):
        doc.push(take(doc, JID, "   "))
    assert doc.undo_stack.count() == 0 and doc.journey(JID).snapshots == []


def test_the_default_name_says_when():
    from datetime import datetime

    assert default_name(datetime(2026, 12, 6, 21, 30).astimezone()) == "Snapshot 2026-12-06 21:30"


def test_restore_is_one_step_keeping_a_snapshot_of_what_it_replaced(doc):
    kept = content(doc.journey(JID))
    doc.push(take(doc, JID, "Original"))
    first = doc.journey(JID).cards[0]
    doc.push(C.Remove(doc, CardRef(JID, first.id)))
    doc.push(C.Edit(doc, CardRef(JID, doc.journey(JID).cards[0].id), {"text": "changed later"}))
    edited = content(doc.journey(JID))
    steps = doc.undo_stack.count()

    original = doc.journey(JID).snapshots[0]
    doc.push(restore_snapshot(doc, JID, original.id))
    assert doc.undo_stack.count() == steps + 1
    assert content(doc.journey(JID)) == kept
    names = [(s.name, s.reason) for s in doc.journey(JID).snapshots]
    assert names == [("Original", SnapshotReason.MANUAL), ("Before restoring Original", SnapshotReason.BEFORE_RESTORE)]
    assert content(snapshot_journey(doc.journey(JID).snapshots[1])) == edited

    doc.undo_stack.undo()
    assert content(doc.journey(JID)) == edited
    assert [s.name for s in doc.journey(JID).snapshots] == ["Original"]
    doc.undo_stack.redo()
    assert content(doc.journey(JID)) == kept and len(doc.journey(JID).snapshots) == 2


def test_delete_is_undoable(doc):
    doc.push(take(doc, JID, "One"))
    doc.push(take(doc, JID, "Two"))
    one, two = doc.journey(JID).snapshots
    doc.push(delete_snapshot(doc, JID, one.id))
    assert [s.id for s in doc.journey(JID).snapshots] == [two.id]
    doc.undo_stack.undo()
    assert [s.id for s in doc.journey(JID).snapshots] == [one.id, two.id]
    with pytest.raises(EditError):
        delete_snapshot(doc, JID, "no-such-snapshot")


def test_applying_analytics_takes_a_snapshot_in_the_same_step(doc):
    plain = content(doc.journey(JID))
    doc.push(apply_analytics(doc, JID, results()))
    assert doc.undo_stack.count() == 1
    (snap,) = doc.journey(JID).snapshots
    assert (snap.name, snap.reason) == ("Before analytics from phone-events.csv", SnapshotReason.BEFORE_ANALYTICS)
    assert content(snapshot_journey(snap)) == plain
    doc.undo_stack.undo()
    assert doc.journey(JID).snapshots == [] and content(doc.journey(JID)) == plain


def test_an_import_takes_a_snapshot_of_each_journey_it_changes_in_the_same_step(doc):
    plain = content(doc.journey(JID))
    journey = doc.journey(JID)
    card = journey.cards[0]
    changed = journey.model_copy(
        update={"cards": [card.model_copy(update={"text": "from the workshop"}), *journey.cards[1:]]}
    )
    doc.push(import_with_snapshots(doc, [changed], "workshop.xlsx"))
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Import workshop.xlsx"
    assert doc.journey(JID).cards[0].text == "from the workshop"
    (snap,) = doc.journey(JID).snapshots
    assert (snap.name, snap.reason) == ("Before import of workshop.xlsx", SnapshotReason.BEFORE_IMPORT)
    assert content(snapshot_journey(snap)) == plain
    doc.undo_stack.undo()
    assert doc.journey(JID).snapshots == [] and content(doc.journey(JID)) == plain


def test_snapshots_survive_save_and_reopen(doc, tmp_path):
    doc.push(take(doc, JID, "Kept", "a note"))
    taken = doc.journey(JID).snapshots[0]
    path = doc.save(tmp_path / "kept.waymark")
    (again,) = read_project_file(path)[0].journey(JID).snapshots  # the file as another reader sees it
    assert again == taken
    assert content(snapshot_journey(again)) == content(snapshot_journey(taken))


def test_at_the_limit_an_automatic_snapshot_replaces_the_oldest_automatic_one(doc, monkeypatch):
    """History that filled up unattended must not refuse an import; hand-taken ones stay."""
    from app.document.snapshot_commands import before
    from app.models import limits as L

    monkeypatch.setattr(L, "MAX_SNAPSHOTS", 3)
    doc.push(take(doc, JID, "By hand"))
    doc.push(before(doc, [JID], "Auto 1", SnapshotReason.BEFORE_IMPORT, "Import 1", lambda: iter(())))
    doc.push(before(doc, [JID], "Auto 2", SnapshotReason.BEFORE_IMPORT, "Import 2", lambda: iter(())))
    doc.push(before(doc, [JID], "Auto 3", SnapshotReason.BEFORE_ANALYTICS, "Apply", lambda: iter(())))
    assert [s.name for s in doc.journey(JID).snapshots] == ["By hand", "Auto 2", "Auto 3"]
    doc.undo_stack.undo()
    assert [s.name for s in doc.journey(JID).snapshots] == ["By hand", "Auto 1", "Auto 2"]
    doc.undo_stack.redo()
    for snapshot in doc.journey(JID).snapshots[1:]:
        doc.push(C.Remove(doc, SnapshotRef(JID, snapshot.id)))
    doc.push(take(doc, JID, "Hand 2"))
    doc.push(take(doc, JID, "Hand 3"))
    with pytest.raises(EditError, match="at most 3 snapshots"):
        doc.push(before(doc, [JID], "Auto 4", SnapshotReason.BEFORE_IMPORT, "Import 4", lambda: iter(())))
    assert [s.name for s in doc.journey(JID).snapshots] == ["By hand", "Hand 2", "Hand 3"]
