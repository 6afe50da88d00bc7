"""Presentation's numbers, apart from any widget: how far to zoom a stepped stage, where the
board and the presenter view go when there are two screens, and what stays lit.

Kept free of views so the 18 px rule and the screen choice can be tested with made-up
viewports and screen geometries (a CI machine has one screen, a projector room two).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QPainterPath

MIN_TEXT_PX = 18.0  # card text on the projector: readable from the back of a room
MAX_STEP_ZOOM = 4.0  # the board view's own upper bound


def step_zoom(port_w: float, port_h: float, map_h: float, stage_w: float, lane_w: float, text_px: float) -> float:
    """The zoom of a stepped stage: the whole map height filling the screen when that keeps card
    text at ``MIN_TEXT_PX`` or more, never less than that (the map then scrolls up and down), and
    never so much that the lane names and the stage stop fitting across."""
    floor = MIN_TEXT_PX / text_px
    fill = port_h / map_h if map_h > 0 else floor
    across = port_w / (lane_w + stage_w) if lane_w + stage_w > 0 else fill
    return max(floor, min(fill, across, MAX_STEP_ZOOM))


def centred_left(port_w: float, lane_px: float, stage_px: float) -> float:
    """Where (viewport x) a stepped stage's left edge goes: centred in the room right of the
    frozen lane column, so its neighbours show, dimmed, on both sides."""
    return lane_px + max(0.0, (port_w - lane_px - stage_px) / 2)


@dataclass(frozen=True)
class Placement:
    """Which screen shows what: the board full screen on ``board``; the presenter view on
    ``presenter`` (None: one screen, so only when asked for, beside the board)."""

    board: int
    presenter: int | None


def place_screens(geometries: list[QRect], primary: int) -> Placement:
    """With two or more screens the projector is a screen that is not the primary (the laptop's
    own); the largest such, should there be several. The presenter view stays on the primary."""
    others = [i for i in range(len(geometries)) if i != primary]
    if not others:
        return Placement(board=primary, presenter=None)
    projector = max(others, key=lambda i: geometries[i].width() * geometries[i].height())
    return Placement(board=projector, presenter=primary)


def dim_path(visible: QRectF, lit: list[QRectF]) -> QPainterPath:
    """The part of ``visible`` to darken: all of it but the ``lit`` rects (board units)."""
    path = QPainterPath()
    path.addRect(visible)
    for rect in lit:
        hole = QPainterPath()
        hole.addRect(rect)
        path = path.subtracted(hole)
    return path
