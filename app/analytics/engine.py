"""The DuckDB connection every analysis runs on: nothing downloaded, bounded memory.

Extension auto-install and auto-load are off, so DuckDB never reaches the network (ICU and
Parquet are built into the wheel). Memory is capped at ``MEMORY_LIMIT`` and DuckDB spills what
does not fit to a private temporary folder, which is removed when the analysis ends: a
10-million-event log streams through SQL and never becomes Python rows.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from app.analytics.base import Cancelled, Job, LogError

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
        raise LogError("the log needs more memory than this analysis may use") from None
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
    for line in message.splitlines():
        if line.strip():
            return line.strip()[:500]
    return "the log could not be read"


def quote_ident(name: str) -> str:
    """A column name as a SQL identifier (column names come from the user's file)."""
    return '"' + name.replace('"', '""') + '"'


def quote_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
