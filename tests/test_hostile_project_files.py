"""Tier 1: crafted project files from issue 12's torture run are refused, or read as they are.

Each case reproduced a hole before its fix: a trigger or view given a reserved ``sqlite_``
name passed the schema check; a newer ``user_version`` skipped it; a stray ``-wal`` or
``-journal`` beside the file changed what was read and left a ``-shm``; damage that
quick_check misses was shown as if whole; a bad byte in the schema text, an unsearchable
folder and SQLite's multi-line integrity report escaped as tracebacks or broken lines.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.models.errors import WaymarkError
from app.models.schema import SCHEMA_VERSION
from app.models.session import ProjectSession
from tests.test_bad_input import READERS, digest, make_sample, run_cli

REPO = Path(__file__).resolve().parent.parent


def _sql(path: Path, *statements: str) -> None:
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            raw.execute(statement)
    finally:
        raw.close()
    for side in ("-journal", "-wal", "-shm"):
        assert not Path(f"{path}{side}").exists()


def _reserved_trigger(folder: Path) -> Path:
    path = make_sample(folder / "reserved-trigger.waymark")
    _sql(
        path,
        "PRAGMA writable_schema=ON",
        "INSERT INTO sqlite_master VALUES('trigger','sqlite_x','cards',0,'CREATE TRIGGER sqlite_x AFTER INSERT "
        "ON cards BEGIN DELETE FROM cards WHERE id<>NEW.id; END')",
    )
    return path


def _reserved_view(folder: Path) -> Path:
    path = make_sample(folder / "reserved-view.waymark")
    _sql(
        path,
        "PRAGMA writable_schema=ON",
        "INSERT INTO sqlite_master VALUES('view','sqlite_v','sqlite_v',0,'CREATE VIEW sqlite_v AS SELECT 1')",
    )
    return path


NEWER = SCHEMA_VERSION + 1  # a version this Waymark does not write


def _newer_with(folder: Path, name: str, version: int, *statements: str) -> Path:
    path = make_sample(folder / f"{name}.waymark")
    _sql(path, *statements, f"PRAGMA user_version={version}")
    return path


def _index_leaf_flip(folder: Path) -> Path:
    """A byte of a cards_by_cell index entry changed: every b-tree is sound, so quick_check
    passes, but the index no longer matches its table."""
    path = make_sample(folder / "index-flip.waymark")
    raw = sqlite3.connect(path)
    page_size = raw.execute("PRAGMA page_size").fetchone()[0]
    root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name='cards_by_cell'").fetchone()[0]
    raw.close()
    data = bytearray(path.read_bytes())
    page = data[(root - 1) * page_size : root * page_size]
    assert page[0] == 0x0A, "the index fits one leaf page in the sample"
    cells = int.from_bytes(page[3:5], "big")
    first = int.from_bytes(page[8:10], "big")  # offset of the first cell
    assert cells > 10
    # The cell's payload starts after its size varint and record header; its first column is the
    # journey id (text). Change one letter of it.
    offset = (root - 1) * page_size + first + 1 + page[first + 1] + 1
    data[offset] = ord("Z") if data[offset] != ord("Z") else ord("Y")
    path.write_bytes(bytes(data))
    return path


def _dangling(folder: Path) -> Path:
    """A card whose lane is gone, without a checksum to catch it (as in a working copy)."""
    path = make_sample(folder / "dangling.waymark")
    _sql(
        path,
        "PRAGMA foreign_keys=OFF",
        "UPDATE project SET checksum=NULL",
        "UPDATE cards SET lane_id='gone' WHERE rowid=(SELECT min(rowid) FROM cards)",
    )
    return path


def _freelist(folder: Path) -> Path:
    path = make_sample(folder / "freelist.waymark")
    data = bytearray(path.read_bytes())
    data[36] = 0x40  # the header's freelist page count, now ~1e9
    path.write_bytes(bytes(data))
    return path


def _schema_byte(folder: Path) -> Path:
    path = make_sample(folder / "schema-byte.waymark")
    data = bytearray(path.read_bytes())
    at = data.index(b"CREATE TABLE cards")
    data[at + 7] = 0xF8  # "CREATE \xf8ABLE cards": the schema text is no longer UTF-8
    path.write_bytes(bytes(data))
    return path


def _deep_column(folder: Path, name: str, column: str, *, keep_checksum: bool) -> Path:
    """Item 5: 50,000 nested brackets in a JSON text column. Without the checksum the parse is
    the only thing between the column and the models."""
    table, key = column.split(".")
    path = make_sample(folder / f"{name}.waymark")
    _sql(
        path,
        *([] if keep_checksum else ["UPDATE project SET checksum=NULL"]),
        f"UPDATE {table} SET {key}=printf('%.*c',50000,'[')||printf('%.*c',50000,']') "
        f"WHERE rowid=(SELECT min(rowid) FROM {table})",
    )
    return path


def _column(folder: Path, name: str, statement: str) -> Path:
    path = make_sample(folder / f"{name}.waymark")
    _sql(path, "UPDATE project SET checksum=NULL", statement)
    return path


CRAFTED = {
    "deep-tags": (
        lambda f: _deep_column(f, "deep-tags", "cards.tags", keep_checksum=True),
        ".tags: the JSON is nested too deeply",
    ),
    "deep-tags-no-checksum": (
        lambda f: _deep_column(f, "deep-tags-nc", "cards.tags", keep_checksum=False),
        ".tags: the JSON is nested too deeply",
    ),
    "deep-goals": (
        lambda f: _deep_column(f, "deep-goals", "personas.goals", keep_checksum=False),
        ".goals: the JSON is nested too deeply",
    ),
    "tags-not-text": (
        lambda f: _column(f, "tags-int", "UPDATE cards SET tags=X'5B5D' WHERE rowid=1"),
        ".tags is not JSON text",
    ),
    "tags-repeated-key": (
        lambda f: _column(f, "tags-dup", 'UPDATE cards SET tags=\'[{"a":1,"a":2}]\' WHERE rowid=1'),
        'the key "a" appears more than once',
    ),
    # name: (builder, words the one-line message must hold)
    "reserved-trigger": (_reserved_trigger, "contains an unexpected trigger 'sqlite_x'"),
    "reserved-view": (_reserved_view, "contains an unexpected view 'sqlite_v'"),
    "newer-trigger": (
        lambda f: _newer_with(
            f, "newer-trigger", NEWER, "CREATE TRIGGER t AFTER INSERT ON cards BEGIN DELETE FROM cards; END"
        ),
        "contains a trigger 't'",
    ),
    "newer-view": (lambda f: _newer_with(f, "newer-view", NEWER, "CREATE VIEW v AS SELECT 1"), "contains a view 'v'"),
    "newer-reserved": (
        lambda f: _newer_with(
            f,
            "newer-reserved",
            9,
            "PRAGMA writable_schema=ON",
            "INSERT INTO sqlite_master VALUES('table','sqlite_y','sqlite_y',0,'CREATE TABLE sqlite_y(a)')",
        ),
        "unexpected table 'sqlite_y'",
    ),
    "newer-missing-table": (
        lambda f: _newer_with(f, "newer-missing", NEWER, "DROP TABLE metric_values"),
        "its table 'metric_values' is missing",
    ),
    "version-minus-one": (
        lambda f: _newer_with(
            f, "minus-one", -1, "CREATE TRIGGER t AFTER INSERT ON cards BEGIN DELETE FROM cards; END"
        ),
        "its schema version (4,294,967,295) is not one any Waymark writes",
    ),
    "index-flip": (_index_leaf_flip, "is damaged (integrity check:"),
    "dangling": (_dangling, "refers to a missing row"),
    "freelist": (_freelist, "is damaged (integrity check: Main freelist"),
    "schema-byte": (_schema_byte, "SQLite cannot read its schema"),
}


@pytest.fixture(scope="module")
def crafted(tmp_path_factory):
    return {name: (build(tmp_path_factory.mktemp(name)), words) for name, (build, words) in CRAFTED.items()}


@pytest.mark.parametrize("reader", READERS, ids=lambda r: r[0])
@pytest.mark.parametrize("case", sorted(CRAFTED))
def test_crafted_files_are_refused_by_every_reader(crafted, case, reader, tmp_path, capsys):
    path, words = crafted[case]
    before = digest(path)
    out = tmp_path / "out.json"
    argv = [reader[0], *[str(out) if a == "OUT" else a for a in reader[1:]], str(path)]
    code, err = run_cli(argv, capsys)
    assert code == 1 and err.startswith("waymark: error: ") and err.count("\n") == 1, err
    assert words in err, err
    assert not out.exists()
    assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


@pytest.mark.parametrize("case", sorted(CRAFTED))
def test_crafted_files_never_reach_a_working_copy(crafted, case, data_dir):
    path, words = crafted[case]
    with pytest.raises(WaymarkError) as info:
        ProjectSession.open(path)
    assert words in str(info.value)
    assert list((data_dir / "recovery").glob("*")) == []


def test_analyze_statistics_are_sqlites_own_and_allowed(tmp_path, capsys):
    path = make_sample(tmp_path / "analyzed.waymark")
    _sql(path, "ANALYZE")
    code, out = main_out(["check", str(path)], capsys)
    assert code == 0 and "ok" in out


def test_a_newer_file_with_new_tables_and_columns_opens(tmp_path, capsys):
    path = _newer_with(
        tmp_path,
        "newer-ok",
        NEWER,
        "CREATE TABLE later_thing (x)",
        "ALTER TABLE cards ADD COLUMN y",
        "CREATE INDEX later_index ON cards (y)",
    )
    code, out = main_out(["check", str(path)], capsys)
    assert code == 0 and f"schema {NEWER}" in out


def main_out(argv: list[str], capsys) -> tuple[int, str]:
    from app.cli import main

    code = main(argv)
    return code, capsys.readouterr().out


# -- stray side files ---------------------------------------------------------------------------


def _real_wal(source: Path, target: Path) -> None:
    """A WAL from a copy of ``source`` whose cards were all deleted, placed beside ``target``."""
    other = target.with_name("other.db")
    shutil.copy(source, other)
    raw = sqlite3.connect(other, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA wal_autocheckpoint=0")
    raw.execute("DELETE FROM cards")
    raw.execute("UPDATE project SET checksum=NULL")
    shutil.copy(f"{other}-wal", f"{target}-wal")
    raw.close()
    for p in (other, Path(f"{other}-wal"), Path(f"{other}-shm")):
        p.unlink(missing_ok=True)


def _hot_journal(source: Path, target: Path) -> None:
    """A rollback journal, left by a transaction that never ended, holding pages of another file."""
    other = target.with_name("other.db")
    shutil.copy(source, other)
    _sql(other, "DELETE FROM cards", "UPDATE project SET checksum=NULL")
    code = (
        f"import sqlite3, shutil, os\n"
        f"raw = sqlite3.connect({str(other)!r}, isolation_level=None)\n"
        f"raw.execute('PRAGMA cache_size=1'); raw.execute('BEGIN IMMEDIATE')\n"
        f"raw.execute(\"UPDATE cards SET text='x'\"); raw.execute(\"UPDATE personas SET name='x'\")\n"
        f"raw.execute('INSERT INTO journeys (id, position, name, description) VALUES (\\'j\\', 9, \\'n\\', randomblob(20000))')\n"
        f"shutil.copy({str(other)!r} + '-journal', {str(target)!r} + '-journal')\n"
        f"os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    for p in (other, Path(f"{other}-journal")):
        p.unlink(missing_ok=True)
    assert Path(f"{target}-journal").stat().st_size > 0


SIDE_FILES = {
    "zero-wal": lambda src, t: Path(f"{t}-wal").write_bytes(b"\0" * 32768),
    "real-wal": _real_wal,
    "hot-journal": _hot_journal,
    "junk-shm": lambda src, t: Path(f"{t}-shm").write_bytes(os.urandom(32768)),
}


@pytest.mark.parametrize("case", sorted(SIDE_FILES))
def test_stray_side_files_change_nothing_that_is_read(case, tmp_path, capsys):
    src = make_sample(tmp_path / "src.waymark")
    folder = tmp_path / "project"
    folder.mkdir()
    path = folder / "t.waymark"
    shutil.copy(src, path)
    SIDE_FILES[case](src, path)
    before = {p.name: digest(p) for p in folder.iterdir()}
    code, out = main_out(["info", str(path)], capsys)
    assert code == 0
    assert json.loads(out)["journeys"][0]["cards"] == 75
    code, _ = main_out(["check", str(path)], capsys)
    assert code == 0
    session = ProjectSession.open(path)
    try:
        assert len(session.project.journeys[0].cards) == 75
    finally:
        session.close()
    assert {p.name: digest(p) for p in folder.iterdir()} == before


# -- one line -----------------------------------------------------------------------------------


def test_a_multi_line_integrity_report_is_one_line(crafted, capsys):
    path, _ = crafted["freelist"]
    code, err = run_cli(["check", str(path)], capsys)
    assert code == 1 and err.count("\n") == 1 and "\\n" not in err and "***" not in err, err


# -- a folder that cannot be searched -------------------------------------------------------------

SETPRIV = shutil.which("setpriv")


@pytest.mark.skipif(os.geteuid() != 0 or SETPRIV is None, reason="needs root and setpriv to drop DAC override")
@pytest.mark.parametrize(
    "argv",
    [
        ["check"],
        ["info"],
        ["export", "--json", "OUT"],
        ["export", "--pdf", "OUT"],
        ["export", "--xlsx", "OUT"],
        ["--smoke"],
    ],
    ids=lambda a: "-".join(a),
)
def test_a_folder_that_cannot_be_searched_is_one_line(tmp_path, argv):
    locked = tmp_path / "locked"
    locked.mkdir()
    path = make_sample(locked / "t.waymark")
    locked.chmod(0)
    out = tmp_path / "out.bin"
    try:
        cmd = [
            SETPRIV,
            "--bounding-set",
            "-dac_override,-dac_read_search",
            "--",
            sys.executable,
            "-m",
            "app",
            *[str(out) if a == "OUT" else a for a in argv],
            str(path),
        ]
        result = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            timeout=120,
            cwd=REPO,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    finally:
        locked.chmod(0o755)
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("waymark: error: ") and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.endswith("t.waymark cannot be read: permission denied\n"), result.stderr
    assert not out.exists()
