"""A workbook import stays within a stated memory bound (500 MB), and its time follows what it keeps.

openpyxl builds each sheet row and the whole shared-string table before any cap in the reader
can look at them: a 1.3 MB workbook with one row of 9 million empty cells, or 14 million shared
strings, passes every archive check and then takes gigabytes and minutes. The import counts
while streaming instead and refuses beyond the limits before openpyxl builds anything. The
hostile files here are streamed with zipfile, never built with openpyxl; each CLI run is under
an address-space limit and a timeout as safety nets, and its peak RSS is measured.
"""

from __future__ import annotations

import json
import random
import string
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.models import limits as L
from tests.test_xlsx_hostile import (  # noqa: F401  (fixtures)
    CARDS_PART,
    MAIN_NS,
    REPO,
    TIMEOUT,
    assert_refused,
    assert_untouched,
    exported,
    inline,
    part,
    project,
    rezip,
    with_rows,
    workbook,
)

BOUND_MIB = 500
SAFETY_NET = 3 * 1024**3  # address space of each run: far above the bound, so the bound is what is measured
SST_PART = "xl/sharedStrings.xml"

_MEASURE = """
import resource, subprocess, sys
limit = int(sys.argv[1])
def cap():
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
r = subprocess.run(sys.argv[3:], capture_output=True, text=True, preexec_fn=cap, timeout=int(sys.argv[2]))
sys.stderr.write(r.stderr)
sys.stdout.write(r.stdout)
sys.stdout.write("\\nPEAK_KIB=%d\\n" % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(r.returncode)
"""


def measured(*args) -> tuple[subprocess.CompletedProcess, int]:
    """The CLI run in a fresh parent whose only child it is, so RUSAGE_CHILDREN is its peak RSS (MiB)."""
    cmd = [sys.executable, "-c", _MEASURE, str(SAFETY_NET), str(TIMEOUT), sys.executable, "-m", "app", *map(str, args)]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT + 30, cwd=REPO, check=False)
    out, _, peak = result.stdout.rpartition("\nPEAK_KIB=")
    result.stdout = out
    return result, int(peak) // 1024


def stream_part(
    source: bytes, target: Path, name: str, head: bytes, body, tail: bytes, extra: dict | None = None
) -> Path:
    """``source`` with part ``name`` replaced by head + every chunk of ``body`` + tail, written as it goes."""
    path = rezip(source, target, drop=(name, *(extra or {})))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for extra_name, data in (extra or {}).items():
            zf.writestr(extra_name, data)
        with zf.open(name, "w", force_zip64=True) as f:
            f.write(head)
            for chunk in body:
                f.write(chunk)
            f.write(tail)
    return path


def refused_within_bound(project, path, exported, data_dir, *reasons) -> int:
    result, peak = measured("import", project, path, "--dry-run")
    line = assert_refused(result, path, *reasons)
    assert_untouched(project, exported[0], data_dir)
    print(f"{path.name}: peak RSS {peak} MiB: {line}")
    assert peak < BOUND_MIB, (peak, line)
    return peak


def _header() -> bytes:
    return (
        f'<worksheet xmlns="{MAIN_NS}"><sheetData><row r="1">'
        + inline("C1", "stage")
        + inline("D1", "lane")
        + inline("E1", "text")
        + "</row>"
    ).encode()


@pytest.fixture(scope="session")
def wide_row(tmp_path_factory, exported) -> Path:
    """About 1.3 MB: one row of 9 million empty cells in the Cards sheet."""
    rnd = random.Random(5)  # a space now and then, so the part compresses about 30 to 1, not 200
    chunk = "".join("<c/>" + (" " if rnd.random() < 0.04 else "") for _ in range(100_000)).encode()
    path = stream_part(
        exported[1],
        tmp_path_factory.mktemp("wide") / "wide.xlsx",
        CARDS_PART,
        _header() + b'<row r="2">',
        (chunk for _ in range(90)),
        b"</row></sheetData></worksheet>",
    )
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(CARDS_PART)
    assert info.file_size <= L.MAX_WORKBOOK_RATIO * info.compress_size  # every archive check passes
    return path


@pytest.fixture(scope="session")
def many_strings(tmp_path_factory, exported) -> Path:
    """14 million shared strings, varied enough to pass the ratio check."""
    letters = string.ascii_letters + string.digits

    def body():  # 18 bytes a string, so 14 million stay within the part limit
        for start in range(0, 14_000_000, 100_000):
            yield "".join(f"<si><t>{letters[n * 7919 % 62]}</t></si>" for n in range(start, start + 100_000)).encode()

    ct = part(exported[1], "[Content_Types].xml").replace(
        "</Types>",
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    rels = part(exported[1], "xl/_rels/workbook.xml.rels").replace(
        "</Relationships>",
        '<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    )
    path = stream_part(
        exported[1],
        tmp_path_factory.mktemp("sst") / "strings.xlsx",
        SST_PART,
        f'<sst xmlns="{MAIN_NS}" count="14000000" uniqueCount="14000000">'.encode(),
        body(),
        b"</sst>",
        extra={"[Content_Types].xml": ct, "xl/_rels/workbook.xml.rels": rels},
    )
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(SST_PART)
    assert info.file_size <= L.MAX_WORKBOOK_PART
    assert info.file_size <= L.MAX_WORKBOOK_RATIO * info.compress_size
    return path


def test_a_row_of_nine_million_empty_cells_is_refused_early(wide_row, project, exported, data_dir):
    refused_within_bound(
        project, wide_row, exported, data_dir, "row 2", '"Cards"', f"more than {L.MAX_WORKBOOK_ROW_CELLS:,} cells"
    )


def test_fourteen_million_shared_strings_are_refused_early(many_strings, project, exported, data_dir):
    refused_within_bound(
        project, many_strings, exported, data_dir, "shared strings", f"more than {L.MAX_WORKBOOK_SHARED_STRINGS:,}"
    )


def test_a_valid_import_is_within_the_bound(project, workbook, tmp_path, exported, data_dir):
    path = rezip(workbook, tmp_path / "same.xlsx")
    result, peak = measured("import", project, path, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["added"] == 0
    print(f"sample workbook: peak RSS {peak} MiB")
    assert peak < BOUND_MIB


# -- each counting rule, in process, with small limits ------------------------------------------


def _refused(path, match):
    from app.importers.xlsx import WorkbookRefused, read_workbook

    with pytest.raises(WorkbookRefused, match=match):
        read_workbook(path)


def _reads(path):
    from app.importers.xlsx import read_workbook

    return read_workbook(path)


def test_cells_per_row(monkeypatch, workbook, tmp_path):
    row = '<row r="90">' + "<c/>" * 40 + inline("E90", "x") + "</row>"
    path = rezip(workbook, tmp_path / "w.xlsx", {CARDS_PART: with_rows(part(workbook, CARDS_PART), row)})
    monkeypatch.setattr(L, "MAX_WORKBOOK_ROW_CELLS", 41)
    assert _reads(path).cards
    monkeypatch.setattr(L, "MAX_WORKBOOK_ROW_CELLS", 40)
    _refused(path, r'w\.xlsx: row 90 of the sheet "Cards" holds more than 40 cells')


def test_cells_in_all_sheets(monkeypatch, workbook, tmp_path):
    path = rezip(workbook, tmp_path / "w.xlsx")
    monkeypatch.setattr(L, "MAX_WORKBOOK_CELLS", 100)
    _refused(path, r"w\.xlsx holds more than 100 cells")


def test_text_in_one_row(monkeypatch, workbook, tmp_path):
    row = '<row r="90">' + inline("C90", "a" * 500) + inline("E90", "b" * 500) + "</row>"
    path = rezip(workbook, tmp_path / "w.xlsx", {CARDS_PART: with_rows(part(workbook, CARDS_PART), row)})
    monkeypatch.setattr(L, "MAX_WORKBOOK_ROW_TEXT", 999)
    _refused(path, r'row 90 of the sheet "Cards" holds more than 999 characters')


def test_an_absurd_attribute_value_counts_as_text(monkeypatch, workbook, tmp_path):
    row = f'<row r="90"><c r="E90" s="{"9" * 5000}"/></row>'
    path = rezip(workbook, tmp_path / "w.xlsx", {CARDS_PART: with_rows(part(workbook, CARDS_PART), row)})
    monkeypatch.setattr(L, "MAX_WORKBOOK_ROW_TEXT", 4000)
    _refused(path, r"row 90 .* more than 4,000 characters")


def test_shared_strings_count_and_text(monkeypatch, workbook, tmp_path):
    sst = f'<sst xmlns="{MAIN_NS}">' + "".join(f"<si><t>s{n:03}</t></si>" for n in range(50)) + "</sst>"
    path = rezip(workbook, tmp_path / "w.xlsx", {SST_PART: sst})
    assert _reads(path).cards
    monkeypatch.setattr(L, "MAX_WORKBOOK_SHARED_STRINGS", 49)
    _refused(path, r"w\.xlsx holds more than 49 shared strings")
    monkeypatch.setattr(L, "MAX_WORKBOOK_SHARED_STRINGS", 50)
    monkeypatch.setattr(L, "MAX_WORKBOOK_SHARED_TEXT", 199)
    _refused(path, r"shared strings hold more than 199 characters")


def test_structure_outside_rows(monkeypatch, workbook, tmp_path):
    styles = part(workbook, "xl/styles.xml").replace(
        "</styleSheet>", "<extLst>" + "<ext/>" * 5000 + "</extLst></styleSheet>"
    )
    path = rezip(workbook, tmp_path / "w.xlsx", {"xl/styles.xml": styles})
    monkeypatch.setattr(L, "MAX_WORKBOOK_STRUCTURE", 5000)
    _refused(path, r"w\.xlsx: xl/styles\.xml .*more than 5,000 XML elements")


def test_deep_nesting(monkeypatch, workbook, tmp_path):
    depth = L.MAX_WORKBOOK_XML_DEPTH + 1
    row = '<row r="90"><c r="E90" t="inlineStr"><is>' + "<r>" * depth + "</r>" * depth + "</is></c></row>"
    path = rezip(workbook, tmp_path / "w.xlsx", {CARDS_PART: with_rows(part(workbook, CARDS_PART), row)})
    _refused(path, rf"nests XML elements more than {L.MAX_WORKBOOK_XML_DEPTH} deep")


def test_rows_counted_while_streaming(monkeypatch, workbook, tmp_path):
    """The row cap applies to every sheet, counted before openpyxl reads any of it."""
    board = "xl/worksheets/sheet2.xml"
    rows = "".join(f'<row r="{n}"/>' for n in range(1000, 1200))
    path = rezip(workbook, tmp_path / "w.xlsx", {board: with_rows(part(workbook, board), rows)})
    monkeypatch.setattr(L, "MAX_WORKBOOK_ROWS", 150)
    _refused(path, r'the sheet "Buy a new phone" has more than 150 rows')


def test_one_giant_token(monkeypatch, workbook, tmp_path):
    sheet = part(workbook, CARDS_PART).replace("<sheetData>", "<!--" + "x" * 300_000 + "--><sheetData>", 1)
    path = rezip(workbook, tmp_path / "w.xlsx", {CARDS_PART: sheet})
    assert _reads(path).cards
    monkeypatch.setattr(L, "MAX_WORKBOOK_TOKEN", 100_000)
    _refused(path, r"xl/worksheets/sheet4\.xml holds one XML token .*over 100,000 bytes")
