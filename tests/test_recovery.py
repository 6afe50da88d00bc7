"""Tier 1: a session that dies leaves a working copy the next start offers to recover."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from app.document import commands as C
from app.document.document import Document
from app.models.refs import ProjectRef
from app.models.session import (
    ProjectSession,
    create_project_file,
    find_orphans,
    lock_path_for,
)
from tests.conftest import snapshot

CHILD = textwrap.dedent("""
    import os, sys
    from app.document.document import Document
    from app.document import commands as C
    from app.models.entities import Card
    doc = Document.open(sys.argv[1]) if sys.argv[1] != "-" else Document.new(
        __import__("app.models.library", fromlist=["x"]).sample_project())
    for n in range(int(sys.argv[2])):
        doc.push(C.add_card(doc, "buy-phone", Card(id=f"k-{n}", lane="doing", stage="buy", text=f"edit {n}")))
    print("done", flush=True)
    os._exit(0)   # dies without closing: what a crash leaves behind
""")


def crash_after_edits(path, edits: int) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(edits)], check=True, env=env, capture_output=True, text=True
    )


def test_orphan_is_found_and_recovered(qapp, tmp_path, sample_project):
    path = tmp_path / "a.waymark"
    create_project_file(sample_project, path)
    before = path.read_bytes()
    crash_after_edits(path, 5)
    assert path.read_bytes() == before  # edits never touch the user's file
    orphans = find_orphans()
    assert [o.original for o in orphans] == [path]
    assert orphans[0].title == "a.waymark"
    doc = Document(ProjectSession.recover(orphans[0]))
    try:
        ids = {c.id for c in doc.journey("buy-phone").cards}
        assert {f"k-{n}" for n in range(5)} <= ids
        assert doc.modified  # recovered edits are unsaved
        assert doc.path == path and not doc.read_only
        assert find_orphans() == []  # adopted: no longer an orphan
        doc.save()
    finally:
        doc.close()
    assert find_orphans() == []
    reopened = Document.open(path)
    assert "k-4" in {c.id for c in reopened.journey("buy-phone").cards}
    reopened.close()


def test_untitled_project_is_recovered_too(qapp):
    crash_after_edits("-", 2)
    orphans = find_orphans()
    assert len(orphans) == 1 and orphans[0].original is None
    session = ProjectSession.recover(orphans[0])
    assert session.path is None and session.recovered
    session.close()


def test_unedited_orphans_are_not_offered(qapp, tmp_path, sample_project):
    path = tmp_path / "a.waymark"
    create_project_file(sample_project, path)
    crash_after_edits(path, 0)
    assert find_orphans() == []


def test_live_sessions_are_not_orphans(doc):
    doc.push(C.Edit(doc, ProjectRef(), {"name": "Live"}))
    assert find_orphans() == []


def test_discard_removes_the_working_copy(qapp, tmp_path, sample_project, data_dir):
    path = tmp_path / "a.waymark"
    create_project_file(sample_project, path)
    crash_after_edits(path, 1)
    (orphan,) = find_orphans()
    orphan.discard()
    assert find_orphans() == []
    assert list((data_dir / "recovery").iterdir()) == []


def test_recovering_a_file_open_elsewhere_is_read_only(qapp, tmp_path, sample_project):
    path = tmp_path / "a.waymark"
    create_project_file(sample_project, path)
    crash_after_edits(path, 1)
    holder = ProjectSession.open(path)
    try:
        session = ProjectSession.recover(find_orphans()[0])
        assert session.read_only and "open in another window" in session.notice
        session.save(tmp_path / "rescued.waymark")
        session.close()
    finally:
        holder.close()
    assert not lock_path_for(path).exists()


def test_corrupt_meta_still_offers_the_copy(qapp, tmp_path, sample_project, data_dir):
    path = tmp_path / "a.waymark"
    create_project_file(sample_project, path)
    crash_after_edits(path, 1)
    (meta,) = (data_dir / "recovery").glob("*.json")
    meta.write_text("{not json")
    (orphan,) = find_orphans()
    assert orphan.title == "Untitled project"
    doc = Document(ProjectSession.recover(orphan))
    assert "k-0" in {c.id for c in doc.journey("buy-phone").cards}
    doc.close()


def test_meta_records_the_file(doc, tmp_path, data_dir):
    doc.save(tmp_path / "named.waymark")
    meta = json.loads(next((data_dir / "recovery").glob("*.json")).read_text())
    assert meta["path"] == str(tmp_path / "named.waymark") and meta["edited"] is False
    assert snapshot(doc.project)["project"]["name"] == "Phone purchase"


def test_a_failed_meta_write_never_hides_later_edits(doc, monkeypatch, data_dir):
    """Regression: the 'edited' mark must be on disk before any edit commits."""
    import pytest

    from app.models import session as S
    from app.models.errors import SaveError
    from app.models.session import WorkingCopyError

    real = S.write_bytes_atomic
    calls = {"n": 0}

    def fails_once(path, data):
        calls["n"] += 1
        if calls["n"] == 1:
            raise SaveError("could not write: the disk is full")
        return real(path, data)

    monkeypatch.setattr(S, "write_bytes_atomic", fails_once)
    with pytest.raises(WorkingCopyError):
        doc.push(C.Edit(doc, ProjectRef(), {"name": "first"}))
    doc.push(C.Edit(doc, ProjectRef(), {"name": "second"}))
    meta = json.loads(next((data_dir / "recovery").glob("*.json")).read_text())
    assert meta["edited"] is True


def test_orphan_scan_ignores_metadata_being_written(doc, data_dir):
    """Regression: a live session's temporary metadata file is not an orphan."""
    temp = data_dir / "recovery" / f".~waymark-0123abcd-{doc.session.token}.json"
    temp.write_text("{}")
    assert find_orphans() == []
    assert temp.exists()


def test_stray_working_copy_of_a_failed_open_is_swept(qapp, data_dir):
    stray = data_dir / "recovery" / "0123456789abcdef.waymark-work"
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(b"partial")
    assert find_orphans() == []
    assert not stray.exists()


def test_stale_temp_cleanup_touches_only_its_own_file(tmp_path):
    from app.models.atomic import remove_stale_temps

    mine = tmp_path / ".~waymark-1234abcd-a.waymark"
    mine_journal = tmp_path / ".~waymark-1234abcd-a.waymark-journal"
    others = [tmp_path / ".~waymark-1234abcd-copy-a.waymark", tmp_path / ".~waymark-1234abcd-a.waymark.json"]
    for p in (mine, mine_journal, *others):
        p.write_text("x")
    remove_stale_temps(tmp_path / "a.waymark")
    assert not mine.exists() and not mine_journal.exists()
    assert all(p.exists() for p in others)


def test_a_working_copy_of_an_older_schema_is_upgraded_when_recovered(qapp, tmp_path, sample_project):
    """A crash, then an update of Waymark, then the recovery: the older working copy is migrated
    (seen for real: a schema-3 copy was refused as "not a Waymark project of this version")."""
    import sqlite3

    from tests.conftest import as_schema_3, without_sessions

    path = tmp_path / "old.waymark"
    create_project_file(without_sessions(sample_project), path)
    crash_after_edits(path, 3)
    (orphan,) = find_orphans()
    raw = sqlite3.connect(orphan.work_path)
    as_schema_3(raw)
    raw.close()
    doc = Document(ProjectSession.recover(orphan))
    try:
        assert {f"k-{n}" for n in range(3)} <= {c.id for c in doc.journey("buy-phone").cards}
        assert doc.modified
        doc.save()
    finally:
        doc.close()
    reopened = Document.open(path)
    assert "k-2" in {c.id for c in reopened.journey("buy-phone").cards}
    reopened.close()


def test_a_working_copy_from_a_newer_waymark_is_refused_by_name(qapp, tmp_path, sample_project):
    import sqlite3

    import pytest

    from app.models.errors import ProjectFileError

    path = tmp_path / "new.waymark"
    create_project_file(sample_project, path)
    crash_after_edits(path, 1)
    (orphan,) = find_orphans()
    raw = sqlite3.connect(orphan.work_path)
    raw.execute("PRAGMA user_version = 99")
    raw.commit()
    raw.close()
    with pytest.raises(ProjectFileError, match="newer Waymark"):
        ProjectSession.recover(orphan)
    assert find_orphans()  # the working copy is kept for a newer Waymark
