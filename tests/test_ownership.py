"""Journey ownership: owner, status and review dates edited as one undo step each, the overdue
rule with an injected today, and the journey list's status pill and overdue mark."""

from __future__ import annotations

import datetime as dt

import pytest

from app.document import commands as C
from app.models import ownership as O
from app.models.entities import JourneyStatus
from app.models.refs import JourneyRef
from app.views.journey_list import OVERDUE, STATUS
from app.views.journey_ownership import JourneyOwnershipDialog, mark_reviewed
from app.views.journeys_panel import JourneysPanel

JID = "buy-phone"
DAY = dt.date(2026, 6, 15)


@pytest.fixture
def fixed_today():
    O.set_clock(lambda: DAY)
    yield DAY
    O.set_clock(None)


# -- the model's rules (no widgets) -------------------------------------------------------------


def test_every_status_and_state_has_one_word_and_colour():
    assert set(O.STATUS_WORDS) == set(JourneyStatus) == set(O.STATUS_COLORS)
    assert [O.status_word(s) for s in JourneyStatus] == ["Draft", "Researched", "Validated", "Live", "Retired"]
    assert [O.state_word(s) for s in O.STATE_WORDS] == ["Open", "In progress", "Done"]


def test_review_is_overdue_only_after_the_review_by_date_and_never_when_retired(doc):
    journey = doc.journey(JID)
    assert not O.review_overdue(journey, DAY)  # no review-by date
    due = journey.model_copy(update={"review_by": "2026-06-14", "status": JourneyStatus.LIVE})
    assert O.review_overdue(due, DAY)
    assert not O.review_overdue(due, dt.date(2026, 6, 14))  # due today is not late yet
    assert not O.review_overdue(due.model_copy(update={"status": JourneyStatus.RETIRED}), DAY)


def test_the_module_clock_is_today_for_every_rule(doc, fixed_today):
    journey = doc.journey(JID).model_copy(update={"review_by": "2026-06-14"})
    assert O.today() == DAY and O.review_overdue(journey)
    O.set_clock(lambda: dt.date(2026, 1, 1))
    assert not O.review_overdue(journey)


# -- edits and undo (the document tier) ---------------------------------------------------------------


def test_ownership_fields_edit_as_one_undo_step(doc):
    ref = JourneyRef(JID)
    changes = {"owner": "Dana", "status": JourneyStatus.LIVE, "review_by": "2026-09-01", "last_reviewed": "2026-06-01"}
    doc.push(C.Edit(doc, ref, changes))
    journey = doc.journey(JID)
    assert (journey.owner, journey.status, journey.review_by, journey.last_reviewed) == (
        "Dana",
        JourneyStatus.LIVE,
        "2026-09-01",
        "2026-06-01",
    )
    doc.undo_stack.undo()
    journey = doc.journey(JID)
    assert (journey.owner, journey.status, journey.review_by, journey.last_reviewed) == (
        None,
        JourneyStatus.DRAFT,
        None,
        None,
    )
    doc.undo_stack.redo()
    assert doc.journey(JID).owner == "Dana"


def test_mark_reviewed_today_is_one_step_and_none_when_already_today(doc, fixed_today):
    count = doc.undo_stack.count()
    assert mark_reviewed(doc, JID)
    assert doc.journey(JID).last_reviewed == "2026-06-15"
    assert doc.undo_stack.count() == count + 1
    assert not mark_reviewed(doc, JID)
    assert doc.undo_stack.count() == count + 1
    doc.undo_stack.undo()
    assert doc.journey(JID).last_reviewed is None


# -- the dialog and the list ------------------------------------------------------------------------


def test_the_dialog_pushes_only_the_changed_fields_as_one_step(doc, qtbot, fixed_today):
    dialog = JourneyOwnershipDialog(doc, JID)
    qtbot.addWidget(dialog)
    assert dialog.changes() == {}
    dialog.owner_edit.setText("  Customer team ")
    dialog.status_box.setCurrentIndex(dialog.status_box.findData(JourneyStatus.VALIDATED))
    dialog.review_by.check.setChecked(True)
    dialog.last_reviewed.set_today()
    count = doc.undo_stack.count()
    dialog.accept()
    journey = doc.journey(JID)
    assert journey.owner == "Customer team" and journey.status == JourneyStatus.VALIDATED
    assert journey.review_by == "2026-06-15" and journey.last_reviewed == "2026-06-15"
    assert doc.undo_stack.count() == count + 1
    assert doc.undo_stack.undoText() == "Edit Journey Ownership"
    again = JourneyOwnershipDialog(doc, JID)
    qtbot.addWidget(again)
    assert again.review_by.value() == "2026-06-15"
    again.review_by.check.setChecked(False)  # unticked: no review-by date
    again.owner_edit.clear()
    assert again.changes() == {"owner": None, "review_by": None}


def test_the_list_shows_each_status_and_marks_an_overdue_review(doc, qtbot, fixed_today):
    panel = JourneysPanel(doc)
    qtbot.addWidget(panel)
    item = panel.item_for(JID)
    assert item.data(STATUS) == JourneyStatus.DRAFT and item.data(OVERDUE) == ""
    doc.push(C.Edit(doc, JourneyRef(JID), {"review_by": "2026-06-01", "status": JourneyStatus.LIVE, "owner": "Dana"}))
    item = panel.item_for(JID)
    assert item.data(STATUS) == JourneyStatus.LIVE and item.data(OVERDUE) == "2026-06-01"
    assert "Review was due on 2026-06-01" in item.toolTip()
    assert "Status: Live · Owner: Dana" in item.toolTip()
    doc.push(C.Edit(doc, JourneyRef(JID), {"status": JourneyStatus.RETIRED}))
    assert panel.item_for(JID).data(OVERDUE) == ""  # a retired journey is never overdue
    doc.undo_stack.undo()
    assert panel.item_for(JID).data(OVERDUE) == "2026-06-01"


def test_the_panel_offers_ownership_and_mark_reviewed(doc, qtbot, fixed_today):
    panel = JourneysPanel(doc)
    qtbot.addWidget(panel)
    panel.select(JID)
    assert panel.action("ownership").isEnabled() and panel.action("mark_reviewed").isEnabled()
    panel.action("mark_reviewed").trigger()
    assert doc.journey(JID).last_reviewed == "2026-06-15"
    assert "Last reviewed 2026-06-15" in panel.item_for(JID).toolTip()
