"""Where Waymark keeps its own files: working copies for crash recovery, user templates.

``WAYMARK_DATA_DIR`` overrides the per-platform folder so tests and portable installs
never touch the user's real data.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    override = os.environ.get("WAYMARK_DATA_DIR")
    base = Path(override) if override else Path(platformdirs.user_data_dir("waymark", appauthor=False))
    base.mkdir(parents=True, exist_ok=True)
    return base


def recovery_dir() -> Path:
    path = data_dir() / "recovery"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """``resources/`` of a source checkout, or its copy inside an installed wheel."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Waymark's resources folder is missing from this installation")
