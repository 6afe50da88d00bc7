"""The PDF's evidence appendix: every card that holds an image, links or comments, with them.

The map shows a card's evidence only as badges (there is no room for a screenshot in a
cell); here each such card gets its text, where it sits, its image scaled to fit the column,
its links as clickable text, and its comment thread (author · date, then the text).
"""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.colors import HexColor  # type: ignore[import-untyped]
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]

from app import theme as T
from app.exporters.pdf import fastpdf, fonts
from app.exporters.pdf import style as S
from app.exporters.pdf.other_pages import Flow, M
from app.i18n import translate
from app.models.entities import Card, Journey, photo_bytes
from app.models.evidence import cards_with_evidence, instant_text

LINK_INK = HexColor(T.SELECTION)
MAX_IMAGE_H = 260.0  # pt: a screenshot reads at this height and leaves room for its thread
PX = 0.75  # pt per image pixel (96 dpi), so a small screenshot is not blown up


def any_evidence(journeys: list[Journey]) -> bool:
    return any(cards_with_evidence(j) for j in journeys)


def evidence_appendix(flow: Flow, journeys: list[Journey]) -> None:
    flow.text(translate("PdfEvidence", "Appendix: evidence on cards"), 14, True, gap=6)
    for journey in journeys:
        cards = cards_with_evidence(journey)
        if not cards:
            continue
        if len(journeys) > 1:
            flow.text(journey.name, 12, True, gap=4)
        for card in cards:
            _card(flow, journey, card)


def _card(flow: Flow, journey: Journey, card: Card) -> None:
    flow.need(40)
    flow.text(card.text.strip() or translate("PdfEvidence", "(a card without text)"), 10, True, gap=0)
    stage, lane = journey.stage(card.stage), journey.lane(card.lane)
    flow.text(
        translate("PdfEvidence", "{stage} · {lane}").format(
            stage=stage.name if stage else "?", lane=lane.name if lane else "?"
        ),
        8.5,
        colour=S.MUTED,
        gap=4,
    )
    indent, page, bottom = 14.0, flow.c.getPageNumber(), None
    if card.image:
        placed = _image(flow, card.image)
        if placed is not None:  # links and comments go beside the picture, as on the inspector
            width, bottom = placed
            indent = 14 + width + 16
    for url in card.links:
        _link(flow, url, indent)
    for comment in card.comments:
        flow.text(f"{comment.author} · {instant_text(comment.date)}", 8.5, True, indent=indent, colour=S.MUTED, gap=0)
        flow.text(comment.text, 9.5, indent=indent, gap=4)
    if bottom is not None and flow.c.getPageNumber() == page:
        flow.y = min(flow.y, bottom)
    flow.y -= 10


def _image(flow: Flow, image: str) -> tuple[float, float] | None:
    """Draw the card's image at the column's left; (its width, the y below it), or None."""
    data = photo_bytes(image)
    if not data:
        return None
    try:
        reader = ImageReader(BytesIO(data))
        px_w, px_h = reader.getSize()
    except Exception:  # a damaged image must not stop the export
        return None
    room = (flow.paper[0] - 2 * M) * 0.45
    scale = min(PX, room / px_w, MAX_IMAGE_H / px_h)
    w, h = px_w * scale, px_h * scale
    flow.need(h + 6)
    top = flow.y
    try:
        flow.c.drawImage(reader, M + 14, top - h, w, h, mask="auto")
    except Exception:
        return None
    return w, top - h - 6


def _link(flow: Flow, url: str, indent: float) -> None:
    """One link per line, cut to the column with "…", the whole line clickable."""
    size = 9.0
    x = M + indent
    text = fonts.fit(url, size, flow.paper[0] - M - x)
    flow.need(size * 1.3)
    flow.y -= size * 1.3
    fastpdf.fill(flow.c, LINK_INK)
    drawn = fonts.draw(flow.c, x, flow.y, text, size)
    flow.c.linkURL(url, (x, flow.y - 2, x + drawn, flow.y + size), relative=1)
    flow.y -= 2
