"""The few types every analytics module shares: the error the user reads, the cancel token.

They live here, not in ``api.py``, so the modules that do the work can raise them without
importing the API that imports them (``api.py`` re-exports all of them).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from app.models.entities import JourneyAnalytics, LogColumns


class LogError(ValueError):
    """A log that cannot be analysed; the message is one line for the user."""


class Cancelled(Exception):
    """The user pressed Cancel; nothing was produced."""


class Role(StrEnum):
    """What a column of the log may hold (the first three are required)."""

    CASE = "case"
    ACTIVITY = "activity"
    TIME = "time"
    CHANNEL = "channel"
    SEGMENT = "segment"
    VALUE = "value"
    FEEDBACK = "feedback"
    RATING = "rating"


REQUIRED_ROLES = (Role.CASE, Role.ACTIVITY, Role.TIME)


class Interruptible(Protocol):
    def interrupt(self) -> None: ...


class Job:
    """A running analysis the window can cancel from another thread (it interrupts DuckDB).

    ``cancel`` may come from any thread at any moment: it sets a flag under a lock and
    interrupts the query running then; the worker checks the flag between steps, so a cancel
    that lands between two queries is not lost.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._conn: Interruptible | None = None

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            conn = self._conn
        if conn is not None:
            conn.interrupt()

    @property
    def cancelled(self) -> bool:
        with self._lock:
            return self._cancelled

    def attach(self, conn: Interruptible | None) -> None:
        """The connection ``cancel`` interrupts (None once the work is done)."""
        with self._lock:
            self._conn = conn

    def check(self) -> None:
        """Raise ``Cancelled`` if the user cancelled; called between steps."""
        if self.cancelled:
            raise Cancelled()


@dataclass(frozen=True)
class AnalysisRequest:
    path: Path
    columns: LogColumns
    stages: tuple[tuple[str, str], ...]  # (stage id, stage name) in the map's order
    mapping: Mapping[str, str] | None = None  # activity → stage id; None: suggested by name
    card_mapping: Mapping[str, str] = field(default_factory=dict)  # activity → touchpoint card id
    naive_zone: str = "UTC"
    split_at: str | None = None  # ISO instant: compare cases starting before / from it
    sentiment: bool = True


@dataclass(frozen=True)
class AnalysisResult:
    analytics: JourneyAnalytics
    warnings: tuple[str, ...] = ()


Progress = Callable[[float, str], None]  # (fraction 0..1, what is being done)
