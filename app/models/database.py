"""SQLite connections for project files, configured the one safe way.

Every connection turns ``trusted_schema`` off and checks cell sizes, because a project file
is untrusted input; writers use ``BEGIN IMMEDIATE`` and ``synchronous=FULL`` so that an edit
that returned is on disk. The pysqlite driver's implicit transactions are disabled (the
SQLAlchemy-documented recipe) so transactions begin and end exactly where we say.
"""

from __future__ import annotations

import sqlite3
import urllib.parse
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import StaticPool

SQLITE_MAGIC = b"SQLite format 3\x00"
# What a failing statement raises, through SQLAlchemy or directly.
DB_ERRORS = (sqlite3.Error, DBAPIError)


def describe_db_error(exc: BaseException) -> str:
    """One clean line from an sqlite3 or SQLAlchemy error (no SQL, no links, no raw bytes)."""
    text = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    if text.startswith("Could not decode to UTF-8"):
        return "a text value is not valid UTF-8"
    if "database or disk is full" in text:
        return "the disk is full"
    return text


def sqlite_uri(path: Path, mode: str) -> str:
    return f"file:{urllib.parse.quote(str(Path(path).absolute()))}?mode={mode}"


def raw_connect(path: Path, *, readonly: bool, wal: bool = False) -> sqlite3.Connection:
    raw = sqlite3.connect(
        sqlite_uri(path, "ro" if readonly else "rwc"), uri=True, isolation_level=None,
        check_same_thread=False,
    )
    try:
        raw.execute("PRAGMA trusted_schema = OFF")
        raw.execute("PRAGMA cell_size_check = ON")
        raw.execute("PRAGMA foreign_keys = ON")
        if readonly:
            raw.execute("PRAGMA query_only = ON")
        else:
            raw.execute("PRAGMA synchronous = FULL")
            raw.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
    except BaseException:
        raw.close()
        raise
    return raw


def open_engine(path: Path, *, readonly: bool, wal: bool = False) -> Engine:
    """An engine bound to one connection for this file (StaticPool: one file, one owner)."""
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: raw_connect(path, readonly=readonly, wal=wal),
        poolclass=StaticPool,
    )
    begin = "BEGIN" if readonly else "BEGIN IMMEDIATE"

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # noqa: ANN001 - SQLAlchemy event signature
        conn.exec_driver_sql(begin)

    return engine


def driver_connection(engine: Engine) -> sqlite3.Connection:
    """The raw sqlite3 connection (for VACUUM INTO and PRAGMAs outside a transaction)."""
    with engine.connect() as conn:
        return conn.connection.driver_connection  # type: ignore[return-value]
