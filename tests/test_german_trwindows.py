"""The window area in German: menus, dialogs, messages and errors of app/views/*.py.

A widget text still equal to an English source of resources/translations/de/windows.ts whose
German differs was set before the catalogue was asked (a module-level constant, a string built
around the lookup): that is what the walks below catch. Other areas' widgets are left out, so
this test says only what the window area owes.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))


WINDOWS_TS = REPO / "resources" / "translations" / "de" / "windows.ts"


def _english_with_other_german() -> set[str]:
    """The English sources of the window area whose German is a different text (mnemonics dropped)."""
    found = set()
    for message in ET.parse(WINDOWS_TS).getroot().iter("message"):
        source, german = message.findtext("source") or "", message.findtext("translation") or ""
        if german and _plain(german) != _plain(source) and "{" not in source:
            found.add(_plain(source))
    return found


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


@pytest.fixture
def window(german, qtbot, doc, monkeypatch):
    from app.views.main_window import WINDOWS, MainWindow

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    made = MainWindow(doc)
    made.resize(1280, 720)
    made.show()
    qtbot.waitExposed(made)
    yield made
    if shiboken6.isValid(made):
        made.close()
    WINDOWS.clear()


def _menu_texts(menu: QMenu) -> list[str]:
    texts = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        texts += [action.text(), action.toolTip()]
        sub = action.menu()
        if isinstance(sub, QMenu):
            texts += [sub.title(), *_menu_texts(sub)]
    return texts


def _widget_texts(root: QWidget) -> list[str]:
    """Every visible word of ``root`` and its children: titles, labels, buttons, actions, placeholders."""
    texts = [root.windowTitle(), root.toolTip(), root.accessibleName()]
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts += [widget.text(), widget.toolTip(), widget.accessibleName()]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts += [widget.placeholderText(), widget.accessibleName()]
        texts += [widget.toolTip()]
        for action in widget.actions():
            texts += [action.text(), action.toolTip()]
    return texts


def _still_english(texts: list[str]) -> list[str]:
    english = _english_with_other_german()
    return sorted({text for text in texts if text and _plain(text) in english})


def _assert_unique_mnemonics(dialog: QWidget) -> None:
    """Alt+letter reaches one control: the shown buttons and the labels with a buddy."""
    texts = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    texts += [lb.text() for lb in dialog.findChildren(QLabel) if lb.buddy() is not None and lb.isVisibleTo(dialog)]
    letters = [m for m in map(_mnemonic, texts) if m]
    assert len(letters) == len(set(letters)), f"{type(dialog).__name__}: {texts}"


def _mnemonic(text: str) -> str | None:
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def test_the_menu_bar_is_german_with_unique_mnemonics(window):
    titles = [action.text() for action in window.menuBar().actions()]
    for wanted in ("&Datei", "&Bearbeiten", "&Ansicht", "&Journey", "A&nalyse", "&Personas", "&Workshop", "&Hilfe"):
        assert wanted in titles
    letters = [_mnemonic(t) for t in titles]
    assert len(letters) == len(set(letters)), titles
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        if menu in (window.workshop_menu, window.analytics_menu):
            continue  # filled by the workshop area (app/views/workshop, app/views/analytics)
        menu.aboutToShow.emit()  # Open Recent fills itself when shown
        keys = [_mnemonic(a.text()) for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        taken = [k for k in keys if k]
        assert len(taken) == len(set(taken)), f"{top.text()}: {[a.text() for a in menu.actions()]}"
    file_menu = window.menuBar().actions()[0].menu()
    assert [a.text() for a in file_menu.actions() if not a.isSeparator()][:3] == [
        "&Neu",
        "Ö&ffnen …",
        "Zu&letzt geöffnet",
    ]
    assert window.action("save_as").text() == "Speichern &unter …"
    assert window.action("export_pdf").toolTip().startswith("Die Journeys als PDF speichern")


def test_no_window_text_of_the_area_is_still_english(window):
    texts = [window.windowTitle()]
    for top in window.menuBar().actions():
        texts += [top.text(), *_menu_texts(top.menu())]
    texts += [a.text() for a in window.toolbar.actions()] + [window.toolbar.windowTitle()]
    for dock in (window.journeys_dock, window.palette_dock, window.inspector_dock, window.results_dock):
        texts.append(dock.windowTitle())
    window.find_bar.open()
    texts += _widget_texts(window.find_bar) + _widget_texts(window.journeys.toolbar)
    texts += [window.counts_label.text(), window.zoom_label.toolTip(), window.statusBar().currentMessage()]
    assert not _still_english(texts)
    assert window.windowTitle() == f"{window.doc.title}[*] – Waymark"
    assert window.counts_label.text().endswith("Karten") and "Phasen" in window.counts_label.text()
    assert window.journeys_dock.windowTitle() == "Journeys" and window.inspector_dock.windowTitle() == "Inspektor"


def test_the_dialogs_of_the_area_are_german(window, qtbot, doc):
    from app.models.session import Orphan
    from app.views.pdf_export_dialog import PdfExportDialog
    from app.views.persona_editor import PersonaEditor
    from app.views.persona_gallery import PersonaGallery
    from app.views.project_properties import ProjectPropertiesDialog
    from app.views.recovery_dialog import RecoveryDialog
    from app.views.shortcuts_dialog import ShortcutsDialog
    from app.views.start_page import StartPage
    from app.views.template_picker import TemplatePicker
    from app.views.told_for_dialog import ToldForDialog
    from app.views.workbook_export_dialog import WorkbookExportDialog

    orphan = Orphan("lost", {"title": "Lost"})
    dialogs = [
        StartPage(),
        PdfExportDialog(doc, "buy-phone", window),
        WorkbookExportDialog(doc, "buy-phone", window),
        ProjectPropertiesDialog(doc, window),
        PersonaGallery(doc, window),
        PersonaEditor(doc, None, window),
        PersonaEditor(doc, doc.project.personas[0].id, window),
        TemplatePicker(window),
        ShortcutsDialog(window),
        RecoveryDialog([orphan], window),
        ToldForDialog(doc, "buy-phone", window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert not _still_english(_widget_texts(dialog)), type(dialog).__name__
        _assert_unique_mnemonics(dialog)
    for export in dialogs[1:3]:  # after an export, Open and Show in Folder join the buttons
        export.open_button.setVisible(True)
        export.folder_button.setVisible(True)
        _assert_unique_mnemonics(export)
    start, pdf, workbook = dialogs[0], dialogs[1], dialogs[2]
    assert start.sample_button.text() == "&Beispielprojekt öffnen"
    assert pdf.windowTitle() == "PDF exportieren" and pdf.export_button.text() == "&Exportieren"
    assert [pdf.orientation_box.itemText(i) for i in range(2)] == ["Querformat", "Hochformat"]
    assert workbook.windowTitle() == "Arbeitsmappe exportieren"
    editor = dialogs[5]
    assert editor.windowTitle() == "Neue Persona" and editor.ok_button.text() == "Persona anlegen"
    # Qt's own words (qtbase_de.qm): the standard buttons of the dialogs
    buttons = dialogs[3].findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    # F1: the window's actions and groups come in German
    rows = {(row.group, row.action) for row in dialogs[8].rows}
    assert ("Datei", "Speichern") in rows and ("Bearbeiten", "Rückgängig") in rows
    assert dialogs[8].tree.headerItem().text(0) == "Aktion"
    picker = dialogs[7]  # the list is as wide as its longest German line (it had a fixed English width)
    for row in range(picker.list.count()):
        item = picker.list.item(row)
        metrics = QFontMetrics(item.font())
        widest = max(metrics.horizontalAdvance(line) for line in item.text().splitlines())
        assert widest + 20 <= picker.list.viewport().width(), item.text()


def test_messages_and_errors_of_the_area_are_german(german, tmp_path, doc):
    from app.models.errors import WaymarkError
    from app.views import photos
    from app.views.export_dialog import ExportDialog
    from app.views.journeys_panel import _content_words

    empty = tmp_path / "leer.png"
    empty.write_bytes(b"")
    with pytest.raises(WaymarkError) as refused:
        photos.photo_from_file(empty)
    assert str(refused.value) == "leer.png ist kein Bild, das Waymark lesen kann (die Datei ist leer)"
    assert photos.image_file_filter().startswith("Bilder (")
    assert _content_words(doc.journey("buy-phone")).split(", ")[0].endswith("Karten")
    assert ExportDialog.title_text == "Export file"  # the source; shown translated


def test_status_and_journey_panel_words_are_german(window, qtbot):
    panel = window.journeys
    assert panel.action("new").text() == "&Neue Journey"
    new_id = panel.new_journey()
    assert new_id is not None and window.doc.journey(new_id).name == "Neue Journey"
    assert window.doc.undo_stack.undoText() == "Neue Journey"
    assert window.action("undo").text() == "&Rückgängig Neue Journey"
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Escape)
    assert "Journey" in panel.list.currentItem().toolTip()
    assert isinstance(window.action("find"), QAction) and window.action("find").text() == "&Suchen …"


def test_the_workbook_import_preview_is_german(german, qtbot):
    from app.importers.xlsx.plan import Change, ChangeKind, FieldChange, ImportPlan, Problem
    from app.views.workbook_import_dialog import ImportPreviewDialog

    plan = ImportPlan(
        workbook="workshop.xlsx",
        journeys=["buy-phone"],
        changes=[
            Change(ChangeKind.ADD, "buy-phone", "Cards!E7", "New card", (FieldChange("text", "", "Hello"),)),
            Change(ChangeKind.REMOVE, "buy-phone", "", "Old card", (FieldChange("text", "Bye", ""),)),
        ],
        problems=[Problem("Cards!F9", "not a number")],
    )
    dialog = ImportPreviewDialog(plan, {"buy-phone": "Ein Handy kaufen"})
    qtbot.addWidget(dialog)
    dialog.show()
    assert not _still_english(_widget_texts(dialog))
    assert dialog.windowTitle() == "Arbeitsmappe importieren – workshop.xlsx"
    assert dialog.import_button.text() == "1 Änderung &importieren"  # the removal starts unticked
    groups = [dialog.tree.topLevelItem(n).text(0) for n in range(dialog.tree.topLevelItemCount())]
    assert groups == ["Neue Karten (1)", "Entfernt – Karten ohne Zeile in der Arbeitsmappe (1)"]
    assert dialog.problems_label.text().startswith("<b>1 Problem</b> – Zellen")
    intro = dialog.findChildren(QLabel)[0].text()
    assert "würde 2 Änderungen an „Ein Handy kaufen“ vornehmen" in intro and "1 Karte hat keine Zeile" in intro
