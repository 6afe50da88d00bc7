"""Qt plumbing shared by the probes: an offscreen QApplication, first-paint waiting and timed repaints.

Import this module only in probe subprocesses (it starts Qt).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

import app.models.entities  # noqa: F401  (before PySide6; see app/document/__init__.py)
from bench.stats import now

WINDOW_SIZE = (1600, 1000)  # what `waymark --smoke` uses


def application() -> QApplication:
    app = QApplication.instance() or QApplication(["waymark-bench"])
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(lambda *_args: None)  # the offscreen plugin's chatter is not a result
    return app


class PaintWatcher(QObject):
    """Counts paint events of one widget (the board's viewport)."""

    def __init__(self, widget: QWidget):
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def wait_first_paint(app: QApplication, viewport: QWidget, watcher: PaintWatcher, timeout_s: float = 60.0) -> str:
    """Process events until ``viewport`` has painted once; returns how ("event" or "grab")."""
    deadline = now() + timeout_s
    while watcher.count == 0 and now() < deadline:
        app.processEvents()
        if watcher.count == 0:
            app.sendPostedEvents()
            app.processEvents()
            if watcher.count == 0:
                # Nothing was exposed yet: ask for a synchronous paint of the visible viewport.
                viewport.repaint()
    if watcher.count:
        return "event"
    viewport.grab()
    return "grab"


def timed_repaint(app: QApplication, viewport: QWidget, change=None) -> float:
    """Seconds for ``change()`` (if any) + processEvents + a synchronous repaint of ``viewport``."""
    t0 = now()
    if change is not None:
        change()
    app.processEvents()
    viewport.repaint()
    return now() - t0


def finish(doc=None) -> None:
    """Close the document (its lock and working copy) and leave at once: Qt's teardown is not measured."""
    import sys

    if doc is not None:
        doc.close()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
