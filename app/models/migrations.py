"""Stepwise schema upgrades, applied to the working copy, never to the user's file.

``MIGRATIONS[n]`` upgrades a version-n file to n+1. All steps run in one transaction, so a
failure leaves the working copy as it was; the user's file is only rewritten on save.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

from app.models.errors import ProjectFileError
from app.models.schema import SCHEMA_VERSION

Migration = Callable[[Connection], None]

MIGRATIONS: dict[int, Migration] = {
    # 1: _v1_to_v2,   (the first one lands with the first schema change)
}


def migrate(conn: Connection, from_version: int, to_version: int = SCHEMA_VERSION,
            steps: dict[int, Migration] | None = None) -> None:
    """Run every step from ``from_version`` to ``to_version`` inside one transaction."""
    steps = MIGRATIONS if steps is None else steps
    if from_version == to_version:
        return
    missing = [v for v in range(from_version, to_version) if v not in steps]
    if missing:
        raise ProjectFileError(f"cannot upgrade a schema-{from_version} file: no step from version {missing[0]}")
    with conn.begin():
        for version in range(from_version, to_version):
            steps[version](conn)
            conn.exec_driver_sql(f"PRAGMA user_version = {version + 1}")
