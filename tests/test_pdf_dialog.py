"""File > Export PDF…: the dialog and its worker thread, with a fake exporter (and the real
one, once it exists)."""

from __future__ import annotations

import sys
import threading
import time
import types
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from app.exporters.common import ExportCancelled
from app.exporters.votes import VotesChoice
from app.models.errors import WaymarkError
from app.models.refs import ProjectRef
from app.views import pdf_export_dialog as D
from app.views.export_worker import ExportTask, partial_path
from app.views.main_window import WINDOWS, MainWindow
from app.views.pdf_export_dialog import PdfExportDialog

WAIT = 10000


FakeCancelled = ExportCancelled  # the real class: the worker catches it, not a look-alike name


@dataclass
class FakeOptions:
    journey_id: str | None = None
    layout: str = "poster"
    paper: str = "A4"
    orientation: str = "landscape"
    votes: VotesChoice = field(default_factory=VotesChoice)
    analytics: bool = True
    changes_since: str | None = None


class FakeExporter:
    """Stands in for ``app.exporters.pdf``: records its calls and reports progress."""

    def __init__(self):
        self.calls: list[dict] = []
        self.error: str | None = None
        self.gate: threading.Event | None = None  # when set, the export waits for cancel
        self.started = threading.Event()

    def export_pdf(self, project, out, options, *, progress=None, cancelled=None):
        self.calls.append({"project": project, "out": Path(out), "options": options})
        self.on_ui_thread = threading.current_thread() is threading.main_thread()
        total = 5
        Path(out).write_bytes(b"%PDF-1.4 partial")
        self.started.set()
        for done in range(total + 1):
            if self.gate is not None:
                deadline = time.monotonic() + 10
                while not cancelled() and time.monotonic() < deadline:
                    time.sleep(0.01)
            if cancelled():
                raise FakeCancelled("cancelled")
            if self.error and done == 2:
                raise WaymarkError(self.error)
            progress(done, total, "Drawing Buy a new phone")
            time.sleep(0.06)  # past the worker's progress throttle, so each step is seen
        Path(out).write_bytes(b"%PDF-1.4 fake\n%%EOF\n")


@pytest.fixture
def fake(monkeypatch):
    exporter = FakeExporter()
    module = types.ModuleType("app.exporters.pdf")
    module.export_pdf = exporter.export_pdf
    module.PdfOptions = FakeOptions
    module.ExportCancelled = FakeCancelled
    monkeypatch.setitem(sys.modules, "app.exporters.pdf", module)
    monkeypatch.setitem(D._SESSION, "paths", {})
    for key, value in {
        "all_journeys": False,
        "layout": "poster",
        "paper": "A4",
        "orientation": "landscape",
        "analytics": True,
    }.items():
        monkeypatch.setitem(D._SESSION, key, value)
    return exporter


@pytest.fixture
def dialog(qtbot, doc, fake, tmp_path):
    made = PdfExportDialog(doc, "buy-phone", None)
    made.path_edit.setText(str(tmp_path / "out.pdf"))
    made.show()
    yield made
    # Closed here rather than by qtbot.addWidget, whose teardown closes widgets before this runs:
    # the dialog learns that its export ended from a queued signal, and closing it before then
    # would ask "Stop it and close?" in a real, modal message box.
    if made.task is not None and made.task.running:
        made.task.cancel()
        made.task.wait()
    qtbot.waitUntil(lambda: not made.exporting, timeout=WAIT)
    made.close()
    made.deleteLater()


def test_exports_with_the_chosen_options_off_the_ui_thread(qtbot, dialog, fake, tmp_path, doc):
    dialog.journey_box.setCurrentIndex(dialog.journey_box.findData("buy-phone"))
    dialog.layout_buttons["tiled"].setChecked(True)
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("A3"))
    dialog.orientation_box.setCurrentIndex(dialog.orientation_box.findData("portrait"))
    seen = []
    dialog.progress_bar.valueChanged.connect(seen.append)
    dialog.start_export()
    assert dialog.exporting and not dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.task.ended, timeout=WAIT):
        pass
    out = tmp_path / "out.pdf"
    assert out.read_bytes().startswith(b"%PDF")
    assert not partial_path(out).exists()
    (call,) = fake.calls
    assert call["options"] == FakeOptions(journey_id="buy-phone", layout="tiled", paper="A3", orientation="portrait")
    assert call["out"] != out  # written beside it first, then moved into place
    assert not fake.on_ui_thread
    assert call["project"] is not doc.project and call["project"] == doc.project  # a snapshot
    assert len(set(seen)) >= 3 and dialog.progress_bar.value() == dialog.progress_bar.maximum()
    assert dialog.open_button.isVisible() and dialog.folder_button.isVisible()
    assert "Exported out.pdf" in dialog.status_label.text()
    assert dialog.export_button.isEnabled() and dialog.cancel_button.text() == "Close"


def test_progress_text_names_the_work(qtbot, dialog):
    dialog.start_export()
    dialog._on_progress(1240, 10000, "Drawing Buy a new phone")
    assert dialog.status_label.text() == "Drawing Buy a new phone — 1,240 of 10,000"
    assert dialog.progress_bar.maximum() == 10000 and dialog.progress_bar.value() == 1240
    with qtbot.waitSignal(dialog.task.ended, timeout=WAIT):
        pass


def test_open_buttons_open_the_file_and_its_folder(qtbot, dialog, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    dialog.start_export()
    with qtbot.waitSignal(dialog.task.finished, timeout=WAIT):
        pass
    dialog.open_button.click()
    dialog.folder_button.click()
    assert opened == [str(tmp_path / "out.pdf"), str(tmp_path)]


def test_an_error_is_reported_clearly_and_leaves_no_file(qtbot, dialog, fake, tmp_path):
    fake.error = "font 'DejaVuSans' cannot be read"
    dialog.start_export()
    with qtbot.waitSignal(dialog.task.failed, timeout=WAIT) as blocker:
        pass
    assert blocker.args == ["font 'DejaVuSans' cannot be read"]
    qtbot.waitUntil(lambda: not dialog.exporting, timeout=WAIT)
    assert "not exported" in dialog.status_label.text() and "DejaVuSans" in dialog.status_label.text()
    assert not dialog.open_button.isVisible()
    assert list(tmp_path.glob("*.pdf")) == []
    assert dialog.export_button.isEnabled() and dialog.isVisible()


def test_a_bug_in_the_exporter_is_reported_not_raised(qtbot, doc, tmp_path):
    def broken(project, out, **_callbacks):
        raise KeyError("lane")

    task = ExportTask(broken, doc.project, tmp_path / "x.pdf")
    with qtbot.waitSignal(task.failed, timeout=WAIT) as blocker:
        task.start()
    assert "KeyError" in blocker.args[0]
    task.wait()


def test_cancel_stops_the_worker_and_leaves_no_file(qtbot, dialog, fake, tmp_path):
    (tmp_path / "out.pdf").write_bytes(b"an older export")
    fake.gate = threading.Event()
    dialog.start_export()
    assert fake.started.wait(5)
    with qtbot.waitSignal(dialog.task.cancelled, timeout=WAIT):
        dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.exporting, timeout=WAIT)
    assert "cancelled" in dialog.status_label.text().lower()
    assert (tmp_path / "out.pdf").read_bytes() == b"an older export"  # untouched
    assert not partial_path(tmp_path / "out.pdf").exists()
    assert not dialog.open_button.isVisible() and dialog.isVisible()


def test_closing_while_exporting_asks_then_cancels(qtbot, dialog, fake, monkeypatch):
    fake.gate = threading.Event()
    dialog.start_export()
    assert fake.started.wait(5)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.close()
    assert dialog.isVisible() and dialog.exporting and not dialog.task.cancel_requested
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.task.cancelled, timeout=WAIT):
        dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)


def test_edits_during_the_export_do_not_reach_it(qtbot, dialog, fake, doc):
    from app.document import commands as C

    fake.gate = None
    dialog.start_export()
    doc.push(C.Edit(doc, ProjectRef(), {"name": "Renamed while exporting"}))
    with qtbot.waitSignal(dialog.task.ended, timeout=WAIT):
        pass
    assert fake.calls[0]["project"].info.name != "Renamed while exporting"


def test_choices_are_remembered_for_the_session(qtbot, dialog, doc, tmp_path):
    dialog.journey_box.setCurrentIndex(0)  # All journeys
    dialog.layout_buttons["tiled"].setChecked(True)
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("letter"))
    dialog.start_export()
    with qtbot.waitSignal(dialog.task.ended, timeout=WAIT):
        pass
    again = PdfExportDialog(doc, "buy-phone", None)
    qtbot.addWidget(again)
    assert again.options() == {
        "journey_id": None,
        "layout": "tiled",
        "paper": "letter",
        "orientation": "landscape",
        "votes": VotesChoice(),  # not remembered: sessions are per journey
        "analytics": True,  # no journey has analytics: the remembered choice (the default, on)
        "changes_since": None,  # no snapshots: no changes page
    }
    assert again.output_path() == tmp_path / "out.pdf"


def test_default_file_is_named_after_the_project(qtbot, doc, fake):
    made = PdfExportDialog(doc, None, None)
    qtbot.addWidget(made)
    assert made.output_path() == Path.home() / f"{doc.project.info.name}.pdf"
    assert made.options()["journey_id"] is None


def test_file_menu_has_export_pdf(qtbot, doc, fake, monkeypatch):
    window = MainWindow(doc)
    try:
        action = window.action("export_pdf")
        assert action.text().replace("&", "") == "Export PDF…"
        assert not action.shortcut().isEmpty()
        file_menu = window.menuBar().actions()[0].menu()
        names = [a.text().replace("&", "") for a in file_menu.actions()]
        assert names.index("Export PDF…") == names.index("Export Image…") + 1
        action.trigger()
        assert isinstance(window.exports.pdf_dialog, PdfExportDialog) and window.exports.pdf_dialog.isVisible()
        assert window.exports.pdf_dialog.journey_box.currentData() == window.view.journey_id
    finally:
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
        if shiboken6.isValid(window):
            window.close()
        if window in WINDOWS:
            WINDOWS.remove(window)


def test_real_exporter_through_the_dialog(qtbot, doc, tmp_path, monkeypatch):
    try:
        import app.exporters.pdf as real
    except ImportError:
        pytest.skip("the PDF exporter (app.exporters.pdf) is not there yet")
    if not hasattr(real, "export_pdf"):
        pytest.skip("the PDF exporter is incomplete")
    monkeypatch.setitem(D._SESSION, "paths", {})
    made = PdfExportDialog(doc, "buy-phone", None)
    qtbot.addWidget(made)
    made.path_edit.setText(str(tmp_path / "real.pdf"))
    made.start_export()
    with qtbot.waitSignal(made.task.ended, timeout=120000):
        pass
    assert made.exported is not None, made.status_label.text()
    assert (tmp_path / "real.pdf").read_bytes().startswith(b"%PDF")
