"""The evidence badges of a card on the PDF map, in the board's look (app/views/board/evidence_badges.py):
a picture for its image, a chain link and a speech bubble with their counts.

Each glyph is a shared form (``fastpdf.place_form``), so a map with thousands of cards holding
evidence writes each glyph once. The map's coordinates: board units, y negated (see map_drawing).
"""

from __future__ import annotations

from app.exporters.pdf import fastpdf as F
from app.exporters.pdf import fonts
from app.exporters.pdf import style as S
from app.models.entities import Card

GLYPH, GAP, COUNT_GAP = 10.0, 5.0, 1.5  # as on the board
_LINE_W = 0.9


def _picture(c) -> None:
    c.roundRect(0.5, 1.5, 9, 7, 1.2, stroke=1, fill=0)
    c.setFillColor(S.MUTED)
    path = c.beginPath()
    path.moveTo(1.0, 2.0)
    path.lineTo(4.0, 5.6)
    path.lineTo(6.0, 3.4)
    path.lineTo(7.0, 4.4)
    path.lineTo(9.0, 2.0)
    path.close()
    c.drawPath(path, stroke=0, fill=1)
    c.circle(7.0, 6.3, 1.0, stroke=0, fill=1)


def _link(c) -> None:
    for cx, cy in ((3.4, 3.4), (6.6, 6.6)):
        c.saveState()
        c.translate(cx, cy)
        c.rotate(45)
        c.roundRect(-3.4, -1.8, 6.8, 3.6, 1.8, stroke=1, fill=0)
        c.restoreState()


def _bubble(c) -> None:
    c.roundRect(0.5, 2.8, 9, 6.4, 2.0, stroke=1, fill=0)
    path = c.beginPath()
    path.moveTo(2.2, 3.0)
    path.lineTo(1.8, 0.6)
    path.lineTo(4.6, 3.0)
    c.drawPath(path, stroke=1, fill=0)


_GLYPHS = {"image": _picture, "link": _link, "comment": _bubble}


def draw_marks(c, card: Card, right: float, cy: float, ty: float, texts: list[tuple]) -> float:
    """Draw ``card``'s evidence glyphs ending at ``right``, centred on canvas y ``cy``; their
    counts go into ``texts`` (baseline ``ty``), drawn with the card's other texts. Returns the
    footer's new right edge (``right`` when the card holds no evidence)."""
    parts: list[tuple[str, str]] = []
    if card.image:
        parts.append(("image", ""))
    if card.links:
        parts.append(("link", str(len(card.links))))
    if card.comments:
        parts.append(("comment", str(len(card.comments))))
    if not parts:
        return right
    size = S.SMALL_FONT * 0.93
    widths = [GLYPH + (COUNT_GAP + fonts.width(count, size, True) if count else 0.0) for _, count in parts]
    x = right - sum(widths) - GAP * (len(parts) - 1)
    left = x
    for (glyph, count), width in zip(parts, widths, strict=True):
        draw = _GLYPHS[glyph]

        def form(c, draw=draw) -> None:
            c.setStrokeColor(S.MUTED)
            c.setLineWidth(_LINE_W)
            draw(c)

        F.place_form(c, ("evidence", glyph), x, cy - GLYPH / 2, GLYPH, GLYPH, _LINE_W, form)
        if count:
            texts.append((S.MUTED, x + GLYPH + COUNT_GAP, ty, count, size, True, False))
        x += width + GAP
    return left - 6
