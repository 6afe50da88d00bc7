"""The board area in German: the board's menus, the texts drawn in the scene, the palette and the
inspector look their words up when they are shown, and the board's errors come out German.

The widget walk compares every visible text with the English sources of the board's catalogue:
a text equal to an English source whose German differs was never looked up (a constant shown
as it is, or a text made at import, before the language was installed).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QListWidget, QMenu, QWidget

from app.models.analytics_values import MEASURE_NAMES
from app.models.curves import NO_PERSONA_NAME, VARIANT_LABELS
from app.models.refs import CardRef, LaneRef, StageRef
from app.views.board import context_menus
from app.views.board import model_words as W
from app.views.board.view import BoardView
from app.views.board_keys import BOARD_KEYS, KeyPlace
from app.views.inspector import Inspector
from app.views.palette import Palette

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

import translations  # noqa: E402

JID = "buy-phone"
BOARD_TS = translations.CATALOGUES / "de" / "board.ts"


def board_catalogue() -> dict[str, set[str]]:
    """English source -> its German translations, over the board's .ts."""
    found: dict[str, set[str]] = {}
    for message in ET.parse(BOARD_TS).getroot().iter("message"):
        source, german = message.findtext("source") or "", message.findtext("translation") or ""
        found.setdefault(source, set()).add(german)
    return found


def plain(text: str) -> str:
    """A menu text without its mnemonic and shortcut column, as the catalogue's source has it."""
    return text.split("\t")[0]


def untranslated(texts: list[str]) -> list[str]:
    catalogue = board_catalogue()
    return [t for t in texts if t and t in catalogue and t not in catalogue[t]]


@pytest.fixture
def view(doc, qtbot, german):
    board_view = BoardView(doc)
    qtbot.addWidget(board_view)
    board_view.resize(1280, 720)
    board_view.show_journey(JID)
    return board_view


def widget_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for label in root.findChildren(QLabel):
        texts.append(label.text())
    for button in root.findChildren(QAbstractButton):
        texts += [button.text(), button.toolTip()]
    for box in root.findChildren(QGroupBox):
        texts.append(box.title())
    for widget in root.findChildren(QWidget):
        texts.append(widget.toolTip())
        placeholder = getattr(widget, "placeholderText", None)
        if callable(placeholder):
            texts.append(placeholder())
    for lst in root.findChildren(QListWidget):
        for n in range(lst.count()):
            texts += [lst.item(n).text(), lst.item(n).toolTip()]
    return [t for t in texts if t]


def menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts.append(plain(action.text()))
        if action.menu() is not None:
            texts += menu_texts(action.menu())
    return texts


def test_the_boards_copies_of_model_words_match_the_models():
    """model_words keeps marked copies of the models' English; they must not drift apart."""
    assert W.MEASURE_TITLES == MEASURE_NAMES
    assert W.VARIANT_TITLES == VARIANT_LABELS
    assert W.NO_PERSONA_TITLE == NO_PERSONA_NAME


def test_the_board_catalogue_is_german_in_places(german):
    assert W.measure_title(next(iter(MEASURE_NAMES))) == "Fälle, die die Phase erreichen"
    assert W.curve_title(None, "to_be") == "Keine Persona · Soll"
    assert KeyPlace.PRESENTING.title == "Während der Präsentation"
    pan = next(k for k in BOARD_KEYS if k.action == "pan")
    assert pan.description == "verschieben" and pan.shown_keys[0] == "Leertaste+Ziehen"
    assert pan.keys[0] == "Space+drag"  # the README's English stays what tests compare


def test_context_menus_are_german(view, doc):
    journey = doc.journey(JID)
    card = journey.cards[0]
    menus = [
        context_menus.build_menu(view, CardRef(JID, card.id)),
        context_menus.build_menu(view, StageRef(JID, journey.stages[0].id)),
        context_menus.build_menu(view, LaneRef(JID, journey.lanes[0].id)),
        context_menus.build_menu(view, (card.lane, card.stage)),
    ]
    texts = [t for menu in menus if menu is not None for t in menu_texts(menu)]
    assert "&Bearbeiten" in texts and "Bele&g" in texts and "Ebene &oberhalb einfügen" in texts
    assert "Karten-Ebene" in texts and "Gelb" in texts
    assert untranslated(texts) == []
    for menu in menus:  # mnemonics stay unique within each German menu
        keys = [t.split("&")[1][0].lower() for t in (plain(a.text()) for a in menu.actions()) if "&" in t]
        assert len(keys) == len(set(keys)), keys


def test_undo_names_and_new_names_are_german(view, doc):
    journey = doc.journey(JID)
    view.board.select_refs([CardRef(JID, c.id) for c in journey.cards[:2]])
    view.duplicate()
    assert doc.undo_stack.undoText() == "2 Karten duplizieren"
    from app.views.board.grid_inserts import insert_stage

    made = insert_stage(view.board, 0)
    assert made is not None and doc.journey(JID).stage(made.stage_id).name == "Neue Phase"


def test_the_palette_and_inspector_show_no_english(view, doc, qtbot):
    palette = Palette()
    qtbot.addWidget(palette)
    inspector = Inspector(doc, view)
    qtbot.addWidget(inspector)
    inspector.resize(320, 700)
    inspector.show()
    texts = widget_texts(palette) + widget_texts(inspector)
    assert "Auf das Board ziehen" in texts and "STRUKTUR" in texts and "Ebene Pain Points" in texts
    journey = doc.journey(JID)
    for ref in (
        CardRef(JID, journey.cards[0].id),
        StageRef(JID, journey.stages[0].id),
        LaneRef(JID, journey.lanes[0].id),
    ):
        view.board.select_refs([ref])
        inspector.refresh()
        shown = widget_texts(inspector)
        assert untranslated(shown) == [], ref
        texts += shown
    assert "Beschreibung" in texts and "Phase 1 von" in " ".join(texts)
    assert untranslated(texts) == []


def test_the_scene_draws_german(view, doc):
    """Heat lines, the flow lane's words, the analysed lane's badge, a lane header's kind."""
    from app.document import commands as C
    from app.models.entities import Lane, LaneKind, Measure

    from .test_analytics_board import analyse

    board = view.board
    doc.push(C.add_lane(doc, JID, Lane(id="flows", name="Flows", kind=LaneKind.FLOW), 1))
    assert board.flows.items["flows"].message.startswith("Analysieren Sie ein Ereignisprotokoll")
    doc.push(C.add_lane(doc, JID, Lane(id="reach", name="R", kind=LaneKind.METRIC, measure=Measure.REACHED), 2))
    analyse(doc)
    heat = board.refs[StageRef(JID, "search")].heat
    assert heat is not None and heat.line == "1.000 erreicht · 20 % Abbruch"
    assert "Abbruch: 200 Fälle enden hier" in heat.tooltip
    nobody = board.refs[StageRef(JID, "advocate")].heat
    assert nobody is not None and nobody.line == "niemand erreicht diese Phase"
    flows = board.flows.items["flows"]
    drawn = [label.static.text() for _pen, _rect, label in flows._labels]
    assert "↷ vorwärts" in drawn and any(t.startswith("↶ zurück") for t in drawn)
    assert any("(zurück, gegen die Reihenfolge der Map)" in r.tooltip for r in flows.ribbons)
    header = board.refs[LaneRef(JID, "reach")]
    assert header.analysed is not None and header.analysed.tooltip.startswith("Fälle, die die Phase erreichen – ")
    assert header.analysed.file == "checkout.csv"


def test_image_export_errors_are_german(tmp_path, sample_project, german):
    from app.views.board.image_export import ImageExportError, export_journey

    with pytest.raises(ImageExportError, match="Ein Bild wird als .png oder .svg gespeichert"):
        export_journey(sample_project, None, tmp_path / "x.gif")
    with pytest.raises(ImageExportError, match="keine Journey „nope“ in das Projekt"):
        export_journey(sample_project, "nope", tmp_path / "x.png")
