"""The outputs in German: the PDF's fixed words, the workbook's sheets, headers, guide and checks,
the importer's refusals; and the workbook round trip across languages (a German workbook imports
in a German and in an English session, an English one in a German session)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
import pytest

from app.exporters.pdf import PdfOptions, export_pdf
from app.exporters.xlsx import XlsxOptions, export_xlsx
from app.exporters.xlsx.ballots import export_ballots
from app.importers.ballots import plan_ballots
from app.importers.xlsx import WorkbookRefused, plan_workbook_import
from app.importers.xlsx.words import OTHER_FORMS, forms
from app.models import ballot_format as B
from app.models import voting as V
from app.models.library import sample_project

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

import translations  # noqa: E402

J = "buy-phone"


@pytest.fixture(scope="module")
def catalogue() -> None:
    translations.build()


def german(catalogue) -> None:
    from app.i18n_qt import install_translations

    assert install_translations("de") == "de"


def english() -> None:
    from app.i18n_qt import install_translations

    assert install_translations("en") == "en"


@pytest.fixture
def de(catalogue):
    """A German session for the test (conftest puts English back afterwards)."""
    german(catalogue)


def _summary(project, book) -> tuple[int, int, int, list]:
    s = plan_workbook_import(project, book).summary()
    return s["added"], s["changed"], s["removed"], s["problems"]


def _edit(book: Path, cards_sheet: str, emotions_sheet: str) -> Path:
    """What a participant does: change the first card's text and the first curve's first score."""
    wb = openpyxl.load_workbook(book)
    ws = wb[cards_sheet]
    ws.cell(2, 5).value = "Neuer Text aus dem Workshop"
    emotions = wb[emotions_sheet]
    for row in emotions.iter_rows(min_row=1):
        if row[0].value is not None and row[3].value is not None and isinstance(row[3].value, (int, float)):
            row[3].value = -2 if row[3].value != -2 else 2
            break
    wb.save(book)
    return book


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_pdf_s_fixed_words_are_german(de, tmp_path):
    out = tmp_path / "map.pdf"
    export_pdf(sample_project(), out, PdfOptions())
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for word in ("Seite 1", "Journeys", "Exportiert am", "Pain Points nach Stimmen geordnet", "Chancen", "Kennzahlen"):
        assert word in text, word
    for word in ("page 1", "Exported", "ranked by votes", "None recorded", "Metrics"):
        assert word not in text, word
    assert "Phasen, " in text and " Karten" in text  # the cover's "9 Phasen, 75 Karten"


def test_the_workbook_is_german(de, tmp_path):
    export_xlsx(sample_project(), tmp_path / "w.xlsx", XlsxOptions())
    wb = openpyxl.load_workbook(tmp_path / "w.xlsx")
    assert wb.sheetnames[0] == "Anleitung" and {"Karten", "Emotionen", "Personas"} <= set(wb.sheetnames)
    assert wb["Anleitung"]["A1"].value.startswith("So verwenden Sie diese Arbeitsmappe — ")
    assert "Blatt „Karten“" in wb["Anleitung"]["A4"].value
    header = [c.value for c in wb["Karten"][1]]
    assert header == [
        "id",
        "Journey",
        "Phase",
        "Ebene",
        "Text",
        "Kanal",
        "Touchpoint",
        "Beleg",
        "Stimmen",
        "Tags",
        "Farbe",
        "Maßnahme",
        "Verantwortlich",
        "Fällig",
    ]
    checks = {dv.promptTitle: dv for dv in wb["Karten"].data_validations.dataValidation}
    assert checks["Phase"].prompt == "Wählen Sie eine Phase aus der Liste."
    assert checks["Phase"].errorTitle == "Keine bekannte Phase"
    emotions = wb["Emotionen"]
    assert [emotions.cell(2, c).value for c in (1, 2, 3)] == ["Persona", "Variante", "Ebene"]
    assert {emotions.cell(r, 2).value for r in range(3, 6)} <= {"Ist", "Soll", None}
    assert [c.value for c in wb["Personas"][1]][:3] == ["id", "Name", "Rolle"]
    assert wb["Lists"]["G1"].value == "journey id"  # machine-read: the same in every language


def test_a_german_workbook_imports_in_german_and_in_english(de, catalogue, tmp_path):
    project = sample_project()
    book = tmp_path / "de.xlsx"
    export_xlsx(project, book, XlsxOptions())
    assert _summary(project, book) == (0, 0, 0, [])  # as exported: nothing to change, nothing removed
    _edit(book, "Karten", "Emotionen")
    in_german = _summary(project, book)
    assert in_german[:3] == (0, 2, 0) and not in_german[3]
    english()
    assert _summary(project, book) == in_german  # the same plan in an English session


def test_an_english_workbook_imports_in_a_german_session(catalogue, tmp_path):
    project = sample_project()
    book = tmp_path / "en.xlsx"
    export_xlsx(project, book, XlsxOptions())
    _edit(book, "Cards", "Emotions")
    in_english = _summary(project, book)
    german(catalogue)
    assert _summary(project, book) == in_english
    assert in_english[:3] == (0, 2, 0)


def test_a_german_ballot_imports_in_an_english_session(de, catalogue, tmp_path):
    project = sample_project()
    journey = project.journey(J)
    session = V.new_session(journey, "Ideen", participants=V.participants_named(["Priya"]), votes_per_participant=3)
    journey = journey.model_copy(update={"sessions": [session], "shown_session": session.id})
    project = project.model_copy(update={"journeys": [journey]})
    (path,) = export_ballots(project, J, session.id, tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Stimmzettel"]
    assert ws["B1"].value == "Stimmzettel: Ideen" and ws["B4"].value.startswith("Sie haben 3 Stimmen")
    assert [c.value for c in ws[B.HEADER_ROW]] == ["id", "Phase", "Ebene", "Karte", "Stimmen"]
    ws.cell(B.HEADER_ROW + 1, 5).value = 1
    wb.save(path)
    english()
    plan = plan_ballots(project, [path])
    (preview,) = plan.previews
    assert not preview.problems and preview.total == 1


def test_importer_errors_are_german(de, tmp_path):
    text = tmp_path / "notes.xlsx"
    text.write_text("stage;lane;text\nSearch;Actions;hello\n", encoding="utf-8")
    with pytest.raises(WorkbookRefused, match="ist kein ZIP-Archiv, sondern Text"):
        plan_workbook_import(sample_project(), text)
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(WorkbookRefused, match=r"empty\.xlsx ist leer"):
        plan_workbook_import(sample_project(), empty)


def test_the_importer_knows_every_language_s_workbook_words(catalogue):
    """The importer's table holds the catalogue's German for each word it reads back."""
    root = ET.parse(translations.CATALOGUES / "de" / "outputs.ts").getroot()
    (context,) = [c for c in root.iter("context") if c.findtext("name") == "Workbook"]
    persona_headers = {"name", "role", "goals", "needs", "frustrations", "quote", "colour"}  # not read back
    for message in context.iter("message"):
        source, german_text = message.findtext("source"), message.findtext("translation")
        if source in persona_headers:
            continue
        assert source in OTHER_FORMS, source
        assert german_text in forms(source), (source, german_text, OTHER_FORMS[source])
