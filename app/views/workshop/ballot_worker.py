"""Ballot work off the UI thread: writing a workbook per participant, or reading many filled-in
ones, takes seconds for a big session, and the window must not freeze meanwhile.

``BallotJob`` runs ``work(progress, cancelled)`` on a ``QThread`` and reports by signals only
(the worker never touches widgets); ``done`` carries the result, ``failed`` one line.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.i18n import translate
from app.models.errors import WaymarkError

log = logging.getLogger(__name__)
Work = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]
_RUNNING: set[BallotJob] = set()  # a job outlives its dialog until its thread has ended


class _Worker(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, stop: threading.Event) -> None:
        super().__init__()
        self._work, self._stop = work, stop

    def _progress(self, done: int, total: int, message: str = "") -> None:
        self.progress.emit(int(done), int(total), str(message))

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._progress, self._stop.is_set)
        except BaseException as exc:  # the thread's edge: nothing may escape into Qt
            if isinstance(exc, WaymarkError):
                self.failed.emit(str(exc))
            elif isinstance(exc, OSError):
                self.failed.emit(f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc))
            else:
                log.exception("ballot job failed")
                self.failed.emit(
                    translate("BallotWorker", "Unexpected error ({kind}: {reason}). Please report it.").format(
                        kind=type(exc).__name__, reason=exc
                    )
                )
            return
        self.done.emit(result)


class BallotJob(QObject):
    """One run of ``work``; ``start`` once; ``ended`` follows ``done`` or ``failed``."""

    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)
    ended = Signal()

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._stop = threading.Event()
        self._thread = QThread()
        self._thread.setObjectName("waymark-ballots")
        self._worker = _Worker(work, self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress)
        self._worker.done.connect(self._relay_done)
        self._worker.failed.connect(self._relay_failed)
        self._thread.finished.connect(self._worker.deleteLater)

    def start(self) -> None:
        _RUNNING.add(self)
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def wait(self, msecs: int = 30000) -> bool:
        return self._thread.wait(msecs)

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        _RUNNING.discard(self)

    def _relay_done(self, result: object) -> None:
        self._finish()
        self.done.emit(result)
        self.ended.emit()

    def _relay_failed(self, message: str) -> None:
        self._finish()
        self.failed.emit(message)
        self.ended.emit()
