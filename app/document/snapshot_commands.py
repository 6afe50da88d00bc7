"""Snapshots as undo steps: take one, restore one, delete one, and take one before a big change.

A snapshot is a journey's content frozen inside the journey itself (app/models/snapshots.py);
adding and removing one goes through the document's generic ``Insert``/``Remove`` on a
``SnapshotRef``. Restoring is one ``Composite``: a BEFORE_RESTORE snapshot of what is replaced,
then the journey swapped for the snapshot's content (its snapshots kept), so undo brings back
the map as it was and nothing is ever lost. ``before`` wraps any command that replaces a lot (a
workbook import, applying analytics) so that its automatic snapshot and the change are one undo
step: undoing the import also removes the snapshot taken for it.

The functions return the command; the caller pushes it (the window and the CLI alike).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime

from app.document.commands import Command, Composite, Edit, Insert, Remove, ReplaceJourneys
from app.document.document import Document
from app.document.support import EditError
from app.i18n import QT_TRANSLATE_NOOP, date_text, translate
from app.models import limits as L
from app.models.entities import Journey, Snapshot, SnapshotReason
from app.models.refs import SnapshotRef
from app.models.snapshots import restored, take_snapshot
from app.models.stamps import author_of

__all__ = [
    "REASON_WORDS",
    "analytics_snapshot",
    "before",
    "default_name",
    "delete_snapshot",
    "find",
    "rename",
    "import_with_snapshots",
    "restore_snapshot",
    "take",
]

# How the History panel and the CLI's readers name each reason (the stored value is the enum's).
REASON_WORDS: dict[SnapshotReason, str] = {
    SnapshotReason.MANUAL: QT_TRANSLATE_NOOP("Snapshots", "taken by hand"),
    SnapshotReason.BEFORE_IMPORT: QT_TRANSLATE_NOOP("Snapshots", "before an import"),
    SnapshotReason.BEFORE_ANALYTICS: QT_TRANSLATE_NOOP("Snapshots", "before analytics"),
    SnapshotReason.BEFORE_RESTORE: QT_TRANSLATE_NOOP("Snapshots", "before a restore"),
}


def default_name(now: datetime | None = None) -> str:
    """ "Snapshot 2026-12-06 21:30" in the session's date order, local time."""
    moment = (now or datetime.now()).astimezone()
    day = date_text(f"{moment.year:04d}", f"{moment.month:02d}", f"{moment.day:02d}")
    return translate("Snapshots", "Snapshot {date} {time}").format(date=day, time=moment.strftime("%H:%M"))


def find(doc: Document, journey_id: str, snapshot_id: str) -> Snapshot:
    found = next((s for s in doc.journey(journey_id).snapshots if s.id == snapshot_id), None)
    if found is None:
        raise EditError(translate("Snapshots", "no snapshot '{id}' in this journey").format(id=snapshot_id))
    return found


def _snapshot(
    doc: Document, journey_id: str, name: str, note: str, reason: SnapshotReason, author: str | None
) -> Insert:
    snapshot = take_snapshot(
        doc.journey(journey_id),
        name=name,
        note=note,
        author=author if author is not None else author_of(doc.project),
        reason=reason,
    )
    return Insert(
        doc,
        SnapshotRef(journey_id, snapshot.id),
        snapshot,
        text=translate("Snapshots", "Take Snapshot {name}").format(name=snapshot.name),
    )


def take(
    doc: Document,
    journey_id: str,
    name: str,
    note: str = "",
    *,
    reason: SnapshotReason = SnapshotReason.MANUAL,
    author: str | None = None,
) -> Command:
    """One "Take Snapshot" step: the journey as it is now, kept inside it."""
    name = name.strip()
    if not name:
        raise EditError(translate("Snapshots", "a snapshot needs a name"))
    return _snapshot(doc, journey_id, name, note, reason, author)


def rename(doc: Document, journey_id: str, snapshot_id: str, name: str, note: str) -> Command:
    """A snapshot's new name and note as one step; its content is never edited."""
    name = name.strip()
    if not name:
        raise EditError(translate("Snapshots", "a snapshot needs a name"))
    old = find(doc, journey_id, snapshot_id)
    return Edit(
        doc,
        SnapshotRef(journey_id, snapshot_id),
        {"name": name, "note": note},
        text=translate("Snapshots", "Rename Snapshot {name}").format(name=old.name),
    )


def before(
    doc: Document,
    journey_ids: Sequence[str],
    name: str,
    reason: SnapshotReason,
    text: str,
    then: Callable[[], Iterable[Command]],
) -> Composite:
    """A snapshot of each of ``journey_ids`` named ``name``, then the steps ``then`` yields, as
    one undo step. ``then`` runs after the snapshots are in, so commands it builds from the
    document (new journey values) carry the snapshots and do not swap them out again."""

    def steps() -> Iterator[Command]:
        for journey_id in dict.fromkeys(journey_ids):
            yield from _automatic(doc, journey_id, name, reason)
        yield from then()

    return Composite(doc, text, steps)


def import_with_snapshots(doc: Document, journeys: Sequence[Journey], workbook: str) -> Composite:
    """A workbook import's new journey values swapped in after a BEFORE_IMPORT snapshot of each
    journey it changes: one "Import" undo step (undo also removes the snapshots)."""

    def then() -> Iterator[Command]:
        kept = [j.model_copy(update={"snapshots": list(doc.journey(j.id).snapshots)}) for j in journeys]
        yield ReplaceJourneys(doc, kept, "")

    return before(
        doc,
        [j.id for j in journeys],
        translate("Snapshots", "Before import of {name}").format(name=workbook),
        SnapshotReason.BEFORE_IMPORT,
        translate("WorkbookImport", "Import {name}").format(name=workbook),
        then,
    )


def _automatic(doc: Document, journey_id: str, name: str, reason: SnapshotReason) -> Iterator[Command]:
    """A snapshot Waymark takes by itself. At the limit the oldest one Waymark took goes first, in
    the same step: an import must not be refused because history filled up unattended (the
    snapshots people took by hand are never dropped; with only those, the limit is refused)."""
    snapshots = doc.journey(journey_id).snapshots
    if len(snapshots) >= L.MAX_SNAPSHOTS:
        taken_by_waymark = [s for s in snapshots if s.reason != SnapshotReason.MANUAL]
        if taken_by_waymark:
            yield Remove(doc, SnapshotRef(journey_id, taken_by_waymark[0].id))  # the list is oldest first
    yield _snapshot(doc, journey_id, name, "", reason, None)


def analytics_snapshot(doc: Document, journey_id: str, log_name: str) -> Iterator[Command]:
    """The BEFORE_ANALYTICS snapshot that "Apply Analytics" takes as its first steps."""
    name = translate("Snapshots", "Before analytics from {log}").format(log=log_name)
    return _automatic(doc, journey_id, name, SnapshotReason.BEFORE_ANALYTICS)


def restore_snapshot(doc: Document, journey_id: str, snapshot_id: str) -> Composite:
    """The journey's content replaced by the snapshot's, after a BEFORE_RESTORE snapshot of the
    content it replaces; the journey keeps its id and every snapshot. One undo step."""
    snapshot = find(doc, journey_id, snapshot_id)
    name = translate("Snapshots", "Before restoring {name}").format(name=snapshot.name)

    def then() -> Iterator[Command]:
        personas = {p.id for p in doc.project.personas}  # links to personas deleted since are dropped
        yield ReplaceJourneys(doc, [restored(doc.journey(journey_id), snapshot, personas)], "")

    return before(
        doc,
        [journey_id],
        name,
        SnapshotReason.BEFORE_RESTORE,
        translate("Snapshots", "Restore Snapshot {name}").format(name=snapshot.name),
        then,
    )


def delete_snapshot(doc: Document, journey_id: str, snapshot_id: str) -> Command:
    snapshot = find(doc, journey_id, snapshot_id)
    return Remove(
        doc,
        SnapshotRef(journey_id, snapshot_id),
        text=translate("Snapshots", "Delete Snapshot {name}").format(name=snapshot.name),
    )
