"""`waymark diff`: since a snapshot, against another journey or file; --json; clear refusals."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.cli import main
from app.models.project_file import read_project_file
from app.models.session import create_project_file
from app.models.snapshots import take_snapshot
from tests.conftest import REPO

JOURNEY = "buy-phone"


@pytest.fixture
def files(tmp_path: Path, sample_project) -> tuple[Path, Path]:
    """(the sample saved as it was, the sample after edits with a snapshot of the old version)."""
    before = tmp_path / "before.waymark"
    create_project_file(sample_project, before)
    journey = sample_project.journey(JOURNEY)
    older = take_snapshot(journey, name="Older", now=datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
    snap = take_snapshot(journey, name="Before workshop", now=datetime(2026, 2, 5, 9, 0, tzinfo=UTC))
    cards = list(journey.cards)
    cards[0] = cards[0].model_copy(update={"text": "Edited", "votes": cards[0].votes + 2})
    gone = cards.pop(3)
    stages = [journey.stages[1], journey.stages[0], *journey.stages[2:]]
    after_journey = journey.model_copy(update={"cards": cards, "stages": stages, "snapshots": [older, snap]})
    project = sample_project.model_copy(
        update={"journeys": [after_journey if j.id == JOURNEY else j for j in sample_project.journeys]}
    )
    after = tmp_path / "after.waymark"
    create_project_file(project, after)
    assert gone.id not in {c.id for c in read_project_file(after)[0].journey(JOURNEY).cards}
    return before, after


def run(capsys, *args: object) -> tuple[int, str, str]:
    rc = main(["diff", *map(str, args)])
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_since_a_snapshot_prints_the_issues_json(files, capsys):
    _before, after = files
    rc, out, err = run(capsys, after, "--journey", JOURNEY, "--since", "Before workshop")
    assert rc == 0, err
    data = json.loads(out)
    assert set(data) == {"added", "changed", "removed"}
    assert data["added"] == []
    assert {"kind": "stage", "id": "search", "field": "position", "old": 1, "new": 2} in data["changed"] or {
        "kind": "stage",
        "id": "awareness",
        "field": "position",
        "old": 2,
        "new": 1,
    } in data["changed"]
    fields = {(c["kind"], c["field"]) for c in data["changed"]}
    assert ("card", "text") in fields and ("card", "votes") in fields
    assert len(data["removed"]) == 1 and data["removed"][0]["kind"] == "card"
    assert all(set(c) == {"kind", "id", "field", "old", "new"} for c in data["changed"])


def test_since_takes_an_id_too_and_defaults_to_the_first_journey(files, capsys):
    _before, after = files
    snap = read_project_file(after)[0].journey(JOURNEY).snapshots[0]
    rc, out, _err = run(capsys, after, "--since", snap.id)
    assert rc == 0 and json.loads(out)["removed"]


def test_json_out_is_written_and_a_summary_printed(files, capsys, tmp_path):
    _before, after = files
    out_file = tmp_path / "diff.json"
    rc, out, _err = run(capsys, after, "--since", "Before workshop", "--json", out_file)
    assert rc == 0
    assert json.loads(out_file.read_text("utf-8"))["removed"]
    assert out.count("\n") == 1 and "1 removed" in out and "Before workshop" in out


def test_against_another_file_and_another_journey(files, capsys):
    before, after = files
    rc, out, _err = run(capsys, after, "--against-file", before)
    assert rc == 0
    same = json.loads(out)
    rc, out, _err = run(capsys, after, "--since", "Before workshop")
    assert same == json.loads(out)  # the file before is the snapshot's version
    rc, out, _err = run(capsys, after, "--journey", JOURNEY, "--against-journey", JOURNEY)
    assert rc == 0 and json.loads(out) == {"added": [], "changed": [], "removed": []}


def test_an_unknown_snapshot_is_one_line_naming_the_snapshots(files, capsys):
    _before, after = files
    rc, out, err = run(capsys, after, "--since", "nope")
    assert rc == 1 and out == ""
    assert err.count("\n") == 1
    assert "no snapshot 'nope'" in err and "Before workshop, Older" in err


def test_a_journey_without_snapshots_and_an_unknown_journey(files, capsys):
    before, _after = files
    rc, _out, err = run(capsys, before, "--since", "x")
    assert rc == 1 and "has no snapshots" in err
    rc, _out, err = run(capsys, before, "--journey", "nope", "--since", "x")
    assert rc == 1 and "no journey 'nope'" in err


def test_the_command_imports_no_widgets(files):
    _before, after = files
    code = (
        "import sys; from app.cli import main; "
        f"rc = main(['diff', {str(after)!r}, '--since', 'Before workshop']); "
        "assert rc == 0; assert 'PySide6.QtWidgets' not in sys.modules, 'QtWidgets imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["removed"]
