"""Probe: frames of the board's view rendered offscreen while panning and zooming.

    python -m bench.probe_frames FILE [--frames N]              # ours: the real MainWindow's BoardView
    python -m bench.probe_frames JSON --bare W H [--frames N]   # baseline: bench.bare_board, viewport W x H

A frame = change the scroll position or the scale, then processEvents() and a synchronous
viewport().repaint(); the time covers exactly that (the change, the events it posts, the paint).
Gestures: "pan_100" (zoom 1.0), "pan_25" (zoom 0.25) — N frames each, stepping 40 px right and
16 px down per frame in viewport pixels, bouncing at the edges — and "zoom": N frames of
continuous zoom from 100% down to 25% and back up, about the viewport's centre. Three untimed
frames before each gesture. Prints {"gestures": {name: [ms, ...]}, "viewport": [w, h]}.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtWidgets import QGraphicsView

from bench import qt_helpers as Q
from bench.probe_open import open_bare, open_ours
from bench.stats import emit, ms

STEP_X, STEP_Y = 40, 16
WARMUP = 3


class Panner:
    def __init__(self, view: QGraphicsView):
        self.h, self.v = view.horizontalScrollBar(), view.verticalScrollBar()
        self.dx, self.dy = STEP_X, STEP_Y

    def step(self) -> None:
        for bar, attr in ((self.h, "dx"), (self.v, "dy")):
            d = getattr(self, attr)
            target = bar.value() + d
            if not bar.minimum() <= target <= bar.maximum():
                d = -d
                setattr(self, attr, d)
                target = max(bar.minimum(), min(bar.maximum(), bar.value() + d))
            bar.setValue(target)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    parser.add_argument("--bare", nargs=2, type=int, metavar=("W", "H"))
    parser.add_argument("--frames", type=int, default=60)
    args = parser.parse_args()
    Q.application()
    if args.bare:
        app, _window, view, doc, *_ = open_bare(args.file, tuple(args.bare))

        state = {"zoom": 1.0}

        def set_zoom(z: float) -> None:
            view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            view.scale(z / state["zoom"], z / state["zoom"])
            state["zoom"] = z
    else:
        app, _window, view, doc, *_ = open_ours(args.file)

        def set_zoom(z: float) -> None:
            view.set_zoom(z, QGraphicsView.ViewportAnchor.AnchorViewCenter)

    viewport = view.viewport()
    n = args.frames
    gestures: dict[str, list[float]] = {}

    for name, zoom in (("pan_100", 1.0), ("pan_25", 0.25)):
        set_zoom(zoom)
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
        view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
        panner = Panner(view)
        for _ in range(WARMUP):
            Q.timed_repaint(app, viewport, panner.step)
        gestures[name] = [ms(Q.timed_repaint(app, viewport, panner.step)) for _ in range(n)]

    set_zoom(1.0)
    view.centerOn(view.sceneRect().center())
    for _ in range(WARMUP):
        Q.timed_repaint(app, viewport)
    half = max(1, n // 2)
    factor = 0.25 ** (1.0 / half)
    zooms = [factor ** (i + 1) for i in range(half)] + [0.25 / factor ** (i + 1) for i in range(n - half)]
    gestures["zoom"] = [ms(Q.timed_repaint(app, viewport, lambda z=z: set_zoom(z))) for z in zooms]
    emit({"gestures": gestures, "viewport": [viewport.width(), viewport.height()]})
    Q.finish(doc)


if __name__ == "__main__":
    main()
