"""Tier 1: bad files and bad JSON are refused with one line, exit 1, and touch nothing."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.models import schema as S
from app.models.session import ProjectSession, create_project_file
from tests.conftest import SAMPLE_JSON

READERS = [["info"], ["check"], ["export", "--json", "OUT"], ["--smoke"]]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli(argv: list[str], capsys) -> tuple[int, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.err


def make_sample(path: Path) -> Path:
    from app.models.library import sample_project

    create_project_file(sample_project(), path)
    return path


def flip(data: bytearray, offset: int, count: int = 8, mask: int = 0xFF) -> None:
    for i in range(offset, offset + count):
        data[i] ^= mask


def bad_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, words the message must contain)."""
    files: dict[str, tuple[Path, str]] = {}

    empty = folder / "empty.waymark"
    empty.write_bytes(b"")
    files["empty"] = (empty, "is empty, not a Waymark project")

    text = folder / "notes.waymark"
    text.write_text("Meeting notes\nnot a project\n")
    files["text"] = (text, "is not a Waymark project (it is not an SQLite database)")

    as_json = folder / "json.waymark"
    as_json.write_bytes(SAMPLE_JSON.read_bytes())
    files["json"] = (as_json, "It looks like JSON")

    good = make_sample(folder / "good.waymark")
    data = good.read_bytes()

    truncated = folder / "truncated.waymark"
    truncated.write_bytes(data[: len(data) // 2 + 100])
    files["truncated"] = (truncated, "is truncated")

    short = folder / "short.waymark"
    short.write_bytes(data[:60])
    files["truncated-header"] = (short, "is truncated")

    flipped = bytearray(data)
    offset = data.index(b"Searches")  # inside a card's text: still valid ASCII after
    flip(flipped, offset, mask=0x01)
    text_flip = folder / "flipped-text.waymark"
    text_flip.write_bytes(bytes(flipped))
    files["flipped-text"] = (text_flip, "damaged on disk or changed outside Waymark")

    flipped = bytearray(data)
    page = int.from_bytes(data[16:18], "big")
    flip(flipped, page * 2, 16)  # a b-tree page header
    tree_flip = folder / "flipped-tree.waymark"
    tree_flip.write_bytes(bytes(flipped))
    files["flipped-tree"] = (tree_flip, "damaged")

    flipped = bytearray(data)
    flip(flipped, 20, 4)  # inside the SQLite header
    head_flip = folder / "flipped-header.waymark"
    head_flip.write_bytes(bytes(flipped))
    files["flipped-header"] = (head_flip, "damaged")

    other = folder / "other.waymark"
    raw = sqlite3.connect(other)
    raw.execute("CREATE TABLE contacts (name TEXT)")
    raw.commit()
    raw.close()
    files["other-app"] = (other, "an SQLite database of another application")

    other_id = folder / "other-id.waymark"
    raw = sqlite3.connect(other_id)
    raw.execute("PRAGMA application_id = 1234")
    raw.execute("CREATE TABLE t (x)")
    raw.commit()
    raw.close()
    files["other-app-id"] = (other_id, "an SQLite database of another application")

    trigger = make_sample(folder / "trigger.waymark")
    raw = sqlite3.connect(trigger)
    raw.execute("CREATE TRIGGER evil AFTER INSERT ON cards BEGIN DELETE FROM cards; END")
    raw.commit()
    raw.close()
    files["extra-trigger"] = (trigger, "contains an unexpected trigger 'evil'")

    view = make_sample(folder / "view.waymark")
    raw = sqlite3.connect(view)
    raw.execute("CREATE VIEW v AS SELECT * FROM cards")
    raw.commit()
    raw.close()
    files["extra-view"] = (view, "contains an unexpected view 'v'")

    table = make_sample(folder / "table.waymark")
    raw = sqlite3.connect(table)
    raw.execute("CREATE TABLE extra (x)")
    raw.commit()
    raw.close()
    files["extra-table"] = (table, "contains an unexpected table 'extra'")

    altered = make_sample(folder / "altered.waymark")
    raw = sqlite3.connect(altered)
    raw.execute("ALTER TABLE cards ADD COLUMN secret TEXT")
    raw.commit()
    raw.close()
    files["altered-table"] = (altered, "its table 'cards' differs")

    dangling = make_sample(folder / "dangling.waymark")
    raw = sqlite3.connect(dangling)
    raw.execute("UPDATE project SET checksum = NULL")
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute("UPDATE cards SET lane_id = 'zz' WHERE rowid = (SELECT min(rowid) FROM cards)")
    raw.commit()
    raw.close()
    files["dangling-reference"] = (dangling, "is damaged")

    wal = make_sample(folder / "wal.waymark")
    raw = sqlite3.connect(wal)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.close()
    files["wal-mode"] = (wal, "WAL mode")

    folder_named = folder / "dir.waymark"
    folder_named.mkdir()
    files["folder"] = (folder_named, "is a folder")
    flipped = bytearray(data)
    flip(flipped, offset, mask=0xFF)  # invalid UTF-8 now
    utf8_flip = folder / "flipped-utf8.waymark"
    utf8_flip.write_bytes(bytes(flipped))
    files["flipped-utf8"] = (utf8_flip, "is damaged (a text value is not valid UTF-8)")
    return files


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    return bad_files(folder)


CASES = [
    "empty",
    "text",
    "json",
    "truncated",
    "truncated-header",
    "flipped-text",
    "flipped-tree",
    "flipped-header",
    "flipped-utf8",
    "other-app",
    "other-app-id",
    "extra-trigger",
    "extra-view",
    "extra-table",
    "altered-table",
    "dangling-reference",
    "wal-mode",
    "folder",
]


@pytest.mark.parametrize("reader", READERS, ids=lambda r: r[0])
@pytest.mark.parametrize("case", CASES)
def test_bad_project_files_are_refused(corpus, case, reader, tmp_path, capsys):
    path, words = corpus[case]
    before = digest(path) if path.is_file() else None
    out = tmp_path / "out.json"
    argv = [reader[0], *[str(out) if a == "OUT" else a for a in reader[1:]], str(path)]
    code, err = run_cli(argv, capsys)
    assert code == 1, err
    assert err.startswith("waymark: error: ") and err.count("\n") == 1, err
    assert words in err
    assert "Traceback" not in err
    assert not out.exists()
    if before is not None:
        assert digest(path) == before
    siblings = [p.name for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path]
    assert siblings == []


@pytest.mark.parametrize("case", CASES)
def test_document_open_refuses_and_leaves_no_trace(corpus, case, data_dir):
    from app.models.errors import WaymarkError

    path, words = corpus[case]
    before = digest(path) if path.is_file() else None
    with pytest.raises(WaymarkError, match=None) as info:
        ProjectSession.open(path)
    assert words in str(info.value)
    if before is not None:
        assert digest(path) == before
    leftovers = [p.name for p in (data_dir / "recovery").glob("*")] if (data_dir / "recovery").exists() else []
    assert leftovers == []


BAD_JSON = {
    "rule": ("rule.json", None, "journeys[0].cards[3].lane: no lane 'zz'"),
    "malformed": ("malformed.json", '{"format": "waymark/1", "project": {"name": "x"},', "not valid JSON"),
    "deep": (
        "deep.json",
        '{"format": "waymark/1", "project": ' + "[" * 50_000 + "]" * 50_000 + "}",
        "nested too deeply",
    ),
    "deep-lists": ("deep2.json", "[" * 1_000_000 + "]" * 1_000_000, "nested too deeply"),
    "empty": ("empty.json", "", "the file is empty"),
    "binary": ("binary.json", None, "not UTF-8"),
    "missing": ("missing.json", None, "no such file"),
}


@pytest.mark.parametrize("case", sorted(BAD_JSON))
def test_bad_json_is_refused_and_no_project_is_written(tmp_path, case, capsys, sample_data):
    name, text, words = BAD_JSON[case]
    source = tmp_path / name
    if case == "rule":
        sample_data["journeys"][0]["cards"][3]["lane"] = "zz"
        source.write_text(json.dumps(sample_data))
    elif case == "binary":
        source.write_bytes(b"\xff\xfe\x00garbage")
    elif text is not None:
        source.write_text(text)
    target = tmp_path / "new.waymark"
    code, err = run_cli(["new", str(target), "--from-json", str(source)], capsys)
    assert code == 1 and words in err and err.count("\n") == 1, err
    assert not target.exists()
    existing = make_sample(tmp_path / "existing.waymark")
    before = digest(existing)
    code, err = run_cli(["new", str(existing), "--force", "--from-json", str(source)], capsys)
    assert code == 1 and words in err
    assert digest(existing) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".waymark") == ["existing.waymark"]


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["export", "x.waymark"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["--no-such-flag"])
    assert info.value.code == 2
    capsys.readouterr()


def test_real_process_prints_no_traceback(tmp_path):
    bad = tmp_path / "bad.waymark"
    bad.write_text("hello")
    result = subprocess.run([sys.executable, "-m", "app", "info", str(bad)], capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "waymark: error: bad.waymark is not a Waymark project (it is not an SQLite database)."
    ]


def future_file(folder: Path, *, readable: bool) -> Path:
    path = make_sample(folder / ("future-ok.waymark" if readable else "future-bad.waymark"))
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {S.SCHEMA_VERSION + 1}")
    raw.execute("CREATE TABLE attachments (id TEXT PRIMARY KEY, data BLOB)")  # new in the future
    if readable:
        raw.execute("ALTER TABLE cards ADD COLUMN due_date TEXT")
    else:
        raw.execute("ALTER TABLE cards RENAME COLUMN text TO body")
    raw.commit()
    raw.close()
    return path


def test_future_schema_opens_read_only_and_is_never_modified(tmp_path, capsys):
    path = future_file(tmp_path, readable=True)
    before = (digest(path), path.stat().st_mtime_ns)
    session = ProjectSession.open(path)
    assert session.read_only and "newer Waymark" in session.notice
    from app.models.errors import SaveError

    with pytest.raises(SaveError, match="read-only"):
        session.save()
    copy = tmp_path / "copy.waymark"
    session.save(copy)  # Save As writes this version's format
    session.close()
    assert (digest(path), path.stat().st_mtime_ns) == before
    code, err = run_cli(["check", str(copy)], capsys)
    assert code == 0
    code, _ = run_cli(["info", str(path)], capsys)
    assert code == 0
    assert (digest(path), path.stat().st_mtime_ns) == before


def test_unreadable_future_schema_is_refused(tmp_path, capsys):
    path = future_file(tmp_path, readable=False)
    before = digest(path)
    code, err = run_cli(["info", str(path)], capsys)
    assert code == 1 and "newer Waymark" in err and "update Waymark" in err
    from app.models.errors import NewerFileError

    with pytest.raises(NewerFileError):
        ProjectSession.open(path)
    assert digest(path) == before
