"""SQLite connections for project files, configured the one safe way.

Every connection turns ``trusted_schema`` off and checks cell sizes, because a project file
is untrusted input; writers use ``BEGIN IMMEDIATE`` and ``synchronous=FULL`` so that an edit
that returned is on disk. The sqlite3 module's implicit transactions are off
(``isolation_level=None``) so transactions begin and end exactly where ``transaction`` says.

Every statement is plain SQL for SQLite through this one module; see README "The project
file" for why there is no SQL toolkit in between.
"""

from __future__ import annotations

import contextlib
import sqlite3
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

from app.i18n import translate

SQLITE_MAGIC = b"SQLite format 3\x00"


def describe_db_error(exc: BaseException) -> str:
    """One clean line from an sqlite3 error (no SQL, no links, no raw bytes)."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if text.startswith("Could not decode to UTF-8"):
        return translate("Database", "a text value is not valid UTF-8")
    if "database or disk is full" in text:
        return translate("Atomic", "the disk is full")

    if text == "disk I/O error" and getattr(exc, "sqlite_errorname", "") in (
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


def connect(path: Path, *, readonly: bool, wal: bool = False, immutable: bool = False) -> sqlite3.Connection:
    """The one way a project database is opened: every pragma that makes it safe, set before use."""
    uri = sqlite_uri(path, "ro" if readonly else "rwc") + ("&immutable=1" if immutable else "")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA cell_size_check = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        if readonly:
            conn.execute("PRAGMA query_only = ON")
        else:
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
    except BaseException:
        conn.close()
        raise
    return conn


def connect_user_file(path: Path) -> sqlite3.Connection:
    """A read-only connection to a user's project file that sees the main file alone.

    Waymark never writes a project file in place (it replaces it whole), so a ``-wal``,
    ``-shm`` or ``-journal`` beside it is never ours: ``immutable=1`` makes SQLite ignore
    them (no hot-journal rollback, no WAL frames) and create nothing beside the file.
    """
    return connect(path, readonly=True, immutable=True)


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A write transaction on a connection made by ``connect``: committed (and, with
    ``synchronous=FULL``, on disk) when the block ends, rolled back if it raises.

    BEGIN IMMEDIATE takes the write lock up front, so a transaction never fails halfway
    for want of it.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
