"""Dot voting on the board (issue 15 item 2): the scene's dots hidden and revealed, voting mode's
clicks and keys, tally, the Results panel, the menu's sessions, the inspector's Votes field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from app.document import voting_commands as VC
from app.models import voting as V
from app.models.entities import VoteResults
from app.models.refs import CardRef, SessionRef
from app.views.board.card_item import CardItem
from app.views.board.vote_dots import MAX_DOTS, NO_MARKS, PAPER_DOT, VoteMarks, place_dots
from app.views.board.vote_marks import session_marks

JID = "buy-phone"
PAIN, PAIN2, IDEA, DOING = "pp-search-1", "pp-compare-1", "op-search-1", "do-search-1"
RED, BLUE = V.DOT_COLORS[0], V.DOT_COLORS[1]


def start(doc, names=("Ann", "Ben"), **settings) -> SessionRef:
    journey = doc.journey(JID)
    session = V.new_session(
        journey,
        "Top pain points",
        participants=V.participants_named(list(names)),
        **{"votes_per_participant": 3, **settings},
    )
    return VC.start_session(doc, JID, session)


def marks(scene, card_id: str) -> VoteMarks:
    item = scene.refs[CardRef(JID, card_id)]
    return item.marks or NO_MARKS


def card(card_id: str) -> CardRef:
    return CardRef(JID, card_id)


# -- the scene --------------------------------------------------------------------------------


def test_the_sample_shows_its_ended_sessions_totals_and_no_dots(scene, doc):
    journey = doc.journey(JID)
    totals = V.shown_votes(journey)
    shown = {cid: marks(scene, cid) for cid in totals}
    assert shown and all(m.total == totals[cid] and not m.dots for cid, m in shown.items())
    own = next(c for c in journey.cards if c.votes and c.id not in totals)
    assert marks(scene, own.id).total is None  # its own count is not what the badge shows now


def test_hidden_results_show_only_the_current_participants_dots(scene, doc):
    ref = start(doc)
    VC.cast_vote(doc, ref, "p1", card(PAIN))
    assert marks(scene, PAIN) == VoteMarks((RED,), None)  # Ann sees her dot, no total
    VC.next_participant(doc, ref)
    assert marks(scene, PAIN) == NO_MARKS  # Ben does not see Ann's dot
    VC.cast_vote(doc, ref, "p2", card(PAIN))
    VC.cast_vote(doc, ref, "p2", card(IDEA))
    assert marks(scene, PAIN) == VoteMarks((BLUE,), None)
    VC.reveal_results(doc, ref)
    assert marks(scene, PAIN) == VoteMarks((RED, BLUE), 2)  # every dot and the total
    assert marks(scene, IDEA) == VoteMarks((BLUE,), 1)
    VC.end_voting(doc, ref)
    assert marks(scene, PAIN) == VoteMarks((), 2)  # ended: the totals stay, the dots go


def test_live_results_show_every_dot_and_total(scene, doc):
    ref = start(doc, results=VoteResults.LIVE)
    VC.cast_vote(doc, ref, "p1", card(PAIN))
    VC.next_participant(doc, ref)
    VC.cast_vote(doc, ref, "p2", card(PAIN))
    assert marks(scene, PAIN) == VoteMarks((RED, BLUE), 2)


def test_a_dot_updates_only_the_cards_it_changes(scene, doc, monkeypatch):
    ref = start(doc)
    synced: list[int] = []
    monkeypatch.setattr(scene, "sync", lambda: synced.append(1))
    touched: list[str] = []
    original = CardItem.set_marks
    monkeypatch.setattr(CardItem, "set_marks", lambda item, m: (touched.append(item.card_id), original(item, m)))
    VC.cast_vote(doc, ref, "p1", card(PAIN))
    assert touched == [PAIN]
    touched.clear()
    VC.cast_vote(doc, ref, "p1", card(IDEA))
    VC.next_participant(doc, ref)  # Ann's two dots are hidden from Ben
    assert sorted(touched) == sorted([IDEA, PAIN, IDEA])
    assert synced == []  # no dot re-synced the whole board
    monkeypatch.undo()


def test_many_dots_wrap_and_end_in_a_count():
    colors = tuple(V.DOT_COLORS[:3]) * 4  # twelve dots
    places = place_dots(colors, 0, 0, 214)
    assert len(places.centers) == MAX_DOTS - 1 and places.more == f"+{12 - (MAX_DOTS - 1)}"
    narrow = place_dots(colors[:6], 0, 0, 40)
    assert len({c.y() for c in narrow.centers}) > 1 and narrow.more == ""  # wrapped into rows
    one_row = place_dots(colors, 0, 0, 80, one_row=True)
    assert len({c.y() for c in one_row.centers}) == 1 and one_row.more


def test_session_marks_follow_participant_order_and_counts(doc):
    ref = start(doc, max_per_card=2, results=VoteResults.LIVE)
    VC.next_participant(doc, ref)
    VC.cast_vote(doc, ref, "p2", card(PAIN))
    VC.set_current(doc, ref, "p1")
    VC.cast_vote(doc, ref, "p1", card(PAIN))
    VC.cast_vote(doc, ref, "p1", card(PAIN))
    assert session_marks(doc.get(ref))[PAIN] == VoteMarks((RED, RED, BLUE), 3)


def test_voting_mode_dims_the_lanes_not_voted_on(scene, doc):
    ref = start(doc)
    scene.votes.set_voting_lanes(frozenset(doc.get(ref).lanes))
    assert marks(scene, DOING).dimmed and scene.refs[card(DOING)].opacity() < 1
    assert not marks(scene, PAIN).dimmed and scene.refs[card(PAIN)].opacity() == 1
    scene.votes.set_voting_lanes(None)
    assert not marks(scene, DOING).dimmed and scene.refs[card(DOING)].opacity() == 1


def test_a_card_without_a_footer_shows_its_dots_and_badge_in_a_strip(scene, doc):
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    from app.document import commands as C

    doc.push(C.Edit(doc, card(PAIN), {"votes": 0, "tags": [], "evidence": None}))
    ref = start(doc, results=VoteResults.LIVE)
    VC.cast_vote(doc, ref, "p1", card(PAIN))
    item = scene.refs[card(PAIN)]
    assert item.marks == VoteMarks((RED,), 1)
    image = QImage(300, 300, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    item.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    assert item._dots is not None and len(item._dots.centers) == 1
    assert item._dots.centers[0].y() + 6 <= item.rect.height()  # inside the card
    shown = item._text.text()  # the strip takes the foot of the card: the text keeps a line at least
    assert shown and doc.get(card(PAIN)).text.startswith(shown.rstrip("…"))


# -- the window ---------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, doc):
    from app.views.main_window import MainWindow

    win = MainWindow(doc)
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    win.select_journey(JID)
    yield win
    win.doc.undo_stack.setClean()  # no "save changes?" on close
    win.close()


def voting(window, **settings) -> SessionRef:
    ref = start(window.doc, **settings)
    window.voting.mode.start(ref)
    QApplication.processEvents()
    return ref


def click(window, card_id: str, button=Qt.MouseButton.LeftButton) -> None:
    view = window.view
    item = view.board.refs[card(card_id)]
    view.reveal(item.sceneBoundingRect())
    QApplication.processEvents()
    pos = view.mapFromScene(item.sceneBoundingRect().center())
    QTest.mouseClick(view.viewport(), button, Qt.KeyboardModifier.NoModifier, QPoint(pos))
    QApplication.processEvents()


def doc_text(window, card_id: str) -> str:
    return window.doc.get(card(card_id)).text


def key(k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), k, mods)
    QApplication.processEvents()


def test_start_voting_from_the_menu_enters_voting_mode(window, monkeypatch):
    from app.views.workshop import voting_menu

    def ask(journey, parent):
        return V.new_session(
            journey, "Ideas", participants=V.participants_named(["Ann", "Ben"]), votes_per_participant=2
        )

    monkeypatch.setattr(voting_menu, "ask_session", ask)
    steps = window.doc.undo_stack.count()
    window.action("voting_start").trigger()
    assert window.doc.undo_stack.count() == steps + 1  # one "Start Voting" step
    assert window.voting.mode.active and window.voting_banner.isVisible()
    assert window.voting_banner.who.text() == "Ann" and window.voting_banner.left.text() == "2 of 2 votes left"
    assert window.action("voting_next").isEnabled()


def test_clicks_vote_right_click_and_backspace_take_back(window):
    ref = voting(window)
    doc = window.doc
    click(window, PAIN)
    click(window, IDEA)
    assert V.dots_on(doc.get(ref), PAIN)[0][1] == 1 and window.voting_banner.left.text() == "1 of 3 votes left"
    assert marks(window.view.board, PAIN).dots == (RED,)
    click(window, IDEA, Qt.MouseButton.RightButton)
    assert V.dots_on(doc.get(ref), IDEA) == []
    click(window, PAIN)  # the second dot Ann may not put here is refused (selects it too)
    key(Qt.Key.Key_Backspace)
    assert V.dots_on(doc.get(ref), PAIN) == []
    assert doc.get(card(PAIN)) is not None  # Backspace took a dot back, it did not delete the card


def test_a_refusal_is_said_and_leaves_no_step(window):
    voting(window)
    click(window, PAIN)
    steps = window.doc.undo_stack.count()
    click(window, PAIN)  # most per card is 1
    assert window.doc.undo_stack.count() == steps
    assert "the most allowed" in window.voting_banner.message.text()
    click(window, DOING)  # a lane not voted on
    assert window.doc.undo_stack.count() == steps
    assert "not part of" in window.voting_banner.message.text()


def test_next_participant_by_key_hides_the_previous_dots(window):
    ref = voting(window)
    click(window, PAIN)
    key(Qt.Key.Key_N)
    assert window.doc.get(ref).current == "p2" and window.voting_banner.who.text() == "Ben"
    assert marks(window.view.board, PAIN) == NO_MARKS
    key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.doc.get(ref).current == "p1"


def test_typing_in_voting_mode_starts_no_card_and_esc_leaves(window):
    voting(window)
    cards = len(window.doc.journey(JID).cards)
    QTest.keyClicks(QApplication.focusWidget(), "hello")
    assert window.view.editor is None and len(window.doc.journey(JID).cards) == cards
    key(Qt.Key.Key_Escape)
    assert not window.voting.mode.active and not window.voting_banner.isVisible()
    assert not marks(window.view.board, DOING).dimmed


def test_tally_typed_digits_then_enter(window):
    ref = voting(window)
    window.voting_banner.tally_button.click()
    click(window, PAIN2)
    QTest.keyClicks(QApplication.focusWidget(), "12")
    steps = window.doc.undo_stack.count()
    key(Qt.Key.Key_Return)
    assert V.tally_of(window.doc.get(ref), PAIN2) == 12
    assert window.doc.undo_stack.count() == steps + 1
    window.voting.reveal()
    assert marks(window.view.board, PAIN2) == VoteMarks((PAPER_DOT,) * MAX_DOTS, 12, extra=12 - MAX_DOTS)
    places = window.view.board.refs[card(PAIN2)]
    places.lay_out()
    assert places._dots.more == f"+{12 - (MAX_DOTS - 2)}"  # one row in the footer, then "+n"
    assert window.voting_results.table.item(0, 1).data(Qt.ItemDataRole.UserRole)[2] == "12 on paper"


def test_reveal_ranks_the_cards_with_ties_and_a_row_selects_its_card(window):
    ref = voting(window, names=("Ann", "Ben", "Cy"))
    for who_votes in ((PAIN, IDEA), (PAIN, PAIN2), (IDEA,)):
        for card_id in who_votes:
            click(window, card_id)
        key(Qt.Key.Key_N)
    window.voting_banner.reveal_button.click()
    assert window.results_dock.isVisible()
    panel = window.voting_results
    assert panel.ranks() == [("1=", PAIN, 2), ("1=", IDEA, 2), ("3", PAIN2, 1)]
    first = panel.table.item(0, 1)
    assert first.data(Qt.ItemDataRole.UserRole) == (doc_text(window, PAIN), "Search", "Ann, Ben")
    assert first.text() == f"{doc_text(window, PAIN)}\nSearch · Ann, Ben"
    panel.table.itemClicked.emit(panel.table.item(2, 1))
    assert window.view.board.selected_refs() == [card(PAIN2)]
    window.voting.end()
    assert not window.voting.mode.active and window.doc.get(ref).state.value == "ended"


def test_anonymous_results_name_no_voters(window):
    journey = window.doc.journey(JID)
    session = V.new_session(journey, "Anon", participants=V.anonymous_participants(2), anonymous=True)
    ref = VC.start_session(window.doc, JID, session)
    window.voting.mode.start(ref)
    click(window, PAIN)
    window.voting.reveal()
    assert window.voting_results.table.item(0, 1).data(Qt.ItemDataRole.UserRole)[2] == ""


def test_undo_and_redo_of_a_dot_through_the_window(window):
    ref = voting(window, results=VoteResults.LIVE)
    click(window, PAIN)
    assert marks(window.view.board, PAIN).dots == (RED,)
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert V.dots_on(window.doc.get(ref), PAIN) == [] and marks(window.view.board, PAIN) == NO_MARKS
    key(Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert marks(window.view.board, PAIN) == VoteMarks((RED,), 1)
    while window.doc.get(ref) is not None and window.doc.undo_stack.canUndo():
        window.doc.undo_stack.undo()  # back to before Start Voting: the session is gone
        if not any(s.id == ref.session_id for s in window.doc.journey(JID).sessions):
            break
    assert not window.voting.mode.active and not window.voting_banner.isVisible()


def test_show_votes_of_and_delete_session(window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    journey = window.doc.journey(JID)
    own = next(c for c in journey.cards if c.votes)
    menu = next(a.menu() for a in window.workshop_menu.actions() if a.menu() and "Show Votes" in a.text())
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "Cards' Own Counts" and any("Top pain points and ideas" in t for t in texts)
    menu.actions()[0].trigger()
    assert window.doc.journey(JID).shown_session is None
    assert marks(window.view.board, own.id).total == own.votes
    window.doc.undo_stack.undo()
    assert window.doc.journey(JID).shown_session == "v1"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    window.action("voting_delete").trigger()
    assert window.doc.journey(JID).sessions == []
    assert marks(window.view.board, own.id).total == own.votes


def test_the_inspector_shows_the_session_total_read_only(window):
    journey = window.doc.journey(JID)
    total = V.shown_votes(journey)
    cid = next(iter(total))
    window.view.board.select_refs([card(cid)])
    spin = window.inspector.card_votes
    assert spin.isReadOnly() and spin.value() == total[cid] and "read-only" in spin.toolTip()
    VC.show_session(window.doc, JID, None)
    assert not spin.isReadOnly() and spin.value() == journey.card(cid).votes


def test_the_start_dialog_from_the_keyboard(qtbot, doc):
    from app.views.workshop.voting_start_dialog import StartVotingDialog

    dialog = StartVotingDialog(doc.journey(JID))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.names)  # the names box has the keys
    assert dialog.chosen_lanes() == ["pain", "ideas"] and dialog.votes.value() == 3
    QTest.keyClicks(QApplication.focusWidget(), "Ann")
    key(Qt.Key.Key_Return)
    QTest.keyClicks(QApplication.focusWidget(), "Ben")
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    session = dialog.session
    assert [p.name for p in session.participants] == ["Ann", "Ben"] and session.name == "Top pain points"
    assert session.votes_per_participant == 3 and session.max_per_card == 1


def test_the_start_dialog_refuses_no_participants_and_stays_open(qtbot, doc):
    from app.views.workshop.voting_start_dialog import StartVotingDialog

    dialog = StartVotingDialog(doc.journey(JID))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.session is None and dialog.isVisible() and "participant" in dialog.error.text()
    dialog.count.setValue(4)
    dialog.accept()
    assert dialog.session is not None and dialog.session.anonymous and len(dialog.session.participants) == 4


# -- the README key row (tests/test_shortcuts.py's DRIVERS: "Ctrl+Shift+N": voting_keys) --------


def voting_keys(k) -> None:
    """Ctrl+Shift+N passes the laptop on while voting; in voting mode N does too, Backspace
    takes a dot back and Esc leaves; outside it the action is disabled and N types into a card."""
    window = k.window
    journey = window.view.board.journey()
    session = V.new_session(journey, "Keys", participants=V.participants_named(["Ann", "Ben"]))
    ref = VC.start_session(window.doc, journey.id, session)
    assert not window.action("voting_next").isEnabled()  # not in voting mode yet
    window.voting.mode.start(ref)
    k.refocus()
    k.press("Ctrl+Shift+N", Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.doc.get(ref).current == "p2"
    k.press("N", Qt.Key.Key_N)
    assert window.doc.get(ref).current == "p1"
    k.press("Esc", Qt.Key.Key_Escape)
    assert not window.voting.mode.active and not window.action("voting_next").isEnabled()


def test_the_next_participant_key_row_driver(window, qtbot):
    from tests.test_shortcuts import Keys

    k = Keys(qtbot, window)
    k.refocus()
    voting_keys(k)
