"""Tier 3: the real main window with qtbot."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox

from app.document import commands as C
from app.document.document import Document
from app.models.refs import CardRef, LaneRef, ProjectRef, StageRef
from app.models.session import create_project_file, find_orphans
from app.views import main_window as M
from app.views import recent_files as R
from app.views.inspector import Inspector
from app.views.main_window import WINDOWS, MainWindow
from app.views.palette import Palette


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
    for window in made + list(WINDOWS):  # and any window a test opened through the menus
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
    doc.push(C.Edit(doc, StageRef("buy-phone", "buy"), {"name": "Checkout"}))
    assert window.isWindowModified()
    assert stage_header(window, "buy").stage.name == "Checkout"
    doc.undo_stack.undo()
    assert not window.isWindowModified()
    assert stage_header(window, "buy").stage.name == "Buy"
    window.close()
    assert window not in WINDOWS


def test_closing_with_changes_asks_and_can_cancel(open_window, monkeypatch, doc):
    window = open_window(doc)
    doc.push(C.Edit(doc, ProjectRef(), {"name": "Changed"}))
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


def stage_header(window, stage_id):
    return window.view.board.refs[StageRef(window.view.journey_id, stage_id)]


def test_journey_list_and_board_show_the_sample(open_window, doc):
    window = open_window(doc)
    assert window.journeys.count() == 1
    assert window.view.journey_id == "buy-phone"
    refs = window.view.board.refs
    lanes = sorted((item.pos().y(), ref.lane_id) for ref, item in refs.items() if isinstance(ref, LaneRef))
    stages = [ref for ref in refs if isinstance(ref, StageRef)]
    assert len(lanes) == 9 and len(stages) == 7
    assert refs[LaneRef("buy-phone", lanes[2][1])].lane.name == "Feeling"
    assert sum(isinstance(ref, CardRef) for ref in refs) == 75
    assert window.counts_label.text() == "7 stages · 9 lanes · 75 cards"
    window.close()


def test_undo_action_names_the_command(open_window, doc):
    window = open_window(doc)
    edit_menu = [a for a in window.menuBar().actions() if a.text() == "&Edit"][0].menu()
    card = doc.journey("buy-phone").cards[0]
    doc.push(C.MoveCard(doc, CardRef("buy-phone", card.id), card.lane, "buy"))
    assert edit_menu.actions()[0].text() == "&Undo Move Card"
    window.close()


def test_start_offers_recovery_and_recovers(open_window, tmp_path, sample_project, monkeypatch):
    """The next start finds the crashed session's working copy and reopens it, modified."""
    from app import gui
    from app.views.recovery_dialog import RecoveryDialog
    from tests.test_recovery import crash_after_edits

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
    (doc,) = docs
    window = open_window(doc)
    assert window.isWindowModified() and window.windowTitle().startswith("a.waymark")
    assert "k-2" in {c.id for c in doc.journey("buy-phone").cards}


def test_discarding_at_start_removes_the_copy(qapp, tmp_path, sample_project, monkeypatch):
    from app import gui
    from app.views.recovery_dialog import RecoveryDialog
    from tests.test_recovery import crash_after_edits

    path = tmp_path / "a.waymark"
    create_project_file(sample_project, path)
    crash_after_edits(path, 1)
    monkeypatch.setattr(RecoveryDialog, "exec", lambda self: (self._finish(recover=False), 1)[1])
    assert gui._offer_recovery() == []
    assert find_orphans() == []


def shortcuts(window, name):
    return {k.toString(QKeySequence.SequenceFormat.PortableText) for k in window.action(name).shortcuts()}


def test_menus_carry_the_standard_shortcuts(open_window, doc):
    window = open_window(doc)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Journey", "&Analytics", "&Personas", "Wor&kshop", "&Help"]
    assert shortcuts(window, "analyse_log") == {"Ctrl+Shift+A"}
    assert "Ctrl+Q" in shortcuts(window, "quit")
    assert {"Ctrl+=", "Ctrl++"} <= shortcuts(window, "zoom_in")
    assert "Ctrl+-" in shortcuts(window, "zoom_out")
    assert shortcuts(window, "zoom_reset") == {"Ctrl+0"}
    assert "Ctrl+F" in shortcuts(window, "find")
    assert "F3" in shortcuts(window, "find_next") and "Shift+F3" in shortcuts(window, "find_previous")
    assert shortcuts(window, "duplicate") == {"Ctrl+D"}
    assert "F11" in shortcuts(window, "full_screen")
    assert "Ctrl+Z" in shortcuts(window, "undo") and "Ctrl+S" in shortcuts(window, "save")
    toolbar = [a for a in window.toolbar.actions() if not a.isSeparator()]
    assert [
        a is window.action(n)
        for n, a in zip(
            ("undo", "redo", "zoom_out", "zoom_in", "zoom_fit", "zoom_reset", "find"), toolbar, strict=False
        )
    ] == [True] * 7
    assert all(not a.icon().isNull() for a in toolbar)


def test_docks_hold_journeys_palette_and_inspector(open_window, doc):
    window = open_window(doc)
    docks = {d.objectName(): d for d in window.findChildren(QDockWidget)}
    # results: the voting Results panel; analytics: the event log's funnel and tables; history: snapshots
    assert set(docks) == {"journeys", "palette", "inspector", "results", "analytics", "history"}
    area = window.dockWidgetArea
    assert area(docks["journeys"]) == area(docks["palette"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert area(docks["inspector"]) == area(docks["results"]) == Qt.DockWidgetArea.RightDockWidgetArea
    assert area(docks["analytics"]) == area(docks["history"]) == Qt.DockWidgetArea.RightDockWidgetArea
    assert isinstance(docks["palette"].widget(), Palette) and isinstance(docks["inspector"].widget(), Inspector)
    assert window.centralWidget().isAncestorOf(window.view)


def test_zoom_actions_show_the_percentage(open_window, doc):
    window = open_window(doc)
    window.show()
    window.action("zoom_in").trigger()
    assert window.zoom_label.text() == "125%"
    window.action("zoom_reset").trigger()
    assert window.zoom_label.text() == "100%"
    window.action("zoom_fit").trigger()
    assert window.zoom_label.text() != "100%"


def test_find_bar_counts_steps_and_closes(open_window, doc, qtbot):
    window = open_window(doc)
    window.show()
    bar = window.find_bar
    assert not bar.isVisible()
    window.action("find").trigger()
    assert bar.isVisible()
    qtbot.keyClicks(bar.edit, "pricing")
    total = int(bar.count.text().split(" of ")[1])
    assert bar.count.text() == f"1 of {total}" and total > 1
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.count.text() == f"2 of {total}"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"1 of {total}"
    window.action("find_previous").trigger()
    assert bar.count.text() == f"{total} of {total}"
    bar.edit.setText("no such words anywhere")
    assert bar.count.text() == "No matches"
    bar.edit.setText("pricing")
    assert any(item.highlight for ref, item in window.view.board.refs.items() if isinstance(ref, CardRef))
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert not any(getattr(item, "highlight", False) for item in window.view.board.refs.values())


def test_edit_actions_go_to_the_focused_text_field_or_the_board(open_window, doc):
    window = open_window(doc)
    window.show()
    window.activateWindow()
    window.view.setFocus()
    QApplication.processEvents()
    window.action("select_all").trigger()
    assert len(window.view.board.selected_refs()) == 75
    window.find_bar.open()
    window.find_bar.edit.setText("abc")
    window.find_bar.edit.setFocus()
    QApplication.processEvents()
    if QApplication.focusWidget() is window.find_bar.edit:  # focus needs an active window
        window.find_bar.edit.deselect()
        window.action("select_all").trigger()
        assert window.find_bar.edit.selectedText() == "abc"


def test_recent_files_live_in_the_data_folder(open_window, sample_file, data_dir):
    window = open_window(Document.open(sample_file))
    assert R.recent_files() == [sample_file.absolute()]
    assert (data_dir / "settings.ini").exists()
    window.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert texts[0] == "&1 sample.waymark"
    for n in range(12):
        R.remember_file(data_dir / f"p{n}.waymark")
    assert len(R.recent_files()) == R.MAX_RECENT and R.recent_files()[0].name == "p11.waymark"


def test_revert_reloads_the_file_and_drops_the_edits(open_window, sample_file, monkeypatch):
    before = sample_file.read_bytes()
    window = open_window(Document.open(sample_file))
    doc = window.doc
    doc.push(C.Edit(doc, StageRef("buy-phone", "buy"), {"name": "Checkout"}))
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Discard
    )
    fresh = window.revert()
    assert asked and "Discard your unsaved changes" in asked[0]
    assert not shiboken6.isValid(window) or window not in WINDOWS
    assert fresh in WINDOWS and not fresh.isWindowModified() and not fresh.doc.read_only
    assert fresh.doc.stage("buy-phone", "buy").name == "Buy"
    assert stage_header(fresh, "buy").stage.name == "Buy"
    assert sample_file.read_bytes() == before
    fresh.close()
    assert find_orphans() == []


def test_dropping_a_project_file_opens_it_in_a_new_window(open_window, doc, sample_file):
    window = open_window(doc)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_file))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    opened = [w for w in WINDOWS if w.doc.path and w.doc.path.samefile(sample_file)]
    assert len(opened) == 1 and opened[0] is not window
    assert opened[0].windowTitle() == "sample.waymark[*] — Waymark"
    window.dropEvent(event)  # the same file again brings its window forward
    assert len([w for w in WINDOWS if w.doc.path and w.doc.path.samefile(sample_file)]) == 1
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(sample_file.with_suffix(".txt")))])
    assert M.waymark_paths(other) == []


def test_export_image_from_the_window(open_window, doc, tmp_path):
    window = open_window(doc)
    doc.push(C.Edit(doc, StageRef("buy-phone", "buy"), {"name": "Checkout"}))
    png = window.exports.export_image_to(tmp_path / "board.png", "buy-phone")
    image = QImage(str(png))
    assert image.width() > 2000 and image.height() > 1000  # drawn at twice the board's size
    svg = window.exports.export_image_to(tmp_path / "board.svg", "buy-phone")
    assert "Checkout" in svg.read_text(encoding="utf-8")  # the unsaved edit is in the picture
    assert window.isWindowModified() and doc.undo_stack.count() == 1


def test_quit_closes_every_window(open_window, doc, sample_file):
    first = open_window(doc)
    second = open_window(Document.open(sample_file))
    assert M.quit_all()
    assert first not in WINDOWS and second not in WINDOWS
