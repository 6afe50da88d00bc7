"""SQLite connections for project files, configured the one safe way.

Every connection turns ``trusted_schema`` off and checks cell sizes, because a project file
is untrusted input; writers use ``BEGIN IMMEDIATE`` and ``synchronous=FULL`` so that an edit
that returned is on disk. The pysqlite driver's implicit transactions are disabled (the
SQLAlchemy-documented recipe) so transactions begin and end exactly where we say.

SQLAlchemy is imported only when an engine is made: importing it takes about a third of a
second, so a window opens the working copy with sqlite3 and attaches the engine after its
first paint (see ``ProjectSession``).
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

SQLITE_MAGIC = b"SQLite format 3\x00"


def db_errors() -> tuple[type[BaseException], ...]:
    """What a failing statement raises, directly or through SQLAlchemy (for ``except``).

    SQLAlchemy's wrapper class is only looked up once SQLAlchemy is loaded: before that,
    nothing can have raised it, and looking it up must not import it.
    """
    exc = sys.modules.get("sqlalchemy.exc")
    return (sqlite3.Error, exc.DBAPIError) if exc is not None else (sqlite3.Error,)


def describe_db_error(exc: BaseException) -> str:
    """One clean line from an sqlite3 or SQLAlchemy error (no SQL, no links, no raw bytes)."""
    text = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    if text.startswith("Could not decode to UTF-8"):
        return "a text value is not valid UTF-8"
    if "database or disk is full" in text:
        return "the disk is full"
    if text == "disk I/O error" and getattr(getattr(exc, "orig", None) or exc, "sqlite_errorname", "") in (
        "SQLITE_IOERR_WRITE",
        "SQLITE_IOERR_TRUNCATE",
        "SQLITE_IOERR",
    ):
        # SQLite reports EFBIG as a plain write error; with a file-size limit set, that is the cause.
        from app.models.atomic import file_size_limit, size_limit_reason

        if file_size_limit() is not None:
            return size_limit_reason()
    return text


def sqlite_uri(path: Path, mode: str) -> str:
    return f"file:{urllib.parse.quote(str(Path(path).absolute()))}?mode={mode}"


def raw_connect(path: Path, *, readonly: bool, wal: bool = False, immutable: bool = False) -> sqlite3.Connection:
    uri = sqlite_uri(path, "ro" if readonly else "rwc") + ("&immutable=1" if immutable else "")
    raw = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
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


def connect_user_file(path: Path) -> sqlite3.Connection:
    """A read-only connection to a user's project file that sees the main file alone.

    Waymark never writes a project file in place (it replaces it whole), so a ``-wal``,
    ``-shm`` or ``-journal`` beside it is never ours: ``immutable=1`` makes SQLite ignore
    them (no hot-journal rollback, no WAL frames) and create nothing beside the file.
    """
    return raw_connect(path, readonly=True, immutable=True)


@contextlib.contextmanager
def raw_transaction(raw: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A write transaction on a raw connection made by ``raw_connect``: committed when the
    block ends, rolled back if it raises (the same BEGIN IMMEDIATE an engine issues)."""
    raw.execute("BEGIN IMMEDIATE")
    try:
        yield raw
        raw.execute("COMMIT")
    except BaseException:
        if raw.in_transaction:
            raw.execute("ROLLBACK")
        raise


def open_engine(path: Path, *, readonly: bool, wal: bool = False, raw: sqlite3.Connection | None = None) -> Engine:
    """An engine bound to one connection for this file (StaticPool: one file, one owner).

    ``raw``: an already open ``raw_connect`` connection to adopt (the engine then owns it).
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    engine = create_engine(
        "sqlite+pysqlite://",
        creator=(lambda: raw) if raw is not None else (lambda: raw_connect(path, readonly=readonly, wal=wal)),
        poolclass=StaticPool,
    )
    begin = "BEGIN" if readonly else "BEGIN IMMEDIATE"

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql(begin)

    return engine


def driver(conn) -> sqlite3.Connection:
    """The sqlite3 connection under ``conn`` (a SQLAlchemy connection, or already a raw one)."""
    return conn if isinstance(conn, sqlite3.Connection) else conn.connection.driver_connection


def driver_connection(engine: Engine) -> sqlite3.Connection:
    """The raw sqlite3 connection (for VACUUM INTO and PRAGMAs outside a transaction)."""
    with engine.connect() as conn:
        return conn.connection.driver_connection  # type: ignore[return-value]
