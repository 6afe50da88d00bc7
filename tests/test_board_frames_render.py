"""Board items lay their text out once (style.Label / QStaticText) instead of on every paint:
what they draw must still be what QPainter.drawText drew, and must follow every edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from app.document import commands as C
from app.models.refs import CardRef, LaneRef, MetricRef, StageRef
from app.views.board import style as S
from app.views.board.scene import BoardScene

J = "buy-phone"
A = Qt.AlignmentFlag


def _image(w: int = 340, h: int = 60) -> QImage:
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#FFFFFF"))
    return image


@pytest.mark.parametrize(
    "flags",
    [
        A.AlignLeft,
        A.AlignLeft | A.AlignTop,
        A.AlignCenter,
        A.AlignRight,
        A.AlignLeft | A.AlignVCenter,
        A.AlignHCenter | A.AlignBottom,
    ],
)
@pytest.mark.parametrize(("size", "bold"), [(7.5, False), (8, True), (12, True)])
def test_label_draws_like_draw_text(qapp, flags, size, bold):
    rect = QRectF(10.5, 6, 300, 30)  # text that fits its rect, as the items make sure (eliding)
    text = "Compare sites 02 · #pricing"
    expected, got = _image(), _image()
    painter = QPainter(expected)
    painter.setFont(S.font(size, bold))
    painter.drawText(rect, flags, text)
    painter.end()
    painter = QPainter(got)
    S.Label(text, rect, flags, size, bold).draw(painter)
    painter.end()
    assert got == expected


def _render(item, scale: float = 1.0) -> QImage:
    rect = item.boundingRect()
    image = _image(int(rect.width() * scale) + 4, int(rect.height() * scale) + 4)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    painter.translate(-rect.topLeft())
    item.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    return image


def _card_with_footer(scene):
    journey = scene.journey()
    return next(c for c in journey.cards if c.tags or c.touchpoint or c.evidence)


def test_card_redraws_after_an_edit_of_its_text_and_footer(scene, doc):
    card = _card_with_footer(scene)
    item = scene.refs[CardRef(J, card.id)]
    before = _render(item)
    doc.push(C.Edit(doc, CardRef(J, card.id), {"text": card.text + " and more"}))
    item = scene.refs[CardRef(J, card.id)]
    after_text = _render(item)
    assert after_text != before
    doc.push(C.Edit(doc, CardRef(J, card.id), {"tags": [*card.tags, "newtag"]}))
    item = scene.refs[CardRef(J, card.id)]
    assert _render(item) != after_text
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert _render(scene.refs[CardRef(J, card.id)]) == before


@pytest.mark.parametrize("scale", [1.0, 0.5, 0.3])
def test_card_paints_at_every_level_of_detail(scene, scale):
    item = scene.refs[CardRef(J, _card_with_footer(scene).id)]
    image = _render(item, scale)
    assert image.pixelColor(image.width() // 2, image.height() // 2) != QColor("#FFFFFF")


def test_headers_redraw_after_rename_and_resize(scene, doc):
    journey = scene.journey()
    stage, lane = journey.stages[0], journey.lanes[0]
    header = scene.refs[StageRef(J, stage.id)]
    before = _render(header)
    doc.push(C.Edit(doc, StageRef(J, stage.id), {"name": "Something else entirely"}))
    renamed = _render(scene.refs[StageRef(J, stage.id)])
    assert renamed != before
    header = scene.refs[StageRef(J, stage.id)]
    header.prepareGeometryChange()
    header.rect.setWidth(header.rect.width() - 80)  # what a drag of the grip does
    assert _render(header).size() != renamed.size()
    lane_header = scene.refs[LaneRef(J, lane.id)]
    lane_before = _render(lane_header)
    doc.push(C.Edit(doc, LaneRef(J, lane.id), {"name": "Renamed lane"}))
    assert _render(scene.refs[LaneRef(J, lane.id)]) != lane_before


def test_metric_cell_redraws_after_an_edit(scene, doc):
    journey = scene.journey()
    lane = next(ln for ln in journey.lanes if ln.kind == "metric")
    ref = MetricRef(J, lane.id, journey.stages[0].id)
    before = _render(scene.refs[ref])
    doc.push(C.Edit(doc, LaneRef(J, lane.id), {"unit": "pts"}))
    assert _render(scene.refs[ref]) != before


def test_cards_are_laid_out_when_painted_or_in_idle_time(qtbot, doc):
    """Opening does not lay out every card's text; a paint lays out the card it draws, and idle
    turns of the event loop lay out the rest, a slice at a time."""
    from app.views.board.card_item import CardItem

    board = BoardScene(doc)
    board.show_journey(J)
    cards = [item for item in board.refs.values() if isinstance(item, CardItem)]
    assert cards and not any(item._laid_out for item in cards)
    first = cards[0]
    before = _render(first)
    assert first._laid_out
    qtbot.waitUntil(lambda: all(item._laid_out for item in cards), timeout=10000)
    assert _render(first) == before
    assert not board._warm_timer.isActive()
    board.show_journey(None)
