"""The built-in sample project and the template library, read from ``resources/``.

Templates are FORMAT.md documents with one extra top-level field, ``template``
({"id", "name"}), which the reader ignores; so a template is also a valid import.
"""

from __future__ import annotations

import json
from pathlib import Path

from app.models.entities import Project
from app.models.errors import WaymarkError
from app.models.interchange import read_project_json
from app.models.paths import resources_dir

SAMPLE_FILE = "sample/phone-purchase.json"


def sample_project() -> Project:
    return read_project_json((resources_dir() / SAMPLE_FILE).read_bytes()).project


def _template_files() -> dict[str, Path]:
    return {p.stem: p for p in sorted((resources_dir() / "templates").glob("*.json"))}


def list_templates() -> list[tuple[str, str]]:
    """(id, name) of every built-in template, blank first."""
    found = []
    for template_id, path in _template_files().items():
        meta = json.loads(path.read_text(encoding="utf-8")).get("template", {})
        found.append((template_id, meta.get("name", template_id)))
    return sorted(found, key=lambda t: (t[0] != "blank", t[1]))


def load_template(template_id: str) -> Project:
    path = _template_files().get(template_id)
    if path is None:
        known = ", ".join(t for t, _ in list_templates())
        raise WaymarkError(f"no template '{template_id}' (templates: {known})")
    return read_project_json(path.read_bytes()).project
