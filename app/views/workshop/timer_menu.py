"""Workshop ▸ Timer: presets, Custom…, Start/Pause (Ctrl+T; T as well while presenting), +1 min,
+5 min, Stop and Sound at Zero — all driving the window's one WorkshopTimer.

The actions are added to the window as well as to the menu, so their keys keep working while
presenting hides the menu bar. T is an action of its own, enabled only while presenting: a
disabled action's key goes on to the board, where a typed letter starts a card (issue 14), and
Help ▸ Keyboard Shortcuts still lists it.
"""

from __future__ import annotations

from typing import Any

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.views.workshop.timer_clock import PRESETS_MIN, TimerState, WorkshopTimer
from app.views.workshop.timer_dialog import ask_duration
from app.views.workshop.timer_sound import set_sound_enabled, sound_enabled

TOGGLE_KEY = "Ctrl+T"
PRESENTING_KEY = "T"  # a single letter types into cards on the board, so only while presenting
TOGGLE_TIP = QT_TRANSLATE_NOOP("TimerMenu", "Start the timer, or pause and resume it (T while presenting)")
PRESENTING_TEXT = QT_TRANSLATE_NOOP("TimerMenu", "Start or Pause the Timer While Presenting")


def build_timer_menu(window: Any, menu: Any, act: Any) -> None:
    timer: WorkshopTimer = window.workshop_timer
    sub = menu.addMenu(translate("TimerMenu", "&Timer"))
    for minutes in PRESETS_MIN:
        act(
            sub,
            f"timer_{minutes}",
            translate("TimerMenu", "{n} min").format(n=minutes),
            lambda m=minutes: timer.start(m * 60),
            tip=translate("TimerMenu", "Count down {n} min").format(n=minutes),
        )
    act(
        sub,
        "timer_custom",
        translate("TimerMenu", "&Custom…"),
        lambda: start_custom(window),
        tip=translate("TimerMenu", "Count down a time you type (5, 5:30, 90s)"),
    )
    sub.addSeparator()
    toggle_tip = translate("TimerMenu", TOGGLE_TIP)
    toggle = act(
        sub, "timer_toggle", translate("TimerMenu", "&Start Timer"), timer.toggle, [TOGGLE_KEY], tip=toggle_tip
    )
    act(
        sub,
        "timer_add_1",
        translate("TimerMenu", "+&1 min"),
        lambda: timer.add(60),
        tip=translate("TimerMenu", "Add a minute to the running timer"),
    )
    act(
        sub,
        "timer_add_5",
        translate("TimerMenu", "+&5 min"),
        lambda: timer.add(300),
        tip=translate("TimerMenu", "Add five minutes to the running timer"),
    )
    act(
        sub,
        "timer_stop",
        translate("TimerMenu", "St&op Timer"),
        timer.stop,
        tip=translate("TimerMenu", "Stop the timer and hide it"),
    )
    sub.addSeparator()
    sound = act(
        sub,
        "timer_sound",
        translate("TimerMenu", "Sound at &Zero"),
        lambda: None,
        tip=translate("TimerMenu", "Ring the system bell when the timer ends"),
    )
    sound.setCheckable(True)
    sound.setChecked(sound_enabled())
    sound.toggled.connect(set_sound_enabled)
    window.addAction(toggle)  # Ctrl+T still works when presenting hides the menu bar
    letter = act(
        None,
        "timer_toggle_presenting",
        translate("TimerMenu", PRESENTING_TEXT),
        timer.toggle,
        [PRESENTING_KEY],
        tip=toggle_tip,
    )
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
    if state is TimerState.RUNNING:
        text = translate("TimerMenu", "&Pause Timer")
    elif state is TimerState.PAUSED:
        text = translate("TimerMenu", "&Resume Timer")
    else:
        text = translate("TimerMenu", "&Start Timer")
    window.action("timer_toggle").setText(text)
    for name in ("timer_add_1", "timer_add_5"):
        window.action(name).setEnabled(state is not TimerState.IDLE)
    window.action("timer_stop").setEnabled(state is not TimerState.IDLE)


def set_presenting_key(window: Any, presenting: bool) -> None:
    """T starts and pauses the timer while presenting; on the board it types into a card."""
    window.action("timer_toggle_presenting").setEnabled(bool(presenting))
