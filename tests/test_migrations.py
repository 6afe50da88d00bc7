"""Tier 1: schema upgrades run stepwise in one transaction, in the working copy only."""

from __future__ import annotations

import sqlite3

import pytest

from app.models.database import open_engine
from app.models.errors import ProjectFileError
from app.models.migrations import migrate


def _engine(tmp_path):
    path = tmp_path / "m.db"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE t (x)")
    raw.execute("PRAGMA user_version = 1")
    raw.commit()
    raw.close()
    return path, open_engine(path, readonly=False)


def _version(path) -> int:
    raw = sqlite3.connect(path)
    try:
        return raw.execute("PRAGMA user_version").fetchone()[0]
    finally:
        raw.close()


def test_steps_run_in_order(tmp_path):
    path, engine = _engine(tmp_path)
    ran = []
    steps = {
        1: lambda c: (ran.append(1), c.exec_driver_sql("ALTER TABLE t ADD COLUMN y")),
        2: lambda c: (ran.append(2), c.exec_driver_sql("CREATE TABLE u (z)")),
    }
    with engine.connect() as conn:
        migrate(conn, 1, 3, steps)
    engine.dispose()
    assert ran == [1, 2] and _version(path) == 3


def test_a_failing_step_rolls_everything_back(tmp_path):
    path, engine = _engine(tmp_path)

    def broken(conn):
        raise RuntimeError("boom")

    steps = {1: lambda c: c.exec_driver_sql("ALTER TABLE t ADD COLUMN y"), 2: broken}
    with engine.connect() as conn, pytest.raises(RuntimeError):
        migrate(conn, 1, 3, steps)
    engine.dispose()
    raw = sqlite3.connect(path)
    assert [r[1] for r in raw.execute("PRAGMA table_info(t)")] == ["x"]
    raw.close()
    assert _version(path) == 1


def test_a_missing_step_is_refused(tmp_path):
    _path, engine = _engine(tmp_path)
    with engine.connect() as conn, pytest.raises(ProjectFileError, match="no step from version 2"):
        migrate(conn, 1, 3, {1: lambda c: None})
    engine.dispose()
