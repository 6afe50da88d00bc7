"""The workshop timer: the clock (driven by a clock moved by hand, never by waiting), the flash at
zero, the small overlay in the window and the large one while presenting, T while presenting,
the Workshop ▸ Timer menu, Custom…, and Sound at Zero remembered in the settings file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from app.views.workshop import timer_sound
from app.views.workshop.timer_clock import TimerState, WorkshopTimer, format_remaining, parse_duration
from app.views.workshop.timer_dialog import TimerDialog
from app.views.workshop.timer_face import FLASH_STEPS, TimerFace, TimerLook
from app.views.workshop.timer_overlay import timer_menu
from tests.test_window import open_window  # noqa: F401  (the real window, closed after each test)


class FakeClock:
    """QElapsedTimer's start/elapsed, on a time the test moves."""

    def __init__(self) -> None:
        self.now = 0
        self.base = 0

    def start(self) -> None:
        self.base = self.now

    def elapsed(self) -> int:
        return self.now - self.base

    def advance(self, ms: int, timer: WorkshopTimer | None = None) -> None:
        self.now += ms
        if timer is not None:
            timer.tick()


class StubPresentation(QObject):
    """What presentation mode exposes: ``toggled(bool)`` and ``active``."""

    toggled = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.active = False

    def set_active(self, on: bool) -> None:
        self.active = on
        self.toggled.emit(on)


# -- the clock ---------------------------------------------------------------------------------


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def timer(qapp, clock):
    return WorkshopTimer(clock=clock)


@pytest.mark.parametrize(
    ("typed", "seconds"),
    [("5", 300), ("5:30", 330), ("90s", 90), ("2m", 120), ("1h 30m", 5400), (" 1:02:00 ", 3720)],
)
def test_typed_durations(typed, seconds):
    assert parse_duration(typed) == seconds


@pytest.mark.parametrize("typed", ["", "0", "abc", "5:75", "25h", "-3"])
def test_what_is_not_a_duration(typed):
    assert parse_duration(typed) is None


def test_start_pause_resume_add_stop(timer, clock):
    seen = []
    timer.changed.connect(lambda: seen.append(timer.text()))
    timer.start(300)
    assert timer.state is TimerState.RUNNING and timer.text() == "5:00"
    clock.advance(1000, timer)
    assert timer.text() == "4:59" and seen[-1] == "4:59"
    timer.pause()
    assert timer.state is TimerState.PAUSED
    clock.advance(60_000, timer)  # paused: the time does not run
    assert timer.text() == "4:59"
    timer.resume()
    clock.advance(9_000, timer)
    assert timer.text() == "4:50"
    timer.add(60)
    assert timer.text() == "5:50"
    timer.add(300)
    assert timer.text() == "10:50"
    timer.toggle()
    assert timer.state is TimerState.PAUSED
    timer.toggle()
    assert timer.state is TimerState.RUNNING
    timer.stop()
    assert timer.state is TimerState.IDLE and not timer.active


def test_it_finishes_once_at_zero(timer, clock):
    finished = []
    timer.finished.connect(lambda: finished.append(True))
    timer.start(60)
    clock.advance(59_500, timer)
    assert timer.text() == "0:01" and timer.state is TimerState.RUNNING
    clock.advance(500, timer)
    assert timer.state is TimerState.FINISHED and timer.text() == "0:00"
    clock.advance(5_000, timer)
    assert finished == [True]
    timer.add(60)  # +1 min at zero starts a minute
    assert timer.state is TimerState.RUNNING and timer.text() == "1:00"


def test_t_starts_the_last_preset_when_idle(timer):
    timer.start(180)
    timer.stop()
    timer.toggle()
    assert timer.state is TimerState.RUNNING and timer.text() == "3:00"
    assert format_remaining(3723) == "1:02:03"


def test_the_face_flashes_red_and_white_at_zero_then_stays_red(timer, clock):
    face = TimerFace(timer)
    assert face.look is TimerLook.HIDDEN
    timer.start(5)
    assert face.look is TimerLook.RUNNING
    clock.advance(5_000, timer)
    looks = [face.look]
    for _ in range(FLASH_STEPS):
        face.flash_step()
        looks.append(face.look)
    assert looks[0] is TimerLook.FLASH_RED and looks[1] is TimerLook.FLASH_WHITE
    assert set(looks[:-1]) == {TimerLook.FLASH_RED, TimerLook.FLASH_WHITE}
    assert looks[-1] is TimerLook.ALARM and face.text == "0:00" and not face.flashing
    timer.start(60)
    assert face.look is TimerLook.RUNNING


def test_a_restart_while_flashing_stops_the_flash(timer, clock):
    face = TimerFace(timer)
    timer.start(1)
    clock.advance(1_000, timer)
    assert face.flashing
    timer.stop()
    assert not face.flashing and face.look is TimerLook.HIDDEN


# -- in the window ------------------------------------------------------------------------------


@pytest.fixture
def window(open_window, doc, clock):
    win = open_window(doc)
    win.resize(1280, 720)
    win.show()
    win.activateWindow()
    win.view.setFocus()
    win.workshop_timer._clock = clock  # the test moves the time
    QApplication.processEvents()
    return win


def overlays(window):
    return window.timer_ui.overlays


def test_the_timer_menu(window):
    texts = [a.text() for a in window.timer_menu.actions() if not a.isSeparator()]
    assert texts == [
        "1 min",
        "3 min",
        "5 min",
        "10 min",
        "15 min",
        "&Custom…",
        "&Start Timer",
        "+&1 min",
        "+&5 min",
        "St&op Timer",
        "Sound at &Zero",
    ]
    assert window.action("timer_toggle").shortcut().toString() == "Ctrl+T"
    assert not window.action("timer_stop").isEnabled()


def test_a_preset_shows_the_small_pill_at_the_viewport_top_right(window, clock):
    small, large = overlays(window).small, overlays(window).large
    assert not small.isVisible() and not large.isVisible()
    window.action("timer_5").trigger()
    QApplication.processEvents()
    assert small.isVisible() and not large.isVisible()
    assert window.timer_ui.face.text == "5:00"
    assert_at_top_right(window, small)
    assert window.action("timer_toggle").text() == "&Pause Timer"
    window.action("timer_stop").trigger()
    assert not small.isVisible()


def assert_at_top_right(window, pill) -> None:
    viewport = window.view.viewport().geometry()  # in the view, the pill's parent
    box = pill.geometry()
    assert pill.parent() is window.view and viewport.contains(box)
    assert viewport.right() - box.right() < 20 and box.top() - viewport.top() < 20


def test_the_pill_stays_in_its_corner_when_the_board_scrolls(window):
    """The view scrolls its viewport's children with the board: the pill must not go along."""
    window.action("timer_5").trigger()
    small = overlays(window).small
    for bar in (window.view.verticalScrollBar(), window.view.horizontalScrollBar()):
        bar.setValue(bar.maximum() // 2)
        QApplication.processEvents()
        assert_at_top_right(window, small)


def test_clicking_the_pill_pauses_and_resumes(window, qtbot):
    timer = window.workshop_timer
    window.action("timer_3").trigger()
    small = overlays(window).small
    qtbot.mouseClick(small, Qt.MouseButton.LeftButton)
    assert timer.state is TimerState.PAUSED and small.isVisible()
    assert window.action("timer_toggle").text() == "&Resume Timer"
    qtbot.mouseClick(small, Qt.MouseButton.LeftButton)
    assert timer.state is TimerState.RUNNING


def test_the_pill_menu_adds_and_stops(window):
    timer = window.workshop_timer
    window.action("timer_1").trigger()
    menu = timer_menu(overlays(window).small, timer)
    actions = {a.text(): a for a in menu.actions() if not a.isSeparator()}
    assert list(actions) == ["Pause", "+1 min", "+5 min", "Stop"]
    actions["+1 min"].trigger()
    assert timer.text() == "2:00"
    actions["+5 min"].trigger()
    assert timer.text() == "7:00"
    actions["Stop"].trigger()
    assert timer.state is TimerState.IDLE and not overlays(window).small.isVisible()


def test_ctrl_t_starts_and_pauses_from_the_board(window, qtbot):
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.workshop_timer.state is TimerState.RUNNING and window.workshop_timer.text() == "5:00"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.workshop_timer.state is TimerState.PAUSED


def test_zero_flashes_in_the_window_then_stays_red_until_clicked(window, clock, qtbot):
    window.action("timer_1").trigger()
    clock.advance(60_000, window.workshop_timer)
    face, small = window.timer_ui.face, overlays(window).small
    assert face.look in (TimerLook.FLASH_RED, TimerLook.FLASH_WHITE) and small.isVisible()
    for _ in range(FLASH_STEPS):
        face.flash_step()
    assert face.look is TimerLook.ALARM and face.text == "0:00" and small.isVisible()
    assert small.grab().toImage().pixelColor(small.width() // 2, 3).red() > 180  # a red plate
    qtbot.mouseClick(small, Qt.MouseButton.LeftButton)  # a click at zero dismisses it
    assert window.workshop_timer.state is TimerState.IDLE and not small.isVisible()


def test_t_types_into_a_card_on_the_board_when_not_presenting(window, qtbot):
    window.view.current_cell = ("pain", "compare")
    window.view.board.clearSelection()
    QTest.keyClicks(QApplication.focusWidget(), "T")
    assert window.workshop_timer.state is TimerState.IDLE
    assert window.view.editor is not None  # issue 14: a typed letter starts a card


@pytest.fixture
def presenting(window):
    """Presentation mode as the timer sees it (a stub: these tests are about the timer, and run
    with or without the real presentation mode in the branch)."""
    stub = StubPresentation()
    window.timer_ui.attach_presentation(stub)
    stub.set_active(True)
    QApplication.processEvents()
    yield stub
    stub.set_active(False)


def test_the_real_presentation_mode_shows_the_large_overlay_and_takes_t(window, qtbot):
    presentation = getattr(window, "presentation", None)
    if presentation is None:
        pytest.skip("presentation mode is not in this branch")
    presentation.start()
    try:
        qtbot.waitUntil(lambda: presentation.active)
        window.view.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T)
        assert window.workshop_timer.state is TimerState.RUNNING and window.view.editor is None
        QApplication.processEvents()
        assert overlays(window).large.isVisible() and not overlays(window).small.isVisible()
    finally:
        presentation.stop()
    assert overlays(window).small.isVisible() and not overlays(window).large.isVisible()


def test_presenting_shows_the_large_overlay_in_a_corner(window, presenting):
    window.action("timer_10").trigger()
    QApplication.processEvents()
    small, large = overlays(window).small, overlays(window).large
    assert large.isVisible() and not small.isVisible()
    assert large.digit_height() >= 72, "readable from the back of the room at 1280×720"
    viewport = window.view.viewport().geometry()
    box = large.geometry()
    assert viewport.contains(box)
    assert viewport.bottom() - box.bottom() < 40 and viewport.right() - box.right() < 40  # bottom-right
    header_foot = window.view.mapFromScene(0, window.view.board.layout.rows[0][1]).y() + viewport.top()
    assert box.top() > max(header_foot, 60), "clear of the stage header at the top"
    presenting.set_active(False)
    QApplication.processEvents()
    assert small.isVisible() and not large.isVisible()


def test_t_starts_and_pauses_while_presenting(window, presenting, qtbot):
    timer = window.workshop_timer
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T)
    assert timer.state is TimerState.RUNNING
    assert window.view.editor is None  # no card was started
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T)
    assert timer.state is TimerState.PAUSED
    presenting.set_active(False)
    assert not window.action("timer_toggle_presenting").isEnabled()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T)  # on the board again: not the timer
    assert timer.state is TimerState.PAUSED


def test_t_still_types_into_the_capture_bar_while_presenting(window, presenting, qtbot):
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.capture_bar.edit
    QTest.keyClicks(QApplication.focusWidget(), "Tt")
    assert window.capture_bar.edit.text() == "Tt"
    assert window.workshop_timer.state is TimerState.IDLE


def test_t_types_into_a_card_being_edited_while_presenting(window, presenting):
    """Cards stay editable while presenting: an open editor owns every key, T included."""
    assert window.view.new_card(("pain", "compare"))
    editor = window.view.editor
    assert editor is not None
    QTest.keyClicks(QApplication.focusWidget(), "Tt")
    assert window.workshop_timer.state is TimerState.IDLE
    assert editor.toPlainText() == "Tt"


def test_custom_takes_a_typed_time(window, monkeypatch):
    def typed(dialog):
        dialog.edit.setText("5:30")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TimerDialog, "exec", typed)
    window.action("timer_custom").trigger()
    assert window.workshop_timer.text() == "5:30"


def test_the_custom_dialog_waits_for_a_time(qtbot):
    dialog = TimerDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.edit)
    dialog.edit.clear()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    QTest.keyClicks(QApplication.focusWidget(), "abc")
    assert not ok.isEnabled() and "Not a time" in dialog.reading.text()
    dialog.edit.clear()
    QTest.keyClicks(QApplication.focusWidget(), "90s")
    assert ok.isEnabled() and dialog.seconds == 90 and "1:30" in dialog.reading.text()


def test_sound_at_zero_is_remembered_and_rings(window, clock, qtbot, monkeypatch, open_window, sample_project):
    from app.document.document import Document

    rings = []
    monkeypatch.setattr(timer_sound.QApplication, "beep", lambda: rings.append(1))
    sound = window.action("timer_sound")
    assert not sound.isChecked() and not timer_sound.sound_enabled()
    window.action("timer_1").trigger()
    clock.advance(60_000, window.workshop_timer)
    QTest.qWait(10)
    assert rings == []  # off by default
    sound.trigger()
    assert sound.isChecked() and timer_sound.sound_enabled()
    other = open_window(Document.new(sample_project))
    assert other.action("timer_sound").isChecked()  # read from the settings file
    window.action("timer_1").trigger()
    clock.advance(60_000, window.workshop_timer)
    qtbot.waitUntil(lambda: len(rings) == timer_sound.RINGS)
    sound.trigger()
    assert not timer_sound.sound_enabled()


# -- the README key row (for tests/test_shortcuts.py's DRIVERS: "Ctrl+T, T": timer_keys) ------------


def timer_keys(k) -> None:
    """Ctrl+T starts and pauses the timer on the board; T does only while presenting."""
    timer = k.window.workshop_timer
    k.press("Ctrl+T", Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert timer.state is TimerState.RUNNING
    k.press("Ctrl+T", Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert timer.state is TimerState.PAUSED
    timer.stop()
    presentation = StubPresentation()
    k.window.timer_ui.attach_presentation(presentation)
    presentation.set_active(True)
    k.press("T", Qt.Key.Key_T)
    assert timer.state is TimerState.RUNNING and k.view.editor is None
    presentation.set_active(False)
    timer.stop()


def test_the_timer_key_row_driver(window, qtbot):
    from tests.test_shortcuts import Keys

    k = Keys(qtbot, window)
    k.refocus()
    timer_keys(k)
    assert k.driven == {"Ctrl+T", "T"}
