"""The History panel (tier 2/3): it mirrors the document's snapshots of the board's journey, newest
first; Restore and Delete through it are one undo step each; the read-only board shows the
snapshot's cards and refuses edits; Journey ▸ Take Snapshot… (Ctrl+Alt+S) takes one."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.document import commands as C
from app.document.snapshot_commands import take
from app.models.entities import Journey
from app.models.refs import CardRef
from app.views.board.card_item import CardItem
from app.views.history import take_dialog
from app.views.history.panel import HistoryPanel, detail_text
from app.views.history.snapshot_view import SnapshotPane
from app.views.main_window import WINDOWS, MainWindow

JID = "buy-phone"
NO_MOD = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def window(qtbot, doc, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    win = MainWindow(doc)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.select_journey(JID)
    yield win
    for w in [win, *WINDOWS]:
        if shiboken6.isValid(w):
            w.close()


def rows(panel: HistoryPanel) -> list[str]:
    return [panel.list.item(n).text() for n in range(panel.list.count())]


def test_the_panel_mirrors_the_snapshots_newest_first(window):
    panel, doc = window.history, window.doc
    assert rows(panel) == [] and not panel.empty.isHidden()
    doc.push(take(doc, JID, "First", "the note"))
    doc.push(take(doc, JID, "Second"))
    assert rows(panel) == ["Second", "First"]
    first = doc.journey(JID).snapshots[0]
    item = panel.list.item(1)
    assert "the note" in item.toolTip() and item.data(Qt.ItemDataRole.UserRole + 1) == detail_text(first)
    assert f"{first.cards} cards" in detail_text(first) and "taken by hand" in detail_text(first)
    doc.undo_stack.undo()
    assert rows(panel) == ["First"]
    doc.push(C.add_journey(doc, Journey(id="other", name="Other")))
    window.select_journey("other")
    assert rows(panel) == []
    window.select_journey(JID)
    assert rows(panel) == ["First"]
    assert panel.title.text() == "Buy a new phone: 1 snapshot"


def test_restore_and_delete_through_the_panel_are_one_step_each(window):
    panel, doc = window.history, window.doc
    doc.push(take(doc, JID, "Original"))
    card = doc.journey(JID).cards[0]
    doc.push(C.Remove(doc, CardRef(JID, card.id)))
    steps = doc.undo_stack.count()
    panel.select(doc.journey(JID).snapshots[0].id)
    assert panel.restore_current()
    assert doc.undo_stack.count() == steps + 1
    assert card.id in {c.id for c in doc.journey(JID).cards}
    assert rows(panel) == ["Before restoring Original", "Original"]
    doc.undo_stack.undo()
    assert card.id not in {c.id for c in doc.journey(JID).cards} and rows(panel) == ["Original"]

    panel.list.setCurrentRow(0)
    panel.list.setFocus()
    QTest.keyClick(panel.list, Qt.Key.Key_Delete)  # the list's, not the window's Delete
    assert rows(panel) == [] and doc.undo_stack.undoText() == "Delete Snapshot Original"
    doc.undo_stack.undo()
    assert rows(panel) == ["Original"]


def test_f2_renames_a_snapshot_and_edits_its_note_in_one_step(window, monkeypatch):
    panel, doc = window.history, window.doc
    doc.push(take(doc, JID, "Draft name", "old note"))
    content = doc.journey(JID).snapshots[0].content
    seen = []

    def fake_exec(dialog):
        seen.append((dialog.windowTitle(), dialog.name_edit.text(), dialog.note_edit.toPlainText()))
        dialog.name_edit.setText("After workshop 2")
        dialog.note_edit.setPlainText("agreed with the store team")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(take_dialog.TakeSnapshotDialog, "exec", fake_exec)
    panel.list.setCurrentRow(0)
    panel.list.setFocus()
    steps = doc.undo_stack.count()
    QTest.keyClick(panel.list, Qt.Key.Key_F2)
    assert seen == [("Rename Snapshot", "Draft name", "old note")]
    snapshot = doc.journey(JID).snapshots[0]
    assert (snapshot.name, snapshot.note, snapshot.content) == (
        "After workshop 2",
        "agreed with the store team",
        content,
    )
    assert rows(panel) == ["After workshop 2"] and doc.undo_stack.count() == steps + 1
    assert doc.undo_stack.undoText() == "Rename Snapshot Draft name"
    doc.undo_stack.undo()
    assert rows(panel) == ["Draft name"]


def test_the_read_only_board_shows_the_snapshot_and_refuses_edits(window, qtbot):
    panel, doc = window.history, window.doc
    doc.push(take(doc, JID, "Kept"))
    kept_cards = {c.id for c in doc.journey(JID).cards}
    gone = doc.journey(JID).cards[0].id
    doc.push(C.Remove(doc, CardRef(JID, gone)))
    panel.list.setCurrentRow(0)
    panel.open_current()
    (pane,) = window.findChildren(SnapshotPane)
    assert pane.windowTitle() == "Kept — snapshot, read-only"
    assert window.dockWidgetArea(pane) == Qt.DockWidgetArea.BottomDockWidgetArea
    shown = {item.card_id for item in pane.view.board.items() if isinstance(item, CardItem)}
    assert shown == kept_cards and gone in shown
    assert pane.doc.read_only

    card_ref = CardRef(pane.doc.project.journeys[0].id, gone)
    assert not pane.view.board.push(lambda: C.Edit(pane.doc, card_ref, {"text": "edited"}))
    assert "read-only" in pane.status.text()
    assert pane.doc.card(card_ref.journey_id, gone).text != "edited"
    assert pane.doc.undo_stack.count() == 0

    # The window's Delete and Undo on this board act on nothing (they would reach the map's board).
    main_card = doc.journey(JID).cards[0].id
    window.view.board.refs[CardRef(JID, main_card)].setSelected(True)
    pane.view.board.refs[card_ref].setSelected(True)
    pane.view.setFocus()
    steps = doc.undo_stack.count()
    for key, mods in ((Qt.Key.Key_Delete, NO_MOD), (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)):
        QTest.keyClick(pane.view, key, mods)
    QTest.keyClick(pane.view, Qt.Key.Key_Return)  # no editor opens on a snapshot's card
    assert pane.view.editor is None and doc.undo_stack.count() == steps
    assert main_card in {c.id for c in doc.journey(JID).cards} and gone in {
        c.id for c in pane.doc.journey(card_ref.journey_id).cards
    }

    steps = doc.undo_stack.count()
    pane.restore_button.click()  # the pane's Restore is the panel's
    assert gone in {c.id for c in doc.journey(JID).cards} and doc.undo_stack.count() == steps + 1
    pane.close()
    qtbot.waitUntil(lambda: not window.findChildren(SnapshotPane))


def test_take_snapshot_from_the_journey_menu(window, qtbot, monkeypatch):
    doc = window.doc
    action = window.action("take_snapshot")
    assert action.shortcut().toString() == "Ctrl+Alt+S"
    assert action in window.journey_menu.actions()

    def fake_exec(dialog):
        dialog.name_edit.setText("From the menu")
        dialog.note_edit.setPlainText("typed")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(take_dialog.TakeSnapshotDialog, "exec", fake_exec)
    action.trigger()
    assert [(s.name, s.note) for s in doc.journey(JID).snapshots] == [("From the menu", "typed")]
    assert doc.undo_stack.count() == 1
    assert window.history_dock.isVisible() and rows(window.history) == ["From the menu"]


def test_the_dialog_keeps_a_refusal_on_screen(window, doc):
    dialog = take_dialog.TakeSnapshotDialog(doc, JID, window)
    assert dialog.name_edit.text().startswith("Snapshot ")
    dialog.name_edit.setText("")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and not dialog.error_label.isHidden()
    assert doc.undo_stack.count() == 0
    dialog.deleteLater()


def snapshot_keys(k) -> None:
    """Ctrl+Alt+S (Journey ▸ Take Snapshot…) opens the dialog; answered here by accepting."""
    steps = k.window.doc.undo_stack.count()
    with pytest.MonkeyPatch.context() as patch:

        def fake_exec(dialog):
            dialog.accept()
            return QDialog.DialogCode.Accepted

        patch.setattr(take_dialog.TakeSnapshotDialog, "exec", fake_exec)
        k.press("Ctrl+Alt+S", Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert k.window.doc.undo_stack.count() == steps + 1
    k.window.doc.undo_stack.undo()
    k.refocus()


def test_the_take_snapshot_key_row_driver(window, qtbot):
    from tests.test_shortcuts import Keys

    k = Keys(qtbot, window)
    k.refocus()
    snapshot_keys(k)
    assert k.driven == {"Ctrl+Alt+S"} and QApplication.focusWidget() is window.view
