"""The stage header row and the lane header column stay in view, as a spreadsheet's do.

Every test scrolls the real BoardView (scroll bars, zoom, find) and then looks at where the header
items are drawn in the viewport; clicks and drags go to the viewport at the frozen header's place,
so they reach whatever the user would hit there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.models.refs import CardRef, LaneRef, StageRef
from app.views.board import style as S
from app.views.board.header_items import RESIZE_GRIP
from tests.conftest import open_focused_board_view

J = "buy-phone"
LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def view(qtbot, doc):
    board = open_focused_board_view(qtbot, doc, J)
    board.resize(900, 600)  # smaller than the sample's board at 100 %: it scrolls both ways
    QApplication.processEvents()
    return board


def header(view, ref):
    return view.board.refs[ref]


def on_screen(view, item) -> tuple[float, float]:
    """Where ``item``'s top-left corner is drawn, in viewport pixels."""
    point = view.mapFromScene(item.sceneBoundingRect().topLeft())
    return point.x(), point.y()


def scroll_to_end(view) -> None:
    for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
        bar.setValue(bar.maximum())
    QApplication.processEvents()


def in_view(view, item) -> bool:
    return view.viewport().rect().intersects(view.mapFromScene(item.sceneBoundingRect()).boundingRect())


def assert_frozen(view, at_end: bool = False) -> None:
    """Every lane header in view at the left edge, every stage header in view at the top (and at
    least one of each in view); scrolled to the far end, the last ones are in view."""
    journey = view.board.journey()
    lane = header(view, LaneRef(J, journey.lanes[-1].id))
    stage = header(view, StageRef(J, journey.stages[-1].id))
    lanes = [header(view, LaneRef(J, ln.id)) for ln in journey.lanes]
    stages = [header(view, StageRef(J, st.id)) for st in journey.stages]
    lanes, stages = [h for h in lanes if in_view(view, h)], [h for h in stages if in_view(view, h)]
    assert lanes and stages
    for item in lanes:
        x, _y = on_screen(view, item)
        assert -1 <= x <= 24, f"lane header {item.ref} is drawn at x={x}"
    for item in stages:
        _x, y = on_screen(view, item)
        assert -1 <= y <= 24, f"stage header {item.ref} is drawn at y={y}"
    if not at_end:
        return
    viewport = view.viewport().rect()
    assert viewport.intersects(view.mapFromScene(stage.sceneBoundingRect()).boundingRect())
    assert viewport.intersects(view.mapFromScene(lane.sceneBoundingRect()).boundingRect())


def test_scrolled_right_and_down_the_headers_stay_at_the_edges(view):
    assert view.horizontalScrollBar().maximum() > 0 and view.verticalScrollBar().maximum() > 0
    scroll_to_end(view)
    assert_frozen(view, at_end=True)


@pytest.mark.parametrize("zoom", [0.5, 1.0, 2.0, 3.5])
def test_frozen_at_every_zoom(view, zoom):
    view.set_zoom(zoom)
    scroll_to_end(view)
    assert_frozen(view, at_end=True)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum() // 2)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 3)
    QApplication.processEvents()
    assert_frozen(view)


def test_frozen_after_zoom_keys_and_ctrl_wheel(view):
    view.set_zoom(2.0)
    scroll_to_end(view)
    view.zoom_reset()  # Ctrl+0
    assert_frozen(view)
    scroll_to_end(view)
    view.zoom_fit()  # Ctrl+9: the whole board fits, so nothing is scrolled and nothing moves
    journey = view.board.journey()
    first = header(view, LaneRef(J, journey.lanes[0].id))
    assert first.pos().x() == 0 and header(view, StageRef(J, journey.stages[0].id)).pos().y() == 0
    view.set_zoom(1.5)
    scroll_to_end(view)
    center = QPointF(view.viewport().rect().center())
    for _ in range(3):
        wheel = QWheelEvent(
            center,
            QPointF(view.viewport().mapToGlobal(center.toPoint())),
            QPoint(0, 0),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            CTRL,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view.viewport(), wheel)
        QApplication.processEvents()
        assert_frozen(view)


def test_not_scrolled_the_headers_are_where_they_always_were(view):
    journey = view.board.journey()
    layout = view.board.layout
    for stage in journey.stages:
        x, _w = layout.column(stage.id)
        assert header(view, StageRef(J, stage.id)).pos() == QPointF(x, 0)
    for lane in journey.lanes:
        y, _h = layout.row(lane.id)
        assert header(view, LaneRef(J, lane.id)).pos() == QPointF(0, y)


def test_scrolling_never_grows_the_board(view):
    """Frozen headers stay inside the board: zoom-to-fit and exports measure the same board."""
    before = view.board.itemsBoundingRect()
    scene_rect = view.board.sceneRect()
    for zoom in (1.0, 3.0):
        view.set_zoom(zoom)
        scroll_to_end(view)
        assert view.board.itemsBoundingRect() == before
        assert view.board.sceneRect() == scene_rect


def test_an_edit_while_scrolled_keeps_the_headers_frozen(view, doc):
    """A sync puts the headers back on the layout; they must be frozen again straight after."""
    scroll_to_end(view)
    journey = view.board.journey()
    from app.document import commands as C

    view.board.push(lambda: C.Edit(doc, StageRef(J, journey.stages[0].id), {"name": "Looking"}))
    QApplication.processEvents()
    assert_frozen(view)
    view.board.push(lambda: C.Edit(doc, CardRef(J, journey.cards[0].id), {"text": "a longer text\n" * 5}))
    QApplication.processEvents()
    assert_frozen(view)


# -- the frozen headers are the real, interactive headers ------------------------------------------


def press_release(view, pos: QPoint, mods=NO_MOD) -> None:
    QTest.mouseClick(view.viewport(), LEFT, mods, pos)


def test_clicking_a_frozen_header_selects_it(view):
    scroll_to_end(view)
    journey = view.board.journey()
    lane = header(view, LaneRef(J, journey.lanes[-1].id))
    x, y = on_screen(view, lane)
    press_release(view, QPoint(int(x) + 60, int(y) + 20))
    assert view.board.selected_refs() == [lane.ref]
    stage = header(view, StageRef(J, journey.stages[-1].id))
    x, y = on_screen(view, stage)
    press_release(view, QPoint(int(x) + 40, int(y) + 30))
    assert view.board.selected_refs() == [stage.ref]


def test_a_click_on_the_frozen_strip_never_reaches_what_scrolled_under_it(view):
    scroll_to_end(view)
    # every point of the top strip and of the left column is a header or the corner
    for point in (QPoint(5, 5), QPoint(100, 30), QPoint(400, 10), QPoint(60, 300), QPoint(200, 500)):
        items = [it for it in view.items(point) if it.isVisible()]
        top = items[0]
        assert not isinstance(getattr(top, "ref", None), CardRef), point


def test_double_click_on_a_frozen_header_renames_it(view):
    scroll_to_end(view)
    journey = view.board.journey()
    stage = header(view, StageRef(J, journey.stages[-1].id))
    x, y = on_screen(view, stage)
    QTest.mouseDClick(view.viewport(), LEFT, NO_MOD, QPoint(int(x) + 40, int(y) + 30))
    assert view.editor is not None
    editor_y = view.mapFromScene(view.editor.sceneBoundingRect().topLeft()).y()
    assert -1 <= editor_y <= 40  # the editor opens on the frozen header, not where it scrolled from


def _send(view, kind, pos: QPointF, button, buttons) -> None:
    glob = QPointF(view.viewport().mapToGlobal(pos.toPoint()))
    QApplication.sendEvent(view.viewport(), QMouseEvent(kind, pos, glob, button, buttons, NO_MOD))


def drag_viewport(view, start: QPointF, end: QPointF, steps: int = 6) -> None:
    _send(view, QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    for n in range(1, steps + 1):
        _send(view, QEvent.Type.MouseMove, start + (end - start) * (n / steps), Qt.MouseButton.NoButton, LEFT)
    _send(view, QEvent.Type.MouseButtonRelease, end, LEFT, Qt.MouseButton.NoButton)


def test_dragging_a_frozen_lane_header_reorders_the_lanes(view, doc):
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    QApplication.processEvents()
    lanes = [ln.id for ln in doc.journey(J).lanes]
    last = header(view, LaneRef(J, lanes[-1]))
    x, y = on_screen(view, last)
    start = QPointF(x + 100, y + 10)
    above = header(view, LaneRef(J, lanes[-3]))
    _ax, ay = on_screen(view, above)
    drag_viewport(view, start, QPointF(x + 100, ay + 5))
    after = [ln.id for ln in doc.journey(J).lanes]
    assert after != lanes and after.index(lanes[-1]) < len(lanes) - 1
    assert doc.undo_stack.undoText() == "Move Lane"
    assert_frozen(view)


def test_dragging_a_frozen_stage_headers_edge_resizes_it(view, doc):
    scroll_to_end(view)
    journey = doc.journey(J)
    stage = header(view, StageRef(J, journey.stages[-2].id))
    x, y = on_screen(view, stage)
    zoom = view.zoom
    edge = QPointF(x + (stage.rect.width() - RESIZE_GRIP / 2) * zoom, y + 30)
    width = stage.rect.width()
    drag_viewport(view, edge, edge + QPointF(60, 0))
    assert doc.journey(J).stages[-2].width == pytest.approx(width + 60 / zoom, abs=1.5)
    assert doc.undo_stack.undoText() == "Resize Stage"


# -- reveal: a rect scrolled into view clear of the frozen strips -----------------------------------


@pytest.mark.parametrize("zoom", [1.0, 2.0])
def test_reveal_puts_a_rect_clear_of_the_frozen_headers(view, zoom):
    view.set_zoom(zoom)
    journey = view.board.journey()
    layout = view.board.layout
    far = max(journey.cards, key=lambda c: (layout.cards[c.id].x, layout.cards[c.id].y))
    near = min(journey.cards, key=lambda c: (layout.cards[c.id].x, layout.cards[c.id].y))
    for card in (far, near, far):
        rect = view.board.refs[CardRef(J, card.id)].sceneBoundingRect()
        view.reveal(rect)
        QApplication.processEvents()
        shown = view.mapFromScene(rect).boundingRect()
        assert shown.left() >= S.LANE_HEADER_W * zoom - 1, card.id
        assert shown.top() >= S.STAGE_HEADER_H * zoom - 1, card.id
        room = view.viewport().rect().adjusted(int(S.LANE_HEADER_W * zoom), int(S.STAGE_HEADER_H * zoom), 0, 0)
        if shown.width() <= room.width() - 24 and shown.height() <= room.height() - 24:
            assert view.viewport().rect().contains(shown), card.id
        assert_frozen_or_home(view)


def assert_frozen_or_home(view) -> None:
    """The headers in view are frozen, or where they belong when not scrolled (a margin away)."""
    journey = view.board.journey()
    for ln in journey.lanes:
        lane = header(view, LaneRef(J, ln.id))
        if in_view(view, lane):
            assert -1 <= on_screen(view, lane)[0] <= 24 * view.zoom
    for st in journey.stages:
        stage = header(view, StageRef(J, st.id))
        if in_view(view, stage):
            assert -1 <= on_screen(view, stage)[1] <= 24 * view.zoom


# -- pictures ---------------------------------------------------------------------------------------


def test_the_scrolled_view_paints_the_headers_at_the_edges(view):
    """Pixels, not just positions: a frozen lane header's face is painted at the left edge."""
    scroll_to_end(view)
    view.viewport().repaint()
    image: QImage = view.viewport().grab().toImage()
    journey = view.board.journey()
    lane = header(view, LaneRef(J, journey.lanes[-1].id))
    x, y = on_screen(view, lane)
    # the white icon box of the lane header, 12 units in from its corner
    zoom = view.zoom
    icon = image.pixelColor(int(x + 20 * zoom), int(y + 20 * zoom))
    assert icon.name() == S.WHITE.name()
    background = image.pixelColor(int(x + 100 * zoom), int(y + 45 * zoom))
    assert background.name() in (S.HEADER_BG.name(), S.LANE_HEADER_SELECTED_BG.name())


def test_png_export_is_the_same_after_scrolling_the_window(view, doc, tmp_path: Path):
    from app.views.board.image_export import export_journey

    first = export_journey(doc.project, J, tmp_path / "a.png")
    scroll_to_end(view)
    second = export_journey(doc.project, J, tmp_path / "b.png")
    assert (first.width, first.height) == (second.width, second.height)
    assert QImage(str(first.path)) == QImage(str(second.path))


def test_a_lane_taller_than_the_view_keeps_its_name_in_view(view, doc):
    from app.document import commands as C

    for n in range(30):  # make "doing" far taller than the 600 px view
        card = doc.journey(J).cards[0].model_copy(update={"id": f"tall-{n}", "lane": "doing", "stage": "search"})
        view.board.push(lambda card=card: C.add_card(doc, J, card))
    lane = header(view, LaneRef(J, "doing"))
    assert lane.rect.height() > 2 * view.viewport().height()
    view.verticalScrollBar().setValue(int(lane.rect.height() / 2))
    QApplication.processEvents()
    assert lane.label_shift > 0
    name_top = view.mapFromScene(lane.mapToScene(QPointF(0, lane.label_shift))).y()
    assert S.STAGE_HEADER_H - 2 <= name_top <= S.STAGE_HEADER_H + 2  # just below the frozen stage row
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    QApplication.processEvents()
    assert lane.label_shift <= lane.rect.height() - lane.label_height  # never past its lane's end
    view.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    assert lane.label_shift == 0
