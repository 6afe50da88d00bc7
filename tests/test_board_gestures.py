"""Tier 3: every board gesture driven through the real BoardView with qtbot.

Each test drives real mouse and key input into the view, then checks the document after the
gesture, after undo (exactly as before) and after redo, and that the gesture was one undo
step. Drops from the palette are covered elsewhere.
"""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.document import commands as C
from app.models.entities import Journey
from app.models.refs import CardRef, EmotionRef, LaneRef, MetricRef, StageRef
from app.views.board import style as S
from app.views.board.emotion_items import score_to_y, y_to_score
from app.views.board.header_items import RESIZE_GRIP
from app.views.board.layout import compute_layout, qrect
from tests.conftest import open_focused_board_view, snapshot

J = "buy-phone"
LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


# -- helpers ---------------------------------------------------------------------------------------


@pytest.fixture
def view(qtbot, doc):
    return open_focused_board_view(qtbot, doc, J)


def cell_ids(doc, lane: str, stage: str, journey: str = J) -> list[str]:
    return [c.id for c in doc.journey(journey).cards_in_cell(lane, stage)]


def item(view, ref) -> object:
    return view.board.refs[ref]


def show(view, *points: QPointF) -> None:
    """Scroll so that every scene point is inside the viewport."""
    xs = [p.x() for p in points]
    ys = [p.y() for p in points]
    view.centerOn(QPointF((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2))
    for p in points:
        assert view.viewport().rect().contains(view.mapFromScene(p)), p


def _send(view, kind: QEvent.Type, scene_pos: QPointF, button, buttons, mods) -> None:
    local = QPointF(view.mapFromScene(scene_pos))
    glob = QPointF(view.viewport().mapToGlobal(local.toPoint()))
    QApplication.sendEvent(view.viewport(), QMouseEvent(kind, local, glob, button, buttons, mods))


def drag(view, start: QPointF, end: QPointF, mods=NO_MOD, steps: int = 6) -> None:
    """Press at ``start``, move with the left button held, release at ``end`` (scene points)."""
    show(view, start, end)
    _send(view, QEvent.Type.MouseButtonPress, start, LEFT, LEFT, mods)
    for n in range(1, steps + 1):
        p = start + (end - start) * (n / steps)
        _send(view, QEvent.Type.MouseMove, p, Qt.MouseButton.NoButton, LEFT, mods)
    _send(view, QEvent.Type.MouseButtonRelease, end, LEFT, Qt.MouseButton.NoButton, mods)


def click(view, pos: QPointF, mods=NO_MOD) -> None:
    show(view, pos)
    QTest.mouseClick(view.viewport(), LEFT, mods, view.mapFromScene(pos))


def double_click(view, pos: QPointF) -> None:
    show(view, pos)
    QTest.mouseDClick(view.viewport(), LEFT, NO_MOD, view.mapFromScene(pos))


def key(view, k, mods=NO_MOD) -> None:
    QTest.keyClick(view, k, mods)


class Step:
    """Checks that what happens inside is exactly one undo step that undo/redo replay exactly."""

    def __init__(self, doc):
        self.doc = doc

    def __enter__(self):
        self.before = snapshot(self.doc.project)
        self.count = self.doc.undo_stack.count()
        return self

    def __exit__(self, *exc) -> None:
        if exc[0] is not None:
            return
        stack = self.doc.undo_stack
        self.after = snapshot(self.doc.project)
        assert self.after != self.before, "the gesture changed nothing"
        assert stack.count() == self.count + 1, "a gesture is exactly one undo step"
        stack.undo()
        assert snapshot(self.doc.project) == self.before
        stack.redo()
        assert snapshot(self.doc.project) == self.after


def assert_no_step(doc, before: dict, count: int) -> None:
    assert snapshot(doc.project) == before
    assert doc.undo_stack.count() == count


def items_match_layout(view) -> None:
    layout = compute_layout(view.board.journey())
    for cid, rect in layout.cards.items():
        assert item(view, CardRef(J, cid)).pos() == QPointF(rect.x, rect.y), cid
    # headers sit where the layout puts them, moved across their axis only to stay frozen in view
    frozen = view.frozen.offset
    for sid, x, _w in layout.columns:
        pos = item(view, StageRef(J, sid)).pos()
        assert pos.x() == x and pos.y() in (0, frozen.y()), sid
    for lid, y, _h in layout.rows:
        pos = item(view, LaneRef(J, lid)).pos()
        assert pos.y() == y and pos.x() in (0, frozen.x()), lid


# -- dragging cards ---------------------------------------------------------------------------------


def test_drag_card_to_another_cell(view, doc):
    card = item(view, CardRef(J, "do-search-1"))
    start = card.sceneBoundingRect().center()
    target = qrect(view.board.layout.cell_rect("thinking", "compare")).bottomLeft() + QPointF(60, -20)
    with Step(doc) as step:
        drag(view, start, target)
        assert cell_ids(doc, "doing", "search") == ["do-search-2"]
        assert cell_ids(doc, "thinking", "compare")[-1] == "do-search-1"
    assert doc.card(J, "do-search-1").lane == "thinking"
    doc.undo_stack.undo()
    assert cell_ids(doc, "doing", "search") == ["do-search-1", "do-search-2"]
    items_match_layout(view)
    doc.undo_stack.redo()
    assert snapshot(doc.project) == step.after
    items_match_layout(view)


def test_drag_card_reorders_within_its_cell(view, doc):
    first, second = item(view, CardRef(J, "do-search-1")), item(view, CardRef(J, "do-search-2"))
    start = first.sceneBoundingRect().center()
    below_second = QPointF(start.x(), second.sceneBoundingRect().bottom() - 2)
    with Step(doc):
        drag(view, start, below_second)
        assert cell_ids(doc, "doing", "search") == ["do-search-2", "do-search-1"]
    items_match_layout(view)
    # and back up to the top
    with Step(doc):
        drag(
            view,
            item(view, CardRef(J, "do-search-1")).sceneBoundingRect().center(),
            item(view, CardRef(J, "do-search-2")).sceneBoundingRect().topLeft() + QPointF(30, 2),
        )
        assert cell_ids(doc, "doing", "search") == ["do-search-1", "do-search-2"]


def test_card_dropped_where_it_was_or_clicked_makes_no_step(view, doc):
    before, count = snapshot(doc.project), doc.undo_stack.count()
    card = item(view, CardRef(J, "do-search-1"))
    start = card.sceneBoundingRect().center()
    drag(view, start, start + QPointF(3, 2))  # a jittery click
    click(view, start)
    assert_no_step(doc, before, count)
    items_match_layout(view)


def test_card_dropped_on_an_emotion_lane_snaps_back(view, doc):
    before, count = snapshot(doc.project), doc.undo_stack.count()
    card = item(view, CardRef(J, "do-search-1"))
    home = QPointF(card.pos())
    target = qrect(view.board.layout.cell_rect("feeling", "compare")).center()
    drag(view, card.sceneBoundingRect().center(), target)
    assert_no_step(doc, before, count)
    assert card.pos() == home


def test_ctrl_click_multi_select_and_drag_is_one_step(view, doc):
    a, b = item(view, CardRef(J, "do-search-1")), item(view, CardRef(J, "th-search-1"))
    click(view, a.sceneBoundingRect().center())
    click(view, b.sceneBoundingRect().center(), CTRL)
    assert set(view.board.selected_refs()) == {CardRef(J, "do-search-1"), CardRef(J, "th-search-1")}
    target = qrect(view.board.layout.cell_rect("doing", "store")).bottomLeft() + QPointF(60, -10)
    with Step(doc):
        drag(view, a.sceneBoundingRect().center(), target)
        assert cell_ids(doc, "doing", "store") == ["do-store-1", "do-store-2", "do-search-1", "th-search-1"]
    items_match_layout(view)


def test_rubber_band_selects_cards_and_their_drag_is_one_step(view, doc):
    layout = view.board.layout
    cell = qrect(layout.cell_rect("doing", "search"))
    # from empty space right of the cards in "compare", across the cards of "search"
    start = QPointF(cell.left() + 4, cell.top() + 4)
    end = QPointF(cell.right() - 4, cell.bottom() - 4)
    drag(view, start, end)
    assert sorted(view.board.selected_refs()) == [CardRef(J, "do-search-1"), CardRef(J, "do-search-2")]
    target = qrect(layout.cell_rect("thinking", "buy")).bottomLeft() + QPointF(60, -10)
    with Step(doc):
        drag(view, item(view, CardRef(J, "do-search-2")).sceneBoundingRect().center(), target)
        assert cell_ids(doc, "doing", "search") == []
        assert cell_ids(doc, "thinking", "buy") == ["th-buy-1", "th-buy-2", "do-search-1", "do-search-2"]
    items_match_layout(view)


# -- dragging headers ---------------------------------------------------------------------------------


def test_drag_stage_header_reorders_stages(view, doc):
    header = item(view, StageRef(J, "search"))
    start = header.sceneBoundingRect().center()
    compare_x, compare_w = view.board.layout.column("compare")
    target = QPointF(compare_x + compare_w * 0.75, start.y())
    with Step(doc):
        drag(view, start, target)
        assert [s.id for s in doc.journey(J).stages][:3] == ["compare", "search", "store"]
    items_match_layout(view)
    doc.undo_stack.undo()
    items_match_layout(view)
    assert [s.id for s in doc.journey(J).stages][:2] == ["search", "compare"]


def test_drag_stage_header_to_the_end_and_back(view, doc):
    header = item(view, StageRef(J, "store"))
    last_x, last_w = view.board.layout.column("advocate")
    with Step(doc):
        drag(view, header.sceneBoundingRect().center(), QPointF(last_x + last_w - 10, 30))
        assert [s.id for s in doc.journey(J).stages][-1] == "store"


def test_drag_lane_header_reorders_lanes(view, doc):
    header = item(view, LaneRef(J, "thinking"))
    start = header.sceneBoundingRect().center()
    doing_y, _h = view.board.layout.row("doing")
    with Step(doc):
        drag(view, start, QPointF(start.x(), doing_y + 5))
        assert [ln.id for ln in doc.journey(J).lanes][:2] == ["thinking", "doing"]
    items_match_layout(view)


def test_header_dropped_in_place_makes_no_step(view, doc):
    before, count = snapshot(doc.project), doc.undo_stack.count()
    header = item(view, LaneRef(J, "pain"))
    start = header.sceneBoundingRect().center()
    drag(view, start, start + QPointF(0, 8))
    assert_no_step(doc, before, count)
    assert header.pos() == header.home


def test_resize_stage_by_dragging_the_header_edge(view, doc):
    header = item(view, StageRef(J, "compare"))
    rect = header.sceneBoundingRect()
    grip = QPointF(rect.right() - RESIZE_GRIP / 2, rect.center().y())
    with Step(doc) as step:
        drag(view, grip, grip + QPointF(100, 0))
        assert doc.stage(J, "compare").width == pytest.approx(S.DEFAULT_STAGE_W + 100, abs=1.5)
    assert step.before["journeys"][0]["stages"][1].get("width") is None
    # the board follows: "store" starts where the wider "compare" ends
    x, w = view.board.layout.column("compare")
    assert view.board.layout.column("store")[0] == x + w
    items_match_layout(view)


def test_click_on_the_resize_edge_makes_no_step(view, doc):
    before, count = snapshot(doc.project), doc.undo_stack.count()
    rect = item(view, StageRef(J, "compare")).sceneBoundingRect()
    click(view, QPointF(rect.right() - 2, rect.center().y()))
    assert_no_step(doc, before, count)


# -- emotion points ------------------------------------------------------------------------------------


def _emotion(view, stage: str):
    return next(it for ref, it in view.board.refs.items() if isinstance(ref, EmotionRef) and ref.stage_id == stage)


def test_drag_emotion_point_snaps_to_half_steps(view, doc):
    point = _emotion(view, "search")
    key = point.point.key
    assert doc.emotion(J, key).score == 1
    start = point.scenePos()
    x0 = start.x()
    top, height = point.lane_top, point.lane_height
    target = QPointF(x0 + 30, score_to_y(-0.8, top, height))  # sideways too: only vertical counts
    with Step(doc):
        drag(view, start, target)
        assert doc.emotion(J, key).score == -1.0
    assert point.scenePos().x() == x0
    assert point.scenePos().y() == score_to_y(-1.0, top, height)


def test_drag_emotion_point_with_shift_is_free(view, doc):
    point = _emotion(view, "search")
    key = point.point.key
    top, height = point.lane_top, point.lane_height
    target_y = score_to_y(-0.8, top, height)
    with Step(doc):
        drag(view, point.scenePos(), QPointF(point.scenePos().x(), target_y), mods=SHIFT)
        assert doc.emotion(J, key).score == pytest.approx(y_to_score(target_y, top, height, snap=False), abs=0.05)
        assert doc.emotion(J, key).score not in (-1.0, -0.5)


def test_click_on_emotion_point_changes_nothing(view, doc):
    # a free (unsnapped) score survives a click
    point = _emotion(view, "compare")
    doc.push(C.SetEmotion(doc, J, point.point.model_copy(update={"score": 0.3})))
    before, count = snapshot(doc.project), doc.undo_stack.count()
    click(view, point.scenePos())
    assert_no_step(doc, before, count)
    assert point.score == 0.3


# -- editing in place ---------------------------------------------------------------------------------


def _type_and(view, text: str, finish, mods=NO_MOD) -> None:
    assert view.editor is not None
    QTest.keyClicks(view, text)
    key(view, finish, mods)


def test_double_click_card_edits_and_enter_commits(view, doc):
    card = item(view, CardRef(J, "do-search-1"))
    with Step(doc):
        double_click(view, card.sceneBoundingRect().center())
        _type_and(view, "Reads reviews", Qt.Key.Key_Return)
        assert view.editor is None
        assert doc.card(J, "do-search-1").text == "Reads reviews"
    assert doc.undo_stack.undoText() == "Edit Card"


def test_shift_enter_adds_a_line_in_a_card(view, doc):
    card = item(view, CardRef(J, "do-search-1"))
    with Step(doc):
        double_click(view, card.sceneBoundingRect().center())
        QTest.keyClicks(view, "first")
        key(view, Qt.Key.Key_Return, SHIFT)
        assert view.editor is not None
        _type_and(view, "second", Qt.Key.Key_Return)
        assert doc.card(J, "do-search-1").text == "first\nsecond"


def test_escape_cancels_an_edit(view, doc):
    before, count = snapshot(doc.project), doc.undo_stack.count()
    double_click(view, item(view, CardRef(J, "do-search-1")).sceneBoundingRect().center())
    _type_and(view, "never mind", Qt.Key.Key_Escape)
    assert view.editor is None
    assert_no_step(doc, before, count)
    # and the board takes keys again
    key(view, Qt.Key.Key_Right)
    assert view.current_cell == ("doing", "compare")


def test_enter_without_a_change_makes_no_step(view, doc):
    before, count = snapshot(doc.project), doc.undo_stack.count()
    click(view, item(view, CardRef(J, "do-search-1")).sceneBoundingRect().center())
    key(view, Qt.Key.Key_Return)
    assert view.editor is not None
    key(view, Qt.Key.Key_Return)
    assert_no_step(doc, before, count)


def test_double_click_stage_header_renames(view, doc):
    header = item(view, StageRef(J, "store"))
    with Step(doc):
        double_click(view, header.sceneBoundingRect().center())
        _type_and(view, "Shop", Qt.Key.Key_Enter)
        assert doc.stage(J, "store").name == "Shop"
    assert [s.id for s in doc.journey(J).stages][2] == "store"  # a rename, not a move


def test_double_click_lane_header_renames(view, doc):
    header = item(view, LaneRef(J, "pain"))
    with Step(doc):
        double_click(view, header.sceneBoundingRect().center())
        _type_and(view, "Frictions", Qt.Key.Key_Return)
        assert doc.lane(J, "pain").name == "Frictions"


def test_header_rename_to_blank_is_ignored(view, doc):
    before, count = snapshot(doc.project), doc.undo_stack.count()
    double_click(view, item(view, LaneRef(J, "pain")).sceneBoundingRect().center())
    _type_and(view, "   ", Qt.Key.Key_Return)
    assert_no_step(doc, before, count)


# -- delete, copy, cut, paste, duplicate ---------------------------------------------------------------


def test_delete_key_removes_selected_cards_in_one_step(view, doc):
    a, b = item(view, CardRef(J, "do-search-1")), item(view, CardRef(J, "do-compare-2"))
    click(view, a.sceneBoundingRect().center())
    click(view, b.sceneBoundingRect().center(), CTRL)
    with Step(doc):
        key(view, Qt.Key.Key_Delete)
        assert doc.journey(J).card("do-search-1") is None
        assert doc.journey(J).card("do-compare-2") is None
    assert CardRef(J, "do-search-1") not in view.board.refs
    doc.undo_stack.undo()
    assert CardRef(J, "do-search-1") in view.board.refs
    assert cell_ids(doc, "doing", "compare") == ["do-compare-1", "do-compare-2"]
    items_match_layout(view)


def test_copy_and_paste_into_the_current_cell(view, doc):
    click(view, item(view, CardRef(J, "do-search-1")).sceneBoundingRect().center())
    view.copy()
    assert QGuiApplication.clipboard().text() == doc.card(J, "do-search-1").text
    view.board.clearSelection()
    view.current_cell = None
    key(view, Qt.Key.Key_Down)  # first arrow: the first cell
    key(view, Qt.Key.Key_Right)  # doing · compare
    key(view, Qt.Key.Key_Down)  # thinking · compare
    assert view.current_cell == ("thinking", "compare")
    with Step(doc):
        view.paste()
        new = cell_ids(doc, "thinking", "compare")
        assert len(new) == 3
        pasted = doc.card(J, new[-1])
        original = doc.card(J, "do-search-1")
        assert pasted.id != original.id
        assert pasted.text == original.text and pasted.tags == original.tags
        assert view.board.selected_refs() == [CardRef(J, new[-1])]


def test_cut_then_paste_are_one_step_each(view, doc):
    click(view, item(view, CardRef(J, "do-search-1")).sceneBoundingRect().center())
    click(view, item(view, CardRef(J, "do-search-2")).sceneBoundingRect().center(), CTRL)
    with Step(doc):
        view.cut()
        assert cell_ids(doc, "doing", "search") == []
    click(view, item(view, CardRef(J, "do-buy-1")).sceneBoundingRect().center())
    with Step(doc):
        view.paste()
        texts = [doc.card(J, cid).text for cid in cell_ids(doc, "doing", "buy")]
        assert texts[-2:] == ["Searches 'best camera phone under 500'", "Asks a friend which phone she uses"]


def test_paste_into_another_journey(view, doc):
    other = Journey(
        id="renew",
        name="Renew contract",
        stages=copy.deepcopy(doc.journey(J).stages[:2]),
        lanes=copy.deepcopy(doc.journey(J).lanes[:2]),
    )
    doc.push(C.add_journey(doc, other))
    click(view, item(view, CardRef(J, "th-compare-1")).sceneBoundingRect().center())
    view.copy()
    text = doc.card(J, "th-compare-1").text
    view.show_journey("renew")
    assert not [ref for ref in view.board.refs if isinstance(ref, CardRef)]
    key(view, Qt.Key.Key_Right)  # first arrow: the first cell
    key(view, Qt.Key.Key_Right)  # doing · compare
    with Step(doc):
        view.paste()
        cards = doc.journey("renew").cards
        assert [(c.lane, c.stage, c.text) for c in cards] == [("doing", "compare", text)]
        assert cards[0].id not in {c.id for c in doc.journey(J).cards}
    assert len(doc.journey(J).cards) == 75


def test_paste_plain_text_makes_a_card_per_line(view, doc):
    QGuiApplication.clipboard().setText("Call the shop\n\n  Compare prices  \nAsk a friend\n")
    click(view, item(view, CardRef(J, "pp-compare-1")).sceneBoundingRect().center())
    with Step(doc):
        view.paste()
        texts = [doc.card(J, cid).text for cid in cell_ids(doc, "pain", "compare")]
        assert texts[-3:] == ["Call the shop", "Compare prices", "Ask a friend"]
        assert len(texts) == 5
    assert doc.undo_stack.undoText() == "Paste 3 Cards"


def test_paste_into_an_emotion_lane_is_refused(view, doc, qtbot):
    QGuiApplication.clipboard().setText("one")
    before, count = snapshot(doc.project), doc.undo_stack.count()
    view.current_cell = ("feeling", "store")
    with qtbot.waitSignal(view.message, timeout=1000):
        view.paste()
    assert_no_step(doc, before, count)


def test_duplicate_puts_each_copy_after_its_original(view, doc):
    click(view, item(view, CardRef(J, "do-search-1")).sceneBoundingRect().center())
    click(view, item(view, CardRef(J, "do-search-2")).sceneBoundingRect().center(), CTRL)
    with Step(doc):
        view.duplicate()
        ids = cell_ids(doc, "doing", "search")
        assert len(ids) == 4
        texts = [doc.card(J, cid).text for cid in ids]
        first, second = doc.card(J, "do-search-1").text, doc.card(J, "do-search-2").text
        assert texts == [first, first, second, second]
        assert ids[0] == "do-search-1" and ids[2] == "do-search-2"
        assert sorted(view.board.selected_refs()) == sorted(CardRef(J, ids[n]) for n in (1, 3))


# -- keyboard navigation ---------------------------------------------------------------------------


def test_arrows_move_between_cells_and_select_what_is_there(view, doc):
    key(view, Qt.Key.Key_Right)
    assert view.current_cell == ("doing", "search")
    assert view.board.selected_refs() == [CardRef(J, "do-search-1")]
    key(view, Qt.Key.Key_Right)
    assert view.current_cell == ("doing", "compare")
    assert view.board.selected_refs() == [CardRef(J, "do-compare-1")]
    key(view, Qt.Key.Key_Down)
    key(view, Qt.Key.Key_Down)
    assert view.current_cell == ("feeling", "compare")
    assert isinstance(view.board.selected_refs()[0], EmotionRef)
    key(view, Qt.Key.Key_Up)
    key(view, Qt.Key.Key_Up)
    key(view, Qt.Key.Key_Up)  # stops at the top
    key(view, Qt.Key.Key_Left)
    key(view, Qt.Key.Key_Left)  # stops at the left
    assert view.current_cell == ("doing", "search")
    for _ in range(20):
        key(view, Qt.Key.Key_Down)
    assert view.current_cell == ("csat", "search")
    assert view.board.selected_refs() == [MetricRef(J, "csat", "search")]


def test_arrows_start_from_the_clicked_card(view, doc):
    click(view, item(view, CardRef(J, "bs-buy-1")).sceneBoundingRect().center())
    key(view, Qt.Key.Key_Up)
    assert view.current_cell == ("touchpoints", "buy")
    assert view.board.selected_refs()[0].card_id == cell_ids(doc, "touchpoints", "buy")[0]


def test_enter_edits_the_selected_card(view, doc):
    key(view, Qt.Key.Key_Right)
    with Step(doc):
        key(view, Qt.Key.Key_Return)
        _type_and(view, "Typed on the keyboard", Qt.Key.Key_Return)
        assert doc.card(J, "do-search-1").text == "Typed on the keyboard"


def test_tab_goes_to_the_next_card(view, doc):
    click(view, item(view, CardRef(J, "do-search-1")).sceneBoundingRect().center())
    key(view, Qt.Key.Key_Tab)
    assert view.board.selected_refs() == [CardRef(J, "do-search-2")]
    key(view, Qt.Key.Key_Tab)
    assert view.board.selected_refs()[0].card_id == cell_ids(doc, "thinking", "search")[0]
    key(view, Qt.Key.Key_Backtab, SHIFT)
    assert view.board.selected_refs() == [CardRef(J, "do-search-2")]
    assert view.hasFocus()  # Tab does not leave the board


# -- find -----------------------------------------------------------------------------------------


def test_find_highlights_and_steps_through_matches(view, doc):
    needle = "phone"
    expected = [
        c.id
        for c in doc.journey(J).cards
        if needle in c.text.casefold() or any(needle in t for t in c.tags) or (c.channel and needle in c.channel)
    ]
    assert len(expected) >= 3
    position, count = view.find(needle)
    # headers, notes and metrics match too (tests/test_find.py); here the cards among the matches
    assert position == 1 and count >= len(expected)
    highlighted = {ref.card_id for ref, it in view.board.refs.items() if isinstance(ref, CardRef) and it.highlight}
    assert highlighted == set(expected)
    found = [view.board.selected_refs()[0]]
    for n in range(2, count + 1):
        assert view.find(needle) == (n, count)
        found.append(view.board.selected_refs()[0])
        assert (
            view.viewport()
            .rect()
            .intersects(view.mapFromScene(item(view, found[-1]).sceneBoundingRect()).boundingRect())
        )
    seen = [ref.card_id for ref in found if isinstance(ref, CardRef)]
    assert sorted(seen) == sorted(expected)
    layout = view.board.layout
    assert seen == sorted(seen, key=lambda cid: (layout.cards[cid].x, layout.cards[cid].y))
    assert view.find(needle) == (1, count)  # wraps around
    assert view.find(needle, backward=True) == (count, count)
    view.clear_find()
    assert not any(it.highlight for ref, it in view.board.refs.items() if isinstance(ref, CardRef))
    assert view.find("no such words anywhere") == (0, 0)


def test_multi_drag_into_the_cell_some_came_from(view, doc):
    a, b = item(view, CardRef(J, "do-compare-2")), item(view, CardRef(J, "th-compare-1"))
    click(view, a.sceneBoundingRect().center())
    click(view, b.sceneBoundingRect().center(), CTRL)
    top = qrect(view.board.layout.cell_rect("doing", "compare")).topLeft() + QPointF(60, 4)
    with Step(doc):
        drag(view, a.sceneBoundingRect().center(), top)
        assert cell_ids(doc, "doing", "compare") == ["do-compare-2", "th-compare-1", "do-compare-1"]
        assert cell_ids(doc, "thinking", "compare") == ["th-compare-2"]
    items_match_layout(view)
