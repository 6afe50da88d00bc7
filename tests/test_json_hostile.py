"""Tier 1: hostile JSON is refused with one line naming the place, by every JSON reader.

Reproduced before the fixes (issue 12): a repeated key kept only its last value, so a trailing
``"journeys": []`` made an empty project with exit 0 (item 18); unknown keys were echoed raw
to the terminal, escape sequences and newlines included (item 12); a FIFO or /dev/zero as a
journey file or a user template hung or read without bound (item 7); and the clipboard,
lock and session readers let RecursionError through.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from app.models import journey_io
from app.models.errors import DocumentRuleError, WaymarkError
from app.models.interchange import read_project_json
from app.models.json_text import parse_json, read_small_json
from app.models.library import list_templates, load_template, user_templates_dir
from tests.conftest import SAMPLE_JSON
from tests.test_bad_input import run_cli

DEEP = "[" * 50_000 + "]" * 50_000


def _sample_text() -> str:
    return SAMPLE_JSON.read_text(encoding="utf-8").rstrip()


def _with_trailing(extra: str) -> str:
    text = _sample_text()
    assert text.endswith("}")
    return text[:-1] + ", " + extra + "}"


# -- item 18: repeated keys ------------------------------------------------------------------


def test_a_trailing_repeated_key_cannot_empty_a_project(tmp_path, capsys):
    doc = tmp_path / "dup.json"
    doc.write_text(_with_trailing('"journeys": []'), encoding="utf-8")
    code, err = run_cli(["new", str(tmp_path / "t.waymark"), "--from-json", str(doc)], capsys)
    assert code == 1 and err.count("\n") == 1, err
    assert err == (
        'waymark: error: dup.json: the key "journeys" appears more than once in the top-level '
        "object (JSON keeps only the last; Waymark refuses rather than guess)\n"
    )
    assert not (tmp_path / "t.waymark").exists()


def test_a_repeated_key_deep_inside_is_named_by_its_path():
    data = json.loads(_sample_text())
    text = json.dumps(data)
    card_id = data["journeys"][0]["cards"][3]["id"]
    needle = f'"id": "{card_id}"'
    assert text.count(needle) == 1
    text = text.replace(needle, f'{needle}, "text": "a second text"', 1)  # the card has a text already
    with pytest.raises(DocumentRuleError) as info:
        read_project_json(text)
    assert info.value.path == "journeys[0].cards[3]"
    assert 'the key "text" appears more than once' in str(info.value)


def test_repeated_keys_are_refused_in_a_journey_import(sample_project):
    text = _with_trailing('"format": "waymark/1"')
    with pytest.raises(DocumentRuleError, match='"format" appears more than once'):
        journey_io.import_journey(sample_project, text.encode())


def test_a_user_template_with_a_repeated_key_is_skipped_with_a_warning(caplog):
    folder = user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "twice.json").write_text(_with_trailing('"journeys": []'), encoding="utf-8")
    assert "user:twice" not in dict(list_templates(include_user=True))
    assert "appears more than once" in caplog.text
    with pytest.raises(WaymarkError, match="appears more than once"):
        load_template("user:twice")


def test_distinct_keys_and_repeated_values_are_fine():
    assert parse_json('{"a": {"x": 1}, "b": {"x": 1}, "c": [{"x": 1}, {"x": 1}]}') == {
        "a": {"x": 1},
        "b": {"x": 1},
        "c": [{"x": 1}, {"x": 1}],
    }


# -- item 5 for JSON inputs: nesting ---------------------------------------------------------


@pytest.mark.parametrize("text", [DEEP, '{"a":' * 50_000 + "1" + "}" * 50_000, "[" * 65 + "]" * 65])
def test_deep_nesting_is_one_rule_error(text):
    with pytest.raises(DocumentRuleError, match="nested too deeply"):
        parse_json(text)


def test_deep_json_from_the_command_line(tmp_path, capsys):
    doc = tmp_path / "deep.json"
    doc.write_text(DEEP)
    code, err = run_cli(["new", str(tmp_path / "t.waymark"), "--from-json", str(doc)], capsys)
    assert code == 1 and err == (
        "waymark: error: deep.json: the JSON is nested too deeply (Waymark reads at most 64 levels)\n"
    )


# -- item 12: what a message quotes is escaped -----------------------------------------------


def test_unknown_keys_are_escaped_in_warnings(tmp_path, capsys):
    doc = tmp_path / "esc.json"
    doc.write_text(_with_trailing(json.dumps("\x1b[31mred\nline\u202e") + ": 1"), encoding="utf-8")
    code, err = run_cli(["new", str(tmp_path / "t.waymark"), "--from-json", str(doc)], capsys)
    assert code == 0
    assert err == "waymark: warning: \\x1b[31mred\\nline\\u202e: unknown field ignored\n"
    result = read_project_json(doc.read_bytes())
    assert result.warnings == ["\\x1b[31mred\\nline\\u202e: unknown field ignored"]


# -- item 7: special files as JSON inputs ----------------------------------------------------


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    return path


def test_a_fifo_as_a_journey_file_is_refused_at_once(fifo):
    with pytest.raises(journey_io.JourneyImportError, match="pipe.json is a named pipe"):
        journey_io.read_journey_file(fifo)


def test_dev_zero_as_a_journey_file_is_refused():
    with pytest.raises(journey_io.JourneyImportError, match="not a JSON document"):
        journey_io.read_journey_file(Path("/dev/zero"))


def test_a_fifo_among_user_templates_is_skipped(caplog):
    folder = user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    os.mkfifo(folder / "pipe.json")
    names = dict(list_templates(include_user=True))
    assert "user:pipe" not in names and "blank" in names
    assert "named pipe" in caplog.text


@pytest.mark.parametrize("content", [DEEP, '{"a": 1, "a": 2}', "\xff", ""])
def test_own_small_files_that_are_hostile_read_as_absent(tmp_path, content):
    path = tmp_path / "meta.json"
    path.write_text(content, encoding="latin-1")
    assert read_small_json(path) is None


def test_own_small_files_that_are_special_read_as_absent(fifo):
    assert read_small_json(fifo) is None
    assert read_small_json(Path("/dev/zero")) is None


def test_a_lock_holder_file_that_is_a_fifo_does_not_hang(tmp_path):
    from app.models.locking import FileLock

    lock = tmp_path / "x.lock"
    os.mkfifo(lock)
    assert FileLock.read_info(lock) == {}


# -- the clipboard is input too -------------------------------------------------------------


@pytest.mark.parametrize(
    "payload",
    [DEEP.encode(), b'{"a": 1}', b"\xff\xfe", b'[{"id": "x", "id": "y"}]', json.dumps([{"nope": 1}] * 3).encode()],
)
def test_hostile_clipboard_cards_paste_nothing(scene, payload):
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QGuiApplication

    from app.views.board.actions import CARDS_MIME, paste_cards

    mime = QMimeData()
    mime.setData(CARDS_MIME, payload)
    clipboard = QGuiApplication.clipboard()
    clipboard.setMimeData(mime)  # the clipboard owns it now
    try:
        journey = scene.journey()
        lane = next(lane for lane in journey.lanes if lane.kind == "cards")
        before = len(journey.cards)
        assert paste_cards(scene, (lane.id, journey.stages[0].id)) == []
        assert len(scene.journey().cards) == before
    finally:
        clipboard.clear()  # left for shutdown, the offscreen clipboard's data crashed the exit


def test_project_files_sql_is_untouched_by_json_checks(tmp_path):
    """Guard: the strict parser reads the columns Waymark writes itself without complaint."""
    from tests.test_bad_input import make_sample

    path = make_sample(tmp_path / "ok.waymark")
    raw = sqlite3.connect(path)
    for (tags,) in raw.execute("SELECT tags FROM cards"):
        assert isinstance(parse_json(tags), list)
    raw.close()
