"""Tier 1: schema upgrades run stepwise in one transaction, in the working copy only."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from app.cli import main
from app.models import schema as S
from app.models.database import connect
from app.models.errors import ProjectFileError
from app.models.migrations import migrate
from app.models.project_file import expected_master, inspect_file
from app.models.session import ProjectSession


def _connection(tmp_path):
    path = tmp_path / "m.db"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE t (x)")
    raw.execute("PRAGMA user_version = 1")
    raw.commit()
    raw.close()
    return path, connect(path, readonly=False)


def _version(path) -> int:
    raw = sqlite3.connect(path)
    try:
        return raw.execute("PRAGMA user_version").fetchone()[0]
    finally:
        raw.close()


def test_steps_run_in_order(tmp_path):
    path, conn = _connection(tmp_path)
    steps = {1: ["ALTER TABLE t ADD COLUMN y"], 2: ["CREATE TABLE u (z)", "INSERT INTO u VALUES (1)"]}
    migrate(conn, 1, 3, steps)
    conn.close()
    raw = sqlite3.connect(path)
    assert [r[1] for r in raw.execute("PRAGMA table_info(t)")] == ["x", "y"]
    assert raw.execute("SELECT z FROM u").fetchall() == [(1,)]
    raw.close()
    assert _version(path) == 3


def test_a_failing_step_rolls_everything_back(tmp_path):
    path, conn = _connection(tmp_path)
    steps = {1: ["ALTER TABLE t ADD COLUMN y"], 2: ["ALTER TABLE no_such_table ADD COLUMN z"]}
    with pytest.raises(Exception, match="no_such_table"):
        migrate(conn, 1, 3, steps)
    conn.close()
    raw = sqlite3.connect(path)
    assert [r[1] for r in raw.execute("PRAGMA table_info(t)")] == ["x"]
    raw.close()
    assert _version(path) == 1


def test_a_missing_step_is_refused(tmp_path):
    _path, conn = _connection(tmp_path)
    with pytest.raises(ProjectFileError, match="no step from version 2"):
        migrate(conn, 1, 3, {1: []})
    conn.close()


def test_schema_1_file_is_upgraded_in_the_working_copy_only(tmp_path, sample_project, capsys):
    path = tmp_path / "old.waymark"
    v1 = sample_project.model_copy(deep=True)
    make_v1_file_without_width(path, v1)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert inspect_file(path).schema_version == 1
    assert main(["info", str(path)]) == 0 and '"schema_version": 1' in capsys.readouterr().out
    session = ProjectSession.open(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # opening never upgrades in place
    assert [s.id for s in session.project.journeys[0].stages][0] == "search"
    session.save()
    session.close()
    assert inspect_file(path).schema_version == S.SCHEMA_VERSION
    assert main(["check", str(path)]) == 0


def make_v1_file_without_width(path, project) -> None:
    from app.models import repository as R

    raw = sqlite3.connect(path)
    for statement in S.first_statements():
        raw.execute(statement)
    raw.execute(f"PRAGMA application_id = {S.APPLICATION_ID}")
    raw.execute("PRAGMA user_version = 1")
    raw.execute(
        "INSERT INTO project (id, name, description) VALUES (1, ?, ?)", (project.info.name, project.info.description)
    )
    for n, persona in enumerate(project.personas):
        row = R.persona_row(persona, n)
        row.pop("photo")  # schema 3
        raw.execute(f"INSERT INTO personas ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
    for n, journey in enumerate(project.journeys):
        raw.execute("INSERT INTO journeys VALUES (?, ?, ?, ?)", (journey.id, n, journey.name, journey.description))
        for m, pid in enumerate(journey.persona_ids):
            raw.execute("INSERT INTO journey_personas VALUES (?, ?, ?)", (journey.id, pid, m))
        for m, stage in enumerate(journey.stages):
            raw.execute(
                "INSERT INTO stages VALUES (?, ?, ?, ?, ?)", (journey.id, stage.id, m, stage.name, stage.description)
            )
        for m, lane in enumerate(journey.lanes):
            row = R.lane_row(journey.id, lane, m)
            row.pop("measure")  # schema 6
            raw.execute(
                f"INSERT INTO lanes ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
            )
        counters = {}
        for card in journey.cards:
            n_in_cell = counters.get((card.lane, card.stage), 0)
            counters[(card.lane, card.stage)] = n_in_cell + 1
            row = R.card_row(journey.id, card, n_in_cell)
            for column in ("image", "links", "comments", "action"):  # schema 7
                row.pop(column)
            raw.execute(
                f"INSERT INTO cards ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
            )
        for point in journey.emotions:
            row = R.emotion_row(journey.id, point)
            raw.execute(
                f"INSERT INTO emotion_points ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
    raw.commit()
    raw.close()


def test_upgraded_and_new_files_have_the_same_schema():
    raw = sqlite3.connect(":memory:")
    for statement in S.first_statements():
        raw.execute(statement)
    from app.models.migrations import apply_steps

    apply_steps(raw.execute, 1, S.SCHEMA_VERSION)
    from app.models.project_file import _master

    assert frozenset(_master(raw, "x")) == expected_master(S.SCHEMA_VERSION)
    raw.close()
