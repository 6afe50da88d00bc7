"""The PDF's side of the one layout (app/models/map_layout.py): reportlab measures the text.

A card is drawn line by line, so the measure returns the wrapped lines in the bundled font;
a card whose text does not fit in CARD_MAX_H is cut with "…" and given a note number whose
full text goes in the appendix. Positions are the layout's, in board units; the pages scale
them by UNIT.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.exporters.pdf import fonts
from app.exporters.pdf import style as S
from app.exporters.votes import dots
from app.models import map_layout as M
from app.models.entities import Card, Journey, Lane, Persona, VotingSession

TICK_EVERY = 250  # cards measured between progress ticks


class ReportlabMeasure:
    """Wraps in the bundled font at CARD_FONT, one line every CARD_LEADING; ``tick(n)`` is
    told after every TICK_EVERY texts (and of the rest by ``flush``), for progress."""

    def __init__(self, tick: Callable[[int], None] | None = None) -> None:
        self._tick = tick
        self._count = 0

    def wrap(self, text: str, width: float, room: float) -> M.WrappedText:
        lines = fonts.wrap(text, S.CARD_FONT, width) if text else [""]
        fit = int(room // S.CARD_LEADING)
        cut = len(lines) > fit
        if cut:
            lines = lines[:fit]
            # the note mark is added when drawing; leave room for "… [12]"
            last = lines[-1]
            while last and fonts.width(last + " … [0000]", S.CARD_FONT) > width:
                last = last[:-1]
            lines[-1] = last.rstrip() + " …"
        self._count += 1
        if self._tick is not None and self._count % TICK_EVERY == 0:
            self._tick(TICK_EVERY)
        return M.WrappedText(len(lines) * S.CARD_LEADING, tuple(lines), cut)

    def flush(self) -> None:
        if self._tick is not None and self._count % TICK_EVERY:
            self._tick(self._count % TICK_EVERY)


@dataclass
class PlacedCard:
    card: Card
    lane: Lane
    box: M.CardBox
    note: int | None = None
    dots: tuple[tuple[str, int], ...] = ()  # (colour, count) drawn beside the vote badge


@dataclass
class MapLayout:
    """A journey's geometry from the one layout, with what the PDF draws beside it."""

    journey: Journey
    geometry: M.JourneyLayout
    cards: list[PlacedCard]
    notes: list[tuple[int, Card]] = field(default_factory=list)
    personas: list[Persona] = field(default_factory=list)

    @property
    def width(self) -> float:
        return self.geometry.width

    @property
    def height(self) -> float:
        return self.geometry.height

    def column(self, index: int) -> tuple[float, float]:
        """x and width of the stage at ``index``."""
        _sid, x, w = self.geometry.columns[index]
        return x, w

    def row(self, index: int) -> tuple[float, float]:
        """y and height of the lane at ``index``."""
        _lid, y, h = self.geometry.rows[index]
        return y, h


def layout_journey(
    journey: Journey,
    first_note: int = 1,
    tick: Callable[[int], None] | None = None,
    session: VotingSession | None = None,
) -> MapLayout:
    """Lay out ``journey``; cut cards are numbered from ``first_note`` in lane, then stage order;
    each card carries the dots ``session`` put on it (none while its results are hidden)."""
    measure = ReportlabMeasure(tick)
    geometry = M.lay_out(journey, measure)
    measure.flush()
    placed: list[PlacedCard] = []
    notes: list[tuple[int, Card]] = []
    by_id = {c.id: c for c in journey.cards}
    for lane in journey.lanes:
        for stage in journey.stages:
            for cid in geometry.cells.get((lane.id, stage.id), ()):
                box = geometry.cards.get(cid)
                if box is None:
                    continue
                card = by_id[cid]
                note = None
                if box.cut:
                    note = first_note + len(notes)
                    notes.append((note, card))
                placed.append(PlacedCard(card, lane, box, note, tuple(dots(session, cid)) if session else ()))
    return MapLayout(journey, geometry, placed, notes)
