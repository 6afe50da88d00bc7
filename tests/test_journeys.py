"""Journeys: the sidebar panel's actions (each one undoable command), single-journey export and
import (personas merged by id), and the main window showing the selected journey."""

from __future__ import annotations

import json

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QMessageBox

from app.document import commands as C
from app.document.document import Document
from app.models import journey_io
from app.models.entities import Persona
from app.models.errors import DocumentRuleError
from app.models.refs import CardRef, JourneyRef, PersonaRef
from app.views import journeys_panel as P
from app.views.journeys_panel import JourneysPanel
from app.views.told_for_dialog import ToldForDialog
from tests.conftest import snapshot


@pytest.fixture
def panel(doc, qtbot):
    widget = JourneysPanel(doc)
    qtbot.addWidget(widget)
    widget.resize(280, 400)
    return widget


class Log(list):
    pass


@pytest.fixture
def questions(monkeypatch):
    log = Log()
    log.answer = QMessageBox.StandardButton.Yes

    def record(kind):
        def ask(parent, title, text, *args, **kwargs):
            log.append((kind, title, text))
            return log.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return ask

    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return log


def undo_redo(doc, before: dict) -> dict:
    """Undo the last step (the project is exactly ``before``), redo it; the state after redo."""
    after = snapshot(doc.project)
    doc.undo_stack.undo()
    assert snapshot(doc.project) == before
    doc.undo_stack.redo()
    assert snapshot(doc.project) == after
    return after


def ids(doc) -> list[str]:
    return [j.id for j in doc.project.journeys]


def add_second_journey(doc) -> str:
    """A second journey (a copy of the sample's under another id), after the first."""
    second = doc.journey("buy-phone").model_copy(update={"id": "return-phone", "name": "Return a phone"}, deep=True)
    doc.push(C.add_journey(doc, second))
    doc.undo_stack.clear()
    return second.id


# -- the list mirrors the document ------------------------------------------------------------------


def test_panel_lists_journeys_with_their_personas(doc, panel):
    assert panel.count() == 1 and panel.journey_ids() == ["buy-phone"]
    item = panel.item_for("buy-phone")
    assert item.text() == "Buy a new phone"
    assert item.data(P.PERSONAS) == [("Anna Berg", "#4F7FD8")]
    assert "Told for: Anna Berg" in item.toolTip()
    assert panel.current_id() == "buy-phone"
    panel.show()
    panel.list.viewport().grab()  # paints through the delegate without error


def test_panel_follows_undo_and_redo(doc, panel):
    add_second_journey(doc)
    assert panel.journey_ids() == ["buy-phone", "return-phone"]
    doc.push(C.Edit(doc, JourneyRef("return-phone"), {"name": "Give back"}))
    assert panel.item_for("return-phone").text() == "Give back"
    doc.undo_stack.undo()
    assert panel.item_for("return-phone").text() == "Return a phone"
    doc.push(C.Edit(doc, PersonaRef("anna"), {"name": "Annabel", "color": "#112233"}))
    assert panel.item_for("buy-phone").data(P.PERSONAS) == [("Annabel", "#112233")]


# -- add, rename, duplicate, delete, reorder --------------------------------------------------------


def test_new_journey(doc, panel, qtbot):
    before = snapshot(doc.project)
    with qtbot.waitSignal(panel.journey_selected) as shown:
        panel.action("new").trigger()
    new_id = shown.args[0]
    assert ids(doc) == ["buy-phone", new_id] and panel.current_id() == new_id
    journey = doc.journey(new_id)
    assert journey.name == "New journey" and len(journey.stages) == 3 and len(journey.lanes) == 6
    assert not journey.cards and doc.undo_stack.undoText() == "New Journey"
    undo_redo(doc, before)
    assert panel.current_id() == new_id
    panel.action("new").trigger()
    assert doc.project.journeys[-1].name == "New journey 2"


def test_undoing_new_journey_moves_selection_to_a_neighbour(doc, panel):
    panel.action("new").trigger()
    doc.undo_stack.undo()
    assert panel.journey_ids() == ["buy-phone"] and panel.current_id() == "buy-phone"


def test_rename_in_place_with_f2(doc, panel, qtbot):
    panel.show()
    qtbot.waitExposed(panel)
    before = snapshot(doc.project)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_F2)
    editor = panel.list.viewport().findChild(QLineEdit) or panel.list.findChild(QLineEdit)
    assert editor is not None and editor.text() == "Buy a new phone"
    editor.setText("  Buy a phone online ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: doc.journey("buy-phone").name == "Buy a phone online")
    assert panel.item_for("buy-phone").text() == "Buy a phone online"
    assert doc.undo_stack.undoText() == "Rename Journey"
    undo_redo(doc, before)
    assert panel.item_for("buy-phone").text() == "Buy a phone online"


def test_rename_refuses_empty_and_too_long_names(doc, panel, questions):
    count = doc.undo_stack.count()
    assert not panel.rename("buy-phone", "   ")
    assert not panel.rename("buy-phone", "Buy a new phone")
    assert not panel.rename("buy-phone", "x" * 201)
    assert questions and "200" in questions[-1][2]
    assert doc.undo_stack.count() == count and doc.journey("buy-phone").name == "Buy a new phone"


def test_duplicate_is_a_deep_copy_with_a_fresh_id(doc, panel):
    add_second_journey(doc)
    panel.select("buy-phone")
    before = snapshot(doc.project)
    panel.action("duplicate").trigger()
    first, copy_id, second = ids(doc)
    assert (first, second) == ("buy-phone", "return-phone") and copy_id not in ("buy-phone", "return-phone")
    original, copy = doc.journey("buy-phone"), doc.journey(copy_id)
    assert copy.name == "Buy a new phone (copy)" and panel.current_id() == copy_id
    assert copy.model_dump(exclude={"id", "name"}) == original.model_dump(exclude={"id", "name"})
    assert doc.undo_stack.undoText() == "Duplicate Journey"
    after = undo_redo(doc, before)
    # the copy is its own: editing it leaves the original alone
    card = copy.cards[0]
    doc.push(C.Edit(doc, CardRef(copy_id, card.id), {"text": "changed"}))
    assert doc.journey("buy-phone").card(card.id).text == card.text
    doc.undo_stack.undo()
    assert snapshot(doc.project) == after


def test_delete_with_content_asks_and_undo_restores_exactly(doc, panel, questions):
    add_second_journey(doc)
    panel.select("buy-phone")
    before = snapshot(doc.project)
    questions.answer = QMessageBox.StandardButton.Cancel
    panel.action("delete").trigger()
    assert questions[-1][0] == "question" and "75 cards" in questions[-1][2]
    assert snapshot(doc.project) == before and doc.undo_stack.count() == 0

    questions.answer = QMessageBox.StandardButton.Yes
    panel.action("delete").trigger()
    assert ids(doc) == ["return-phone"] and panel.current_id() == "return-phone"
    assert doc.undo_stack.undoText() == "Delete Journey"
    undo_redo(doc, before)
    doc.undo_stack.undo()
    assert snapshot(doc.project) == before and panel.journey_ids() == ["buy-phone", "return-phone"]
    assert panel.current_id() == "buy-phone"  # the restored journey is shown again


def test_delete_of_an_empty_journey_does_not_ask(doc, panel, questions):
    panel.action("new").trigger()
    questions.clear()
    panel.action("delete").trigger()
    assert not questions and ids(doc) == ["buy-phone"] and panel.current_id() == "buy-phone"


def test_deleting_the_last_journey_empties_the_selection(doc, panel, qtbot, questions):
    with qtbot.waitSignal(panel.journey_selected) as shown:
        panel.action("delete").trigger()
    assert shown.args == [""] and panel.count() == 0 and panel.current_id() is None
    assert not panel.action("delete").isEnabled() and not panel.action("export").isEnabled()
    doc.undo_stack.undo()
    assert panel.current_id() == "buy-phone"


def test_delete_key_in_the_list_deletes_the_journey(doc, panel, qtbot, questions):
    panel.action("new").trigger()
    panel.show()
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert ids(doc) == ["buy-phone"]


def test_move_up_and_down(doc, panel):
    add_second_journey(doc)
    panel.select("return-phone")
    assert panel.action("move_up").isEnabled() and not panel.action("move_down").isEnabled()
    before = snapshot(doc.project)
    panel.action("move_up").trigger()
    assert ids(doc) == ["return-phone", "buy-phone"] == panel.journey_ids()
    assert panel.current_id() == "return-phone" and doc.undo_stack.undoText() == "Move Journey"
    undo_redo(doc, before)
    panel.action("move_down").trigger()
    assert ids(doc) == ["buy-phone", "return-phone"]
    assert snapshot(doc.project) == before


class SourcedDrop(QDropEvent):
    """A drop as if dragged from ``source`` (a synthetic event has no drag source)."""

    def __init__(self, source, pos: QPointF):
        mime = QMimeData()
        super().__init__(pos, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        self._source = source

    def source(self):
        return self._source


def test_drag_to_reorder_is_one_move(doc, panel, qtbot):
    add_second_journey(doc)
    third = doc.journey("buy-phone").model_copy(update={"id": "third", "name": "Third"})
    doc.push(C.add_journey(doc, third))
    panel.show()
    qtbot.waitExposed(panel)
    before = snapshot(doc.project)
    panel.select("buy-phone")
    last = panel.list.visualItemRect(panel.item_for("third"))
    drop = SourcedDrop(panel.list, QPointF(last.center().x(), last.bottom() - 2))
    panel.list.dropEvent(drop)
    qtbot.waitUntil(lambda: ids(doc) == ["return-phone", "third", "buy-phone"])
    assert panel.journey_ids() == ids(doc) and panel.current_id() == "buy-phone"
    undo_redo(doc, before)
    # a drop from elsewhere is not a reorder
    foreign = SourcedDrop(None, QPointF(last.center()))
    panel.list.dropEvent(foreign)
    qtbot.wait(10)
    assert ids(doc) == ["return-phone", "third", "buy-phone"]


# -- told for -------------------------------------------------------------------------------------


def test_told_for_edits_the_journeys_personas(doc, panel, monkeypatch):
    before = snapshot(doc.project)
    choices = {"marco": True}

    def exec_(dialog):
        names = [dialog.list.item(r).text() for r in range(dialog.list.count())]
        assert [n.split(" — ")[0] for n in names] == ["Anna Berg", "Marco Rossi"]
        for pid, on in choices.items():
            dialog.set_checked(pid, on)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ToldForDialog, "exec", exec_)
    panel.action("told_for").trigger()
    assert doc.journey("buy-phone").persona_ids == ["anna", "marco"]
    assert [name for name, _ in panel.item_for("buy-phone").data(P.PERSONAS)] == ["Anna Berg", "Marco Rossi"]
    assert doc.undo_stack.undoText() == "Change Journey Personas"
    after = undo_redo(doc, before)

    choices = {"anna": False}
    panel.action("told_for").trigger()
    assert doc.journey("buy-phone").persona_ids == ["marco"]
    undo_redo(doc, after)

    count = doc.undo_stack.count()
    choices = {}
    panel.action("told_for").trigger()  # nothing changed: no undo step
    assert doc.undo_stack.count() == count


def test_told_for_dialog_keeps_the_journeys_order(doc, qtbot):
    doc.push(C.Edit(doc, JourneyRef("buy-phone"), {"persona_ids": ["marco", "anna"]}))
    dialog = ToldForDialog(doc, "buy-phone")
    qtbot.addWidget(dialog)
    checked = [dialog.list.item(r).checkState() == Qt.CheckState.Checked for r in range(dialog.list.count())]
    assert checked == [True, True]
    assert dialog.chosen() == ["marco", "anna"]
    dialog.set_checked("marco", False)
    assert dialog.chosen() == ["anna"]


def test_told_for_cancelled_changes_nothing(doc, panel, monkeypatch):
    monkeypatch.setattr(ToldForDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    before = snapshot(doc.project)
    panel.action("told_for").trigger()
    assert snapshot(doc.project) == before and doc.undo_stack.count() == 0


# -- one journey as JSON ----------------------------------------------------------------------------


def test_journey_document_holds_the_journey_and_its_personas(sample_project):
    project = sample_project.model_copy(deep=True)
    data = journey_io.journey_document(project, "buy-phone")
    assert data["format"] == "waymark/1"
    assert [j["id"] for j in data["journeys"]] == ["buy-phone"]
    assert [p["id"] for p in data["personas"]] == ["anna"]  # marco is not used by the journey
    # a persona only drawn as an emotion curve is used too
    project.journeys[0].persona_ids.clear()
    data = journey_io.journey_document(project, "buy-phone")
    assert [p["id"] for p in data["personas"]] == ["anna"]


def test_import_needs_one_journey_or_its_id(sample_project):
    data = journey_io.journey_document(sample_project, "buy-phone")
    second = dict(data["journeys"][0], id="other")
    two = dict(data, journeys=[data["journeys"][0], second])
    with pytest.raises(journey_io.JourneyImportError, match="holds 2 journeys"):
        journey_io.import_journey(sample_project, two)
    journey, personas, warnings = journey_io.import_journey(sample_project, two, "other")
    assert journey.id == "other" and personas == [] and warnings == []
    with pytest.raises(journey_io.JourneyImportError, match="no journey to import"):
        journey_io.import_journey(sample_project, dict(data, journeys=[]))
    assert journey_io.fresh_journey_id("a", {"a", "a-2"}) == "a-3"
    assert len(journey_io.fresh_journey_id("x" * 100, {"x" * 100})) == 100


@pytest.fixture
def other_doc(qapp):
    """A second project: its own Anna (same id, other details) and a journey whose id collides."""
    from app.models.library import load_template

    project = load_template("blank").model_copy(deep=True)
    project.personas.append(Persona(id="anna", name="Anna (ours)", color="#00AA00"))
    journey = project.journeys[0].model_copy(update={"id": "buy-phone", "name": "Our buying journey"})
    project.journeys = [journey]
    document = Document.new(project)
    yield document
    document.close()


def test_export_then_import_into_another_project(doc, panel, other_doc, qtbot, tmp_path, monkeypatch):
    doc.push(C.Edit(doc, JourneyRef("buy-phone"), {"persona_ids": ["anna", "marco"]}))
    path = tmp_path / "journey.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "journey"), ""))
    assert panel.action("export").isEnabled()
    panel.action("export").trigger()
    written = json.loads(path.read_text(encoding="utf-8"))
    assert [p["id"] for p in written["personas"]] == ["anna", "marco"]
    assert [j["id"] for j in written["journeys"]] == ["buy-phone"]
    assert not list(tmp_path.glob(".~waymark-*"))  # written atomically, no temporary left

    target = JourneysPanel(other_doc)
    qtbot.addWidget(target)
    before = snapshot(other_doc.project)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(target.message) as said:
        target.action("import").trigger()
    journeys = other_doc.project.journeys
    assert [j.id for j in journeys] == ["buy-phone", "buy-phone-2"]
    imported = journeys[1]
    assert imported.name == "Buy a new phone" and len(imported.cards) == 75
    assert imported.persona_ids == ["anna", "marco"]
    assert [(p.id, p.name) for p in other_doc.project.personas] == [("anna", "Anna (ours)"), ("marco", "Marco Rossi")]
    assert target.current_id() == "buy-phone-2"
    assert "1 persona added" in said.args[0] and "buy-phone-2" in said.args[0]
    assert other_doc.undo_stack.count() == 1 and other_doc.undo_stack.undoText() == "Import Journey"
    undo_redo(other_doc, before)
    other_doc.undo_stack.undo()
    assert snapshot(other_doc.project) == before and target.journey_ids() == ["buy-phone"]


def test_import_keeps_a_free_journey_id(doc, panel, tmp_path):
    data = journey_io.journey_document(doc.project, "buy-phone")
    data["journeys"][0]["id"] = "fresh-one"
    path = tmp_path / "one.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert panel.import_journey_file(path) == "fresh-one"
    assert [p.id for p in doc.project.personas] == ["anna", "marco"]  # anna merged, not doubled


@pytest.mark.parametrize(
    "content, expected",
    [
        ("{not json", "not valid JSON"),
        ("", "the file is empty"),
        ('{"format": "waymark/9", "project": {"name": "x"}}', "format"),
        ("rule", "journeys[0].cards[3].lane: no lane 'zz'"),
    ],
)
def test_import_of_a_bad_file_says_why_and_changes_nothing(
    doc, panel, tmp_path, questions, sample_data, content, expected
):
    if content == "rule":
        sample_data["journeys"][0]["cards"][3]["lane"] = "zz"
        content = json.dumps(sample_data)
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    before = snapshot(doc.project)
    assert panel.import_journey_file(path) is None
    kind, title, text = questions[-1]
    assert kind == "warning" and title == "Journey not imported"
    assert "bad.json" in text and expected in text
    assert snapshot(doc.project) == before and doc.undo_stack.count() == 0


def test_import_reports_unknown_fields_as_warnings(sample_project):
    data = journey_io.journey_document(sample_project, "buy-phone")
    data["journeys"][0]["swimlane_theme"] = "dark"
    journey, personas, warnings = journey_io.import_journey(sample_project.model_copy(update={"journeys": []}), data)
    assert journey.id == "buy-phone" and personas == []
    assert warnings == ["journeys[0].swimlane_theme: unknown field ignored"]
    with pytest.raises(DocumentRuleError):
        journey_io.import_journey(sample_project, {"format": "waymark/1"})


# -- in the main window -----------------------------------------------------------------------------


@pytest.fixture
def window(doc, monkeypatch):
    from app.views.main_window import WINDOWS, MainWindow

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    made = MainWindow(doc)
    yield made
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    for w in [made, *WINDOWS]:
        if shiboken6.isValid(w):
            w.close()


def test_window_shows_the_selected_journey(window, doc):
    assert window.view.journey_id == "buy-phone"
    window.action("journey_new").trigger()
    new_id = ids(doc)[-1]
    assert window.view.journey_id == new_id and window.counts_label.text() == "3 stages · 6 lanes · 0 cards"
    window.journeys.select("buy-phone")
    assert window.view.journey_id == "buy-phone"
    window.journeys.select(new_id)
    window.action("journey_delete").trigger()
    assert window.view.journey_id == "buy-phone"
    doc.undo_stack.undo()
    assert window.view.journey_id == new_id


def test_window_menus_offer_every_journey_and_persona_action(window):
    board_actions = {window.action("add_stage"), window.action("add_lane")}  # the board's (test_capture.py)
    texts = [a.text() for a in window.journey_menu.actions() if not a.isSeparator() and a not in board_actions]
    assert texts == [
        "&New Journey",
        "New Journey from &Template…",
        "D&uplicate Journey",
        "&Rename Journey",
        "Told &For…",
        "&Ownership…",
        "Mark Re&viewed Today",
        "Move &Up",
        "Move Do&wn",
        "&Import Journey…",
        "&Export Journey…",
        "Save Journey as Te&mplate…",
        "&Delete Journey",
        "Ta&ke Snapshot…",
        "Com&pare…",
        "Next C&hange",
        "Previous Chan&ge",
        "End &Compare",
    ]
    persona_texts = [a.text() for a in window.persona_menu.actions()]
    assert persona_texts == ["&Manage Personas…", "&New Persona…"]


def test_edit_delete_with_the_journey_list_focused_deletes_the_journey(window, doc, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.action("journey_new").trigger()
    window.journeys.list.setFocus()
    qtbot.waitUntil(lambda: window.journeys.list.hasFocus())
    cards = len(doc.journey("buy-phone").cards)
    window.action("delete").trigger()
    assert ids(doc) == ["buy-phone"] and len(doc.journey("buy-phone").cards) == cards


# -- the other dialogs, reached from the panel and the window ------------------------------------


def test_new_journey_from_template_is_one_step_and_merges_personas(doc, panel, monkeypatch):
    from app.models import library
    from app.views import template_picker

    monkeypatch.setattr(template_picker, "pick_template", lambda *a, **k: "marketing-funnel")
    assert panel.action("new_from_template").isEnabled()
    before = snapshot(doc.project)
    panel.action("new_from_template").trigger()
    new_id = panel.current_id()
    assert new_id not in ("buy-phone", None) and ids(doc) == ["buy-phone", new_id]
    expected, _ = library.journey_from_template("marketing-funnel", {"buy-phone"})
    assert [s.name for s in doc.journey(new_id).stages] == [s.name for s in expected.stages]
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "New Journey from Template"
    undo_redo(doc, before)
    monkeypatch.setattr(template_picker, "pick_template", lambda *a, **k: None)
    panel.action("new_from_template").trigger()  # cancelled
    assert doc.undo_stack.count() == 1


def test_save_journey_as_template(doc, panel, monkeypatch, qtbot):
    from PySide6.QtWidgets import QInputDialog

    from app.models import library

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("My buying journey", True))
    with qtbot.waitSignal(panel.message):
        panel.action("save_template").trigger()
    names = dict(library.list_templates(include_user=True))
    template_id = next(t for t, name in names.items() if name == "My buying journey")
    project = library.load_template(template_id)
    assert [s.id for s in project.journeys[0].stages] == [s.id for s in doc.journey("buy-phone").stages]
    assert doc.undo_stack.count() == 0  # the project is not changed


def test_persona_menu_opens_the_gallery_and_the_editor(window, monkeypatch):
    from app.views.persona_editor import PersonaEditor
    from app.views.persona_gallery import PersonaGallery

    assert window.action("manage_personas").isEnabled() and window.action("new_persona").isEnabled()
    window.action("manage_personas").trigger()
    gallery = window.personas.gallery
    assert isinstance(gallery, PersonaGallery) and gallery.isVisible() and not gallery.isModal()
    window.action("manage_personas").trigger()
    assert window.personas.gallery is gallery  # one gallery per window
    opened = []
    monkeypatch.setattr(PersonaEditor, "exec", lambda self: opened.append(self.persona_id) or 0)
    window.action("new_persona").trigger()
    assert opened == [None]
    gallery.close()


def test_delete_key_in_the_list_beats_the_windows_delete_shortcut(window, doc, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.action("journey_new").trigger()
    new_id = ids(doc)[-1]
    window.journeys.list.setFocus()
    qtbot.waitUntil(lambda: window.journeys.list.hasFocus())
    cards = len(doc.journey("buy-phone").cards)
    qtbot.keyClick(window.journeys.list, Qt.Key.Key_Delete)
    assert new_id not in ids(doc) and len(doc.journey("buy-phone").cards) == cards
