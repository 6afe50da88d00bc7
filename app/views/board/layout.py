"""The board's side of the one layout (app/models/map_layout.py): Qt measures the text.

Text heights are measured once per (text, width) and cached, because relayout runs after
every edit of a journey of up to 50,000 cards; the wraps the layout asks for are cached too,
so relaying out an unchanged card allocates nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt

from app.models import map_layout as M
from app.models.entities import CARD_LANE_KINDS, Card, Journey
from app.views.board import style as S

_TEXT_CACHE: dict[tuple[str, float, float], float] = {}
_CACHE_LIMIT = 200_000


def text_height(text: str, width: float) -> float:
    key = (text, width, S.CARD_FONT_SIZE)  # the size follows Preferences (and exports' standard one)
    cached = _TEXT_CACHE.get(key)
    if cached is None:
        metrics = S.metrics(S.CARD_FONT_SIZE)
        shown = text[:4000] or " "
        rect = metrics.boundingRect(QRectF(0, 0, width, 1e6), int(Qt.TextFlag.TextWordWrap), shown)
        cached = rect.height()
        if len(_TEXT_CACHE) > _CACHE_LIMIT:
            _TEXT_CACHE.clear()
        _TEXT_CACHE[key] = cached
    return cached


class QtTextMeasure:
    """Heights only: a card item wraps (and elides) its text itself when it paints."""

    def __init__(self) -> None:
        self._wraps: dict[tuple[str, float, float, float], M.WrappedText] = {}

    def wrap(self, text: str, width: float, room: float) -> M.WrappedText:
        key = (text, width, room, S.CARD_FONT_SIZE)
        found = self._wraps.get(key)
        if found is None:
            height = text_height(text, width)
            found = M.WrappedText(height, cut=height > room)
            if len(self._wraps) > _CACHE_LIMIT:
                self._wraps.clear()
            self._wraps[key] = found
        return found


MEASURE = QtTextMeasure()


def compute_layout(journey: Journey, ghosts: Sequence[Card] = ()) -> M.JourneyLayout:
    """``ghosts``: cards that are not the journey's, laid out at the foot of their cells (compare
    mode's removed cards, app/views/compare/); those whose cell is gone, or whose id is a card's
    again, are left out."""
    if ghosts:
        ids = {c.id for c in journey.cards}
        lanes = {ln.id for ln in journey.lanes if ln.kind in CARD_LANE_KINDS}
        stages = {st.id for st in journey.stages}
        kept = [c for c in ghosts if c.id not in ids and c.lane in lanes and c.stage in stages]
        if kept:
            journey = journey.model_copy(update={"cards": [*journey.cards, *kept]})
    return M.lay_out(journey, MEASURE)


def update_layout(
    layout: M.JourneyLayout, journey: Journey, cells: set[tuple[str, str]], index: M.CellCards | None = None
) -> M.LayoutChange:
    return M.update_layout(layout, journey, cells, MEASURE, index)


def qrect(rect: M.Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)
