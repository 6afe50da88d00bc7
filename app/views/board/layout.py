"""Where everything on the board goes, computed from the journey alone.

The same layout serves the scene, the image export and hit-testing for drops, so a cell
always means the same rectangle everywhere. A cell grows to fit its cards, so nothing
overlaps; a lane is as tall as its tallest cell. Text heights are measured once per
(text, width) and cached, because relayout runs after every edit.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt

from app.models.entities import Card, Journey
from app.views.board import style as S

_TEXT_CACHE: dict[tuple[str, float], float] = {}


def text_height(text: str, width: float) -> float:
    key = (text, width)
    cached = _TEXT_CACHE.get(key)
    if cached is None:
        metrics = S.metrics(S.CARD_FONT_SIZE)
        shown = text[:4000] or " "
        rect = metrics.boundingRect(QRectF(0, 0, width, 1e6), int(Qt.TextFlag.TextWordWrap), shown)
        cached = rect.height()
        if len(_TEXT_CACHE) > 200_000:
            _TEXT_CACHE.clear()
        _TEXT_CACHE[key] = cached
    return cached


def has_footer(card: Card) -> bool:
    return bool(card.tags or card.votes or card.evidence or card.channel or card.touchpoint)


def card_height(card: Card, width: float) -> float:
    body = text_height(card.text, width - 2 * S.CARD_PAD) + 2 * S.CARD_PAD
    if has_footer(card):
        body += S.CARD_FOOTER_H
    return max(S.CARD_MIN_H, min(S.CARD_MAX_H, body))


@dataclass
class BoardLayout:
    journey_id: str
    columns: list[tuple[str, float, float]] = field(default_factory=list)  # stage id, x, width
    rows: list[tuple[str, float, float]] = field(default_factory=list)  # lane id, y, height
    cards: dict[str, QRectF] = field(default_factory=dict)
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

    def cell_rect(self, lane_id: str, stage_id: str) -> QRectF:
        x, w = self.column(stage_id)
        y, h = self.row(lane_id)
        return QRectF(x, y, w, h)

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

    def card_insert_index(self, lane_id: str, stage_id: str, y: float, moving: str | None = None) -> int:
        """Index in the cell (not counting ``moving``) that a card dropped at y takes."""
        index = 0
        for cid in self.cells.get((lane_id, stage_id), []):
            if cid == moving:
                continue
            rect = self.cards[cid]
            if y > rect.center().y():
                index += 1
        return index


def stage_width(stage) -> float:
    return stage.width or S.DEFAULT_STAGE_W


def compute_layout(journey: Journey) -> BoardLayout:
    layout = BoardLayout(journey.id)
    x = S.LANE_HEADER_W
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
    widths = {sid: w for sid, _x, w in layout.columns}
    xs = {sid: cx for sid, cx, _w in layout.columns}

    y = S.STAGE_HEADER_H
    for lane in journey.lanes:
        if lane.kind in ("cards", "touchpoints"):
            tallest = S.EMPTY_LANE_H
            for stage in journey.stages:
                ids = layout.cells.get((lane.id, stage.id), [])
                card_w = widths[stage.id] - 2 * S.CELL_PAD
                cy = y + S.CELL_PAD
                for cid in ids:
                    h = card_height(by_id[cid], card_w)
                    layout.cards[cid] = QRectF(xs[stage.id] + S.CELL_PAD, cy, card_w, h)
                    cy += h + S.CARD_GAP
                tallest = max(tallest, cy - y - S.CARD_GAP + S.CELL_PAD + S.DROP_ROOM)
            height = tallest
        elif lane.kind == "emotion":
            height = S.EMOTION_LANE_H
        else:
            height = S.METRIC_LANE_H
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


def update_layout(layout: BoardLayout, journey: Journey, cells: set[tuple[str, str]]) -> LayoutChange:
    """Bring ``layout`` up to date in place after edits to the cards of ``cells`` (lane, stage) only.

    Stages and lanes must be as they were when ``layout`` was computed (a structural edit needs
    compute_layout). The cards of those cells are laid out again, their lanes' heights follow,
    and the rows below shift. The result equals compute_layout(journey).
    """
    stage_ids = [sid for sid, _x, _w in layout.columns]
    widths = {sid: w for sid, _x, w in layout.columns}
    xs = {sid: cx for sid, cx, _w in layout.columns}
    kinds = {ln.id: ln.kind for ln in journey.lanes}
    cells = {cell for cell in cells if cell[1] in widths}
    for cell in cells:
        for cid in layout.cells.pop(cell, ()):
            layout.cards.pop(cid, None)
    by_id: dict[str, Card] = {}
    for card in journey.cards:
        if (card.lane, card.stage) in cells:
            layout.cells.setdefault((card.lane, card.stage), []).append(card.id)
            by_id[card.id] = card
    dirty_lanes: dict[str, list[str]] = {}
    for lane_id, sid in cells:
        dirty_lanes.setdefault(lane_id, []).append(sid)

    change = LayoutChange(cells, set(), {})
    y = S.STAGE_HEADER_H
    for n, (lane_id, old_y, old_h) in enumerate(layout.rows):
        height = old_h
        if y != old_y:
            dy = y - old_y
            change.moved[lane_id] = dy
            for sid in stage_ids:
                if (lane_id, sid) in cells:
                    continue
                for cid in layout.cells.get((lane_id, sid), ()):
                    layout.cards[cid].translate(0, dy)
        if lane_id in dirty_lanes and kinds.get(lane_id) in ("cards", "touchpoints"):
            for sid in dirty_lanes[lane_id]:
                card_w = widths[sid] - 2 * S.CELL_PAD
                cy = y + S.CELL_PAD
                for cid in layout.cells.get((lane_id, sid), ()):
                    h = card_height(by_id[cid], card_w)
                    layout.cards[cid] = QRectF(xs[sid] + S.CELL_PAD, cy, card_w, h)
                    cy += h + S.CARD_GAP
            tallest = S.EMPTY_LANE_H
            for sid in stage_ids:  # as compute_layout measures each cell, from its last card
                ids = layout.cells.get((lane_id, sid))
                if ids:
                    last = layout.cards[ids[-1]]
                    cy = last.top() + (last.height() + S.CARD_GAP)
                else:
                    cy = y + S.CELL_PAD
                tallest = max(tallest, cy - y - S.CARD_GAP + S.CELL_PAD + S.DROP_ROOM)
            height = tallest
            if height != old_h:
                change.resized.add(lane_id)
        if (y, height) != (old_y, old_h):
            layout.rows[n] = (lane_id, y, height)
        y += height
    layout.height = y
    return change
