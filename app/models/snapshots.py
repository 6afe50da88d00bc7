"""Snapshots: a journey as it was, kept inside the project file.

A snapshot holds the journey's JSON (FORMAT.md, without its own snapshots) deflated with zlib
and base64-encoded. Deflate is what makes it compact: a 10,000-card journey's rows take several
megabytes in SQLite, its JSON deflates to a small fraction of that, and cards repeat lane and
stage ids that compress away. The content is decoded only when someone restores, compares or
opens the snapshot, so a project with many snapshots opens as fast as one without.

Decoding is defensive, like any input: the content may come from a hand-edited JSON file. The
inflated size is bounded before it is allocated (a deflate bomb stays a one-line refusal), the
JSON goes through the strict bounded parser and the journey through the model and the rules.
"""

from __future__ import annotations

import base64
import binascii
import zlib
from datetime import datetime

from pydantic import ValidationError

from app.i18n import translate
from app.models import limits as L
from app.models.entities import Journey, Snapshot, SnapshotReason
from app.models.errors import DocumentRuleError, ProjectFileError
from app.models.ids import new_id
from app.models.json_text import parse_json
from app.models.rules import check_journey, rule_error_from_pydantic
from app.models.stamps import now_instant

_LEVEL = 6  # zlib's default: level 9 took twice as long on the 10,000-card journey for 3% less


def journey_content(journey: Journey) -> str:
    """The snapshot content of ``journey``: its JSON without snapshots, deflated, base64."""
    text = journey.model_dump_json(by_alias=True, exclude_none=True, exclude={"snapshots"})
    return base64.b64encode(zlib.compress(text.encode("utf-8"), _LEVEL)).decode("ascii")


def take_snapshot(
    journey: Journey,
    *,
    name: str,
    note: str = "",
    author: str | None = None,
    reason: SnapshotReason = SnapshotReason.MANUAL,
    now: datetime | None = None,
) -> Snapshot:
    """A new snapshot of ``journey`` (not yet added to it: that is the caller's undoable edit)."""
    taken = {s.id for s in journey.snapshots}
    return Snapshot.model_validate(
        {
            "id": new_id("snap", taken),
            "name": name,
            "note": note,
            "author": author or None,
            "taken_at": now_instant(now),
            "reason": reason,
            "cards": len(journey.cards),
            "content": journey_content(journey),
        }
    )


def _damaged(snapshot: Snapshot, problem: str) -> ProjectFileError:
    return ProjectFileError(
        translate("Snapshots", "snapshot '{name}' is damaged ({problem})").format(name=snapshot.name, problem=problem)
    )


def snapshot_journey(snapshot: Snapshot, persona_ids: set[str] | None = None) -> Journey:
    """The journey a snapshot holds, decoded and checked. ``persona_ids``: the project's
    personas; references to personas deleted since are dropped (the rest of the map stays
    readable), when None they are kept as they were."""
    try:
        packed = base64.b64decode(snapshot.content, validate=True)
    except (binascii.Error, ValueError):
        raise _damaged(snapshot, translate("Snapshots", "not base64")) from None
    inflater = zlib.decompressobj()
    try:
        text = inflater.decompress(packed, L.MAX_SNAPSHOT_BYTES + 1)
    except zlib.error:
        raise _damaged(snapshot, translate("Snapshots", "not deflated data")) from None
    if len(text) > L.MAX_SNAPSHOT_BYTES or inflater.unconsumed_tail:
        raise _damaged(
            snapshot,
            translate("Snapshots", "it inflates to more than {n} MiB").format(n=L.MAX_SNAPSHOT_BYTES // 2**20),
        )
    try:
        raw = parse_json(text, max_bytes=L.MAX_SNAPSHOT_BYTES)
    except DocumentRuleError as exc:
        raise _damaged(snapshot, str(exc)) from None
    if not isinstance(raw, dict):
        raise _damaged(snapshot, translate("Snapshots", "not a journey"))
    raw.pop("snapshots", None)
    try:
        journey = Journey.model_validate(raw)
    except ValidationError as exc:
        raise _damaged(snapshot, str(rule_error_from_pydantic(exc))) from None
    if persona_ids is None:
        known = set(journey.persona_ids) | {e.persona for e in journey.emotions if e.persona is not None}
    else:
        journey = _without_missing_personas(journey, persona_ids)
        known = persona_ids
    try:
        check_journey(journey, known)
    except DocumentRuleError as exc:
        raise _damaged(snapshot, str(exc)) from None
    return journey


def _without_missing_personas(journey: Journey, persona_ids: set[str]) -> Journey:
    if all(p in persona_ids for p in journey.persona_ids) and all(
        e.persona is None or e.persona in persona_ids for e in journey.emotions
    ):
        return journey
    return journey.model_copy(
        update={
            "persona_ids": [p for p in journey.persona_ids if p in persona_ids],
            "emotions": [e for e in journey.emotions if e.persona is None or e.persona in persona_ids],
        }
    )


def restored(current: Journey, snapshot: Snapshot, persona_ids: set[str] | None = None) -> Journey:
    """``current`` with the content of ``snapshot``: the journey's id and its snapshots stay."""
    old = snapshot_journey(snapshot, persona_ids)
    return old.model_copy(update={"id": current.id, "snapshots": list(current.snapshots)})


def find_snapshot(journey: Journey, name_or_id: str) -> Snapshot | None:
    """The snapshot with that id, else the latest one with that name (names need not be unique;
    the list is oldest first, and its order, not ``taken_at`` text with its offsets, says which
    came last)."""
    by_id = journey.snapshot(name_or_id)
    if by_id is not None:
        return by_id
    return next((s for s in reversed(journey.snapshots) if s.name == name_or_id), None)
