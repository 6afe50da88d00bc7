"""Opening a .waymark file as the untrusted input it is.

Before any project data is read, the file must prove it is ours: SQLite magic, rollback
journal mode, our application_id, a known schema version, the exact expected schema (no
extra triggers, views or tables, which could run code or hide data) and a clean
quick_check. All of it runs on a read-only connection, so inspecting never modifies a file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.models import schema as S
from app.models.database import (
    connect_user_file,
    SQLITE_MAGIC,
    db_errors,
    describe_db_error,
)
from app.models.entities import Project
from app.models.errors import NewerFileError, ProjectFileError
from app.models.repository import load_project


@dataclass
class Inspection:
    path: Path
    schema_version: int
    page_size: int

    @property
    def newer(self) -> bool:
        return self.schema_version > S.SCHEMA_VERSION


@lru_cache(maxsize=None)
def expected_master(version: int) -> frozenset[tuple[str, str, str]]:
    from app.models.migrations import apply_steps
    raw = sqlite3.connect(":memory:")
    try:
        for statement in S.first_statements():
            raw.execute(statement)
        apply_steps(raw.execute, 1, version)
        return frozenset(_master(raw))
    finally:
        raw.close()


def _master(raw: sqlite3.Connection) -> list[tuple[str, str, str]]:
    rows = raw.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    return [(t, n, S.normalize_sql(sql or "")) for t, n, sql in rows if not n.startswith("sqlite_")]


def _header_checks(path: Path) -> tuple[int, int]:
    name = path.name
    if path.is_dir():
        raise ProjectFileError(f"{name} is a folder, not a Waymark project")
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(100)
    except FileNotFoundError:
        raise ProjectFileError(f"{name}: no such file") from None
    except OSError as exc:
        raise ProjectFileError(f"{name} cannot be read: {exc.strerror or exc}") from None
    if size == 0:
        raise ProjectFileError(f"{name} is empty, not a Waymark project")
    if not head.startswith(SQLITE_MAGIC):
        hint = ""
        if head.lstrip()[:1] in (b"{", b"["):
            hint = " It looks like JSON: create a project from it with `waymark new FILE --from-json`."
        raise ProjectFileError(f"{name} is not a Waymark project (it is not an SQLite database).{hint}")
    if len(head) < 100:
        raise ProjectFileError(f"{name} is truncated: the file ends inside its header")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise ProjectFileError(f"{name} is damaged: its header names an impossible page size")
    if head[18] == 2 or head[19] == 2:
        raise ProjectFileError(
            f"{name} is in SQLite WAL mode, which Waymark never writes; it was changed by another "
            f"program. Run `sqlite3 {name} 'PRAGMA journal_mode=DELETE'` and open it again")
    if head[18] != 1 or head[19] != 1:
        raise ProjectFileError(f"{name} is damaged: its header is not a valid SQLite header")
    pages_in_header = int.from_bytes(head[28:32], "big")
    header_count_valid = head[24:28] == head[92:96]
    if size % page_size or (header_count_valid and pages_in_header * page_size > size):
        raise ProjectFileError(f"{name} is truncated: it is shorter than its header says")
    app_id = int.from_bytes(head[68:72], "big")
    if app_id != S.APPLICATION_ID:
        raise ProjectFileError(f"{name} is an SQLite database of another application, not a Waymark project")
    version = int.from_bytes(head[60:64], "big")
    if version < 1:
        raise ProjectFileError(f"{name} is damaged: it has no schema version")
    return version, page_size


def _schema_problem(raw: sqlite3.Connection, version: int) -> str | None:
    actual = set(_master(raw))
    expected = expected_master(version)
    expected_names = {(t, n) for t, n, _ in expected}
    actual_names = {(t, n) for t, n, _ in actual}
    for kind, name in sorted(actual_names - expected_names):
        return f"contains an unexpected {kind} '{name}' that Waymark did not create"
    for kind, name in sorted(expected_names - actual_names):
        return f"is damaged: its {kind} '{name}' is missing"
    for kind, name, _ in sorted(actual - expected):
        return f"is damaged: its {kind} '{name}' differs from the one Waymark creates"
    return None


def verify_connection(raw: sqlite3.Connection, name: str, version: int, *, full: bool = False) -> None:
    """Schema and integrity checks on an open connection; raises ProjectFileError."""
    try:
        if version <= S.SCHEMA_VERSION:
            problem = _schema_problem(raw, version)
            if problem:
                raise ProjectFileError(f"{name} {problem}")
        pragma = "integrity_check" if full else "quick_check"
        result = [r[0] for r in raw.execute(f"PRAGMA {pragma}(20)").fetchall()]
        if result != ["ok"]:
            raise ProjectFileError(f"{name} is damaged ({pragma}: {result[0]})")
        if full:
            fk = raw.execute("PRAGMA foreign_key_check").fetchall()
            if fk:
                raise ProjectFileError(f"{name} is damaged: a row in '{fk[0][0]}' refers to a missing row")
    except db_errors() as exc:
        raise ProjectFileError(f"{name} is damaged or not a Waymark project ({describe_db_error(exc)})") from None


def stored_ids(raw: sqlite3.Connection) -> tuple[int, int]:
    """(application_id, user_version) as SQLite reports them."""
    return (raw.execute("PRAGMA application_id").fetchone()[0], raw.execute("PRAGMA user_version").fetchone()[0])


def inspect_file(path: Path, *, full: bool = False) -> Inspection:
    """Check that ``path`` is a sound Waymark project; ``full`` runs the slow checks too."""
    path = Path(path)
    version, page_size = _header_checks(path)
    try:
        raw = connect_user_file(path)
    except db_errors() as exc:
        raise ProjectFileError(f"{path.name} cannot be opened: {describe_db_error(exc)}") from None
    try:
        verify_connection(raw, path.name, version, full=full)
    finally:
        raw.close()
    return Inspection(path, version, page_size)


def read_project_file(path: Path, *, full: bool = False) -> tuple[Project, Inspection]:
    """Inspect and load a project without locking or copying it (CLI reads, exports)."""
    inspection = inspect_file(path, full=full)
    if inspection.schema_version < S.SCHEMA_VERSION:
        # Older files are upgraded in a scratch copy; the file itself is left alone.
        from app.models.session import load_via_scratch_copy
        return load_via_scratch_copy(Path(path)), inspection
    name = Path(path).name
    raw = None
    try:
        raw = connect_user_file(Path(path))
        raw.execute("BEGIN")   # one consistent snapshot, even if another process writes meanwhile
        try:
            project = load_project(raw)
        finally:
            if raw.in_transaction:
                raw.execute("ROLLBACK")
    except (ProjectFileError, *db_errors()) as exc:
        if inspection.newer:
            raise NewerFileError(
                f"{name} was saved by a newer Waymark (file schema {inspection.schema_version}, this version "
                f"reads up to {S.SCHEMA_VERSION}) and cannot be read here; update Waymark to open it"
            ) from None
        if isinstance(exc, ProjectFileError):
            raise ProjectFileError(f"{name}: {exc}") from None
        raise ProjectFileError(f"{name} is damaged ({describe_db_error(exc)})") from None
    finally:
        if raw is not None:
            raw.close()
    return project, inspection
