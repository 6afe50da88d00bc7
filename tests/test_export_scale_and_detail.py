"""Issue 14, item 10a/b: a PNG too large at the default scale is made at the largest scale that
fits (and says so), and exports draw every card in full detail at any scale."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMainWindow

from app.cli import main
from app.models.project_file import read_project_file
from app.views.board import image_export as X
from app.views.board import style as S
from app.views.board.card_item import CardItem
from app.views.board.view import BoardView
from app.views.export_launch import ExportLauncher


def test_no_scale_on_a_big_map_shrinks_to_fit_and_says_so(qapp, sample_file, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(X, "MAX_PIXELS", 1_000_000)
    out = tmp_path / "big.png"
    assert main(["export", str(sample_file), "--png", str(out)]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("waymark: scaled to 0.")
    assert "to stay within 1,000,000 pixels" in err[0]
    image = QImage(str(out))
    assert image.width() * image.height() <= 1_000_000
    scale = float(err[0].split("scaled to ")[1].split()[0])
    assert (image.width(), image.height()) == _size(sample_file, scale)


def test_no_scale_on_a_map_that_fits_says_nothing(qapp, sample_file, tmp_path, capsys):
    out = tmp_path / "board.png"
    assert main(["export", str(sample_file), "--png", str(out)]) == 0
    assert capsys.readouterr().err == ""
    assert (QImage(str(out)).width(), QImage(str(out)).height()) == _size(sample_file, 1.0)


def test_an_explicit_scale_too_large_is_still_refused(qapp, sample_file, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(X, "MAX_PIXELS", 1_000_000)
    out = tmp_path / "big.png"
    assert main(["export", str(sample_file), "--png", str(out), "--scale", "1"]) == 1
    assert "use a scale of at most 0." in capsys.readouterr().err and not out.exists()


def test_the_window_says_which_scale_it_chose(qapp, doc, tmp_path, monkeypatch):
    monkeypatch.setattr(X, "MAX_SIDE", 1500)
    window = QMainWindow()
    view = BoardView(doc)
    window.setCentralWidget(view)
    view.show_journey("buy-phone")
    path = ExportLauncher(window, doc, view).export_image_to(tmp_path / "board.png", "buy-phone")
    assert path is not None and max(QImage(str(path)).width(), QImage(str(path)).height()) <= 1500
    message = window.statusBar().currentMessage()
    assert "scaled to 0." in message and "to stay within 1,500 pixels a side" in message
    window.close()


def _size(sample_file, scale: float) -> tuple[int, int]:
    scene = X.journey_scene(read_project_file(sample_file)[0])
    scene.show_journey("buy-phone")
    size = X.pixel_size(scene, scale)
    scene.show_journey(None)
    return size.width(), size.height()


@pytest.mark.parametrize("scale", [0.5, 0.2])
def test_png_at_a_small_scale_keeps_vote_badges(qapp, doc, tmp_path, scale):
    scene = X.journey_scene(doc.project)
    scene.show_journey("buy-phone")
    source = X.source_rect(scene)
    # the badges show the shown voting session's totals (the sample shows its ended session)
    voted = [it for it in scene.items() if isinstance(it, CardItem) and it.vote_marks().total]
    assert voted
    badges = []  # (left, top, right, bottom) in the picture's pixels
    for item in voted:
        right, bottom = item.pos().x() + item.rect.width() - S.CARD_PAD, item.pos().y() + item.rect.height() - 4
        badges.append(
            [
                (v - o) * scale
                for v, o in zip((right - 22, bottom - 15, right, bottom), source.topLeft().toTuple() * 2, strict=True)
            ]
        )
    scene.show_journey(None)
    done = X.export_journey(doc.project, "buy-phone", tmp_path / "small.png", scale)
    image = QImage(str(done.path))

    def darkest(left, top, right, bottom) -> int:
        xs, ys = range(int(left) + 1, int(right)), range(int(top) + 1, int(bottom))
        return min(image.pixelColor(x, y).lightness() for x in xs for y in ys)

    dark = [darkest(*box) < 140 for box in badges]
    assert all(dark), f"{dark.count(False)} of {len(dark)} vote badges missing at scale {scale}"


def test_svg_at_a_small_scale_keeps_tags_and_evidence(qapp, doc, tmp_path):
    tagged = next(c for c in doc.journey("buy-phone").cards if c.tags and c.evidence)
    done = X.export_journey(doc.project, "buy-phone", tmp_path / "small.svg", 0.3)
    text = done.path.read_text(encoding="utf-8")
    assert f"#{tagged.tags[0]}" in text
    assert S.EVIDENCE_MARKS[tagged.evidence][1].lower() in text


def test_the_board_still_simplifies_when_zoomed_out(qtbot, doc):
    """Level of detail stays for the screen: zoomed out, cards are blocks (cheap to paint)."""
    from tests.conftest import open_board_view

    view = open_board_view(qtbot, doc)
    painted = []
    real = CardItem._paint_footer
    CardItem._paint_footer = lambda self, painter: painted.append(self) or real(self, painter)
    try:
        view.set_zoom(0.2)
        view.viewport().repaint()
    finally:
        CardItem._paint_footer = real
    assert painted == []
    assert QColor(S.VOTE_BG).lightness() < 110
