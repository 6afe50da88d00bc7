"""One open project: a durable working copy, the lock on the user's file, and saving.

Edits never touch the user's file. Each is committed (WAL, synchronous=FULL) to a working
copy in Waymark's data folder before the edit returns, so whatever the window shows as done
survives a crash or power loss. Save copies the working copy with VACUUM INTO to a
temporary file beside the user's file, checks it, fsyncs it and renames it over the
original: the file on disk is always the old version or the new one, never a mix.
A session that dies leaves its working copy unlocked; the next start offers it for recovery.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import secrets
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.i18n import translate
from app.models import schema as S
from app.models import session_texts as T
from app.models.atomic import (
    describe_os_error,
    remove_stale_temps,
    write_bytes_atomic,
    write_with,
)
from app.models.database import connect, connect_user_file, describe_db_error, transaction
from app.models.entities import Project
from app.models.errors import FileInUseError, ProjectFileError, SaveError, WaymarkError
from app.models.file_identity import file_digest, fingerprint, hard_link_reason, real_path, refuse_hard_links
from app.models.interchange import gc_paused
from app.models.json_text import read_small_json
from app.models.locking import (  # noqa: F401 (lock_path_for: re-exported)
    FileLock,
    ProjectLock,
    holder_info,
    lock_path_for,
)
from app.models.migrations import apply_steps, migrate
from app.models.ordering import canonical
from app.models.paths import WORK_SUFFIX, data_dir_notice, recovery_dir, work_files
from app.models.project_file import (
    inspect_file,
    read_project_file,
    stored_ids,
    verify_connection,
)
from app.models.repository import (
    content_checksum,
    load_project,
    set_checksum,
    write_project,
)

_TOKEN = re.compile(r"[0-9a-f]{16}")


class WorkingCopyError(WaymarkError):
    """An edit could not be recorded; the document is unchanged."""


class FileChangedError(SaveError):
    """The file on disk is not the one this session opened or last saved."""


def _remove(*paths: Path) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()


def init_schema(conn: sqlite3.Connection) -> None:
    with transaction(conn):
        for statement in S.first_statements():
            conn.execute(statement)
        apply_steps(conn.execute, 1, S.SCHEMA_VERSION)
        conn.execute(f"PRAGMA application_id = {S.APPLICATION_ID}")


@dataclass
class Orphan:
    """A working copy whose session ended without closing: a crash or a power cut."""

    token: str
    meta: dict[str, Any]

    @property
    def work_path(self) -> Path:
        return recovery_dir() / f"{self.token}{WORK_SUFFIX}"

    @property
    def lock_path(self) -> Path:
        return recovery_dir() / f"{self.token}.lock"

    @property
    def meta_path(self) -> Path:
        return recovery_dir() / f"{self.token}.json"

    @property
    def original(self) -> Path | None:
        path = self.meta.get("path")
        return Path(path) if path else None

    @property
    def title(self) -> str:
        return str(
            self.original.name if self.original else self.meta.get("title") or translate("Session", "Untitled project")
        )

    @property
    def modified(self) -> float:
        try:
            return max(p.stat().st_mtime for p in work_files(self.work_path) if p.exists())
        except ValueError:
            return 0.0

    def discard(self) -> None:
        lock = FileLock.acquire(self.lock_path)
        if lock is None:
            return
        _remove(*work_files(self.work_path), self.meta_path)
        lock.release()


def find_orphans() -> list[Orphan]:
    """Working copies with unsaved edits whose session is gone, newest first."""
    found = []
    folder = recovery_dir()
    for work in folder.glob(f"*{WORK_SUFFIX}"):
        token = work.name[: -len(WORK_SUFFIX)]
        if _TOKEN.fullmatch(token) and not (folder / f"{token}.json").exists():
            # A session that died while opening, before it could record anything: no edits.
            Orphan(token, {}).discard()
    for meta_path in folder.glob("*.json"):
        token = meta_path.stem
        if not _TOKEN.fullmatch(token):
            continue  # e.g. another session's metadata being written (a temporary file)
        meta = read_small_json(meta_path)
        if not isinstance(meta, dict):
            meta = {"edited": True}
        orphan = Orphan(token, meta)
        if FileLock.is_held(orphan.lock_path):
            continue  # a live session
        if not orphan.work_path.exists() or not meta.get("edited", True):
            orphan.discard()  # nothing unsaved to offer
            continue
        found.append(orphan)
    return sorted(found, key=lambda o: o.modified, reverse=True)


class ProjectSession:
    """Owns the working copy of one open project; the document writes through it."""

    def __init__(self, *, title: str):
        self.token = secrets.token_hex(8)
        self.path: Path | None = None
        self.read_only = False
        self.read_only_reason: str | None = None
        self.notice: str | None = None
        self.recovered = False
        self.project: Project | None = None
        self._title = title
        self._edited = False
        self._file_lock: ProjectLock | None = None
        self._fingerprint: list[Any] | None = None  # the file as opened or last saved (see save)
        folder = recovery_dir()
        self.notice = data_dir_notice()
        self.work_path = folder / f"{self.token}{WORK_SUFFIX}"
        self._meta_path = folder / f"{self.token}.json"
        self._work_lock = FileLock.acquire(folder / f"{self.token}.lock")
        if self._work_lock is None:
            raise WaymarkError(translate("Session", "could not lock a new working copy in Waymark's data folder"))

        self._conn: sqlite3.Connection | None = None  # the working copy, while open

    # -- construction -------------------------------------------------------------------

    @classmethod
    def create(cls, project: Project, *, title: str | None = None) -> ProjectSession:
        """A new, untitled project (blank, from a template, from JSON, or the sample)."""
        session = cls(title=title or project.info.name)
        try:
            session._write_new(project)
            session._write_meta()
        except BaseException:
            session.close()
            raise
        return session

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> ProjectSession:
        """Open a project file: lock it, copy it into a working copy, upgrade the copy.

        A file that cannot be locked for writing (a read-only folder or medium) or that has
        other hard links opens read-only, and ``notice`` says why.
        """
        path = Path(path).absolute()
        real = real_path(path)
        inspection = inspect_file(path)
        notices = []
        project = None
        if inspection.newer:
            project, _ = read_project_file(path)
            read_only = True
            notices.append(T.newer_notice(path.name, inspection.schema_version))
        file_lock = None
        why = None  # why it is read-only when the caller did not ask for that
        if not read_only and os.stat(real).st_nlink > 1:
            read_only = True
            why = hard_link_reason(path.name, os.stat(real).st_nlink)
            notices.append(
                translate("Session", "{name} is open read-only: {reason}. Use Save As to save a copy.").format(
                    name=path.name, reason=why
                )
            )
        if not read_only:
            try:
                file_lock = ProjectLock.acquire(real)
            except OSError as exc:
                read_only = True
                why = T.folder_unwritable(describe_os_error(exc))
                notices.append(T.read_only_folder(path.name, exc))
        try:
            session = cls(title=path.stem)
        except BaseException:
            if file_lock is not None:
                file_lock.release()
            raise
        session._file_lock = file_lock
        session.path = path
        session.read_only = read_only
        session.read_only_reason = why or (
            translate("Session", "it was saved by a newer Waymark") if inspection.newer else None
        )
        session.notice = " ".join(filter(None, [*notices, session.notice])) or None
        try:
            if project is not None:
                session._write_new(project)
            else:
                before = fingerprint(real)
                src = connect_user_file(path)
                dst = sqlite3.connect(session.work_path)
                try:
                    src.backup(dst)
                finally:
                    dst.close()
                    src.close()
                if fingerprint(real, before[4])[:4] != before[:4]:
                    raise ProjectFileError(
                        translate("Session", "{name} changed while it was being opened; open it again").format(
                            name=path.name
                        )
                    )
                session._fingerprint = before
                work = session._connect()
                migrate(work, inspection.schema_version)
                with transaction(work) as conn:
                    session.project = load_project(conn)
                    set_checksum(conn, None)  # the copy changes with every edit
            session._write_meta()
        except sqlite3.Error as exc:
            session.close()
            reason = describe_db_error(exc)
            if T.own_write_failure(reason):
                raise ProjectFileError(T.working_copy_unwritable(path.name, reason)) from None
            raise ProjectFileError(
                translate("Session", "{name} is damaged ({reason})").format(name=path.name, reason=reason)
            ) from None
        except OSError as exc:
            session.close()
            raise ProjectFileError(
                translate("Session", "could not open {name}: {reason}").format(
                    name=path.name, reason=describe_os_error(exc)
                )
            ) from None
        except ProjectFileError as exc:
            session.close()
            if str(exc).startswith(path.name):
                raise
            raise ProjectFileError(f"{path.name}: {exc}") from None  # the rows' own message names no file
        except BaseException:
            session.close()
            raise
        return session

    @classmethod
    def recover(cls, orphan: Orphan) -> ProjectSession:
        """Adopt a crashed session's working copy; its edits count as unsaved."""
        lock = FileLock.acquire(orphan.lock_path)
        if lock is None:
            raise WaymarkError(
                translate("Session", "{title} is being recovered in another window").format(title=orphan.title)
            )
        session = cls.__new__(cls)
        session.token = orphan.token
        session.path = orphan.original
        session.read_only = False
        session.read_only_reason = None
        session.notice = None
        session.recovered = True
        session.project = None
        session._title = orphan.meta.get("title") or translate("Session", "Recovered project")
        session._edited = True
        session._file_lock = None
        session._fingerprint = orphan.meta.get("fingerprint")
        session.work_path = orphan.work_path
        session._meta_path = orphan.meta_path
        session._work_lock = lock
        session._conn = None
        try:
            work = session._connect()
            app_id, version = stored_ids(work)
            if app_id != S.APPLICATION_ID or not 1 <= version <= S.SCHEMA_VERSION:
                raise ProjectFileError(
                    T.newer_working_copy(orphan.title, version)
                    if app_id == S.APPLICATION_ID and version > S.SCHEMA_VERSION
                    else translate("Session", "the working copy of {title} is not a Waymark project").format(
                        title=orphan.title
                    )
                )
            verify_connection(
                work, translate("Session", "The working copy of {title}").format(title=orphan.title), version
            )
            # a crash before an update leaves an older working copy: upgrade it like any older file
            migrate(work, version)
            with transaction(work) as conn:
                session.project = load_project(conn)
            if session.path is not None:
                try:
                    session._file_lock = ProjectLock.acquire(real_path(session.path))
                except FileInUseError:
                    session.read_only = True
                    session.notice = T.recovered_read_only(session.path.name)
                except OSError as exc:
                    session.read_only = True
                    session.notice = T.read_only_folder(session.path.name, exc)
            session._write_meta()
        except sqlite3.Error as exc:
            session.close(keep_working_copy=True)
            raise ProjectFileError(
                translate("Session", "the working copy of {title} cannot be read ({reason})").format(
                    title=orphan.title, reason=describe_db_error(exc)
                )
            ) from None
        except BaseException:
            session.close(keep_working_copy=True)
            raise
        return session

    def _connect(self) -> sqlite3.Connection:
        """The working copy in WAL mode: each edit's commit is one append and one fsync."""
        self._conn = connect(self.work_path, readonly=False, wal=True)
        return self._conn

    def _write_new(self, project: Project) -> None:
        """Make the working copy hold ``project`` (a new project, or one read from a newer file)."""
        fresh = sqlite3.connect(self.work_path, isolation_level=None)
        try:
            init_schema(fresh)
        finally:
            fresh.close()
        with transaction(self._connect()) as conn:
            write_project(conn, project)
        self.project = canonical(project)

    # -- state --------------------------------------------------------------------------

    @property
    def title(self) -> str:
        return self.path.name if self.path else self._title

    def retitle(self, title: str) -> None:
        """A new title for an untitled project (its name changed); recovery offers it by this title."""
        self._title = title
        with contextlib.suppress(OSError):  # only recovery's label; the next edit's write retries
            self._write_meta()

    @property
    def has_unsaved_edits(self) -> bool:
        return self._edited

    def _write_meta(self, *, edited: bool | None = None) -> None:
        meta = {
            **holder_info(),
            "path": str(self.path) if self.path else None,
            "title": self._title,
            "edited": self._edited if edited is None else edited,
            "fingerprint": self._fingerprint,
        }
        write_bytes_atomic(self._meta_path, json.dumps(meta).encode())

    # -- edits ----------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One edit: committed and on disk when the block ends, or not at all."""
        if self._conn is None:
            raise WorkingCopyError(translate("Session", "the project is closed"))
        try:
            if not self._edited:
                # Marked (durably) before the first edit commits, so a crash never hides an edit.
                self._write_meta(edited=True)
                self._edited = True
            with transaction(self._conn) as conn:
                yield conn
        except sqlite3.Error as exc:
            raise WorkingCopyError(T.not_recorded(describe_db_error(exc))) from None
        except OSError as exc:
            raise WorkingCopyError(T.not_recorded(describe_os_error(exc))) from None
        except SaveError as exc:
            raise WorkingCopyError(T.not_recorded(str(exc))) from None

    # -- saving ----------------------------------------------------------------------------

    def save(self, path: Path | None = None, *, overwrite: bool = False) -> Path:
        """Atomically write the project to ``path`` (default: where it came from).

        Saving where it came from refuses (FileChangedError) when another program changed or
        replaced the file since it was opened or last saved here, unless ``overwrite``. A
        symlink is resolved, so the link stays a link and its target gets the new version; a
        file with other hard links is refused, since replacing it would part it from them.
        """
        target = Path(path).absolute() if path else self.path
        if target is None:
            raise SaveError(translate("Session", "this project has not been saved yet; choose a file name"))
        real = real_path(target)
        same = self.path is not None and real == real_path(self.path)
        if self.read_only and same:
            raise SaveError(T.read_only_save(target.name, self.read_only_reason))

        if same and not overwrite:
            self._check_unchanged(real)
        refuse_hard_links(real, target.name)
        new_lock = None
        if not same:
            try:
                new_lock = ProjectLock.acquire(real)
            except OSError as exc:
                reason = describe_os_error(exc)
                if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                    reason = T.folder_unwritable(reason)
                raise SaveError(
                    translate("Session", "could not save {name}: {reason}; nothing was changed").format(
                        name=target.name, reason=reason
                    )
                ) from None
        try:
            remove_stale_temps(real)
            write_with(real, self._write_copy)
            saved_print = None  # the file is saved; a failing stat only turns the next check off
            with contextlib.suppress(OSError):
                saved_print = fingerprint(real, self._written_digest)
            lock = new_lock or self._file_lock
            if lock is not None:
                with contextlib.suppress(FileInUseError):
                    lock.rebind()  # the saved file is a new inode
        except BaseException:
            if new_lock is not None:
                new_lock.release()
            raise
        self._fingerprint = saved_print
        if new_lock is not None:
            if self._file_lock is not None:
                self._file_lock.release()
            self._file_lock = new_lock
            self.path = target
            self.read_only = False
            self.read_only_reason = None
            self.notice = data_dir_notice()
        self._edited = False
        with contextlib.suppress(OSError, SaveError):
            self._write_meta()
        return target

    def _check_unchanged(self, real: Path) -> None:
        if self._fingerprint is None:
            return
        try:
            now = fingerprint(real, "-")
        except FileNotFoundError:
            return  # deleted meanwhile: saving puts it back
        except OSError:
            now = None
        if now is None or now[:4] != list(self._fingerprint[:4]) or file_digest(real) != self._fingerprint[4]:
            raise FileChangedError(T.changed_elsewhere(real.name))

    def _write_copy(self, tmp: Path) -> None:
        if self._conn is None:
            raise SaveError(
                translate("Session", "could not save: the project is closed; the existing file is unchanged")
            )
        try:
            self._conn.execute("VACUUM INTO ?", (str(tmp),))
            seal(tmp)
        except sqlite3.Error as exc:
            raise SaveError(
                translate("Session", "could not save: {reason}; the existing file is unchanged").format(
                    reason=describe_db_error(exc)
                )
            ) from None
        with open(tmp, "rb") as fh:
            head = fh.read(100)
        if head[18:20] != b"\x01\x01":
            raise SaveError(translate("Session", "could not save: the written copy is not in rollback-journal mode"))
        inspect_file(tmp)
        self._written_digest = file_digest(tmp)

    # -- closing -----------------------------------------------------------------------------

    def close(self, *, keep_working_copy: bool = False) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
        self._conn = None
        if not keep_working_copy:
            _remove(*work_files(self.work_path), self._meta_path)
        if self._work_lock is not None:
            self._work_lock.release()
            self._work_lock = None
        if self._file_lock is not None:
            self._file_lock.release()
            self._file_lock = None


def seal(path: Path) -> None:
    """Validate a just-written file by loading it, and stamp its content checksum."""
    conn = connect(path, readonly=False)
    try:
        with transaction(conn):
            set_checksum(conn, None)
            set_checksum(conn, content_checksum(load_project(conn)))
    finally:
        conn.close()


def create_project_file(project: Project, target: Path) -> None:
    """Write ``project`` as a new .waymark file, atomically (the CLI's `new`); a symlink stays one."""
    target = real_path(Path(target).absolute())
    refuse_hard_links(target)

    def writer(tmp: Path) -> None:
        conn = connect(tmp, readonly=False)
        try:
            # A new temporary file: it is fsynced whole before it replaces anything, so syncing
            # each of its commits as well buys nothing (a crash leaves only a stale temporary).
            conn.execute("PRAGMA synchronous = OFF")
            init_schema(conn)
            with transaction(conn):
                write_project(conn, project)
                set_checksum(conn, content_checksum(project))  # canonical order inside
        except sqlite3.Error as exc:
            raise SaveError(
                translate("Session", "could not write {name}: {reason}").format(
                    name=target.name, reason=describe_db_error(exc)
                )
            ) from None
        finally:
            conn.close()
        inspect_file(tmp)

    remove_stale_temps(target)
    with gc_paused():
        write_with(target, writer)
