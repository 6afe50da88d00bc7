"""What every timer overlay shows: the clock's text and one look, the flash at zero included.

The small pill in the window and the large one on the projector paint the same face, so they
blink together and a test can step the flash without waiting for it.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal

from app.views.workshop.timer_clock import TimerState, WorkshopTimer

FLASH_MS = 250  # one blink phase
FLASH_STEPS = 16  # 16 phases of 250 ms: four seconds of red/white, then it stays red


class TimerLook(Enum):
    HIDDEN = "hidden"  # idle: nothing to show
    RUNNING = "running"
    PAUSED = "paused"
    FLASH_RED = "flash_red"  # at zero, blinking between red and white
    FLASH_WHITE = "flash_white"
    ALARM = "alarm"  # at zero after the flash: red "0:00" until stopped or restarted


class TimerFace(QObject):
    """Follows one clock; ``changed`` whenever the text or the look changes."""

    changed = Signal()

    def __init__(self, timer: WorkshopTimer, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = timer
        self._flash_left = 0
        self._blink = QTimer(self)
        self._blink.setInterval(FLASH_MS)
        self._blink.timeout.connect(self.flash_step)
        timer.changed.connect(self._clock_changed)
        timer.finished.connect(self._finished)

    @property
    def text(self) -> str:
        return self.timer.text()

    @property
    def look(self) -> TimerLook:
        state = self.timer.state
        if state is TimerState.RUNNING:
            return TimerLook.RUNNING
        if state is TimerState.PAUSED:
            return TimerLook.PAUSED
        if state is TimerState.FINISHED:
            if self._flash_left <= 0:
                return TimerLook.ALARM
            return TimerLook.FLASH_RED if self._flash_left % 2 == 0 else TimerLook.FLASH_WHITE
        return TimerLook.HIDDEN

    @property
    def flashing(self) -> bool:
        return self._flash_left > 0

    def flash_step(self) -> None:
        """One blink phase (the blink timer calls it every 250 ms)."""
        self._flash_left = max(0, self._flash_left - 1)
        if not self._flash_left:
            self._blink.stop()
        self.changed.emit()

    def _finished(self) -> None:
        self._flash_left = FLASH_STEPS
        self._blink.start()
        self.changed.emit()

    def _clock_changed(self) -> None:
        if self.timer.state is not TimerState.FINISHED and self._flash_left:
            self._flash_left = 0  # restarted or stopped while blinking
            self._blink.stop()
        self.changed.emit()
