"""Where everything of a journey map goes, in board units (y grows downwards), without drawing.

Card heights come from wrapping their text in the bundled font; a card whose text does not
fit in CARD_MAX_H is cut with "…" and given a note number whose full text goes in the appendix.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.exporters.pdf import fonts
from app.exporters.pdf import style as S
from app.models.entities import Card, Journey, Lane


@dataclass
class CardBox:
    card: Card
    lane: Lane
    x: float
    y: float
    w: float
    h: float
    lines: list[str]
    note: int | None = None


@dataclass
class MapLayout:
    journey: Journey
    stage_x: list[float]
    stage_w: list[float]
    lane_y: list[float]
    lane_h: list[float]
    cards: list[CardBox]
    width: float
    height: float
    notes: list[tuple[int, Card]] = field(default_factory=list)
    personas: list = field(default_factory=list)

    def stage_index_at(self, x: float) -> int:
        for i, (sx, sw) in enumerate(zip(self.stage_x, self.stage_w, strict=False)):
            if sx <= x < sx + sw:
                return i
        return len(self.stage_x) - 1


def layout_journey(journey: Journey, first_note: int = 1, tick: Callable[[int], None] | None = None) -> MapLayout:
    """Lay out ``journey``; ``tick(n)`` is called after every n cards (for progress)."""
    stage_w = [s.width or S.DEFAULT_STAGE_W for s in journey.stages]
    stage_x: list[float] = []
    x = S.LANE_HEADER_W
    for w in stage_w:
        stage_x.append(x)
        x += w
    stage_index = {s.id: i for i, s in enumerate(journey.stages)}
    lane_index = {ln.id: i for i, ln in enumerate(journey.lanes)}
    cells: dict[tuple[int, int], list[Card]] = {}
    for card in journey.cards:
        si, li = stage_index.get(card.stage), lane_index.get(card.lane)
        if si is not None and li is not None:
            cells.setdefault((li, si), []).append(card)

    # measure every card once
    measured: dict[str, tuple[list[str], float, bool]] = {}
    done = 0
    for (_li, si), cards in cells.items():
        inner = stage_w[si] - 2 * S.CELL_PAD - 2 * S.CARD_PAD
        for card in cards:
            lines, h, cut = _measure(card, inner)
            measured[card.id] = (lines, h, cut)
            done += 1
            if tick and done % 250 == 0:
                tick(250)
    if tick and done % 250:
        tick(done % 250)

    lane_h: list[float] = []
    for li, lane in enumerate(journey.lanes):
        if lane.kind == "emotion":
            lane_h.append(S.EMOTION_LANE_H)
        elif lane.kind == "metric":
            lane_h.append(S.METRIC_LANE_H)
        else:
            tallest = 0.0
            for si in range(len(journey.stages)):
                cards = cells.get((li, si), [])
                if cards:
                    total = sum(measured[c.id][1] for c in cards) + S.CARD_GAP * (len(cards) - 1)
                    tallest = max(tallest, total + 2 * S.CELL_PAD)
            lane_h.append(max(S.EMPTY_LANE_H, tallest + 12))
    lane_y: list[float] = []
    y = S.STAGE_HEADER_H
    for h in lane_h:
        lane_y.append(y)
        y += h

    boxes: list[CardBox] = []
    notes: list[tuple[int, Card]] = []
    note = first_note
    for (li, si), cards in sorted(cells.items()):
        cy = lane_y[li] + S.CELL_PAD
        for card in cards:
            lines, h, cut = measured[card.id]
            box = CardBox(card, journey.lanes[li], stage_x[si] + S.CELL_PAD, cy, stage_w[si] - 2 * S.CELL_PAD, h, lines)
            if cut:
                box.note = note
                notes.append((note, card))
                note += 1
            boxes.append(box)
            cy += h + S.CARD_GAP
    return MapLayout(journey, stage_x, stage_w, lane_y, lane_h, boxes, x, y, notes)


def _measure(card: Card, inner_width: float) -> tuple[list[str], float, bool]:
    lines = fonts.wrap(card.text, S.CARD_FONT, inner_width) if card.text else [""]
    room = int((S.CARD_MAX_H - 2 * S.CARD_PAD - S.CARD_FOOTER_H) // S.CARD_LEADING)
    cut = len(lines) > room
    if cut:
        lines = lines[:room]
        # the note mark is added when drawing; leave room for "… [12]"
        last = lines[-1]
        while last and fonts.width(last + " … [0000]", S.CARD_FONT) > inner_width:
            last = last[:-1]
        lines[-1] = last.rstrip() + " …"
    h = 2 * S.CARD_PAD + len(lines) * S.CARD_LEADING + S.CARD_FOOTER_H
    return lines, max(S.CARD_MIN_H, min(S.CARD_MAX_H, h)), cut
