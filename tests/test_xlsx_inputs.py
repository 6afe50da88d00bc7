"""What is offered as a workbook is judged by what it is, not by its name.

A path can be a FIFO (whose open blocks until a writer comes), a device that never ends, a
folder or a socket; a file named .zip or with no extension can be a real workbook; a file named
.xlsx can be an OpenDocument spreadsheet, an old .xls or a CSV. Each of these either imports or
is refused with one line saying what the file is and what to do. A workbook whose sheets are
not recognised says so, with the headers that were expected, rather than importing nothing in
silence.
"""

from __future__ import annotations

import json
import os
import socket
import zipfile
from pathlib import Path

import pytest

from app.models import limits as L
from app.models.errors import WaymarkError
from tests.test_xlsx_hostile import (  # noqa: F401  (fixtures)
    CARDS_PART,
    assert_untouched,
    exported,
    import_refused,
    incoming,
    part,
    project,
    rezip,
    waymark,
    workbook,
)

ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"


# -- (7) not a regular file ----------------------------------------------------------------------


def test_a_fifo_is_refused_without_opening_it(project, incoming, exported, data_dir):
    fifo = incoming / "pipe.xlsx"
    os.mkfifo(fifo)
    import_refused(project, fifo, exported, data_dir, "named pipe", "not a workbook")


def test_a_symlink_to_a_fifo_is_refused(project, incoming, exported, data_dir):
    fifo = incoming / "pipe"
    os.mkfifo(fifo)
    link = incoming / "link.xlsx"
    link.symlink_to(fifo)
    import_refused(project, link, exported, data_dir, "named pipe", "not a workbook", flags=("--dry-run",))


def test_dev_zero_is_refused(project, exported, data_dir):
    import_refused(project, Path("/dev/zero"), exported, data_dir, "character device", "not a workbook")


def test_a_socket_is_refused(project, incoming, exported, data_dir):
    path = incoming / "sock.xlsx"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        import_refused(project, path, exported, data_dir, "socket", "not a workbook")


def test_a_folder_is_refused(project, incoming, exported, data_dir):
    folder = incoming / "folder.xlsx"
    folder.mkdir()
    import_refused(project, folder, exported, data_dir, "is a folder", "not a workbook", flags=("--dry-run",))


def test_the_size_cap_counts_bytes_read_not_the_stat_size(monkeypatch):
    """A procfs file says it is 0 bytes long and is not: the cap applies to what is read."""
    from app.importers.xlsx import WorkbookRefused, read_workbook

    maps = Path("/proc/self/maps")
    assert maps.stat().st_size == 0 and len(maps.read_bytes()) > 200
    monkeypatch.setattr(L, "MAX_WORKBOOK_BYTES", 200)
    with pytest.raises(WaymarkError, match=r"maps is larger than 200 bytes"):
        read_workbook(maps)
    monkeypatch.setattr(L, "MAX_WORKBOOK_BYTES", 10**6)
    with pytest.raises(WorkbookRefused, match=r"maps is not a zip archive but text"):
        read_workbook(maps)


# -- (11) what the file is, whatever its name ---------------------------------------------------


@pytest.mark.parametrize("name", ["cards.zip", "cards", "cards.XLSX", "cards.xlsx.bak"])
def test_a_real_workbook_under_another_name_imports(name, project, workbook, incoming, exported, data_dir):
    sheet = part(workbook, CARDS_PART).replace(
        "<t>Asks a friend which phone she uses</t>", "<t>Asks two friends</t>", 1
    )
    path = rezip(workbook, incoming / name, {CARDS_PART: sheet})
    result = waymark("import", project, path, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["changed"] == 1
    assert_untouched(project, exported[0], data_dir)


def _ods(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), ODS_MIMETYPE)  # stored, first, as ODF requires
        zf.writestr(
            "content.xml", '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'
        )
        zf.writestr(
            "META-INF/manifest.xml",
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
        )
    return path


@pytest.mark.parametrize("name", ["sheet.ods", "sheet.xlsx", "sheet"])
def test_an_opendocument_spreadsheet_says_so(name, project, incoming, exported, data_dir):
    line = import_refused(
        project, _ods(incoming / name), exported, data_dir, "OpenDocument spreadsheet (.ods)", "save it as .xlsx"
    )
    assert "InvalidFileException" not in line


@pytest.mark.parametrize("name", ["old.xls", "old.xlsx", "old.bin"])
def test_an_old_xls_says_so(name, project, incoming, exported, data_dir):
    path = incoming / name
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(4096))
    import_refused(project, path, exported, data_dir, ".xls", "save it as", ".xlsx")


@pytest.mark.parametrize("name", ["cards.csv", "cards.xlsx", "cards.txt", "cards"])
def test_csv_says_so(name, project, incoming, exported, data_dir):
    path = incoming / name
    path.write_text("stage,lane,text\nSearch,Doing,hello\n", encoding="utf-8")
    import_refused(project, path, exported, data_dir, "CSV", "save it as .xlsx")


def test_a_zip_that_is_a_word_document_says_so(project, workbook, incoming, exported, data_dir):
    path = incoming / "letter.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", part(workbook, "[Content_Types].xml"))
        zf.writestr("word/document.xml", '<w:document xmlns:w="urn:x"/>')
    import_refused(project, path, exported, data_dir, "Word document", "not an Excel workbook")


def test_a_cut_short_workbook_says_so(project, workbook, incoming, exported, data_dir):
    path = incoming / "cut.zip"
    path.write_bytes(workbook[: len(workbook) // 2])
    import_refused(project, path, exported, data_dir, "damaged", "cut short")


# -- (15) nothing recognised is said, with what was expected ------------------------------------


def test_no_recognised_sheet_is_refused_with_the_expected_headers(project, tmp_path, incoming, exported, data_dir):
    path = incoming / "other.xlsx"
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["Phase", "Swim", "Words"])
    ws.append(["Search", "Doing", "hello"])
    wb.save(path)
    line = import_refused(
        project,
        path,
        exported,
        data_dir,
        '"Sheet1"',
        "stage, lane and text",
        f"first {20} rows",
        "nothing was imported",
    )
    assert "persona, variant, lane" in line


def test_a_header_below_row_20_is_refused(project, incoming, exported, data_dir):
    from openpyxl import Workbook

    path = incoming / "low.xlsx"
    wb = Workbook()
    ws = wb.active
    for _ in range(25):
        ws.append([None])
    ws.append(["stage", "lane", "text"])
    ws.append(["Search", "Doing", "hello"])
    wb.save(path)
    import_refused(project, path, exported, data_dir, "stage, lane and text", "first 20 rows")


def test_unrecognised_cards_beside_emotions_is_a_problem(project, workbook, incoming, exported, data_dir):
    """The Emotions sheet is read, so the import goes on; the Cards sheet not being read is said."""
    sheet = part(workbook, CARDS_PART).replace("<t>stage</t>", "<t>Etappe</t>", 1)
    path = rezip(workbook, incoming / "renamed.xlsx", {CARDS_PART: sheet})
    result = waymark("import", project, path, "--dry-run")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["added"] == summary["changed"] == summary["removed"] == 0
    [problem] = summary["problems"]
    assert problem["cell"] == "Cards"
    assert "stage, lane and text" in problem["message"] and "Etappe" in problem["message"]
    assert "no card rows were read" in problem["message"]
    assert_untouched(project, exported[0], data_dir)


def test_unrecognised_emotions_beside_cards_is_a_problem(project, workbook, incoming, exported, data_dir):
    emotions = "xl/worksheets/sheet3.xml"
    sheet = part(workbook, emotions)
    assert "<t>persona</t>" in sheet
    path = rezip(workbook, incoming / "renamed.xlsx", {emotions: sheet.replace("<t>persona</t>", "<t>who</t>")})
    result = waymark("import", project, path, "--dry-run")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert [p["cell"] for p in summary["problems"]] == ["Emotions"]
    assert "persona, variant, lane" in summary["problems"][0]["message"]
