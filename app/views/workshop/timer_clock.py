"""The workshop timer's clock: what it counts, not how it is drawn.

One clock per main window; the small overlay in the window, the large one on the projector
and the presenter view all show the same clock, so pausing in one pauses all. It counts on
a monotonic clock (QElapsedTimer), not by adding up ticks, so a busy event loop makes the
display late, never the time wrong.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Protocol

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

PRESETS_MIN = (1, 3, 5, 10, 15)
MAX_SECONDS = 24 * 3600 - 1
_TICK_MS = 200


class TimerState(Enum):
    IDLE = "idle"  # never started or stopped
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"  # reached zero; stays until started or stopped


def parse_duration(text: str) -> int | None:
    """Seconds from what a facilitator types: "5" (minutes), "5:30", "1:02:00", "90s", "2m",
    "1h 30m"; None when it is not a time or is zero or longer than a day."""
    t = text.strip().lower().replace(" ", "")
    if not t:
        return None
    seconds: int | None = None
    if re.fullmatch(r"\d{1,5}", t):
        seconds = int(t) * 60
    elif m := re.fullmatch(r"(?:(\d{1,2}):)?(\d{1,3}):(\d{2})", t):
        h, mins, secs = int(m.group(1) or 0), int(m.group(2)), int(m.group(3))
        seconds = None if secs > 59 else h * 3600 + mins * 60 + secs
    elif m := re.fullmatch(r"(?:(\d{1,2})h)?(?:(\d{1,4})m(?:in)?)?(?:(\d{1,5})s(?:ec)?)?", t):
        if any(m.groups()):
            seconds = int(m.group(1) or 0) * 3600 + int(m.group(2) or 0) * 60 + int(m.group(3) or 0)
    if seconds is None or not 0 < seconds <= MAX_SECONDS:
        return None
    return seconds


def format_remaining(seconds: int) -> str:
    """ "4:59", "12:00", "1:02:03"; whole seconds rounded up so "0:00" means done."""
    seconds = max(0, seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class Clock(Protocol):
    """What the timer needs of QElapsedTimer; tests hand in a clock they move by hand."""

    def start(self) -> None: ...

    def elapsed(self) -> int: ...


class WorkshopTimer(QObject):
    """A countdown. ``changed`` on every visible change (each second, start, pause…);
    ``finished`` once when it reaches zero."""

    changed = Signal()
    finished = Signal()

    def __init__(self, parent: QObject | None = None, clock: Clock | None = None):
        super().__init__(parent)
        self.state = TimerState.IDLE
        self.duration_ms = 0  # the time set, plus what +1/+5 added
        self._spent_ms = 0  # counted before the current run
        self._clock: Clock = clock if clock is not None else QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(_TICK_MS)
        self._tick.timeout.connect(self.tick)
        self._shown = -1
        self.last_minutes = 5  # what T starts when nothing was set yet

    # -- reading --
    def remaining_ms(self) -> int:
        spent = self._spent_ms + (self._clock.elapsed() if self.state is TimerState.RUNNING else 0)
        return max(0, self.duration_ms - spent)

    def remaining_s(self) -> int:
        return -(-self.remaining_ms() // 1000)  # ceil: 4.2 s left reads 0:05

    def text(self) -> str:
        return format_remaining(self.remaining_s())

    @property
    def active(self) -> bool:
        """Running or paused: something to show."""
        return self.state in (TimerState.RUNNING, TimerState.PAUSED)

    # -- commands --
    def start(self, seconds: int) -> None:
        seconds = max(1, min(MAX_SECONDS, int(seconds)))
        if seconds % 60 == 0:
            self.last_minutes = seconds // 60
        self.duration_ms, self._spent_ms = seconds * 1000, 0
        self._run()

    def toggle(self) -> None:
        """T: start the last time when idle or finished, otherwise pause or resume."""
        if self.state is TimerState.RUNNING:
            self.pause()
        elif self.state is TimerState.PAUSED:
            self.resume()
        else:
            self.start(self.last_minutes * 60)

    def pause(self) -> None:
        if self.state is TimerState.RUNNING:
            self._spent_ms += self._clock.elapsed()
            self.state = TimerState.PAUSED
            self._tick.stop()
            self._emit()

    def resume(self) -> None:
        if self.state is TimerState.PAUSED:
            self._run()

    def stop(self) -> None:
        self._tick.stop()
        self.state, self.duration_ms, self._spent_ms = TimerState.IDLE, 0, 0
        self._emit()

    def add(self, seconds: int) -> None:
        """+1 / +5 min while running or paused (a finished timer starts again with it)."""
        if self.state is TimerState.FINISHED:
            self.start(seconds)
            return
        if self.active:
            self.duration_ms = min(self.duration_ms + seconds * 1000, self._spent_ms + MAX_SECONDS * 1000)
            self._emit()

    # -- inside --
    def _run(self) -> None:
        self.state = TimerState.RUNNING
        self._clock.start()
        self._tick.start()
        self._emit()

    def tick(self) -> None:
        """Look at the clock now (the tick timer does, five times a second; tests do by hand)."""
        if self.state is not TimerState.RUNNING:
            return  # a tick queued before a pause, stop or the end: nothing runs, nothing ends
        if self.remaining_ms() <= 0:
            self._spent_ms, self.state = self.duration_ms, TimerState.FINISHED
            self._tick.stop()
            self._emit()
            self.finished.emit()
        elif self.remaining_s() != self._shown:
            self._emit()

    def _emit(self) -> None:
        self._shown = self.remaining_s()
        self.changed.emit()
