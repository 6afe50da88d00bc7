"""The palette's drags and the inspector's edits, with real widgets (pytest-qt).

Palette drops are simulated with the mime data the palette really produces, handed to the
board view's drop handler at a cell's position. Every drop and every inspector edit is
checked in the document, after undo and after redo.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

from app.document import commands as C
from app.models.entities import Stage
from app.models.refs import CardRef, EmotionRef, LaneRef, StageRef, emotion_ref, metric_ref
from app.views.board.actions import PALETTE
from app.views.board.layout import qrect
from app.views.board.palette_drops import PALETTE_MIME
from app.views.board.view import BoardView
from app.views.inspector import EMPTY_TEXT, Inspector
from app.views.palette import Palette, palette_mime
from tests.conftest import snapshot

JID = "buy-phone"


@pytest.fixture
def view(doc, qtbot):
    board_view = BoardView(doc)
    qtbot.addWidget(board_view)
    board_view.resize(1400, 900)
    board_view.show_journey(JID)
    return board_view


@pytest.fixture
def palette(qtbot):
    widget = Palette()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def inspector(doc, view, qtbot):
    widget = Inspector(doc, view)
    qtbot.addWidget(widget)
    widget.resize(320, 700)
    widget.show()
    return widget


def journey(doc):
    return doc.journey(JID)


def drop(view, palette, entry: str, pos: QPointF):
    """What BoardView.dropEvent does with the palette's own mime data."""
    mime = palette.mime_data(entry)
    assert mime.hasFormat(PALETTE_MIME)
    ref = view.drop_palette_entry(bytes(mime.data(PALETTE_MIME)).decode("utf-8"), pos)
    if view.editor is not None:  # a dropped card opens the in-place editor; leave it untouched
        view.editor.finish(commit=False)
    return ref


def check_undo_redo(doc, before: dict) -> dict:
    after = snapshot(doc.project)
    assert after != before
    doc.undo_stack.undo()
    assert snapshot(doc.project) == before
    doc.undo_stack.redo()
    assert snapshot(doc.project) == after
    return after


# -- palette --------------------------------------------------------------------------------------


def test_palette_lists_every_entry_with_an_icon_and_label(palette):
    assert palette.entries() == [entry for entry, _label in PALETTE]
    assert palette.hint.text() == "Drag onto the board"
    for entry, label in PALETTE:
        item = palette.list.item_for(entry)
        assert item.text() == label
        assert not item.icon().isNull()
        assert item.flags() & Qt.ItemFlag.ItemIsDragEnabled


def test_palette_mime_is_what_the_view_reads(palette):
    for entry, _label in PALETTE:
        mime = palette.mime_data(entry)
        assert mime.formats() == [PALETTE_MIME]
        assert bytes(mime.data(PALETTE_MIME)).decode("utf-8") == entry
        assert bytes(palette_mime(entry).data(PALETTE_MIME)) == entry.encode("utf-8")
    assert palette.list.mimeTypes() == [PALETTE_MIME]


def test_drop_stage_between_two_stages(doc, view, palette):
    before = snapshot(doc.project)
    rect = qrect(view.board.layout.cell_rect("doing", "compare"))
    ref = drop(view, palette, "stage", QPointF(rect.right() - 5, rect.center().y()))
    assert isinstance(ref, StageRef)
    ids = [s.id for s in journey(doc).stages]
    assert ids[1:4] == ["compare", ref.id, "store"]
    assert view.board.selected_refs() == [ref]
    check_undo_redo(doc, before)
    assert [s.id for s in journey(doc).stages] == ids


@pytest.mark.parametrize("entry", [e for e, _ in PALETTE if e.startswith("lane:")])
def test_drop_lane_of_each_kind(doc, view, palette, entry):
    before = snapshot(doc.project)
    rect = qrect(view.board.layout.cell_rect("thinking", "search"))
    ref = drop(view, palette, entry, QPointF(rect.center().x(), rect.bottom() - 2))
    assert isinstance(ref, LaneRef)
    lanes = journey(doc).lanes
    ids = [ln.id for ln in lanes]
    assert ids.index(ref.id) == ids.index("thinking") + 1
    lane = journey(doc).lane(ref.id)
    parts = entry.split(":")
    assert lane.kind == parts[1]
    assert lane.role == (parts[2] if len(parts) > 2 else None)
    check_undo_redo(doc, before)
    assert [ln.id for ln in journey(doc).lanes] == ids


def test_drop_card_in_a_cards_lane(doc, view, palette):
    before = snapshot(doc.project)
    count = len(journey(doc).cards_in_cell("ideas", "store"))
    rect = qrect(view.board.layout.cell_rect("ideas", "store"))
    ref = drop(view, palette, "card", rect.center())
    card = journey(doc).card(ref.id)
    assert (card.lane, card.stage, card.text) == ("ideas", "store", "New card")
    assert len(journey(doc).cards_in_cell("ideas", "store")) == count + 1
    check_undo_redo(doc, before)
    assert journey(doc).card(ref.id) == card


def test_drop_touchpoint_in_the_touchpoints_lane(doc, view, palette):
    before = snapshot(doc.project)
    rect = qrect(view.board.layout.cell_rect("touchpoints", "buy"))
    ref = drop(view, palette, "touchpoint", rect.center())
    card = journey(doc).card(ref.id)
    assert (card.lane, card.stage) == ("touchpoints", "buy")
    assert card.channel and card.touchpoint
    check_undo_redo(doc, before)


def test_drop_touchpoint_outside_the_touchpoints_lane_is_refused(doc, view, palette, qtbot):
    before = snapshot(doc.project)
    rect = qrect(view.board.layout.cell_rect("doing", "buy"))
    with qtbot.waitSignal(view.board.edit_refused) as refused:
        assert drop(view, palette, "touchpoint", rect.center()) is None
    assert "touchpoints" in refused.args[0]
    assert snapshot(doc.project) == before


def test_drop_emotion_point_in_a_new_stage(doc, view, palette):
    doc.push(C.add_stage(doc, JID, Stage(id="aftercare", name="Aftercare")))
    before = snapshot(doc.project)
    rect = qrect(view.board.layout.cell_rect("feeling", "aftercare"))
    ref = drop(view, palette, "emotion", QPointF(rect.center().x(), rect.top() + 8))
    assert isinstance(ref, EmotionRef)
    point = doc.emotion(JID, ref.key)
    assert (point.lane, point.stage, point.persona) == ("feeling", "aftercare", "anna")
    assert point.score > 1  # dropped near the top of the lane: a good feeling
    check_undo_redo(doc, before)
    assert doc.emotion(JID, ref.key) == point


def test_drop_emotion_point_where_one_was_deleted(doc, view, palette):
    point = next(e for e in journey(doc).emotions if e.stage == "compare" and e.variant == "as_is")
    doc.push(C.Remove(doc, emotion_ref(JID, point.key)))
    before = snapshot(doc.project)
    rect = qrect(view.board.layout.cell_rect("feeling", "compare"))
    ref = drop(view, palette, "emotion", rect.center())
    assert ref == emotion_ref(JID, point.key)
    assert doc.emotion(JID, point.key).score == 0
    check_undo_redo(doc, before)


# -- inspector ------------------------------------------------------------------------------------


def card_id(doc) -> str:
    return journey(doc).cards_in_cell("doing", "search")[0].id


def test_inspector_shows_nothing_and_several(doc, view, inspector):
    view.board.select_refs([])
    assert inspector.pages.currentWidget() is inspector.page_message
    assert inspector.message.text() == EMPTY_TEXT
    cards = [c.id for c in journey(doc).cards[:3]]
    view.board.select_refs([CardRef(JID, cid) for cid in cards])
    assert inspector.title.text() == "3 items selected"
    assert inspector.pages.currentWidget() is inspector.page_message


def test_inspector_card_text_typing_is_one_undo_step(doc, view, inspector, qtbot):
    cid = card_id(doc)
    original = doc.card(JID, cid).text
    view.board.select_refs([CardRef(JID, cid)])
    assert inspector.pages.currentWidget() is inspector.page_card
    assert inspector.card_text.toPlainText() == original
    steps = doc.undo_stack.count()
    inspector.card_text.moveCursor(inspector.card_text.textCursor().MoveOperation.End)
    qtbot.keyClicks(inspector.card_text, " today")
    assert doc.card(JID, cid).text == original + " today"
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()
    assert doc.card(JID, cid).text == original
    assert inspector.card_text.toPlainText() == original
    doc.undo_stack.redo()
    assert inspector.card_text.toPlainText() == original + " today"


def test_inspector_new_focus_is_a_new_step(doc, view, inspector, qtbot):
    cid = card_id(doc)
    view.board.select_refs([CardRef(JID, cid)])
    steps = doc.undo_stack.count()
    qtbot.keyClicks(inspector.card_text, "A")
    inspector.new_gesture()  # what a focus-in of the field does
    qtbot.keyClicks(inspector.card_text, "B")
    assert doc.undo_stack.count() == steps + 2


def test_inspector_card_fields(doc, view, inspector, qtbot, monkeypatch):
    cid = card_id(doc)
    view.board.select_refs([CardRef(JID, cid)])
    before = snapshot(doc.project)

    swatch = next(b for b in inspector.card_swatches if b.property("color") == "#C8F0E8")
    swatch.click()
    assert doc.card(JID, cid).color == "#C8F0E8"

    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QColorDialog

    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor("#123abc")))
    inspector.card_color_button.click()
    assert doc.card(JID, cid).color == "#123ABC"
    assert inspector.card_color_button.text() == "#123ABC"

    inspector.card_channel.lineEdit().clear()
    inspector.new_gesture()
    qtbot.keyClicks(inspector.card_channel.lineEdit(), "kiosk")
    assert doc.card(JID, cid).channel == "kiosk"
    inspector.card_channel.setCurrentIndex(inspector.card_channel.findText("email"))
    assert doc.card(JID, cid).channel == "email"

    inspector.card_touchpoint.setCurrentIndex(inspector.card_touchpoint.findData("internal"))
    assert doc.card(JID, cid).touchpoint == "internal"
    inspector.card_evidence.setCurrentIndex(inspector.card_evidence.findData("assumed"))
    assert doc.card(JID, cid).evidence == "assumed"

    inspector.card_tags.clear()
    qtbot.keyClicks(inspector.card_tags, "price, trust,  price, ")
    assert doc.card(JID, cid).tags == ["price", "trust"]
    inspector.card_tags.editingFinished.emit()
    assert inspector.card_tags.text() == "price, trust"

    inspector.card_votes.setValue(7)
    assert doc.card(JID, cid).votes == 7

    # undo everything, one step at a time, and the fields follow
    while snapshot(doc.project) != before:
        doc.undo_stack.undo()
    card = doc.card(JID, cid)
    assert inspector.card_votes.value() == card.votes
    assert inspector.card_tags.text() == ", ".join(card.tags)
    assert inspector.card_evidence.currentData() == card.evidence
    assert inspector.card_channel.currentText() == (card.channel or "")
    assert inspector.card_color_button.text() == (card.color or "Lane colour")


def test_inspector_refused_edit_shows_message_and_reverts(doc, view, inspector, qtbot):
    cid = card_id(doc)
    view.board.select_refs([CardRef(JID, cid)])
    inspector.card_tags.clear()
    steps = doc.undo_stack.count()
    qtbot.keyClicks(inspector.card_tags, "x" * 61)  # a tag holds at most 60 characters
    assert inspector.error.isVisible()
    assert "60" in inspector.error.text() or "tag" in inspector.error.text().lower()
    assert len(doc.card(JID, cid).tags[0]) == 60
    assert inspector.card_tags.text() == "x" * 60  # snapped back to what the document holds
    assert doc.undo_stack.count() == steps + 1
    inspector.card_tags.setText("")
    view.board.select_refs([])
    assert not inspector.error.isVisible()


def test_inspector_emotion_score_and_note(doc, view, inspector, qtbot):
    point = journey(doc).emotions[0]
    view.board.select_refs([emotion_ref(JID, point.key)])
    assert inspector.pages.currentWidget() is inspector.page_emotion
    assert inspector.emotion_score.value() == point.score
    steps = doc.undo_stack.count()
    inspector.emotion_score.setValue(-1.5)
    inspector.emotion_score.setValue(-2.0)
    assert doc.emotion(JID, point.key).score == -2.0
    assert doc.undo_stack.count() == steps + 1  # one gesture, one step
    inspector.new_gesture()
    qtbot.keyClicks(inspector.emotion_note, "!")
    assert doc.emotion(JID, point.key).note == point.note + "!"
    doc.undo_stack.undo()
    assert inspector.emotion_note.toPlainText() == point.note
    doc.undo_stack.undo()
    assert doc.emotion(JID, point.key) == point
    assert inspector.emotion_score.value() == point.score
    doc.undo_stack.redo()
    assert inspector.emotion_score.value() == -2.0


def test_inspector_stage_name_and_width(doc, view, inspector, qtbot):
    view.board.select_refs([StageRef(JID, "compare")])
    assert inspector.pages.currentWidget() is inspector.page_stage
    name = doc.stage(JID, "compare").name
    assert inspector.stage_name.text() == name
    steps = doc.undo_stack.count()
    inspector.stage_name.selectAll()
    qtbot.keyClicks(inspector.stage_name, "Shortlist")
    assert doc.stage(JID, "compare").name == "Shortlist"
    assert doc.undo_stack.count() == steps + 1
    assert view.board.refs[StageRef(JID, "compare")] is not None
    doc.undo_stack.undo()
    assert doc.stage(JID, "compare").name == name
    assert inspector.stage_name.text() == name
    inspector.new_gesture()
    inspector.stage_width.setValue(400)
    assert doc.stage(JID, "compare").width == 400.0
    inspector.stage_width.setValue(inspector.stage_width.minimum())
    assert doc.stage(JID, "compare").width is None
    assert inspector.stage_width.text() == "Auto"


def test_inspector_lane_kind_change_refused_when_not_empty(doc, view, inspector):
    view.board.select_refs([LaneRef(JID, "doing")])
    assert inspector.pages.currentWidget() is inspector.page_lane
    before = snapshot(doc.project)
    inspector.lane_kind.setCurrentIndex(inspector.lane_kind.findData("metric"))
    assert inspector.error.isVisible() and "only when it is empty" in inspector.error.text()
    assert inspector.lane_kind.currentData() == "cards"
    assert snapshot(doc.project) == before
    inspector.lane_role.setCurrentIndex(inspector.lane_role.findData("quotes"))
    assert doc.lane(JID, "doing").role == "quotes"
    assert not inspector.error.isVisible()


def test_inspector_metric_value(doc, view, inspector, qtbot):
    key = ("conversion", "compare")
    view.board.select_refs([metric_ref(JID, key)])
    assert inspector.pages.currentWidget() is inspector.page_metric
    old = doc.metric(JID, key)
    assert inspector.metric_value.text() == "64"
    assert inspector.metric_value_unit.text() == "%"
    steps = doc.undo_stack.count()
    inspector.metric_value.clear()
    qtbot.keyClicks(inspector.metric_value, "72.5")
    assert doc.metric(JID, key).value == 72.5
    assert doc.metric(JID, key).target == old.target
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()
    assert doc.metric(JID, key) == old
    assert inspector.metric_value.text() == "64"
    doc.undo_stack.redo()
    assert inspector.metric_value.text() == "72.5"


def test_inspector_follows_board_edits_and_removal(doc, view, inspector):
    cid = card_id(doc)
    view.board.select_refs([CardRef(JID, cid)])
    doc.push(C.Edit(doc, CardRef(JID, cid), {"text": "Changed on the board"}))
    assert inspector.card_text.toPlainText() == "Changed on the board"
    doc.push(C.Remove(doc, CardRef(JID, cid)))
    assert inspector.pages.currentWidget() is inspector.page_message
    doc.undo_stack.undo()
    view.board.select_refs([CardRef(JID, cid)])
    assert inspector.card_text.toPlainText() == "Changed on the board"


def test_the_wheel_over_an_unfocused_field_scrolls_the_inspector_not_the_value(doc, view, inspector, qtbot):
    """Scrolling the inspector with the wheel passed over the Evidence box and changed it."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication, QScrollArea

    cid = card_id(doc)
    view.board.select_refs([CardRef(JID, cid)])
    inspector.resize(320, 300)  # short: the card page scrolls
    box = inspector.card_evidence
    before = doc.card(JID, cid).evidence
    bar = inspector.findChild(QScrollArea).verticalScrollBar()
    assert bar.maximum() > 0 and not box.hasFocus()
    start = bar.value()

    def wheel(widget) -> None:
        centre = widget.rect().center()
        event = QWheelEvent(
            centre,
            widget.mapToGlobal(centre),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)

    wheel(box)
    assert doc.card(JID, cid).evidence == before and doc.undo_stack.count() == 0
    assert bar.value() > start
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    wheel(box)
    assert doc.card(JID, cid).evidence != before  # a focused field still takes the wheel
