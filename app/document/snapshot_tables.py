"""A journey's snapshots: added, renamed and deleted as whole values, never changed inside.

A snapshot's content is the journey as it was; editing it would make it a lie, so ``update``
takes only its name and note. Restoring one is not an edit of the snapshot: it replaces the
journey's content (``ReplaceJourneys``), and the snapshots stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.document.removals import Removal, SnapshotRemoval
from app.document.support import EditError, validated
from app.i18n import translate
from app.models import limits as L
from app.models import repository as R
from app.models import schema as S
from app.models.entities import Journey, Snapshot
from app.models.refs import SnapshotRef

if TYPE_CHECKING:
    from app.document.document import Document

_RENAMEABLE = frozenset({"name", "note"})


class SnapshotTable:
    def __init__(self, doc: Document):
        self.doc = doc

    def _journey(self, ref: SnapshotRef) -> Journey:
        return self.doc.journey(ref.journey_id)

    def get(self, ref: SnapshotRef) -> Snapshot:
        found = self._journey(ref).snapshot(ref.snapshot_id)
        if found is None:
            raise EditError(translate("SnapshotTables", "no snapshot '{id}'").format(id=ref.snapshot_id))
        return found

    def insert(
        self, ref: SnapshotRef, item: Snapshot, index: int | None = None, restore: Removal | None = None
    ) -> None:
        journey = self._journey(ref)
        snapshots = journey.snapshots
        if item.id != ref.snapshot_id:
            raise EditError(f"snapshot '{item.id}' inserted as '{ref.snapshot_id}'")
        if journey.snapshot(item.id) is not None:
            raise EditError(translate("SnapshotTables", "a snapshot with id '{id}' exists already").format(id=item.id))
        if len(snapshots) >= L.MAX_SNAPSHOTS:
            raise EditError(
                translate(
                    "SnapshotTables", "a journey holds at most {n} snapshots; delete old ones in the History panel"
                ).format(n=L.MAX_SNAPSHOTS)
            )
        index = len(snapshots) if index is None else max(0, min(index, len(snapshots)))
        order = [s.id for s in snapshots]
        order.insert(index, item.id)
        jid = journey.id

        def write(conn: Any) -> None:
            R.upsert(conn, S.snapshots, R.snapshot_row(jid, item, index))
            R.set_positions(conn, S.snapshots, order, journey_id=jid)

        self.doc.write(write)
        snapshots.insert(index, item)
        self.doc.snapshot_added.emit(ref)

    def update(self, ref: SnapshotRef, changes: dict[str, Any]) -> None:
        if set(changes) - _RENAMEABLE:
            raise EditError(
                translate("SnapshotTables", "a snapshot's content cannot be edited, only its name and note")
            )
        journey = self._journey(ref)
        old = self.get(ref)
        new = validated(Snapshot, {**old.model_dump(), **changes}, f"snapshot '{ref.snapshot_id}'")
        index = journey.snapshots.index(old)
        self.doc.write(lambda c: R.upsert(c, S.snapshots, R.snapshot_row(journey.id, new, index)))
        journey.snapshots[index] = new
        self.doc.snapshot_changed.emit(ref)

    def remove(self, ref: SnapshotRef) -> SnapshotRemoval:
        journey = self._journey(ref)
        snapshot = self.get(ref)
        index = journey.snapshots.index(snapshot)
        order = [s.id for s in journey.snapshots if s.id != snapshot.id]
        jid = journey.id

        def write(conn: Any) -> None:
            R.delete(conn, S.snapshots, journey_id=jid, id=snapshot.id)
            R.set_positions(conn, S.snapshots, order, journey_id=jid)

        self.doc.write(write)
        journey.snapshots.remove(snapshot)
        self.doc.snapshot_removed.emit(ref)
        return SnapshotRemoval(snapshot, index)
