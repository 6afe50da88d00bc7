"""File > Export Workbook… and File > Import Workbook…: the dialogs, their threads, one undo step."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.document.document import Document
from app.exporters.xlsx import XlsxOptions, export_xlsx
from app.importers.xlsx import plan_workbook_import
from app.models.errors import WaymarkError
from app.views import workbook_export_dialog as E
from app.views import workbook_import as I
from app.views.main_window import WINDOWS, MainWindow
from app.views.workbook_import_dialog import INDEX_ROLE
from tests.conftest import snapshot

WAIT = 20000


@pytest.fixture
def window(qtbot, doc, monkeypatch):
    monkeypatch.setitem(E._SESSION, "paths", {})
    monkeypatch.setitem(E._SESSION, "all_journeys", True)
    monkeypatch.setitem(I._SESSION, "folder", None)
    made = MainWindow(doc)
    yield made
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    for job in list(I._RUNNING):
        job.wait()
    if shiboken6.isValid(made):
        made.close()
    if made in WINDOWS:
        WINDOWS.remove(made)


@pytest.fixture
def boxes(monkeypatch):
    """Every message box a test causes, as (kind, title, text), instead of a modal box."""
    seen: list[tuple[str, str, str]] = []
    for kind in ("critical", "information", "warning"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            lambda _parent, title, text, *a, _k=kind, **k: (
                seen.append((_k, title, text)) or QMessageBox.StandardButton.Ok
            ),
        )
    return seen


def edited_workbook(project, path: Path) -> Path:
    """An export of ``project`` edited as a workshop would: a new row, a new text, votes, a row deleted."""
    export_xlsx(project, path, XlsxOptions())
    wb = openpyxl.load_workbook(path)
    ws = wb["Cards"]
    header = [c.value for c in ws[1]]
    col = {name: header.index(name) + 1 for name in header}
    last = ws.max_row
    ws.cell(2, col["text"], "Rewritten in the workshop")
    ws.cell(3, col["votes"], 7)
    for key in ("journey", "stage", "lane"):
        ws.cell(last + 1, col[key], ws.cell(2, col[key]).value)
    ws.cell(last + 1, col["text"], "A sticky note from the wall")
    removed_id = ws.cell(4, col["id"]).value
    ws.delete_rows(4)
    wb.save(path)
    return path, removed_id


def start_import(qtbot, window, monkeypatch, path: Path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "Excel workbooks (*.xlsx)"))
    window.action("import_workbook").trigger()
    job = window.exports.workbook_import
    assert job is not None
    return job


def wait_preview(qtbot, job):
    qtbot.waitUntil(lambda: job.preview is not None and job.preview.isVisible(), timeout=WAIT)
    return job.preview


# -- export -----------------------------------------------------------------------------------------


def test_export_through_the_action_reads_back_unchanged(qtbot, window, doc, tmp_path):
    action = window.action("export_workbook")
    names = [a.text().replace("&", "") for a in window.menuBar().actions()[0].menu().actions()]
    assert names.index("Export Workbook…") == names.index("Export PDF…") + 1
    assert names.index("Import Workbook…") == names.index("Export Workbook…") + 1
    action.trigger()
    dialog = window.exports.workbook_dialog
    assert dialog.isVisible() and dialog.all_button.isChecked()
    assert dialog.output_path().name == f"{doc.project.info.name}.xlsx"
    out = tmp_path / "workshop.xlsx"
    dialog.path_edit.setText(str(out))
    dialog.export_button.click()
    assert dialog.exporting and not dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.task.ended, timeout=WAIT):
        pass
    assert dialog.exported == out, dialog.status_label.text()
    assert str(out) in window.statusBar().currentMessage()
    plan = plan_workbook_import(doc.project, out)
    summary = plan.summary()
    assert (summary["added"], summary["changed"], summary["removed"]) == (0, 0, 0)
    assert set(plan.journeys) == {j.id for j in doc.project.journeys}


def test_export_of_the_current_journey_only(qtbot, window, doc, tmp_path):
    dialog = window.exports.export_workbook()
    assert window.view.journey_id and dialog.current_button.isEnabled()
    dialog.current_button.setChecked(True)
    assert dialog.options() == {"journey_id": window.view.journey_id}
    dialog.path_edit.setText(str(tmp_path / "one"))  # the suffix is added
    dialog.start_export()
    with qtbot.waitSignal(dialog.task.ended, timeout=WAIT):
        pass
    plan = plan_workbook_import(doc.project, tmp_path / "one.xlsx")
    assert plan.journeys == [window.view.journey_id] and plan.empty


def test_a_failed_export_is_one_message_box(qtbot, window, boxes, monkeypatch, tmp_path):
    def broken(project, out, journey_id, **_callbacks):
        raise WaymarkError("the disk is full")

    monkeypatch.setattr(E, "run_xlsx_export", broken)
    dialog = window.exports.export_workbook()
    dialog.path_edit.setText(str(tmp_path / "x.xlsx"))
    dialog.start_export()
    with qtbot.waitSignal(dialog.task.ended, timeout=WAIT):
        pass
    assert [(k, t) for k, t, _ in boxes] == [("critical", "Workbook not exported")]
    assert "the disk is full" in boxes[0][2]
    assert not (tmp_path / "x.xlsx").exists()


# -- import -----------------------------------------------------------------------------------------


def test_preview_lists_every_change_grouped(qtbot, window, doc, tmp_path, monkeypatch):
    path, removed_id = edited_workbook(doc.project, tmp_path / "edited.xlsx")
    preview = wait_preview(qtbot, start_import(qtbot, window, monkeypatch, path))
    kinds = [c.kind for c in preview.plan.changes]
    assert sorted(kinds) == ["add", "change", "change", "remove"]
    groups = preview.group_items
    assert list(groups) == ["add", "change", "remove"]
    assert "no row in the workbook" in groups["remove"].text(0)
    assert groups["change"].childCount() == 2
    added = groups["add"].child(0)
    assert "A sticky note from the wall" in added.text(0) and added.text(1).startswith("Cards!")
    changed = {groups["change"].child(i).text(2) for i in range(2)}
    assert any("→ Rewritten in the workshop" in text for text in changed)
    assert any(text.startswith("votes:") and text.endswith("→ 7") for text in changed)
    removal = groups["remove"].child(0)
    assert removal.checkState(0) == Qt.CheckState.Unchecked
    assert preview.plan.changes[removal.data(0, INDEX_ROLE)].card.id == removed_id
    assert all(
        groups[k].child(i).checkState(0) == Qt.CheckState.Checked
        for k in ("add", "change")
        for i in range(groups[k].childCount())
    )
    assert preview.import_button.text().replace("&", "") == "Import 3 changes"
    assert "No row in the workbook" in removal.toolTip(0) and removal.text(1) == "—"
    preview.set_all(False)
    assert not preview.import_button.isEnabled()
    preview.set_all(True)
    assert preview.import_button.text().replace("&", "") == "Import 4 changes"
    preview.reject()


def test_accept_applies_exactly_the_ticked_changes_in_one_undo_step(qtbot, window, doc, tmp_path, monkeypatch, boxes):
    path, removed_id = edited_workbook(doc.project, tmp_path / "edited.xlsx")
    before = snapshot(doc.project)
    steps = doc.undo_stack.count()
    job = start_import(qtbot, window, monkeypatch, path)
    preview = wait_preview(qtbot, job)
    changes = preview.plan.changes
    votes = next(i for i, c in enumerate(changes) if c.kind == "change" and c.fields[0].name == "votes")
    removal = next(i for i, c in enumerate(changes) if c.kind == "remove")
    preview.set_checked(votes, False)  # left out
    preview.set_checked(removal, True)  # ticked on purpose
    assert preview.import_button.text().replace("&", "") == "Import 3 changes"
    voted_card = changes[votes].card.id
    old_votes = next(c.votes for j in doc.project.journeys for c in j.cards if c.id == voted_card)
    with qtbot.waitSignal(job.ended, timeout=WAIT):
        preview.import_button.click()
    assert boxes == []
    assert doc.undo_stack.count() == steps + 1
    assert doc.undo_stack.undoText() == "Import edited.xlsx"
    cards = {c.id: c for j in doc.project.journeys for c in j.cards}
    texts = [c.text for c in cards.values()]
    assert "A sticky note from the wall" in texts and "Rewritten in the workshop" in texts
    assert removed_id not in cards
    assert cards[voted_card].votes == old_votes
    assert "Imported 3 changes from edited.xlsx" in window.statusBar().currentMessage()
    # the journey as it was is kept as a snapshot, in the same undo step
    assert [s.name for j in doc.project.journeys for s in j.snapshots] == ["Before import of edited.xlsx"]
    after = snapshot(doc.project)

    doc.undo_stack.undo()
    assert snapshot(doc.project) == before
    doc.undo_stack.redo()
    assert snapshot(doc.project) == after


def test_cancelling_the_preview_changes_nothing(qtbot, window, doc, tmp_path, monkeypatch):
    path, _ = edited_workbook(doc.project, tmp_path / "edited.xlsx")
    before = snapshot(doc.project)
    job = start_import(qtbot, window, monkeypatch, path)
    preview = wait_preview(qtbot, job)
    with qtbot.waitSignal(job.ended, timeout=WAIT):
        preview.cancel_button.click()
    assert snapshot(doc.project) == before and doc.undo_stack.count() == 0


def test_a_refused_workbook_is_one_message_and_changes_nothing(qtbot, window, doc, tmp_path, monkeypatch, boxes):
    fake = tmp_path / "notes.xlsx"
    fake.write_text("this is not a workbook\n", encoding="utf-8")
    before = snapshot(doc.project)
    job = start_import(qtbot, window, monkeypatch, fake)
    with qtbot.waitSignal(job.ended, timeout=WAIT):
        pass
    assert len(boxes) == 1
    kind, _title, text = boxes[0]
    assert kind == "critical" and "notes.xlsx" in text and "not a zip" in text
    assert job.preview is None
    assert snapshot(doc.project) == before and doc.undo_stack.count() == 0


def test_a_workbook_with_nothing_new_says_so(qtbot, window, doc, tmp_path, monkeypatch, boxes):
    out = tmp_path / "same.xlsx"
    export_xlsx(doc.project, out, XlsxOptions())
    job = start_import(qtbot, window, monkeypatch, out)
    with qtbot.waitSignal(job.ended, timeout=WAIT):
        pass
    assert [(k, t) for k, t, _ in boxes] == [("information", "Nothing to import")]
    assert job.preview is None and doc.undo_stack.count() == 0


def test_an_apply_that_fails_is_a_message_and_changes_nothing(qtbot, window, doc, tmp_path, monkeypatch, boxes):
    path, _ = edited_workbook(doc.project, tmp_path / "edited.xlsx")
    job = start_import(qtbot, window, monkeypatch, path)
    preview = wait_preview(qtbot, job)
    before = snapshot(doc.project)

    def refuse(project, changes):
        raise I.WaymarkError("the import cannot be applied: no journey x (was it deleted?)")

    monkeypatch.setattr("app.importers.xlsx.apply_changes", refuse)
    with qtbot.waitSignal(job.ended, timeout=WAIT):
        preview.import_button.click()
    assert [(k, t) for k, t, _ in boxes] == [("critical", "Workbook not imported")]
    assert "Nothing was changed" in boxes[0][2]
    assert snapshot(doc.project) == before and doc.undo_stack.count() == 0


def test_import_is_disabled_for_a_read_only_document(qtbot, sample_file, monkeypatch):
    doc = Document.open(sample_file, read_only=True)
    made = MainWindow(doc)
    try:
        assert doc.read_only and not made.action("import_workbook").isEnabled()
        assert made.action("export_workbook").isEnabled()
    finally:
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
        made.close()
        if made in WINDOWS:
            WINDOWS.remove(made)
