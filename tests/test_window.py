"""Tier 3: the real main window with qtbot."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox

from app.document import commands as C
from app.document.document import Document
from app.models.session import create_project_file, find_orphans
from app.views.main_window import WINDOWS, MainWindow


@pytest.fixture
def open_window(qapp, monkeypatch):
    """MainWindow deletes itself on close; whatever a test leaves open is discarded after it.
    A question no test expected is answered Discard, so a modal box never hangs the run."""
    made = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)

    def make(doc):
        window = MainWindow(doc)
        made.append(window)
        return window

    yield make
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    for window in made:
        if shiboken6.isValid(window):
            window.close()


def test_title_names_the_file_and_shows_modified(open_window, tmp_path, sample_project):
    path = tmp_path / "phones.waymark"
    create_project_file(sample_project, path)
    window = open_window(Document.open(path))
    window.show()
    assert window.windowTitle() == "phones.waymark[*] — Waymark"
    assert not window.isWindowModified()
    doc = window.doc
    doc.push(C.Edit(doc, "stage", ("buy-phone", "buy"), {"name": "Checkout"}))
    assert window.isWindowModified()
    assert window.table.horizontalHeaderItem(3).text() == "Checkout"
    doc.undo_stack.undo()
    assert not window.isWindowModified()
    assert window.table.horizontalHeaderItem(3).text() == "Buy"
    window.close()
    assert window not in WINDOWS


def test_closing_with_changes_asks_and_can_cancel(open_window, monkeypatch, doc):
    window = open_window(doc)
    doc.push(C.Edit(doc, "project", None, {"name": "Changed"}))
    asked = []

    def ask(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", ask)
    assert not window.close()
    assert asked and "Save the changes" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close()
    assert find_orphans() == []  # a deliberate discard leaves nothing to recover


def test_journey_list_and_grid_show_the_sample(open_window, doc):
    window = open_window(doc)
    assert window.journeys.count() == 1
    assert window.table.rowCount() == 9 and window.table.columnCount() == 7
    assert window.table.verticalHeaderItem(2).text() == "Feeling"
    window.close()


def test_undo_action_names_the_command(open_window, doc):
    window = open_window(doc)
    edit_menu = [a for a in window.menuBar().actions() if a.text() == "&Edit"][0].menu()
    card = doc.journey("buy-phone").cards[0]
    doc.push(C.MoveCard(doc, "buy-phone", card.id, card.lane, "buy"))
    assert edit_menu.actions()[0].text() == "&Undo Move Card"
    window.close()


def test_start_offers_recovery_and_recovers(open_window, tmp_path, sample_project, monkeypatch):
    """The next start finds the crashed session's working copy and reopens it, modified."""
    from tests.test_recovery import crash_after_edits
    from app import gui
    from app.views.recovery_dialog import RecoveryDialog
    path = tmp_path / "a.waymark"
    create_project_file(sample_project, path)
    crash_after_edits(path, 3)
    shown = []

    def exec_and_recover(self):
        shown.append([self.list.item(i).text() for i in range(self.list.count())])
        self._finish(recover=True)
        return 1

    monkeypatch.setattr(RecoveryDialog, "exec", exec_and_recover)
    docs = gui._offer_recovery()
    assert len(shown) == 1 and shown[0][0].startswith("a.waymark")
    doc, = docs
    window = open_window(doc)
    assert window.isWindowModified() and window.windowTitle().startswith("a.waymark")
    assert "k-2" in {c.id for c in doc.journey("buy-phone").cards}


def test_discarding_at_start_removes_the_copy(qapp, tmp_path, sample_project, monkeypatch):
    from tests.test_recovery import crash_after_edits
    from app import gui
    from app.views.recovery_dialog import RecoveryDialog
    path = tmp_path / "a.waymark"
    create_project_file(sample_project, path)
    crash_after_edits(path, 1)
    monkeypatch.setattr(RecoveryDialog, "exec", lambda self: (self._finish(recover=False), 1)[1])
    assert gui._offer_recovery() == []
    assert find_orphans() == []
