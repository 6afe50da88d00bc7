"""A journey's map as pages: one poster page, or tiles of the chosen paper.

Tiles overlap their neighbours by at least OVERLAP. A tile starts at the top of a lane (or
the left of a stage) when that lane fits on it, so a lane is read whole on one tile, its
label and emotion curve included, instead of being cut under the repeated headers; only a
lane taller than a tile is split, and each tile it continues on repeats its label. The crop
marks stay clear of the page number at the foot of the page.
"""

from __future__ import annotations

import string
from collections.abc import Sequence

from reportlab.lib.colors import HexColor

from app.exporters.pdf import fonts
from app.exporters.pdf import style as S
from app.exporters.pdf.layout import MapLayout
from app.exporters.pdf.map_drawing import draw_body, draw_lane_headers, draw_stage_headers
from app.i18n import translate

MAX_SIDE = 14_400.0
MARGIN = 28.0
TITLE_H = 30.0
OVERLAP = 36.0  # pt each tile shares with its neighbours, at least
FOOTER_H = 14.0  # pt kept free under a tile's crop marks for the page number
CROP_REACH = 16.0  # pt a crop mark reaches beyond the corner it marks (gap + dash, see _crop_marks)
LABEL_CUT = 8.0  # board units into a lane (stage) past which a tile repeats its label


def poster_page(c, lay: MapLayout, paper: tuple[float, float], title: str) -> None:
    """One page holding the whole map: at least ``paper``, in its aspect, at most 14,400 pt a side."""
    map_w, map_h = lay.width * S.UNIT, lay.height * S.UNIT
    need_w, need_h = map_w + 2 * MARGIN, map_h + 2 * MARGIN + TITLE_H
    pw, ph = paper
    grow = max(1.0, need_w / pw, need_h / ph)
    pw, ph = pw * grow, ph * grow
    if max(pw, ph) > MAX_SIDE:
        shrink = MAX_SIDE / max(pw, ph)
        pw, ph = pw * shrink, ph * shrink
    scale = min(S.UNIT, (pw - 2 * MARGIN) / lay.width, (ph - 2 * MARGIN - TITLE_H) / lay.height)
    c.setPageSize((pw, ph))
    c.setFillColor(S.INK)
    fonts.draw(c, MARGIN, ph - MARGIN - 16, title, 16, True)
    c.saveState()
    c.translate(MARGIN, ph - MARGIN - TITLE_H)
    c.scale(scale, scale)
    view = (0.0, 0.0, lay.width, lay.height)
    draw_body(c, lay, view)
    draw_stage_headers(c, lay, view)
    draw_lane_headers(c, lay, view)
    c.restoreState()


def tile_grid(lay: MapLayout, paper: tuple[float, float]) -> tuple[list[float], list[float], float, float]:
    """Tile origins (board units) across and down, and the body size a tile shows."""
    pw, ph = paper
    body_w = (pw - 2 * MARGIN) / S.UNIT - S.LANE_HEADER_W
    body_h = (ph - 2 * MARGIN - TITLE_H - FOOTER_H) / S.UNIT - S.STAGE_HEADER_H
    overlap = OVERLAP / S.UNIT
    columns = [(x, w) for _sid, x, w in lay.geometry.columns]
    rows = [(y, h) for _lid, y, h in lay.geometry.rows]
    xs = _starts(S.LANE_HEADER_W, lay.width, body_w, overlap, columns)
    ys = _starts(S.STAGE_HEADER_H, lay.height, body_h, overlap, rows)
    return xs, ys, body_w, body_h


def _starts(
    start: float, end: float, size: float, overlap: float, spans: Sequence[tuple[float, float]] = ()
) -> list[float]:
    """Where the tiles along one axis start. Each starts ``overlap`` before the one before it
    ends, or earlier, at the start of the lane (stage) found there when that lane fits on one
    tile; every start is past the one before, so the tiles always advance."""
    out = [start]
    while out[-1] + size < end - 0.5:
        nxt = out[-1] + size - overlap
        span = next(((a, n) for a, n in spans if a < nxt < a + n), None)
        if span is not None and span[0] > out[-1] and span[1] <= size:
            nxt = span[0]
        out.append(nxt)
    return out


def grid_label(col: int, row: int) -> str:
    letters = string.ascii_uppercase
    name = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        name = letters[rem] + name
    return f"{name}{row + 1}"


def tile_pages(c, lay: MapLayout, paper: tuple[float, float], title: str, on_page) -> None:
    """Every tile, row by row; ``on_page(label)`` runs before each page is drawn."""
    xs, ys, bw, bh = tile_grid(lay, paper)
    pw, ph = paper
    for row, y0 in enumerate(ys):
        for col, x0 in enumerate(xs):
            label = grid_label(col, row)
            on_page(label)
            c.setPageSize((pw, ph))
            _tile(c, lay, (pw, ph), x0, y0, bw, bh, label, title, (col, row, len(xs), len(ys)), (xs, ys))
            c.showPage()


def _tile(c, lay, paper, x0, y0, bw, bh, label, title, where, starts) -> None:
    pw, ph = paper
    u = S.UNIT
    top = ph - MARGIN - TITLE_H
    c.setFillColor(S.INK)
    fonts.draw(c, MARGIN, ph - MARGIN - 14, fonts.fit(title, 12, pw - 2 * MARGIN - 200, True), 12, True)
    fonts.draw_right(
        c, pw - MARGIN - 70, ph - MARGIN - 14, translate("PdfMap", "Tile {tile}").format(tile=label), 12, True
    )
    body_left = MARGIN + S.LANE_HEADER_W * u
    body_top = top - S.STAGE_HEADER_H * u
    view = (x0, y0, x0 + bw, y0 + bh)
    # body
    _clipped(
        c,
        (body_left, body_top - bh * u, bw * u, bh * u),
        (body_left - x0 * u, body_top + y0 * u),
        draw_body,
        lay,
        view,
    )
    # stage headers, repeated on every tile
    _clipped(
        c,
        (body_left, body_top, bw * u, S.STAGE_HEADER_H * u),
        (body_left - x0 * u, top),
        draw_stage_headers,
        lay,
        view,
    )
    # lane headers, repeated on every tile
    _clipped(
        c,
        (MARGIN, body_top - bh * u, S.LANE_HEADER_W * u, bh * u),
        (MARGIN, body_top + y0 * u),
        draw_lane_headers,
        lay,
        view,
    )
    _repeat_cut_labels(c, lay, (body_left, body_top), x0, y0, bw, bh, top)
    _crop_marks(c, MARGIN, body_top - bh * u, body_left + bw * u, top)
    _overview(c, lay, pw - MARGIN - 60, ph - MARGIN - 24, 60, 22, view)


def _clipped(c, clip: tuple[float, float, float, float], origin: tuple[float, float], draw, *args) -> None:
    """Draw map content in board units, moved to ``origin`` (points) and cut to ``clip`` (x, y,
    w, h in points): how a tile shows its part of the body and the headers it repeats."""
    c.saveState()
    p = c.beginPath()
    p.rect(*clip)
    c.clipPath(p, stroke=0, fill=0)
    c.translate(*origin)
    c.scale(S.UNIT, S.UNIT)
    draw(c, *args)
    c.restoreState()


def _repeat_cut_labels(c, lay: MapLayout, body: tuple[float, float], x0, y0, bw, bh, top) -> None:
    """Headers again at the tile's top (left) edge for a lane (stage) that began on an earlier
    tile: the header is drawn as if the lane began at the tile's edge, over the cut-off one."""
    u = S.UNIT
    body_left, body_top = body
    for _lid, ly, lh in lay.geometry.rows:
        if ly + LABEL_CUT < y0 < ly + lh - 40:
            shown = min(ly + lh - 7, y0 + bh) - y0  # stops above a blueprint line's label
            _clipped(
                c,
                (MARGIN, body_top - shown * u, S.LANE_HEADER_W * u, shown * u),
                (MARGIN, body_top + ly * u),
                draw_lane_headers,
                lay,
                (x0, ly, x0 + bw, ly + lh),
            )
    for _sid, sx, sw in lay.geometry.columns:
        if sx + LABEL_CUT < x0 < sx + sw - 60:
            shown = min(sx + sw - 5, x0 + bw) - x0  # the stage's own rounded end stays
            _clipped(
                c,
                (body_left, body_top, shown * u, S.STAGE_HEADER_H * u),
                (body_left - sx * u, top),
                draw_stage_headers,
                lay,
                (sx, y0, sx + sw, y0 + bh),
            )


def _crop_marks(c, x0, y0, x1, y1) -> None:
    c.setStrokeColor(HexColor("#000000"))
    c.setLineWidth(0.4)
    g = 4
    d = CROP_REACH - g
    for x, sx in ((x0, -1), (x1, 1)):
        for y, sy in ((y0, -1), (y1, 1)):
            c.line(x + sx * g, y, x + sx * (g + d), y)
            c.line(x, y + sy * g, x, y + sy * (g + d))


def _overview(c, lay: MapLayout, x, y, w, h, view) -> None:
    """A thumbnail of the whole map with this tile's place filled in."""
    c.setStrokeColor(S.MUTED)
    c.setFillColor(S.HEADER_BG)
    c.setLineWidth(0.5)
    c.rect(x, y, w, h, stroke=1, fill=1)
    sx, sy = w / lay.width, h / lay.height
    c.setFillColor(HexColor("#2F6FED"))
    vx0, vy0 = max(0.0, view[0]), max(0.0, view[1])
    vx1, vy1 = min(lay.width, view[2]), min(lay.height, view[3])
    c.rect(x + vx0 * sx, y + h - vy1 * sy, max(1.0, (vx1 - vx0) * sx), max(1.0, (vy1 - vy0) * sy), stroke=0, fill=1)
