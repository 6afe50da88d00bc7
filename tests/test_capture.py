"""Capture at the speed of talk (issue 14, items 1 and 2), in the real main window.

Keys go to whatever has the focus (``QApplication.focusWidget()``), as a user's would: a
test that picked its own widget would pass even when the board never got the keyboard.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.document import commands as C
from app.models.entities import LaneKind
from app.models.refs import CardRef, LaneRef, StageRef
from app.views.board.layout import qrect
from app.views.main_window import WINDOWS, MainWindow
from tests.conftest import snapshot

J = "buy-phone"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NO_MOD = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def window(qtbot, doc, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    win = MainWindow(doc)
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    win.select_journey(J)
    win.activateWindow()
    win.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.view)
    yield win
    for w in [win, *WINDOWS]:
        if shiboken6.isValid(w):
            w.close()


def focus():
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key, mods=NO_MOD) -> None:
    qtbot.keyClick(focus(), key, mods)


def type_text(text: str) -> None:
    QTest.keyClicks(focus(), text)


def cell_ids(doc, lane: str, stage: str) -> list[str]:
    return [c.id for c in doc.journey(J).cards_in_cell(lane, stage)]


def cell_background(view, lane: str, stage: str) -> QPointF:
    """A point of the cell below all its cards."""
    rect = qrect(view.board.layout.cell_rect(lane, stage))
    point = QPointF(rect.center().x(), rect.bottom() - 5)
    view.centerOn(point)
    return point


def click(view, scene_pos: QPointF, button=Qt.MouseButton.LeftButton, mods=NO_MOD) -> None:
    view.centerOn(scene_pos)
    QTest.mouseClick(view.viewport(), button, mods, view.mapFromScene(scene_pos))


def double_click(view, scene_pos: QPointF) -> None:
    view.centerOn(scene_pos)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, NO_MOD, view.mapFromScene(scene_pos))


def right_click(view, scene_pos: QPointF):
    """A right button press and the context-menu event the platform sends after it."""
    click(view, scene_pos, Qt.MouseButton.RightButton)
    local = view.mapFromScene(scene_pos)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, local, view.viewport().mapToGlobal(local))
    QApplication.sendEvent(view.viewport(), event)
    assert view.context_menu is not None and view.context_menu.isVisible()
    return view.context_menu


def action(menu, text: str):
    found = [a for a in menu.actions() if a.text().replace("&", "").split("\t")[0] == text]
    assert found, f"{text!r} not in {[a.text() for a in menu.actions()]}"
    return found[0]


def empty_cell(doc, lane: str = "thinking", stage: str = "compare") -> tuple[str, str]:
    for cid in cell_ids(doc, lane, stage):
        doc.push(C.Remove(doc, CardRef(J, cid)))
    return lane, stage


# -- 1. the editor takes the keyboard, from every entry point ---------------------------------------


def test_typing_after_a_palette_drop_lands_in_the_new_card(window, qtbot, doc):
    palette = window.palette_widget.list
    palette.setFocus()  # a real drag leaves the focus on the palette list
    qtbot.waitUntil(lambda: QApplication.focusWidget() is palette)
    view = window.view
    pos = qrect(view.board.layout.cell_rect("doing", "store")).center()
    ref = view.drop_palette_entry("card", pos)
    assert isinstance(ref, CardRef) and view.editor is not None
    assert focus() is view
    type_text("Gets SMS reminder the day before")
    press(qtbot, Qt.Key.Key_Return)
    assert view.editor is None
    assert doc.card(J, ref.card_id).text == "Gets SMS reminder the day before"


def test_a_dropped_card_and_its_typing_are_one_undo_step(window, qtbot, doc):
    window.palette_widget.list.setFocus()
    view = window.view
    before, count = snapshot(doc.project), doc.undo_stack.count()
    ref = view.drop_palette_entry("card", qrect(view.board.layout.cell_rect("doing", "store")).center())
    type_text("Asks for the warranty terms")
    press(qtbot, Qt.Key.Key_Return)
    assert doc.card(J, ref.card_id).text == "Asks for the warranty terms"
    assert doc.undo_stack.count() == count + 1 and doc.undo_stack.undoText() == "Add Card"
    doc.undo_stack.undo()
    assert snapshot(doc.project) == before
    doc.undo_stack.redo()
    assert doc.card(J, ref.card_id).text == "Asks for the warranty terms"
    # a later edit of the same card is a step of its own
    view.board.select_refs([ref])
    view.edit_selected()
    type_text("Asks twice")
    press(qtbot, Qt.Key.Key_Return)
    assert doc.undo_stack.count() == count + 2 and doc.undo_stack.undoText() == "Edit Card"


def test_no_window_shortcut_fires_while_typing(window, qtbot, doc):
    view = window.view
    press(qtbot, Qt.Key.Key_Right)  # the first cell, its first card selected
    count, cards = doc.undo_stack.count(), len(doc.journey(J).cards)
    press(qtbot, Qt.Key.Key_Return)
    assert view.editor is not None
    type_text("a b")
    for key, mods in (
        (Qt.Key.Key_Delete, NO_MOD),
        (Qt.Key.Key_D, CTRL),
        (Qt.Key.Key_A, CTRL),
        (Qt.Key.Key_Space, NO_MOD),
        (Qt.Key.Key_Backspace, NO_MOD),
    ):
        press(qtbot, key, mods)
        assert view.editor is not None, key
    assert doc.undo_stack.count() == count and len(doc.journey(J).cards) == cards
    type_text("xyz")
    press(qtbot, Qt.Key.Key_Z, CTRL)  # undoes typing in the editor, not the document
    assert view.editor is not None
    assert "xyz" not in view.editor.toPlainText()
    assert doc.undo_stack.count() == count
    press(qtbot, Qt.Key.Key_Escape)
    assert view.editor is None and doc.undo_stack.count() == count


# -- 2. the cell cursor -------------------------------------------------------------------------------


def test_cell_cursor_starts_on_the_first_cell_and_follows_clicks_and_arrows(window, qtbot, doc):
    view = window.view
    cursor = view.cell_cursor
    first = qrect(view.board.layout.cell_rect("doing", "search"))
    assert cursor.isVisible() and first.contains(cursor.rect()) and cursor.rect().width() > first.width() - 10
    click(view, cell_background(view, "thinking", "compare"))
    assert view.current_cell == ("thinking", "compare")
    assert window.statusBar().currentMessage() == "Thinking · Compare sites"
    assert view.board.selected_refs() == []
    assert qrect(view.board.layout.cell_rect("thinking", "compare")).contains(cursor.rect())
    press(qtbot, Qt.Key.Key_Down)
    assert view.current_cell == ("feeling", "compare")
    assert qrect(view.board.layout.cell_rect("feeling", "compare")).contains(cursor.rect())
    assert window.statusBar().currentMessage() == "Feeling · Compare sites"
    card = view.board.refs[CardRef(J, "bs-buy-1")]
    click(view, card.sceneBoundingRect().center())
    assert view.current_cell == ("backstage", "buy")
    assert qrect(view.board.layout.cell_rect("backstage", "buy")).contains(cursor.rect())


# -- 2. new cards -----------------------------------------------------------------------------------


def _new_card_flow(window, qtbot, doc, start) -> None:
    view = window.view
    click(view, cell_background(view, "pain", "store"))
    before, count = cell_ids(doc, "pain", "store"), doc.undo_stack.count()
    start()
    assert view.editor is not None and focus() is view
    assert doc.undo_stack.count() == count and cell_ids(doc, "pain", "store") == before  # nothing yet
    type_text("Queue at the counter")
    press(qtbot, Qt.Key.Key_Return)
    assert view.editor is None
    after = cell_ids(doc, "pain", "store")
    assert after[:-1] == before and doc.card(J, after[-1]).text == "Queue at the counter"
    assert doc.undo_stack.count() == count + 1 and doc.undo_stack.undoText() == "Add Card"
    doc.undo_stack.undo()
    assert cell_ids(doc, "pain", "store") == before


def test_insert_starts_a_new_card_made_on_commit(window, qtbot, doc):
    _new_card_flow(window, qtbot, doc, lambda: press(qtbot, Qt.Key.Key_Insert))


def test_ctrl_enter_starts_a_new_card(window, qtbot, doc):
    _new_card_flow(window, qtbot, doc, lambda: press(qtbot, Qt.Key.Key_Return, CTRL))


def test_enter_on_an_empty_cell_starts_a_new_card(window, qtbot, doc):
    view = window.view
    cell = empty_cell(doc)
    click(view, cell_background(view, *cell))
    count = doc.undo_stack.count()
    press(qtbot, Qt.Key.Key_Return)
    assert view.editor is not None
    type_text("Which one has the best camera?")
    press(qtbot, Qt.Key.Key_Enter)
    ids = cell_ids(doc, *cell)
    assert [doc.card(J, cid).text for cid in ids] == ["Which one has the best camera?"]
    assert doc.undo_stack.count() == count + 1


def test_a_typed_character_on_an_empty_cell_starts_the_card_text(window, qtbot, doc):
    view = window.view
    cell = empty_cell(doc)
    click(view, cell_background(view, *cell))
    type_text("Too many models")
    assert view.editor is not None
    press(qtbot, Qt.Key.Key_Return)
    assert [doc.card(J, cid).text for cid in cell_ids(doc, *cell)] == ["Too many models"]


def test_arrowing_onto_an_empty_cell_and_typing_starts_a_card(window, qtbot, doc):
    view = window.view
    empty_cell(doc, "doing", "compare")
    press(qtbot, Qt.Key.Key_Right)  # enters the first cell
    press(qtbot, Qt.Key.Key_Right)
    assert view.current_cell == ("doing", "compare") and view.board.selected_refs() == []
    type_text("Opens three tabs")
    press(qtbot, Qt.Key.Key_Return)
    assert [doc.card(J, cid).text for cid in cell_ids(doc, "doing", "compare")] == ["Opens three tabs"]


def test_double_click_on_an_empty_cell_of_a_card_lane_starts_a_card(window, qtbot, doc):
    view = window.view
    before = cell_ids(doc, "ideas", "buy")
    double_click(view, cell_background(view, "ideas", "buy"))
    assert view.editor is not None and focus() is view
    type_text("Offer a trade-in")
    press(qtbot, Qt.Key.Key_Return)
    after = cell_ids(doc, "ideas", "buy")
    assert after[:-1] == before and doc.card(J, after[-1]).text == "Offer a trade-in"


def test_double_click_in_a_metric_lane_starts_no_card(window, qtbot, doc):
    view = window.view
    count = doc.undo_stack.count()
    double_click(view, qrect(view.board.layout.cell_rect("csat", "buy")).center())
    assert view.editor is None
    assert doc.undo_stack.count() == count


def test_escape_or_an_empty_commit_leaves_no_card_and_no_step(window, qtbot, doc):
    view = window.view
    before, count = snapshot(doc.project), doc.undo_stack.count()
    press(qtbot, Qt.Key.Key_Insert)
    type_text("never mind")
    press(qtbot, Qt.Key.Key_Escape)
    assert view.editor is None
    press(qtbot, Qt.Key.Key_Insert)
    type_text("   ")
    press(qtbot, Qt.Key.Key_Return)
    assert view.editor is None
    assert snapshot(doc.project) == before and doc.undo_stack.count() == count
    assert focus() is view  # the board takes keys again


def test_tab_commits_and_starts_the_next_card_in_the_same_cell(window, qtbot, doc):
    view = window.view
    cell = empty_cell(doc)
    click(view, cell_background(view, *cell))
    count = doc.undo_stack.count()
    press(qtbot, Qt.Key.Key_Insert)
    for text in ("One", "Two"):
        type_text(text)
        press(qtbot, Qt.Key.Key_Tab)
        assert view.editor is not None and focus() is view
    type_text("Three")
    press(qtbot, Qt.Key.Key_Return, SHIFT)
    type_text("lines")
    press(qtbot, Qt.Key.Key_Return)
    assert [doc.card(J, cid).text for cid in cell_ids(doc, *cell)] == ["One", "Two", "Three\nlines"]
    assert doc.undo_stack.count() == count + 3
    press(qtbot, Qt.Key.Key_Insert)
    press(qtbot, Qt.Key.Key_Tab)  # an empty card is not made, and Tab then stops
    press(qtbot, Qt.Key.Key_Escape)
    assert view.editor is None and doc.undo_stack.count() == count + 3


def test_escape_on_an_existing_card_cancels_the_edit(window, qtbot, doc):
    view = window.view
    text, count = doc.card(J, "do-search-1").text, doc.undo_stack.count()
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_F2)
    type_text("changed")
    press(qtbot, Qt.Key.Key_Escape)
    assert view.editor is None
    assert doc.card(J, "do-search-1").text == text and doc.undo_stack.count() == count


def test_new_card_in_a_non_card_lane_is_refused_with_a_message(window, qtbot, doc):
    view = window.view
    click(view, qrect(view.board.layout.cell_rect("feeling", "buy")).center())
    count = doc.undo_stack.count()
    press(qtbot, Qt.Key.Key_Insert)
    assert view.editor is None and doc.undo_stack.count() == count
    assert "cards or touchpoints lane" in window.statusBar().currentMessage()


def test_new_touchpoint_card_gets_a_touchpoint_category(window, qtbot, doc):
    view = window.view
    click(view, cell_background(view, "touchpoints", "learn"))
    press(qtbot, Qt.Key.Key_Insert)
    type_text("Setup guide")
    press(qtbot, Qt.Key.Key_Return)
    card = doc.card(J, cell_ids(doc, "touchpoints", "learn")[-1])
    assert card.text == "Setup guide" and card.touchpoint is not None


# -- 2. paste goes where the cursor is ---------------------------------------------------------------


def test_paste_lands_in_the_cell_last_clicked(window, qtbot, doc):
    view = window.view
    click(view, view.board.refs[CardRef(J, "do-compare-1")].sceneBoundingRect().center())
    press(qtbot, Qt.Key.Key_C, CTRL)
    text = doc.card(J, "do-compare-1").text
    before = cell_ids(doc, "thinking", "compare")
    click(view, cell_background(view, "thinking", "compare"))
    press(qtbot, Qt.Key.Key_V, CTRL)
    after = cell_ids(doc, "thinking", "compare")
    assert len(after) == len(before) + 1 and doc.card(J, after[-1]).text == text
    assert len(cell_ids(doc, "doing", "compare")) == 2
    QGuiApplication.clipboard().clear()


def test_paste_lands_in_the_cell_moved_to(window, qtbot, doc):
    view = window.view
    QGuiApplication.clipboard().setText("Pasted line")
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Down)  # thinking · search
    press(qtbot, Qt.Key.Key_V, CTRL)
    assert doc.card(J, cell_ids(doc, "thinking", "search")[-1]).text == "Pasted line"
    assert view.current_cell == ("thinking", "search")
    QGuiApplication.clipboard().clear()


# -- 2. context menus ------------------------------------------------------------------------------------


def test_cell_menu_new_card_and_paste(window, qtbot, doc):
    view = window.view
    menu = right_click(view, cell_background(view, "ideas", "learn"))
    assert [a.text().replace("&", "").split("\t")[0] for a in menu.actions()] == ["New Card", "Paste"]
    assert view.current_cell == ("ideas", "learn")
    action(menu, "New Card").trigger()
    assert view.editor is not None and focus() is view
    type_text("Video tutorials")
    press(qtbot, Qt.Key.Key_Return)
    assert doc.card(J, cell_ids(doc, "ideas", "learn")[-1]).text == "Video tutorials"
    QGuiApplication.clipboard().setText("From the clipboard")
    menu = right_click(view, cell_background(view, "ideas", "search"))
    action(menu, "Paste").trigger()
    assert doc.card(J, cell_ids(doc, "ideas", "search")[-1]).text == "From the clipboard"
    QGuiApplication.clipboard().clear()


def test_card_menu_edit_duplicate_colour_evidence_delete(window, qtbot, doc):
    view = window.view
    ref = CardRef(J, "pp-compare-1")
    center = view.board.refs[ref].sceneBoundingRect().center()
    menu = right_click(view, center)
    names = [a.text().replace("&", "").split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert names == ["Edit", "Duplicate", "Delete", "Colour", "Evidence"]
    colours = action(menu, "Colour").menu()
    assert len(colours.actions()) >= 6
    before = snapshot(doc.project)
    action(colours, "Blue").trigger()
    assert doc.card(J, ref.card_id).color == "#CDE7FF"
    assert doc.undo_stack.undoText() == "Set Card Colour"
    menu = right_click(view, center)
    evidence = action(menu, "Evidence").menu()
    assert [a.text() for a in evidence.actions()] == ["None", "● Observed", "◐ Assumed", "○ Proposed"]
    action(evidence, "◐ Assumed").trigger()
    assert doc.card(J, ref.card_id).evidence == "assumed"
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert snapshot(doc.project) == before
    action(right_click(view, center), "Duplicate").trigger()
    assert len(cell_ids(doc, "pain", "compare")) == 3
    doc.undo_stack.undo()
    action(right_click(view, center), "Edit").trigger()
    assert view.editor is not None
    type_text("Edited from the menu")
    press(qtbot, Qt.Key.Key_Return)
    assert doc.card(J, ref.card_id).text == "Edited from the menu"
    action(right_click(view, view.board.refs[ref].sceneBoundingRect().center()), "Delete").trigger()
    assert doc.journey(J).card(ref.card_id) is None


def test_stage_header_menu(window, qtbot, doc):
    view = window.view
    header = view.board.refs[StageRef(J, "store")]
    menu = right_click(view, header.sceneBoundingRect().center())
    names = [a.text().replace("&", "").split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert names == ["Insert Stage Before", "Insert Stage After", "Rename", "Delete Stage"]
    action(menu, "Insert Stage After").trigger()
    stages = [s.id for s in doc.journey(J).stages]
    assert stages[2] == "store" and len(stages) == 8
    assert view.editor is not None and focus() is view  # the new stage's name, to type
    type_text("Check-in")
    press(qtbot, Qt.Key.Key_Return)
    assert doc.journey(J).stages[3].name == "Check-in"
    action(right_click(view, header.sceneBoundingRect().center()), "Insert Stage Before").trigger()
    press(qtbot, Qt.Key.Key_Escape)
    assert [s.id for s in doc.journey(J).stages][3] == "store"
    action(right_click(view, view.board.refs[StageRef(J, "store")].sceneBoundingRect().center()), "Rename").trigger()
    type_text("In the shop")
    press(qtbot, Qt.Key.Key_Return)
    assert doc.stage(J, "store").name == "In the shop"
    menu = right_click(view, view.board.refs[StageRef(J, "store")].sceneBoundingRect().center())
    action(menu, "Delete Stage").trigger()
    assert doc.journey(J).stage("store") is None
    doc.undo_stack.undo()
    assert doc.journey(J).stage("store") is not None


def test_lane_header_menu_inserts_a_lane_of_any_kind(window, qtbot, doc):
    view = window.view
    header = view.board.refs[LaneRef(J, "pain")]
    menu = right_click(view, header.sceneBoundingRect().center())
    names = [a.text().replace("&", "").split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert names == ["Insert Lane Above", "Insert Lane Below", "Rename", "Delete Lane"]
    below = action(menu, "Insert Lane Below").menu()
    kinds = [a.text() for a in below.actions()]
    assert kinds == ["Cards Lane", "Touchpoints Lane", "Emotion Lane", "Metric Lane", "Flow Lane"]
    action(below, "Emotion Lane").trigger()
    lanes = doc.journey(J).lanes
    index = [ln.id for ln in lanes].index("pain")
    assert lanes[index + 1].kind == LaneKind.EMOTION
    type_text("Mood")
    press(qtbot, Qt.Key.Key_Return)
    assert doc.journey(J).lanes[index + 1].name == "Mood"
    menu = right_click(view, view.board.refs[LaneRef(J, "pain")].sceneBoundingRect().center())
    action(action(menu, "Insert Lane Above").menu(), "Metric Lane").trigger()
    press(qtbot, Qt.Key.Key_Escape)
    lanes = doc.journey(J).lanes
    assert lanes[index].kind == LaneKind.METRIC and lanes[index + 1].id == "pain"
    action(right_click(view, view.board.refs[LaneRef(J, "pain")].sceneBoundingRect().center()), "Delete Lane").trigger()
    assert doc.journey(J).lane("pain") is None


def test_menu_key_and_shift_f10_open_the_menu_of_the_cursor(window, qtbot, doc):
    view = window.view
    press(qtbot, Qt.Key.Key_Right)  # the first card
    press(qtbot, Qt.Key.Key_Menu)
    menu = view.context_menu
    assert menu is not None and menu.isVisible()
    assert "Duplicate" in [a.text().replace("&", "").split("\t")[0] for a in menu.actions()]
    menu.close()
    click(view, cell_background(view, "ideas", "store"))
    press(qtbot, Qt.Key.Key_F10, SHIFT)
    menu = view.context_menu
    assert menu.isVisible() and [a.text().replace("&", "").split("\t")[0] for a in menu.actions()] == [
        "New Card",
        "Paste",
    ]
    menu.close()


# -- 2. Journey ▸ Add Stage / Add Lane -------------------------------------------------------------------


def test_add_stage_and_add_lane_follow_the_cursor_and_open_the_name(window, qtbot, doc):
    view = window.view
    assert window.action("add_stage").shortcut().toString() == "Ctrl+Shift+T"
    assert window.action("add_lane").shortcut().toString() == "Ctrl+Shift+L"
    assert window.action("add_stage") in window.journey_menu.actions()
    click(view, cell_background(view, "thinking", "compare"))
    press(qtbot, Qt.Key.Key_T, CTRL | SHIFT)
    assert view.editor is not None and focus() is view
    type_text("Check-in")
    press(qtbot, Qt.Key.Key_Return)
    stages = doc.journey(J).stages
    assert [s.id for s in stages][1] == "compare" and stages[2].name == "Check-in"
    press(qtbot, Qt.Key.Key_L, CTRL | SHIFT)
    assert view.editor is not None
    type_text("Questions")
    press(qtbot, Qt.Key.Key_Return)
    lanes = doc.journey(J).lanes
    assert [ln.id for ln in lanes][1] == "thinking" and lanes[2].name == "Questions"
    assert lanes[2].kind == LaneKind.CARDS
    doc.undo_stack.undo()
    doc.undo_stack.undo()  # the rename, then the lane
    assert [ln.id for ln in doc.journey(J).lanes][2] == "feeling"


def test_the_cursor_survives_its_lane_being_deleted(window, qtbot, doc):
    view = window.view
    click(view, cell_background(view, "ideas", "buy"))
    doc.push(C.Remove(doc, LaneRef(J, "ideas")))
    assert view.cell_cursor.isVisible()
    press(qtbot, Qt.Key.Key_Insert)  # lands on the first cell again
    assert view.editor is not None
    assert view.current_cell == ("doing", "search")
    press(qtbot, Qt.Key.Key_Escape)


def test_a_click_on_a_frozen_lane_header_does_not_move_the_cursor_to_the_cell_beneath(window, qtbot, doc):
    view = window.view
    click(view, cell_background(view, "thinking", "compare"))
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    QApplication.processEvents()
    header = view.board.refs[LaneRef(J, "doing")]
    spot = view.mapFromScene(header.sceneBoundingRect().center())
    assert view.viewport().rect().contains(spot) and view.board.cell_at(view.mapToScene(spot)) is not None
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, NO_MOD, spot)
    assert view.current_cell == ("thinking", "compare")
