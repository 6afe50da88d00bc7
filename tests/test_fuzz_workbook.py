"""Seeded random damage to real exported workbooks, each given to `waymark import --dry-run`.

The hand-written hostile cases cover what someone thought of; this covers what nobody did.
Every case must end as a user can live with (exit 0 if the workbook is still valid, else exit 1
with one `waymark: error:` line and no traceback), within the alarm, under a 3 GB address-space
limit, with the project's bytes unchanged and nothing new beside it or the workbooks. A failure
names the seed and the case, so it can be rebuilt.
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest

from tests.fuzz_harness import GIB, REPO, assert_all_clean, make_special, run_cases, snapshot
from tests.test_xlsx_hostile import BILLION_LAUGHS, exported  # noqa: F401  (fixture)

SEED = 20261202
# Some cases repeat a part name on purpose; zipfile warns as it writes them.
pytestmark = pytest.mark.filterwarnings("ignore:Duplicate name:UserWarning")


def _parts(workbook: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(workbook)) as zf:
        return [(info, zf.read(info)) for info in zf.infolist()]


def _zip(parts: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts:
            zf.writestr(name, data)
    return out.getvalue()


def _flip(data: bytes, rnd: random.Random, n: int) -> bytes:
    buf = bytearray(data)
    for _ in range(n):
        if buf:
            buf[rnd.randrange(len(buf))] ^= 1 << rnd.randrange(8)
    return bytes(buf)


def _xml_mutation(text: str, rnd: random.Random) -> str:
    kind = rnd.randrange(6)
    tags = [i for i in range(len(text)) if text.startswith("<", i) and text[i + 1 : i + 2].isalpha()]
    at = rnd.choice(tags[1:] or [len(text) // 2])
    end = text.find(">", at)
    if kind == 0:  # a huge or absurd attribute value
        value = rnd.choice(["9" * rnd.randrange(1, 3_000_000), "-1", "1e308", "A0", "XFD1048577", "&#0;", "\uffff"])
        return text[:end] + f' r="{value}" s="{value[:40]}"' + text[end:] if end > 0 else text
    if kind == 1:  # deep nesting
        depth = rnd.choice([50, 101, 5_000, 100_000])
        return text[:at] + "<x>" * depth + "</x>" * depth + text[at:]
    if kind == 2:  # a DTD
        return BILLION_LAUGHS + text.split("?>", 1)[-1]
    if kind == 3:  # a cut in the middle
        return text[: rnd.randrange(len(text) + 1)]
    if kind == 4:  # many repeated elements
        return text[:at] + "<row/>" * rnd.choice([10, 150_000]) + "<c/>" * rnd.choice([10, 20_000]) + text[at:]
    return text.replace(rnd.choice(["sheet", "row", "Override", "Relationship", "si", "c ", "t"]), "q", 3)


def build_cases(workbook: bytes, folder: Path, count: int, seed: int) -> list[Path]:
    rnd = random.Random(seed)
    parts = _parts(workbook)
    made = []
    for n in range(count):
        kind = n % 9
        path = folder / f"case{n:04}-{kind}{rnd.choice(['.xlsx', '.zip', '', '.ods', '.xls'])}"
        if kind == 0:
            data = _flip(workbook, rnd, rnd.choice([1, 3, 30]))
        elif kind == 1:
            data = workbook[: rnd.randrange(len(workbook))]
        elif kind == 2:
            data = workbook + rnd.randbytes(rnd.choice([1, 100, 70_000]))
        elif kind in (3, 4):
            index = rnd.randrange(len(parts))
            new = []
            for i, (info, body) in enumerate(parts):
                if i == index:
                    body = (
                        _flip(body, rnd, rnd.choice([1, 5]))
                        if kind == 3
                        else _xml_mutation(body.decode("utf-8", "replace"), rnd).encode("utf-8", "surrogatepass")
                    )
                new.append((info.filename, body))
            data = _zip(new)
        elif kind == 5:  # dropped or duplicated parts
            names = [(info.filename, body) for info, body in parts]
            victim = rnd.randrange(len(names))
            if rnd.random() < 0.5:
                del names[victim]
            else:
                names.append(names[victim])
            data = _zip(names)
        elif kind == 6:  # wrong content types
            new = [
                (
                    info.filename,
                    body.replace(b"spreadsheetml.sheet.main", b"wordprocessingml.document.main").replace(
                        b"worksheet+xml", rnd.choice([b"chartsheet+xml", b"x", b""])
                    ),
                )
                for info, body in parts
            ]
            data = _zip(new)
        elif kind == 7:  # other formats under workbook names
            data = rnd.choice(
                [
                    b"",
                    b"stage,lane,text\n" * 50,
                    bytes.fromhex("D0CF11E0A1B11AE1") + bytes(600),
                    b"PK\x03\x04" + rnd.randbytes(500),
                    rnd.randbytes(2000),
                    "<html>é</html>".encode(),
                ]
            )
        else:
            made.append(_special(folder, n, rnd))
            continue
        path.write_bytes(data)
        made.append(path)
    return made


def _special(folder: Path, n: int, rnd: random.Random) -> Path:
    path = folder / f"special{n:04}.xlsx"
    make_special(path, ["fifo", "folder", "symlink-to-fifo", "socket", "dev-zero"][rnd.randrange(5)])
    return path


def _run(tmp_path: Path, exported, count: int, seed: int) -> None:
    project_dir, incoming = tmp_path / "project", tmp_path / "incoming"
    project_dir.mkdir()
    incoming.mkdir()
    project = project_dir / "p.waymark"
    project.write_bytes(exported[0])
    workbooks = build_cases(exported[1], incoming, count, seed)
    before, offered = snapshot(project_dir), snapshot(incoming)
    results = run_cases(
        [["import", str(project), str(w), "--dry-run"] for w in workbooks],
        cwd=REPO,
        address_space=3 * GIB,
        per_case_timeout=20,
        env={"WAYMARK_DATA_DIR": str(tmp_path / "d")},
    )
    assert_all_clean(results)
    assert snapshot(project_dir) == before
    assert snapshot(incoming) == offered
    refused = sum(1 for r in results if r.rc == 1)
    print(f"seed {seed}: {len(results)} cases, {refused} refused, {len(results) - refused} still valid")


def test_fuzz_workbooks(tmp_path, exported):
    _run(tmp_path, exported, 300, SEED)


@pytest.mark.fuzz_long
@pytest.mark.parametrize("seed", range(SEED + 1, SEED + 5))
def test_fuzz_workbooks_long(tmp_path, exported, seed):
    _run(tmp_path, exported, 1500, seed)
