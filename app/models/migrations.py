"""Stepwise schema upgrades, applied to the working copy, never to the user's file.

``MIGRATIONS[n]`` lists the SQL that upgrades a version-n file to n+1. All steps run in one
transaction, so a failure leaves the working copy as it was; the user's file is only
rewritten on save. New files are made the same way (version-1 DDL plus every step), so an
upgraded file and a new one have the same schema text for text, which opening compares.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from app.i18n import translate
from app.models.database import transaction
from app.models.errors import ProjectFileError
from app.models.schema import SCHEMA_VERSION

Step = Sequence[str]

MIGRATIONS: dict[int, Step] = {
    # Stages get an adjustable width (NULL: the board's default).
    1: ["ALTER TABLE stages ADD COLUMN width REAL"],
    # Personas get an optional photo: PNG bytes (NULL: no photo; the app draws initials).
    2: ["ALTER TABLE personas ADD COLUMN photo BLOB"],
    # The project gets an author or organisation (NULL: none), shown on the PDF cover.
    3: ["ALTER TABLE project ADD COLUMN author TEXT"],
    # Dot-voting sessions: each one a JSON value (name, participants, ballots…) in its journey,
    # and the session whose totals the cards show (NULL: the cards' own vote counts).
    4: [
        "CREATE TABLE voting_sessions (\n"
        "    journey_id TEXT NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,\n"
        "    id TEXT NOT NULL,\n"
        "    position INTEGER NOT NULL,\n"
        "    data TEXT NOT NULL,\n"
        "    PRIMARY KEY (journey_id, id)\n"
        ")",
        "ALTER TABLE journeys ADD COLUMN shown_session TEXT",
    ],
    # Journey analytics: the results of an event log as one JSON value (NULL: none), and the
    # measure an analysed metric lane shows (NULL: a lane filled by hand).
    # A lane kind 'flow' and an emotion variant 'observed' widen two CHECK constraints. lanes is
    # referenced by four tables, so rebuilding it would cascade deletes: its CHECK text is widened
    # in place (SQLite's documented way to loosen a constraint; RESET re-reads the schema). emotion_points is referenced by nothing: it is rebuilt.
    5: [
        "ALTER TABLE journeys ADD COLUMN analytics TEXT",
        "ALTER TABLE lanes ADD COLUMN measure TEXT",
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = replace(sql, "
        "'''metric'')', '''metric'', ''flow'')') "
        "WHERE type = 'table' AND name = 'lanes'",
        "PRAGMA writable_schema = RESET",
        "CREATE TABLE emotion_points_v6 (\n"
        "    journey_id TEXT NOT NULL,\n"
        "    lane_id TEXT NOT NULL,\n"
        "    stage_id TEXT NOT NULL,\n"
        "    persona_id TEXT NOT NULL DEFAULT '',\n"
        "    variant TEXT NOT NULL CHECK (variant IN ('as_is', 'to_be', 'observed')),\n"
        "    score REAL NOT NULL CHECK (score BETWEEN -2 AND 2),\n"
        "    note TEXT NOT NULL DEFAULT '',\n"
        "    PRIMARY KEY (journey_id, lane_id, stage_id, persona_id, variant),\n"
        "    FOREIGN KEY (journey_id, lane_id) REFERENCES lanes (journey_id, id) ON DELETE CASCADE,\n"
        "    FOREIGN KEY (journey_id, stage_id) REFERENCES stages (journey_id, id) ON DELETE CASCADE\n"
        ")",
        "INSERT INTO emotion_points_v6 SELECT journey_id, lane_id, stage_id, persona_id, variant, score, note "
        "FROM emotion_points",
        "DROP TABLE emotion_points",
        "ALTER TABLE emotion_points_v6 RENAME TO emotion_points",
    ],
    # Living maps. A journey gets an owner, a status (NULL: draft) and review dates; a card gets
    # evidence (a PNG image, links and comments as JSON lists; NULL: none) and, when an
    # opportunity became an action, the action as JSON. Snapshots keep a journey as it was:
    # its FORMAT JSON deflated (app/models/snapshots.py), with what the History panel lists
    # beside it so listing them decodes nothing.
    6: [
        "ALTER TABLE journeys ADD COLUMN owner TEXT",
        "ALTER TABLE journeys ADD COLUMN status TEXT",
        "ALTER TABLE journeys ADD COLUMN review_by TEXT",
        "ALTER TABLE journeys ADD COLUMN last_reviewed TEXT",
        "ALTER TABLE cards ADD COLUMN image BLOB",
        "ALTER TABLE cards ADD COLUMN links TEXT",
        "ALTER TABLE cards ADD COLUMN comments TEXT",
        "ALTER TABLE cards ADD COLUMN action TEXT",
        "CREATE TABLE snapshots (\n"
        "    journey_id TEXT NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,\n"
        "    id TEXT NOT NULL,\n"
        "    position INTEGER NOT NULL,\n"
        "    name TEXT NOT NULL,\n"
        "    note TEXT NOT NULL DEFAULT '',\n"
        "    author TEXT,\n"
        "    taken_at TEXT NOT NULL,\n"
        "    reason TEXT NOT NULL,\n"
        "    cards INTEGER NOT NULL DEFAULT 0,\n"
        "    content BLOB NOT NULL,\n"
        "    PRIMARY KEY (journey_id, id)\n"
        ")",
    ],
}


def steps_between(from_version: int, to_version: int, steps: dict[int, Step] | None = None) -> list[str]:
    steps = MIGRATIONS if steps is None else steps
    missing = [v for v in range(from_version, to_version) if v not in steps]
    if missing:
        raise ProjectFileError(
            translate("Migrations", "cannot upgrade a schema-{version} file: no step from version {missing}").format(
                version=from_version, missing=missing[0]
            )
        )

    return [sql for version in range(from_version, to_version) for sql in steps[version]]


def apply_steps(
    execute: Callable[[str], object],
    from_version: int,
    to_version: int = SCHEMA_VERSION,
    steps: dict[int, Step] | None = None,
) -> None:
    """Run the SQL of every step through ``execute`` (the caller owns the transaction)."""
    for sql in steps_between(from_version, to_version, steps):
        execute(sql)
    execute(f"PRAGMA user_version = {to_version}")


def migrate(
    conn: sqlite3.Connection, from_version: int, to_version: int = SCHEMA_VERSION, steps: dict[int, Step] | None = None
) -> None:
    """Upgrade the database behind ``conn`` (a ``database.connect`` connection outside a
    transaction) inside one transaction."""
    if from_version == to_version:
        return
    steps_between(from_version, to_version, steps)  # refuse before touching anything
    with transaction(conn) as raw:
        apply_steps(raw.execute, from_version, to_version, steps)
