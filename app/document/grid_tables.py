"""A journey's columns and rows: stages and lanes.

Both are ordered lists whose removal takes the cells along (cards, points, metrics, and for a
lane its blueprint lines) and whose insert can bring them back, so the two share one base;
what differs between them is stated once per class, not tested in ``if``s.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from app.document.removals import Contents, LaneRemoval, Removal, StageRemoval, slice_contents
from app.document.support import EditError, drop_cells, insert_in_cell, reordered, validated
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import limits as L
from app.models import repository as R
from app.models import schema as S
from app.models.entities import CARD_LANE_KINDS, Journey, Lane, LaneKind, Stage
from app.models.refs import LaneRef, StageRef
from app.models.rules import a_lane

CTX = "GridTables"

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from app.document.document import Document

ItemT = TypeVar("ItemT", Stage, Lane)
RefT = TypeVar("RefT", StageRef, LaneRef)


class _GridTable(Generic[ItemT, RefT]):
    noun: ClassVar[str]
    limit: ClassVar[int]
    # The messages naming the item, marked for translation in the subclasses.
    not_found: ClassVar[str]
    exists: ClassVar[str]
    too_many: ClassVar[str]
    table: ClassVar[Any]
    model: ClassVar[type]

    def __init__(self, doc: Document):
        self.doc = doc

    # What differs between stages and lanes.

    def items(self, journey: Journey) -> list[ItemT]:
        raise NotImplementedError

    def make_ref(self, journey_id: str, item_id: str) -> RefT:
        raise NotImplementedError

    def row(self, journey_id: str, item: ItemT, index: int) -> dict[str, Any]:
        raise NotImplementedError

    def check(self, journey: Journey, old: ItemT | None, new: ItemT) -> None:
        """Rules beyond the model's own, for an insert (old None) or an edit."""

    def hit(self, item_id: str) -> Callable[[str, str], bool]:
        raise NotImplementedError

    def removal(self, item: ItemT, index: int, contents: Contents) -> Removal:
        raise NotImplementedError

    def signals(self) -> tuple[SignalInstance, SignalInstance, SignalInstance, SignalInstance]:
        """added, removed, changed, moved."""
        raise NotImplementedError

    def forget_extras(self, journey: Journey, item_id: str) -> None:
        """What else goes with the item besides its cells."""

    # The same for both.

    def get(self, ref: RefT) -> ItemT:
        found = next((i for i in self.items(self.doc.journey(ref.journey_id)) if i.id == ref.id), None)
        if found is None:
            raise EditError(translate(CTX, self.not_found).format(id=ref.id, journey=ref.journey_id))
        return found

    def index(self, ref: RefT) -> int:
        return self.items(self.doc.journey(ref.journey_id)).index(self.get(ref))

    def insert(self, ref: RefT, item: ItemT, index: int | None = None, restore: Removal | None = None) -> None:
        jid = ref.journey_id
        journey = self.doc.journey(jid)
        items = self.items(journey)
        if any(i.id == item.id for i in items):
            raise EditError(translate(CTX, self.exists).format(id=item.id))
        if len(items) >= self.limit:
            raise EditError(translate(CTX, self.too_many).format(n=self.limit))
        self.check(journey, None, item)
        index = len(items) if index is None else max(0, min(index, len(items)))
        order = [i.id for i in items]
        order.insert(index, item.id)
        contents = restore.contents if isinstance(restore, StageRemoval | LaneRemoval) else Contents()

        def write(conn: Any) -> None:
            R.upsert(conn, self.table, self.row(jid, item, index))
            R.set_positions(conn, self.table, order, journey_id=jid)
            R.insert_many(conn, S.cards, [R.card_row(jid, c, n) for c, n in contents.cards])
            R.insert_many(conn, S.emotion_points, [R.emotion_row(jid, e) for e in contents.emotions])
            R.insert_many(conn, S.metric_values, [R.metric_row(jid, m) for m in contents.metrics])
            R.insert_many(conn, S.blueprint_lines, [R.line_row(jid, ln) for ln in contents.lines])

        self.doc.write(write)
        self.doc.cards.indexes.forget(jid)  # its cells come back
        items.insert(index, item)
        for card, n in sorted(contents.cards, key=lambda pair: pair[1]):
            insert_in_cell(journey, card, n)
        journey.emotions.extend(contents.emotions)
        journey.metrics.extend(contents.metrics)
        journey.lines.extend(contents.lines)
        self.signals()[0].emit(self.make_ref(jid, item.id), index)

    def update(self, ref: RefT, changes: dict[str, Any]) -> None:
        jid = ref.journey_id
        journey = self.doc.journey(jid)
        old = self.get(ref)
        new: ItemT = validated(self.model, {**old.dump(), **changes}, f"{self.noun} '{ref.id}'")
        self.check(journey, old, new)
        items = self.items(journey)
        index = items.index(old)
        self.doc.write(lambda c: R.upsert(c, self.table, self.row(jid, new, index)))
        items[index] = new
        self.signals()[2].emit(ref)

    def remove(self, ref: RefT) -> Removal:
        jid = ref.journey_id
        journey = self.doc.journey(jid)
        item = self.get(ref)
        items = self.items(journey)
        index = items.index(item)
        contents = slice_contents(journey, **{self.noun: ref.id})
        order = [i.id for i in items if i.id != ref.id]

        def write(conn: Any) -> None:
            R.delete(conn, self.table, journey_id=jid, id=ref.id)  # cascades to its cells (and lines)
            R.set_positions(conn, self.table, order, journey_id=jid)

        self.doc.write(write)
        self.doc.cards.indexes.forget(jid)  # its cells go
        items.remove(item)
        drop_cells(journey, self.hit(ref.id))
        self.forget_extras(journey, ref.id)
        self.signals()[1].emit(ref)
        return self.removal(item, index, contents)

    def move(self, ref: RefT, index: int) -> None:
        jid = ref.journey_id
        items = self.items(self.doc.journey(jid))
        moved = reordered(items, self.get(ref), index)
        if moved is None:
            return
        order, index = moved
        self.doc.write(lambda c: R.set_positions(c, self.table, [i.id for i in order], journey_id=jid))
        items[:] = order
        self.signals()[3].emit(ref, index)


class StageTable(_GridTable[Stage, StageRef]):
    noun = "stage"
    limit = L.MAX_STAGES
    not_found = QT_TRANSLATE_NOOP("GridTables", "no stage '{id}' in journey '{journey}'")
    exists = QT_TRANSLATE_NOOP("GridTables", "a stage with id '{id}' exists already in this journey")
    too_many = QT_TRANSLATE_NOOP("GridTables", "a journey holds at most {n} stages")
    table = S.stages
    model = Stage

    def items(self, journey: Journey) -> list[Stage]:
        return journey.stages

    def make_ref(self, journey_id: str, item_id: str) -> StageRef:
        return StageRef(journey_id, item_id)

    def row(self, journey_id: str, item: Stage, index: int) -> dict[str, Any]:
        return R.stage_row(journey_id, item, index)

    def hit(self, item_id: str) -> Callable[[str, str], bool]:
        return lambda _lane, stage: stage == item_id

    def removal(self, item: Stage, index: int, contents: Contents) -> Removal:
        return StageRemoval(item, index, contents)

    def signals(self) -> tuple[SignalInstance, SignalInstance, SignalInstance, SignalInstance]:
        d = self.doc
        return d.stage_added, d.stage_removed, d.stage_changed, d.stage_moved


class LaneTable(_GridTable[Lane, LaneRef]):
    noun = "lane"
    limit = L.MAX_LANES
    not_found = QT_TRANSLATE_NOOP("GridTables", "no lane '{id}' in journey '{journey}'")
    exists = QT_TRANSLATE_NOOP("GridTables", "a lane with id '{id}' exists already in this journey")
    too_many = QT_TRANSLATE_NOOP("GridTables", "a journey holds at most {n} lanes")
    table = S.lanes
    model = Lane

    def items(self, journey: Journey) -> list[Lane]:
        return journey.lanes

    def make_ref(self, journey_id: str, item_id: str) -> LaneRef:
        return LaneRef(journey_id, item_id)

    def row(self, journey_id: str, item: Lane, index: int) -> dict[str, Any]:
        return R.lane_row(journey_id, item, index)

    def check(self, journey: Journey, old: Lane | None, new: Lane) -> None:
        if new.role is not None and new.kind not in CARD_LANE_KINDS:
            where = translate("GridTables", "lane '{id}': ").format(id=new.id) if old is not None else ""
            raise EditError(where + translate("GridTables", "{lane} has no role").format(lane=a_lane(new.kind)))
        if new.measure is not None and new.kind != LaneKind.METRIC:
            where = translate("GridTables", "lane '{id}': ").format(id=new.name) if old is not None else ""
            raise EditError(
                where
                + translate("GridTables", "{lane} is not filled from data; only a metric lane is").format(
                    lane=a_lane(new.kind)
                )
            )
        if old is None or new.kind == old.kind or (new.kind in CARD_LANE_KINDS and old.kind in CARD_LANE_KINDS):
            return
        held = slice_contents(journey, lane=old.id)
        count = len(held.cards) + len(held.emotions) + len(held.metrics)
        if count:
            text = (
                translate(
                    "GridTables", "lane '{name}' still holds {count} item; {old} becomes {new} only when it is empty"
                )
                if count == 1
                else translate(
                    "GridTables", "lane '{name}' still holds {count} items; {old} becomes {new} only when it is empty"
                )
            )
            raise EditError(text.format(name=old.name, count=count, old=a_lane(old.kind), new=a_lane(new.kind)))

    def hit(self, item_id: str) -> Callable[[str, str], bool]:
        return lambda lane, _stage: lane == item_id

    def forget_extras(self, journey: Journey, item_id: str) -> None:
        journey.lines[:] = [ln for ln in journey.lines if ln.after_lane != item_id]

    def removal(self, item: Lane, index: int, contents: Contents) -> Removal:
        return LaneRemoval(item, index, contents)

    def signals(self) -> tuple[SignalInstance, SignalInstance, SignalInstance, SignalInstance]:
        d = self.doc
        return d.lane_added, d.lane_removed, d.lane_changed, d.lane_moved
