"""Tier 1: `waymark analytics FILE LOG` as a user runs it — a subprocess on the sample project and
the sample event log: the JSON shape, --map, --json OUT, --apply, and errors that change nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.models.project_file import read_project_file
from tests.conftest import REPO, SAMPLE_JSON

SAMPLE_LOG = REPO / "resources" / "sample" / "phone-purchase-events.csv"
TOP = {"events", "cases", "start", "end", "activities", "stages", "unmapped"}
STAGE = {"stage", "name", "reached", "share", "conversion", "dropoff", "median_to_next_s", "p90_to_next_s"}


def waymark(*args: object, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True, cwd=REPO, env=env
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "sample.waymark"
    assert waymark("new", path, "--from-json", SAMPLE_JSON).returncode == 0
    return path


def test_the_sample_log_gives_the_documented_json(project):
    result = waymark("analytics", project, SAMPLE_LOG)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert TOP <= report.keys()
    assert set(report["activities"]) == {"counts", "starts", "ends", "flows"}
    assert report["events"] == sum(report["activities"]["counts"].values()) == 13_309
    assert report["cases"] == 2_500
    assert report["start"].endswith("+00:00") and report["start"] < report["end"]
    flow = report["activities"]["flows"][0]
    assert set(flow) == {"from", "to", "count", "median_s"}
    stages = report["stages"]
    assert [s["stage"] for s in stages] == ["search", "compare", "store", "buy", "learn", "support", "advocate"]
    for s in stages:
        assert STAGE <= s.keys()
    assert stages[0]["conversion"] is None and stages[0]["name"] == "Search"
    # The suggested mapping leaves the two activities named unlike any stage.
    assert report["unmapped"] == {"Watched tutorial": 245, "Booked appointment": 222}
    assert {"from": "buy", "to": "compare"} in [{k: f[k] for k in ("from", "to")} for f in report["flags"]["backward"]]
    assert "times without a zone are read as UTC" in result.stderr
    assert "English text only" in result.stderr


def test_map_json_and_json_out(project, tmp_path):
    mapping = tmp_path / "map.json"
    mapping.write_text(
        json.dumps({"Viewed ad": "search", "Paid": "buy", "Watched tutorial": "learn"}), encoding="utf-8"
    )
    out = tmp_path / "out.json"
    result = waymark("analytics", project, SAMPLE_LOG, "--map", mapping, "--json", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    report = json.loads(out.read_text(encoding="utf-8"))
    reached = {s["stage"]: s["reached"] for s in report["stages"]}
    assert reached["compare"] == 0 and reached["learn"] > 0
    assert "Compared plans" in report["unmapped"] and "Watched tutorial" not in report["unmapped"]


def test_apply_stores_the_results_and_the_file_still_opens(project):
    result = waymark("analytics", project, SAMPLE_LOG, "--apply", "--json", project.parent / "r.json")
    assert result.returncode == 0, result.stderr
    stored, _ = read_project_file(project)
    journey = stored.journeys[0]
    assert journey.analytics is not None and journey.analytics.events == 13_309
    assert journey.analytics.source.fingerprint.endswith(f":{SAMPLE_LOG.stat().st_size}")
    assert any(lane.measure is not None for lane in journey.lanes)
    assert waymark("check", project).returncode == 0
    # A second run uses the saved mapping and columns; applying again refreshes, not duplicates.
    again = waymark("analytics", project, SAMPLE_LOG, "--apply", "--json", project.parent / "r2.json")
    assert again.returncode == 0, again.stderr
    lanes = [lane.measure for lane in read_project_file(project)[0].journeys[0].lanes if lane.measure]
    assert len(lanes) == len(set(lanes))


@pytest.mark.parametrize(
    "args",
    [
        ["--map", "MAP_BAD"],
        ["--journey", "nope"],
        ["--case", "nope"],
        ["--zone", "Mars/Base"],
    ],
    ids=["unknown-stage", "unknown-journey", "unknown-column", "unknown-zone"],
)
def test_errors_are_one_line_and_leave_the_project_untouched(project, tmp_path, args):
    bad_map = tmp_path / "bad.json"
    bad_map.write_text(json.dumps({"Paid": "no-such-stage"}), encoding="utf-8")
    args = [str(bad_map) if a == "MAP_BAD" else a for a in args]
    before = project.read_bytes()
    result = waymark("analytics", project, SAMPLE_LOG, "--apply", *args)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("waymark: error: "), result.stderr
    assert result.stdout == ""
    assert project.read_bytes() == before


@pytest.mark.parametrize("log", ["png", "project", "empty"])
def test_a_file_that_is_not_a_log(project, tmp_path, log):
    path = {"png": tmp_path / "a.png", "project": project, "empty": tmp_path / "e.csv"}[log]
    if log == "png":
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    if log == "empty":
        path.write_bytes(b"")
    before = project.read_bytes()
    result = waymark("analytics", project, path, "--apply")
    assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
    assert project.read_bytes() == before


def test_the_command_imports_no_widgets(project):
    code = (
        "import sys; from app.cli import main; "
        f"rc = main(['analytics', {str(project)!r}, {str(SAMPLE_LOG)!r}, '--apply', '--json', {str(project.parent / 'o.json')!r}]); "
        "assert rc == 0; assert 'PySide6.QtWidgets' not in sys.modules, 'QtWidgets imported'; print('ok')"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.stdout.strip() == "ok", result.stderr
