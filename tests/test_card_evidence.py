"""Evidence on cards, in the document (no widgets): an image, links and comments set through
Edit commands on the card, undone and redone; images scaled or refused on import; links
kept only for http, https and mailto; comment dates written and read back."""

from __future__ import annotations

import base64
import datetime as dt

import pytest
from PySide6.QtGui import QColor, QImage

from app.document import commands as C
from app.models.entities import CardComment
from app.models.errors import WaymarkError
from app.models.evidence import cards_with_evidence, checked_link, comment_author, instant_text, now_instant
from app.models.refs import CardRef
from app.views import photos

JID = "buy-phone"


def _ref(doc) -> CardRef:
    card = doc.journey(JID).cards[0]
    return CardRef(JID, card.id)


def _png_size(encoded: str) -> tuple[int, int]:
    image = QImage()
    assert image.loadFromData(base64.b64decode(encoded), "PNG")
    return image.width(), image.height()


def _image_file(tmp_path, width: int, height: int, name: str = "shot.png"):
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366AA"))
    path = tmp_path / name
    assert image.save(str(path))
    return path


def test_image_is_set_undone_and_redone(doc, tmp_path):
    ref = _ref(doc)
    encoded = photos.card_image_from_file(_image_file(tmp_path, 300, 200))
    doc.push(C.Edit(doc, ref, {"image": encoded}, text="Add Image"))
    assert doc.get(ref).image == encoded
    assert doc.undo_stack.undoText() == "Add Image"
    doc.undo_stack.undo()
    assert doc.get(ref).image is None
    doc.undo_stack.redo()
    assert doc.get(ref).image == encoded
    doc.push(C.Edit(doc, ref, {"image": None}))
    assert doc.get(ref).image is None


def test_a_large_image_is_scaled_to_1024_keeping_its_aspect(tmp_path):
    encoded = photos.card_image_from_file(_image_file(tmp_path, 3000, 1500))
    assert _png_size(encoded) == (1024, 512)
    small = photos.card_image_from_file(_image_file(tmp_path, 400, 900, "tall.png"))
    assert _png_size(small) == (400, 900)  # never scaled up
    pasted = photos.card_image_from_image(QImage(2048, 4096, QImage.Format.Format_ARGB32))
    assert _png_size(pasted) == (512, 1024)


def test_a_file_that_is_not_an_image_is_refused_in_one_line(tmp_path):
    text = tmp_path / "notes.png"
    text.write_text("these are not pixels")
    with pytest.raises(WaymarkError) as refused:
        photos.card_image_from_file(text)
    message = str(refused.value)
    assert "notes.png" in message and "not an image" in message and "\n" not in message
    with pytest.raises(WaymarkError, match="no such file"):
        photos.card_image_from_file(tmp_path / "gone.png")
    with pytest.raises(WaymarkError):
        photos.card_image_from_image(QImage())  # an empty clipboard image


def test_persona_photos_keep_their_own_side(tmp_path):
    encoded = photos.photo_from_file(_image_file(tmp_path, 3000, 1500))
    assert _png_size(encoded) == (512, 256)


def test_links_are_added_removed_and_undone(doc):
    ref = _ref(doc)
    doc.push(C.Edit(doc, ref, {"links": ["https://example.com/a", "mailto:team@example.com"]}))
    assert doc.get(ref).links == ["https://example.com/a", "mailto:team@example.com"]
    doc.push(C.Edit(doc, ref, {"links": ["mailto:team@example.com"]}))
    doc.undo_stack.undo()
    assert len(doc.get(ref).links) == 2
    doc.undo_stack.undo()
    assert doc.get(ref).links == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("https://example.com/checkout?step=2", "https://example.com/checkout?step=2"),
        ("http://intranet.example/page", "http://intranet.example/page"),
        ("  mailto:support@example.com ", "mailto:support@example.com"),
        ("www.example.com/shop", "https://www.example.com/shop"),
        ("HTTPS://EXAMPLE.COM", "HTTPS://EXAMPLE.COM"),
    ],
)
def test_web_and_mail_links_are_kept(text, kept):
    assert checked_link(text) == kept


@pytest.mark.parametrize(
    "text",
    ["javascript:alert(1)", "file:///etc/passwd", "ftp://example.com/x", "hello", "https://", "mailto:nobody", ""],
)
def test_other_links_are_refused_with_a_clear_line(text):
    with pytest.raises(WaymarkError) as refused:
        checked_link(text)
    assert "\n" not in str(refused.value)


def test_the_model_refuses_a_link_of_another_scheme(doc):
    ref = _ref(doc)
    with pytest.raises(WaymarkError):
        doc.push(C.Edit(doc, ref, {"links": ["javascript:alert(1)"]}))
    assert doc.get(ref).links == []
    assert doc.undo_stack.count() == 0


def test_comments_are_added_deleted_and_undone(doc):
    ref = _ref(doc)
    first = CardComment(author="Ana", date="2026-12-06T10:15:00+01:00", text="Seen in three interviews")
    second = CardComment(author="Ben", date=now_instant(), text="And in the app reviews")
    doc.push(C.Edit(doc, ref, {"comments": [first]}))
    doc.push(C.Edit(doc, ref, {"comments": [first, second]}))
    assert [c.author for c in doc.get(ref).comments] == ["Ana", "Ben"]
    doc.push(C.Edit(doc, ref, {"comments": [second]}))
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.get(ref).comments == [first]
    card = doc.get(ref)
    assert card in cards_with_evidence(doc.journey(JID))


def test_comment_dates_are_instants_with_an_offset_and_read_locally():
    stamp = now_instant(dt.datetime(2026, 12, 6, 21, 15, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))))
    assert stamp == "2026-12-06T21:15:30+01:00"
    assert dt.datetime.fromisoformat(now_instant()).utcoffset() is not None
    local = dt.datetime.fromisoformat(stamp).astimezone()
    assert instant_text(stamp) == local.strftime("%Y-%m-%d %H:%M")
    assert instant_text("not a date") == "not a date"


def test_comment_author_is_the_project_author_or_the_user(sample_project):
    named = sample_project.model_copy(update={"info": sample_project.info.model_copy(update={"author": "Dana"})})
    assert comment_author(named) == "Dana"
    anonymous = sample_project.model_copy(update={"info": sample_project.info.model_copy(update={"author": None})})
    assert comment_author(anonymous)
