"""`waymark snapshot` and `waymark snapshots`: one line or JSON out, the file written atomically,
clear one-line errors with nothing changed (the commands run in-process; one run as a subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from app.cli import main
from app.models.project_file import read_project_file
from app.models.session import create_project_file
from tests.conftest import REPO

JID = "buy-phone"
KEYS = {"journey", "id", "name", "note", "author", "taken_at", "reason", "cards"}


@pytest.fixture
def project(tmp_path, sample_project):
    path = tmp_path / "sample.waymark"
    create_project_file(sample_project, path)
    return path


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_snapshot_takes_one_and_snapshots_lists_it(project, capsys):
    cards = len(read_project_file(project)[0].journey(JID).cards)
    code, out, err = run(capsys, "snapshot", project, "--journey", JID, "--name", "Before the workshop", "--note", "v1")
    assert code == 0, err
    assert out.count("\n") == 1 and "Before the workshop" in out and f"({cards} cards)" in out
    (snap,) = read_project_file(project)[0].journey(JID).snapshots
    assert (snap.name, snap.note, snap.cards) == ("Before the workshop", "v1", cards)

    code, out, err = run(capsys, "snapshots", project)
    assert code == 0, err
    rows = json.loads(out)
    assert [set(r) for r in rows] == [KEYS]
    assert rows[0] | {"taken_at": None, "author": None} == {
        "journey": JID,
        "id": snap.id,
        "name": "Before the workshop",
        "note": "v1",
        "author": None,
        "taken_at": None,
        "reason": "manual",
        "cards": cards,
    }
    assert rows[0]["taken_at"] == snap.taken_at and rows[0]["author"] == snap.author


def test_snapshots_of_one_journey_and_of_none(project, capsys):
    assert run(capsys, "snapshots", project, "--journey", JID)[1].strip() == "[]"
    run(capsys, "snapshot", project, "--journey", JID, "--name", "A")
    run(capsys, "snapshot", project, "--journey", JID, "--name", "B")
    names = [r["name"] for r in json.loads(run(capsys, "snapshots", project, "--journey", JID)[1])]
    assert names == ["A", "B"]


def test_a_missing_journey_is_one_line_and_changes_nothing(project, capsys):
    before = project.read_bytes()
    code, out, err = run(capsys, "snapshot", project, "--journey", "nope", "--name", "X")
    assert code == 1 and out == ""
    assert err.startswith("waymark: error: no journey 'nope'") and err.count("\n") == 1 and JID in err
    assert project.read_bytes() == before
    code, _out, err = run(capsys, "snapshots", project, "--journey", "nope")
    assert code == 1 and err.startswith("waymark: error: no journey")


def test_an_empty_name_is_refused(project, capsys):
    code, _out, err = run(capsys, "snapshot", project, "--journey", JID, "--name", "  ")
    assert code == 1 and "--name" in err


def test_a_read_only_file_is_refused(project, tmp_path, capsys):
    os.link(project, tmp_path / "second-name.waymark")  # a file with two names opens read-only
    before = project.read_bytes()
    code, _out, err = run(capsys, "snapshot", project, "--journey", JID, "--name", "X")
    assert code == 1 and "read-only" in err and err.count("\n") == 1
    assert project.read_bytes() == before


def test_a_missing_file_is_one_line(tmp_path, capsys):
    code, _out, err = run(capsys, "snapshots", tmp_path / "none.waymark")
    assert code == 1 and err.startswith("waymark: error:") and err.count("\n") == 1


def test_the_commands_run_as_a_program(project):
    result = subprocess.run(
        [sys.executable, "-m", "app", "snapshot", str(project), "--journey", JID, "--name", "CLI"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "app", "snapshots", str(project)], capture_output=True, text=True, cwd=REPO
    )
    assert [r["name"] for r in json.loads(listed.stdout)] == ["CLI"]


def test_an_import_keeps_a_snapshot_of_the_journey_before_it(project, sample_project, tmp_path, capsys):
    import openpyxl

    from app.exporters.xlsx import XlsxOptions, export_xlsx

    book = tmp_path / "workshop.xlsx"
    export_xlsx(sample_project, book, XlsxOptions())
    wb = openpyxl.load_workbook(book)
    ws = wb["Cards"]
    row = ws.max_row + 1
    for col, value in zip("BCDE", ("Buy a new phone", "Buy", "Pain points", "Queue at the till"), strict=True):
        ws[f"{col}{row}"] = value
    wb.save(book)
    code, out, err = run(capsys, "import", project, book)
    assert code == 0, err
    assert json.loads(out)["added"] == 1
    journey = read_project_file(project)[0].journey(JID)
    (snap,) = journey.snapshots
    assert (snap.name, snap.reason.value, snap.cards) == (
        "Before import of workshop.xlsx",
        "before_import",
        len(journey.cards) - 1,
    )


def test_check_decodes_every_snapshot_and_names_a_damaged_one(tmp_path, sample_project, capsys):
    """Opening a file decodes no snapshot; `waymark check` is the full check and decodes each, so
    a crafted one (valid base64 and zlib, not a journey) is found before anyone restores it."""
    import base64
    import zlib

    from app.cli import main
    from app.models.session import create_project_file
    from app.models.snapshots import take_snapshot

    journey = sample_project.journeys[0]
    good = take_snapshot(journey, name="Good")
    bad = take_snapshot(journey, name="Crafted").model_copy(
        update={"content": base64.b64encode(zlib.compress(b'{"id": 1}')).decode()}
    )
    path = tmp_path / "crafted.waymark"
    create_project_file(
        sample_project.model_copy(update={"journeys": [journey.model_copy(update={"snapshots": [good, bad]})]}),
        path,
    )
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert "snapshot 'Crafted' is damaged" in err and len(err.strip().splitlines()) == 1
    create_project_file(
        sample_project.model_copy(update={"journeys": [journey.model_copy(update={"snapshots": [good]})]}),
        path2 := tmp_path / "fine.waymark",
    )
    assert main(["check", str(path2)]) == 0
