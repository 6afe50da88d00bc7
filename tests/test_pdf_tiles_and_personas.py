"""Issue 14, item 10f/g: the PDF persona page draws the app's initials; tiles keep crop marks off
the page number, start at a lane (stage) that fits, and repeat the label of a lane they cut."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from app.exporters.pdf import PdfOptions, export_pdf, fonts, map_pages
from app.exporters.pdf import style as S
from app.exporters.pdf.layout import layout_journey
from app.models import avatars
from app.models.entities import Card, Project
from app.models.library import sample_project
from tests.pdf_words import page_words

needs_poppler = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="poppler-utils missing"
)


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def _tile_pages(pdf: Path) -> dict[str, int]:
    found = {}
    for page in range(1, _pages(pdf) + 1):
        words = [w[0] for w in page_words(pdf, page)]
        for a, b in zip(words, words[1:], strict=False):
            if a == "Tile":
                found[b] = page
    return found


# -- f. initials on the persona page ----------------------------------------------------------------


@needs_poppler
def test_persona_without_photo_shows_its_initials(tmp_path):
    from app.views import photos

    project = sample_project()
    out = tmp_path / "p.pdf"
    export_pdf(project, out, PdfOptions(layout="poster"))
    page = next(p for p in range(1, _pages(out) + 1) if any(w[0] == "Frustrations" for w in page_words(out, p)))
    words = page_words(out, page)
    name = next(w for w in words if w[0] == "Anna")
    initials = [w for w in words if w[0] == "AB"]
    assert initials, "no initials where the photo would be"
    _text, x0, y0, x1, y1 = initials[0]
    assert x1 < name[1] and abs((x0 + x1) / 2 - (48 + 60)) < 3  # centred in the disc, left of the name
    assert photos.initials is avatars.initials  # one rule for the window and the PDF


def test_initials_colour_follows_the_persona_colour():
    assert avatars.dark_text_on("#F5E6A3") and not avatars.dark_text_on("#2F3A4F")
    assert avatars.initials("Anna Berg") == "AB" and avatars.initials("") == "?"


# -- g. tiles ---------------------------------------------------------------------------------------


@needs_poppler
def test_crop_marks_keep_clear_of_the_page_number(tmp_path, monkeypatch):
    marks = []
    real = map_pages._crop_marks
    monkeypatch.setattr(map_pages, "_crop_marks", lambda c, *box: marks.append((c._pagesize, box)) or real(c, *box))
    out = tmp_path / "t.pdf"
    export_pdf(sample_project(), out, PdfOptions(layout="tiled", paper="A4"))
    tiles = _tile_pages(out)
    assert len(marks) == len(tiles) > 2
    for page in tiles.values():
        (pw, ph), (x0, y0, x1, y1) = marks[page - 2]  # the cover comes first
        words = page_words(out, page)
        label = [w for w in words if w[0] == "page"]  # the page number's, lowest (a card may say "page")
        assert label, page
        _t, lx0, ly0, lx1, ly1 = max(label, key=lambda w: w[2])
        number = next(w for w in words if w[0] == str(page))
        right = max(lx1, number[3])
        lowest = ph - (y0 - map_pages.CROP_REACH)  # the lowest reach of the bottom marks, from the top
        reach_x = x1 + map_pages.CROP_REACH
        overlaps = lx0 - 1 < reach_x and right + 1 > x1 - 1 and ly0 - 1 < lowest
        assert not overlaps, f"page {page}: crop mark down to {lowest:.1f} pt over the label at {ly0:.1f} pt"


def _moved_emotion_lane() -> Project:
    project = sample_project()
    journey = project.journeys[0]
    lanes = list(journey.lanes)
    emotion = next(ln for ln in lanes if ln.kind.value == "emotion")
    lanes.remove(emotion)
    lanes.insert(3, emotion)
    journey.lanes[:] = lanes
    return project


def test_every_lane_and_stage_that_fits_a_tile_is_whole_on_one():
    fonts.register_fonts()
    lay = layout_journey(_moved_emotion_lane().journeys[0])
    for paper in ((842.0, 595.0), (595.0, 842.0), (792.0, 612.0)):
        xs, ys, bw, bh = map_pages.tile_grid(lay, paper)
        for _lid, y, h in lay.geometry.rows:
            if h <= bh:
                assert any(y0 - 0.01 <= y and y + h <= y0 + bh + 0.01 for y0 in ys), (paper, _lid)
        for _sid, x, w in lay.geometry.columns:
            if w <= bw:
                assert any(x0 - 0.01 <= x and x + w <= x0 + bw + 0.01 for x0 in xs), (paper, _sid)
        overlap = map_pages.OVERLAP / S.UNIT
        for starts, size in ((xs, bw), (ys, bh)):
            assert all(b > a and b <= a + size - overlap + 0.01 for a, b in zip(starts, starts[1:], strict=False))


@needs_poppler
def test_the_emotion_lane_is_whole_on_a_tile_with_its_label(tmp_path):
    project = _moved_emotion_lane()
    out = tmp_path / "t.pdf"
    export_pdf(project, out, PdfOptions(layout="tiled", paper="A4"))
    journey = project.journeys[0]
    first = {s.id for s in journey.stages[:3]}  # on the first column of tiles
    labels = {f"{p.score:+g}" if p.score else "0" for p in journey.emotions if p.stage in first}
    found = False
    for page in _tile_pages(out).values():
        words = [w[0] for w in page_words(out, page)]
        if "Search" in words and labels <= set(words):
            assert "Feeling" in words  # the lane's label is on the tile that shows its curve
            found = True
    assert found


@needs_poppler
def test_a_lane_taller_than_a_tile_repeats_its_label_on_every_tile(tmp_path):
    project = sample_project()
    journey = project.journeys[0]
    lane = journey.lanes[0]
    stage = journey.stages[0]
    journey.cards.extend(
        Card(id=f"tall-{n}", lane=lane.id, stage=stage.id, text=f"Observation number {n} from the workshop")
        for n in range(40)
    )
    project = Project.model_validate(project.model_dump())
    out = tmp_path / "t.pdf"
    export_pdf(project, out, PdfOptions(layout="tiled", paper="A4"))
    fonts.register_fonts()
    lay = layout_journey(project.journeys[0])
    _lid, ly, lh = lay.geometry.rows[0]
    xs, ys, _bw, bh = map_pages.tile_grid(lay, (842.0, 595.0))
    assert lh > bh
    cut = [row for row, y0 in enumerate(ys) if ly < y0 < ly + lh - 40]
    assert cut
    tiles = _tile_pages(out)
    for row in cut:
        page = tiles[map_pages.grid_label(0, row)]
        words = page_words(out, page)
        assert any(w[0] == lane.name.split()[0] and w[1] < map_pages.MARGIN + S.LANE_HEADER_W * S.UNIT for w in words)
