"""Seeded random damage to real FORMAT.md documents, each given to `waymark new --from-json`,
to the journey importer and to the user-template reader.

Mutations act on the parsed tree (a value swapped for a hostile one: huge, deep, non-finite,
the wrong type, a key repeated or renamed with control characters) and on the text (bytes
flipped, cut short, junk, another encoding); a few inputs are special files. Every command
must exit 0 with a project that passes `check`, or exit 1 with one `waymark: error:` line and
no project written; no hang, no traceback, under a 3 GB address-space limit, the input's
bytes unchanged and nothing new beside it. In process, the journey importer and the template
list may only raise WaymarkError. A failure names the seed and the case.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from app.models.errors import WaymarkError
from tests.conftest import SAMPLE_JSON
from tests.fuzz_harness import GIB, REPO, assert_all_clean, make_special, run_cases, snapshot

SEED = 20261203
TEMPLATES = REPO / "resources" / "templates"

HOSTILE_VALUES: list[object] = [
    None,
    True,
    0,
    -1,
    2**63,
    -(2**63) - 1,
    1.5,
    -0.0,
    "",
    " ",
    "x" * 200_000,
    "\x00\x1b[2J\r\n",
    "\u202e\u2066evil",
    "\ufeff",
    [],
    {},
    [None],
    {"": {}},
    ["x"] * 10_000,
    {"k": "v"},
]
RAW_VALUES = [
    "1e400",
    "-1e400",
    "1" + "0" * 5000,
    '"\\ud800"',
    '"\\udfff\\ud800"',
    "[" * 70 + "]" * 70,
    "[" * 50_000 + "]" * 50_000,
    "NaN",
    "Infinity",
    '"\\u0000"',
]


def _sources() -> list[str]:
    files = [SAMPLE_JSON, *sorted(TEMPLATES.glob("*.json"))]
    return [p.read_text(encoding="utf-8") for p in files]


def _nodes(value: object, path: tuple = ()) -> list[tuple]:
    """Paths of every container and value in ``value`` (a key or an index per step)."""
    found = [path]
    if isinstance(value, dict):
        for k, v in value.items():
            found += _nodes(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += _nodes(v, (*path, i))
    return found


def _parent(doc: object, path: tuple):
    node = doc
    for step in path[:-1]:
        node = node[step]
    return node


MARK = "\x00MARK\x00"


def _tree_mutation(rng: random.Random, doc: dict) -> tuple[str, str]:
    paths = [p for p in _nodes(doc) if p]
    path = rng.choice(paths)
    parent, last = _parent(doc, path), path[-1]
    kind = rng.randrange(7)
    if kind == 0:
        value = rng.choice(HOSTILE_VALUES)
        parent[last] = value
        return json.dumps(doc, ensure_ascii=rng.random() < 0.5), f"set {path} to {str(value)[:30]!r}"
    if kind == 1:
        raw = rng.choice(RAW_VALUES)
        parent[last] = MARK
        return json.dumps(doc).replace(json.dumps(MARK), raw, 1), f"set {path} to raw {raw[:20]}"
    if kind == 2 and isinstance(parent, dict):
        del parent[last]
        return json.dumps(doc), f"removed {path}"
    if kind == 3 and isinstance(parent, dict):  # the same key again, later in the object
        parent[MARK] = rng.choice(HOSTILE_VALUES[:12])
        return json.dumps(doc).replace(json.dumps(MARK), json.dumps(last), 1), f"repeated key {path}"
    if kind == 4 and isinstance(parent, dict):  # an unknown key with control characters
        parent["\x1b]0;title\x07" + str(last) + "\n"] = 1
        return json.dumps(doc), f"unknown key beside {path}"
    if kind == 5 and isinstance(parent, list) and parent:  # duplicate an element (ids collide)
        parent.append(parent[rng.randrange(len(parent))])
        return json.dumps(doc), f"duplicated element of {path[:-1]}"
    if isinstance(parent, list):  # many copies: size limits
        parent.extend([parent[0]] * rng.choice([2, 1000, 20_000]))
        return json.dumps(doc), f"grew list {path[:-1]}"
    parent[last] = [parent[last]] * 3
    return json.dumps(doc), f"wrapped {path}"


def _text_mutation(rng: random.Random, text: str) -> tuple[bytes, str]:
    data = text.encode("utf-8")
    kind = rng.randrange(7)
    if kind == 0:
        buf = bytearray(data)
        for _ in range(rng.choice([1, 2, 8, 64])):
            buf[rng.randrange(len(buf))] ^= 1 << rng.randrange(8)
        return bytes(buf), "bit flips"
    if kind == 1:
        return data[: rng.randrange(len(data))], "truncated"
    if kind == 2:
        at = rng.randrange(len(data))
        return data[:at] + rng.randbytes(rng.choice([1, 16, 4096])) + data[at:], "random bytes inserted"
    if kind == 3:
        return data + rng.choice([b"\n{}", b"junk", b"\x00" * 100, data]), "appended"
    if kind == 4:
        return text.encode(rng.choice(["utf-16", "utf-32", "latin-1", "utf-8-sig"]), errors="replace"), "re-encoded"
    if kind == 5:
        return data.replace(b'"', b"'", rng.randrange(1, 50)), "quotes changed"
    return rng.choice([b"", b" \n\t", b"null", b"[]", b"{}", b'"waymark/1"', b"\xef\xbb\xbf"]), "tiny document"


def _special(rng: random.Random, path: Path) -> str:
    return make_special(
        path, rng.choice(["fifo", "folder", "dev-zero", "dev-urandom", "socket", "dangling-symlink", "symlink-loop"])
    )


def make_cases(folder: Path, count: int, seed: int) -> list[tuple[Path, str]]:
    rng = random.Random(seed)
    sources = _sources()
    cases = []
    for n in range(count):
        case_dir = folder / f"case{n:04d}"
        case_dir.mkdir()
        path = case_dir / "in.json"
        source = rng.choice(sources)
        roll = rng.random()
        if roll < 0.6:
            text, what = _tree_mutation(rng, json.loads(source))
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
        elif roll < 0.93:
            data, what = _text_mutation(rng, source)
            path.write_bytes(data)
        else:
            what = _special(rng, path)
        cases.append((path, f"case {n}, seed {seed}: {what}"))
    return cases


def _in_process(cases: list[tuple[Path, str]], sample_project) -> list[str]:
    """The journey importer and the user-template reader on every case: WaymarkError or success."""
    from app.models import journey_io
    from app.models.library import list_templates, user_templates_dir

    problems = []
    for path, what in cases:
        try:
            journey_io.import_journey(sample_project, journey_io.read_journey_file(path))
        except WaymarkError:
            pass
        except Exception as exc:
            problems.append(f"journey import, {what}: {type(exc).__name__}: {exc!s:.200}")
    folder = user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for n, (path, _what) in enumerate(cases[:60]):
        if path.is_file() and not path.is_symlink():
            (folder / f"t{n}.json").write_bytes(path.read_bytes())
    try:
        list_templates(include_user=True)
    except Exception as exc:
        problems.append(f"template list: {type(exc).__name__}: {exc!s:.200}")
    return problems


def fuzz(tmp_path: Path, count: int, seed: int, sample_project) -> None:
    cases = make_cases(tmp_path, count, seed)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    before = {path.parent: snapshot(path.parent) for path, _ in cases}
    outs = [out_dir / f"{n}.waymark" for n in range(len(cases))]
    results = run_cases(
        [["new", str(out), "--from-json", str(path)] for (path, _), out in zip(cases, outs, strict=False)],
        cwd=tmp_path,
        address_space=3 * GIB,
        per_case_timeout=30,
    )
    for result, (_path, what) in zip(results, cases, strict=False):
        result.argv.append(f"[{what}]")
    assert_all_clean(results)
    kept_repeats = [
        r.argv for r, (_p, what) in zip(results, cases, strict=False) if "repeated key" in what and r.rc != 1
    ]
    assert not kept_repeats, f"a repeated key was not refused (the last value would win): {kept_repeats[:5]}"
    raw_warnings = [
        r.argv
        for r in results
        if r.rc == 0
        and any(
            not line.startswith("waymark: warning: ") or any(ord(ch) < 32 for ch in line)
            for line in r.stderr.splitlines()
        )
    ]
    assert not raw_warnings, f"warnings not one escaped line each: {raw_warnings[:5]}"
    half_written = [r.argv for r, out in zip(results, outs, strict=False) if r.rc == 1 and out.exists()]
    assert not half_written, f"a refused input still wrote a project: {half_written[:5]}"
    made = [out for r, out in zip(results, outs, strict=False) if r.rc == 0]
    checks = run_cases([["check", str(out)] for out in made], cwd=tmp_path, per_case_timeout=30)
    bad = [r for r in checks if r.rc != 0]
    assert not bad, f"an accepted input made a project `check` refuses: {[(r.argv, r.stderr) for r in bad[:5]]}"
    changed = [str(folder) for folder, snap in before.items() if snapshot(folder) != snap]
    assert not changed, f"reading changed or added files beside the input: {changed[:5]}"
    problems = _in_process(cases, sample_project)
    assert not problems, "\n".join(problems[:10])
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(out.name for out in made)


def test_fuzz_json_inputs(tmp_path, sample_project):
    fuzz(tmp_path, 300, SEED, sample_project)


@pytest.mark.fuzz_long
@pytest.mark.timeout(3600)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_fuzz_json_inputs_long(tmp_path, seed, sample_project):
    fuzz(tmp_path, 3000, seed, sample_project)


def test_the_fuzz_cases_replay_from_the_seed(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = [w.split(": ", 1)[1] for _, w in make_cases(tmp_path / "a", 40, 7)]
    assert first == [w.split(": ", 1)[1] for _, w in make_cases(tmp_path / "b", 40, 7)]
