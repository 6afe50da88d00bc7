"""Every text of the built-in templates is marked for translation, so a German user never gets
an English stage name from a template someone added or edited without running the script."""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

import template_texts  # noqa: E402

from app.models.template_texts import TEXTS  # noqa: E402

# Keys whose strings are identifiers, kinds or units, never words to translate.
NOT_TEXT = {"format", "id", "kind", "role", "unit", "after_lane", "persona", "stage", "lane", "color", "photo"}


def strings(value: object, key: str = "") -> list[str]:
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in strings(v, k)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v, key)]
    return [value] if isinstance(value, str) and value.strip() and key not in NOT_TEXT else []


def test_the_generated_module_is_current() -> None:
    committed = (REPO / "app" / "models" / "template_texts.py").read_text(encoding="utf-8")
    assert committed == template_texts.module_text(template_texts.template_texts()), (
        "run `python scripts/template_texts.py` then `python scripts/translations.py update`"
    )


def test_every_text_of_every_template_is_marked() -> None:
    missing = {
        (path.name, text)
        for path in sorted((REPO / "resources" / "templates").glob("*.json"))
        for text in strings(json.loads(path.read_text(encoding="utf-8")))
        if text not in TEXTS
    }
    assert not missing, sorted(missing)[:10]


def test_english_templates_are_unchanged() -> None:
    from app.models.library import load_template

    project = load_template("marketing-funnel")
    assert [s.name for s in project.journeys[0].stages][:2] == ["Awareness", "Consideration"]
