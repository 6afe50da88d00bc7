"""Issue 14 item 9: Help ▸ Keyboard Shortcuts (F1), generated from the window, and the start page.

Before, Help held only About, and `waymark` with no file opened the built-in sample with no
way to a template or the recent files but through its menus.
"""

from __future__ import annotations

import argparse
import re

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.document.document import Document
from app.views import recent_files as R
from app.views.main_window import WINDOWS, MainWindow
from app.views.shortcuts_dialog import ShortcutsDialog, normalized_key, shortcut_rows
from app.views.start_page import StartPage
from tests.conftest import REPO, snapshot


@pytest.fixture
def cleanup(qapp, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, (StartPage, ShortcutsDialog)) and shiboken6.isValid(widget):
            widget.close()
    for window in list(WINDOWS):
        if shiboken6.isValid(window):
            window.close()


@pytest.fixture
def window(cleanup, qtbot, doc):
    made = MainWindow(doc)
    made.show()
    qtbot.waitExposed(made)
    made.activateWindow()
    QTest.qWait(50)
    yield made
    if shiboken6.isValid(made):
        made.close()  # before the doc fixture closes the document under it


def _open_dialogs() -> list[ShortcutsDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog) and w.isVisible()]


# -- Help ▸ Keyboard Shortcuts --------------------------------------------------------------------


def test_f1_opens_the_shortcuts_grouped_by_menu(window, qtbot):
    assert [a.text() for a in window.menuBar().actions()[-1].menu().actions() if not a.isSeparator()] == [
        "&Keyboard Shortcuts",
        "&About Waymark",
    ]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: len(_open_dialogs()) == 1)
    (dialog,) = _open_dialogs()
    groups = [dialog.tree.topLevelItem(n).text(0) for n in range(dialog.tree.topLevelItemCount())]
    assert groups[:4] == ["File", "Edit", "View", "Help"] or groups[:3] == ["File", "Edit", "View"]
    assert {"Board", "In-place editor"} <= set(groups)
    rows = {(r.group, r.action): r.keys for r in dialog.rows}
    assert rows[("File", "Save")] == ("Ctrl+S",) and "Ctrl+Z" in rows[("Edit", "Undo")]
    assert rows[("Board", "pan")] == ("Space+drag", "middle-drag", "scroll")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.filter_edit)  # the filter has the focus
    QTest.keyClicks(QApplication.focusWidget(), "zoom")
    visible = [
        dialog.tree.topLevelItem(g).child(n).text(0)
        for g in range(dialog.tree.topLevelItemCount())
        for n in range(dialog.tree.topLevelItem(g).childCount())
        if not dialog.tree.topLevelItem(g).child(n).isHidden()
    ]
    assert visible and all("zoom" in text.lower() or "Ctrl" in text for text in visible)
    assert "Zoom In" in visible and "Save" not in visible


def test_the_list_follows_the_actions(window):
    """A key given to an action shows up without anyone listing it: the dialog cannot drift."""
    window.action("export_workbook").setShortcut("Ctrl+Alt+W")
    assert ("File", "Export Workbook…", ("Ctrl+Alt+W",)) in [(r.group, r.action, r.keys) for r in shortcut_rows(window)]


def _readme_key_rows() -> list[tuple[str, list[str]]]:
    """The "keys | action" table of README's "## The board": (the row's text, its keys)."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## The board", 1)[1].split("\n## ", 1)[0]
    table = section[section.index("| keys | action |") :]
    rows = []
    for line in table.splitlines():
        if not line.startswith("|"):
            break  # the end of the key table (a table of screenshots follows it)
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 2 or cells[0] in ("keys", "") or set(cells[0]) <= set("-: "):
            continue
        # a comma separates keys, except the comma key itself ("Ctrl+,")
        keys = [k for k in re.split(r"\s*(?:(?<!\+),|/|\(|\)|;|\bor\b|\band\b)\s*", cells[0]) if k]
        rows.append((line.strip(), keys))
    assert rows, "README's board section has no key table"
    return rows


def test_every_key_of_the_readme_table_is_in_the_dialog(window):
    known = ShortcutsDialog(window).all_keys()
    missing = [
        f"{row}: {', '.join(k for k in keys if normalized_key(k) not in known)}"
        for row, keys in _readme_key_rows()
        if any(normalized_key(k) not in known for k in keys)
    ]
    assert not missing, "README rows whose keys Help ▸ Keyboard Shortcuts does not list:\n" + "\n".join(missing)


def test_every_row_of_the_dialog_is_in_the_readme_table(window):
    """Each action or board key of the dialog has at least one of its keys in the README's table
    (the platform's extra bindings, such as Alt+Backspace for Undo, need not be written there)."""
    readme = {normalized_key(k) for _row, keys in _readme_key_rows() for k in keys}
    missing = [
        f"{r.group} ▸ {r.action}: {', '.join(r.keys)}"
        for r in ShortcutsDialog(window).rows
        if not any(normalized_key(k) in readme for k in r.keys)
    ]
    assert not missing, "shortcuts with no row in README's key table (## The board):\n" + "\n".join(missing)


# -- the start page -------------------------------------------------------------------------------


def _start(**given):
    from app import gui

    args = argparse.Namespace(**{"file": None, "smoke": False, "read_only": False, "sample": False, **given})
    return gui.open_start_windows(args)


def _start_pages() -> list[StartPage]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, StartPage) and w.isVisible()]


def test_no_file_shows_the_start_page_and_enter_opens_the_sample(cleanup, qtbot):
    assert _start()
    assert WINDOWS == []  # not the sample any more
    (page,) = _start_pages()
    qtbot.waitExposed(page)
    page.activateWindow()
    QTest.qWait(50)
    assert QApplication.focusWidget() is page.sample_button
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(WINDOWS) == 1)
    assert WINDOWS[0].doc.title == "Phone purchase (sample)" and WINDOWS[0].doc.path is None
    qtbot.waitUntil(lambda: not _start_pages())


def test_sample_flag_opens_the_sample_directly(cleanup):
    assert _start(sample=True)
    assert not _start_pages() and [w.doc.title for w in WINDOWS] == ["Phone purchase (sample)"]


def test_recent_files_are_listed_and_open_from_the_keyboard(cleanup, qtbot, sample_file, tmp_path):
    R.store_recent([sample_file, tmp_path / "gone.waymark"])
    page = StartPage()
    page.show()
    qtbot.waitExposed(page)
    assert page.recent_list.count() == 1 and page.recent_list.item(0).text().startswith("sample.waymark")
    page.activateWindow()
    QTest.qWait(50)
    page.recent_list.setFocus()
    QTest.qWait(10)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(WINDOWS) == 1)
    assert WINDOWS[0].doc.path.samefile(sample_file)
    qtbot.waitUntil(lambda: not page.isVisible() if shiboken6.isValid(page) else True)


def test_first_run_says_there_are_no_recent_files(cleanup, qtbot):
    page = StartPage()
    page.show()
    assert page.no_recent.isVisible() and not page.recent_list.isVisible()
    page.close()


def test_new_from_template_uses_the_template_picker(cleanup, qtbot, monkeypatch):
    import app.views.template_picker as T

    asked = []
    monkeypatch.setattr(T, "pick_template", lambda parent=None, **kw: asked.append(kw) or "service-visit")
    page = StartPage()
    page.show()
    page.template_button.click()
    assert asked and len(WINDOWS) == 1
    from app.models.library import load_template

    assert snapshot(WINDOWS[0].doc.project) == snapshot(load_template("service-visit"))
    assert asked == [{"ok_text": "Create project"}]


def test_a_failed_open_keeps_the_start_page(cleanup, qtbot, monkeypatch, tmp_path):
    errors = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: errors.append(text))
    page = StartPage()
    page.show()
    page.open_path(tmp_path / "missing.waymark")
    assert len(errors) == 1 and WINDOWS == [] and page.isVisible()


def test_smoke_without_a_file_still_paints_the_sample(cleanup):
    from app.gui import _initial_document

    doc = _initial_document(argparse.Namespace(file=None, smoke=True, read_only=False, sample=False))
    try:
        assert isinstance(doc, Document) and doc.title == "Phone purchase (sample)"
    finally:
        doc.close()
