"""Opening a .waymark file as the untrusted input it is.

Before any project data is read, the file must prove it is ours: SQLite magic, rollback
journal mode, our application_id, a known schema version, the exact expected schema (no
extra triggers, views or tables, which could run code or hide data) and a clean
quick_check. All of it runs on a read-only connection, so inspecting never modifies a file.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.i18n import translate
from app.models import schema as S
from app.models.database import SQLITE_MAGIC, connect, connect_user_file, describe_db_error, transaction
from app.models.entities import Project
from app.models.errors import InputFileError, NewerFileError, ProjectFileError
from app.models.inputs import open_regular
from app.models.migrations import apply_steps, migrate
from app.models.repository import load_project


@dataclass
class Inspection:
    path: Path
    schema_version: int
    page_size: int

    @property
    def newer(self) -> bool:
        return self.schema_version > S.SCHEMA_VERSION


# What SQLite itself may add to a file of ours, by exact name and SQL: ANALYZE's statistics
# (`sqlite3 FILE ANALYZE`, `PRAGMA optimize`). Anything else named sqlite_* that the expected
# schema does not hold (a trigger or view given a reserved name through writable_schema)
# is foreign.
_SQLITE_OWN = frozenset(
    {
        ("table", "sqlite_stat1", "sqlite_stat1", "CREATE TABLE sqlite_stat1(tbl,idx,stat)"),
        ("table", "sqlite_stat4", "sqlite_stat4", "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)"),
    }
)
# A newer Waymark may add tables, columns and indexes; no Waymark ever writes code into a file.
_NEVER_OURS = ("trigger", "view")
# user_version is read unsigned; no real Waymark will reach this (-1 reads as 4,294,967,295).
MAX_PLAUSIBLE_VERSION = 10_000

MasterRow = tuple[str, str, str, str]  # type, name, tbl_name, normalised sql


@cache
def expected_master(version: int) -> frozenset[MasterRow]:
    """Every sqlite_master row of a file of ``version``, SQLite's own autoindexes included."""
    raw = sqlite3.connect(":memory:")
    try:
        for statement in S.first_statements():
            raw.execute(statement)
        apply_steps(raw.execute, 1, version)
        return frozenset(_master(raw, "the expected schema"))
    finally:
        raw.close()


def _master(raw: sqlite3.Connection, name: str) -> list[MasterRow]:
    """sqlite_master as bytes, decoded here: a damaged schema text is a damaged file, not a crash."""
    rows = raw.execute(
        "SELECT CAST(type AS BLOB), CAST(name AS BLOB), CAST(tbl_name AS BLOB), CAST(sql AS BLOB) FROM sqlite_master"
    ).fetchall()
    try:
        return [
            (t.decode(), n.decode(), (tb or b"").decode(), S.normalize_sql((sql or b"").decode()))
            for t, n, tb, sql in rows
        ]
    except (UnicodeDecodeError, AttributeError):
        raise ProjectFileError(
            translate("ProjectFile", "{name} is damaged: its schema text is not valid UTF-8").format(name=name)
        ) from None


def _header_checks(path: Path) -> tuple[int, int]:
    name = path.name
    try:
        fd = open_regular(path, "Waymark project", label=name)
    except InputFileError as exc:
        raise ProjectFileError(str(exc)) from None
    try:
        size = os.fstat(fd).st_size
        head = os.read(fd, 100)
    except OSError as exc:
        raise ProjectFileError(
            translate("ProjectFile", "{name} cannot be read: {reason}").format(name=name, reason=exc.strerror or exc)
        ) from None
    finally:
        os.close(fd)
    if size == 0:
        raise ProjectFileError(translate("ProjectFile", "{name} is empty, not a Waymark project").format(name=name))
    if not head.startswith(SQLITE_MAGIC):
        text = translate("ProjectFile", "{name} is not a Waymark project (it is not an SQLite database).").format(
            name=name
        )
        if head.lstrip()[:1] in (b"{", b"["):
            text += " " + translate(
                "ProjectFile", "It looks like JSON: create a project from it with `waymark new FILE --from-json`."
            )
        raise ProjectFileError(text)
    if len(head) < 100:
        raise ProjectFileError(
            translate("ProjectFile", "{name} is truncated: the file ends inside its header").format(name=name)
        )
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise ProjectFileError(
            translate("ProjectFile", "{name} is damaged: its header names an impossible page size").format(name=name)
        )
    if head[18] == 2 or head[19] == 2:
        raise ProjectFileError(
            translate(
                "ProjectFile",
                "{name} is in SQLite WAL mode, which Waymark never writes; it was changed by another "
                "program. Run `sqlite3 {name} 'PRAGMA journal_mode=DELETE'` and open it again",
            ).format(name=name)
        )
    if head[18] != 1 or head[19] != 1:
        raise ProjectFileError(
            translate("ProjectFile", "{name} is damaged: its header is not a valid SQLite header").format(name=name)
        )
    pages_in_header = int.from_bytes(head[28:32], "big")
    header_count_valid = head[24:28] == head[92:96]
    if size % page_size or (header_count_valid and pages_in_header * page_size > size):
        raise ProjectFileError(
            translate("ProjectFile", "{name} is truncated: it is shorter than its header says").format(name=name)
        )
    app_id = int.from_bytes(head[68:72], "big")
    if app_id != S.APPLICATION_ID:
        raise ProjectFileError(
            translate(
                "ProjectFile", "{name} is an SQLite database of another application, not a Waymark project"
            ).format(name=name)
        )
    version = int.from_bytes(head[60:64], "big")
    if version < 1:
        raise ProjectFileError(
            translate("ProjectFile", "{name} is damaged: it has no schema version").format(name=name)
        )
    if version > MAX_PLAUSIBLE_VERSION:
        raise ProjectFileError(
            translate(
                "ProjectFile", "{name} is damaged: its schema version ({version}) is not one any Waymark writes"
            ).format(name=name, version=f"{version:,}")
        )
    return version, page_size


def _schema_problem(raw: sqlite3.Connection, name: str, version: int) -> str | None:
    """Why the file's schema is not exactly what Waymark makes, or None.

    Every row counts, sqlite_* ones too: SQLite lets anyone with writable_schema give a
    trigger or view a reserved name, and a trigger on ``cards`` would run inside our edits.
    A newer file cannot be compared text for text, but it may hold no trigger or view,
    nothing reserved beyond SQLite's own, and every table this version reads.
    """
    actual = set(_master(raw, name))
    allowed = expected_master(min(version, S.SCHEMA_VERSION)) | _SQLITE_OWN
    if version > S.SCHEMA_VERSION:
        for obj_type, obj, _tbl, _sql in sorted(actual):
            if obj_type in _NEVER_OURS:
                return translate(
                    "ProjectFile", "{name} contains a {type} '{object}', which Waymark never creates"
                ).format(name=name, type=obj_type, object=obj)
            if (
                obj.startswith("sqlite_")
                and not (obj_type == "index" and obj.startswith("sqlite_autoindex_"))
                and (obj_type, obj, _tbl, _sql) not in allowed
            ):
                return _unexpected(name, obj_type, obj)
        tables = {obj for obj_type, obj, _tbl, _sql in actual if obj_type == "table"}
        for _obj_type, obj, _tbl, _sql in sorted(r for r in allowed if r[0] == "table" and r not in _SQLITE_OWN):
            if obj not in tables:
                return _missing(name, "table", obj)
        return None
    expected_names = {(t, n) for t, n, _tb, _sql in allowed}
    actual_names = {(t, n) for t, n, _tb, _sql in actual}
    for obj_type, obj in sorted(actual_names - expected_names):
        return _unexpected(name, obj_type, obj)
    required = {(t, n) for t, n, _tb, _sql in allowed - _SQLITE_OWN}
    for obj_type, obj in sorted(required - actual_names):
        return _missing(name, obj_type, obj)
    for obj_type, obj, _tbl, _sql in sorted(actual - allowed):
        return translate(
            "ProjectFile", "{name} is damaged: its {type} '{object}' differs from the one Waymark creates"
        ).format(name=name, type=obj_type, object=obj)
    return None


def _unexpected(name: str, obj_type: str, obj: str) -> str:
    return translate(
        "ProjectFile", "{name} contains an unexpected {type} '{object}' that Waymark did not create"
    ).format(name=name, type=obj_type, object=obj)


def _missing(name: str, obj_type: str, obj: str) -> str:
    return translate("ProjectFile", "{name} is damaged: its {type} '{object}' is missing").format(
        name=name, type=obj_type, object=obj
    )


def _integrity_problem(raw: sqlite3.Connection) -> str | None:
    """SQLite's full integrity check, as one line (its report can hold many, with newlines)."""
    rows = [str(r[0]) for r in raw.execute("PRAGMA integrity_check(20)").fetchall()]
    if rows != ["ok"]:
        lines = [line.strip() for row in rows for line in row.splitlines() if line.strip()]
        lines = [line for line in lines if not line.startswith("*** in database")] or ["unknown"]
        if len(lines) == 1:
            return translate("ProjectFile", "integrity check: {problem}").format(problem=lines[0])
        more = (
            translate("ProjectFile", "integrity check: {problem} and {n} more problem")
            if len(lines) == 2
            else translate("ProjectFile", "integrity check: {problem} and {n} more problems")
        )
        return more.format(problem=lines[0], n=len(lines) - 1)
    fk = raw.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        return translate("ProjectFile", "a row in '{table}' refers to a missing row").format(table=fk[0][0])
    return None


def verify_connection(raw: sqlite3.Connection, name: str, version: int) -> None:
    """Schema and integrity checks on an open connection; raises ProjectFileError.

    One rule for every reader (window, info, export, check, recovery): the full
    integrity and reference check always runs. quick_check lets damaged indexes and
    dangling references through, and a damaged file must never be shown as if whole
    (about 10 ms for a 10,000-card project).
    """
    try:
        problem = _schema_problem(raw, name, version)
        if problem:
            raise ProjectFileError(problem)
        problem = _integrity_problem(raw)
        if problem:
            raise ProjectFileError(
                translate("ProjectFile", "{name} is damaged ({problem})").format(name=name, problem=problem)
            )
    except sqlite3.Error as exc:
        raise ProjectFileError(
            translate("ProjectFile", "{name} is damaged or not a Waymark project ({reason})").format(
                name=name, reason=describe_db_error(exc)
            )
        ) from None
    except UnicodeDecodeError:
        # SQLite's error for a malformed schema quotes the bad bytes, which Python cannot decode.
        raise ProjectFileError(
            translate(
                "ProjectFile", "{name} is damaged: SQLite cannot read its schema (it holds bytes that are not text)"
            ).format(name=name)
        ) from None


def stored_ids(raw: sqlite3.Connection) -> tuple[int, int]:
    """(application_id, user_version) as SQLite reports them."""
    return (raw.execute("PRAGMA application_id").fetchone()[0], raw.execute("PRAGMA user_version").fetchone()[0])


def inspect_file(path: Path) -> Inspection:
    """Check that ``path`` is a sound Waymark project (header, schema, full integrity)."""
    path = Path(path)
    version, page_size = _header_checks(path)
    try:
        raw = connect_user_file(path)
    except sqlite3.Error as exc:
        raise ProjectFileError(
            translate("ProjectFile", "{name} cannot be opened: {reason}").format(
                name=path.name, reason=describe_db_error(exc)
            )
        ) from None
    try:
        verify_connection(raw, path.name, version)
    finally:
        raw.close()
    return Inspection(path, version, page_size)


def read_project_file(path: Path) -> tuple[Project, Inspection]:
    """Inspect and load a project without locking or copying it (CLI reads, exports)."""
    inspection = inspect_file(path)
    if inspection.schema_version < S.SCHEMA_VERSION:
        # Older files are upgraded in a scratch copy; the file itself is left alone.
        return load_via_scratch_copy(Path(path)), inspection
    name = Path(path).name
    raw = None
    try:
        raw = connect_user_file(Path(path))
        raw.execute("BEGIN")  # one consistent snapshot, even if another process writes meanwhile
        try:
            project = load_project(raw)
        finally:
            if raw.in_transaction:
                raw.execute("ROLLBACK")
    except (ProjectFileError, sqlite3.Error) as exc:
        if inspection.newer:
            raise NewerFileError(
                translate(
                    "ProjectFile",
                    "{name} was saved by a newer Waymark (file schema {version}, this version "
                    "reads up to {supported}) and cannot be read here; update Waymark to open it",
                ).format(name=name, version=inspection.schema_version, supported=S.SCHEMA_VERSION)
            ) from None
        if isinstance(exc, ProjectFileError):
            raise ProjectFileError(f"{name}: {exc}") from None
        raise ProjectFileError(
            translate("ProjectFile", "{name} is damaged ({problem})").format(name=name, problem=describe_db_error(exc))
        ) from None
    finally:
        if raw is not None:
            raw.close()
    return project, inspection


def load_via_scratch_copy(path: Path) -> Project:
    """Load an older-schema file by upgrading a throwaway copy (the file stays untouched)."""
    # Only older files come here: the commands that read a current file never load these.
    import secrets

    from app.models.atomic import describe_os_error
    from app.models.paths import WORK_SUFFIX, recovery_dir, work_files

    scratch = recovery_dir() / f"scratch-{secrets.token_hex(6)}{WORK_SUFFIX}"
    try:
        src = connect_user_file(path)
        dst = sqlite3.connect(scratch)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        conn = connect(scratch, readonly=False)
        try:
            migrate(conn, stored_ids(conn)[1])
            with transaction(conn):
                return load_project(conn)
        finally:
            conn.close()
    except OSError as exc:
        raise ProjectFileError(
            translate("ProjectFile", "{name} could not be upgraded: {reason}").format(
                name=path.name, reason=describe_os_error(exc)
            )
        ) from None

    finally:
        for side in work_files(scratch):
            with contextlib.suppress(OSError):
                side.unlink()
