"""Emotion curves managed on the board (issue 14, item 6; the score labels of item 10): the
legend's active curve, the "Curves ▾" menu, new points on the active curve, one name for the
no-persona curve on the board, in the PDF and in the workbook, and distinct colours."""

from __future__ import annotations

import subprocess

import openpyxl
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainterPathStroker
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from app import theme as T
from app.document import commands as C
from app.models.entities import EmotionPoint, Journey, Stage
from app.models.map_layout import score_to_y
from app.models.refs import EmotionRef, JourneyRef, LaneRef, PersonaRef
from app.views.board import curve_picker
from app.views.board.curve_picker import curve_menu
from app.views.board.emotion_items import EmotionPointItem, smooth_path
from app.views.board.header_items import LEGEND_ROW, LEGEND_TOP
from app.views.board.layout import qrect
from app.views.palette import Palette
from tests.conftest import open_focused_board_view, snapshot

J, LANE = "buy-phone", "feeling"
LEFT, NO_MOD = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


@pytest.fixture
def view(qtbot, doc):
    return open_focused_board_view(qtbot, doc, J)


def journey(doc) -> Journey:
    return doc.journey(J)


def points_of(doc, persona: str | None, variant: str = "as_is") -> dict[str, float]:
    return {p.stage: p.score for p in journey(doc).emotions if p.persona == persona and p.variant == variant}


def legend(view):
    return view.board.refs[LaneRef(J, LANE)].legend


def action(menu: QMenu, text: str):
    """The action called ``text`` in ``menu`` or one of its submenus."""
    for act in menu.actions():
        if act.text() == text:
            return act
        if act.menu() is not None:
            found = action(act.menu(), text)
            if found is not None:
                return found
    return None


def submenu(menu: QMenu, title: str) -> QMenu:
    return next(a.menu() for a in menu.actions() if a.menu() is not None and a.text() == title)


def drop_emotion(view, pos: QPointF):
    mime = Palette().mime_data("emotion")
    from app.views.board.palette_drops import PALETTE_MIME

    return view.drop_palette_entry(bytes(mime.data(PALETTE_MIME)).decode("utf-8"), pos)


def click_scene(view, pos: QPointF, double: bool = False) -> None:
    view.centerOn(pos)
    local = view.mapFromScene(pos)
    assert view.viewport().rect().contains(local)
    (QTest.mouseDClick if double else QTest.mouseClick)(view.viewport(), LEFT, NO_MOD, local)


def add_stage(doc, stage_id: str = "aftercare") -> None:
    doc.push(C.add_stage(doc, J, Stage(id=stage_id, name="Aftercare")))


# -- the active curve -------------------------------------------------------------------------


def test_clicking_a_legend_name_makes_that_curve_active_and_the_palette_drop_follows(view, doc):
    doc.push(C.Edit(doc, JourneyRef(J), {"persona_ids": ["anna", "marco"]}))
    doc.push(C.SetEmotion(doc, J, EmotionPoint(lane=LANE, stage="buy", score=1, persona="marco")))
    entries = legend(view)
    assert [e.label for e in entries] == ["Anna Berg · as-is", "Anna Berg · to-be", "Marco Rossi · as-is"]
    assert [e.active for e in entries] == [True, False, False]  # the lane's first curve until one is picked
    header = view.board.refs[LaneRef(J, LANE)]
    steps = doc.undo_stack.count()
    click_scene(view, header.scenePos() + QPointF(90, LEGEND_TOP + 2 * LEGEND_ROW + 6))  # on Marco's name
    assert [e.active for e in legend(view)] == [False, False, True]
    assert doc.undo_stack.count() == steps  # picking a curve is view state, not an edit

    before = snapshot(doc.project)
    rect = qrect(view.board.layout.cell_rect(LANE, "search"))
    ref = drop_emotion(view, QPointF(rect.center().x(), rect.top() + 8))
    assert isinstance(ref, EmotionRef) and (ref.persona_id, ref.variant) == ("marco", "as_is")
    assert points_of(doc, "marco") == {"buy": 1, "search": 2}
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()
    assert snapshot(doc.project) == before


def test_an_added_curve_is_active_and_empty_until_its_first_point(view, doc):
    menu = curve_menu(view.board, LANE)
    steps = doc.undo_stack.count()
    action(submenu(menu, "Add curve"), "Marco Rossi · to-be").trigger()
    assert doc.undo_stack.count() == steps and not doc.modified  # nothing in the map yet
    entry = next(e for e in legend(view) if e.active)
    assert entry.label == "Marco Rossi · to-be (empty)" and entry.dashed
    rect = qrect(view.board.layout.cell_rect(LANE, "buy"))
    ref = drop_emotion(view, rect.center())
    assert (ref.persona_id, ref.variant) == ("marco", "to_be")
    assert points_of(doc, "marco", "to_be") == {"buy": 0}
    assert "Marco Rossi · to-be" in [e.label for e in legend(view)]
    assert doc.undo_stack.count() == steps + 1


def test_a_drop_with_no_persona_at_all_goes_to_the_no_persona_curve(view, doc):
    doc.push(C.Edit(doc, JourneyRef(J), {"persona_ids": []}))
    for point in list(journey(doc).emotions):
        doc.push(C.Remove(doc, EmotionRef(J, *point.key)))
    rect = qrect(view.board.layout.cell_rect(LANE, "buy"))
    ref = drop_emotion(view, rect.center())
    assert ref.persona_id is None
    assert [e.label for e in legend(view)] == ["No persona · as-is"]


# -- double-click in the lane ------------------------------------------------------------------


def test_double_click_in_the_lane_adds_a_point_scored_from_the_height(view, doc):
    add_stage(doc)
    layout = view.board.layout
    x = qrect(layout.cell_rect(LANE, "aftercare")).center().x()
    top, height = layout.row(LANE)
    before = snapshot(doc.project)
    steps = doc.undo_stack.count()
    click_scene(view, QPointF(x, score_to_y(-1.1, top, height)), double=True)
    assert points_of(doc, "anna")["aftercare"] == -1.0  # snapped to 0.5
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()
    assert snapshot(doc.project) == before


def test_double_click_above_a_face_moves_the_active_curves_point_there(view, doc):
    layout = view.board.layout
    x = qrect(layout.cell_rect(LANE, "support")).center().x()
    top, height = layout.row(LANE)
    old = points_of(doc, "anna")["support"]
    target = 2.0 if old < 1 else -2.0
    click_scene(view, QPointF(x + 40, score_to_y(target, top, height)), double=True)
    assert points_of(doc, "anna")["support"] == target
    assert EmotionPoint.model_fields["note"]  # the note stays: the point is changed, not replaced
    doc.undo_stack.undo()
    assert points_of(doc, "anna")["support"] == old


# -- reassign and delete ---------------------------------------------------------------------


def _unassigned(doc) -> None:
    """Two points added before any persona was chosen: the no-persona curve."""
    add_stage(doc)
    for stage, score in (("aftercare", -1.0), ("learn", 0.5)):
        doc.push(C.SetEmotion(doc, J, EmotionPoint(lane=LANE, stage=stage, score=score, note=f"n {stage}")))


def test_reassigning_a_curve_is_one_undo_step(view, doc):
    _unassigned(doc)
    view.board.choose_curve((LANE, None, "as_is"))
    assert next(e for e in legend(view) if e.active).label == "No persona · as-is"
    menu = curve_menu(view.board, LANE)
    moves = submenu(menu, "Reassign No persona · as-is to")
    clash = action(moves, "Anna Berg · as-is (has points at the same stages)")
    assert clash is not None and not clash.isEnabled()  # it would have to drop a score
    before = snapshot(doc.project)
    steps = doc.undo_stack.count()
    action(moves, "Marco Rossi · to-be").trigger()
    assert points_of(doc, None) == {}
    assert points_of(doc, "marco", "to_be") == {"aftercare": -1.0, "learn": 0.5}
    assert {p.note for p in journey(doc).emotions if p.persona == "marco"} == {"n aftercare", "n learn"}
    assert doc.undo_stack.count() == steps + 1
    assert doc.undo_stack.undoText().startswith("Reassign No persona · as-is")
    assert next(e for e in legend(view) if e.active).label == "Marco Rossi · to-be"
    after = snapshot(doc.project)
    doc.undo_stack.undo()
    assert snapshot(doc.project) == before
    doc.undo_stack.redo()
    assert snapshot(doc.project) == after


def test_deleting_a_curve_is_one_undo_step(view, doc):
    before = snapshot(doc.project)
    view.board.choose_curve((LANE, "anna", "to_be"))
    menu = curve_menu(view.board, LANE)
    action(menu, "Delete Anna Berg · to-be").trigger()
    assert points_of(doc, "anna", "to_be") == {} and len(points_of(doc, "anna")) == 7
    assert [e.label for e in legend(view)] == ["Anna Berg · as-is"]
    doc.undo_stack.undo()
    assert snapshot(doc.project) == before
    assert len(legend(view)) == 2


def test_hide_from_the_menu_and_the_swatch_is_view_state(view, doc):
    header = view.board.refs[LaneRef(J, LANE)]
    click_scene(view, header.scenePos() + QPointF(24, LEGEND_TOP + LEGEND_ROW + 6))  # Anna to-be's swatch
    assert legend(view)[1].hidden and not legend(view)[1].active
    assert doc.undo_stack.count() == 0 and not doc.modified


def test_the_curves_control_opens_the_menu(view, doc, monkeypatch):
    shown = []
    monkeypatch.setattr(curve_picker, "show_menu", lambda menu, _pos: shown.append([a.text() for a in menu.actions()]))
    header = view.board.refs[LaneRef(J, LANE)]
    box = header.curve_menu_box()
    click_scene(view, header.scenePos() + box.center())
    assert shown and "Add curve" in shown[0] and "Reassign Anna Berg · as-is to" in shown[0]


# -- one name, distinct colours ---------------------------------------------------------------


needs_poppler = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="poppler-utils missing"
)


@needs_poppler
def test_the_no_persona_curve_has_one_name_on_board_pdf_and_workbook(view, doc, tmp_path):
    from app.exporters.pdf import PdfOptions, export_pdf
    from app.exporters.xlsx import XlsxOptions, export_xlsx

    _unassigned(doc)
    board_name = legend(view)[0].label
    assert board_name == "No persona · as-is"
    pdf = tmp_path / "map.pdf"
    export_pdf(doc.project, pdf, PdfOptions(journey_id=J))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert board_name in text and "Curve · as-is" not in text and "Customer" not in text
    book = tmp_path / "map.xlsx"
    export_xlsx(doc.project, book, XlsxOptions())
    rows = list(openpyxl.load_workbook(book)["Emotions"].iter_rows(values_only=True))
    named = [f"{r[0]} · {r[1]}" for r in rows if r[1] in ("as-is", "to-be") and r[0] != "Anna Berg"]
    assert named == [board_name]


def test_a_workbook_row_for_no_persona_reads_back_with_either_spelling():
    from app.importers.xlsx.merge import NO_PERSONA_SPELLINGS

    assert "No persona".casefold() in NO_PERSONA_SPELLINGS and "—" in NO_PERSONA_SPELLINGS


def test_the_no_persona_curve_and_two_personas_have_distinct_colours(view, doc):
    _unassigned(doc)
    # Marco left at the default colour, the same as Anna's
    doc.push(C.Edit(doc, PersonaRef("marco"), {"color": doc.persona("anna").color}))
    doc.push(C.SetEmotion(doc, J, EmotionPoint(lane=LANE, stage="buy", score=1, persona="marco")))
    colours = {(e.key[1], e.key[2]): e.color for e in legend(view)}
    assert colours[(None, "as_is")] != colours[("anna", "as_is")] != colours[("marco", "as_is")]
    assert colours[(None, "as_is")] != QColor(T.PERSONA_COLORS[0]) and colours[(None, "as_is")] != QColor(T.SELECTION)
    curve_colours = {c.name() for c, _d, _p in view.board._curves[LANE].curves}
    assert len(curve_colours) == 3  # no persona, Anna (as-is and to-be share hers), Marco
    from app.exporters.pdf.layout import MapLayout  # noqa: F401  (the PDF takes the same palette)
    from app.exporters.pdf.map_drawing import _curve_colour

    class Lay:
        personas = doc.project.personas

    assert _curve_colour(Lay, "marco").hexval() != _curve_colour(Lay, "anna").hexval()
    assert _curve_colour(Lay, None).hexval() != _curve_colour(Lay, "anna").hexval()


# -- score labels (item 10) ---------------------------------------------------------------------


def test_score_labels_lie_clear_of_their_curve(view, doc):
    board = view.board
    groups = board._emotion_groups[LANE]
    checked = 0
    for items in groups.values():
        line = smooth_path([it.pos() for it in items])
        stroke = QPainterPathStroker()
        stroke.setWidth(3.0)
        band = stroke.createStroke(line)
        for it in items:
            assert isinstance(it, EmotionPointItem)
            rect = it.mapRectToScene(it.label_rect(with_note=True))  # the score and its note
            assert not band.intersects(rect), (it.point.stage, it.score)
            for other in board._emotion_groups[LANE].values():  # nor on another face
                for face in other:
                    same = face.pos() == it.pos()  # as-is and to-be with one score at one stage
                    assert same or not face.mapToScene(face.shape()).intersects(rect)
            checked += 1
    assert checked == 14


def test_the_pdf_places_score_labels_by_the_same_rule_clear_of_the_curves():
    from app.exporters.pdf import map_drawing as M
    from app.exporters.pdf.layout import layout_journey
    from app.models import score_labels as SL
    from app.models.library import sample_project

    project = sample_project()
    lay = layout_journey(project.journeys[0])
    lay.personas = project.personas
    li = next(i for i, ln in enumerate(lay.journey.lanes) if ln.id == LANE)
    curves = M._curves(lay, li)
    index = {s.id: i for i, s in enumerate(lay.journey.stages)}
    boxes = M._score_labels(lay, li, curves, index)
    assert len(boxes) == 14
    for points in curves.values():
        xy = [(M._middle(lay, index[p.stage]), M._score_y(lay, li, p.score)) for p in points]
        line = SL._polyline(xy, 0, len(xy) - 1)
        for b in boxes.values():
            assert not any(SL._crosses(a, z, b) for a, z in zip(line, line[1:], strict=False))


def test_the_inspector_names_a_point_by_its_curve(view, doc, qtbot):
    from app.views.inspector import Inspector

    inspector = Inspector(doc, view)
    qtbot.addWidget(inspector)
    _unassigned(doc)
    view.board.select_refs([EmotionRef(J, LANE, "learn", None, "as_is")])
    assert inspector.subtitle.text().startswith("No persona · as-is  ·  ")
