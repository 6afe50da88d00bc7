"""Where everything of a journey map goes: the one geometry of the board, its PNG/SVG export
and the PDF.

Two layouts drift, so the rules live here once, in plain floats: no Qt and no reportlab, so
that every layer may use them. Units are board
units (pixels at 100% zoom, y grows downwards); the PDF draws one as 0.75 pt.

Stages are columns as wide as they say; lanes are rows. The cards of a cell stack from its
top; a card lane is as tall as its tallest cell plus DROP_ROOM, so there is always a place
to drop; emotion, metric and flow lanes have fixed heights. Text is the one thing measured
outside: the board draws it with Qt and the PDF with reportlab, each wrapping a little
differently, so each caller passes a TextMeasure that wraps text the way it will draw it.

Relayout runs after every edit of a journey of up to 50,000 cards: ``update_layout`` redoes
only the cells an edit touched and shifts the rows below, and boxes are mutable so that a
shift moves them in place.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Protocol

from app.models.entities import CARD_LANE_KINDS, Card, Journey, LaneKind, Stage

# Geometry of the board (app/theme.py passes these on to the board's and the PDF's style).
LANE_HEADER_W = 210.0
STAGE_HEADER_H = 64.0
DEFAULT_STAGE_W = 250.0
CELL_PAD = 10.0
CARD_GAP = 8.0
CARD_PAD = 8.0
CARD_MIN_H = 40.0
CARD_MAX_H = 240.0  # longer text is cut with "…"; the whole text is in the inspector
CARD_FOOTER_H = 20.0
EMOTION_LANE_H = 190.0
METRIC_LANE_H = 70.0
FLOW_LANE_H = 190.0  # a flow lane: forward arcs above its middle, loops back below
EMPTY_LANE_H = 64.0
DROP_ROOM = 12.0  # below the last card of a cell, so there is always a place to drop
EMOTION_TOP = 22.0  # from an emotion lane's top to its +2 line
EMOTION_BOTTOM = 20.0  # from its -2 line to its bottom

_FIXED_LANE_H: dict[LaneKind, float] = {
    LaneKind.EMOTION: EMOTION_LANE_H,
    LaneKind.METRIC: METRIC_LANE_H,
    LaneKind.FLOW: FLOW_LANE_H,
}


@dataclass(frozen=True, slots=True)
class WrappedText:
    """A card's text as a drawer will show it: ``lines`` for a drawer that draws line by line
    (the PDF), empty for one that wraps as it draws (the board); ``cut`` if it did not fit."""

    height: float
    lines: tuple[str, ...] = ()
    cut: bool = False


class TextMeasure(Protocol):
    def wrap(self, text: str, width: float, room: float) -> WrappedText:
        """``text`` wrapped to ``width``; cut (and marked so) when it is taller than ``room``."""
        ...


@dataclass(slots=True)
class Rect:
    """Mutable, so that update_layout shifts the boxes of the rows below an edit in place."""

    x: float
    y: float
    w: float
    h: float

    @property
    def center_y(self) -> float:
        return self.y + self.h / 2


@dataclass(slots=True)
class CardBox(Rect):
    """``lines`` and ``cut`` are the measure's (WrappedText), kept for the PDF's drawing and notes."""

    lines: tuple[str, ...] = ()
    cut: bool = False


@dataclass
class JourneyLayout:
    """One journey's geometry. Hit-testing is here too, so that a drop lands in the cell the
    board shows there."""

    journey_id: str
    columns: list[tuple[str, float, float]] = field(default_factory=list)  # stage id, x, width
    rows: list[tuple[str, float, float]] = field(default_factory=list)  # lane id, y, height
    cards: dict[str, CardBox] = field(default_factory=dict)
    cells: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (lane, stage) -> card ids
    width: float = 0.0
    height: float = 0.0

    def column(self, stage_id: str) -> tuple[float, float]:
        for sid, x, w in self.columns:
            if sid == stage_id:
                return x, w
        raise KeyError(stage_id)

    def row(self, lane_id: str) -> tuple[float, float]:
        for lid, y, h in self.rows:
            if lid == lane_id:
                return y, h
        raise KeyError(lane_id)

    def cell_rect(self, lane_id: str, stage_id: str) -> Rect:
        x, w = self.column(stage_id)
        y, h = self.row(lane_id)
        return Rect(x, y, w, h)

    def stage_at(self, x: float) -> str | None:
        for sid, cx, w in self.columns:
            if cx <= x < cx + w:
                return sid
        return None

    def lane_at(self, y: float) -> str | None:
        for lid, ry, h in self.rows:
            if ry <= y < ry + h:
                return lid
        return None

    def stage_insert_index(self, x: float) -> int:
        """Where a stage dropped at x goes: before the column whose middle is right of x."""
        middles = [cx + w / 2 for _sid, cx, w in self.columns]
        return bisect.bisect_left(middles, x)

    def lane_insert_index(self, y: float) -> int:
        middles = [ry + h / 2 for _lid, ry, h in self.rows]
        return bisect.bisect_left(middles, y)

    def card_insert_index(self, lane_id: str, stage_id: str, y: float) -> int:
        """Index in the cell that a card dropped at y takes: after every card whose middle is above y."""
        return sum(1 for cid in self.cells.get((lane_id, stage_id), ()) if y > self.cards[cid].center_y)


def stage_width(stage: Stage) -> float:
    return stage.width or DEFAULT_STAGE_W


def score_to_y(score: float, top: float, height: float) -> float:
    """Where an emotion score sits in a lane at ``top``: +2 near the top, -2 near the bottom."""
    usable = height - EMOTION_TOP - EMOTION_BOTTOM
    return top + EMOTION_TOP + usable * (2.0 - score) / 4.0


def y_to_score(y: float, top: float, height: float, snap: bool) -> float:
    """The score at ``y`` (a face dragged there): within -2…2, to 0.5 when ``snap``."""
    usable = height - EMOTION_TOP - EMOTION_BOTTOM
    score = 2.0 - (y - top - EMOTION_TOP) * 4.0 / usable
    score = max(-2.0, min(2.0, score))
    return round(score * 2) / 2 if snap else round(score, 2)


def has_footer(card: Card) -> bool:
    """Whether the card has a footer row: its tags, votes, channel… and the badges of its evidence
    (image, links, comments; at the row's right) and its action badge (at its left)."""
    return bool(
        card.tags
        or card.votes
        or card.evidence
        or card.channel
        or card.touchpoint
        or card.image
        or card.links
        or card.comments
        or card.action
    )


def card_box(card: Card, x: float, y: float, width: float, measure: TextMeasure) -> CardBox:
    """A card at (x, y): as tall as its text and footer, within CARD_MIN_H and CARD_MAX_H."""
    footer = CARD_FOOTER_H if has_footer(card) else 0.0
    text = measure.wrap(card.text, width - 2 * CARD_PAD, CARD_MAX_H - 2 * CARD_PAD - footer)
    height = max(CARD_MIN_H, min(CARD_MAX_H, text.height + 2 * CARD_PAD + footer))
    return CardBox(x, y, width, height, text.lines, text.cut)


def _stack(
    layout: JourneyLayout,
    cell: tuple[str, str],
    x: float,
    width: float,
    top: float,
    by_id: dict[str, Card],
    measure: TextMeasure,
) -> None:
    """Stack the cards of ``cell`` (lane, stage) down from the top of their lane."""
    card_w = width - 2 * CELL_PAD
    cy = top + CELL_PAD
    for cid in layout.cells.get(cell, ()):
        box = card_box(by_id[cid], x + CELL_PAD, cy, card_w, measure)
        layout.cards[cid] = box
        cy += box.h + CARD_GAP


def _card_lane_height(layout: JourneyLayout, lane_id: str, top: float) -> float:
    """As tall as the tallest cell (measured from its last card's box, so that a lane laid out
    again and one shifted in place come to the same float) plus DROP_ROOM."""
    tallest = EMPTY_LANE_H
    cells, cards = layout.cells, layout.cards
    for sid, _x, _w in layout.columns:
        ids = cells.get((lane_id, sid))
        if ids:
            last = cards[ids[-1]]
            end = last.y + (last.h + CARD_GAP)
        else:
            end = top + CELL_PAD
        tallest = max(tallest, end - top - CARD_GAP + CELL_PAD + DROP_ROOM)
    return tallest


def lay_out(journey: Journey, measure: TextMeasure) -> JourneyLayout:
    """The whole journey. A card whose stage is gone is left out; one whose lane holds no cards
    is in ``cells`` but gets no box."""
    layout = JourneyLayout(journey.id)
    x = LANE_HEADER_W
    for stage in journey.stages:
        w = stage_width(stage)
        layout.columns.append((stage.id, x, w))
        x += w
    layout.width = x

    stage_ids = {s.id for s in journey.stages}
    for card in journey.cards:
        if card.stage in stage_ids:
            layout.cells.setdefault((card.lane, card.stage), []).append(card.id)
    by_id = {c.id: c for c in journey.cards}

    y = STAGE_HEADER_H
    for lane in journey.lanes:
        if lane.kind in CARD_LANE_KINDS:
            for sid, cx, w in layout.columns:
                _stack(layout, (lane.id, sid), cx, w, y, by_id, measure)
            height = _card_lane_height(layout, lane.id, y)
        else:
            height = _FIXED_LANE_H[lane.kind]
        layout.rows.append((lane.id, y, height))
        y += height
    layout.height = y
    return layout


@dataclass
class LayoutChange:
    """What update_layout changed: cells laid out again, lanes resized, lanes moved (by dy)."""

    cells: set[tuple[str, str]]
    resized: set[str]
    moved: dict[str, float]


class CellCards(Protocol):
    """The cards of each cell by id, if the caller keeps them (app/document/card_index.py):
    then an update reads its cells from here instead of scanning every card."""

    cells: dict[tuple[str, str], list[str]]
    by_id: dict[str, Card]


def update_layout(
    layout: JourneyLayout,
    journey: Journey,
    cells: set[tuple[str, str]],
    measure: TextMeasure,
    index: CellCards | None = None,
) -> LayoutChange:
    """Bring ``layout`` up to date in place after edits to the cards of ``cells`` (lane, stage) only.

    Stages and lanes must be as they were when ``layout`` was made (a structural edit needs
    lay_out). The cards of those cells are laid out again, their lanes' heights follow, and
    the rows below shift. The result equals lay_out(journey, measure).
    """
    columns = {sid: (x, w) for sid, x, w in layout.columns}
    kinds = {ln.id: ln.kind for ln in journey.lanes}
    cells = {cell for cell in cells if cell[1] in columns}
    for cell in cells:
        for cid in layout.cells.pop(cell, ()):
            layout.cards.pop(cid, None)
    by_id: dict[str, Card] = {}
    if index is not None:
        for cell in cells:
            ids = index.cells.get(cell)
            if ids:
                layout.cells[cell] = list(ids)
                by_id.update((cid, index.by_id[cid]) for cid in ids)
    else:
        for card in journey.cards:
            if (card.lane, card.stage) in cells:
                layout.cells.setdefault((card.lane, card.stage), []).append(card.id)
                by_id[card.id] = card
    dirty_lanes: dict[str, list[str]] = {}
    for lane_id, sid in cells:
        dirty_lanes.setdefault(lane_id, []).append(sid)

    change = LayoutChange(cells, set(), {})
    y = STAGE_HEADER_H
    for n, (lane_id, old_y, old_h) in enumerate(layout.rows):
        height = old_h
        if y != old_y:
            dy = y - old_y
            change.moved[lane_id] = dy
            for sid in columns:
                if (lane_id, sid) not in cells:
                    for cid in layout.cells.get((lane_id, sid), ()):
                        layout.cards[cid].y += dy
        if lane_id in dirty_lanes and kinds.get(lane_id) in CARD_LANE_KINDS:
            for sid in dirty_lanes[lane_id]:
                _stack(layout, (lane_id, sid), *columns[sid], y, by_id, measure)
            height = _card_lane_height(layout, lane_id, y)
            if height != old_h:
                change.resized.add(lane_id)
        if (y, height) != (old_y, old_h):
            layout.rows[n] = (lane_id, y, height)
        y += height
    layout.height = y
    return change
