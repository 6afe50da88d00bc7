"""Evidence on the board and in the inspector: the card's badges follow the document, the
screen reader hears them, and the inspector's image, links and comment thread edit the card
through undoable steps (dialogs, the clipboard and the browser stand in for themselves)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QInputDialog

from app.document import commands as C
from app.models.entities import CardComment
from app.models.refs import CardRef
from app.views.board.speech import spoken
from app.views.board.view import BoardView
from app.views.inspector import Inspector

JID = "buy-phone"
COMMENT = CardComment(author="Ana", date="2026-12-06T10:15:00+01:00", text="Seen in three interviews")


@pytest.fixture
def view(doc, qtbot):
    board_view = BoardView(doc)
    qtbot.addWidget(board_view)
    board_view.resize(1400, 900)
    board_view.show_journey(JID)
    return board_view


@pytest.fixture
def inspector(doc, view, qtbot):
    widget = Inspector(doc, view)
    qtbot.addWidget(widget)
    widget.resize(340, 900)
    widget.show()
    return widget


@pytest.fixture
def ref(doc) -> CardRef:
    return CardRef(JID, doc.journey(JID).cards[0].id)


def _png(tmp_path, name="shot.png", width=320, height=640):
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2F6FED"))
    path = tmp_path / name
    image.save(str(path))
    return path


def _badges(view, ref):
    item = view.board.refs[ref]
    item.lay_out()
    return item._badges


def test_badges_appear_and_go_with_edits(doc, view, ref, tmp_path):
    assert _badges(view, ref) is None
    doc.push(C.Edit(doc, ref, {"links": ["https://example.com", "mailto:a@example.com"], "comments": [COMMENT]}))
    badges = _badges(view, ref)
    assert badges is not None
    assert [label.static.text() for label in badges.labels] == ["2", "1"]
    item = view.board.refs[ref]
    assert "2 links, 1 comment" in item.toolTip() and "https://example.com" in item.toolTip()
    assert badges.left < item.rect.width() - 10  # inside the card, at its right
    doc.undo_stack.undo()
    assert _badges(view, ref) is None
    assert "link" not in view.board.refs[ref].toolTip()


def test_a_card_with_evidence_gets_a_footer_row(doc, view, ref):
    item = view.board.refs[ref]
    before = item.rect.height()
    doc.push(C.Edit(doc, ref, {"comments": [COMMENT], "tags": [], "votes": 0, "evidence": None, "channel": None}))
    assert view.board.refs[ref].rect.height() >= before


def test_the_screen_reader_hears_the_evidence(doc, view, ref):
    comments = [COMMENT, COMMENT.model_copy(update={"text": "b"}), COMMENT.model_copy(update={"text": "c"})]
    image = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
    doc.push(C.Edit(doc, ref, {"image": image, "links": ["https://a.example", "https://b.example"]}))
    doc.push(C.Edit(doc, ref, {"comments": comments}))
    view.board.select_refs([ref])
    _name, description = spoken(view)
    assert "1 image, 2 links, 3 comments" in description


def test_inspector_adds_views_and_removes_an_image(doc, view, inspector, ref, tmp_path, monkeypatch):
    view.board.select_refs([ref])
    section = inspector.page_card.evidence_block.image
    assert section.empty.isVisibleTo(inspector) and not section.remove_button.isEnabled()
    path = _png(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    section.add_button.click()
    assert doc.get(ref).image
    assert section.thumb.isVisibleTo(inspector) and section.remove_button.isEnabled()
    assert doc.undo_stack.undoText() == "Add Image"
    section.remove_button.click()
    assert doc.get(ref).image is None and section.empty.isVisibleTo(inspector)
    doc.undo_stack.undo()
    assert doc.get(ref).image and section.thumb.isVisibleTo(inspector)


def test_inspector_refuses_a_file_that_is_not_an_image(doc, view, inspector, ref, tmp_path):
    view.board.select_refs([ref])
    bad = tmp_path / "readme.png"
    bad.write_text("no pixels here")
    assert not inspector.page_card.evidence_block.image.load_file(bad)
    block = inspector.page_card.evidence_block
    assert "readme.png" in block.error.text() and block.error.isVisibleTo(inspector)
    assert block.column.indexOf(block.error) == block.column.indexOf(block.image) + 1  # under the image
    assert doc.get(ref).image is None and doc.undo_stack.count() == 0


def test_inspector_pastes_a_screenshot(doc, view, inspector, ref):
    view.board.select_refs([ref])
    section = inspector.page_card.evidence_block.image
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("just words")
    assert not section.paste_image()
    assert "no image" in inspector.page_card.evidence_block.error.text()
    shot = QImage(2400, 1200, QImage.Format.Format_RGB32)
    shot.fill(QColor("#E8F1FF"))
    clipboard.setImage(shot)
    try:
        assert section.paste_image()
    finally:
        clipboard.clear()
    assert doc.get(ref).image and doc.undo_stack.undoText() == "Paste Image"
    assert not inspector.page_card.evidence_block.error.isVisibleTo(inspector)


def test_inspector_links_are_added_checked_and_opened(doc, view, inspector, ref, monkeypatch):
    view.board.select_refs([ref])
    links = inspector.page_card.evidence_block.links
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("example.com/checkout", True))
    links.add_button.click()
    assert doc.get(ref).links == ["https://example.com/checkout"]
    assert links.list.count() == 1
    assert not links.add_link("javascript:alert(1)")
    block = inspector.page_card.evidence_block
    assert "http://, https:// or mailto:" in block.error.text()
    assert block.column.indexOf(block.error) == block.column.indexOf(block.links) + 1
    assert doc.get(ref).links == ["https://example.com/checkout"]
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    links.list.itemActivated.emit(links.list.item(0))
    assert opened == [QUrl("https://example.com/checkout")]
    links.list.setCurrentRow(0)
    links.remove_button.click()
    assert doc.get(ref).links == [] and links.list.count() == 0
    doc.undo_stack.undo()
    assert links.list.count() == 1


def test_inspector_comment_thread(doc, view, inspector, ref, qtbot):
    view.board.select_refs([ref])
    comments = inspector.page_card.evidence_block.comments
    doc.push(C.Edit(doc, ref, {"comments": [COMMENT]}))
    assert len(comments.labels) == 1
    assert "Ana" in comments.labels[0].text() and "Seen in three interviews" in comments.labels[0].text()
    assert "2026-12-06" in comments.labels[0].text() or "2026-12-07" in comments.labels[0].text()
    comments.box.setPlainText("Also in the shop")
    qtbot.keyClick(comments.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    card = doc.get(ref)
    assert [c.text for c in card.comments] == ["Seen in three interviews", "Also in the shop"]
    assert card.comments[1].author == comments.author() and "T" in card.comments[1].date
    assert comments.box.toPlainText() == "" and len(comments.labels) == 2
    assert doc.undo_stack.undoText() == "Add Comment"
    assert not comments.can_delete(0)  # Ana's, not ours
    assert comments.can_delete(1)
    assert comments.delete_comment(1)
    assert [c.text for c in doc.get(ref).comments] == ["Seen in three interviews"]
    doc.undo_stack.undo()
    assert len(doc.get(ref).comments) == 2 and len(comments.labels) == 2


def test_a_comment_draft_stays_with_its_card(doc, view, inspector, ref):
    view.board.select_refs([ref])
    comments = inspector.page_card.evidence_block.comments
    comments.box.setPlainText("half a thought")
    other = CardRef(JID, doc.journey(JID).cards[1].id)
    view.board.select_refs([other])
    assert comments.box.toPlainText() == ""


def test_an_image_file_dropped_on_a_card_becomes_its_image(doc, view, ref, tmp_path):
    from PySide6.QtCore import QMimeData

    from app.views.board.image_drops import drop_image, image_path

    path = _png(tmp_path, width=2000, height=1000)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert image_path(mime) == str(path)
    words = QMimeData()
    words.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    assert image_path(words) is None
    refused = []
    view.board.edit_refused.connect(refused.append)
    centre = view.board.refs[ref].sceneBoundingRect().center()
    assert drop_image(view.board, image_path(mime), centre)
    assert doc.get(ref).image and doc.undo_stack.undoText() == "Add Image"
    assert view.board.selected_refs() == [ref]
    assert not drop_image(view.board, str(path), centre + view.board.refs[ref].rect.bottomRight() * 40)
    assert refused and "on a card" in refused[-1]
    bad = tmp_path / "fake.png"
    bad.write_text("not pixels")
    assert not drop_image(view.board, str(bad), centre)
    assert "fake.png" in refused[-1]


def test_clicking_the_thumbnail_shows_the_image_large(doc, view, inspector, ref, tmp_path, monkeypatch):
    from app.views.inspector.image_viewer import ImageViewer

    view.board.select_refs([ref])
    section = inspector.page_card.evidence_block.image
    assert section.load_file(_png(tmp_path, width=400, height=800))
    shown = []
    monkeypatch.setattr(ImageViewer, "exec", lambda self: shown.append(self.picture.pixmap().size()) or 0)
    section.thumb.click()
    assert len(shown) == 1 and shown[0].height() <= 800 and shown[0].width() * 2 == shown[0].height()


def test_evidence_badges_keep_clear_of_an_action_badge(doc, view, ref):
    from app.models.entities import CardAction

    links = [f"https://example.com/{n}" for n in range(12)]
    action = CardAction(owner="Somebody with a long name", due="2026-12-31")
    doc.push(C.Edit(doc, ref, {"links": links, "comments": [COMMENT] * 3, "action": action, "votes": 12}))
    item = view.board.refs[ref]
    item.lay_out()
    action_right = min(rect.right() for _kind, rect, _pen, _label in item._footer if rect.left() < 20)
    badges = item._badges
    assert badges is not None and badges.left >= action_right
    assert [label.static.text() for label in badges.labels] in (["12", "3"], [])  # counts dropped if short
