"""One layout: the board, the PNG/SVG export and the PDF take their positions from
app/models/map_layout.py, each giving it only a way to measure text.

Each caller is caught calling ``map_layout.lay_out`` (a spy that returns the real result), and
what it shows is compared with that result: the scene's items, the exported picture's scene,
and the words on the PDF page, which sit where the layout says scaled by UNIT.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QPointF

from app.models import map_layout as M
from app.models.project_file import read_project_file
from app.models.refs import CardRef, LaneRef, MetricRef, StageRef
from tests.pdf_words import page_words

J = "buy-phone"

needs_poppler = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="poppler-utils missing"
)


@pytest.fixture
def laid_out(monkeypatch) -> list[tuple[str, object, M.JourneyLayout]]:
    """Every call of map_layout.lay_out: (journey id, the measure given, the layout made)."""
    calls: list[tuple[str, object, M.JourneyLayout]] = []
    real = M.lay_out

    def spy(journey, measure):
        layout = real(journey, measure)
        calls.append((journey.id, measure, layout))
        return layout

    monkeypatch.setattr(M, "lay_out", spy)
    return calls


def assert_scene_shows(scene, layout: M.JourneyLayout) -> None:
    """Stage x and widths, lane y and heights, and card boxes of the items are the layout's."""
    journey = scene.journey()
    assert [s.id for s in journey.stages] == [sid for sid, _x, _w in layout.columns]
    for sid, x, w in layout.columns:
        header = scene.refs[StageRef(journey.id, sid)]
        assert (header.pos(), header.rect.width()) == (QPointF(x, 0), w), sid
    for lid, y, h in layout.rows:
        header = scene.refs[LaneRef(journey.id, lid)]
        assert (header.pos(), header.rect.height()) == (QPointF(0, y), h), lid
    shown = [c for c in journey.cards if CardRef(journey.id, c.id) in scene.refs]
    assert len(shown) == len(journey.cards) == len(layout.cards)
    for card in shown:
        item, box = scene.refs[CardRef(journey.id, card.id)], layout.cards[card.id]
        assert (item.pos().x(), item.pos().y(), item.rect.width(), item.rect.height()) == (box.x, box.y, box.w, box.h)
    for lane in journey.lanes:
        if lane.kind == "metric":
            for sid, _x, w in layout.columns:
                item = scene.refs[MetricRef(journey.id, lane.id, sid)]
                cell = layout.cell_rect(lane.id, sid)
                assert (item.pos(), item.rect.width(), item.rect.height()) == (QPointF(cell.x, cell.y), w, cell.h)


def test_the_layout_module_imports_neither_qt_nor_reportlab():
    code = "import sys, app.models.map_layout; print(sorted({m.split('.')[0] for m in sys.modules}))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "PySide6" not in out and "reportlab" not in out, out


def test_the_board_takes_its_positions_from_the_layout(doc, laid_out, monkeypatch):
    from app.document import commands as C
    from app.views.board.layout import QtTextMeasure
    from app.views.board.scene import BoardScene

    scene = BoardScene(doc)
    scene.show_journey(J)
    try:
        (jid, measure, layout), *_ = laid_out
        assert jid == J and isinstance(measure, QtTextMeasure)
        assert scene.layout is layout
        assert_scene_shows(scene, layout)

        # an edit inside a cell updates that layout in place, through the same module
        updates = []
        real_update = M.update_layout
        monkeypatch.setattr(M, "update_layout", lambda *args: updates.append(args[2]) or real_update(*args))
        card = doc.journey(J).cards_in_cell("doing", "search")[0]
        doc.push(C.Edit(doc, CardRef(J, card.id), {"text": "a much longer text " * 12}))
        assert updates == [{("doing", "search")}]
        assert scene.layout is layout
        assert_scene_shows(scene, layout)
        again = M.lay_out(doc.journey(J), measure)  # and it equals a layout made afresh
        assert (again.rows, again.columns, again.cards) == (layout.rows, layout.columns, layout.cards)
    finally:
        scene.show_journey(None)


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_png_and_svg_take_their_positions_from_the_layout(qapp, sample_file, tmp_path, laid_out, monkeypatch, suffix):
    from app.cli import main
    from app.models import session
    from app.views.board import image_export as X
    from app.views.board.layout import QtTextMeasure

    drawn = []
    real_export = X.export_scene

    def capture(scene, target, scale=1.0, *, title=""):
        drawn.append((scene, scene.layout))
        assert_scene_shows(scene, scene.layout)  # what is rendered, item by item
        return real_export(scene, target, scale, title=title)

    monkeypatch.setattr(X, "export_scene", capture)

    def no_session(*_args, **_kwargs):
        raise AssertionError("a picture is drawn from a snapshot, not through a session")

    monkeypatch.setattr(session.ProjectSession, "open", no_session)
    monkeypatch.setattr(session.ProjectSession, "create", no_session)
    before = sorted(p.name for p in sample_file.parent.iterdir())

    out = tmp_path / f"board{suffix}"
    assert main(["export", str(sample_file), f"--{suffix[1:]}", str(out)]) == 0
    (jid, measure, layout), *_ = laid_out
    assert jid == J and isinstance(measure, QtTextMeasure)
    assert len(drawn) == 1 and drawn[0][1] is layout
    assert sorted(p.name for p in sample_file.parent.iterdir()) == sorted([*before, out.name])  # no lock left


def _has_word(words, text: str, x: float, top: float, bottom: float, slack: float = 0.6) -> bool:
    return any(
        w == text and abs(x0 - x) <= slack and top - slack <= y0 and y1 <= bottom + slack
        for w, x0, y0, _x1, y1 in words
    )


@needs_poppler
def test_the_pdf_draws_the_layout_scaled_by_unit(sample_file, tmp_path, laid_out, monkeypatch):
    from app.exporters.pdf import PdfOptions, export_pdf, map_drawing, map_pages
    from app.exporters.pdf import style as S
    from app.exporters.pdf.layout import ReportlabMeasure

    boxes = []
    real_draw_card = map_drawing.draw_card
    monkeypatch.setattr(
        map_drawing, "draw_card", lambda c, placed: boxes.append(placed.box) or real_draw_card(c, placed)
    )
    project, _inspection = read_project_file(sample_file)
    out = tmp_path / "map.pdf"
    export_pdf(project, out, PdfOptions(journey_id=J, layout="poster"))

    (jid, measure, layout), *_ = laid_out
    assert jid == J and isinstance(measure, ReportlabMeasure)
    assert sorted(map(id, boxes)) == sorted(map(id, layout.cards.values()))  # the layout's own boxes, each once

    # The poster grows to hold the map at UNIT; board (x, y) lands at the page's (MARGIN + x·UNIT,
    # MARGIN + TITLE_H + y·UNIT) from its top left.
    u, left, top = S.UNIT, map_pages.MARGIN, map_pages.MARGIN + map_pages.TITLE_H
    words = page_words(out, 2)
    journey = project.journey(J)
    for card in journey.cards:
        box = layout.cards[card.id]
        first = box.lines[0].split()[0]
        assert _has_word(words, first, left + (box.x + S.CARD_PAD) * u, top + box.y * u, top + (box.y + box.h) * u), (
            card.id
        )
    for i, stage in enumerate(journey.stages):
        _sid, x, w = layout.columns[i]
        assert _has_word(words, stage.name.split()[0], left + (x + 10) * u, top, top + S.STAGE_HEADER_H * u), stage.id
    for lane in journey.lanes:
        y, h = layout.row(lane.id)
        assert _has_word(words, lane.name.split()[0], left + 36 * u, top + y * u, top + (y + h) * u), lane.id
    # Each face's score label is drawn at one corner of it (app/models/score_labels.py: above or
    # below, right or left, off the curves), its baseline at a fixed distance above or below the
    # face's centre: the same distance from its word box's top for every score, if faces sit
    # where map_layout.score_to_y says.
    from app.exporters.pdf import map_drawing as D

    sizes = D.LABEL_SIZES
    offsets = []
    for point in journey.emotions:
        x, w = layout.column(point.stage)
        centre_y = M.score_to_y(point.score, *layout.row(point.lane))
        baselines = [top + (centre_y + t + D.LABEL_BASELINE) * u for t in (sizes.above_top, sizes.below_top)]
        label = f"{point.score:+g}" if point.score else "0"
        centre_x = left + (x + w / 2) * u
        found = [
            y0 - baseline
            for text, x0, y0, _x1, y1 in words
            for baseline in baselines
            if text == label
            and (
                abs(x0 - (centre_x + sizes.inset * u)) <= 0.6
                or centre_x - (sizes.inset + 30 + D.NOTE_W) * u < x0 < centre_x - sizes.inset * u
            )
            and y0 < baseline < y1
        ]
        assert len(found) >= 1, point.key
        offsets.append(found[0])
    assert max(offsets) - min(offsets) <= 0.3, offsets
