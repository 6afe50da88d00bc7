"""Sound at Zero: a setting kept in Waymark's settings file, and the sound itself.

PySide6-Essentials ships no QtMultimedia (no QSoundEffect), and Waymark adds no dependency for
a chime, so the sound is the system bell (QApplication.beep), rung three times so it is heard
over a discussion. Whether it sounds is read when the timer ends, so every window agrees.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.views.recent_files import settings

SOUND_KEY = "workshop/timer_sound_at_zero"
RINGS, RING_GAP_MS = 3, 350


def sound_enabled() -> bool:
    value = settings().value(SOUND_KEY, False)
    return value in (True, "true", "1", 1)  # an INI file gives the text back


def set_sound_enabled(on: bool) -> None:
    store = settings()
    store.setValue(SOUND_KEY, bool(on))
    store.sync()


def ring() -> int:
    """Ring the bell if Sound at Zero is on; how many rings were started (0 when off)."""
    if not sound_enabled():
        return 0
    for n in range(RINGS):
        QTimer.singleShot(n * RING_GAP_MS, QApplication.beep)
    return RINGS
