"""The core area speaks German in a German session: CLI errors and help, the models' error
messages, undo-command names, and projects made from a built-in template (German stage and lane
names in the file). The user's own names are never translated."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

import translations  # noqa: E402

from app.models.schema import SCHEMA_VERSION  # noqa: E402


@pytest.fixture(scope="module", autouse=True)
def catalogue() -> None:
    translations.build()


def test_a_template_becomes_a_german_project(german: None) -> None:
    from app.models.library import journey_from_template, list_templates, load_template

    project = load_template("marketing-funnel")
    journey = project.journeys[0]
    assert project.info.name == "Marketing-Funnel"
    assert [s.name for s in journey.stages] == ["Aufmerksamkeit", "Abwägung", "Kauf", "Bindung", "Empfehlung"]
    assert [ln.name for ln in journey.lanes][:2] == ["Aktionen", "Gedanken"]
    assert journey.stages[0].description.startswith("Der Kunde erfährt")
    assert [s.id for s in journey.stages][0] == "awareness"  # ids are never translated
    assert dict(list_templates())["blank"] == "Leere Journey"
    blank = load_template("blank")
    assert blank.info.name == "Unbenanntes Projekt" and blank.journeys[0].stages[0].name == "Phase 1"
    support, _personas = journey_from_template("support", set())
    assert support.name == "Support" and support.stages[0].name == "Problem bemerken"


def test_imported_names_stay_as_written(german: None) -> None:
    from app.models.interchange import read_project_json
    from app.models.library import load_template
    from app.models.paths import resources_dir

    data = json.loads((resources_dir() / "templates" / "marketing-funnel.json").read_text(encoding="utf-8"))
    project = read_project_json(json.dumps(data)).project
    assert project.journeys[0].stages[0].name == "Awareness"  # a JSON file is the user's words
    assert load_template("marketing-funnel").journeys[0].stages[0].name == "Aufmerksamkeit"


def test_model_errors_are_german(german: None, tmp_path: Path) -> None:
    from app.models.errors import WaymarkError
    from app.models.inputs import check_regular
    from app.models.interchange import read_project_json
    from app.models.project_file import read_project_file

    with pytest.raises(WaymarkError, match="Datei nicht gefunden"):
        check_regular(tmp_path / "missing.waymark", "Waymark project")
    with pytest.raises(WaymarkError, match=r"ist ein Ordner; erwartet wurde: Waymark-Projekt"):
        check_regular(tmp_path, "Waymark project")
    text = tmp_path / "notes.waymark"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(WaymarkError, match=r"notes.waymark ist kein Waymark-Projekt"):
        read_project_file(text)
    with pytest.raises(WaymarkError, match="kein gültiges JSON"):
        read_project_json("{")
    broken = {
        "format": "waymark/1",
        "project": {"name": "P"},
        "journeys": [
            {
                "id": "j",
                "name": "J",
                "stages": [{"id": "s", "name": "S"}],
                "lanes": [{"id": "e", "name": "E", "kind": "emotion"}],
                "cards": [{"id": "c", "lane": "e", "stage": "s", "text": "x"}],
            }
        ],
    }
    with pytest.raises(WaymarkError, match="ist eine Emotionsebene; Karten gehören in eine Karten- oder Touchpoint"):
        read_project_json(json.dumps(broken))
    broken["journeys"][0]["stages"][0]["name"] = "x" * 10_000  # pydantic's own message, translated
    with pytest.raises(
        WaymarkError, match=r"journeys\[0\]\.stages\[0\]\.name: Der Text darf höchstens \d+ Zeichen haben"
    ):
        read_project_json(json.dumps(broken))


def test_undo_names_are_german(german: None) -> None:
    import app.models.entities  # noqa: F401  (before PySide6)
    from app.document import commands as C
    from app.document.document import Document
    from app.models.entities import Card
    from app.models.library import load_template
    from app.models.refs import CardRef, Kind

    doc = Document.new(load_template("marketing-funnel"))
    try:
        journey = doc.project.journeys[0]
        card = Card(id="c1", lane=journey.lanes[0].id, stage=journey.stages[0].id, text="Anzeige")
        doc.push(C.add_card(doc, journey.id, card))
        doc.push(C.Edit(doc, CardRef(journey.id, "c1"), {"text": "Plakat"}))
        assert doc.undo_stack.undoText() == "Karte bearbeiten"
        doc.undo_stack.undo()
        assert doc.undo_stack.undoText() == "Karte hinzufügen"
        assert Kind.STAGE.noun == "Phase"
    finally:
        doc.close()


def test_cli_errors_and_help_are_german(german: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import _command_parser, main

    assert main(["info", str(tmp_path / "missing.waymark")]) == 1
    assert capsys.readouterr().err == "waymark: error: missing.waymark: Datei nicht gefunden\n"
    target = tmp_path / "x.waymark"
    target.touch()
    assert main(["new", str(target)]) == 1
    assert "existiert bereits; verwenden Sie --force" in capsys.readouterr().err
    help_text = _command_parser().format_help()
    assert "ein Projekt in einem anderen Format schreiben" in help_text


def _german_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("WAYMARK_LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANGUAGE="de", LANG="de_DE.UTF-8", XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.update(XDG_DATA_HOME=str(tmp_path / "data"))
    return env


def test_the_cli_in_a_german_locale(tmp_path: Path) -> None:
    """The done-when check: `waymark new` under a German locale writes German stage names."""
    env = _german_env(tmp_path)
    project = tmp_path / "x.waymark"

    def waymark(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "app", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
        )

    made = waymark("new", str(project), "--template", "marketing-funnel")
    assert made.returncode == 0, made.stderr
    info = json.loads(waymark("info", str(project)).stdout)
    assert info["project"] == "Marketing-Funnel" and info["journeys"][0]["name"] == "Marketing-Funnel"
    out = tmp_path / "x.json"
    assert waymark("export", str(project), "--json", str(out)).returncode == 0
    stages = [s["name"] for s in json.loads(out.read_text(encoding="utf-8"))["journeys"][0]["stages"]]
    assert stages == ["Aufmerksamkeit", "Abwägung", "Kauf", "Bindung", "Empfehlung"]
    check = waymark("check", str(project))
    assert check.stdout.strip().endswith(f"in Ordnung (Schema {SCHEMA_VERSION}; 1 Journey, 0 Personas, 0 Karten)"), (
        check.stdout
    )
    missing = waymark("info", str(tmp_path / "nirgends.waymark"))
    assert (missing.returncode, missing.stderr) == (1, "waymark: error: nirgends.waymark: Datei nicht gefunden\n")
    again = waymark("new", str(project), "--template", "nope", "--force")
    assert again.returncode == 1 and "keine Vorlage 'nope' (Vorlagen: blank," in again.stderr
