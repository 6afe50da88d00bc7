"""Every key in the README's table (section "The board"), driven on a real MainWindow.

The table is parsed, so a key added to it without a driver here fails, and a driver checks
what the key did (undo changed the document, zoom the zoom…), not only that nothing broke.
Keys go to ``QApplication.focusWidget()``, as a user's do. Also: no two enabled actions of
the window share a shortcut (Qt would fire neither: "Ambiguous shortcut overload").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.document import commands as C
from app.document.document import Document
from app.models.refs import CardRef, StageRef
from app.models.session import create_project_file
from app.views import window_menus
from app.views.board.layout import qrect
from app.views.main_window import WINDOWS, MainWindow
from tests.test_analytics_panel import analytics_keys
from tests.test_capture_bar import capture_keys
from tests.test_compare_view import compare_keys
from tests.test_history_panel import snapshot_keys
from tests.test_timer import timer_keys
from tests.test_voting_board import voting_keys

README = Path(__file__).resolve().parent.parent / "README.md"
J = "buy-phone"
NO_MOD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def board_key_table() -> list[tuple[str, list[str]]]:
    """(key cell, its keys) of each row of the first table under "## The board"."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## The board") :]
    section = section[: section.index("\n## ", 4)]
    table = section[section.index("| keys | action |") :]
    rows = []
    for line in table.splitlines():
        if not line.startswith("|"):
            break  # the end of the first table
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("|") or len(cells) < 2 or cells[0] in ("keys", "") or set(cells[0]) <= {"-"}:
            continue
        # a comma separates keys, except the comma key itself ("Ctrl+,")
        keys = [k.strip() for k in re.split(r"(?<!\+),|[/()]", cells[0].replace("`", "")) if k.strip()]
        rows.append((cells[0], keys))
    return rows


class Keys:
    """Sends keys to whatever has the focus and remembers which of the table's keys were driven."""

    def __init__(self, qtbot, window: MainWindow):
        self.qtbot, self.window, self.driven = qtbot, window, set()

    @property
    def view(self):
        return self.window.view

    def focus(self):
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, name: str, key: Qt.Key, mods=NO_MOD) -> None:
        self.driven.add(name)
        self.qtbot.keyClick(self.focus(), key, mods)

    def type(self, text: str) -> None:
        QTest.keyClicks(self.focus(), text)

    def did(self, name: str) -> None:
        """A gesture of the table that is not one key press (wheel, drag)."""
        self.driven.add(name)

    def click(self, scene_pos: QPointF) -> None:
        self.view.centerOn(scene_pos)
        QTest.mouseClick(self.view.viewport(), Qt.MouseButton.LeftButton, NO_MOD, self.view.mapFromScene(scene_pos))

    def click_card(self, card_id: str) -> None:
        self.click(self.view.board.refs[CardRef(J, card_id)].sceneBoundingRect().center())

    def click_cell(self, lane: str, stage: str) -> None:
        rect = qrect(self.view.board.layout.cell_rect(lane, stage))
        self.click(QPointF(rect.center().x(), rect.bottom() - 5))

    def refocus(self) -> None:
        self.window.activateWindow()
        self.view.setFocus()
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is self.view)


def cell(doc, lane: str, stage: str) -> list[str]:
    return [c.id for c in doc.journey(J).cards_in_cell(lane, stage)]


# -- one driver per row of the table ----------------------------------------------------------------


def undo_redo(k: Keys) -> None:
    doc = k.window.doc
    doc.push(C.Edit(doc, StageRef(J, "buy"), {"name": "Checkout"}))
    k.press("Ctrl+Z", Qt.Key.Key_Z, CTRL)
    assert doc.stage(J, "buy").name == "Buy"
    k.press("Ctrl+Shift+Z", Qt.Key.Key_Z, CTRL | SHIFT)
    assert doc.stage(J, "buy").name == "Checkout"
    doc.undo_stack.undo()
    k.press("Ctrl+Y", Qt.Key.Key_Y, CTRL)
    assert doc.stage(J, "buy").name == "Checkout"


def cut_copy_paste(k: Keys) -> None:
    doc = k.window.doc
    k.click_card("do-compare-1")
    k.press("Ctrl+C", Qt.Key.Key_C, CTRL)
    assert QGuiApplication.clipboard().text() == doc.card(J, "do-compare-1").text
    before = cell(doc, "thinking", "compare")
    k.click_cell("thinking", "compare")
    k.press("Ctrl+V", Qt.Key.Key_V, CTRL)
    pasted = cell(doc, "thinking", "compare")
    assert len(pasted) == len(before) + 1
    k.click_card(pasted[-1])
    k.press("Ctrl+X", Qt.Key.Key_X, CTRL)
    assert cell(doc, "thinking", "compare") == before
    QGuiApplication.clipboard().clear()


def duplicate(k: Keys) -> None:
    k.click_card("do-buy-1")
    k.press("Ctrl+D", Qt.Key.Key_D, CTRL)
    assert len(cell(k.window.doc, "doing", "buy")) == 3


def delete(k: Keys) -> None:
    k.click_card("do-buy-1")
    k.press("Delete", Qt.Key.Key_Delete)
    assert k.window.doc.journey(J).card("do-buy-1") is None


def select_all(k: Keys) -> None:
    k.click_card("do-search-1")
    k.press("Ctrl+A", Qt.Key.Key_A, CTRL)
    cards = [r for r in k.view.board.refs if isinstance(r, CardRef)]
    assert sorted(k.view.board.selected_refs()) == sorted(cards)


def arrows(k: Keys) -> None:
    k.click_cell("thinking", "compare")
    for key, where in (
        (Qt.Key.Key_Right, ("thinking", "store")),
        (Qt.Key.Key_Down, ("feeling", "store")),
        (Qt.Key.Key_Left, ("feeling", "compare")),
        (Qt.Key.Key_Up, ("thinking", "compare")),
    ):
        k.press("arrows", key)
        assert k.view.current_cell == where
    assert k.view.cell_cursor.isVisible()


def _commit_new(k: Keys, text: str, lane: str, stage: str, whole: str | None = None) -> None:
    assert k.view.editor is not None
    k.type(text)
    k.qtbot.keyClick(k.focus(), Qt.Key.Key_Return)
    assert k.window.doc.card(J, cell(k.window.doc, lane, stage)[-1]).text == (whole or text)


def new_card_keys(k: Keys) -> None:
    k.click_cell("ideas", "store")
    k.press("Insert", Qt.Key.Key_Insert)
    _commit_new(k, "By Insert", "ideas", "store")
    k.click_cell("ideas", "store")
    k.press("Ctrl+Enter", Qt.Key.Key_Return, CTRL)
    _commit_new(k, "By Ctrl+Enter", "ideas", "store")


def enter_or_typing_on_an_empty_cell(k: Keys) -> None:
    doc = k.window.doc
    for cid in cell(doc, "pain", "advocate"):
        doc.push(C.Remove(doc, CardRef(J, cid)))
    k.click_cell("pain", "advocate")
    k.press("Enter", Qt.Key.Key_Return)
    _commit_new(k, "By Enter", "pain", "advocate")
    k.click_cell("pain", "advocate")
    k.did("typing")
    k.type("T")  # starts the card: the editor holds "T"
    _commit_new(k, "yped", "pain", "advocate", whole="Typed")
    assert [doc.card(J, c).text for c in cell(doc, "pain", "advocate")] == ["By Enter", "Typed"]


def edit_keys(k: Keys) -> None:
    doc = k.window.doc
    k.click_card("do-search-1")
    k.press("Enter", Qt.Key.Key_Return)
    assert k.view.editor is not None
    k.qtbot.keyClick(k.focus(), Qt.Key.Key_Escape)
    k.press("F2", Qt.Key.Key_F2)
    k.type("Edited by F2")
    k.qtbot.keyClick(k.focus(), Qt.Key.Key_Return)
    assert doc.card(J, "do-search-1").text == "Edited by F2"


def editor_keys(k: Keys) -> None:
    doc = k.window.doc
    k.click_cell("backstage", "search")
    before = cell(doc, "backstage", "search")
    k.qtbot.keyClick(k.focus(), Qt.Key.Key_Insert)
    k.type("first")
    k.press("Shift+Enter", Qt.Key.Key_Return, SHIFT)
    k.type("line")
    k.press("Tab", Qt.Key.Key_Tab)
    assert k.view.editor is not None  # the next new card, at once
    k.type("dropped")
    k.press("Esc", Qt.Key.Key_Escape)
    after = cell(doc, "backstage", "search")
    assert k.view.editor is None and after[:-1] == before
    assert doc.card(J, after[-1]).text == "first\nline"


def next_previous(k: Keys) -> None:
    k.click_card("do-search-1")
    k.press("Tab", Qt.Key.Key_Tab)
    assert k.view.board.selected_refs() == [CardRef(J, "do-search-2")]
    k.press("Shift+Tab", Qt.Key.Key_Backtab, SHIFT)
    assert k.view.board.selected_refs() == [CardRef(J, "do-search-1")]


def leave_board(k: Keys) -> None:
    k.click_card("do-search-1")
    k.press("Ctrl+Tab", Qt.Key.Key_Tab, CTRL)
    assert QApplication.focusWidget() is not k.view
    k.view.setFocus()
    k.press("Ctrl+Shift+Tab", Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert QApplication.focusWidget() is not k.view


def menu_keys(k: Keys) -> None:
    k.click_card("do-search-1")
    k.press("Menu", Qt.Key.Key_Menu)
    assert k.view.context_menu is not None and k.view.context_menu.isVisible()
    assert "Duplicate" in [a.text().replace("&", "").split("\t")[0] for a in k.view.context_menu.actions()]
    k.view.context_menu.close()
    k.click_cell("ideas", "buy")
    k.press("Shift+F10", Qt.Key.Key_F10, SHIFT)
    assert [a.text().replace("&", "").split("\t")[0] for a in k.view.context_menu.actions()] == ["New Card", "Paste"]
    k.view.context_menu.close()


def add_stage_lane(k: Keys) -> None:
    doc = k.window.doc
    stages, lanes = len(doc.journey(J).stages), len(doc.journey(J).lanes)
    k.click_cell("doing", "search")
    k.press("Ctrl+Shift+T", Qt.Key.Key_T, CTRL | SHIFT)
    assert len(doc.journey(J).stages) == stages + 1 and k.view.editor is not None
    k.type("Check-in")
    k.qtbot.keyClick(k.focus(), Qt.Key.Key_Return)
    assert doc.journey(J).stages[1].name == "Check-in"
    k.press("Ctrl+Shift+L", Qt.Key.Key_L, CTRL | SHIFT)
    assert len(doc.journey(J).lanes) == lanes + 1 and k.view.editor is not None
    k.qtbot.keyClick(k.focus(), Qt.Key.Key_Escape)


def find_keys(k: Keys) -> None:
    bar = k.window.find_bar
    k.press("Ctrl+F", Qt.Key.Key_F, CTRL)
    assert bar.isVisible() and k.focus() is bar.edit
    k.type("phone")
    first = k.view.board.selected_refs()
    assert first and bar.count.text()
    k.press("F3", Qt.Key.Key_F3)
    second = k.view.board.selected_refs()
    assert second and second != first
    k.press("Shift+F3", Qt.Key.Key_F3, SHIFT)
    assert k.view.board.selected_refs() == first
    bar.close_bar()
    k.refocus()


def _wheel(k: Keys, dy: int, mods) -> None:
    viewport = k.view.viewport()
    center = QPointF(viewport.rect().center())
    event = QWheelEvent(
        center,
        QPointF(viewport.mapToGlobal(center.toPoint())),
        QPoint(0, 0),
        QPoint(0, dy),
        Qt.MouseButton.NoButton,
        mods,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def zoom_keys(k: Keys) -> None:
    view = k.view
    start = view.zoom
    k.did("Ctrl+wheel")
    _wheel(k, 120, CTRL)
    assert view.zoom > start
    zoomed = view.zoom
    k.press("Ctrl+=", Qt.Key.Key_Equal, CTRL)
    assert view.zoom > zoomed
    zoomed = view.zoom
    k.press("Ctrl+-", Qt.Key.Key_Minus, CTRL)
    assert view.zoom < zoomed


def actual_fit(k: Keys) -> None:
    k.press("Ctrl+9", Qt.Key.Key_9, CTRL)
    assert k.view.zoom < 1.0
    k.press("Ctrl+0", Qt.Key.Key_0, CTRL)
    assert k.view.zoom == 1.0


def _drag(k: Keys, button: Qt.MouseButton) -> None:
    """From a cell's empty background (a press on a card would start a card drag instead)."""
    viewport = k.view.viewport()
    rect = qrect(k.view.board.layout.cell_rect("thinking", "compare"))
    start = QPointF(k.view.mapFromScene(QPointF(rect.center().x(), rect.bottom() - 5)))
    assert viewport.rect().contains(start.toPoint())
    for kind, pos, b, held in (
        (QEvent.Type.MouseButtonPress, start, button, button),
        (QEvent.Type.MouseMove, start + QPointF(-60, -40), Qt.MouseButton.NoButton, button),
        (QEvent.Type.MouseMove, start + QPointF(-120, -80), Qt.MouseButton.NoButton, button),
        (QEvent.Type.MouseButtonRelease, start + QPointF(-120, -80), button, Qt.MouseButton.NoButton),
    ):
        glob = QPointF(viewport.mapToGlobal(pos.toPoint()))
        QApplication.sendEvent(viewport, QMouseEvent(kind, pos, glob, b, held, NO_MOD))


def pan(k: Keys) -> None:
    view = k.view
    view.set_zoom(2.0)
    bars = view.horizontalScrollBar(), view.verticalScrollBar()
    rect = qrect(view.board.layout.cell_rect("thinking", "compare"))
    view.centerOn(QPointF(rect.center().x(), rect.bottom() - 5))

    def where() -> tuple[int, int]:
        return bars[0].value(), bars[1].value()

    before = where()
    k.did("Space+drag")
    QTest.keyPress(k.focus(), Qt.Key.Key_Space)
    _drag(k, Qt.MouseButton.LeftButton)
    QTest.keyRelease(k.focus(), Qt.Key.Key_Space)
    assert where() != before
    view.centerOn(QPointF(rect.center().x(), rect.bottom() - 5))  # clear of the frozen headers again
    before = where()
    k.did("middle-drag")
    _drag(k, Qt.MouseButton.MiddleButton)
    assert where() != before
    before = where()
    k.did("scroll")
    _wheel(k, -240, NO_MOD)
    assert where() != before
    view.zoom_reset()


def full_screen(k: Keys) -> None:
    k.press("F11", Qt.Key.Key_F11)
    assert k.window.isFullScreen() and k.window.action("full_screen").isChecked()
    k.press("F11", Qt.Key.Key_F11)
    assert not k.window.isFullScreen()
    k.refocus()


def file_keys(k: Keys, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window, doc = k.window, k.window.doc
    doc.push(C.Edit(doc, StageRef(J, "buy"), {"name": "Checkout"}))
    k.press("Ctrl+S", Qt.Key.Key_S, CTRL)
    assert not doc.modified and Document.open  # saved
    other = tmp_path / "saved-as.waymark"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **kw: (str(other), ""))
    k.press("Ctrl+Shift+S", Qt.Key.Key_S, CTRL | SHIFT)
    assert other.exists() and doc.path == other
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **kw: asked.append(a) or ("", ""))
    k.press("Ctrl+O", Qt.Key.Key_O, CTRL)
    assert asked
    count = len(WINDOWS)
    k.press("Ctrl+N", Qt.Key.Key_N, CTRL)
    assert len(WINDOWS) == count + 1
    WINDOWS[-1].close()
    k.refocus()
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda *a: quits.append(a))
    k.press("Ctrl+Q", Qt.Key.Key_Q, CTRL)
    assert window not in WINDOWS and quits


def export_keys(k: Keys, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **kw: asked.append(a) or ("", ""))
    k.press("Ctrl+Shift+E", Qt.Key.Key_E, CTRL | SHIFT)
    assert asked  # Export Image asks where to save
    k.refocus()
    k.press("Ctrl+Shift+P", Qt.Key.Key_P, CTRL | SHIFT)
    dialog = k.window.exports.pdf_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    k.refocus()


def close_keys(k: Keys, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window = k.window
    k.press("Ctrl+N", Qt.Key.Key_N, CTRL)
    other = WINDOWS[-1]
    other.activateWindow()
    other.view.setFocus()
    k.qtbot.waitUntil(lambda: QApplication.focusWidget() is other.view)
    k.press("Ctrl+F4", Qt.Key.Key_F4, CTRL)
    assert other not in WINDOWS and not other.isVisible()
    k.refocus()
    k.press("Ctrl+W", Qt.Key.Key_W, CTRL)
    assert window not in WINDOWS and not window.isVisible()


def help_keys(k: Keys) -> None:
    from app.views.shortcuts_dialog import ShortcutsDialog

    k.press("F1", Qt.Key.Key_F1)
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog) and w.isVisible()]
    assert shown
    for dialog in shown:
        dialog.close()
    k.refocus()


def preferences_keys(k: Keys) -> None:
    from app.views.preferences.dialog import PreferencesDialog

    k.press("Ctrl+,", Qt.Key.Key_Comma, CTRL)
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, PreferencesDialog) and w.isVisible()]
    assert len(shown) == 1
    shown[0].reject()
    k.refocus()


def present_keys(k: Keys) -> None:
    k.press("F5", Qt.Key.Key_F5)
    assert k.window.presentation.active and k.window.isFullScreen() and not k.window.menuBar().isVisible()
    k.press("F5", Qt.Key.Key_F5)
    assert not k.window.presentation.active and not k.window.isFullScreen()
    k.refocus()


def present_steps(k: Keys) -> None:
    p = k.window.presentation
    p.start()
    for name, key, stage in (
        ("Right", Qt.Key.Key_Right, "compare"),
        ("PageDown", Qt.Key.Key_PageDown, "store"),
        ("Left", Qt.Key.Key_Left, "compare"),
        ("PageUp", Qt.Key.Key_PageUp, "search"),
        ("End", Qt.Key.Key_End, "advocate"),
        ("Home", Qt.Key.Key_Home, "search"),
    ):
        k.press(name, key)
        assert p.current_stage_id() == stage and k.view.current_cell[1] == stage
    p.stop()
    k.refocus()


def present_overview_blank(k: Keys) -> None:
    p = k.window.presentation
    p.start()
    stepped = k.view.zoom
    k.press("O", Qt.Key.Key_O)
    assert k.view.zoom < stepped and p.lit_rects() is None
    k.press("O", Qt.Key.Key_O)
    assert k.view.zoom == pytest.approx(stepped)
    k.press("B", Qt.Key.Key_B)
    assert p.blanked
    k.press("B", Qt.Key.Key_B)
    assert not p.blanked and p.active
    p.stop()
    k.refocus()


DRIVERS: dict[str, Callable[..., None]] = {
    "Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y)": undo_redo,
    "Ctrl+X, Ctrl+C, Ctrl+V": cut_copy_paste,
    "Ctrl+D": duplicate,
    "Delete": delete,
    "Ctrl+A": select_all,
    "arrows": arrows,
    "Insert, Ctrl+Enter": new_card_keys,
    "Enter, typing": enter_or_typing_on_an_empty_cell,
    "Enter / F2": edit_keys,
    "Shift+Enter, Tab, Esc": editor_keys,
    "Tab / Shift+Tab": next_previous,
    "Ctrl+Tab / Ctrl+Shift+Tab": leave_board,
    "Menu, Shift+F10": menu_keys,
    "Ctrl+Shift+T, Ctrl+Shift+L": add_stage_lane,
    "Ctrl+F, F3, Shift+F3": find_keys,
    "Ctrl+wheel, Ctrl+= / Ctrl+-": zoom_keys,
    "Ctrl+0 / Ctrl+9": actual_fit,
    "Space+drag, middle-drag, scroll": pan,
    "F11": full_screen,
    "F5": present_keys,
    "Right / Left, PageDown / PageUp, Home / End": present_steps,
    "O, B": present_overview_blank,
    "Ctrl+S, Ctrl+Shift+S, Ctrl+O, Ctrl+N, Ctrl+Q": file_keys,
    "Ctrl+Shift+E, Ctrl+Shift+P": export_keys,
    "Ctrl+W (Ctrl+F4)": close_keys,
    "F1": help_keys,
    "Ctrl+,": preferences_keys,
    "Ctrl+L": capture_keys,
    "Ctrl+T, T": timer_keys,
    "Ctrl+Shift+N": voting_keys,
    "Ctrl+Shift+A": analytics_keys,
    "Ctrl+Alt+S": snapshot_keys,
    "Ctrl+Alt+C, F8 / Shift+F8, Esc": compare_keys,
}


@pytest.fixture
def window(qtbot, tmp_path, sample_project, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    path = tmp_path / "keys.waymark"
    create_project_file(sample_project, path)
    win = MainWindow(Document.open(path))
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    win.select_journey(J)
    yield win
    for w in [win, *WINDOWS]:
        if shiboken6.isValid(w):
            w.close()
    QGuiApplication.clipboard().clear()


def test_the_readme_key_table_is_found():
    rows = dict(board_key_table())
    assert "Ctrl+D" in rows and rows["Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y)"] == ["Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y"]


@pytest.mark.parametrize("row", [cells for cells, _keys in board_key_table()])
def test_every_key_in_the_readme_does_what_it_says(row, window, qtbot, monkeypatch, tmp_path):
    keys = dict(board_key_table())[row]
    assert row in DRIVERS, f"README key row {row!r} is not driven by a test"
    k = Keys(qtbot, window)
    k.refocus()
    driver = DRIVERS[row]
    if driver in (file_keys, export_keys, close_keys):
        driver(k, monkeypatch, tmp_path)
    else:
        driver(k)
    assert set(keys) <= k.driven, f"not driven: {sorted(set(keys) - k.driven)}"


def test_no_two_enabled_actions_share_a_shortcut(window):
    seen: dict[str, str] = {}
    always = {window.action("undo"), window.action("redo")}  # enabled as soon as there is history
    for action in window.findChildren(QAction):
        if not (action.isEnabled() or action in always):
            continue
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue
        for sequence in action.shortcuts():
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            assert key not in seen, f"{key} is both {seen[key]!r} and {action.text()!r}"
            seen[key] = action.text()
    assert "Ctrl+Y" in seen and "Ctrl+D" in seen


def test_delete_never_takes_ctrl_d_even_where_the_platform_binds_it(monkeypatch):
    """X11 and KDE bind Ctrl+D to Delete; the offscreen platform does not, so pretend."""
    x11 = [QKeySequence("Del"), QKeySequence("Ctrl+D")]
    real = QKeySequence.keyBindings
    monkeypatch.setattr(
        QKeySequence,
        "keyBindings",
        lambda key: x11 if key == QKeySequence.StandardKey.Delete else real(key),
    )
    keys = window_menus.delete_keys()
    assert QKeySequence("Ctrl+D") not in keys and QKeySequence("Del") in keys


X11_BINDINGS = {
    QKeySequence.StandardKey.Redo: ["Ctrl+Shift+Z"],
    QKeySequence.StandardKey.Delete: ["Del", "Ctrl+D"],
}


def test_ctrl_d_and_ctrl_y_work_with_the_x11_key_bindings(qtbot, tmp_path, sample_project, monkeypatch):
    """What the issue saw on Linux: Qt's X11 bindings give Delete Ctrl+D and Redo no Ctrl+Y."""
    real = QKeySequence.keyBindings

    def x11(key):
        return [QKeySequence(k) for k in X11_BINDINGS[key]] if key in X11_BINDINGS else real(key)

    monkeypatch.setattr(QKeySequence, "keyBindings", x11)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    path = tmp_path / "x11.waymark"
    create_project_file(sample_project, path)
    win = MainWindow(Document.open(path))
    try:
        win.resize(1600, 1000)
        win.show()
        qtbot.waitExposed(win)
        win.select_journey(J)
        k = Keys(qtbot, win)
        k.refocus()
        doc = win.doc
        k.click_card("do-buy-1")
        k.press("Ctrl+D", Qt.Key.Key_D, CTRL)
        assert len(cell(doc, "doing", "buy")) == 3
        k.press("Ctrl+Z", Qt.Key.Key_Z, CTRL)
        assert len(cell(doc, "doing", "buy")) == 2
        k.press("Ctrl+Y", Qt.Key.Key_Y, CTRL)
        assert len(cell(doc, "doing", "buy")) == 3
        k.press("Ctrl+Z", Qt.Key.Key_Z, CTRL)
        k.press("Ctrl+Shift+Z", Qt.Key.Key_Z, CTRL | SHIFT)
        assert len(cell(doc, "doing", "buy")) == 3
    finally:
        win.close()
