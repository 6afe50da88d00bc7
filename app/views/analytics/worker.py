"""Event-log work off the UI thread: reading a preview, counting activities and analysing a
million events take from a blink to seconds, and the window must stay responsive meanwhile.

``LogTask`` runs ``work(progress, job)`` on a ``QThread`` and reports by signals only (the worker
never touches widgets). A progress dialog opens after a short delay; its Cancel calls the engine
``Job.cancel()``, which interrupts DuckDB, and the task then ends with ``cancelled``. A
``LogError`` (or an unreadable file) ends with ``failed`` and its one line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.analytics import api
from app.i18n import translate

log = logging.getLogger(__name__)
Work = Callable[[api.Progress, api.Job], Any]
STEPS = 1000  # the progress dialog's range: the engine reports fractions
_RUNNING: set[LogTask] = set()  # a task outlives its dialog until its thread has ended


def failure_line(exc: BaseException) -> str:
    """The one line a failed task shows (a LogError already is one)."""
    if isinstance(exc, api.LogError):
        return str(exc).splitlines()[0] if str(exc) else translate("LogTask", "The log could not be read.")
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc)
    return translate("LogTask", "Unexpected error ({kind}: {reason}). Please report it.").format(
        kind=type(exc).__name__, reason=exc
    )


class _Worker(QObject):
    progress = Signal(float, str)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Work, job: api.Job) -> None:
        super().__init__()
        self._work, self._job = work, job

    def _progress(self, fraction: float, message: str = "") -> None:
        self.progress.emit(float(fraction), str(message))

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._progress, self._job)
        except api.Cancelled:
            self.cancelled.emit()
        except BaseException as exc:  # the thread's edge: nothing may escape into Qt
            if self._job.cancelled:
                self.cancelled.emit()  # DuckDB's interrupt surfaces as its own error
                return
            if not isinstance(exc, (api.LogError, OSError)):
                log.exception("event log task failed")
            self.failed.emit(failure_line(exc))
        else:
            if self._job.cancelled:
                self.cancelled.emit()
            else:
                self.done.emit(result)


class LogTask(QObject):
    """One run of ``work``; ``start`` once; ``ended`` follows ``done``, ``failed`` or ``cancelled``."""

    progress = Signal(float, str)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    ended = Signal()

    def __init__(self, work: Work, title: str, label: str, parent_widget: QWidget | None = None) -> None:
        super().__init__()
        self.job = api.Job()
        self.title, self.label, self.parent_widget = title, label, parent_widget
        self.dialog: QProgressDialog | None = None
        self._abandoned = False  # the window closed: the end is reported to no one
        self._thread = QThread()
        self._thread.setObjectName("waymark-analytics")
        self._worker = _Worker(work, self.job)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self._progress)
        # bound slots of this object (it lives on the UI thread), so Qt queues them there
        self._worker.done.connect(self._done)
        self._worker.failed.connect(self._failed)
        self._worker.cancelled.connect(self._cancelled)
        self._thread.finished.connect(self._worker.deleteLater)

    def start(self) -> None:
        # busy (no percentage) until the engine reports a fraction: counting activities never does
        dialog = self.dialog = QProgressDialog(self.label, translate("LogTask", "Cancel"), 0, 0, self.parent_widget)
        dialog.setMinimumWidth(380)
        dialog.setWindowTitle(self.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # a small log is done before the dialog would flash
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.canceled.connect(self.cancel)
        _RUNNING.add(self)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the engine to stop; the task then ends with ``cancelled`` (from its thread)."""
        self.job.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(translate("LogTask", "Cancelling…"))

    def abandon(self) -> None:
        """The window is closing: stop the engine and tell nobody (the task's own thread still
        ends; its dialog goes with the window)."""
        self._abandoned = True
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog = None
        self.job.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        return self._thread.wait(msecs)

    @property
    def running(self) -> bool:
        return self in _RUNNING

    @Slot(float, str)
    def _progress(self, fraction: float, message: str) -> None:
        if self._abandoned:
            return
        self.progress.emit(fraction, message)
        if self.dialog is not None and not self.job.cancelled:
            if fraction > 0 and self.dialog.maximum() == 0:
                self.dialog.setRange(0, STEPS)
            if self.dialog.maximum():
                self.dialog.setValue(max(0, min(STEPS, round(fraction * STEPS))))
            if message:
                self.dialog.setLabelText(message[:1].upper() + message[1:])

    @Slot(object)
    def _done(self, result: object) -> None:
        self._end(self.done, result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._end(self.failed, message)

    @Slot()
    def _cancelled(self) -> None:
        self._end(self.cancelled)

    def _end(self, signal: Any, *args: Any) -> None:
        self._thread.quit()
        self._thread.wait()
        _RUNNING.discard(self)
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        if not self._abandoned:
            signal.emit(*args)
            self.ended.emit()
