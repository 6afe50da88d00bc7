"""Issue 18's model: ownership, actions, card evidence and snapshots round-trip through JSON and
the project file, and hostile values are refused with a message naming them."""

from __future__ import annotations

import base64
import sqlite3
import zlib
from datetime import UTC

import pytest

from app.document.commands import Edit, Insert, Remove
from app.document.document import Document
from app.models import schema as S
from app.models import snapshots as SN
from app.models.entities import (
    ActionState,
    Card,
    CardAction,
    CardComment,
    JourneyStatus,
    Snapshot,
    SnapshotReason,
)
from app.models.errors import ProjectFileError
from app.models.interchange import read_project_json, write_project_json
from app.models.project_file import read_project_file
from app.models.refs import CardRef, JourneyRef, SnapshotRef
from app.models.session import create_project_file
from tests.conftest import as_schema_6

# A 2×1 PNG, made once by Qt and kept as bytes so this test needs no Qt.
PNG = base64.b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d49484452000000020000000108020000007b40e8dd000000097048597300000f61"
        "00000f6101a83fa7690000000f49444154089963fccfc0c0c0c000000608010149b8c2b40000000049454e44ae426082"
    )
).decode()


def living(project):
    """The sample with every new field set on its first journey and card."""
    journey = project.journeys[0]
    card = Card.model_validate(
        {
            **journey.cards[0].dump(),
            "image": PNG,
            "links": ["https://example.com/ticket/1", "mailto:ops@example.com"],
            "comments": [{"author": "Priya", "date": "2026-12-06T21:05:00+01:00", "text": "Seen in 4 of 6"}],
            "action": {"owner": "Tom", "due": "2027-01-15", "state": "in_progress"},
        }
    )
    snap = SN.take_snapshot(journey, name="Before the workshop", note="as it was", author="Priya")
    journey = journey.model_copy(
        update={
            "cards": [card, *journey.cards[1:]],
            "owner": "Priya",
            "status": JourneyStatus.VALIDATED,
            "review_by": "2027-03-01",
            "last_reviewed": "2026-12-01",
            "snapshots": [snap],
        }
    )
    return project.model_copy(update={"journeys": [journey, *project.journeys[1:]]})


def test_new_fields_round_trip_through_json_and_the_file(sample_project, tmp_path):
    project = living(sample_project)
    text = write_project_json(project)
    back = read_project_json(text)
    assert back.warnings == []
    assert write_project_json(back.project) == text
    path = tmp_path / "living.waymark"
    create_project_file(back.project, path)
    loaded, _ = read_project_file(path)
    assert write_project_json(loaded) == text
    journey = loaded.journeys[0]
    assert journey.status == JourneyStatus.VALIDATED and journey.owner == "Priya"
    card = journey.cards[0]
    assert card.action == CardAction(owner="Tom", due="2027-01-15", state=ActionState.IN_PROGRESS)
    assert card.comments == [CardComment(author="Priya", date="2026-12-06T21:05:00+01:00", text="Seen in 4 of 6")]
    assert card.image == PNG and len(card.links) == 2


def test_unset_fields_stay_out_of_the_json(sample_project):
    """A project without the new fields writes exactly what it wrote before (checksums stay)."""
    text = write_project_json(sample_project)
    for key in ('"status"', '"snapshots"', '"links"', '"comments"', '"action"', '"image"', '"owner"'):
        assert key not in text


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("links", ["javascript:alert(1)"], "http, https or mailto"),
        ("links", ["file:///etc/passwd"], "http, https or mailto"),
        ("image", base64.b64encode(b"GIF89a not a png").decode(), "not a PNG"),
        ("image", "###", "not valid base64"),
        ("comments", [{"author": "A", "date": "2026-01-01T00:00:00+00:00", "text": ""}], "at least 1"),
        ("action", {"state": "someday"}, "state"),
    ],
)
def test_hostile_card_evidence_is_refused(sample_project, field, value, message):
    raw = sample_project.journeys[0].cards[0].dump()
    with pytest.raises(ValueError, match=message):
        Card.model_validate({**raw, field: value})


def test_a_snapshot_is_compact_and_decodes_to_the_journey(sample_project):
    journey = sample_project.journeys[0]
    snap = SN.take_snapshot(journey, name="x")
    assert snap.cards == len(journey.cards) and snap.reason == SnapshotReason.MANUAL
    assert len(snap.content) < len(journey.model_dump_json()) / 4
    assert SN.snapshot_journey(snap) == journey.model_copy(update={"snapshots": []})


def test_damaged_or_hostile_snapshot_content_is_one_clear_error(sample_project):
    journey = sample_project.journeys[0]
    good = SN.take_snapshot(journey, name="x")
    bomb = base64.b64encode(zlib.compress(b"[" + b" " * (70 * 2**20) + b"]")).decode()
    cases = {
        "not base64": "@@@@",
        "not deflated": base64.b64encode(b"plain").decode(),
        "inflates to more than": bomb,
        "not a journey": base64.b64encode(zlib.compress(b"[1, 2]")).decode(),
        "no lane": base64.b64encode(
            zlib.compress(
                journey.model_copy(update={"cards": [journey.cards[0].model_copy(update={"lane": "nowhere"})]})
                .model_dump_json(by_alias=True, exclude_none=True)
                .encode()
            )
        ).decode(),
    }
    for problem, content in cases.items():
        bad = good.model_copy(update={"content": content})
        with pytest.raises(ProjectFileError, match=f"snapshot 'x' is damaged .*{problem}"):
            SN.snapshot_journey(bad)


def test_restore_keeps_the_id_and_the_snapshots_and_drops_deleted_personas(sample_project):
    journey = sample_project.journeys[0]
    snap = SN.take_snapshot(journey, name="x")
    later = journey.model_copy(update={"cards": journey.cards[:3], "snapshots": [snap]})
    back = SN.restored(later, snap, persona_ids=set())
    assert back.id == journey.id and back.snapshots == [snap] and len(back.cards) == len(journey.cards)
    assert back.persona_ids == [] and all(e.persona is None for e in back.emotions)
    assert SN.find_snapshot(later, "x") == snap and SN.find_snapshot(later, snap.id) == snap
    assert SN.find_snapshot(later, "nope") is None


def test_find_snapshot_takes_the_latest_of_a_repeated_name(sample_project):
    """The latest is the last in the list (oldest first), whatever offsets the times carry."""
    from datetime import datetime, timedelta, timezone

    journey = sample_project.journeys[0]
    older = SN.take_snapshot(journey, name="w", now=datetime(2026, 6, 1, 20, 0, tzinfo=UTC))
    newer = SN.take_snapshot(journey, name="w", now=datetime(2026, 6, 1, 14, 0, tzinfo=timezone(timedelta(hours=-8))))
    assert newer.taken_at < older.taken_at  # as text; in time 22:00 UTC is after 20:00 UTC
    assert SN.find_snapshot(journey.model_copy(update={"snapshots": [older, newer]}), "w") == newer


def test_document_snapshot_insert_remove_undo_and_reopen(tmp_path, sample_project, qapp):
    path = tmp_path / "s.waymark"
    create_project_file(sample_project, path)
    doc = Document.open(path)
    try:
        jid = doc.project.journeys[0].id
        snap = SN.take_snapshot(doc.journey(jid), name="one")
        ref = SnapshotRef(jid, snap.id)
        added: list[SnapshotRef] = []
        doc.snapshot_added.connect(added.append)
        doc.push(Insert(doc, ref, snap))
        assert added == [ref] and doc.get(ref) == snap
        doc.push(Edit(doc, ref, {"name": "renamed"}))
        assert doc.get(ref).name == "renamed"
        with pytest.raises(Exception, match="content cannot be edited"):
            doc.push(Edit(doc, ref, {"content": snap.content}))
        doc.push(Remove(doc, ref))
        assert doc.journey(jid).snapshots == []
        doc.undo_stack.undo()
        assert doc.get(ref).name == "renamed"
        doc.push(Edit(doc, JourneyRef(jid), {"owner": "Ann", "status": JourneyStatus.LIVE, "review_by": "2026-01-31"}))
        card = doc.journey(jid).cards[0]
        doc.push(Edit(doc, CardRef(jid, card.id), {"action": CardAction(owner="Bo"), "links": ["https://x.org"]}))
        doc.save()
    finally:
        doc.close()
    loaded, _ = read_project_file(path)
    journey = loaded.journeys[0]
    assert [s.name for s in journey.snapshots] == ["renamed"]
    assert journey.owner == "Ann" and journey.status == JourneyStatus.LIVE and journey.review_by == "2026-01-31"
    assert journey.cards[0].action == CardAction(owner="Bo") and journey.cards[0].links == ["https://x.org"]
    raw = sqlite3.connect(path)
    try:
        stored = raw.execute("SELECT content FROM snapshots").fetchone()[0]
        assert isinstance(stored, bytes) and zlib.decompress(stored).startswith(b"{")
    finally:
        raw.close()


def test_a_schema_6_file_is_upgraded_and_keeps_its_map(tmp_path, sample_project):
    path = tmp_path / "v6.waymark"
    create_project_file(sample_project, path)
    raw = sqlite3.connect(path)
    as_schema_6(raw)
    raw.close()
    doc = Document.open(path)
    try:
        assert write_project_json(doc.snapshot()) == write_project_json(sample_project)
        jid = doc.project.journeys[0].id
        snap = SN.take_snapshot(doc.journey(jid), name="after upgrade")
        doc.push(Insert(doc, SnapshotRef(jid, snap.id), snap))
        doc.save()
    finally:
        doc.close()
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == S.SCHEMA_VERSION
        assert raw.execute("SELECT name FROM snapshots").fetchall() == [("after upgrade",)]
    finally:
        raw.close()


def test_stored_snapshot_that_is_not_bytes_is_damage(tmp_path, sample_project):
    project = living(sample_project)
    path = tmp_path / "d.waymark"
    create_project_file(project, path)
    raw = sqlite3.connect(path)
    raw.execute("UPDATE snapshots SET content = 'text'")
    raw.execute("UPDATE project SET checksum = NULL")
    raw.commit()
    raw.close()
    with pytest.raises(ProjectFileError, match="content is not data"):
        read_project_file(path)


def test_snapshot_entity_is_strict():
    with pytest.raises(ValueError):
        Snapshot.model_validate({"id": "s", "name": "n", "taken_at": "x", "content": ""})
