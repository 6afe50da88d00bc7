"""Tier 1: the command line's outputs and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

from app import __version__
from app.cli import main
from app.models import schema as S
from tests.conftest import SAMPLE_JSON


def test_version():
    result = subprocess.run([sys.executable, "-m", "app", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == f"waymark {__version__}"


def test_info_summarises(tmp_path, capsys):
    path = tmp_path / "a.waymark"
    assert main(["new", str(path), "--from-json", str(SAMPLE_JSON)]) == 0
    capsys.readouterr()
    assert main(["info", str(path)]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["format"] == "waymark" and info["schema_version"] == S.SCHEMA_VERSION
    (journey,) = info["journeys"]
    assert {k: journey[k] for k in ("stages", "lanes", "cards", "emotion_points", "personas")} == {
        "stages": 7,
        "lanes": 9,
        "cards": 75,
        "emotion_points": 14,
        "personas": 1,
    }


def test_check_reports_ok(tmp_path, capsys):
    path = tmp_path / "a.waymark"
    main(["new", str(path), "--from-json", str(SAMPLE_JSON)])
    capsys.readouterr()
    assert main(["check", str(path)]) == 0
    assert f"ok (schema {S.SCHEMA_VERSION}; 1 journey, 2 personas, 75 cards)" in capsys.readouterr().out


def test_new_is_blank_by_default_and_refuses_to_overwrite(tmp_path, capsys):
    path = tmp_path / "a.waymark"
    assert main(["new", str(path)]) == 0
    before = path.read_bytes()
    assert main(["new", str(path)]) == 1
    assert "exists already; use --force" in capsys.readouterr().err
    assert path.read_bytes() == before
    main(["info", str(path)])
    info = json.loads(capsys.readouterr().out)
    assert info["journeys"][0]["cards"] == 0 and info["journeys"][0]["stages"] == 3


def test_templates_list_and_unknown_template(tmp_path, capsys):
    assert main(["templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "blank\tBlank journey"
    assert main(["new", str(tmp_path / "x.waymark"), "--template", "nope"]) == 1
    assert "no template 'nope'" in capsys.readouterr().err
    assert not (tmp_path / "x.waymark").exists()


def test_export_refuses_to_overwrite_the_project(tmp_path, capsys):
    path = tmp_path / "a.waymark"
    main(["new", str(path)])
    before = path.read_bytes()
    assert main(["export", str(path), "--json", str(path)]) == 1
    assert "overwrite the project" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_unknown_fields_warn_but_import(tmp_path, capsys, sample_data):
    sample_data["journeys"][0]["swimlane_theme"] = "dark"
    source = tmp_path / "x.json"
    source.write_text(json.dumps(sample_data))
    assert main(["new", str(tmp_path / "a.waymark"), "--from-json", str(source)]) == 0
    assert capsys.readouterr().err == "waymark: warning: journeys[0].swimlane_theme: unknown field ignored\n"


def test_export_into_a_missing_folder_is_a_clear_error(tmp_path, capsys):
    path = tmp_path / "a.waymark"
    main(["new", str(path)])
    assert main(["export", str(path), "--json", str(tmp_path / "nope" / "o.json")]) == 1
    assert "the folder does not exist" in capsys.readouterr().err


def test_smoke_without_a_display(tmp_path):
    env = {
        k: v for k, v in __import__("os").environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run([sys.executable, "-m", "app", "--smoke"], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert "window painted" in result.stderr
    result = subprocess.run([sys.executable, "-m", "app"], capture_output=True, text=True, env=env)
    assert result.returncode == 1 and "no display found" in result.stderr
