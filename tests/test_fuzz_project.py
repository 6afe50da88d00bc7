"""Fuzz: mutated real project files through every reader, seeded so a failure replays.

Each case is a real .waymark file (the sample, and a template with every lane kind) with one
mutation: bit flips in the header, page 1 and later pages, truncation, zeroed or swapped
pages, appended junk, sqlite_master edits through writable_schema, a stray -wal, -journal
or -shm, or a special file in its place. For every case and reader the outcome must be
exit 0 or one `waymark: error:` line with no traceback, within the alarm; the file and its
folder must be byte for byte as they were; and an exit 0 from `export --json` must give the
original project exactly (damage is never shown as if whole).

The default mode takes some seconds; `pytest -m fuzz_long` runs many more cases.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.fuzz_harness import GIB, assert_all_clean, make_special, run_cases, snapshot
from tests.test_bad_input import make_sample

READERS = [["info"], ["check"], ["export", "--json", "OUT"]]
SEED = 20261202


def _template_file(path: Path) -> Path:
    from app.models.library import load_template
    from app.models.session import create_project_file

    create_project_file(load_template("service-blueprint"), path)
    return path


def _page_size(data: bytes) -> int:
    size = int.from_bytes(data[16:18], "big")
    return 65536 if size == 1 else size


def _flip(rng: random.Random, data: bytearray, lo: int, hi: int) -> str:
    at = rng.randrange(lo, min(hi, len(data)))
    bit = 1 << rng.randrange(8)
    data[at] ^= bit
    return f"flip byte {at} bit {bit}"


def _mutate_bytes(rng: random.Random, data: bytearray) -> tuple[bytes, str]:
    page = _page_size(data)
    pages = len(data) // page
    kind = rng.choice(["header", "page1", "later", "later", "truncate", "zero-page", "swap-pages", "append", "burst"])
    if kind == "header":
        what = _flip(rng, data, 0, 100)
    elif kind == "page1":
        what = _flip(rng, data, 100, page)
    elif kind == "later":
        what = _flip(rng, data, page, len(data))
    elif kind == "truncate":
        cut = rng.choice([rng.randrange(0, 100), rng.randrange(100, len(data)), page * rng.randrange(1, pages)])
        del data[cut:]
        what = f"truncate at {cut}"
    elif kind == "zero-page":
        n = rng.randrange(pages)
        data[n * page : (n + 1) * page] = bytes(page)
        what = f"zero page {n + 1}"
    elif kind == "swap-pages":
        a, b = rng.sample(range(pages), 2)
        pa, pb = bytes(data[a * page : (a + 1) * page]), bytes(data[b * page : (b + 1) * page])
        data[a * page : (a + 1) * page], data[b * page : (b + 1) * page] = pb, pa
        what = f"swap pages {a + 1} and {b + 1}"
    elif kind == "append":
        junk = rng.choice([rng.randbytes(rng.randrange(1, 5000)), bytes(page), rng.randbytes(page)])
        data += junk
        what = f"append {len(junk)} bytes"
    else:
        at = rng.randrange(0, len(data) - 64)
        data[at : at + 64] = rng.randbytes(64)
        what = f"64 random bytes at {at}"
    return bytes(data), what


SCHEMA_EDITS = [
    "UPDATE sqlite_master SET sql = replace(sql, 'NOT NULL', '') WHERE name = 'cards'",
    "UPDATE sqlite_master SET sql = replace(sql, 'votes', 'voters') WHERE name = 'cards'",
    "UPDATE sqlite_master SET rootpage = rootpage + 1 WHERE name = 'lanes'",
    "UPDATE sqlite_master SET rootpage = 0 WHERE name = 'cards_by_cell'",
    "UPDATE sqlite_master SET type = 'view' WHERE name = 'stages'",
    "UPDATE sqlite_master SET name = 'sqlite_autoindex_cards_9' WHERE name = 'sqlite_autoindex_cards_1'",
    "DELETE FROM sqlite_master WHERE name = 'cards_by_cell'",
    "DELETE FROM sqlite_master WHERE name = 'sqlite_autoindex_lanes_1'",
    "UPDATE sqlite_master SET sql = 'CREATE TABLE cards(x' WHERE name = 'cards'",
    "UPDATE sqlite_master SET sql = NULL WHERE name = 'project'",
    "UPDATE sqlite_master SET sql = CAST(x'43524541544520f8' AS TEXT) WHERE name = 'journeys'",
    "INSERT INTO sqlite_master VALUES('trigger','{n}','cards',0,'CREATE TRIGGER {n} AFTER INSERT ON cards "
    "BEGIN DELETE FROM cards; END')",
    "INSERT INTO sqlite_master VALUES('view','{n}','{n}',0,'CREATE VIEW {n} AS SELECT * FROM cards')",
    "INSERT INTO sqlite_master VALUES('table','{n}','{n}',2,'CREATE TABLE {n}(a)')",
    "INSERT INTO sqlite_master VALUES('index','{n}','cards',2,'CREATE INDEX {n} ON cards(text)')",
]


def _schema_edit(rng: random.Random, path: Path) -> str:
    edit = rng.choice(SCHEMA_EDITS).format(
        n=rng.choice(["sqlite_x", "sqlite_stat1", "sqlite_autoindex_x_1", "extra", "cards_by_cell2"])
    )
    version = rng.choice([None, None, 5, -1, 0])
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        raw.execute("PRAGMA writable_schema=ON")
        raw.execute(edit)
        if version is not None:
            raw.execute(f"PRAGMA user_version={version}")
    finally:
        raw.close()
    return f"schema edit {edit!r}, version {version}"


def _side_file(rng: random.Random, path: Path, source: bytes) -> str:
    side = rng.choice(["-wal", "-journal", "-shm"])
    kind = rng.choice(["zeros", "random", "a copy of the file", "a real wal"])
    target = Path(f"{path}{side}")
    if kind == "zeros":
        target.write_bytes(bytes(rng.choice([32, 4096, 32768])))
    elif kind == "random":
        target.write_bytes(rng.randbytes(rng.randrange(1, 70000)))
    elif kind == "a copy of the file":
        target.write_bytes(source)
    else:
        other = path.with_name("other.tmp")
        other.write_bytes(source)
        raw = sqlite3.connect(other, isolation_level=None)
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute("PRAGMA wal_autocheckpoint=0")
        raw.execute("DELETE FROM cards")
        shutil.copy(f"{other}-wal", target)
        raw.close()
        for p in (other, Path(f"{other}-wal"), Path(f"{other}-shm")):
            p.unlink(missing_ok=True)
    return f"stray {side}: {kind}"


def _special(rng: random.Random, path: Path) -> str:
    return make_special(
        path, rng.choice(["fifo", "folder", "symlink-to-fifo", "dev-zero", "socket", "dangling-symlink"])
    )


def make_cases(folder: Path, count: int, seed: int) -> list[tuple[Path, str]]:
    rng = random.Random(seed)
    sources = [
        make_sample(folder / "sample.waymark").read_bytes(),
        _template_file(folder / "template.waymark").read_bytes(),
    ]
    cases = []
    for n in range(count):
        case_dir = folder / f"case{n:04d}"
        case_dir.mkdir()
        path = case_dir / "p.waymark"
        source = rng.choice(sources)
        roll = rng.random()
        if roll < 0.6:
            data, what = _mutate_bytes(rng, bytearray(source))
            path.write_bytes(data)
        elif roll < 0.8:
            path.write_bytes(source)
            what = _schema_edit(rng, path)
        elif roll < 0.93:
            path.write_bytes(source)
            what = _side_file(rng, path, source)
        else:
            what = _special(rng, path)
        cases.append((path, what))
    return cases


def _original_exports(folder: Path) -> dict[str, str]:
    from app.models.interchange import write_project_json
    from app.models.project_file import read_project_file

    return {
        name: write_project_json(read_project_file(folder / name)[0]) for name in ("sample.waymark", "template.waymark")
    }


def fuzz(tmp_path: Path, count: int, seed: int, *, smoke_every: int) -> None:
    cases = make_cases(tmp_path, count, seed)
    originals = set(_original_exports(tmp_path).values())
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    before = {path.parent: snapshot(path.parent) for path, _ in cases}
    argvs, whats, outs = [], [], []
    for n, (path, what) in enumerate(cases):
        readers = READERS + ([["--smoke"]] if n % smoke_every == 0 else [])
        for reader in readers:
            out = out_dir / f"{n}-{reader[0]}.json"
            argvs.append([reader[0], *[str(out) if a == "OUT" else a for a in reader[1:]], str(path)])
            whats.append(what)
            outs.append(out if "OUT" in reader else None)
    results = run_cases(argvs, cwd=tmp_path, address_space=3 * GIB, per_case_timeout=30)
    for result, what in zip(results, whats, strict=False):
        result.argv.append(f"[{what}]")
    assert_all_clean(results)
    shown_damaged = [
        f"{r.argv}"
        for r, out in zip(results, outs, strict=False)
        if out is not None and r.rc == 0 and out.read_text(encoding="utf-8") not in originals
    ]
    assert not shown_damaged, f"damaged files exported as if whole: {shown_damaged[:5]}"
    changed = [str(folder) for folder, snap in before.items() if snapshot(folder) != snap]
    assert not changed, f"readers changed or added files beside the project: {changed[:5]}"
    recovery = Path(os.environ["WAYMARK_DATA_DIR"]) / "recovery"
    assert not recovery.exists() or not list(recovery.iterdir())


def test_fuzz_project_files(tmp_path):
    fuzz(tmp_path, 400, SEED, smoke_every=25)


@pytest.mark.fuzz_long
@pytest.mark.timeout(3600)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_fuzz_project_files_long(tmp_path, seed):
    fuzz(tmp_path, 3000, seed, smoke_every=50)


def test_the_fuzz_cases_replay_from_the_seed(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert [w for _, w in make_cases(tmp_path / "a", 30, 7)] == [w for _, w in make_cases(tmp_path / "b", 30, 7)]
