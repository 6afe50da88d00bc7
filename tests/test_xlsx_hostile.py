"""Hostile workbooks given to `waymark import`: each is refused with one clear line, in bounded
time and memory, and the project file is left exactly as it was, with nothing beside it.

End-to-end cases run the real CLI in a subprocess under an address-space limit and a timeout,
so a regression fails instead of hanging or eating the machine (the timeout is a safety net,
not a timing assertion). Big hostile files are generated once per session, streamed, never
with openpyxl.
"""

from __future__ import annotations

import io
import json
import os
import random
import resource
import socket
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.models import limits as L

REPO = Path(__file__).resolve().parent.parent
SAMPLE_JSON = REPO / "resources" / "sample" / "phone-purchase.json"
MEMORY_LIMIT = 1536 * 1024 * 1024  # address space of each CLI run
TIMEOUT = 60  # seconds; a safety net only
OLD_MTIME = 1_000_000_000  # set on every project copy, so any write shows
CARDS_PART = "xl/worksheets/sheet4.xml"  # the "Cards" sheet of a Waymark export
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE worksheet [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
    + "]>\n"
)


# -- helpers -----------------------------------------------------------------------------------


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def waymark(*args: str | Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        check=False,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        preexec_fn=_limit_memory,
        env=env,
        cwd=REPO,
    )


def rezip(source: bytes | Path, target: Path, replace: dict | None = None, drop: tuple = (), add: tuple = ()) -> Path:
    """A copy of the workbook ``source`` with parts replaced (bytes or a str), dropped or added."""
    replace = dict(replace or {})
    if isinstance(source, Path):
        source = source.read_bytes()
    with zipfile.ZipFile(io.BytesIO(source)) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename in drop:
                continue
            data = replace.pop(info.filename, None)
            data = src.read(info) if data is None else data
            out.writestr(info.filename, data.encode() if isinstance(data, str) else data)
        for name, data in [*replace.items(), *add]:
            out.writestr(name, data.encode() if isinstance(data, str) else data)
    return target


def part(workbook: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(workbook)) as zf:
        return zf.read(name).decode("utf-8")


def with_rows(sheet_xml: str, rows: str) -> str:
    """The sheet with ``rows`` (``<row>`` XML) appended to its sheetData."""
    assert "</sheetData>" in sheet_xml
    return sheet_xml.replace("</sheetData>", rows + "</sheetData>", 1)


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


@pytest.fixture(scope="session")
def exported(tmp_path_factory) -> tuple[bytes, bytes]:
    """(project file bytes, its exported workbook bytes): the sample project, made with the CLI."""
    folder = tmp_path_factory.mktemp("exported")
    env = {**os.environ, "WAYMARK_DATA_DIR": str(folder / "data")}
    project, workbook = folder / "sample.waymark", folder / "sample.xlsx"
    for args in (("new", project, "--from-json", SAMPLE_JSON), ("export", project, "--xlsx", workbook)):
        result = waymark(*args, env=env)
        assert result.returncode == 0, result.stderr
    return project.read_bytes(), workbook.read_bytes()


@pytest.fixture
def project(tmp_path, exported) -> Path:
    folder = tmp_path / "project"
    folder.mkdir()
    path = folder / "p.waymark"
    path.write_bytes(exported[0])
    os.utime(path, (OLD_MTIME, OLD_MTIME))
    return path


@pytest.fixture
def workbook(exported) -> bytes:
    return exported[1]


@pytest.fixture
def incoming(tmp_path) -> Path:
    """A folder apart from the project's, for the workbooks offered."""
    folder = tmp_path / "incoming"
    folder.mkdir()
    return folder


def assert_untouched(project: Path, original: bytes, data_dir: Path) -> None:
    assert project.read_bytes() == original
    assert project.stat().st_mtime == OLD_MTIME
    assert sorted(p.name for p in project.parent.iterdir()) == [project.name]  # no -wal, -shm, .~lock…
    recovery = data_dir / "recovery"
    if recovery.exists():
        assert not [p.name for p in recovery.iterdir() if not p.name.endswith(".lock")]


def assert_refused(result: subprocess.CompletedProcess, workbook: Path, *reasons: str) -> str:
    """Exit 1, nothing on stdout, one `waymark: error:` line naming the workbook and the reason."""
    assert result.returncode == 1, (result.returncode, result.stdout[-2000:], result.stderr[-2000:])
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr[-3000:]
    line = lines[0]
    assert line.startswith("waymark: error: "), line
    assert workbook.name in line, line
    for reason in reasons:
        assert reason.lower() in line.lower(), line
    print(line)
    return line


def import_refused(project: Path, workbook: Path, exported, data_dir: Path, *reasons: str, flags: tuple = ()) -> str:
    result = waymark("import", project, workbook, *flags)
    line = assert_refused(result, workbook, *reasons)
    assert_untouched(project, exported[0], data_dir)
    return line


# -- (1) and (2): DTDs, entity bombs, external entities ------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        CARDS_PART,
        "xl/workbook.xml",
        "[Content_Types].xml",
        "docProps/core.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/sharedStrings.xml",
    ],
)
def test_billion_laughs_in_a_part_is_refused(name, project, workbook, incoming, exported, data_dir):
    if name == "xl/sharedStrings.xml":
        xml = f'<sst xmlns="{MAIN_NS}" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>'
    else:
        xml = part(workbook, name).replace("<?xml version='1.0' encoding='UTF-8'?>", "")
        xml = xml.replace('<c r="E3" s="2" t="inlineStr"><is><t>', '<c r="E3" s="2" t="inlineStr"><is><t>&lol9;', 1)
    bomb = rezip(workbook, incoming / "bomb.xlsx", {name: BILLION_LAUGHS + xml})
    import_refused(project, bomb, exported, data_dir, "DTD", name)


def test_entity_bomb_in_a_part_that_is_not_named_xml(project, workbook, incoming, exported, data_dir):
    """openpyxl reads a sheet wherever the relationships point, whatever its name ends with."""
    rels = part(workbook, "xl/_rels/workbook.xml.rels").replace("/xl/worksheets/sheet4.xml", "/xl/worksheets/cards.bin")
    sheet = part(workbook, CARDS_PART).replace("<t>Search</t>", "<t>&lol9;</t>")
    bomb = rezip(
        workbook,
        incoming / "renamed.xlsx",
        {"xl/_rels/workbook.xml.rels": rels},
        drop=(CARDS_PART,),
        add=(("xl/worksheets/cards.bin", BILLION_LAUGHS + sheet),),
    )
    import_refused(project, bomb, exported, data_dir, "DTD", "cards.bin")


def test_entity_bomb_in_utf16(project, workbook, incoming, exported, data_dir):
    sheet = part(workbook, CARDS_PART).replace("<t>Search</t>", "<t>&lol9;</t>")
    text = BILLION_LAUGHS.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>') + sheet
    bomb = rezip(workbook, incoming / "utf16.xlsx", {CARDS_PART: text.encode("utf-16")})
    import_refused(project, bomb, exported, data_dir, "DTD")


def test_dtd_hidden_after_a_long_comment(project, workbook, incoming, exported, data_dir):
    sheet = part(workbook, CARDS_PART).replace("<t>Search</t>", "<t>&lol9;</t>")
    padding = "<!--" + "x" * (200 * 1024) + "-->\n"
    bomb = rezip(
        workbook,
        incoming / "padded.xlsx",
        {CARDS_PART: '<?xml version="1.0"?>\n' + padding + BILLION_LAUGHS.split("\n", 1)[1] + sheet},
    )
    import_refused(project, bomb, exported, data_dir, CARDS_PART)


@pytest.mark.parametrize("flags", [(), ("--dry-run",)])
def test_external_file_entity_is_refused_and_never_read(
    flags, project, workbook, incoming, exported, data_dir, tmp_path
):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-7f3a9c\n", encoding="utf-8")
    for n, target in enumerate((secret.as_uri(), "file:///etc/passwd")):
        sheet = part(workbook, CARDS_PART).replace("<t>Search</t>", "<t>&x;</t>")
        dtd = f'<?xml version="1.0"?>\n<!DOCTYPE worksheet [ <!ENTITY x SYSTEM "{target}"> ]>\n'
        bomb = rezip(workbook, incoming / f"xxe{n}.xlsx", {CARDS_PART: dtd + sheet})
        result = waymark("import", project, bomb, *flags)
        assert_refused(result, bomb, "DTD", "external")
        for leak in ("TOP-SECRET-7f3a9c", "root:x:0:0", "/bin/"):
            assert leak not in result.stdout + result.stderr
        assert_untouched(project, exported[0], data_dir)


def test_external_http_entity_and_dtd_fetch_nothing(project, workbook, incoming, exported, data_dir):
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        server.setblocking(False)
        url = f"http://127.0.0.1:{server.getsockname()[1]}/evil"
        sheet = part(workbook, CARDS_PART).replace("<t>Search</t>", "<t>&x;</t>")
        cases = {
            "entity.xlsx": f'<?xml version="1.0"?>\n<!DOCTYPE worksheet [ <!ENTITY x SYSTEM "{url}.ent"> ]>\n',
            "parameter.xlsx": (
                f'<?xml version="1.0"?>\n<!DOCTYPE worksheet [ <!ENTITY % p SYSTEM "{url}.dtd"> %p; ]>\n'
            ),
            "external-dtd.xlsx": f'<?xml version="1.0"?>\n<!DOCTYPE worksheet SYSTEM "{url}.dtd">\n',
        }
        for file_name, dtd in cases.items():
            bomb = rezip(workbook, incoming / file_name, {CARDS_PART: dtd + sheet})
            import_refused(project, bomb, exported, data_dir, "DTD")
        with pytest.raises(BlockingIOError):
            server.accept()  # nobody connected


# -- (3) zip bombs -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def bombs(tmp_path_factory, exported) -> dict[str, Path]:
    """Real zip bombs around a valid workbook (each unpacks to what it declares), made once."""
    folder = tmp_path_factory.mktemp("bombs")
    made = {}

    def build(name: str, parts: list[tuple[str, int, bytes]]) -> None:
        path = rezip(exported[1], folder / name)
        with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            for entry, mib, chunk in parts:
                with zf.open(entry, "w") as f:
                    for _ in range(mib):
                        f.write(chunk)
        made[name] = path

    zeros = bytes(1 << 20)
    # 40 MiB of zeros: about 1,000 to 1.
    build("ratio.xlsx", [("xl/media/image1.png", 40, zeros)])
    # 300 MiB of zeros in one entry: over the per-part limit.
    build("part.xlsx", [("xl/media/image1.png", L.MAX_WORKBOOK_PART // 2**20 + 44, zeros)])
    # Three 200 MiB entries compressed about 15 to 1: every part and ratio within limits, the total not.
    rnd = random.Random(7)
    sparse = bytearray(1 << 20)
    for i in range(0, len(sparse), 48):
        sparse[i] = rnd.randrange(1, 256)
    per = 200
    count = L.MAX_WORKBOOK_UNCOMPRESSED // 2**20 // per + 1
    build("total.xlsx", [(f"xl/media/image{k}.png", per, bytes(sparse)) for k in range(count)])
    # Many small entries.
    path = rezip(exported[1], folder / "entries.xlsx")
    with zipfile.ZipFile(path, "a") as zf:
        for k in range(L.MAX_WORKBOOK_ENTRIES):
            zf.writestr(f"xl/media/e{k}.txt", b"")
    made["entries.xlsx"] = path
    return made


def test_zip_bomb_ratio(bombs, project, exported, data_dir):
    line = import_refused(project, bombs["ratio.xlsx"], exported, data_dir, "zip bomb", "xl/media/image1.png", "to 1")
    assert f"over {L.MAX_WORKBOOK_RATIO} to 1" in line


def test_zip_bomb_one_huge_part(bombs, project, exported, data_dir):
    import_refused(project, bombs["part.xlsx"], exported, data_dir, "zip bomb", "xl/media/image1.png", "per part")


def test_zip_bomb_total_unpacked_size(bombs, project, exported, data_dir):
    import_refused(project, bombs["total.xlsx"], exported, data_dir, "zip bomb", "unpacks to more than")


def test_zip_bomb_too_many_entries(bombs, project, exported, data_dir):
    import_refused(
        project, bombs["entries.xlsx"], exported, data_dir, "zip bomb", f"at most {L.MAX_WORKBOOK_ENTRIES:,}"
    )


def test_zip_limits_in_process(monkeypatch, workbook, tmp_path):
    """The same checks with small limits, and the size each refusal names."""
    from app.importers.xlsx import archive
    from app.importers.xlsx.archive import WorkbookRefused, check_archive

    big = rezip(
        workbook,
        tmp_path / "big.xlsx",
        add=(("xl/media/a.bin", bytes(300_000)), ("xl/media/b.bin", os.urandom(300_000))),
    )
    check_archive(big)
    monkeypatch.setattr(archive, "RATIO_FLOOR", 100_000)
    with pytest.raises(WorkbookRefused, match=r"big\.xlsx: xl/media/a\.bin is compressed [\d,]+ to 1"):
        check_archive(big)
    monkeypatch.setattr(L, "MAX_WORKBOOK_RATIO", 10_000)
    check_archive(big)
    monkeypatch.setattr(L, "MAX_WORKBOOK_PART", 299_999)
    with pytest.raises(WorkbookRefused, match=r"xl/media/a\.bin unpacks to 300,000 bytes.*zip bomb"):
        check_archive(big)
    monkeypatch.setattr(L, "MAX_WORKBOOK_PART", 300_000)
    monkeypatch.setattr(L, "MAX_WORKBOOK_UNCOMPRESSED", 500_000)
    with pytest.raises(WorkbookRefused, match=r"big\.xlsx unpacks to more than 500,000 bytes.*zip bomb"):
        check_archive(big)
    monkeypatch.setattr(L, "MAX_WORKBOOK_UNCOMPRESSED", 10**9)
    entries = len(zipfile.ZipFile(big).infolist())  # the sample's workbook, and the two added
    monkeypatch.setattr(L, "MAX_WORKBOOK_ENTRIES", entries - 1)
    with pytest.raises(WorkbookRefused, match=rf"holds {entries} files.*at most {entries - 1}"):
        check_archive(big)
    monkeypatch.setattr(L, "MAX_WORKBOOK_ENTRIES", entries)
    check_archive(big)


def test_declared_size_smaller_than_the_data(project, workbook, incoming, exported, data_dir):
    """A central directory that understates an entry: zipfile stops at the declared size, the CRC fails."""
    path = rezip(workbook, incoming / "liar.xlsx")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(CARDS_PART)
    # Patch the central directory record of the Cards part: uncompressed size at offset 24.
    pos = data.index(b"PK\x01\x02")
    while True:
        name_len = int.from_bytes(data[pos + 28 : pos + 30], "little")
        if bytes(data[pos + 46 : pos + 46 + name_len]) == CARDS_PART.encode():
            break
        pos = data.index(b"PK\x01\x02", pos + 4)
    data[pos + 24 : pos + 28] = (info.file_size // 2).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    import_refused(project, path, exported, data_dir)


# -- (4) a million rows --------------------------------------------------------------------------


@pytest.fixture(scope="session")
def million_rows(tmp_path_factory, exported) -> Path:
    """A Cards sheet of 1,000,000 varied rows, streamed straight into the zip."""
    path = rezip(exported[1], tmp_path_factory.mktemp("rows") / "million.xlsx", drop=(CARDS_PART,))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as zf, zf.open(CARDS_PART, "w") as f:
        f.write(
            (
                f'<worksheet xmlns="{MAIN_NS}"><sheetData><row r="1">'
                + inline("C1", "stage")
                + inline("D1", "lane")
                + inline("E1", "text")
                + "</row>"
            ).encode()
        )
        for start in range(2, 1_000_002, 10_000):
            f.write(
                "".join(
                    f'<row r="{n}">{inline(f"E{n}", f"card {n * 7919 % 1_000_003}")}</row>'
                    for n in range(start, start + 10_000)
                ).encode()
            )
        f.write(b"</sheetData></worksheet>")
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(CARDS_PART)
    assert info.file_size <= L.MAX_WORKBOOK_PART
    assert info.file_size <= L.MAX_WORKBOOK_RATIO * info.compress_size  # the row cap must refuse it
    return path


def test_a_million_rows_is_refused_by_the_row_cap(million_rows, project, exported, data_dir):
    import_refused(project, million_rows, exported, data_dir, '"Cards"', f"more than {L.MAX_WORKBOOK_ROWS:,} rows")


def test_row_cap_in_process(monkeypatch, workbook, tmp_path):
    from app.importers.xlsx import WorkbookRefused, read_workbook

    sheet = part(workbook, CARDS_PART)
    rows = "".join(f'<row r="{n}">{inline(f"E{n}", f"x{n}")}</row>' for n in range(100, 160))
    path = rezip(workbook, tmp_path / "rows.xlsx", {CARDS_PART: with_rows(sheet, rows)})
    monkeypatch.setattr(L, "MAX_WORKBOOK_ROWS", 150)
    with pytest.raises(WorkbookRefused, match=r'rows\.xlsx: the sheet "Cards" has more than 150 rows'):
        read_workbook(path)
    monkeypatch.setattr(L, "MAX_WORKBOOK_ROWS", 200)
    assert len(read_workbook(path).cards) > 60


# -- (5) not a zip at all -----------------------------------------------------------------------

NOT_ZIPS = {
    "text.xlsx": (b"stage,lane,text\nSearch,Doing,hello\n", "not a zip archive"),
    "empty.xlsx": (b"", "is empty"),
    "random.xlsx": (random.Random(3).randbytes(64 * 1024).replace(b"PK", b"pk"), "not a zip archive"),
    "old.xls": (bytes.fromhex("D0CF11E0A1B11AE1") + bytes(4096), ".xls"),
    "truncated.xlsx": (None, "cut short"),
}


@pytest.mark.parametrize("name", list(NOT_ZIPS))
def test_not_a_zip(name, project, workbook, incoming, exported, data_dir):
    data, reason = NOT_ZIPS[name]
    path = incoming / name
    path.write_bytes(workbook[: len(workbook) // 2] if data is None else data)
    import_refused(project, path, exported, data_dir, reason)


def test_a_folder(project, incoming, exported, data_dir):
    folder = incoming / "folder.xlsx"
    folder.mkdir()
    import_refused(project, folder, exported, data_dir, "is a folder")


def test_a_missing_file(project, incoming, exported, data_dir):
    import_refused(project, incoming / "missing.xlsx", exported, data_dir, "no such file")


def test_a_zip_without_content_types(project, workbook, incoming, exported, data_dir):
    path = rezip(workbook, incoming / "plain.xlsx", drop=("[Content_Types].xml",))
    import_refused(project, path, exported, data_dir, "[Content_Types].xml", "not an Excel workbook")


def test_a_zip_that_is_not_a_workbook(project, incoming, exported, data_dir):
    path = incoming / "other.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(
            "[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
        )
        zf.writestr("readme.txt", "hello")
    import_refused(project, path, exported, data_dir, "other.xlsx")


# -- columns and cells ---------------------------------------------------------------------------


@pytest.mark.parametrize("ref", ["IW2", "ZZ5", "XFD40"])
def test_a_cell_beyond_the_column_cap(ref, project, workbook, incoming, exported, data_dir):
    row = int("".join(c for c in ref if c.isdigit()))
    sheet = part(workbook, CARDS_PART)
    if f'<row r="{row}">' in sheet:
        head, tail = sheet.split(f'<row r="{row}">', 1)
        end = tail.index("</row>")
        sheet = head + f'<row r="{row}">' + tail[:end] + inline(ref, "far away") + tail[end:]
    else:
        sheet = with_rows(sheet, f'<row r="{row}">{inline(ref, "far away")}</row>')
    path = rezip(workbook, incoming / "wide.xlsx", {CARDS_PART: sheet})
    import_refused(
        project,
        path,
        exported,
        data_dir,
        f"Cards!{ref}",
        "beyond column IV",
        f"at most {L.MAX_WORKBOOK_COLUMNS} columns",
    )


def test_a_40000_character_cell_is_a_problem_and_the_rest_imports(project, workbook, incoming, data_dir):
    sheet = part(workbook, CARDS_PART).replace(
        "<t>Asks a friend which phone she uses</t>", "<t>Asks two friends which phones they use</t>", 1
    )
    sheet = with_rows(
        sheet,
        '<row r="200">'
        + inline("B200", "Buy a new phone")
        + inline("C200", "Search")
        + inline("D200", "Doing")
        + inline("E200", "y" * 40_000)
        + "</row>",
    )
    path = rezip(workbook, incoming / "long.xlsx", {CARDS_PART: sheet})
    result = waymark("import", project, path)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["changed"] == 1 and summary["added"] == 0
    assert [p["cell"] for p in summary["problems"]] == ["Cards!E200"]
    assert "40,000 characters" in summary["problems"][0]["message"]
    assert sorted(p.name for p in project.parent.iterdir()) == [project.name]
    from app.models.project_file import read_project_file

    loaded, _ = read_project_file(project)
    texts = {c.text for j in loaded.journeys for c in j.cards}
    assert "Asks two friends which phones they use" in texts
    assert not any(len(t) >= 40_000 for t in texts)


# -- a valid workbook: --dry-run changes nothing, a real import does ----------------------------


def test_dry_run_leaves_the_project_byte_identical(project, workbook, incoming, exported, data_dir):
    sheet = part(workbook, CARDS_PART).replace(
        "<t>Asks a friend which phone she uses</t>", "<t>Asks two friends</t>", 1
    )
    path = rezip(workbook, incoming / "edited.xlsx", {CARDS_PART: sheet})
    result = waymark("import", project, path, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["changed"] == 1
    assert_untouched(project, exported[0], data_dir)
    # The control: the same import for real does change the file.
    result = waymark("import", project, path)
    assert result.returncode == 0, result.stderr
    assert project.read_bytes() != exported[0]
    assert sorted(p.name for p in project.parent.iterdir()) == [project.name]
