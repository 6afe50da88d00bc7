"""JSON -> .waymark -> JSON keeps ids, order and values (the CLI's new and export)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.cli import main
from tests.roundtrip_cases import cases

CASES = cases()


def contains(expected: object, actual: object, where: str = "") -> None:
    """Every field of ``expected`` is in ``actual`` with the same value (defaults may be added)."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), where
        for key, value in expected.items():
            assert key in actual, f"{where}.{key} missing"
            contains(value, actual[key], f"{where}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list) and len(actual) == len(expected), f"{where}: length differs"
        for i, (a, b) in enumerate(zip(expected, actual, strict=False)):
            contains(a, b, f"{where}[{i}]")
    else:
        assert expected == actual and type(expected) in (type(actual), int), f"{where}: {expected!r} != {actual!r}"


@pytest.mark.parametrize("name", sorted(CASES))
def test_round_trip(tmp_path, name, capsys):
    source = tmp_path / "x.json"
    source.write_text(json.dumps(CASES[name], ensure_ascii=False), encoding="utf-8")
    project = tmp_path / "a.waymark"
    out = tmp_path / "y.json"
    assert main(["new", str(project), "--from-json", str(source)]) == 0
    assert main(["export", str(project), "--json", str(out)]) == 0
    assert capsys.readouterr().err == ""
    exported = json.loads(out.read_text(encoding="utf-8"))
    contains(CASES[name], exported)
    # and once more: the export of an export is byte-identical (stable ids and order)
    again = tmp_path / "b.waymark"
    out2 = tmp_path / "z.json"
    assert main(["new", str(again), "--from-json", str(out)]) == 0
    assert main(["export", str(again), "--json", str(out2)]) == 0
    assert out2.read_bytes() == out.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["x.json", "a.waymark", "y.json", "b.waymark", "z.json"]
    )


def test_round_trip_through_the_real_command(tmp_path):
    source = tmp_path / "x.json"
    source.write_text(json.dumps(CASES["unicode"], ensure_ascii=False), encoding="utf-8")
    run = [sys.executable, "-m", "app"]
    subprocess.run([*run, "new", str(tmp_path / "a.waymark"), "--from-json", str(source)], check=True)
    subprocess.run([*run, "export", str(tmp_path / "a.waymark"), "--json", str(tmp_path / "y.json")], check=True)
    contains(CASES["unicode"], json.loads((tmp_path / "y.json").read_text(encoding="utf-8")))


def test_card_order_within_a_cell_is_kept(tmp_path):
    data = CASES["control"]
    data = json.loads(json.dumps(data))
    cards = data["journeys"][0]["cards"]
    cards.reverse()
    (tmp_path / "x.json").write_text(json.dumps(data), encoding="utf-8")
    assert main(["new", str(tmp_path / "a.waymark"), "--from-json", str(tmp_path / "x.json")]) == 0
    assert main(["export", str(tmp_path / "a.waymark"), "--json", str(tmp_path / "y.json")]) == 0
    exported = json.loads((tmp_path / "y.json").read_text(encoding="utf-8"))
    assert [c["id"] for c in exported["journeys"][0]["cards"]] == [c["id"] for c in cards]
