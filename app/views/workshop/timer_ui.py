"""The window's timer, shown: the overlays on the board, the bell at zero, and the switch between
the window's small pill and the projector's large one when presentation mode comes and goes.

Presentation mode (``window.presentation``: a QObject with ``toggled(bool)`` and ``active``) is
another tool's; when the window has one it is followed, else the timer stays in window mode.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from app.views.workshop.timer_face import TimerFace
from app.views.workshop.timer_menu import set_presenting_key
from app.views.workshop.timer_overlay import TimerOverlays
from app.views.workshop.timer_sound import ring


class TimerUI(QObject):
    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        timer = window.workshop_timer
        self.face = TimerFace(timer, self)
        self.overlays = TimerOverlays(window.view.viewport(), self.face)
        timer.finished.connect(ring)
        presentation = getattr(window, "presentation", None)
        if presentation is not None:
            self.attach_presentation(presentation)

    def attach_presentation(self, presentation: QObject) -> None:
        presentation.toggled.connect(self.set_presenting)  # type: ignore[attr-defined]
        self.set_presenting(bool(getattr(presentation, "active", False)))

    def set_presenting(self, on: bool) -> None:
        self.overlays.set_presenting(on)
        set_presenting_key(self.window, on)
