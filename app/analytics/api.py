"""What the rest of Waymark calls: preview a log, detect its columns, suggest a mapping, analyse.

Every failure is a ``LogError`` whose message is one line naming the problem (the CLI prints
it after ``waymark:``, the window shows it), and nothing is written anywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.models.entities import JourneyAnalytics, LogColumns, LogFormat


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


@dataclass(frozen=True)
class LogPreview:
    path: Path
    format: LogFormat
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # the first rows as text, for the column dialog
    detected: Mapping[Role, str]  # what auto-detection picked (may miss roles)
    encoding: str = "utf-8"
    delimiter: str | None = None
    notes: tuple[str, ...] = ()  # e.g. "times without a zone are read as UTC"


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


class Job:
    """A running analysis the window can cancel from another thread (it interrupts DuckDB)."""

    def cancel(self) -> None:
        raise NotImplementedError

    @property
    def cancelled(self) -> bool:
        raise NotImplementedError


Progress = Callable[[float, str], None]  # (fraction 0..1, what is being done)


def preview_log(path: Path) -> LogPreview:
    raise NotImplementedError


def detect_columns(columns: Sequence[str]) -> dict[Role, str]:
    raise NotImplementedError


def activity_counts(path: Path, columns: LogColumns, job: Job | None = None) -> dict[str, int]:
    raise NotImplementedError


def suggest_mapping(activities: Sequence[str], stages: Sequence[tuple[str, str]]) -> dict[str, str]:
    raise NotImplementedError


def analyse(request: AnalysisRequest, progress: Progress | None = None, job: Job | None = None) -> AnalysisResult:
    raise NotImplementedError


def report_json(analytics: JourneyAnalytics, stage_names: Mapping[str, str]) -> dict[str, Any]:
    """The JSON ``waymark analytics`` prints (README "Journey analytics")."""
    raise NotImplementedError
