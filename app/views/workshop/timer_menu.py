"""Workshop ▸ Timer: presets, Custom…, Start/Pause (Ctrl+T; T as well while presenting), +1 min,
+5 min, Stop and Sound at Zero — all driving the window's one WorkshopTimer.

The actions are added to the window as well as to the menu, so their keys keep working while
presenting hides the menu bar. T is an action of its own, enabled only while presenting: a
disabled action's key goes on to the board, where a typed letter starts a card (issue 14), and
Help ▸ Keyboard Shortcuts still lists it.
"""

from __future__ import annotations

from typing import Any

from app.views.workshop.timer_clock import PRESETS_MIN, TimerState, WorkshopTimer
from app.views.workshop.timer_dialog import ask_duration
from app.views.workshop.timer_sound import set_sound_enabled, sound_enabled

TOGGLE_KEY = "Ctrl+T"
PRESENTING_KEY = "T"  # a single letter types into cards on the board, so only while presenting
TOGGLE_TIP = "Start the timer, or pause and resume it (T while presenting)"
PRESENTING_TEXT = "Start or Pause the Timer While Presenting"


def build_timer_menu(window: Any, menu: Any, act: Any) -> None:
    timer: WorkshopTimer = window.workshop_timer
    sub = menu.addMenu("&Timer")
    for minutes in PRESETS_MIN:
        act(
            sub,
            f"timer_{minutes}",
            f"{minutes} min",
            lambda m=minutes: timer.start(m * 60),
            tip=f"Count down {minutes} min",
        )
    act(sub, "timer_custom", "&Custom…", lambda: start_custom(window), tip="Count down a time you type (5, 5:30, 90s)")
    sub.addSeparator()
    toggle = act(sub, "timer_toggle", "&Start Timer", timer.toggle, [TOGGLE_KEY], tip=TOGGLE_TIP)
    act(sub, "timer_add_1", "+&1 min", lambda: timer.add(60), tip="Add a minute to the running timer")
    act(sub, "timer_add_5", "+&5 min", lambda: timer.add(300), tip="Add five minutes to the running timer")
    act(sub, "timer_stop", "St&op Timer", timer.stop, tip="Stop the timer and hide it")
    sub.addSeparator()
    sound = act(sub, "timer_sound", "Sound at &Zero", lambda: None, tip="Ring the system bell when the timer ends")
    sound.setCheckable(True)
    sound.setChecked(sound_enabled())
    sound.toggled.connect(set_sound_enabled)
    window.addAction(toggle)  # Ctrl+T still works when presenting hides the menu bar
    letter = act(None, "timer_toggle_presenting", PRESENTING_TEXT, timer.toggle, [PRESENTING_KEY], tip=TOGGLE_TIP)
    letter.setEnabled(False)
    window.addAction(letter)
    window.timer_menu = sub
    timer.changed.connect(lambda: follow_timer(window))
    follow_timer(window)


def start_custom(window: Any) -> None:
    timer: WorkshopTimer = window.workshop_timer
    seconds = ask_duration(window, str(timer.last_minutes))
    if seconds is not None:
        timer.start(seconds)


def follow_timer(window: Any) -> None:
    """Name Start/Pause for what it will do, and enable what applies to the timer's state."""
    timer: WorkshopTimer = window.workshop_timer
    state = timer.state
    text = {TimerState.RUNNING: "&Pause Timer", TimerState.PAUSED: "&Resume Timer"}.get(state, "&Start Timer")
    window.action("timer_toggle").setText(text)
    for name in ("timer_add_1", "timer_add_5"):
        window.action(name).setEnabled(state is not TimerState.IDLE)
    window.action("timer_stop").setEnabled(state is not TimerState.IDLE)


def set_presenting_key(window: Any, presenting: bool) -> None:
    """T starts and pauses the timer while presenting; on the board it types into a card."""
    window.action("timer_toggle_presenting").setEnabled(bool(presenting))
