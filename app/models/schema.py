"""The project file's schema: frozen SQL per version, and the tables' column names.

``project.checksum`` is the SHA-256 of the project's canonical JSON, written into every
saved file and checked on load: SQLite has no checksums of its own, so a flipped byte in a
card's text would otherwise pass its integrity check and silently change the map. Working
copies keep it NULL (they change with every edit); a file without one is not checked.

The version-1 DDL is written out by hand, not generated, because opening a file compares its
schema with the expected one text for text; generated DDL could change with a tool's
upgrade and make every existing file look foreign. Later versions are the version-1 DDL plus
the SQL steps in `migrations.py`, so an upgraded file and a new one match exactly.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# 'WYMK' — identifies a Waymark project among SQLite files (PRAGMA application_id).
APPLICATION_ID = 0x57594D4B
SCHEMA_VERSION = 7

_V1 = """
CREATE TABLE project (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    checksum TEXT
);
CREATE TABLE personas (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    color TEXT NOT NULL,
    goals TEXT NOT NULL DEFAULT '[]',
    needs TEXT NOT NULL DEFAULT '[]',
    frustrations TEXT NOT NULL DEFAULT '[]',
    quote TEXT NOT NULL DEFAULT ''
);
CREATE TABLE journeys (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE journey_personas (
    journey_id TEXT NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
    persona_id TEXT NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (journey_id, persona_id)
);
CREATE TABLE stages (
    journey_id TEXT NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (journey_id, id)
);
CREATE TABLE lanes (
    journey_id TEXT NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('cards', 'touchpoints', 'emotion', 'metric')),
    role TEXT,
    unit TEXT,
    PRIMARY KEY (journey_id, id)
);
CREATE TABLE cards (
    journey_id TEXT NOT NULL,
    id TEXT NOT NULL,
    lane_id TEXT NOT NULL,
    stage_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    color TEXT,
    votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
    evidence TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    channel TEXT,
    touchpoint TEXT,
    PRIMARY KEY (journey_id, id),
    FOREIGN KEY (journey_id, lane_id) REFERENCES lanes (journey_id, id) ON DELETE CASCADE,
    FOREIGN KEY (journey_id, stage_id) REFERENCES stages (journey_id, id) ON DELETE CASCADE
);
CREATE INDEX cards_by_cell ON cards (journey_id, lane_id, stage_id, position);
CREATE TABLE emotion_points (
    journey_id TEXT NOT NULL,
    lane_id TEXT NOT NULL,
    stage_id TEXT NOT NULL,
    persona_id TEXT NOT NULL DEFAULT '',
    variant TEXT NOT NULL CHECK (variant IN ('as_is', 'to_be')),
    score REAL NOT NULL CHECK (score BETWEEN -2 AND 2),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (journey_id, lane_id, stage_id, persona_id, variant),
    FOREIGN KEY (journey_id, lane_id) REFERENCES lanes (journey_id, id) ON DELETE CASCADE,
    FOREIGN KEY (journey_id, stage_id) REFERENCES stages (journey_id, id) ON DELETE CASCADE
);
CREATE TABLE metric_values (
    journey_id TEXT NOT NULL,
    lane_id TEXT NOT NULL,
    stage_id TEXT NOT NULL,
    value REAL,
    target REAL,
    PRIMARY KEY (journey_id, lane_id, stage_id),
    FOREIGN KEY (journey_id, lane_id) REFERENCES lanes (journey_id, id) ON DELETE CASCADE,
    FOREIGN KEY (journey_id, stage_id) REFERENCES stages (journey_id, id) ON DELETE CASCADE
);
CREATE TABLE blueprint_lines (
    journey_id TEXT NOT NULL,
    after_lane_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('interaction', 'visibility', 'internal')),
    PRIMARY KEY (journey_id, after_lane_id, kind),
    FOREIGN KEY (journey_id, after_lane_id) REFERENCES lanes (journey_id, id) ON DELETE CASCADE
);
"""


def first_statements() -> list[str]:
    """The version-1 DDL; later versions are these plus the migrations' steps."""
    return [s.strip() for s in _V1.split(";") if s.strip()]


def normalize_sql(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip().rstrip(";")


class Table(NamedTuple):
    """A table's name and columns: the DDL above is the one definition of types and constraints."""

    name: str
    columns: tuple[str, ...]


def table(name: str, *columns: str) -> Table:
    return Table(name, columns)


project = table("project", "id", "name", "description", "checksum", "author")
personas = table(
    "personas", "id", "position", "name", "role", "color", "goals", "needs", "frustrations", "quote", "photo"
)
journeys = table(
    "journeys",
    "id",
    "position",
    "name",
    "description",
    "shown_session",
    "analytics",
    "owner",
    "status",
    "review_by",
    "last_reviewed",
)
journey_personas = table("journey_personas", "journey_id", "persona_id", "position")
stages = table("stages", "journey_id", "id", "position", "name", "description", "width")
lanes = table("lanes", "journey_id", "id", "position", "name", "kind", "role", "unit", "measure")
cards = table(
    "cards",
    "journey_id",
    "id",
    "lane_id",
    "stage_id",
    "position",
    "text",
    "color",
    "votes",
    "evidence",
    "tags",
    "channel",
    "touchpoint",
    "image",
    "links",
    "comments",
    "action",
)
emotion_points = table("emotion_points", "journey_id", "lane_id", "stage_id", "persona_id", "variant", "score", "note")
metric_values = table("metric_values", "journey_id", "lane_id", "stage_id", "value", "target")
blueprint_lines = table("blueprint_lines", "journey_id", "after_lane_id", "kind")
voting_sessions = table("voting_sessions", "journey_id", "id", "position", "data")
snapshots = table(
    "snapshots", "journey_id", "id", "position", "name", "note", "author", "taken_at", "reason", "cards", "content"
)

TABLES = (
    project,
    personas,
    journeys,
    journey_personas,
    stages,
    lanes,
    cards,
    emotion_points,
    metric_values,
    blueprint_lines,
    voting_sessions,
    snapshots,
)
