"""Probe: open a .waymark file in the real MainWindow (offscreen) until the board's viewport paints.

    python -m bench.probe_open FILE            # ours: Document.open + MainWindow + show
    python -m bench.probe_open JSON --bare W H # baseline: bench.bare_board from the JSON, viewport W x H

Prints one BENCH-RESULT line: {"ms", "phases": {...}, "peak_rss_mb", "viewport": [w, h], "paint": how}.
t0 is taken after the imports and the QApplication: the time is the file's, not the interpreter's.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bench import qt_helpers as Q
from bench.stats import emit, ms, now, peak_rss_mb


def fit_viewport(app, top, viewport, size: tuple[int, int]) -> None:
    """Resize the top-level widget so that ``viewport`` is ``size`` (scroll bars and frames vary)."""
    w, h = size
    top.resize(w, h)
    for _ in range(3):
        app.processEvents()
        dw, dh = w - viewport.width(), h - viewport.height()
        if not dw and not dh:
            return
        top.resize(top.width() + dw, top.height() + dh)


def open_ours(path: Path):
    app = Q.application()
    from app.document.document import Document
    from app.views.main_window import MainWindow

    phases = {}
    t0 = now()
    doc = Document.open(path)
    t1 = now()
    window = MainWindow(doc)
    t2 = now()
    viewport = window.view.viewport()
    watcher = Q.PaintWatcher(viewport)
    window.resize(*Q.WINDOW_SIZE)
    window.show()
    how = Q.wait_first_paint(app, viewport, watcher)
    t3 = now()
    phases = {"document_open_ms": ms(t1 - t0), "window_build_ms": ms(t2 - t1), "show_to_paint_ms": ms(t3 - t2)}
    return app, window, window.view, doc, ms(t3 - t0), phases, how


def open_bare(path: Path, size: tuple[int, int]):
    app = Q.application()
    from bench.bare_board import build_scene, make_window  # noqa: F401

    t0 = now()
    window, view = make_window(path)
    t1 = now()
    viewport = view.viewport()
    watcher = Q.PaintWatcher(viewport)
    window.resize(*Q.WINDOW_SIZE)
    window.show()
    how = Q.wait_first_paint(app, viewport, watcher)
    t2 = now()
    fit_viewport(app, window, viewport, size)
    phases = {"build_ms": ms(t1 - t0), "show_to_paint_ms": ms(t2 - t1)}
    return app, window, view, None, ms(t2 - t0), phases, how


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    parser.add_argument("--bare", nargs=2, type=int, metavar=("W", "H"))
    args = parser.parse_args()
    Q.application()
    if args.bare:
        _app, _window, view, doc, total, phases, how = open_bare(args.file, tuple(args.bare))
    else:
        _app, _window, view, doc, total, phases, how = open_ours(args.file)
    vp = view.viewport()
    emit(
        {
            "ms": total,
            "phases": phases,
            "peak_rss_mb": peak_rss_mb(),
            "viewport": [vp.width(), vp.height()],
            "paint": how,
        }
    )
    Q.finish(doc)


if __name__ == "__main__":
    main()
