"""Tier 2/3: an emotion point's new score updates only what it changes, and leaves no trace.

A drag ends in one SetEmotion; the board then moves that point's face and reshapes its lane's
curves from the items already there (no re-sync of every point), repaints only the segments the
point shapes, and what the view shows afterwards is what a fresh view of the document shows
(the curve and the faces are cached as pixmaps: a stale cache would show the old curve).
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from app.document import commands as C
from app.models.refs import emotion_ref
from app.views.board.emotion_items import EmotionCurveItem, _changed, _hulls, _span, smooth_path
from app.views.board.view import BoardView
from tests.conftest import open_board_view
from tests.test_board_incremental import assert_same_as_fresh

J = "buy-phone"


def _view(qtbot, doc) -> BoardView:
    return open_board_view(qtbot, doc, J)


def _show_emotions(view: BoardView, lane: str) -> None:
    y, h = view.board.layout.row(lane)
    view.centerOn(700, y + h / 2)
    QApplication.processEvents()
    view.viewport().repaint()


def _shown(view: BoardView) -> QImage:
    """The view as it is on screen now: a full repaint, which blits what the caches hold."""
    view.viewport().repaint()
    return view.viewport().grab().toImage()


def _max_difference(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    worst = 0
    for y in range(0, a.height()):
        for x in range(0, a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            if pa != pb:
                ca, cb = QColor(pa), QColor(pb)
                worst = max(worst, abs(ca.red() - cb.red()), abs(ca.green() - cb.green()), abs(ca.blue() - cb.blue()))
    return worst


def _moved(doc, point, score):
    return point.model_copy(update={"score": score})


def test_a_new_score_reshapes_the_lane_without_a_resync(qtbot, doc, monkeypatch):
    view = _view(qtbot, doc)
    scene = view.board
    point = next(p for p in doc.journey(J).emotions if p.variant == "as_is")
    calls = []
    monkeypatch.setattr(scene, "sync", lambda: calls.append("sync"))
    original = scene._sync_emotions
    monkeypatch.setattr(scene, "_sync_emotions", lambda *a, **k: (calls.append("emotions"), original(*a, **k)))
    doc.push(C.SetEmotion(doc, J, _moved(doc, point, -2.0 if point.score > 0 else 2.0)))
    assert calls == []
    item = scene.refs[emotion_ref(J, point.key)]
    assert item.point.score == (-2.0 if point.score > 0 else 2.0)
    monkeypatch.undo()
    assert_same_as_fresh(scene)
    doc.undo_stack.undo()
    assert_same_as_fresh(scene)
    doc.undo_stack.redo()
    assert_same_as_fresh(scene)


def test_the_view_after_moves_equals_a_fresh_view(qtbot, doc):
    view = _view(qtbot, doc)
    points = [p for p in doc.journey(J).emotions]
    lane = points[0].lane
    _show_emotions(view, lane)
    for n, point in enumerate(points[:6]):
        current = doc.emotion(J, point.key)
        score = -2.0 if current.score >= 0 else 2.0 - n * 0.5
        doc.push(C.SetEmotion(doc, J, _moved(doc, current, score)))
        QApplication.processEvents()  # the partial repaint, as after a drag
    doc.undo_stack.undo()
    QApplication.processEvents()
    fresh = _view(qtbot, doc)
    fresh.horizontalScrollBar().setValue(view.horizontalScrollBar().value())
    fresh.verticalScrollBar().setValue(view.verticalScrollBar().value())
    QApplication.processEvents()
    for shown in (view, fresh):
        shown.cell_cursor.setVisible(False)  # its ring is bold only in the view with the keyboard
    after = _shown(view)
    # anti-aliased edges blended through a cache may differ by a rounding step, never a trace
    assert _max_difference(after, _shown(fresh)) <= 8


def test_part_of_a_curve_is_exactly_that_part_of_the_whole():
    from PySide6.QtCore import QPointF

    points = [QPointF(100 + 250 * i, 50 + (i * 37) % 90) for i in range(12)]
    whole = smooth_path(points)
    part = smooth_path(points, 3, 7)
    assert part.elementCount() == 1 + 3 * 4
    for k in range(part.elementCount()):
        a, b = part.elementAt(k), whole.elementAt(9 + k)
        assert (a.x, a.y) == pytest.approx((b.x, b.y))
    hulls = _hulls(points)
    first, last = _span(hulls, 900, 1300)
    assert points[first].x() < 900 < 1300 < points[last].x()
    assert all(h[1] < 900 for h in hulls[:first]) and all(h[0] > 1300 for h in hulls[last:])
    assert _span(hulls, 5000, 6000) is None


def test_a_moved_point_dirties_the_segments_it_shapes():
    from PySide6.QtCore import QPointF

    points = [QPointF(100 + 250 * i, 50.0) for i in range(10)]
    moved = list(points)
    moved[5] = QPointF(moved[5].x(), 120.0)
    assert _changed(points, moved) == (3, 7)  # segments 3..6 (their points 3..7) change shape
    assert _changed(points, list(points)) is None
    for i in range(len(points) - 1):
        same = smooth_path(points, i, i + 1).toFillPolygon().boundingRect()
        new = smooth_path(moved, i, i + 1).toFillPolygon().boundingRect()
        if not 3 <= i <= 6:
            assert same == new


def test_curve_item_keeps_what_it_was_given():
    from PySide6.QtCore import QPointF, QRectF

    item = EmotionCurveItem("feeling")
    line = [QPointF(10, 20), QPointF(60, 30), QPointF(110, 25)]
    other = [QPointF(10, 40), QPointF(60, 50), QPointF(110, 45)]
    item.set_curves(
        QRectF(0, 0, 200, 100),
        [(QColor("#123456"), False, line), (QColor("#123456"), True, other)],
        [(QColor("#123456"), line, other)],
    )
    assert [(c.name(), d, p) for c, d, p in item.curves] == [("#123456", False, line), ("#123456", True, other)]
    assert [(c.name(), a, b) for c, a, b in item.gaps] == [("#123456", line, other)]
    line2 = [QPointF(10, 20), QPointF(60, 80), QPointF(110, 25)]
    item.set_curves(
        QRectF(0, 0, 200, 100),
        [(QColor("#123456"), False, line2), (QColor("#123456"), True, other)],
        [(QColor("#123456"), line2, other)],
    )
    assert item.curves[0][2] == line2 and item.gaps[0][1] == line2
