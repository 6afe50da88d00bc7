"""Issue 14, item 10: the smaller defects of the window (Told For dialog, journey menu,
insertion marker, palette scroll bar)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMenu

from app.document import commands as C
from app.models.entities import Persona
from app.views.journeys_panel import JourneysPanel
from app.views.told_for_dialog import ToldForDialog

LONG_NAME = "Dr. Maximiliane Wolkenstein-Oberhausen, head of patient logistics for the northern wards"


def _add_long_persona(doc) -> None:
    doc.push(C.add_persona(doc, Persona(id="long", name=LONG_NAME, role="Ward manager and night-shift lead")))


# -- d. the Told For dialog --------------------------------------------------------------------


def test_told_for_reads_as_a_sentence_and_names_the_journey(doc, qtbot):
    doc.push(C.Edit(doc, _journey_ref(), {"name": "Clinic visit – Ward 4"}))
    dialog = ToldForDialog(doc, "buy-phone")
    qtbot.addWidget(dialog)
    text = dialog.heading.text()
    assert "Personas this journey is told for:" in text and "Clinic visit – Ward 4" in text
    assert "is told for:" not in text.replace("this journey is told for:", "")
    assert "Clinic visit – Ward 4" in dialog.windowTitle()


def test_told_for_is_roomy_and_never_scrolls_sideways(doc, qtbot):
    _add_long_persona(doc)
    dialog = ToldForDialog(doc, "buy-phone")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert dialog.width() >= 420 and dialog.height() >= 300
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    assert dialog.list.horizontalScrollBar().maximum() == 0
    viewport = dialog.list.viewport().rect()
    long_item = next(dialog.list.item(r) for r in range(dialog.list.count()) if LONG_NAME in dialog.list.item(r).text())
    rect = dialog.list.visualItemRect(long_item)
    assert rect.right() <= viewport.right() + 1
    assert rect.height() > dialog.list.fontMetrics().height() * 1.5  # wrapped onto lines, not cut
    assert LONG_NAME in long_item.toolTip()


def test_told_for_fits_a_small_screen(doc, qtbot, monkeypatch):
    from PySide6.QtCore import QRect

    _add_long_persona(doc)
    monkeypatch.setattr(ToldForDialog, "_room", lambda self: QRect(0, 0, 1280, 720))
    dialog = ToldForDialog(doc, "buy-phone")
    qtbot.addWidget(dialog)
    assert dialog.width() <= 1280 and dialog.height() <= 720 - 60


def _journey_ref():
    from app.models.refs import JourneyRef

    return JourneyRef("buy-phone")


# -- e. Delete Journey away from harmless entries --------------------------------------------------


def test_delete_journey_comes_last_after_a_separator(doc, qtbot):
    panel = JourneysPanel(doc)
    qtbot.addWidget(panel)
    menu = panel.build_menu(QMenu())
    actions = menu.actions()
    delete = panel.actions_by_name["delete"]
    assert actions[-1] is delete and actions[-2].isSeparator()
    told_for = actions.index(panel.actions_by_name["told_for"])
    assert actions[told_for + 1] is not delete and actions.count(delete) == 1
