"""The DuckDB connection every analysis runs on: nothing downloaded, bounded memory.

Extension auto-install and auto-load are off, so DuckDB never reaches the network (ICU and
Parquet are built into the wheel). Memory is capped at ``MEMORY_LIMIT`` and DuckDB spills what
does not fit to a private temporary folder, which is removed when the analysis ends: a
10-million-event log streams through SQL and never becomes Python rows.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from app.analytics.base import Cancelled, Job, LogError
from app.i18n import translate

MEMORY_LIMIT = "400MB"
MAX_LINE_SIZE = 8 * 1024 * 1024  # one CSV record may be this long; longer is refused in one line


def connect(temp_dir: Path, threads: int | None = None) -> duckdb.DuckDBPyConnection:
    config: dict[str, str | bool | int | float | list[str]] = {
        "autoinstall_known_extensions": False,
        "autoload_known_extensions": False,
        "memory_limit": MEMORY_LIMIT,
        "temp_directory": str(temp_dir),
        "threads": threads or max(1, min(4, os.cpu_count() or 1)),
        "preserve_insertion_order": True,  # a table's rowid is the file order: ties sort by it
    }
    return duckdb.connect(":memory:", config=config)


@contextmanager
def session(job: Job | None = None) -> Iterator[tuple[duckdb.DuckDBPyConnection, Path]]:
    """A connection and a scratch folder (spill files, a converted XES), both gone afterwards.

    DuckDB's own errors become ``LogError`` (first line only) and an interrupt ``Cancelled``.
    """
    folder = Path(tempfile.mkdtemp(prefix="waymark-analytics-"))
    conn = connect(folder / "spill")
    if job is not None:
        job.attach(conn)
    try:
        yield conn, folder
    except duckdb.InterruptException:
        raise Cancelled() from None
    except duckdb.OutOfMemoryException:
        raise LogError(
            translate("AnalyticsEngine", "the log needs more memory than the analysis may use ({limit})").format(
                limit=MEMORY_LIMIT
            )
        ) from None
    except duckdb.Error as exc:
        if job is not None and job.cancelled:
            raise Cancelled() from None
        raise LogError(first_line(str(exc))) from None
    finally:
        if job is not None:
            job.attach(None)
        conn.close()
        shutil.rmtree(folder, ignore_errors=True)


def first_line(message: str) -> str:
    """DuckDB's report in one line: its first line, and for a CSV error the reason below it
    (never the offending line itself, which may be megabytes long)."""
    if "Maximum line size" in message:
        return translate("AnalyticsEngine", "a line is longer than {n} MB (a huge field, or not a CSV file)").format(
            n=MAX_LINE_SIZE // (1024 * 1024)
        )
    lines = [ln.strip() for ln in message.splitlines() if ln.strip()]
    if not lines:
        return translate("AnalyticsEngine", "the log could not be read")
    head = lines[0].removeprefix("Invalid Input Error: ")
    if head.startswith("CSV Error on Line"):
        # The reason is the last line before DuckDB's suggestions (the quoted line may span several).
        before = re.split(r"\n\s*Possible (?:fixes|Solution)", message, maxsplit=1)[0]
        reason = [ln.strip() for ln in before.splitlines() if ln.strip()][-1]
        line = head.removeprefix("CSV Error on Line:").strip()
        if not reason.startswith(("Original Line", "CSV Error")):
            return translate("AnalyticsEngine", "line {line}: {reason}").format(line=line, reason=reason.rstrip("."))[
                :500
            ]
        return translate("AnalyticsEngine", "line {line} is not valid CSV").format(line=line)
    return head[:500]


def quote_ident(name: str) -> str:
    """A column name as a SQL identifier (column names come from the user's file)."""
    return '"' + name.replace('"', '""') + '"'


def quote_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
