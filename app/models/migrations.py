"""Stepwise schema upgrades, applied to the working copy, never to the user's file.

``MIGRATIONS[n]`` lists the SQL that upgrades a version-n file to n+1. All steps run in one
transaction, so a failure leaves the working copy as it was; the user's file is only
rewritten on save. New files are made the same way (version-1 DDL plus every step), so an
upgraded file and a new one have the same schema text for text, which opening compares.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

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
    5: [
        "ALTER TABLE journeys ADD COLUMN analytics TEXT",
        "ALTER TABLE lanes ADD COLUMN measure TEXT",
    ],
}


def steps_between(from_version: int, to_version: int, steps: dict[int, Step] | None = None) -> list[str]:
    steps = MIGRATIONS if steps is None else steps
    missing = [v for v in range(from_version, to_version) if v not in steps]
    if missing:
        raise ProjectFileError(f"cannot upgrade a schema-{from_version} file: no step from version {missing[0]}")
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
