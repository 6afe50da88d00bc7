"""Run a long export off the UI thread.

``ExportTask`` deep-copies the project on the UI thread when it is made, so edits made
while the export runs can never race with it, then runs a job on a ``QThread``:

    job(snapshot, out, progress=..., cancelled=...)

``progress(done, total, message)`` and ``cancelled() -> bool`` are the usual exporter
callbacks. The job writes to a temporary file beside ``out``; only a finished export
replaces ``out``, so a failed or cancelled one leaves no file behind (and never destroys
an older file of the same name). The worker never touches widgets: it only emits signals,
which Qt delivers on the UI thread.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.exporters.common import ExportCancelled  # the exporters' one cancel, without their libraries
from app.i18n import translate
from app.models.errors import WaymarkError

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.05  # seconds between progress signals; a 10,000-card map would flood the UI
_RUNNING: set[ExportTask] = set()  # a task outlives its dialog until its thread has ended


def partial_path(out: Path) -> Path:
    """Where the job writes before the result replaces ``out`` (same folder, same suffix)."""
    return out.with_name(f".{out.stem}.partial{out.suffix}")


class ExportWorker(QObject):
    """Lives on the worker thread; ``run`` calls the job and reports by signals only."""

    progress = Signal(int, int, str)
    finished = Signal(str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: Callable, snapshot: object, out: Path, stop: threading.Event):
        super().__init__()
        self._job, self._snapshot, self._out, self._stop = job, snapshot, Path(out), stop
        self._last_emit = 0.0

    def _progress(self, done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        if done <= 0 or done >= total or now - self._last_emit >= PROGRESS_INTERVAL:
            self._last_emit = now
            self.progress.emit(int(done), int(total), str(message))

    def _cancelled(self) -> bool:
        return self._stop.is_set()

    @Slot()
    def run(self) -> None:
        temp = partial_path(self._out)
        try:
            self._job(self._snapshot, temp, progress=self._progress, cancelled=self._cancelled)
            if self._stop.is_set():
                raise _Stopped
            if not temp.exists():
                raise WaymarkError(translate("ExportWorker", "the exporter wrote no file"))
            os.replace(temp, self._out)
        except BaseException as exc:  # the thread's edge: nothing may escape into Qt
            with contextlib.suppress(OSError):
                temp.unlink()
            if isinstance(exc, (_Stopped, ExportCancelled)) or self._stop.is_set():
                self.cancelled.emit()
            elif isinstance(exc, WaymarkError):
                self.failed.emit(str(exc))
            elif isinstance(exc, OSError):
                self.failed.emit(
                    translate("ExportWorker", "Cannot write {name}: {error}").format(
                        name=self._out.name, error=exc.strerror or exc
                    )
                )
            else:
                log.exception("export failed")
                self.failed.emit(
                    translate(
                        "ExportWorker",
                        "Unexpected error ({kind}: {error}). Please report it with the project that caused it.",
                    ).format(kind=type(exc).__name__, error=exc)
                )
            return
        finally:
            self._snapshot = None
        self.finished.emit(str(self._out))


class _Stopped(Exception):
    pass


class ExportTask(QObject):
    """One export: owns the worker and its thread; ``start`` once, ``cancel`` any time.

    The signals are the worker's, forwarded: connect to these, not to the worker.
    """

    progress = Signal(int, int, str)
    finished = Signal(str)
    failed = Signal(str)
    cancelled = Signal()
    ended = Signal()  # after any of finished, failed or cancelled; the thread has stopped

    def __init__(self, job: Callable, project, out: Path):
        super().__init__()
        snapshot = project.model_copy(deep=True)  # on the UI thread, before the thread starts
        self._stop = threading.Event()
        self._thread = QThread()
        self._thread.setObjectName("waymark-export")
        self._worker = ExportWorker(job, snapshot, Path(out), self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress)
        self._worker.finished.connect(self._relay_finished)
        self._worker.failed.connect(self._relay_failed)
        self._worker.cancelled.connect(self._relay_cancelled)
        self._thread.finished.connect(self._thread_ended)
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    @property
    def cancel_requested(self) -> bool:
        return self._stop.is_set()

    def start(self) -> None:
        self._running = True
        _RUNNING.add(self)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the job to stop; ``cancelled`` follows once it has (no file is left)."""
        self._stop.set()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the thread ends (for shutdown and tests)."""
        return self._thread.wait(msecs)

    # The worker's result arrives here on the UI thread; the thread is then asked to quit.

    def _relay_finished(self, path: str) -> None:
        self._thread.quit()
        self.finished.emit(path)

    def _relay_failed(self, message: str) -> None:
        self._thread.quit()
        self.failed.emit(message)

    def _relay_cancelled(self) -> None:
        self._thread.quit()
        self.cancelled.emit()

    def _thread_ended(self) -> None:
        self._thread.wait()  # finished is emitted just before the thread really stops
        self._running = False
        self.ended.emit()
        _RUNNING.discard(self)
        self._worker.deleteLater()
