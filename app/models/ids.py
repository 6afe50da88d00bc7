"""New ids for entities made by the app (random, so two copies of a project never collide)."""

from __future__ import annotations

import secrets


def new_id(prefix: str, taken: set[str] | None = None) -> str:
    while True:
        candidate = f"{prefix}-{secrets.token_hex(4)}"
        if not taken or candidate not in taken:
            return candidate
