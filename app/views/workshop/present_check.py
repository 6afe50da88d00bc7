"""``waymark present FILE --smoke``: start presentation mode in a real window, paint it once and
say whether something was drawn — a check for CI and packaging that the mode comes up, not only
that the window does."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

MIN_COLOURS = 8  # a painted board has paper, ink, card colours, dimming; a blank grab has one


def distinct_colours(image: QImage, step: int = 7) -> int:
    """The colours on a sparse grid of the image (enough to tell a board from a blank)."""
    seen: set[int] = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
            if len(seen) > 255:
                return len(seen)
    return len(seen)


def paint_presentation(window: Any) -> QImage:
    """Start presenting (the first stage of the window's journey) and grab one real paint."""
    window.presentation.start()
    QApplication.processEvents()
    return window.grab().toImage()


def presentation_painted(window: Any) -> bool:
    image = paint_presentation(window)
    painted = window.presentation.active and not image.isNull() and distinct_colours(image) >= MIN_COLOURS
    window.presentation.stop()
    return bool(painted)
