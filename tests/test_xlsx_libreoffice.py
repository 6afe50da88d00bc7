"""Exported workbooks in a real spreadsheet app: LibreOffice (headless) opens each one, prints it
to PDF without error, and a workbook it saved back imports with no change at all."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.exporters.xlsx import XlsxOptions, export_xlsx
from app.importers.xlsx import plan_workbook_import
from app.models.entities import Project
from app.models.library import list_templates, load_template, sample_project
from tests.conftest import snapshot
from tests.test_xlsx_import import FORMULA_LIKE

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (scripts/test installs it)")


def _projects() -> dict[str, Project]:
    data = snapshot(sample_project())
    texts = FORMULA_LIKE + ["中文 日本語 한국어", "עברית", "emoji 👩‍👩‍👧", "x" * 5000]
    for i, card in enumerate(data["journeys"][0]["cards"]):
        card["text"] = texts[i % len(texts)]
    projects = {"sample": sample_project(), "unicode-and-formulas": Project.model_validate(data)}
    projects.update({f"template-{t}": load_template(t) for t, _ in list_templates()})
    return projects


def _soffice(tmp_path, fmt: str, books: list, outdir) -> subprocess.CompletedProcess:
    profile = tmp_path / "lo-profile"
    return subprocess.run(
        [
            SOFFICE,
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{profile}",
            "--convert-to",
            fmt,
            "--outdir",
            str(outdir),
            *map(str, books),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("books")
    projects = _projects()
    books = {}
    for name, project in projects.items():
        books[name] = folder / f"{name}.xlsx"
        export_xlsx(project, books[name], XlsxOptions())
    return folder, projects, books


def test_libreoffice_prints_every_exported_workbook(exported, tmp_path):
    _folder, projects, books = exported
    out = tmp_path / "pdf"
    result = _soffice(tmp_path, "pdf", list(books.values()), out)
    assert result.returncode == 0, result.stderr
    assert "error" not in result.stderr.lower().replace("failed to launch javaldx", "")
    for name, book in books.items():
        pdf = out / f"{book.stem}.pdf"
        assert pdf.is_file() and pdf.stat().st_size > 1000, name
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
            assert "How to use" in text
            assert projects[name].journeys[0].stages[0].name in text


def test_a_workbook_saved_by_libreoffice_imports_with_no_change(exported, tmp_path):
    _folder, projects, books = exported
    out = tmp_path / "resaved"
    names = ["sample", "unicode-and-formulas", "template-service-blueprint"]
    result = _soffice(tmp_path, "xlsx", [books[n] for n in names], out)
    assert result.returncode == 0, result.stderr
    for name in names:
        plan = plan_workbook_import(projects[name], out / f"{name}.xlsx")
        summary = plan.summary()
        assert (summary["added"], summary["changed"], summary["removed"], summary["problems"]) == (0, 0, 0, []), (
            name,
            [c.title for c in plan.changes][:5],
        )
