"""Analytics in the outputs: the PDF's analytics page and map (flow lane, header heat, analysed
lanes), the workbook's Analytics sheet, and an import of that workbook, which leaves the stored
analytics alone. Checked as text (poppler) and cells (openpyxl, LibreOffice), never bytes."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from app.document.analytics_commands import accept_observed, apply_analytics
from app.exporters import analytics_text as A
from app.exporters.pdf import PdfOptions, export_pdf
from app.exporters.xlsx import XlsxOptions, export_xlsx
from app.importers.xlsx import plan_workbook_import
from app.models.entities import Journey, Project
from app.models.library import sample_project
from app.models.workbook_format import ANALYTICS_MARKER
from tests.analytics_sample import FORMULA_ACTIVITY, analysed_sample, sample_analytics
from tests.conftest import snapshot
from tests.pdf_words import page_words

JID = "buy-phone"
FORMULA_NAMES = [FORMULA_ACTIVITY, "+1 upvote", "-2 rating", "@mention"]
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _pages(pdf: Path) -> list[str]:
    count = int(re.search(r"Pages:\s+(\d+)", _run("pdfinfo", str(pdf))).group(1))
    return [_run("pdftotext", "-f", str(i), "-l", str(i), str(pdf), "-") for i in range(1, count + 1)]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _layout_lines(pdf: Path, page: int) -> list[str]:
    """The page's lines as poppler lays them out, without whitespace (a table row is one line)."""
    text = _run("pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-")
    return [_squash(line) for line in text.splitlines()]


@pytest.fixture
def analysed(doc) -> Project:
    """The sample after Apply Analytics (the lead's command: a flow lane, three analysed lanes)."""
    doc.push(apply_analytics(doc, JID, sample_analytics()))
    return doc.project


def _two_journeys(project: Project) -> Project:
    """``project`` with a small second journey, analysed too."""
    data = snapshot(project)
    data["journeys"].append(
        {
            "id": "renew",
            "name": "Renew a contract",
            "stages": [{"id": "search", "name": "Search"}, {"id": "compare", "name": "Compare sites"}],
            "lanes": [{"id": "doing", "name": "Doing", "kind": "cards"}],
            "cards": [],
            "analytics": data["journeys"][0]["analytics"],
        }
    )
    return Project.model_validate(data)


# -- the PDF's analytics page ------------------------------------------------------------------


@needs_poppler
def test_one_analytics_page_per_analysed_journey_and_none_when_unticked(analysed, tmp_path):
    project = _two_journeys(analysed)
    export_pdf(project, tmp_path / "on.pdf", PdfOptions())
    export_pdf(project, tmp_path / "off.pdf", PdfOptions(analytics=False))
    on, off = _pages(tmp_path / "on.pdf"), _pages(tmp_path / "off.pdf")
    assert len(on) == len(off) + 2
    titles = [p.splitlines()[0] for p in on if p.startswith("Analytics — ")]
    assert titles == ["Analytics — Buy a new phone", "Analytics — Renew a contract"]
    assert not any("Analytics —" in p for p in off)
    assert not any("(continued)" in p for p in on)


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf missing")
def test_the_outline_has_an_analytics_entry_per_analysed_journey_and_progress_ends_full(analysed, tmp_path):
    from tests.test_pdf_export import _outline_titles

    seen: list[tuple[int, int, str]] = []
    out = tmp_path / "outline.pdf"
    export_pdf(_two_journeys(analysed), out, PdfOptions(), progress=lambda d, t, w: seen.append((d, t, w)))
    assert _outline_titles(out).count("Analytics") == 2
    assert "Analytics of Renew a contract" in [w for _d, _t, w in seen]
    assert seen[-1][0] == seen[-1][1]


@needs_poppler
def test_a_journey_without_analytics_gets_no_page(tmp_path):
    export_pdf(sample_project(), tmp_path / "plain.pdf", PdfOptions())
    assert not any("Analytics —" in p for p in _pages(tmp_path / "plain.pdf"))


@needs_poppler
@pytest.mark.parametrize(("paper", "orientation"), [("A4", "landscape"), ("A4", "portrait"), ("letter", "portrait")])
def test_the_page_says_what_the_log_showed_and_fits_the_paper(analysed, tmp_path, paper, orientation):
    out = tmp_path / "a.pdf"
    export_pdf(analysed, out, PdfOptions(paper=paper, orientation=orientation))
    pages = _pages(out)
    (index,) = [i for i, p in enumerate(pages) if p.startswith("Analytics — Buy a new phone")]
    text = _flat(pages[index])
    for words in (
        "from phone-purchase-events.csv · 2026-03-01 – 2026-05-31 · refreshed 2026-06-01 09:30",
        "12,345 events · 1,000 cases",
        "Stages nobody reaches",
        "Unmapped activities (5)",
        "newsletter_open 2,310",
        FORMULA_ACTIVITY,
        "Cases per stage by segment",
        "new customer",
        "Before and after 2026-04-15 00:00",
        "230 → 300",
        "against the map's order",
        "skips 1 stage",
        "▼ 29.5% leave",
    ):
        assert words in text, words
    # the stage table: reached, share, conversion, drop-off, times in readable units, rating, sentiment
    lines = _layout_lines(out, index + 1)
    for row in (
        "Compare sites 880 88.0% 88.0% 260 (30%) 2 h 5 min 2.2 d 45 min 3.20 -0.12",
        "Visit the store 620 62.0% 70.5% 90 (15%) 1.5 d 6.0 d 30 min 4.10 0.34",
        "Learn to use it 490 49.0% 92.5% 170 (35%) 45 s 10 min 1 h 30 min 3.60 0.05",
        "Contact support 0 0.0% 0.0% 0 – – – – –",
    ):
        assert _squash(row) in lines, row
    assert any(line.startswith(_squash("↩ Visit the store → Compare sites 140")) for line in lines)
    width, height = (612, 792) if paper == "letter" else (595.3, 841.9)
    if orientation == "landscape":
        width, height = height, width
    for word, x0, y0, x1, y1 in page_words(out, index + 1):
        assert 20 <= x0 and x1 <= width - 20 and 20 <= y0 and y1 <= height - 10, word


def test_times_read_as_people_say_them():
    assert [A.duration(s) for s in (None, 45, 720, 3600, 7500, 7170, 86_400 * 3.2)] == [
        "–",
        "45 s",
        "12 min",
        "1 h",
        "2 h 5 min",
        "2 h",
        "3.2 d",
    ]


# -- the PDF's map -----------------------------------------------------------------------------


@needs_poppler
@pytest.mark.parametrize("layout", ["poster", "tiled"])
def test_the_map_shows_flows_heat_and_where_analysed_numbers_come_from(analysed, tmp_path, layout):
    out = tmp_path / "map.pdf"
    export_pdf(analysed, out, PdfOptions(layout=layout))
    maps = " ".join(_flat(p) for p in _pages(out)[1:] if "Analytics —" not in p)
    for words in (
        "↷ forward",
        "↶ back, against the map's order",
        "1,000 reached · 12% leave",
        "880 reached · 30% leave",
        "nobody reaches this stage",
        "Cases reaching",
        "from data",
        "Flows between stages",
        "1,000 cases",  # an analysed lane's value with its unit, spaced
    ):
        assert words in maps, words
    # the big flows carry their count (a pill on the ribbon), the small ones not
    assert "880" in maps and "140" in maps
    words = page_words(out, 2)
    assert not any(w == "35" for w, *_ in words if layout == "poster")


@needs_poppler
def test_a_flow_lane_without_analytics_says_how_to_get_some(tmp_path):
    data = snapshot(sample_project())
    data["journeys"][0]["lanes"].insert(0, {"id": "flows", "name": "Flows", "kind": "flow"})
    export_pdf(Project.model_validate(data), tmp_path / "empty.pdf", PdfOptions())
    assert "Analyse an event log to see flows" in _flat(_pages(tmp_path / "empty.pdf")[1])


@needs_poppler
def test_an_observed_curve_is_drawn_and_named(doc, tmp_path):
    doc.push(apply_analytics(doc, JID, sample_analytics()))
    doc.push(accept_observed(doc, JID, "anna", {"search": 1.0, "compare": -0.5}, []))
    export_pdf(doc.project, tmp_path / "o.pdf", PdfOptions())
    assert "Anna Berg · observed" in _flat(_pages(tmp_path / "o.pdf")[1])


# -- the workbook's Analytics sheet ------------------------------------------------------------


def _sheet(path: Path, title: str = "Analytics - Buy a new phone"):
    return openpyxl.load_workbook(path)[title]


def _block(ws, title: str) -> list[tuple]:
    """The rows under a block's title row and header row, to the next empty row."""
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == title)
    out = []
    for row in rows[start + 2 :]:
        if all(v is None for v in row):
            break
        out.append(row)
    return out


def test_the_sheet_holds_the_measures_as_numbers(analysed, tmp_path):
    out = tmp_path / "a.xlsx"
    export_xlsx(analysed, out, XlsxOptions())
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames.index("Analytics - Buy a new phone") < wb.sheetnames.index("Lists")
    ws = wb["Analytics - Buy a new phone"]
    assert ws["A1"].value == ANALYTICS_MARKER and ws["B1"].value == "Buy a new phone"
    facts = {r[0]: r[1] for r in ws.iter_rows(min_row=2, max_row=10, max_col=2, values_only=True)}
    assert facts["Source"] == "/data/logs/phone-purchase-events.csv"
    assert facts["Events"] == 12_345 and facts["Cases"] == 1_000
    assert facts["Refreshed"] == "2026-06-01 09:30"
    analytics = analysed.journey(JID).analytics
    stages = {r[0]: r for r in _block(ws, "Stages (in the map's order)")}
    assert list(stages) == [s.name for s in analysed.journey(JID).stages]
    for stage in analysed.journey(JID).stages:
        m = analytics.measure(stage.id)
        row = stages[stage.name]
        assert row[1:5] == (m.reached, m.share, m.conversion, m.dropoff)
        assert row[6] == A.hours(m.median_to_next_s) and row[7] == A.hours(m.p90_to_next_s)
        assert row[10:12] == (m.rating, m.sentiment)
    assert stages["Contact support"][12] == "nobody reaches this stage"
    compare = next(c for c in ws[_row_of(ws, "Compare sites")] if c.column == 3)
    assert compare.number_format == "0.0%"
    flows = _block(ws, "Stage flows (cases moving from one stage to another)")
    assert flows[0][:3] == ("Search", "Compare sites", 880)
    assert ("Visit the store", "Compare sites", 140, "against the map's order") == flows[5][:4]
    unmapped = dict(r[:2] for r in _block(ws, "Unmapped activities (in the log, mapped to no stage)"))
    assert unmapped == analytics.unmapped
    segments = _block(ws, "Cases per stage by segment")
    assert segments[0][:3] == ("Search", 640, 360)


def _row_of(ws, first: str) -> int:
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == first)


def test_formula_looking_names_stay_text(analysed, tmp_path):
    out = tmp_path / "f.xlsx"
    export_xlsx(analysed, out, XlsxOptions())
    ws = _sheet(out)
    cells = [c for row in ws.iter_rows() for c in row if c.value in FORMULA_NAMES]
    assert {c.value for c in cells} == set(FORMULA_NAMES)
    for cell in cells:
        assert cell.data_type == "s", cell.coordinate
    assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_formula_looking_names_as_text(analysed, tmp_path):
    book = tmp_path / "f.xlsx"
    export_xlsx(analysed, book, XlsxOptions())
    wb = openpyxl.load_workbook(book)
    for name in wb.sheetnames:  # keep only the Analytics sheet: csv export writes the first one
        if name != "Analytics - Buy a new phone":
            del wb[name]
    only = tmp_path / "only.xlsx"
    wb.save(only)
    subprocess.run(
        [
            SOFFICE,
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{tmp_path / 'lo'}",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(tmp_path),
            str(only),
        ],
        capture_output=True,
        timeout=300,
        check=True,
    )
    rows = list(csv.reader((tmp_path / "only.csv").read_text(encoding="utf-8").splitlines()))
    firsts = [r[0] for r in rows if r]
    for name in FORMULA_NAMES:
        assert name in firsts, name
    assert "click" not in firsts  # the HYPERLINK was not evaluated


def test_a_long_journey_name_makes_a_valid_unique_sheet_name(tmp_path):
    project = analysed_sample(flow_lane=False)
    data = snapshot(project)
    data["journeys"][0]["name"] = "Buying a new phone in a store near you, with a contract"
    export_xlsx(Project.model_validate(data), tmp_path / "long.xlsx", XlsxOptions())
    names = openpyxl.load_workbook(tmp_path / "long.xlsx").sheetnames
    (name,) = [n for n in names if n.startswith("Analytics - ")]
    assert len(name) <= 31


def test_the_journey_sheet_shows_flows_and_analysed_lanes(analysed, tmp_path):
    out = tmp_path / "j.xlsx"
    export_xlsx(analysed, out, XlsxOptions())
    ws = openpyxl.load_workbook(out)["Buy a new phone"]
    heads = [ws.cell(r, 1).value for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value]
    assert heads[0] == "Flows"
    assert heads[1].startswith("Cases reaching (from data)\nfrom phone-purchase-events.csv")
    flows_row = [ws.cell(2, c).value for c in range(2, 9)]
    assert flows_row[0] == "→ Compare sites: 880 cases"
    assert "↩ Compare sites: 140 cases (against the map's order)" in flows_row[2]


# -- importing the workbook back ---------------------------------------------------------------


def test_an_exported_workbook_imports_with_no_change_and_keeps_the_analytics(analysed, tmp_path):
    out = tmp_path / "round.xlsx"
    export_xlsx(analysed, out, XlsxOptions())
    plan = plan_workbook_import(analysed, out)
    assert plan.changes == [] and plan.problems == []
    journey: Journey = analysed.journey(JID)
    assert journey.analytics == sample_analytics()


def test_edits_on_the_analytics_sheet_are_ignored(analysed, tmp_path):
    out = tmp_path / "edited.xlsx"
    export_xlsx(analysed, out, XlsxOptions())
    wb = openpyxl.load_workbook(out)
    ws = wb["Analytics - Buy a new phone"]
    ws.title = "My numbers"  # renamed: the A1 marker still says what it is
    ws.cell(_row_of(ws, "Search"), 2).value = 5
    ws.cell(ws.max_row + 2, 1).value = "stage"  # a row that would look like a card table's header
    wb.save(out)
    plan = plan_workbook_import(analysed, out)
    assert plan.changes == [] and plan.problems == []


def test_a_card_row_in_a_flow_lane_is_refused_with_one_line(analysed, tmp_path):
    out = tmp_path / "flow.xlsx"
    export_xlsx(analysed, out, XlsxOptions())
    wb = openpyxl.load_workbook(out)
    ws = wb["Cards"]
    row = ws.max_row + 1
    for col, value in enumerate(["", "Buy a new phone", "Search", "Flows", "A card in the flow lane"], start=1):
        ws.cell(row, col).value = value or None
    wb.save(out)
    plan = plan_workbook_import(analysed, out)
    assert plan.changes == []
    (problem,) = plan.problems
    assert problem.message == 'the lane "Flows" is a flow lane and holds no cards; the row is skipped'


def test_an_observed_curve_round_trips_through_the_workbook(doc, tmp_path):
    doc.push(apply_analytics(doc, JID, sample_analytics()))
    doc.push(accept_observed(doc, JID, "anna", {"search": 1.0, "compare": -0.5}, []))
    out = tmp_path / "obs.xlsx"
    export_xlsx(doc.project, out, XlsxOptions())
    emotions = openpyxl.load_workbook(out)["Emotions"]
    assert any(row[1] == "observed" for row in emotions.iter_rows(values_only=True))
    plan = plan_workbook_import(doc.project, out)
    assert plan.changes == [] and plan.problems == []


# -- File > Export PDF… ------------------------------------------------------------------------


def test_the_pdf_dialog_offers_the_analytics_page_when_a_journey_has_analytics(qtbot, doc, monkeypatch):
    from app.views import pdf_export_dialog as D

    monkeypatch.setitem(D._SESSION, "analytics", True)
    plain = D.PdfExportDialog(doc, JID, None)
    qtbot.addWidget(plain)
    assert not plain.analytics_box.isEnabled() and not plain.analytics_box.isChecked()
    assert plain.analytics_box.text() == D.NO_ANALYTICS_TEXT
    doc.push(apply_analytics(doc, JID, sample_analytics()))
    dialog = D.PdfExportDialog(doc, JID, None)
    qtbot.addWidget(dialog)
    box = dialog.analytics_box
    assert box.isEnabled() and box.isChecked() and box.text() == D.ANALYTICS_TEXT
    assert dialog.options()["analytics"] is True
    box.setFocus()
    qtbot.keyClick(dialog.focusWidget(), " ")  # Space toggles the focused check box, as a person types
    assert dialog.options()["analytics"] is False
    dialog.remember(dialog.options())
    assert D._SESSION["analytics"] is False


# -- at the edges ------------------------------------------------------------------------------


@needs_poppler
@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_a_crowded_journey_runs_on_and_stays_on_the_paper(tmp_path, orientation):
    from tests.analytics_sample import crowded_project

    out = tmp_path / "crowded.pdf"
    export_pdf(crowded_project(), out, PdfOptions(orientation=orientation))
    pages = _pages(out)
    analytics = [i for i, p in enumerate(pages) if p.startswith("Analytics — ")]
    assert len(analytics) >= 2 and "(continued)" in pages[analytics[-1]]
    text = _flat(" ".join(pages[i] for i in analytics))
    assert "Stage flows (the 10 biggest of" in text and "and 1988 more (all in the workbook's Analytics sheet)" in text
    assert "and 395 more values in the workbook" in text
    width, height = (841.9, 595.3) if orientation == "landscape" else (595.3, 841.9)
    for i in analytics:
        for word, x0, y0, x1, y1 in page_words(out, i + 1):
            assert 20 <= x0 and x1 <= width - 20 and 20 <= y0 and y1 <= height - 10, word


def test_a_crowded_journey_fills_the_sheet(tmp_path):
    from tests.analytics_sample import crowded_project

    project = crowded_project()
    out = tmp_path / "crowded.xlsx"
    export_xlsx(project, out, XlsxOptions())
    ws = openpyxl.load_workbook(out)[next(n for n in openpyxl.load_workbook(out).sheetnames if n.startswith("Analyt"))]
    assert len(_block(ws, "Unmapped activities (in the log, mapped to no stage)")) == 2000
    header = next(r for r in ws.iter_rows(values_only=True) if r[0] == "Stage" and r[1] and r[1].startswith("channel"))
    assert len([v for v in header if v]) == 401
    assert plan_workbook_import(project, out).changes == []


def test_flows_of_stages_no_longer_on_the_map_are_left_out():
    project = analysed_sample(flow_lane=False)
    data = snapshot(project)
    data["journeys"][0]["stages"] = [s for s in data["journeys"][0]["stages"] if s["id"] != "store"]
    journey = Project.model_validate(data).journeys[0]
    rows = A.flow_rows(journey, journey.analytics)
    assert rows and not any("Visit the store" in (r.source, r.target) for r in rows)
    assert [r.name for r in A.stage_rows(journey, journey.analytics)] == [s.name for s in journey.stages]


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_a_workbook_libreoffice_saved_back_imports_with_no_change(analysed, tmp_path):
    book = tmp_path / "in" / "analysed.xlsx"
    book.parent.mkdir()
    export_xlsx(analysed, book, XlsxOptions())
    back = tmp_path / "back"
    subprocess.run(
        [
            SOFFICE,
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{tmp_path / 'lo'}",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(back),
            str(book),
        ],
        capture_output=True,
        timeout=300,
        check=True,
    )
    saved = back / "analysed.xlsx"
    assert _sheet(saved)["A1"].value == ANALYTICS_MARKER
    plan = plan_workbook_import(analysed, saved)
    assert plan.changes == [] and plan.problems == []


def test_flow_lanes_are_offered_nowhere_for_editing(analysed, tmp_path):
    out = tmp_path / "lists.xlsx"
    export_xlsx(analysed, out, XlsxOptions())
    wb = openpyxl.load_workbook(out)
    lanes = [r[1] for r in wb["Lists"].iter_rows(min_row=2, values_only=True) if r[1]]
    assert "Flows" not in lanes and "Doing" in lanes
    emotions_lanes = {r[2] for r in wb["Emotions"].iter_rows(values_only=True) if r[2]}
    assert "Flows" not in emotions_lanes
