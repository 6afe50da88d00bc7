"""Find matches everything the board shows: cards, stage names and descriptions, lane names,
emotion notes and metric labels; each match is highlighted, selected and scrolled into view clear
of the frozen headers, in board order. Keys go to the widget that has focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.models.refs import CardRef, EmotionRef, LaneRef, MetricRef, StageRef
from app.views.board import style as S
from app.views.board.find import FindMark, find_refs
from tests.test_window import open_window  # noqa: F401  (the real window, closed after each test)

J = "buy-phone"


@pytest.fixture
def window(open_window, doc):
    win = open_window(doc)
    win.resize(1280, 720)
    win.show()
    win.activateWindow()
    win.view.setFocus()
    QApplication.processEvents()
    return win


def search(window, text: str) -> str:
    """Ctrl+F, type ``text`` into whatever has focus; the find bar's count."""
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert QApplication.focusWidget() is window.find_bar.edit
    QTest.keyClicks(QApplication.focusWidget(), text)
    QApplication.processEvents()
    return window.find_bar.count.text()


def enter(window) -> str:
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()
    return window.find_bar.count.text()


def marked(view) -> set:
    """The refs whose items carry a find mark, or (cards) their highlight."""
    refs = set()
    for ref, item in view.board.refs.items():
        if isinstance(ref, CardRef) and item.highlight:
            refs.add(ref)
        elif any(isinstance(child, FindMark) for child in item.childItems()):
            refs.add(ref)
    return refs


def assert_clear_of_headers(view, ref) -> None:
    """The match is in the viewport and not under the frozen header row or column."""
    item = view.board.refs[ref]
    zoom = view.zoom
    shown = view.mapFromScene(item.mapToScene(item.shape().boundingRect())).boundingRect()
    port = view.viewport().rect()
    if isinstance(ref, StageRef):
        assert shown.left() >= S.LANE_HEADER_W * zoom - 1 and shown.left() < port.right()
    elif isinstance(ref, LaneRef):
        assert shown.top() >= S.STAGE_HEADER_H * zoom - 1 and shown.top() < port.bottom()
    else:
        assert shown.left() >= S.LANE_HEADER_W * zoom - 1, ref
        assert shown.top() >= S.STAGE_HEADER_H * zoom - 1, ref
        assert shown.intersects(port)


@pytest.mark.parametrize(
    ("needle", "expected"),
    [
        ("compare sites", StageRef(J, "compare")),  # a stage name
        ("hold the shortlisted", StageRef(J, "store")),  # a stage description
        ("backstage", LaneRef(J, "backstage")),  # a lane name
        ("overwhelmed by specs", None),  # an emotion note: an EmotionRef, found below
        ("target 45", MetricRef(J, "conversion", "store")),  # a metric label
    ],
)
def test_each_kind_is_found_highlighted_selected_and_revealed(window, doc, needle, expected):
    view = window.view
    view.set_zoom(2.0)
    count = search(window, needle)
    assert count.startswith("1 of "), count
    refs = view.finder.hits
    if expected is None:
        point = next(e for e in doc.journey(J).emotions if e.note == "Overwhelmed by specs")
        expected = EmotionRef(J, *point.key)
    assert expected in refs
    while view.board.selected_refs() != [expected]:
        enter(window)
    assert expected in marked(view)
    assert_clear_of_headers(view, expected)


def test_the_find_bar_shows_n_of_m_over_every_kind(window):
    view = window.view
    count = search(window, "s")  # matches many stages, lanes, cards and notes
    total = len(view.finder.hits)
    kinds = {type(ref) for ref in view.finder.hits}
    assert {CardRef, StageRef, LaneRef, EmotionRef} <= kinds
    assert count == f"1 of {total}"
    assert enter(window) == f"2 of {total}"
    assert marked(view) == set(view.finder.hits)


def test_matches_step_in_board_order(window, doc):
    view = window.view
    search(window, "a")
    layout = view.board.layout
    column = {sid: n for n, (sid, _x, _w) in enumerate(layout.columns)}
    order = []
    for _ in view.finder.hits:
        (ref,) = view.board.selected_refs()
        order.append(ref)
        enter(window)
    assert order == view.finder.hits  # stepping visits every match once, in the finder's order

    def place(ref):
        if isinstance(ref, LaneRef):
            return (-1, layout.row(ref.lane_id)[0])
        if isinstance(ref, StageRef):
            return (column[ref.stage_id], -1.0)
        if isinstance(ref, CardRef):
            card = doc.journey(J).card(ref.card_id)
            return (column[card.stage], layout.cards[card.id].y)
        return (column[ref.stage_id], view.board.refs[ref].pos().y())

    assert order == sorted(order, key=place)


def test_every_match_is_revealed_clear_of_the_frozen_headers(window):
    view = window.view
    view.set_zoom(1.5)
    count = search(window, "e")
    total = int(count.split(" of ")[1])
    assert total > 20
    for _ in range(total):
        (ref,) = view.board.selected_refs()
        assert_clear_of_headers(view, ref)
        enter(window)


def test_closing_the_bar_clears_every_mark(window):
    view = window.view
    search(window, "s")
    assert marked(view)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert marked(view) == set()
    assert not [it for it in view.board.items() if isinstance(it, FindMark)]


def test_a_hidden_curves_notes_are_not_found(scene, doc):
    point = next(e for e in doc.journey(J).emotions if e.note == "Overwhelmed by specs")
    ref = EmotionRef(J, *point.key)
    assert ref in find_refs(scene, "overwhelmed")
    scene.toggle_curve((point.lane, point.persona, point.variant))
    assert ref not in find_refs(scene, "overwhelmed")


def test_a_click_on_a_marked_header_still_selects_it(window, qtbot):
    view = window.view
    search(window, "backstage")
    lane = view.board.refs[LaneRef(J, "backstage")]
    view.board.clearSelection()
    center = view.mapFromScene(lane.sceneBoundingRect().center())
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, center)
    assert view.board.selected_refs() == [LaneRef(J, "backstage")]


def test_a_mark_follows_a_resized_stage(window, doc):
    from app.document import commands as C

    view = window.view
    search(window, "compare sites")
    header = view.board.refs[StageRef(J, "compare")]
    (mark,) = [child for child in header.childItems() if isinstance(child, FindMark)]
    view.board.push(lambda: C.Edit(doc, StageRef(J, "compare"), {"width": 400.0}))
    assert mark.rect.width() == pytest.approx(header.rect.width() - 4)
