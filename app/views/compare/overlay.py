"""Compare mode on the board: the diff between another version and the journey shown, drawn as
decoration over the scene (app/views/compare/items.py).

The scene stays a mirror of the document; the overlay only adds marks, ghost cards (the scene
lays them out at the foot of their old cells, ``BoardScene.ghost_cards``) and the old emotion
curves. It follows edits: every sync of the scene re-diffs, throttled, so a run of edits costs
one diff (a dict lookup per card: well under a second for 10,000 cards).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem

from app.i18n import translate
from app.models.diff import FIELD_NAMES, Action, Change, ChangeKind, JourneyDiff, card_name, compare_journeys
from app.models.entities import Card, Journey, LaneKind
from app.models.map_layout import score_to_y
from app.models.refs import CardRef, EmotionRef, LaneRef, StageRef
from app.views.board import style as S
from app.views.board.curve_legend import curve_color
from app.views.board.layout import qrect
from app.views.board.scene import BoardScene
from app.views.compare.items import CardMark, GhostCard, HeaderMark, Mark, OldCurves

THROTTLE_MS = 150
MAX_TOOLTIP = 600

_MARK_OF = {Action.ADDED: Mark.ADDED, Action.CHANGED: Mark.CHANGED, Action.MOVED: Mark.MOVED}


def _shown(value: object) -> str:
    if value is None or value == "" or value == []:
        return translate("CompareOverlay", "(none)")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    text = str(value)
    return text if len(text) <= MAX_TOOLTIP else text[: MAX_TOOLTIP - 1] + "…"


def was_text(changes: list[Change], old: Journey) -> str:
    """A card's or header's tooltip: what each changed field was and is now."""
    lines = []
    for change in changes:
        if change.action is Action.ADDED:
            lines.append(translate("CompareOverlay", "New since the other version"))
        elif change.field == "text":
            lines.append(translate("CompareOverlay", "Was: {old}").format(old=_shown(change.old)))
        elif change.kind is ChangeKind.CARD and change.field in ("lane", "stage"):
            where = old.lane(change.old) if change.field == "lane" else old.stage(change.old)
            lines.append(
                translate("CompareOverlay", "Was in {place}").format(place=where.name if where else change.old)
            )
        else:
            lines.append(
                translate("CompareOverlay", "{field}: {old} → {new}").format(
                    field=translate("Diff", FIELD_NAMES.get(change.field or "", change.field or "")),
                    old=_shown(change.old),
                    new=_shown(change.new),
                )
            )
    return "\n".join(lines)


class CompareOverlay(QObject):
    """Draws one diff on one scene; ``diff_changed`` after each re-diff (the Changes panel)."""

    diff_changed = Signal()

    def __init__(self, scene: BoardScene, other: Journey, title: str):
        super().__init__(scene)
        self.scene, self.other, self.title = scene, other, title
        self.journey_id = scene.journey_id
        self.diff: JourneyDiff | None = None
        self._marks: list[QGraphicsItem] = []  # children of card and header items
        self._free: list[QGraphicsItem] = []  # ghosts and old curves, in the scene itself
        self._by_id: dict[tuple[ChangeKind, str], QGraphicsItem] = {}
        self.current: Change | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(THROTTLE_MS)
        self._timer.timeout.connect(self.refresh_now)
        self._own_sync = False
        scene.synced.connect(self._synced)
        self.refresh_now()

    # -- following the document ---------------------------------------------------------------

    def _synced(self) -> None:
        if self._own_sync:
            self._place()
        else:
            self._timer.start()

    def refresh_now(self) -> None:
        """Diff again and redraw (the throttle's end; tests call it to skip the wait)."""
        self._timer.stop()
        journey = self.scene.journey()
        if journey is None or self.scene.journey_id != self.journey_id:
            self.diff = None
            self._clear()
            self.diff_changed.emit()
            return
        self.diff = compare_journeys(self.other, journey)
        found = (self.other.card(c.id) for c in self.diff.of(Action.REMOVED) if c.kind is ChangeKind.CARD)
        ghosts = tuple(g for g in found if g is not None)
        if [g.id for g in ghosts] != [g.id for g in self.scene.ghost_cards]:
            self.scene.ghost_cards = ghosts
            self._own_sync = True
            try:
                self.scene.sync()  # lays the ghosts out; its synced places the marks
            finally:
                self._own_sync = False
        else:
            self._place()
        self.diff_changed.emit()

    def stop(self) -> None:
        self._timer.stop()
        self.scene.synced.disconnect(self._synced)
        self._clear()
        if self.scene.ghost_cards:
            self.scene.ghost_cards = ()
            self.scene.sync()

    # -- drawing -------------------------------------------------------------------------------

    def _clear(self) -> None:
        import shiboken6

        for item in self._marks:
            if shiboken6.isValid(item) and item.scene() is not None:
                self.scene.removeItem(item)
        for item in self._free:
            if shiboken6.isValid(item) and item.scene() is not None:
                self.scene.removeItem(item)
        self._marks, self._free, self._by_id = [], [], {}

    def _place(self) -> None:
        self._clear()
        diff, layout, journey = self.diff, self.scene.layout, self.scene.journey()
        if diff is None or layout is None or journey is None:
            return
        per_thing: dict[tuple[ChangeKind, str], list[Change]] = {}
        for change in diff.changes:
            per_thing.setdefault((change.kind, change.id), []).append(change)
        refs = self.scene.refs
        for (kind, thing_id), changes in per_thing.items():
            first = changes[0]
            if kind is ChangeKind.CARD:
                if first.action is Action.REMOVED:
                    self._ghost(thing_id)
                    continue
                item = refs.get(CardRef(journey.id, thing_id))
                if item is not None:
                    self._card_mark(item, changes, thing_id)
            elif kind in (ChangeKind.STAGE, ChangeKind.LANE) and first.action is not Action.REMOVED:
                ref = StageRef(journey.id, thing_id) if kind is ChangeKind.STAGE else LaneRef(journey.id, thing_id)
                header = refs.get(ref)
                if header is not None:
                    marks = sorted({_MARK_OF[c.action] for c in changes}, key=list(Mark).index)
                    mark = HeaderMark(header, marks, "\n".join(c.label for c in changes))
                    self._marks.append(mark)
                    self._by_id[(kind, thing_id)] = mark
        self._old_curves(journey)
        self._mark_current()

    def _card_mark(self, item: QGraphicsItem, changes: list[Change], card_id: str) -> None:
        votes = sum((c.new or 0) - (c.old or 0) for c in changes if c.field == "votes")
        actions = {c.action for c in changes}
        if Action.ADDED in actions:
            mark = Mark.ADDED
        elif actions == {Action.MOVED}:
            mark = Mark.MOVED
        else:
            mark = Mark.CHANGED
        tooltip = was_text(changes, self.other)
        card = CardMark(item, mark, tooltip, votes)
        self._marks.append(card)
        self._by_id[(ChangeKind.CARD, card_id)] = card

    def _ghost(self, card_id: str) -> None:
        box = self.scene.layout.cards.get(card_id) if self.scene.layout else None
        card: Card | None = self.other.card(card_id)
        if box is None or card is None:
            return  # its cell is gone with its stage or lane: the Changes panel still lists it
        ghost = GhostCard(card, qrect(box))
        self.scene.addItem(ghost)
        self._free.append(ghost)
        self._by_id[(ChangeKind.CARD, card_id)] = ghost

    def _old_curves(self, journey: Journey) -> None:
        """The old shape of every curve with a score added, changed or removed."""
        layout, diff = self.scene.layout, self.diff
        if diff is None:
            return
        touched = {
            (c.lane, *c.id.rsplit("/", 2)[1:])
            for c in diff.changes
            if c.kind is ChangeKind.EMOTION and (c.field in (None, "score"))
        }
        if not touched or layout is None:
            return
        stage_x = {sid: x + w / 2 for sid, x, w in layout.columns}
        order = {sid: n for n, (sid, _x, _w) in enumerate(layout.columns)}
        rows = {lid: (y, h) for lid, y, h in layout.rows}
        lanes = {ln.id for ln in journey.lanes if ln.kind == LaneKind.EMOTION}
        by_lane: dict[str, dict[tuple, list]] = {}
        for point in self.other.emotions:
            key = (point.lane, point.persona or "", point.variant)
            if key not in touched or point.lane not in lanes or point.stage not in stage_x:
                continue
            by_lane.setdefault(point.lane, {}).setdefault((point.persona, point.variant), []).append(point)
        for lane_id, curves in by_lane.items():
            y, h = rows[lane_id]
            drawn: list[tuple[QColor, list[QPointF]]] = []
            for (persona, _variant), points in curves.items():
                points.sort(key=lambda p: order[p.stage])
                xy = [QPointF(stage_x[p.stage], score_to_y(p.score, y, h)) for p in points]
                drawn.append((curve_color(self.scene.doc.project, persona), xy))
            item = OldCurves(QRectF(S.LANE_HEADER_W, y, layout.width - S.LANE_HEADER_W, h), drawn)
            item.setToolTip(translate("CompareOverlay", "Dashed: the scores in {other}").format(other=self.title))
            self.scene.addItem(item)
            self._free.append(item)

    # -- stepping ------------------------------------------------------------------------------

    def set_current(self, change: Change | None) -> None:
        self.current = change
        self._mark_current()

    def _mark_current(self) -> None:
        key = (self.current.kind, self.current.id) if self.current is not None else None
        for thing, item in self._by_id.items():
            now = thing == key
            if isinstance(item, HeaderMark):
                if item.current != now:
                    item.set_current(now)
            elif isinstance(item, (CardMark, GhostCard)) and item.current != now:
                item.current = now
                item.update()

    def rect_of(self, change: Change) -> QRectF | None:
        """Where ``change`` is on the board (scene coordinates), if it is there."""
        layout, journey = self.scene.layout, self.scene.journey()
        if layout is None or journey is None:
            return None
        if change.kind is ChangeKind.CARD:
            box = layout.cards.get(change.id)
            return qrect(box) if box is not None else None
        if change.kind is ChangeKind.STAGE:
            if change.action is Action.REMOVED or journey.stage(change.id) is None:
                return None
            x, w = layout.column(change.id)
            return QRectF(x, 0, w, S.STAGE_HEADER_H)
        if change.kind is ChangeKind.LANE:
            if change.action is Action.REMOVED or journey.lane(change.id) is None:
                return None
            y, h = layout.row(change.id)
            return QRectF(0, y, S.LANE_HEADER_W, h)
        lane, stage = change.lane or "", change.stage or ""
        if journey.lane(lane) is None or journey.stage(stage) is None:
            return None
        return qrect(layout.cell_rect(lane, stage))

    def ref_of(self, change: Change):
        """The board item ``change`` is about, to select (None for removed things)."""
        journey_id = self.journey_id or ""
        if change.action is Action.REMOVED:
            return None
        if change.kind is ChangeKind.CARD:
            return CardRef(journey_id, change.id)
        if change.kind is ChangeKind.STAGE:
            return StageRef(journey_id, change.id)
        if change.kind is ChangeKind.LANE:
            return LaneRef(journey_id, change.id)
        lane, stage, persona, variant = change.id.rsplit("/", 3)
        return EmotionRef(journey_id, lane, stage, persona or None, variant)

    def name_of(self, change: Change) -> str:
        """A removed card's old text start, for the status bar."""
        card = self.other.card(change.id) if change.kind is ChangeKind.CARD else None
        return card_name(card) if card is not None else change.label
