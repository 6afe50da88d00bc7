"""What changed between two versions of a journey: the model behind Compare, `waymark diff` and
the PDF's "Changes since" page.

Cards, stages and lanes are matched by id, emotion points by their key (lane, stage, persona,
variant), so a text edit is a change and not a removal plus an addition. Every step is a dict
lookup by id and one pass over each list: comparing two versions of a 10,000-card journey must
take well under a second, and the board re-diffs after edits while comparing.

A stage or lane "moved" when its order among the ones both versions have changed; the fewest
are named (those off the longest run that kept its order), so moving one stage marks that one,
not every stage it jumped over. Positions are 1-based, as the board numbers its stages.

The entries come in board order (stages, lanes, cards by column, row and place in the cell,
then emotion points), so the JSON of the same two versions is always the same.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pydantic import BaseModel

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.entities import Card, EmotionPoint, Journey, Lane, Stage

LABEL_TEXT_LENGTH = 40  # a card is named by the start of its text


class ChangeKind(StrEnum):
    CARD = "card"
    STAGE = "stage"
    LANE = "lane"
    EMOTION = "emotion"


class Action(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"
    MOVED = "moved"  # a stage or lane to another place, a card to another cell (field lane/stage)


KIND_ORDER = {ChangeKind.STAGE: 0, ChangeKind.LANE: 1, ChangeKind.CARD: 2, ChangeKind.EMOTION: 3}

# The names of fields in labels ("Card “Compare prices” text changed").
FIELD_NAMES = {
    "text": QT_TRANSLATE_NOOP("Diff", "text"),
    "color": QT_TRANSLATE_NOOP("Diff", "colour"),
    "votes": QT_TRANSLATE_NOOP("Diff", "votes"),
    "evidence": QT_TRANSLATE_NOOP("Diff", "evidence"),
    "tags": QT_TRANSLATE_NOOP("Diff", "tags"),
    "channel": QT_TRANSLATE_NOOP("Diff", "channel"),
    "touchpoint": QT_TRANSLATE_NOOP("Diff", "touchpoint category"),
    "image": QT_TRANSLATE_NOOP("Diff", "image"),
    "links": QT_TRANSLATE_NOOP("Diff", "links"),
    "comments": QT_TRANSLATE_NOOP("Diff", "comments"),
    "action": QT_TRANSLATE_NOOP("Diff", "action"),
    "name": QT_TRANSLATE_NOOP("Diff", "name"),
    "description": QT_TRANSLATE_NOOP("Diff", "description"),
    "width": QT_TRANSLATE_NOOP("Diff", "width"),
    "kind": QT_TRANSLATE_NOOP("Diff", "kind"),
    "role": QT_TRANSLATE_NOOP("Diff", "role"),
    "unit": QT_TRANSLATE_NOOP("Diff", "unit"),
    "measure": QT_TRANSLATE_NOOP("Diff", "measure"),
    "score": QT_TRANSLATE_NOOP("Diff", "score"),
    "note": QT_TRANSLATE_NOOP("Diff", "note"),
}

_CARD_FIELDS = tuple(f for f in Card.model_fields if f not in ("id", "lane", "stage"))
_STAGE_FIELDS = tuple(f for f in Stage.model_fields if f != "id")
_LANE_FIELDS = tuple(f for f in Lane.model_fields if f != "id")
_EMOTION_FIELDS = ("score", "note")
_NOWHERE = (-1, 0)


@dataclass(frozen=True, slots=True)
class Change:
    """One difference. ``id`` is the card, stage or lane id, or an emotion point's
    "lane/stage/persona/variant"; ``lane``/``stage`` say where it is (or was) on the board."""

    kind: ChangeKind
    action: Action
    id: str
    label: str
    field: str | None = None
    old: Any = None
    new: Any = None
    lane: str | None = None
    stage: str | None = None
    extra: dict[str, Any] = dataclasses.field(default_factory=dict)  # what an added/removed entry says of itself

    def json(self) -> dict[str, Any]:
        if self.action in (Action.CHANGED, Action.MOVED):
            return {"kind": self.kind.value, "id": self.id, "field": self.field, "old": self.old, "new": self.new}
        return {"kind": self.kind.value, "id": self.id, **self.extra}


@dataclass(frozen=True)
class JourneyDiff:
    """The changes from ``old`` to ``new``, in board order."""

    old: Journey
    new: Journey
    changes: tuple[Change, ...]

    def __bool__(self) -> bool:
        return bool(self.changes)

    @property
    def entries(self) -> tuple[Change, ...]:
        """The changes (the name bench/history.py reads)."""
        return self.changes

    def of(self, action: Action) -> list[Change]:
        return [c for c in self.changes if c.action is action]

    def to_json(self) -> dict[str, list[dict[str, Any]]]:
        """{"added": [...], "changed": [{"kind", "id", "field", "old", "new"}], "removed": [...]};
        moved stages and lanes are in "changed" with field "position"."""
        out: dict[str, list[dict[str, Any]]] = {"added": [], "changed": [], "removed": []}
        for change in self.changes:
            bucket = "changed" if change.action is Action.MOVED else change.action.value
            out[bucket].append(change.json())
        return out

    def counts(self) -> dict[Action, int]:
        found = dict.fromkeys(Action, 0)
        for change in self.changes:
            found[change.action] += 1
        return found


def emotion_id(point: EmotionPoint) -> str:
    return f"{point.lane}/{point.stage}/{point.persona or ''}/{point.variant}"


def plain(value: Any) -> Any:
    """A field's value as JSON holds it (entities dumped, enums as their words)."""
    if isinstance(value, BaseModel):
        return value.model_dump(by_alias=True, exclude_none=True, mode="json")
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, StrEnum):
        return value.value
    return value


def _value(name: str, value: Any) -> Any:
    if name == "image" and isinstance(value, str):  # a PNG as base64: its digest, not megabytes of JSON
        return "sha256:" + hashlib.sha256(value.encode("ascii")).hexdigest()[:16]
    return plain(value)


def card_name(card: Card) -> str:
    text = " ".join(card.text.split())
    if not text:
        return translate("Diff", "untitled")
    return text if len(text) <= LABEL_TEXT_LENGTH else text[: LABEL_TEXT_LENGTH - 1].rstrip() + "…"


def _score(value: float) -> str:
    return f"{value:+g}".replace("-", "\u2212") if value else "0"


def moved_ids(old_order: Sequence[str], new_order: Sequence[str]) -> set[str]:
    """The ids (in both orders) that moved: those off a longest run that kept its order."""
    common = set(old_order) & set(new_order)
    position = {sid: n for n, sid in enumerate(i for i in new_order if i in common)}
    seq = [sid for sid in old_order if sid in common]
    tails: list[int] = []  # patience sorting: tails[k] = the smallest end of a run of k + 1
    tail_at: list[int] = []
    parent = [-1] * len(seq)
    for n, sid in enumerate(seq):
        p = position[sid]
        k = bisect.bisect_left(tails, p)
        if k == len(tails):
            tails.append(p)
            tail_at.append(n)
        else:
            tails[k], tail_at[k] = p, n
        parent[n] = tail_at[k - 1] if k else -1
    kept: set[str] = set()
    n = tail_at[-1] if tail_at else -1
    while n >= 0:
        kept.add(seq[n])
        n = parent[n]
    return common - kept


def _order_keys(old: Sequence[str], new: Sequence[str]) -> dict[str, tuple[int, int]]:
    """A sort key per id of either version: its new index, or for an id only the old version
    has, just after the one before it that the new version kept."""
    keys: dict[str, tuple[int, int]] = {sid: (n, 0) for n, sid in enumerate(new)}
    before = -1
    for n, sid in enumerate(old):
        if sid in keys and keys[sid][1] == 0:
            before = keys[sid][0]
        else:
            keys.setdefault(sid, (before, n + 1))
    return keys


class _Differ:
    def __init__(self, old: Journey, new: Journey):
        self.old, self.new = old, new
        self.stage_key = _order_keys([s.id for s in old.stages], [s.id for s in new.stages])
        self.lane_key = _order_keys([ln.id for ln in old.lanes], [ln.id for ln in new.lanes])
        self.stage_names = {s.id: s.name for s in old.stages} | {s.id: s.name for s in new.stages}
        self.lane_names = {ln.id: ln.name for ln in old.lanes} | {ln.id: ln.name for ln in new.lanes}
        self.found: list[tuple[tuple[Any, ...], Change]] = []

    def add(self, key: tuple[Any, ...], change: Change) -> None:
        self.found.append(((KIND_ORDER[change.kind], *key), change))

    def run(self) -> JourneyDiff:
        self._grid(ChangeKind.STAGE, self.old.stages, self.new.stages, _STAGE_FIELDS, self.stage_key)
        self._grid(ChangeKind.LANE, self.old.lanes, self.new.lanes, _LANE_FIELDS, self.lane_key)
        self._cards()
        self._emotions()
        self.found.sort(key=lambda pair: pair[0])
        return JourneyDiff(self.old, self.new, tuple(change for _key, change in self.found))

    # -- stages and lanes ------------------------------------------------------------------------

    def _grid(
        self,
        kind: ChangeKind,
        old: Sequence[Stage | Lane],
        new: Sequence[Stage | Lane],
        fields: tuple[str, ...],
        order: dict[str, tuple[int, int]],
    ) -> None:
        old_by_id = {e.id: e for e in old}
        new_by_id = {e.id: e for e in new}
        old_pos = {e.id: n + 1 for n, e in enumerate(old)}
        new_pos = {e.id: n + 1 for n, e in enumerate(new)}
        moved = moved_ids([e.id for e in old], [e.id for e in new])
        for entity in new:
            key = (order[entity.id], 0)
            before = old_by_id.get(entity.id)
            if before is None:
                self.add(key, self._grid_entry(kind, Action.ADDED, entity, new_pos[entity.id]))
                continue
            if entity.id in moved:
                label = _grid_moved_label(kind, entity.name, old_pos[entity.id], new_pos[entity.id])
                self.add(
                    key,
                    self._grid_change(
                        kind, Action.MOVED, entity, "position", old_pos[entity.id], new_pos[entity.id], label
                    ),
                )
            if before == entity:
                continue
            for n, name in enumerate(fields):
                a, b = getattr(before, name), getattr(entity, name)
                if a != b:
                    label = _grid_changed_label(kind, before.name, name)
                    change = self._grid_change(kind, Action.CHANGED, entity, name, plain(a), plain(b), label)
                    self.add((order[entity.id], n + 1), change)
        for entity in old:
            if entity.id not in new_by_id:
                self.add((order[entity.id], 0), self._grid_entry(kind, Action.REMOVED, entity, old_pos[entity.id]))

    def _grid_entry(self, kind: ChangeKind, action: Action, entity: Stage | Lane, position: int) -> Change:
        extra: dict[str, Any] = {"name": entity.name, "position": position}
        if isinstance(entity, Lane):
            extra["lane_kind"] = entity.kind.value
        label = _grid_label(kind, action, entity.name)
        stage, lane = (entity.id, None) if kind is ChangeKind.STAGE else (None, entity.id)
        return Change(kind, action, entity.id, label, lane=lane, stage=stage, extra=extra)

    def _grid_change(
        self, kind: ChangeKind, action: Action, entity: Stage | Lane, name: str, old: Any, new: Any, label: str
    ) -> Change:
        stage, lane = (entity.id, None) if kind is ChangeKind.STAGE else (None, entity.id)
        return Change(kind, action, entity.id, label, name, old, new, lane=lane, stage=stage)

    # -- cards -----------------------------------------------------------------------------------

    def _cell_places(self, cards: Iterable[Card]) -> dict[str, int]:
        counts: dict[tuple[str, str], int] = {}
        places = {}
        for card in cards:
            cell = (card.lane, card.stage)
            places[card.id] = counts.get(cell, 0)
            counts[cell] = places[card.id] + 1
        return places

    def _card_key(self, card: Card, place: float) -> tuple[Any, ...]:
        return (self.stage_key.get(card.stage, _NOWHERE), self.lane_key.get(card.lane, _NOWHERE), place)

    def _cards(self) -> None:
        old_by_id = {c.id: c for c in self.old.cards}
        new_ids = set()
        new_places = self._cell_places(self.new.cards)
        for card in self.new.cards:
            new_ids.add(card.id)
            key = self._card_key(card, new_places[card.id])
            before = old_by_id.get(card.id)
            if before is None:
                label = translate("Diff", "Card “{name}” added").format(name=card_name(card))
                extra = {"lane": card.lane, "stage": card.stage, "text": card.text}
                self.add(
                    (*key, 0),
                    Change(
                        ChangeKind.CARD, Action.ADDED, card.id, label, lane=card.lane, stage=card.stage, extra=extra
                    ),
                )
                continue
            if before == card:
                continue
            name = card_name(before)
            if before.lane != card.lane:
                label = translate("Diff", "Card “{name}” moved to lane “{lane}”").format(
                    name=name, lane=self.lane_names.get(card.lane, card.lane)
                )
                change = Change(
                    ChangeKind.CARD, Action.MOVED, card.id, label, "lane", before.lane, card.lane, card.lane, card.stage
                )
                self.add((*key, 1), change)
            if before.stage != card.stage:
                label = translate("Diff", "Card “{name}” moved to stage “{stage}”").format(
                    name=name, stage=self.stage_names.get(card.stage, card.stage)
                )
                change = Change(
                    ChangeKind.CARD,
                    Action.MOVED,
                    card.id,
                    label,
                    "stage",
                    before.stage,
                    card.stage,
                    card.lane,
                    card.stage,
                )
                self.add((*key, 2), change)
            for n, fname in enumerate(_CARD_FIELDS):
                a, b = getattr(before, fname), getattr(card, fname)
                if a == b:
                    continue
                if fname == "votes":
                    label = translate("Diff", "Card “{name}” votes {old} → {new}").format(name=name, old=a, new=b)
                else:
                    label = translate("Diff", "Card “{name}” {field} changed").format(
                        name=name, field=translate("Diff", FIELD_NAMES.get(fname, fname))
                    )
                change = Change(
                    ChangeKind.CARD,
                    Action.CHANGED,
                    card.id,
                    label,
                    fname,
                    _value(fname, a),
                    _value(fname, b),
                    card.lane,
                    card.stage,
                )
                self.add((*key, 3 + n), change)
        old_places = self._cell_places(self.old.cards)
        for card in self.old.cards:
            if card.id in new_ids:
                continue
            label = translate("Diff", "Card “{name}” removed").format(name=card_name(card))
            extra = {"lane": card.lane, "stage": card.stage, "text": card.text}
            key = self._card_key(card, old_places[card.id] + 0.5)
            self.add(
                (*key, 0),
                Change(ChangeKind.CARD, Action.REMOVED, card.id, label, lane=card.lane, stage=card.stage, extra=extra),
            )

    # -- emotion points --------------------------------------------------------------------------

    def _emotion_key(self, point: EmotionPoint) -> tuple[Any, ...]:
        return (
            self.lane_key.get(point.lane, _NOWHERE),
            point.persona or "",
            point.variant,
            self.stage_key.get(point.stage, _NOWHERE),
        )

    def _emotions(self) -> None:
        old_by_key = {p.key: p for p in self.old.emotions}
        new_keys = set()
        for point in self.new.emotions:
            new_keys.add(point.key)
            key = self._emotion_key(point)
            stage = self.stage_names.get(point.stage, point.stage)
            before = old_by_key.get(point.key)
            pid = emotion_id(point)
            if before is None:
                label = translate("Diff", "Emotion at “{stage}” added ({score})").format(
                    stage=stage, score=_score(point.score)
                )
                self.add(
                    (*key, 0),
                    Change(
                        ChangeKind.EMOTION,
                        Action.ADDED,
                        pid,
                        label,
                        lane=point.lane,
                        stage=point.stage,
                        extra=_point_extra(point),
                    ),
                )
                continue
            if before == point:
                continue
            for n, fname in enumerate(_EMOTION_FIELDS):
                a, b = getattr(before, fname), getattr(point, fname)
                if a == b:
                    continue
                if fname == "score":
                    label = translate("Diff", "Emotion at “{stage}” {old} → {new}").format(
                        stage=stage, old=_score(a), new=_score(b)
                    )
                else:
                    label = translate("Diff", "Emotion at “{stage}” note changed").format(stage=stage)
                self.add(
                    (*key, 1 + n),
                    Change(ChangeKind.EMOTION, Action.CHANGED, pid, label, fname, a, b, point.lane, point.stage),
                )
        for point in self.old.emotions:
            if point.key in new_keys:
                continue
            stage = self.stage_names.get(point.stage, point.stage)
            label = translate("Diff", "Emotion at “{stage}” removed ({score})").format(
                stage=stage, score=_score(point.score)
            )
            change = Change(
                ChangeKind.EMOTION,
                Action.REMOVED,
                emotion_id(point),
                label,
                lane=point.lane,
                stage=point.stage,
                extra=_point_extra(point),
            )
            self.add((*self._emotion_key(point), 0), change)


def _point_extra(point: EmotionPoint) -> dict[str, Any]:
    return {
        "lane": point.lane,
        "stage": point.stage,
        "persona": point.persona,
        "variant": point.variant,
        "score": point.score,
    }


def _grid_label(kind: ChangeKind, action: Action, name: str) -> str:
    if kind is ChangeKind.STAGE:
        text = (
            translate("Diff", "Stage “{name}” added")
            if action is Action.ADDED
            else translate("Diff", "Stage “{name}” removed")
        )
    else:
        text = (
            translate("Diff", "Lane “{name}” added")
            if action is Action.ADDED
            else translate("Diff", "Lane “{name}” removed")
        )
    return text.format(name=name)


def _grid_moved_label(kind: ChangeKind, name: str, old: int, new: int) -> str:
    if kind is ChangeKind.STAGE:
        text = translate("Diff", "Stage “{name}” moved from {old} to {new}")
    else:
        text = translate("Diff", "Lane “{name}” moved from {old} to {new}")
    return text.format(name=name, old=old, new=new)


def _grid_changed_label(kind: ChangeKind, name: str, fname: str) -> str:
    text = (
        translate("Diff", "Stage “{name}” {field} changed")
        if kind is ChangeKind.STAGE
        else translate("Diff", "Lane “{name}” {field} changed")
    )
    return text.format(name=name, field=translate("Diff", FIELD_NAMES.get(fname, fname)))


def compare_journeys(old: Journey, new: Journey) -> JourneyDiff:
    """What changed from ``old`` to ``new`` (see the module docs)."""
    return _Differ(old, new).run()
