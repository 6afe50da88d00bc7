"""Every place Waymark leans on a private part of openpyxl or reportlab, checked to still take effect.

The pins in pyproject.toml (``openpyxl>=3.1,<3.2``, ``reportlab>=4.5,<4.6``) are the versions these
tests pass with. A new minor version may rename or stop calling what is patched or read here —
and a patch of a name nobody calls any more fails silently: the security guard on sheet sizes
would be off while every other test stays green. So each test first shows the private hook is
still there and used, then that Waymark's shortcut gives what the public way gives.

The PDF fast paths' operators are compared byte for byte with reportlab's in test_pdf_speedups.py.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import zipfile
import zlib
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE as OPENPYXL_ILLEGAL
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from app.exporters.pdf import PdfOptions, export_pdf, fonts
from app.exporters.xlsx import XlsxOptions, export_xlsx
from app.exporters.xlsx import style as S
from app.exporters.xlsx.text import append_row, put_text
from app.importers.xlsx import WorkbookRefused, read_workbook
from app.importers.xlsx import reader as R
from app.models import limits as L
from app.models import workbook_format as F
from app.models.library import sample_project

needs_poppler = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="poppler-utils missing"
)


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wb") / "sample.xlsx"
    export_xlsx(sample_project(), out, XlsxOptions())
    return out


def _rezip(source: Path, target: Path, name: str, edit) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            out.writestr(info.filename, edit(data.decode()).encode() if info.filename == name else data)
    return target


def _cards_part(path: Path) -> str:
    """The zip name of the "Cards" sheet, found through the workbook's own relationships."""
    with zipfile.ZipFile(path) as zf:
        book = zf.read("xl/workbook.xml").decode()
        rels = zf.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(r'<sheet [^>]*name="Cards"[^>]*r:id="([^"]+)"', book).group(1)
    target = re.search(rf'<Relationship [^>]*Id="{rid}"[^>]*Target="([^"]+)"', rels) or re.search(
        rf'<Relationship [^>]*Target="([^"]+)"[^>]*Id="{rid}"', rels
    )
    return "xl/" + target.group(1).lstrip("/").removeprefix("xl/")


# -- openpyxl: the sheet-size guard ---------------------------------------------------------------


def test_openpyxl_still_scans_each_sheet_through_get_size(exported):
    """The hook the guard replaces is still what openpyxl calls when it opens a read-only sheet."""
    calls = []
    original = ReadOnlyWorksheet._get_size

    def spy(ws):
        calls.append(ws.title)
        return original(ws)

    ReadOnlyWorksheet._get_size = spy
    try:
        wb = load_workbook(exported, read_only=True)
        titles = list(wb.sheetnames)
        wb.close()
    finally:
        ReadOnlyWorksheet._get_size = original
    assert sorted(calls) == sorted(titles)


def test_the_guard_skips_the_scan_while_reading_and_is_lifted_after(exported, monkeypatch):
    calls = []

    def scan(ws):
        calls.append(ws.title)

    monkeypatch.setattr(ReadOnlyWorksheet, "_get_size", scan)
    data = read_workbook(exported)
    assert data.cards and calls == []  # no sheet was scanned for its size
    assert ReadOnlyWorksheet._get_size is scan  # put back: the patch lasts only while a workbook opens
    assert not R._NO_DIMENSION_SCAN.locked()


def test_a_claimed_huge_dimension_is_never_trusted(exported, tmp_path):
    """A sheet may claim any size; only its rows count: a claim of a million rows changes nothing."""
    part = _cards_part(exported)
    claimed = _rezip(
        exported,
        tmp_path / "claimed.xlsx",
        part,
        lambda xml: re.sub(r'<dimension ref="[^"]*"\s*/>', '<dimension ref="A1:XFD1048576"/>', xml),
    )
    missing = _rezip(exported, tmp_path / "missing.xlsx", part, lambda xml: re.sub(r"<dimension [^>]*/>", "", xml))
    with zipfile.ZipFile(claimed) as zf:
        assert 'ref="A1:XFD1048576"' in zf.read(part).decode()
    expected = [row.cells["text"].value for row in read_workbook(exported).cards]
    assert [row.cells["text"].value for row in read_workbook(claimed).cards] == expected
    assert [row.cells["text"].value for row in read_workbook(missing).cards] == expected


def test_rows_beyond_the_cap_are_refused_whatever_the_dimension_says(exported, tmp_path, monkeypatch):
    monkeypatch.setattr(L, "MAX_WORKBOOK_ROWS", 5)  # the sample has more card rows than that
    small = _rezip(
        exported,
        tmp_path / "small.xlsx",
        _cards_part(exported),
        lambda xml: re.sub(r'<dimension ref="[^"]*"\s*/>', '<dimension ref="A1:B2"/>', xml),
    )
    with pytest.raises(WorkbookRefused, match="more than 5 rows"):
        read_workbook(small)


# -- openpyxl: reading rows with the sheet's own parser (``_shared_strings``, ``_get_source``) ----


def test_rows_read_with_the_streaming_parser_match_openpyxls_own(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    rows = [
        ("text", 3, 2.5, True, None, "=not a formula"),
        ("shared", "shared", "ünïcode — “quotes”", False, 0, "line\nbreak"),
        (None, None, None, None, None, None),
        (dt.datetime(2024, 5, 17, 9, 30), dt.date(2023, 1, 2), -7, "", "x" * 500, 1e-9),
    ]
    for row in rows:
        ws.append(row)
    ws["F1"].data_type = "s"
    ws.cell(7, 3, "after a gap")
    path = tmp_path / "values.xlsx"
    wb.save(path)

    reference = load_workbook(path, read_only=True, data_only=True)
    theirs = {}
    for n, values in enumerate(reference["Data"].iter_rows(values_only=True), start=1):
        values = list(values)
        while values and values[-1] is None:
            values.pop()
        theirs[n] = tuple(values)
    reference.close()

    with R._no_dimension_scan():
        ours_wb = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    try:
        ours = dict(R._rows(ours_wb["Data"], "values.xlsx"))
    finally:
        ours_wb.close()
    assert {n: v for n, v in ours.items() if v} == {n: v for n, v in theirs.items() if v}
    assert ours[4][0] == dt.datetime(2024, 5, 17, 9, 30)  # the date formats were passed on
    assert ours[2][0] == ours[2][1] == "shared"  # through the shared-string table


# -- openpyxl: shared style records (``cell._style``) and ``ws._current_row`` ---------------------


def _styled(shortcut: bool, folder: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    styles = S.SharedStyles()
    texts = ["plain", "=starts like a formula", "+also", "plain again"] * 3
    for row, text in enumerate(texts, start=1):
        cell = ws.cell(row, 1)
        put_text(cell, text)
        combo = {"alignment": S.WRAP} if row % 2 else {"alignment": S.WRAP, "fill": S.fill("#FFD166")}
        if row % 3 == 0:
            combo["font"] = S.BOLD
        if shortcut:
            styles.apply(cell, **combo)
        else:
            for name, value in combo.items():
                setattr(cell, name, value)
    path = folder / f"styled-{shortcut}.xlsx"
    wb.save(path)
    return path


def _look(cell) -> tuple[str, str, str]:
    return repr(cell.font), repr(cell.fill), repr(cell.alignment)  # style proxies do not compare by value


def test_shared_styles_give_the_cells_assigning_each_style_gives(tmp_path):
    a = load_workbook(_styled(True, tmp_path)).active
    b = load_workbook(_styled(False, tmp_path)).active
    for row_a, row_b in zip(a.iter_rows(), b.iter_rows(), strict=True):
        for x, y in zip(row_a, row_b, strict=True):
            assert (x.value, x.data_type, x.quotePrefix) == (y.value, y.data_type, y.quotePrefix)
            assert _look(x) == _look(y)
    assert any(c.quotePrefix for c in a["A"]) and any(c.font.bold for c in a["A"])


def test_append_row_reports_the_row_openpyxl_appended():
    wb = Workbook(write_only=False)
    ws = wb.active
    ws.append(["header"])
    notes: list[str] = []
    assert append_row(ws, ["a", 1, "=b"], lambda col: f"A{col}", notes) == 2
    assert append_row(ws, ["c"], lambda col: f"A{col}", notes) == 3 == ws.max_row
    assert ws["C2"].value == "=b" and ws["C2"].data_type == "s" and ws["C2"].quotePrefix


def test_the_format_drops_the_characters_openpyxl_drops():
    assert F.ILLEGAL_CHARACTERS_RE.pattern == OPENPYXL_ILLEGAL.pattern
    every = "".join(chr(c) for c in range(0x80))
    assert F.ILLEGAL_CHARACTERS_RE.sub("", every) == OPENPYXL_ILLEGAL.sub("", every)


# -- reportlab: text through ``_code`` and ``_formatText``; ``rl_config.useA85`` ------------------

_TEXTS = ["Plain text (with parens)", "Ünïcödé — déjà vu", "Русский Ελληνικά", "日本語と中文, 한국어", ""]


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return re.sub(r"\s+", "", out.stdout)


@needs_poppler
@pytest.mark.parametrize("cid", [False, True])
def test_text_batches_extract_as_reportlabs_own_text(tmp_path, monkeypatch, cid):
    fonts.register_fonts()
    if cid:  # no system CJK font: CJK goes to reportlab's CID fonts, through PDFTextObject._formatText
        monkeypatch.setattr(fonts, "system_cjk", lambda: None)
    monkeypatch.setattr(fonts, "_width_cache", {})
    formatted = []
    original = PDFTextObject._formatText

    def spy(self, text):
        formatted.append(text)
        return original(self, text)

    monkeypatch.setattr(PDFTextObject, "_formatText", spy)
    ours, theirs = tmp_path / "ours.pdf", tmp_path / "theirs.pdf"
    a, b = Canvas(str(ours), pagesize=(600, 400)), Canvas(str(theirs), pagesize=(600, 400))
    for n, text in enumerate(_TEXTS):
        fonts.draw(a, 10, 380 - 30 * n, text, 11)
        x = 10.0
        for name, piece in fonts.runs(text, False):
            b.setFont(name, 11)
            b.drawString(x, 380 - 30 * n, piece)
            x += fonts._piece_width(piece, name, 11)
    a.save()
    monkeypatch.setattr(PDFTextObject, "_formatText", original)
    b.save()
    assert _pdf_text(ours) == _pdf_text(theirs)
    assert "Ünïcödé" in _pdf_text(ours)
    if cid:
        assert any("日本語" in t for t in formatted)  # the private call is still made, and it works


def _streams(pdf: Path) -> list[bytes]:
    return re.findall(rb"<<(.*?)>>\s*stream", pdf.read_bytes(), re.S)


def test_pdf_streams_are_binary_and_the_switch_is_put_back(tmp_path):
    assert rl_config.useA85 == 1  # reportlab's default: the reason a switch is needed at all
    out = tmp_path / "map.pdf"
    export_pdf(sample_project(), out, PdfOptions())
    assert rl_config.useA85 == 1  # the process-wide flag is only flipped while a PDF is saved
    dictionaries = _streams(out)
    assert dictionaries and not any(b"ASCII85Decode" in d for d in dictionaries)
    assert sum(b"FlateDecode" in d for d in dictionaries) >= 2  # still compressed


def test_the_switch_is_held_under_a_lock_while_a_pdf_is_saved():
    from app.exporters.pdf import document as D

    seen = []
    with D._binary_streams():
        seen.append((rl_config.useA85, D._A85_LOCK.locked()))
    assert seen == [(0, True)] and rl_config.useA85 == 1 and not D._A85_LOCK.locked()


def test_a_page_stream_written_with_the_switch_is_plain_flate():
    from app.exporters.pdf import document as D

    def page(switch: bool) -> bytes:
        buffer = io.BytesIO()
        c = Canvas(buffer, pagesize=(100, 100))
        c.drawString(10, 10, "hello")
        c.showPage()
        if switch:
            with D._binary_streams():
                c.save()
        else:
            c.save()
        return buffer.getvalue()

    binary = page(True)
    body = re.search(rb"stream\r?\n(.*?)endstream", binary, re.S).group(1)
    assert b"(hello) Tj" in zlib.decompress(body)
    assert b"ASCII85Decode" in page(False) and b"ASCII85Decode" not in binary


def test_the_to_unicode_cmap_hook_is_still_what_reportlab_calls() -> None:
    """fonts.py replaces reportlab's module-level makeToUnicodeCMap (surrogate pairs for emoji,
    plain Arabic letters for presentation forms). reportlab must still look it up by that global
    name when it writes a subset font, or the replacement is silently unused."""
    import inspect

    from reportlab.pdfbase import ttfonts

    assert ttfonts.makeToUnicodeCMap is fonts._to_unicode_cmap
    assert "= makeToUnicodeCMap(" in inspect.getsource(ttfonts)
    cmap = fonts._to_unicode_cmap("F1+0", [0x41, 0x1F4F1, 0xFEDF])
    assert "<D83DDCF1>" in cmap  # 📱 as a surrogate pair, not "<1F4F1>"
    assert "<0644>" in cmap  # ARABIC LETTER LAM INITIAL FORM read back as a plain lam
