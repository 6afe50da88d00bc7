"""Issue 14 item 5: the project can be renamed and given an author, and every export follows.

Before, nothing could change the project's name: renaming the journey left the PDF cover and
Title metadata, the workbook heading and the export dialogs' file names on the old name.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess

import openpyxl
import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from app.cli import main
from app.document import commands as C
from app.document.document import Document
from app.exporters.pdf import PdfOptions, export_pdf
from app.exporters.xlsx import XlsxOptions, export_xlsx
from app.models import schema as S
from app.models.interchange import write_project_json
from app.models.project_file import read_project_file
from app.models.refs import ProjectRef
from app.models.session import create_project_file
from app.views.main_window import WINDOWS, MainWindow
from app.views.project_properties import ProjectPropertiesDialog
from tests.conftest import as_schema_3, snapshot, without_sessions


@pytest.fixture
def window(qapp, qtbot, monkeypatch, sample_file):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    made = MainWindow(Document.open(sample_file))
    made.show()
    qtbot.waitExposed(made)
    yield made
    for w in [made, *WINDOWS]:
        if shiboken6.isValid(w):
            w.close()


def _fill_dialog_by_keyboard(name: str, author: str, description: str | None = None):
    """Answers the dialog the File menu opens, typing into whatever has the focus."""

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ProjectPropertiesDialog)
        dialog.activateWindow()
        QTest.qWait(100)
        focus = QApplication.focusWidget()
        assert focus is dialog.name_edit  # the name is selected, ready to be typed over
        QTest.keyClicks(QApplication.focusWidget(), name)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QTest.keyClicks(QApplication.focusWidget(), author)
        if description is not None:
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClicks(QApplication.focusWidget(), description)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)


def test_file_menu_renames_the_project_in_one_undo_step(window):
    doc = window.doc
    assert doc.project.info.name == "Phone purchase"
    _fill_dialog_by_keyboard("Service visit 2027", "Ward 4 team", "Patients at the clinic")
    window.action("project_properties").trigger()
    info = doc.project.info
    assert (info.name, info.author, info.description) == ("Service visit 2027", "Ward 4 team", "Patients at the clinic")
    assert doc.undo_stack.undoText() == "Edit Project Properties" and doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.project.info.name == "Phone purchase" and doc.project.info.author is None
    doc.undo_stack.redo()
    assert doc.project.info.author == "Ward 4 team"


def test_unchanged_properties_leave_no_undo_step(qapp, doc):
    dialog = ProjectPropertiesDialog(doc)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and doc.undo_stack.count() == 0
    dialog.deleteLater()


def test_an_empty_name_is_refused_in_the_dialog(qapp, doc):
    dialog = ProjectPropertiesDialog(doc)
    dialog.name_edit.setText("  ")
    dialog.accept()
    assert dialog.error_label.isVisibleTo(dialog) and "needs a name" in dialog.error_label.text()
    assert doc.undo_stack.count() == 0 and doc.project.info.name == "Phone purchase"
    dialog.deleteLater()


def test_an_untitled_window_is_titled_by_the_new_name(window, qtbot):
    from app.models.library import load_template

    untitled = MainWindow(Document.new(load_template("blank")))
    try:
        before = untitled.windowTitle()
        untitled.doc.push(C.Edit(untitled.doc, ProjectRef(), {"name": "Clinic visits"}))
        assert untitled.windowTitle() == "Clinic visits[*] — Waymark" != before
        untitled.doc.undo_stack.undo()
        assert untitled.windowTitle() == before
    finally:
        untitled.close()


def test_author_round_trips_through_the_file_and_the_json(tmp_path, sample_project, capsys):
    project = sample_project.model_copy(
        update={"info": sample_project.info.model_copy(update={"author": "Ward 4 team"})}
    )
    path = tmp_path / "a.waymark"
    create_project_file(project, path)
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT name, author FROM project").fetchone() == ("Phone purchase", "Ward 4 team")
    assert raw.execute("PRAGMA user_version").fetchone()[0] == S.SCHEMA_VERSION >= 4
    raw.close()
    assert snapshot(read_project_file(path)[0]) == snapshot(project)
    out = tmp_path / "a.json"
    assert main(["export", str(path), "--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["project"] == {
        "name": "Phone purchase",
        "description": project.info.description,
        "author": "Ward 4 team",
    }
    copy = tmp_path / "b.waymark"
    assert main(["new", str(copy), "--from-json", str(out)]) == 0
    assert "unknown" not in capsys.readouterr().err
    assert read_project_file(copy)[0].info.author == "Ward 4 team"


def test_a_project_without_author_keeps_its_json_and_checksum(tmp_path, sample_project, sample_data):
    """Files and JSON from before authors existed read and write exactly as before."""
    assert sample_project.info.author is None
    assert "author" not in json.loads(write_project_json(sample_project))["project"]
    assert json.loads(write_project_json(sample_project))["project"] == sample_data["project"]


def test_a_schema_3_file_is_upgraded_and_keeps_its_checksum(tmp_path, sample_project):
    path = tmp_path / "v3.waymark"
    create_project_file(without_sessions(sample_project), path)
    raw = sqlite3.connect(path)
    as_schema_3(raw)
    raw.close()
    project, inspection = read_project_file(path)  # its checksum still matches
    assert inspection.schema_version == 3 and project.info.author is None
    doc = Document.open(path)
    try:
        doc.push(C.Edit(doc, ProjectRef(), {"author": "Clinic"}))
        doc.save()
    finally:
        doc.close()
    project, inspection = read_project_file(path)
    assert inspection.schema_version == S.SCHEMA_VERSION and project.info.author == "Clinic"


def _renamed(sample_project):
    info = sample_project.info.model_copy(update={"name": "Clinic visit 2027", "author": "Ward 4 team"})
    return sample_project.model_copy(update={"info": info})


def test_pdf_cover_and_metadata_use_the_name_and_author(tmp_path, sample_project):
    out = tmp_path / "p.pdf"
    export_pdf(_renamed(sample_project), out, PdfOptions())
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "Title:           Clinic visit 2027" in info and "Author:          Ward 4 team" in info
    cover = subprocess.run(["pdftotext", "-l", "1", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Clinic visit 2027" in cover and "Ward 4 team" in cover and "Phone purchase" not in cover


def test_workbook_heading_uses_the_name(tmp_path, sample_project):
    out = tmp_path / "w.xlsx"
    export_xlsx(_renamed(sample_project), out, XlsxOptions())
    wb = openpyxl.load_workbook(out)
    assert wb.worksheets[0]["A1"].value == "How to use this workbook — Clinic visit 2027"
    assert wb.properties.title == "Clinic visit 2027" and wb.properties.creator == "Ward 4 team"


def test_export_dialogs_default_file_names_follow_a_rename(window, tmp_path):
    from app.views.pdf_export_dialog import PdfExportDialog
    from app.views.workbook_export_dialog import WorkbookExportDialog

    doc = window.doc
    for dialog_class, suffix in ((PdfExportDialog, ".pdf"), (WorkbookExportDialog, ".xlsx")):
        dialog = dialog_class(doc, "buy-phone", window)
        assert dialog.output_path().name == f"Phone purchase{suffix}"
        # as after an export with the proposed name: it is remembered
        dialog.session["paths"][dialog._path_key()] = (str(dialog.output_path()), True)
        dialog.deleteLater()
    doc.push(C.Edit(doc, ProjectRef(), {"name": "Clinic visit 2027"}))
    for dialog_class, suffix in ((PdfExportDialog, ".pdf"), (WorkbookExportDialog, ".xlsx")):
        dialog = dialog_class(doc, "buy-phone", window)
        assert dialog.output_path() == tmp_path / f"Clinic visit 2027{suffix}"
        dialog.session["paths"].clear()
        dialog.deleteLater()
