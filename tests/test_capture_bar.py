"""The scribe's capture bar (Ctrl+L): the prefix rules on their own, then the real window —
type, Enter adds to the cell cursor's stage and keeps the bar, Up recalls the last card to fix
it, Esc gives the board back. Keys go to the widget that has focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.models.entities import Lane, LaneKind
from app.models.refs import CardRef
from app.views.workshop.capture_prefix import capture_lanes, lane_for_prefix, parse_capture
from tests.test_window import open_window  # noqa: F401  (the real window, closed after each test)

J = "buy-phone"


@pytest.fixture
def lanes(sample_project):
    journey = next(j for j in sample_project.journeys if j.id == J)
    return capture_lanes(journey)


def test_only_card_lanes_are_offered(lanes):
    assert [lane.id for lane in lanes] == ["doing", "thinking", "touchpoints", "backstage", "pain", "ideas"]


@pytest.mark.parametrize(
    ("line", "lane", "text"),
    [
        ("p: Queue too long", "pain", "Queue too long"),
        ("o: Reserve online", "ideas", "Reserve online"),
        ("P:Queue", "pain", "Queue"),  # case-insensitive, no space needed
        ("  b :  Stock check  ", "backstage", "Stock check"),
        ("a: Asks a friend", "doing", "Asks a friend"),  # role letter: actions is "Doing"
        ("t: Is it worth it?", "thinking", "Is it worth it?"),  # the role letter wins over "Touchpoints"
        ("tou: Shop website", "touchpoints", "Shop website"),  # then a lane name's first letters
        ("pain: Queue", "pain", "Queue"),
        ("Pain points: Queue", "pain", "Queue"),
        ("opp: Loyalty", "ideas", "Loyalty"),
        ("d: Walks in", "doing", "Walks in"),  # no role "d": the name "Doing"
        ("p: time: 10:30", "pain", "time: 10:30"),  # only the first colon is the prefix's
        ("p:", "pain", ""),
    ],
)
def test_a_prefix_picks_the_lane(lanes, line, lane, text):
    parsed = parse_capture(line, lanes)
    assert (parsed.lane_id, parsed.text) == (lane, text)


@pytest.mark.parametrize("line", ["Queue too long", "10:30 call back", "zz: nothing", "https://shop.example", ": x"])
def test_no_lane_prefix_keeps_the_whole_line(lanes, line):
    parsed = parse_capture(line, lanes)
    assert parsed.lane_id is None and parsed.text == line.strip()


def test_a_role_letter_without_its_lane_falls_back_to_names():
    lanes = [Lane(id="q1", name="Quick wins", kind=LaneKind.CARDS), Lane(id="s1", name="Said", kind=LaneKind.CARDS)]
    assert lane_for_prefix("q", lanes).id == "q1"  # no quotes lane: "Quick wins" by name
    assert lane_for_prefix("s", lanes).id == "s1"
    assert lane_for_prefix("x", lanes) is None


# -- in the window -----------------------------------------------------------------------------


@pytest.fixture
def window(open_window, doc):
    win = open_window(doc)
    win.resize(1280, 720)
    win.show()
    win.activateWindow()
    win.view.setFocus()
    QApplication.processEvents()
    return win


def key(k: Qt.Key, mods=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), k, mods)
    QApplication.processEvents()


def type_text(text: str) -> None:
    QTest.keyClicks(QApplication.focusWidget(), text)
    QApplication.processEvents()


def cell_cards(window, lane: str, stage: str) -> list[str]:
    return [c.text for c in window.view.board.journey().cards_in_cell(lane, stage)]


def open_bar(window):
    assert QApplication.focusWidget() is window.view
    key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    bar = window.capture_bar
    assert bar.isVisible() and QApplication.focusWidget() is bar.edit
    return bar


def test_ctrl_l_p_prefix_enter_adds_a_pain_point_to_the_cursor_stage(window):
    doc, view = window.doc, window.view
    view.current_cell = ("doing", "store")  # the facilitator is on "Visit the store"
    bar = open_bar(window)
    assert bar.stage_label.text() == "→ Visit the store"
    before, steps = cell_cards(window, "pain", "store"), doc.undo_stack.count()
    type_text("p: Queue too long")
    assert bar.lanes.currentText() == "Pain points"  # the picker follows the prefix as it is typed
    key(Qt.Key.Key_Return)
    assert cell_cards(window, "pain", "store") == [*before, "Queue too long"]
    assert doc.undo_stack.count() == steps + 1 and doc.undo_stack.undoText() == "Add Card"
    assert bar.isVisible() and bar.edit.text() == "" and QApplication.focusWidget() is bar.edit
    assert bar.lanes.currentText() == "Doing"  # the picker's own lane again for the next line
    doc.undo_stack.undo()
    assert cell_cards(window, "pain", "store") == before


def test_without_a_prefix_the_picked_lane_is_used(window):
    window.view.current_cell = ("doing", "search")
    bar = open_bar(window)
    bar.lanes.setCurrentIndex(bar.lanes.findData("ideas"))
    bar.lanes.activated.emit(bar.lanes.currentIndex())  # as a user's pick
    assert QApplication.focusWidget() is bar.edit
    type_text("Compare in one page")
    key(Qt.Key.Key_Return)
    assert cell_cards(window, "ideas", "search")[-1] == "Compare in one page"
    type_text("tou: Price site")
    key(Qt.Key.Key_Return)
    card = window.view.board.journey().cards_in_cell("touchpoints", "search")[-1]
    assert card.text == "Price site" and card.channel == "web"  # a touchpoint, as the board makes it


def test_up_recalls_the_last_card_and_enter_fixes_it_in_one_step(window):
    doc = window.doc
    window.view.current_cell = ("pain", "buy")
    bar = open_bar(window)
    type_text("p: Queue too lnog")
    key(Qt.Key.Key_Return)
    ref = bar.last
    assert isinstance(ref, CardRef) and doc.get(ref).text == "Queue too lnog"
    count = len(window.view.board.journey().cards)
    key(Qt.Key.Key_Up)
    assert bar.edit.text() == "Queue too lnog" and bar.fixing == ref
    assert bar.lanes.currentText() == "Pain points"
    key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("Queue too long")
    steps = doc.undo_stack.count()
    key(Qt.Key.Key_Return)
    assert doc.get(ref).text == "Queue too long" and len(window.view.board.journey().cards) == count
    assert doc.undo_stack.count() == steps + 1 and doc.undo_stack.undoText() == "Edit Card"
    assert bar.edit.text() == "" and bar.fixing is None and QApplication.focusWidget() is bar.edit
    doc.undo_stack.undo()
    assert doc.get(ref).text == "Queue too lnog"


def test_down_leaves_the_recalled_card_alone(window):
    bar = open_bar(window)
    type_text("o: Reserve online")
    key(Qt.Key.Key_Return)
    key(Qt.Key.Key_Up)
    assert bar.fixing is not None
    key(Qt.Key.Key_Down)
    assert bar.fixing is None and bar.edit.text() == ""
    type_text("o: Pick up later")
    key(Qt.Key.Key_Return)
    texts = cell_cards(window, "ideas", window.view.first_cell()[1])
    assert texts[-2:] == ["Reserve online", "Pick up later"]


def test_esc_closes_the_bar_and_gives_the_board_the_keys(window):
    bar = open_bar(window)
    type_text("half a thought")
    key(Qt.Key.Key_Escape)
    assert not bar.isVisible() and QApplication.focusWidget() is window.view
    assert window.doc.undo_stack.count() == 0  # nothing was added


def test_the_new_card_is_revealed_and_blinks(window, qtbot):
    view = window.view
    stage = view.board.journey().stages[-1].id
    view.current_cell = ("doing", stage)
    view.horizontalScrollBar().setValue(0)  # the last stage is out of view
    bar = open_bar(window)
    type_text("p: No follow-up call")
    key(Qt.Key.Key_Return)
    item = view.board.refs[bar.last]
    assert item.highlight  # blinking
    box = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    assert view.viewport().rect().intersects(box)
    qtbot.waitUntil(lambda: not item.highlight)
    assert not view.board.selected_refs()  # the facilitator's selection is left alone


def test_the_picker_follows_the_journeys_lanes(window):
    from app.document import commands as C

    bar = open_bar(window)
    doc = window.doc
    lane = Lane(id="quotes", name="Quotes", kind=LaneKind.CARDS, role="quotes")
    doc.push(C.add_lane(doc, J, lane))
    QApplication.processEvents()
    assert bar.lanes.findData("quotes") >= 0
    type_text("q: I just want it today")
    assert bar.lanes.currentText() == "Quotes"


# -- the README key row (for tests/test_shortcuts.py's DRIVERS: "Ctrl+L": capture_keys) -------------


def capture_keys(k) -> None:
    """Ctrl+L opens the capture bar with the keyboard in it; a line and Enter add a card."""
    doc = k.window.doc
    k.view.current_cell = ("doing", "buy")
    before = [c.id for c in doc.journey(J).cards_in_cell("pain", "buy")]
    k.press("Ctrl+L", Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    bar = k.window.capture_bar
    assert bar.isVisible() and k.focus() is bar.edit
    k.type("p: Queue too long")
    QTest.keyClick(k.focus(), Qt.Key.Key_Return)
    assert len(doc.journey(J).cards_in_cell("pain", "buy")) == len(before) + 1
    QTest.keyClick(k.focus(), Qt.Key.Key_Escape)
    assert not bar.isVisible() and k.focus() is k.view


def test_the_capture_key_row_driver(window, qtbot):
    from tests.test_shortcuts import Keys

    k = Keys(qtbot, window)
    k.refocus()
    capture_keys(k)
    assert k.driven == {"Ctrl+L"}


def test_a_line_a_card_cannot_hold_is_refused_with_a_message_and_kept(window):
    messages = []
    window.view.message.connect(messages.append)
    bar = open_bar(window)
    bar.edit.setText("p: half\x00pasted")
    count = len(window.view.board.journey().cards)
    key(Qt.Key.Key_Return)
    assert len(window.view.board.journey().cards) == count and bar.isVisible()
    assert bar.edit.text() == "p: half\x00pasted" and any("Card not added" in m for m in messages)


def test_a_fix_the_card_cannot_hold_is_refused_and_kept(window):
    bar = open_bar(window)
    type_text("p: Queue")
    key(Qt.Key.Key_Return)
    key(Qt.Key.Key_Up)
    bar.edit.setText("Queue\x00")
    key(Qt.Key.Key_Return)
    assert window.doc.get(bar.last).text == "Queue" and bar.fixing == bar.last
    assert bar.edit.text() == "Queue\x00"
