"""Tier 1: the .waymark file on disk — identity, journal mode, atomic saves, locks."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.models import schema as S
from app.models.errors import FileInUseError, SaveError
from app.models.project_file import read_project_file
from app.models.session import ProjectSession, create_project_file, lock_path_for
from tests.conftest import SAMPLE_JSON, snapshot


def header(path: Path) -> bytes:
    return path.read_bytes()[:100]


def side_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(("-wal", "-shm", "-journal")))


def test_file_identity_and_rollback_journal(tmp_path):
    path = tmp_path / "a.waymark"
    assert main(["new", str(path), "--from-json", str(SAMPLE_JSON)]) == 0
    head = header(path)
    assert head[18] == 1 and head[19] == 1  # rollback journal, not WAL
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert raw.execute("PRAGMA application_id").fetchone()[0] == S.APPLICATION_ID
    assert raw.execute("PRAGMA user_version").fetchone()[0] == S.SCHEMA_VERSION
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {
        "project",
        "personas",
        "journeys",
        "stages",
        "lanes",
        "cards",
        "emotion_points",
        "metric_values",
        "blueprint_lines",
        "journey_personas",
        "voting_sessions",
        "snapshots",
    } == tables
    raw.close()


def test_no_side_files_after_any_command(tmp_path, capsys):
    path = tmp_path / "a.waymark"
    commands = [
        ["new", str(path), "--from-json", str(SAMPLE_JSON)],
        ["info", str(path)],
        ["check", str(path)],
        ["export", str(path), "--json", str(tmp_path / "o.json")],
        ["new", str(path), "--force"],
        ["new", str(tmp_path / "b.waymark"), "--template", "blank"],
        ["--smoke", str(path)],
        ["--smoke"],
    ]
    for argv in commands:
        assert main(argv) == 0, argv
        assert side_files(tmp_path) == [], argv
        assert not lock_path_for(path).exists(), argv
        assert header(path)[18:20] == b"\x01\x01"
    capsys.readouterr()


def test_stock_sqlite3_tool_reads_the_file(tmp_path):
    import shutil
    import subprocess

    if shutil.which("sqlite3") is None:
        pytest.skip("sqlite3 command-line tool not installed")
    path = tmp_path / "a.waymark"
    create_project_file(read_sample(), path)
    out = subprocess.run(
        ["sqlite3", str(path), "SELECT name FROM stages ORDER BY position"], capture_output=True, text=True, check=True
    ).stdout
    assert out.splitlines()[0] == "Search"
    assert side_files(tmp_path) == []


def read_sample():
    from app.models.library import sample_project

    return sample_project()


def test_save_is_atomic_when_the_rename_fails(tmp_path, sample_project, monkeypatch):
    path = tmp_path / "a.waymark"
    create_project_file(sample_project, path)
    before = path.read_bytes()
    session = ProjectSession.open(path)
    try:

        def broken_replace(src, dst):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "replace", broken_replace)
        with pytest.raises(SaveError, match="the disk is full"):
            session.save()
    finally:
        monkeypatch.undo()
        session.close()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.waymark"]


def test_save_when_sqlite_reports_a_full_disk(tmp_path, sample_project, monkeypatch):
    path = tmp_path / "a.waymark"
    create_project_file(sample_project, path)
    before = path.read_bytes()
    session = ProjectSession.open(path)

    def full(self, tmp):
        tmp.write_bytes(b"partial")
        raise SaveError("could not save: the disk is full; the existing file is unchanged")

    monkeypatch.setattr(ProjectSession, "_write_copy", full)
    with pytest.raises(SaveError, match="disk is full"):
        session.save()
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".~lock.a.waymark#", "a.waymark"]
    session.save()  # works again once there is room
    session.close()


def test_save_replaces_the_file_and_keeps_identity(tmp_path, doc):
    path = tmp_path / "saved.waymark"
    doc.save(path)
    project, inspection = read_project_file(path)
    assert snapshot(project) == snapshot(doc.project)
    assert inspection.schema_version == S.SCHEMA_VERSION
    assert header(path)[18:20] == b"\x01\x01"
    assert side_files(tmp_path) == []


def test_lock_marks_an_open_file(tmp_path, sample_project):
    path = tmp_path / "a.waymark"
    create_project_file(sample_project, path)
    first = ProjectSession.open(path)
    try:
        assert lock_path_for(path).exists()
        with pytest.raises(FileInUseError) as info:
            ProjectSession.open(path)
        assert "already open" in str(info.value) and "process" in str(info.value)
        second = ProjectSession.open(path, read_only=True)
        assert second.read_only
        with pytest.raises(SaveError, match="read-only"):
            second.save()
        second.close()
    finally:
        first.close()
    assert not lock_path_for(path).exists()
    ProjectSession.open(path).close()


def test_stale_lock_of_a_dead_process_does_not_block(tmp_path, sample_project):
    path = tmp_path / "a.waymark"
    create_project_file(sample_project, path)
    lock_path_for(path).write_text('{"pid": 999999, "host": "gone"}')
    ProjectSession.open(path).close()


def test_save_as_moves_the_lock(tmp_path, sample_project):
    a, b = tmp_path / "a.waymark", tmp_path / "b.waymark"
    create_project_file(sample_project, a)
    session = ProjectSession.open(a)
    session.save(b)
    assert session.path == b
    assert lock_path_for(b).exists() and not lock_path_for(a).exists()
    session.close()
    assert not lock_path_for(b).exists()


def test_opening_never_writes_the_users_file(tmp_path, sample_project):
    path = tmp_path / "a.waymark"
    create_project_file(sample_project, path)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    session = ProjectSession.open(path)
    session.close()
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
