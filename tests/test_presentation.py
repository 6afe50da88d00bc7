"""Presentation mode (issue 15 item 1) on a real MainWindow: entering and leaving exactly where
one was, stepping, overview, spotlight, blank, the keys that stay the window's, editing while
presenting, the presenter view, the screen choice and ``waymark present FILE --smoke``.

Keys go to ``QApplication.focusWidget()``, as a user's do."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
import shiboken6
from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.document import commands as C
from app.document.document import Document
from app.models.refs import CardRef, StageRef
from app.models.session import create_project_file
from app.views.board import style as S
from app.views.main_window import WINDOWS, MainWindow
from app.views.window_menus import add_action
from app.views.workshop import present_geometry as G
from app.views.workshop.present_check import distinct_colours, paint_presentation
from app.views.workshop.presentation import PresentMode
from app.views.workshop.timer_clock import TimerState

J = "buy-phone"
STAGES = ["search", "compare", "store", "buy", "learn", "support", "advocate"]
NO_MOD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, tmp_path, sample_project, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    path = tmp_path / "present.waymark"
    create_project_file(sample_project, path)
    win = MainWindow(Document.open(path))
    win.resize(1280, 720)
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


def press(qtbot, key: Qt.Key, mods=NO_MOD) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, mods)


def present(qtbot, window) -> None:
    press(qtbot, Qt.Key.Key_F5)
    assert window.presentation.active


def click_scene(window, scene_pos: QPointF) -> None:
    view = window.view
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, NO_MOD, view.mapFromScene(scene_pos))


def as_projector(window) -> None:
    """The offscreen platform's one screen is 800×800: give the window a projector's 1280×720."""
    window.setGeometry(QRect(0, 0, 1280, 720))
    QApplication.processEvents()
    window.presentation.go_to(window.presentation.current_stage_id())


# -- entering and leaving -------------------------------------------------------------------------


def test_f5_presents_full_screen_without_docks_bars_or_menus(qtbot, window):
    seen = []
    window.presentation.toggled.connect(seen.append)
    present(qtbot, window)
    assert window.isFullScreen()
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not any(d.isVisible() for d in (window.journeys_dock, window.palette_dock, window.inspector_dock))
    assert not window.toolbar.isVisible()
    assert window.presentation.current_stage_id() == "search"
    assert window.action("present").isChecked()
    press(qtbot, Qt.Key.Key_Escape)
    assert not window.presentation.active and window.presentation.current_stage_id() is None
    assert seen == [True, False]


def test_view_and_workshop_menus_hold_the_one_present_action(window):
    present = window.action("present")
    assert present in window.view_menu.actions() and present in window.workshop_menu.actions()
    assert [k.toString() for k in present.shortcuts()] == ["F5"]


def test_esc_returns_exactly_where_one_was(qtbot, window):
    view = window.view
    window.inspector_dock.hide()
    view.set_zoom(1.25)
    view.horizontalScrollBar().setValue(140)
    view.verticalScrollBar().setValue(90)
    view.board.select_refs([CardRef(J, "do-buy-1")])
    view.current_cell = ("thinking", "buy")
    geometry = window.geometry()
    before = (view.zoom, view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    present(qtbot, window)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_O, Qt.Key.Key_End):
        press(qtbot, key)
    click_scene(window, view.board.refs[CardRef(J, "do-advocate-1")].sceneBoundingRect().center())
    press(qtbot, Qt.Key.Key_Escape)  # clears the spotlight
    assert window.presentation.active
    press(qtbot, Qt.Key.Key_Escape)
    assert not window.presentation.active and not window.isFullScreen()
    assert window.geometry() == geometry
    assert window.menuBar().isVisible() and window.statusBar().isVisible() and window.toolbar.isVisible()
    assert window.journeys_dock.isVisible() and window.palette_dock.isVisible()
    assert not window.inspector_dock.isVisible()
    assert (view.zoom, view.horizontalScrollBar().value(), view.verticalScrollBar().value()) == before
    assert view.board.selected_refs() == [CardRef(J, "do-buy-1")]
    assert view.current_cell == ("thinking", "buy")
    assert view.foreground is None and QApplication.focusWidget() is view


# -- stepping ---------------------------------------------------------------------------------------


def test_clicker_keys_step_stage_by_stage_and_move_the_cell_cursor(qtbot, window):
    p = window.presentation
    present(qtbot, window)
    seen = [p.current_stage_id()]
    for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_End):
        press(qtbot, key)
        seen.append(p.current_stage_id())
        assert window.view.current_cell is not None and window.view.current_cell[1] == seen[-1]
    press(qtbot, Qt.Key.Key_Right)  # the last stays the last
    seen.append(p.current_stage_id())
    press(qtbot, Qt.Key.Key_Home)
    seen.append(p.current_stage_id())
    assert seen == ["search", "compare", "store", "compare", "search", "advocate", "advocate", "search"]


def test_the_stepped_stage_is_lit_its_neighbours_dimmed(qtbot, window):
    p, view = window.presentation, window.view
    present(qtbot, window)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    assert p.current_stage_id() == "store"
    x, w = view.board.layout.column("store")
    lit = p.lit_rects()
    assert lit is not None and lit[0] == QRectF(x, 0, w, view.board.layout.height)
    # the stage is centred right of the frozen lane column, its neighbours show on both sides
    left, right = view.mapFromScene(x, 0).x(), view.mapFromScene(x + w, 0).x()
    lane_px = S.LANE_HEADER_W * view.zoom
    port = view.viewport().width()
    assert abs((left - lane_px) - (port - right)) <= 2
    image = view.viewport().grab().toImage()
    foot = view.board.layout.cell_rect("doing", "store")
    y = view.mapFromScene(0, foot.y + foot.h - 4).y()  # the empty foot of the cells, below the cards
    inside, neighbour = image.pixelColor(int((left + right) / 2), y), image.pixelColor(int(right + 20), y)
    assert inside.isValid() and neighbour.lightness() < inside.lightness() - 40


def test_card_text_is_at_least_18_px_at_1280x720(qtbot, window):
    """font pixel size × view scale, on the built-in sample's stepped stage 3."""
    p, view = window.presentation, window.view
    present(qtbot, window)
    as_projector(window)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    assert p.current_stage_id() == "store"
    assert view.viewport().width() >= 1270 and view.viewport().height() >= 710
    text_px = S.font(S.CARD_FONT_SIZE).pixelSize() * view.transform().m11()
    assert text_px >= 18 - 1e-9 and p.text_px() == pytest.approx(text_px)
    layout = view.board.layout
    x, w = layout.column("store")
    zoom = G.step_zoom(1280, 720, layout.height, w, S.LANE_HEADER_W, S.font(S.CARD_FONT_SIZE).pixelSize())
    assert zoom * S.font(S.CARD_FONT_SIZE).pixelSize() >= 18 - 1e-9


def test_step_zoom_fills_the_height_of_a_short_map_and_keeps_18_px_on_a_tall_one():
    assert G.step_zoom(1280, 720, 1423.5, 250, 210, 13) == pytest.approx(18 / 13)  # the sample: tall
    assert G.step_zoom(1280, 720, 300, 250, 210, 13) == pytest.approx(720 / 300)  # short: fills it
    assert G.step_zoom(1280, 720, 100, 250, 210, 13) == pytest.approx(1280 / 460)  # still fits across


def test_up_and_down_scroll_a_map_taller_than_the_screen(qtbot, window):
    present(qtbot, window)
    bar = window.view.verticalScrollBar()
    top = bar.value()
    press(qtbot, Qt.Key.Key_Down)
    assert bar.value() > top and window.view.current_cell[0] == "doing"  # no cell cursor move
    press(qtbot, Qt.Key.Key_Up)
    assert bar.value() == top


def test_o_toggles_the_overview_and_enter_on_a_stage_steps_into_it(qtbot, window):
    p, view = window.presentation, window.view
    present(qtbot, window)
    step_zoom = view.zoom
    press(qtbot, Qt.Key.Key_O)
    assert p.mode is PresentMode.OVERVIEW and view.zoom < step_zoom and p.lit_rects() is None
    press(qtbot, Qt.Key.Key_O)
    assert p.mode is PresentMode.STEPPING and view.zoom == pytest.approx(step_zoom)
    press(qtbot, Qt.Key.Key_O)
    header = view.board.refs[StageRef(J, "buy")]
    click_scene(window, header.sceneBoundingRect().center())
    assert p.spotlight == StageRef(J, "buy")
    press(qtbot, Qt.Key.Key_Return)
    assert p.mode is PresentMode.STEPPING and p.current_stage_id() == "buy" and p.spotlight is None


# -- spotlight, blank, laser -----------------------------------------------------------------------


def test_a_click_spotlights_a_card_empty_space_or_esc_clears_it(qtbot, window):
    p, view = window.presentation, window.view
    present(qtbot, window)
    card = view.board.refs[CardRef(J, "do-search-1")]
    click_scene(window, card.sceneBoundingRect().center())
    assert p.spotlight == CardRef(J, "do-search-1")
    lit = p.lit_rects()
    assert lit is not None and len(lit) == 1 and lit[0].contains(card.sceneBoundingRect())
    rect = view.board.layout.cell_rect("doing", "search")
    click_scene(window, QPointF(rect.x + rect.w / 2, rect.y + rect.h - 4))  # the cell's empty foot
    assert p.spotlight is None
    click_scene(window, card.sceneBoundingRect().center())
    press(qtbot, Qt.Key.Key_Escape)
    assert p.spotlight is None and p.active


def test_b_blanks_the_screen_and_any_key_or_click_brings_it_back(qtbot, window):
    p = window.presentation
    present(qtbot, window)
    cards = len(window.doc.journey(J).cards)
    press(qtbot, Qt.Key.Key_B)
    assert p.blanked
    image = window.grab().toImage()
    assert distinct_colours(image) == 1 and image.pixelColor(10, 10).lightness() == 0
    press(qtbot, Qt.Key.Key_X)
    assert not p.blanked and p.active and QApplication.focusWidget() is window.view
    press(qtbot, Qt.Key.Key_B)
    press(qtbot, Qt.Key.Key_B)
    assert not p.blanked
    press(qtbot, Qt.Key.Key_B)
    QTest.mouseClick(p.blank, Qt.MouseButton.LeftButton)
    assert not p.blanked and p.active
    press(qtbot, Qt.Key.Key_B)
    press(qtbot, Qt.Key.Key_S, CTRL)  # wakes the board and saves nothing
    assert not p.blanked and len(window.doc.journey(J).cards) == cards


def test_the_board_shows_a_laser_pointer_while_presenting(qtbot, window):
    viewport = window.view.viewport()
    present(qtbot, window)
    assert viewport.cursor().shape() == Qt.CursorShape.BitmapCursor
    assert viewport.cursor().pixmap().toImage().pixelColor(11, 11).red() > 200
    press(qtbot, Qt.Key.Key_Escape)
    assert viewport.cursor().shape() != Qt.CursorShape.BitmapCursor


# -- keys and editing while presenting ---------------------------------------------------------------


def test_letters_are_commands_so_typing_starts_no_card(qtbot, window):
    present(qtbot, window)
    cards = len(window.doc.journey(J).cards)
    window.view.current_cell = ("doing", "search")
    QTest.keyClicks(QApplication.focusWidget(), "xyz")
    assert window.view.editor is None and len(window.doc.journey(J).cards) == cards


def test_window_shortcuts_still_fire_without_the_menu_bar(qtbot, window):
    doc, timer = window.doc, window.workshop_timer
    fired = []
    if "timer_toggle_presenting" not in window.actions_by_name:  # before the timer's T exists: a stand-in
        add_action(window, window.workshop_menu, "test_t", "T test", lambda: fired.append("T"), ["T"])
    present(qtbot, window)
    doc.push(C.Edit(doc, StageRef(J, "buy"), {"name": "Checkout"}))
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert doc.stage(J, "buy").name == "Buy"
    doc.push(C.Edit(doc, StageRef(J, "buy"), {"name": "Checkout"}))
    assert doc.modified
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert not doc.modified
    press(qtbot, Qt.Key.Key_T)
    assert (fired == ["T"] or timer.state is TimerState.RUNNING) and window.presentation.active
    press(qtbot, Qt.Key.Key_Escape)
    assert window.action("save") not in window.actions()  # only added while presenting


def test_cards_stay_editable_and_the_editor_owns_every_key(qtbot, window):
    p, view = window.presentation, window.view
    present(qtbot, window)
    press(qtbot, Qt.Key.Key_Right)
    card = view.board.refs[CardRef(J, "do-compare-1")]
    click_scene(window, card.sceneBoundingRect().center())
    press(qtbot, Qt.Key.Key_Return)
    assert view.editor is not None
    QTest.keyClicks(QApplication.focusWidget(), "bo")
    press(qtbot, Qt.Key.Key_Right)  # moves the editor's caret, not the presentation
    QTest.keyClicks(QApplication.focusWidget(), "O")
    assert p.current_stage_id() == "compare" and p.mode is PresentMode.STEPPING and not p.blanked
    press(qtbot, Qt.Key.Key_Return)
    assert view.editor is None and window.doc.card(J, "do-compare-1").text == "boO"
    assert p.active
    QTest.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, NO_MOD, view.mapFromScene(card.sceneBoundingRect().center())
    )
    assert view.editor is not None
    press(qtbot, Qt.Key.Key_Escape)  # cancels the editor, not the presentation
    assert view.editor is None and p.active


# -- presenter view, screens -----------------------------------------------------------------------


def test_presenter_view_lists_stages_shows_notes_next_and_the_timer(qtbot, window):
    p = window.presentation
    present(qtbot, window)
    shown = window.action("presenter_view")
    shown.trigger()
    pv = window.presenter.view
    assert pv is not None and pv.isVisible() and shown.isChecked()
    assert pv.stages.count() == len(STAGES)
    pv.stages.itemClicked.emit(pv.stages.item(2))
    assert p.current_stage_id() == "store"
    assert pv.notes.text() == window.doc.stage(J, "store").description
    assert pv.next_label.text() == "Next: Buy"
    press(qtbot, Qt.Key.Key_Right)
    assert pv.stages.currentRow() == 3 and pv.next_label.text().endswith("Learn to use it")
    timer = window.workshop_timer
    assert pv.clock.text() == "5:00" and pv.start_pause.text() == "Start"  # what Start counts down
    QTest.mouseClick(pv.start_pause, Qt.MouseButton.LeftButton)
    assert timer.state is TimerState.RUNNING and pv.start_pause.text() == "Pause"
    before = timer.remaining_s()
    QTest.mouseClick(pv.plus_buttons[0], Qt.MouseButton.LeftButton)
    assert timer.remaining_s() >= before + 59 and pv.clock.text() == timer.text()
    QTest.mouseClick(pv.start_pause, Qt.MouseButton.LeftButton)
    assert timer.state is TimerState.PAUSED
    pv.activateWindow()
    pv.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is pv)
    press(qtbot, Qt.Key.Key_PageDown)  # the clicker works from the presenter view too
    assert p.current_stage_id() == "learn"
    shown.trigger()
    assert not pv.isVisible()


def test_with_two_screens_the_board_goes_to_the_projector_and_the_presenter_view_stays():
    laptop, projector = QRect(0, 0, 1920, 1080), QRect(1920, 0, 1280, 720)
    assert G.place_screens([laptop, projector], primary=0) == G.Placement(board=1, presenter=0)
    assert G.place_screens([projector, laptop], primary=1) == G.Placement(board=0, presenter=1)
    assert G.place_screens([laptop], primary=0) == G.Placement(board=0, presenter=None)
    big = QRect(0, 1080, 3840, 2160)
    assert G.place_screens([laptop, projector, big], primary=0).board == 2


# -- speed, smoke --------------------------------------------------------------------------------------


def test_stepping_a_600_card_workshop_does_not_stutter(qtbot, tmp_path):
    from app.models.interchange import project_from_data
    from bench.workloads import generate

    doc = Document.new(project_from_data(generate("workshop")).project)
    win = MainWindow(doc)
    try:
        win.resize(1280, 720)
        win.show()
        qtbot.waitExposed(win)
        win.presentation.start()
        ids = win.presentation.stage_ids()
        times = []
        for _ in ids[1:]:
            start = time.perf_counter()
            win.presentation.step(1)
            win.view.viewport().repaint()
            times.append(time.perf_counter() - start)
        assert win.presentation.current_stage_id() == ids[-1]
        assert sorted(times)[len(times) // 2] < 0.25, times  # a generous bound for a busy CI
    finally:
        win.presentation.stop()
        doc.close()
        WINDOWS.remove(win)
        win.deleteLater()


def test_paint_presentation_grabs_a_real_board(qtbot, window):
    image = paint_presentation(window)
    assert window.presentation.active and distinct_colours(image) >= 8


def test_waymark_present_smoke_paints_presentation_mode_and_exits_0(sample_file, data_dir):
    result = subprocess.run(
        [sys.executable, "-m", "app", "present", str(sample_file), "--smoke"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "presentation mode painted" in result.stderr


def test_stepping_and_the_overview_keep_the_board_row_at_the_top(qtbot, window):
    view = window.view
    present(qtbot, window)
    assert view.mapToScene(0, 0).y() == pytest.approx(0, abs=1)  # the board's edge, no margin
    press(qtbot, Qt.Key.Key_Down)
    top = view.mapToScene(0, 0).y()
    press(qtbot, Qt.Key.Key_Right)
    assert view.mapToScene(0, 0).y() == pytest.approx(top, abs=1)
    press(qtbot, Qt.Key.Key_O)
    press(qtbot, Qt.Key.Key_O)
    assert view.mapToScene(0, 0).y() == pytest.approx(top, abs=1)


def test_closing_while_presenting_saves_the_normal_layout(qtbot, window, monkeypatch):
    seen = []
    monkeypatch.setattr(
        window, "_save_layout", lambda: seen.append((window.journeys_dock.isVisible(), window.isFullScreen()))
    )
    present(qtbot, window)
    window.close()
    assert seen == [(True, False)] and not window.presentation.active


def test_f5_or_f11_while_presenting_leaves_it(qtbot, window):
    present(qtbot, window)
    press(qtbot, Qt.Key.Key_F5)
    assert not window.presentation.active and not window.isFullScreen()
    present(qtbot, window)
    press(qtbot, Qt.Key.Key_F11)
    assert not window.presentation.active and not window.isFullScreen()
