"""What the rest of Waymark calls: preview a log, detect its columns, suggest a mapping, analyse.

Every failure is a ``LogError`` whose message is one line naming the problem (the CLI prints
it after ``waymark:``, the window shows it), and nothing is written anywhere.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.analytics import columns as _columns
from app.analytics import engine, sources, times, xes
from app.analytics.base import (
    REQUIRED_ROLES,
    AnalysisRequest,
    AnalysisResult,
    Cancelled,
    Job,
    LogError,
    Progress,
    Role,
)
from app.i18n import translate
from app.models.entities import JourneyAnalytics, LogColumns, LogFormat

__all__ = [
    "REQUIRED_ROLES",
    "AnalysisRequest",
    "AnalysisResult",
    "Cancelled",
    "Job",
    "LogError",
    "LogPreview",
    "Progress",
    "Role",
    "activity_counts",
    "analyse",
    "detect_columns",
    "log_columns",
    "preview_log",
    "report_json",
    "suggest_mapping",
]


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


def preview_log(path: Path) -> LogPreview:
    """The log's format, columns, first rows and detected roles; reads the first rows only."""
    sniffed = sources.sniff(path)
    if sniffed.format == LogFormat.XES:
        names, events = xes.head(path, sources.PREVIEW_ROWS)
        rows = tuple(tuple(e.get(c, "") for c in names) for e in events)
        return _preview(path, sniffed, names, rows)
    with engine.session() as (conn, scratch):
        src, names = sources.source_sql(conn, path, sniffed, scratch)
        rows = sources.preview_rows(conn, src, names, path)
    return _preview(path, sniffed, names, rows)


def _preview(path: Path, sniffed: sources.Sniffed, names: list[str], rows: tuple[tuple[str, ...], ...]) -> LogPreview:
    detected = detect_columns(names)
    notes: list[str] = []
    time_col = detected.get(Role.TIME)
    if time_col is not None:
        n = names.index(time_col)
        if any(row[n] and not times.has_zone(row[n]) for row in rows):
            notes.append(
                translate("AnalyticsApi", "{note} unless you choose another zone").format(note=times.naive_note("UTC"))
            )
    if Role.FEEDBACK in detected:
        notes.append(
            translate(
                "AnalyticsApi",
                "feedback sentiment is scored for English text only; a rating column works in any language",
            )
        )
    if sniffed.format in (LogFormat.CSV, LogFormat.TSV) and sniffed.encoding != "utf-8":
        notes.append(translate("AnalyticsApi", "the text is read as {encoding}").format(encoding=sniffed.encoding))
    return LogPreview(
        path=path,
        format=sniffed.format,
        columns=tuple(names),
        rows=rows,
        detected=detected,
        encoding=sniffed.encoding,
        delimiter=sniffed.delimiter,
        notes=tuple(notes),
    )


def log_columns(path: Path) -> tuple[str, ...]:
    """The log's column names only: for CSV/TSV from the header line, without starting DuckDB."""
    sniffed = sources.sniff(path)
    if sniffed.format in (LogFormat.CSV, LogFormat.TSV):
        return sniffed.header
    return preview_log(path).columns


def detect_columns(columns: Sequence[str]) -> dict[Role, str]:
    return _columns.detect_columns(columns)


def activity_counts(path: Path, columns: LogColumns, job: Job | None = None) -> dict[str, int]:
    from app.analytics.analysis import count_activities

    return count_activities(path, columns, job)


def suggest_mapping(activities: Sequence[str], stages: Sequence[tuple[str, str]]) -> dict[str, str]:
    from app.analytics.mapping import suggest

    return suggest(activities, stages)


def analyse(request: AnalysisRequest, progress: Progress | None = None, job: Job | None = None) -> AnalysisResult:
    from app.analytics.analysis import run_analysis

    return run_analysis(request, progress, job)


def report_json(analytics: JourneyAnalytics, stage_names: Mapping[str, str]) -> dict[str, Any]:
    """The JSON ``waymark analytics`` prints (README "Journey analytics")."""
    from app.analytics.report import report

    return report(analytics, stage_names)
