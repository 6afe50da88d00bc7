"""Personas: the photo field (model, file, JSON, schema 3), photo import, the editor and
the gallery."""

from __future__ import annotations

import base64
import json
import os
import sqlite3

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QImageIOHandler, QImageWriter, QPainter
from PySide6.QtWidgets import QDialog, QMessageBox

from app.cli import main
from app.document import commands as C
from app.document.document import Document
from app.models import limits as L
from app.models import schema as S
from app.models.entities import PNG_SIGNATURE, Persona
from app.models.errors import DocumentRuleError, WaymarkError
from app.models.interchange import read_project_json, write_project_json
from app.models.project_file import inspect_file, read_project_file
from app.models.refs import JourneyRef, PersonaRef
from app.models.session import ProjectSession, create_project_file
from app.views import photos
from app.views.persona_editor import PersonaEditor
from app.views.persona_gallery import PersonaGallery, persona_usage
from tests.conftest import snapshot

J = "buy-phone"


def _image(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format_RGB32)
    image.fill(QColor("#C9D8EE"))
    painter = QPainter(image)
    painter.setBrush(QColor("#4F7FD8"))
    painter.drawEllipse(width // 4, height // 4, width // 2, height // 2)
    painter.end()
    return image


def _png_of(photo: str) -> QImage:
    data = base64.b64decode(photo)
    assert data.startswith(PNG_SIGNATURE)
    image = QImage()
    assert image.loadFromData(data, "PNG")
    return image


@pytest.fixture
def photo(qapp) -> str:
    return photos.encode_photo(_image(300, 400))


# -- the model ----------------------------------------------------------------------------------


def test_photo_is_optional_and_validated(photo):
    assert Persona(id="p", name="P").photo is None
    assert "photo" not in Persona(id="p", name="P").dump()
    assert Persona(id="p", name="P", photo=photo).dump()["photo"] == photo
    for bad, why in [
        ("not base64!", "not valid base64"),
        (base64.b64encode(b"GIF89a" + b"\0" * 40).decode(), "not a PNG"),
        (photos.encode_photo(_image(300, 400)).replace("A", "A\n", 1), "not valid base64"),
    ]:
        with pytest.raises(ValueError, match=why):
            Persona(id="p", name="P", photo=bad)


def test_photo_size_limits(qapp, monkeypatch):
    big = QImage(600, 20, QImage.Format_RGB32)
    big.fill(Qt.white)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    big.save(buffer, "PNG")
    with pytest.raises(ValueError, match="600×20 px; at most 512 px a side"):
        Persona(id="p", name="P", photo=base64.b64encode(bytes(data)).decode())
    # More than MAX_PHOTO_BYTES of PNG is refused (padding after IEND keeps it a PNG to the check).
    png = base64.b64decode(photos.encode_photo(_image(10, 10)))
    huge = base64.b64encode(png + b"\0" * L.MAX_PHOTO_BYTES).decode()
    with pytest.raises(ValueError, match="MiB"):
        Persona(id="p", name="P", photo=huge)


def test_json_names_the_bad_photo(sample_data):
    sample_data["personas"][1]["photo"] = "%%%"
    with pytest.raises(DocumentRuleError, match=r"personas\[1\]\.photo: .*not valid base64"):
        read_project_json(json.dumps(sample_data))


# -- importing a photo ------------------------------------------------------------------------


def test_large_png_and_jpeg_become_small_pngs(qapp, tmp_path):
    big = tmp_path / "big.png"
    assert _image(3000, 2000).save(str(big))
    jpeg = tmp_path / "portrait.jpg"
    assert _image(900, 1600).save(str(jpeg), "JPEG", 90)
    small = tmp_path / "small.png"
    assert _image(120, 80).save(str(small))

    for path, size in [(big, (512, 341)), (jpeg, (288, 512)), (small, (120, 80))]:
        photo = photos.photo_from_file(path)
        image = _png_of(photo)
        assert (image.width(), image.height()) == size
        Persona(id="p", name="P", photo=photo)  # the model accepts what the import makes


def test_exif_orientation_is_applied(qapp, tmp_path):
    path = tmp_path / "turned.jpg"
    writer = QImageWriter(str(path), b"jpeg")
    writer.setTransformation(QImageIOHandler.Transformation.TransformationRotate90)
    assert writer.write(_image(800, 400))
    image = _png_of(photos.photo_from_file(path))
    assert (image.width(), image.height()) == (256, 512)


@pytest.mark.parametrize(
    "name, content, why",
    [
        ("photo.jpg", "jpeg-head", "photo.jpg is not an image Waymark can read"),
        ("broken.png", PNG_SIGNATURE + b"\0\0\0\rIHDR" + b"\xff" * 200, "broken.png is not an image Waymark can read"),
        ("notes.txt", b"just some text\n", "notes.txt is not an image Waymark can read"),
        ("empty.png", b"", "empty.png is not an image Waymark can read (the file is empty)"),
    ],
)
def test_unreadable_files_get_a_clear_message(qapp, tmp_path, name, content, why):
    path = tmp_path / name
    if content == "jpeg-head":
        good = tmp_path / "good.jpg"
        _image(200, 200).save(str(good), "JPEG")
        content = good.read_bytes()[:300]
    path.write_bytes(content)
    with pytest.raises(WaymarkError) as info:
        photos.photo_from_file(path)
    assert str(info.value).startswith(why)


def test_missing_file_and_limits(qapp, tmp_path, monkeypatch):
    with pytest.raises(WaymarkError, match="gone.png: no such file"):
        photos.photo_from_file(tmp_path / "gone.png")
    path = tmp_path / "big.png"
    _image(700, 300).save(str(path))
    monkeypatch.setattr(L, "MAX_PHOTO_SOURCE_BYTES", path.stat().st_size - 1)
    with pytest.raises(WaymarkError, match=r"big.png is .* MiB; Waymark imports photos of at most"):
        photos.photo_from_file(path)
    monkeypatch.setattr(L, "MAX_PHOTO_SOURCE_BYTES", 30 * 2**20)
    wide = tmp_path / "wide.png"
    _image(L.MAX_PHOTO_SOURCE_SIDE + 1, 2).save(str(wide))
    with pytest.raises(WaymarkError, match="wide.png is 12,001×2 px; Waymark imports photos of at most 12,000 px"):
        photos.photo_from_file(wide)


def test_avatars(photo):
    persona = Persona(id="p", name="Anna Berg", color="#4F7FD8")
    initials = photos.avatar_pixmap(persona, 48)
    assert initials.width() == 48 and photos.initials("Anna Berg") == "AB" and photos.initials("") == "?"
    centre = initials.toImage().pixelColor(24, 12)
    assert centre.alpha() == 255
    corner = initials.toImage().pixelColor(1, 1)
    assert corner.alpha() == 0  # round
    framed = photos.avatar_pixmap(persona.model_copy(update={"photo": photo}), 64, dpr=2)
    assert framed.toImage().width() == 128 and framed.devicePixelRatio() == 2


# -- the file and the JSON ----------------------------------------------------------------------


def _with_photo(project, photo):
    personas = [p.model_copy(update={"photo": photo}) if p.id == "anna" else p for p in project.personas]
    return project.model_copy(update={"personas": personas})


def test_photo_survives_save_and_reopen(doc, photo, tmp_path):
    doc.push(C.Edit(doc, PersonaRef("anna"), {"photo": photo}))
    assert doc.persona("anna").photo == photo
    path = doc.save(tmp_path / "p.waymark")
    raw = sqlite3.connect(path)
    (blob,) = raw.execute("SELECT photo FROM personas WHERE id = 'anna'").fetchone()
    raw.close()
    assert isinstance(blob, bytes) and blob.startswith(PNG_SIGNATURE)
    project, inspection = read_project_file(path)
    assert inspection.schema_version == S.SCHEMA_VERSION
    assert project.persona("anna").photo == photo and project.persona("marco").photo is None
    doc.undo_stack.undo()
    assert doc.persona("anna").photo is None


def test_photo_round_trips_through_json(sample_project, photo, tmp_path, capsys):
    source = tmp_path / "a.waymark"
    create_project_file(_with_photo(sample_project, photo), source)
    out = tmp_path / "a.json"
    assert main(["export", str(source), "--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["personas"][0]["photo"] == photo and "photo" not in data["personas"][1]
    copy = tmp_path / "b.waymark"
    assert main(["new", str(copy), "--from-json", str(out)]) == 0
    capsys.readouterr()
    project, _ = read_project_file(copy)
    assert snapshot(project) == snapshot(_with_photo(sample_project, photo))
    assert write_project_json(project) == out.read_text(encoding="utf-8")


def test_a_damaged_photo_blob_is_reported(sample_file):
    raw = sqlite3.connect(sample_file)
    raw.execute("UPDATE personas SET photo = X'00010203' WHERE id = 'anna'")
    raw.execute("UPDATE project SET checksum = NULL")
    raw.commit()
    raw.close()
    with pytest.raises(WaymarkError, match=r"damaged .*personas\['anna'\]\.photo"):
        read_project_file(sample_file)


def test_schema_2_file_is_upgraded(tmp_path, sample_project, photo):
    from tests.test_migrations import make_v1_file_without_width

    path = tmp_path / "v2.waymark"
    make_v1_file_without_width(path, sample_project)
    raw = sqlite3.connect(path)
    raw.execute("ALTER TABLE stages ADD COLUMN width REAL")  # the 1 -> 2 step, as Waymark 2 made files
    raw.execute("PRAGMA user_version = 2")
    raw.commit()
    raw.close()
    assert inspect_file(path).schema_version == 2
    session = ProjectSession.open(path)
    try:
        assert snapshot(session.project)["personas"] == snapshot(sample_project)["personas"]
        doc = Document(session)
        doc.push(C.Edit(doc, PersonaRef("marco"), {"photo": photo}))
        doc.save()
    finally:
        session.close()
    assert inspect_file(path).schema_version == S.SCHEMA_VERSION
    project, _ = read_project_file(path)
    assert project.persona("marco").photo == photo
    assert main(["check", str(path)]) == 0


# -- the editor --------------------------------------------------------------------------------


def _editor(qtbot, doc, pid):
    editor = PersonaEditor(doc, pid)
    qtbot.addWidget(editor)
    return editor


def _type(qtbot, widget, text):
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_editor_creates_a_persona_in_one_step(qtbot, doc, tmp_path):
    picture = tmp_path / "lea.jpg"
    _image(1200, 900).save(str(picture), "JPEG")
    before = doc.undo_stack.count()
    editor = _editor(qtbot, doc, None)
    assert editor.ok_button.text() == "Create Persona"
    _type(qtbot, editor.name_edit, "Lea Novak")
    _type(qtbot, editor.role_edit, "Small business owner")
    editor.quote_edit.setPlainText("I need it to just work.")
    editor.list_edits["goals"].setPlainText("Pay suppliers on time\n\n  Save an hour a week  ")
    editor.list_edits["frustrations"].setPlainText("Hidden fees")
    editor.set_color("#3fa37c")
    assert editor.load_photo(picture)
    qtbot.mouseClick(editor.ok_button, Qt.LeftButton)
    assert editor.result() == QDialog.Accepted
    assert doc.undo_stack.count() == before + 1
    persona = doc.persona(editor.persona_id)
    assert editor.persona_id.startswith("persona-")
    assert (persona.name, persona.role, persona.quote, persona.color) == (
        "Lea Novak",
        "Small business owner",
        "I need it to just work.",
        "#3FA37C",
    )
    assert persona.goals == ["Pay suppliers on time", "Save an hour a week"] and persona.needs == []
    assert _png_of(persona.photo).width() == 512
    doc.undo_stack.undo()
    assert doc.project.persona(editor.persona_id) is None


def test_editor_edits_every_field_in_one_step(qtbot, doc, tmp_path, monkeypatch):
    picture = tmp_path / "anna.png"
    _image(640, 640).save(str(picture))
    old = doc.persona("anna")
    editor = _editor(qtbot, doc, "anna")
    assert editor.name_edit.text() == "Anna Berg"
    assert editor.list_edits["needs"].toPlainText().splitlines() == old.needs
    _type(qtbot, editor.name_edit, "Anna B.")
    editor.list_edits["needs"].appendPlainText("A second opinion")
    monkeypatch.setattr("app.views.persona_editor.QFileDialog.getOpenFileName", lambda *a, **k: (str(picture), ""))
    qtbot.mouseClick(editor.choose_photo_button, Qt.LeftButton)
    assert editor.photo is not None and editor.remove_photo_button.isEnabled()
    monkeypatch.setattr("app.views.persona_editor.QColorDialog.getColor", lambda *a, **k: QColor("#112233"))
    qtbot.mouseClick(editor.color_button, Qt.LeftButton)
    assert editor.color_button.text() == "#112233"
    assert set(editor.changes()) == {"name", "needs", "photo", "color"}
    count = doc.undo_stack.count()
    editor.accept()
    assert doc.undo_stack.count() == count + 1
    new = doc.persona("anna")
    assert (new.name, new.needs[-1], new.color) == ("Anna B.", "A second opinion", "#112233")
    assert new.photo is not None
    doc.undo_stack.undo()
    assert doc.persona("anna") == old
    doc.undo_stack.redo()
    assert doc.persona("anna") == new

    # Removing the photo is one more step; an unchanged dialog pushes nothing.
    editor = _editor(qtbot, doc, "anna")
    qtbot.mouseClick(editor.remove_photo_button, Qt.LeftButton)
    editor.accept()
    assert doc.persona("anna").photo is None and doc.undo_stack.count() == count + 2
    editor = _editor(qtbot, doc, "anna")
    editor.accept()
    assert doc.undo_stack.count() == count + 2


def test_editor_shows_refusals_and_stays_open(qtbot, doc, tmp_path):
    editor = _editor(qtbot, doc, "anna")
    editor.show()
    bad = tmp_path / "photo.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 definitely not a jpeg")
    assert not editor.load_photo(bad)
    assert editor.error.startswith("photo.jpg is not an image Waymark can read (")
    assert editor.photo is None
    editor.name_edit.clear()
    count = doc.undo_stack.count()
    editor.accept()
    assert editor.isVisible() and editor.error == "A persona needs a name."
    editor.name_edit.setText("Anna")
    editor.list_edits["goals"].setPlainText("x" * (L.MAX_LIST_ITEM + 1))
    editor.accept()
    assert editor.isVisible() and "goals" in editor.error and doc.undo_stack.count() == count
    editor.list_edits["goals"].setPlainText("ok")
    editor.accept()
    assert not editor.isVisible() and doc.undo_stack.count() == count + 1


# -- the gallery -------------------------------------------------------------------------------


def _gallery(qtbot, doc):
    gallery = PersonaGallery(doc)
    qtbot.addWidget(gallery)
    return gallery


def _names(gallery):
    return [gallery.cards.item(i).data(Qt.UserRole + 1)["name"] for i in range(gallery.cards.count())]


def test_gallery_mirrors_the_document(qtbot, doc, photo):
    gallery = _gallery(qtbot, doc)
    assert not gallery.isModal()
    assert _names(gallery) == ["Anna Berg", "Marco Rossi"]
    card = gallery.item_for("anna").data(Qt.UserRole + 1)
    assert card["journeys"] == "Appears in " + doc.journey(J).name
    assert gallery.item_for("marco").data(Qt.UserRole + 1)["journeys"] == "Not in any journey yet"
    doc.push(C.Edit(doc, PersonaRef("marco"), {"name": "Marco R.", "photo": photo}))
    doc.push(C.Edit(doc, JourneyRef(J), {"persona_ids": ["anna", "marco"]}))
    assert _names(gallery) == ["Anna Berg", "Marco R."]
    assert gallery.item_for("marco").data(Qt.UserRole + 1)["journeys"].startswith("Appears in ")
    doc.push(C.add_persona(doc, Persona(id="lea", name="Lea"), 0))
    assert _names(gallery)[0] == "Lea"
    gallery.show()
    qtbot.waitExposed(gallery)
    gallery.grab()  # the delegate paints every kind of card without error


def test_gallery_asks_before_deleting_a_persona_in_use(qtbot, doc, monkeypatch):
    gallery = _gallery(qtbot, doc)
    before = snapshot(doc.project)
    asked = []

    def answer(reply):
        def question(parent, title, text, *args, **kwargs):
            asked.append(text)
            return reply

        return question

    gallery.select("anna")
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.Cancel))
    assert not gallery.delete_selected()
    assert doc.project.persona("anna") is not None and snapshot(doc.project) == before
    assert doc.journey(J).name in asked[0] and "14 emotion points" in asked[0]

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.Yes))
    qtbot.mouseClick(gallery.delete_button, Qt.LeftButton)
    assert doc.project.persona("anna") is None
    assert doc.journey(J).persona_ids == [] and not any(e.persona == "anna" for e in doc.journey(J).emotions)
    assert _names(gallery) == ["Marco Rossi"]
    assert persona_usage(doc, "marco") == ([], 0)

    doc.undo_stack.undo()
    assert snapshot(doc.project) == before
    assert _names(gallery) == ["Anna Berg", "Marco Rossi"]
    assert len([e for e in doc.journey(J).emotions if e.persona == "anna"]) == 14


def test_gallery_deletes_an_unused_persona_without_asking(qtbot, doc, monkeypatch):
    gallery = _gallery(qtbot, doc)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    gallery.select("marco")
    assert gallery.delete_selected()
    assert doc.project.persona("marco") is None
    doc.undo_stack.undo()
    assert _names(gallery) == ["Anna Berg", "Marco Rossi"]


def test_gallery_new_and_edit_open_the_editor(qtbot, doc, monkeypatch):
    gallery = _gallery(qtbot, doc)
    gallery.show()
    qtbot.waitExposed(gallery)
    opened = []

    def fake_exec(editor):
        opened.append(editor.persona_id)
        if editor.persona_id is None:
            editor.name_edit.setText("Lea")
        editor.accept()
        return editor.result()

    monkeypatch.setattr(PersonaEditor, "exec", fake_exec)
    qtbot.mouseClick(gallery.new_button, Qt.LeftButton)
    assert _names(gallery) == ["Anna Berg", "Marco Rossi", "Lea"]
    assert gallery.selected_id() == doc.project.personas[2].id
    rect = gallery.cards.visualItemRect(gallery.item_for("anna"))
    qtbot.mouseClick(gallery.cards.viewport(), Qt.LeftButton, pos=rect.center())
    assert gallery.selected_id() == "anna"
    qtbot.mouseDClick(gallery.cards.viewport(), Qt.LeftButton, pos=rect.center())
    assert opened == [None, "anna"]


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder"])
def test_a_photo_that_is_not_a_regular_file_is_refused_at_once(qapp, tmp_path, kind):
    """Issue 12, item 7: a FIFO offered as a photo blocked the decoder (and the window)."""
    path = tmp_path / "face.png"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    else:
        path.symlink_to("/dev/zero")
    with pytest.raises(WaymarkError, match=r"face.png is a (named pipe|character device|folder).*, not a photo"):
        photos.photo_from_file(path)
