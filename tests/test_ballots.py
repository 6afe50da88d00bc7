"""Ballots from workbooks (issue 15, item 3): one workbook per participant written, filled in as a
participant would (openpyxl), read back and checked against the session; bad ones refused with one
line each; the good ones applied as one undo step."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.exporters.xlsx.ballots import ballot_cards, export_ballots
from app.importers.ballots import plan_ballots, read_ballot
from app.models import ballot_format as B
from app.models import voting as V
from app.models.entities import SessionState
from app.models.errors import WaymarkError
from app.models.library import sample_project

J = "buy-phone"


def open_project(sample=None, **session_changes):
    """The sample with a fresh open session "Ideas" (5 votes each, at most 2 per card) shown."""
    project = sample or sample_project()
    journey = project.journey(J)
    people = V.participants_named(["Priya", "Tom", "Lena"])
    session = V.new_session(journey, "Ideas", participants=people, votes_per_participant=5, max_per_card=2)
    session = session.model_copy(update=session_changes)
    journey = journey.model_copy(update={"sessions": [*journey.sessions, session], "shown_session": session.id})
    return project.model_copy(update={"journeys": [journey]}), session


def fill(path: Path, votes: dict[str, object], name: str | None = None) -> Path:
    """Type ``votes`` (card id -> value) into the Votes column, as a participant would."""
    wb = openpyxl.load_workbook(path)
    ws = wb[B.BALLOT_SHEET]
    for row in range(B.HEADER_ROW + 1, ws.max_row + 1):
        card = ws.cell(row, 1).value
        if card in votes:
            ws.cell(row, 5).value = votes[card]
    if name is not None:
        ws["C3"] = name
    wb.save(path)
    return path


@pytest.fixture
def ballots(tmp_path):
    project, session = open_project()
    files = export_ballots(project, J, session.id, tmp_path, blank=True)
    return project, session, {f.name: f for f in files}


def test_one_workbook_per_participant_and_a_blank_one(ballots):
    project, session, files = ballots
    assert sorted(files) == ["Ballot - Lena.xlsx", "Ballot - Priya.xlsx", "Ballot - Tom.xlsx", "Ballot - blank.xlsx"]
    wb = openpyxl.load_workbook(files["Ballot - Priya.xlsx"])
    ws = wb[B.BALLOT_SHEET]
    assert ws["B1"].value == "Ballot: Ideas" and ws["C3"].value == "Priya"
    assert ws["B4"].value.startswith("You have 5 votes, at most 2 per card")
    assert [c.value for c in ws[B.HEADER_ROW]] == list(B.HEADERS)
    journey = project.journey(J)
    cards = ballot_cards(journey, session)
    assert {c.lane for c in cards} == {"pain", "ideas"} and len(cards) == 21
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=B.HEADER_ROW + 1)]
    assert [r[0] for r in rows] == [c.id for c in cards]
    assert rows[0][1:4] == ["Search", "Pain points", cards[0].text]
    assert ws.column_dimensions["A"].hidden
    (check,) = ws.data_validations.dataValidation
    assert (check.type, check.formula1, check.formula2) == ("whole", "0", "2")
    assert str(check.sqref) == f"E{B.HEADER_ROW + 1}:E{B.HEADER_ROW + 21}"
    info = wb[B.INFO_SHEET]
    assert info.sheet_state == "hidden"
    assert {r[0]: r[1] for r in info.iter_rows(values_only=True)} == {
        "format": B.FORMAT_ID,
        "journey": J,
        "session": session.id,
        "participant": "p1",
        "session name": "Ideas",
        "participant name": "Priya",
    }
    blank = openpyxl.load_workbook(files["Ballot - blank.xlsx"])
    assert blank[B.BALLOT_SHEET]["C3"].value is None
    assert blank[B.BALLOT_SHEET]["B4"].value.startswith("Type your name beside Name. You have 5 votes")
    assert {r[0]: r[1] for r in blank[B.INFO_SHEET].iter_rows(values_only=True)}.get("participant") is None


def test_filled_ballots_read_back_and_apply_as_one_step(ballots, qapp):
    from app.document.document import Document
    from app.document.voting_commands import set_ballots
    from app.models.refs import SessionRef

    project, session, files = ballots
    fill(files["Ballot - Priya.xlsx"], {"pp-support-1": 2, "op-learn-1": 1, "pp-buy-1": 2})
    fill(files["Ballot - Tom.xlsx"], {"pp-support-1": "1", "op-buy-1": 1.0})
    fill(files["Ballot - blank.xlsx"], {"pp-learn-1": 1}, name="  lena ")
    plan = plan_ballots(
        project, [files["Ballot - Priya.xlsx"], files["Ballot - Tom.xlsx"], files["Ballot - blank.xlsx"]]
    )
    assert (plan.journey_id, plan.session_id, plan.session_name) == (J, session.id, "Ideas")
    assert [(p.file, p.participant, p.total, p.cards, p.problems) for p in plan.previews] == [
        ("Ballot - Priya.xlsx", "Priya", 5, 3, []),
        ("Ballot - Tom.xlsx", "Tom", 2, 2, []),
        ("Ballot - blank.xlsx", "Lena", 1, 1, []),
    ]
    assert plan.ballots() == {
        "p1": {"pp-support-1": 2, "op-learn-1": 1, "pp-buy-1": 2},
        "p2": {"pp-support-1": 1, "op-buy-1": 1},
        "p3": {"pp-learn-1": 1},
    }
    doc = Document.new(project)
    try:
        ref = SessionRef(J, session.id)
        doc.get(ref)
        before = doc.undo_stack.count()
        set_ballots(doc, ref, plan.ballots(), "Import Ballots")
        assert doc.undo_stack.count() == before + 1
        assert V.totals(doc.get(ref)) == {
            "pp-support-1": 3,
            "op-learn-1": 1,
            "pp-buy-1": 2,
            "op-buy-1": 1,
            "pp-learn-1": 1,
        }
        doc.undo_stack.undo()
        assert V.totals(doc.get(ref)) == {}
    finally:
        doc.close()


def test_limits_are_the_sessions_and_a_bad_ballot_is_refused_whole(ballots):
    project, _session, files = ballots
    fill(files["Ballot - Priya.xlsx"], {"pp-support-1": 3, "op-learn-1": 1})  # 3 on one card; at most 2
    fill(
        files["Ballot - Tom.xlsx"],
        {c: 1 for c in ["pp-support-1", "op-learn-1", "pp-buy-1", "op-buy-1", "pp-learn-1", "op-store-1"]},
    )
    fill(files["Ballot - Lena.xlsx"], {"pp-support-1": "lots", "op-learn-1": -1, "pp-buy-1": 1.5})
    plan = plan_ballots(project, [files[f"Ballot - {n}.xlsx"] for n in ("Priya", "Tom", "Lena")])
    priya, tom, lena = plan.previews
    assert priya.problems == [f"Ballot!E{_row(files, 'pp-support-1')}: 3 votes on one card; at most 2 per card"]
    assert tom.problems == ["Tom's ballot has 6 votes; at most 5"]
    assert len(lena.problems) == 3 and all("is not a number of votes" in p for p in lena.problems)
    assert plan.ballots() == {} and plan.good == 0


def _row(files, card_id: str) -> int:
    ws = openpyxl.load_workbook(files["Ballot - Priya.xlsx"])[B.BALLOT_SHEET]
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == card_id)


def test_wrong_session_cards_names_and_twice_the_same_participant(ballots, tmp_path):
    project, session, files = ballots
    # a second open session: its ballots are not for the first one
    other_project, other = open_project(project, name="Second round")
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    (foreign,) = export_ballots(other_project, J, other.id, other_dir, participants=False, blank=True)
    fill(foreign, {"pp-support-1": 1}, name="Priya")
    fill(files["Ballot - Priya.xlsx"], {"pp-support-1": 1, "do-search-1": 1, "gone": 1})
    copy = tmp_path / "Priya again.xlsx"
    copy.write_bytes(files["Ballot - Priya.xlsx"].read_bytes())
    fill(files["Ballot - blank.xlsx"], {"pp-support-1": 1}, name="Zoe")
    wb = openpyxl.load_workbook(files["Ballot - Priya.xlsx"])
    wb[B.BALLOT_SHEET]["A9"] = "do-search-1"  # a card of a lane the session does not take
    wb[B.BALLOT_SHEET]["E9"] = 1
    wb[B.BALLOT_SHEET]["A10"] = "gone"  # a card deleted since
    wb[B.BALLOT_SHEET]["E10"] = 1
    wb.save(files["Ballot - Priya.xlsx"])
    plan = plan_ballots(other_project, [files["Ballot - Priya.xlsx"], copy, foreign, files["Ballot - blank.xlsx"]])
    priya, again, wrong, zoe = plan.previews
    assert plan.session_id == session.id
    assert priya.problems == [
        'Ballot!E9: this card is not part of "Ideas"',
        "Ballot!E10: a vote for a card that is no longer on the map",
    ]
    assert again.problems == ["Priya's ballot is also in Ballot - Priya.xlsx: import one of them"]
    assert wrong.problems == ['a ballot for "Second round", not for "Ideas": import it on its own']
    assert plan_ballots(project, [foreign]).previews[0].problems == [
        "a ballot for a voting session that is not in this project (or was deleted)"
    ]
    assert zoe.problems == ['no participant named "Zoe" in "Ideas"'] and zoe.participant == "Zoe"
    assert plan.ballots() == {}


def test_a_closed_session_takes_no_ballots(ballots):
    project, session, files = ballots
    journey = project.journey(J)
    closed = journey.model_copy(
        update={
            "sessions": [
                s.model_copy(update={"state": SessionState.REVEALED}) if s.id == session.id else s
                for s in journey.sessions
            ]
        }
    )
    project = project.model_copy(update={"journeys": [closed]})
    plan = plan_ballots(project, [fill(files["Ballot - Tom.xlsx"], {"pp-support-1": 1})])
    assert plan.previews[0].problems == ['"Ideas" is closed for voting']
    with pytest.raises(WaymarkError, match="closed for voting"):
        export_ballots(project, J, session.id, files["Ballot - Tom.xlsx"].parent)


def test_corrupt_foreign_and_hostile_workbooks_are_one_line_each(ballots, tmp_path):
    from app.exporters.xlsx import XlsxOptions, export_xlsx

    project, _session, files = ballots
    corrupt = tmp_path / "corrupt.xlsx"
    corrupt.write_bytes(files["Ballot - Tom.xlsx"].read_bytes()[:3000])
    text = tmp_path / "notes.xlsx"
    text.write_text("my votes: 3 for the hold queue")
    workshop = tmp_path / "workshop.xlsx"
    export_xlsx(project, workshop, XlsxOptions())
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in zipfile.ZipFile(files["Ballot - Tom.xlsx"]).namelist():
            zf.writestr(name, zipfile.ZipFile(files["Ballot - Tom.xlsx"]).read(name))
        zf.writestr("xl/media/zeros.bin", bytes(300 * 2**20))
    entity = tmp_path / "entity.xlsx"
    with zipfile.ZipFile(entity, "w") as zf:
        source = zipfile.ZipFile(files["Ballot - Tom.xlsx"])
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/workbook.xml":
                data = b'<!DOCTYPE x [<!ENTITY a "aaaa">]>' + data
            zf.writestr(name, data)
    missing = tmp_path / "missing.xlsx"
    paths = [corrupt, text, workshop, bomb, entity, missing, tmp_path]
    plan = plan_ballots(project, paths)
    assert [len(p.problems) for p in plan.previews] == [1] * len(paths)
    messages = [p.problems[0] for p in plan.previews]
    assert all("\n" not in m for m in messages)
    assert "corrupt.xlsx" in messages[0]
    assert "notes.xlsx" in messages[1]
    assert "workshop.xlsx is not a Waymark ballot" in messages[2]
    assert "zip bomb" in messages[3]
    assert "DTD" in messages[4] or "entit" in messages[4]
    assert "missing.xlsx" in messages[5]
    assert plan.ballots() == {}


def test_a_ballot_with_its_id_column_cleared_says_so(ballots):
    project, _session, files = ballots
    wb = openpyxl.load_workbook(files["Ballot - Tom.xlsx"])
    ws = wb[B.BALLOT_SHEET]
    ws.cell(B.HEADER_ROW + 1, 1).value = None
    ws.cell(B.HEADER_ROW + 1, 5).value = 1
    wb.save(files["Ballot - Tom.xlsx"])
    (tom,) = plan_ballots(project, [files["Ballot - Tom.xlsx"]]).previews
    assert tom.problems == [f"Ballot!E{B.HEADER_ROW + 1}: a vote on a row without its card id (the hidden column A)"]


def test_file_names_are_safe_and_unique(tmp_path):
    project, session = open_project()
    journey = project.journey(J)
    people = V.participants_named(["Sam", "sam", "a/b:c", "..", "\x1b[31mX"])
    session = V.new_session(journey, "Names", participants=people)
    journey = journey.model_copy(update={"sessions": [session]})
    project = project.model_copy(update={"journeys": [journey]})
    names = [p.name for p in export_ballots(project, J, session.id, tmp_path)]
    assert names == [
        "Ballot - Sam.xlsx",
        "Ballot - sam (2).xlsx",
        "Ballot - a b c.xlsx",
        "Ballot - participant.xlsx",
        "Ballot - [31mX.xlsx",
    ]
    assert read_ballot(tmp_path / names[1]).participant_id == "p2"


# -- the dialogs, in a real window ---------------------------------------------------------------


@pytest.fixture
def window(qtbot, doc, monkeypatch):
    """A window on the sample with an open session "Ideas" (5 votes, at most 2 per card) shown."""
    import shiboken6
    from PySide6.QtWidgets import QMessageBox

    from app.document.voting_commands import start_session
    from app.views.main_window import WINDOWS, MainWindow
    from app.views.workshop import ballot_export_dialog, ballot_import

    monkeypatch.setitem(ballot_export_dialog._SESSION, "folder", None)
    monkeypatch.setitem(ballot_import._SESSION, "folder", None)
    people = V.participants_named(["Priya", "Tom", "Lena"])
    session = V.new_session(doc.journey(J), "Ideas", participants=people, votes_per_participant=5, max_per_card=2)
    start_session(doc, J, session)
    made = MainWindow(doc)
    made.show()
    qtbot.waitExposed(made)
    yield made
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    from app.views.workshop.ballot_worker import _RUNNING

    for job in list(_RUNNING):
        job.wait()
    if shiboken6.isValid(made):
        made.close()
    if made in WINDOWS:
        WINDOWS.remove(made)


def test_export_and_import_ballots_from_the_workshop_menu(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from app.models.refs import SessionRef

    doc = window.doc
    ref = SessionRef(J, doc.journey(J).shown_session)
    texts = [a.text() for a in window.workshop_menu.actions()]
    assert "Export &Ballot Workbooks…" in texts and "&Import Ballots…" in texts

    window.action("export_ballots").trigger()
    dialog = window.ballot_export_dialog
    assert dialog.isVisible() and dialog.session_box.currentData() == ref.session_id
    assert dialog.people_label.text().startswith(
        "3 participants (Priya, Tom, Lena). Each has 5 votes, at most 2 per card."
    )
    dialog.folder_edit.setText(str(tmp_path))
    dialog.blank_box.setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.written) == 4, timeout=20000)
    assert dialog.status_label.text() == f"Wrote 4 ballot workbooks to {tmp_path}."
    dialog.close()

    fill(tmp_path / "Ballot - Priya.xlsx", {"pp-support-1": 2, "op-learn-1": 1})
    fill(tmp_path / "Ballot - Tom.xlsx", {"pp-support-1": 3})  # over the limit
    fill(tmp_path / "Ballot - blank.xlsx", {"op-buy-1": 1}, name="Lena")
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really")
    chosen = [tmp_path / n for n in ("Ballot - Priya.xlsx", "Ballot - Tom.xlsx", "Ballot - blank.xlsx")] + [junk]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in chosen], ""))
    before = doc.undo_stack.count()
    window.action("import_ballots").trigger()
    job = window.ballot_import
    qtbot.waitUntil(lambda: job.preview is not None and job.preview.isVisible(), timeout=20000)
    preview = job.preview
    table = preview.table
    rows = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
    assert rows[0] == ["Ballot - Priya.xlsx", "Priya", "3", "2", "—"]
    assert rows[1][:4] == ["Ballot - Tom.xlsx", "Tom", "3", "1"] and "at most 2 per card" in rows[1][4]
    assert rows[2] == ["Ballot - blank.xlsx", "Lena", "1", "1", "—"]
    assert rows[3][0] == "junk.xlsx" and "junk.xlsx" in rows[3][4] and "\n" not in rows[3][4]
    assert preview.summary.text().startswith('Into "Ideas": 2 of 4 ballots can be imported.')
    assert preview.import_button.text() == "&Import 2 Ballots" and preview.import_button.isEnabled()
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: job.applied == 2, timeout=5000)
    assert V.totals(doc.get(ref)) == {"pp-support-1": 2, "op-learn-1": 1, "op-buy-1": 1}
    assert doc.undo_stack.count() == before + 1 and doc.undo_stack.undoText() == "Import 2 Ballots"
    doc.undo_stack.undo()
    assert V.totals(doc.get(ref)) == {}


def test_no_open_session_says_so(qtbot, doc, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.views.main_window import WINDOWS, MainWindow

    seen = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a, **k: seen.append((title, text)))
    made = MainWindow(doc)
    try:
        made.action("export_ballots").trigger()
        assert (
            seen
            and seen[0][0] == "Export Ballot Workbooks"
            and "No voting session of this journey is open" in seen[0][1]
        )
    finally:
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
        made.close()
        if made in WINDOWS:
            WINDOWS.remove(made)


def test_the_preview_with_nothing_to_import(qapp, tmp_path):
    from app.views.workshop.ballot_preview_dialog import BallotPreviewDialog

    junk = tmp_path / "a.xlsx"
    junk.write_text("hello")
    plan = plan_ballots(sample_project(), [junk])
    dialog = BallotPreviewDialog(plan)
    try:
        assert dialog.summary.text() == "None of these workbooks is a ballot of a voting session in this project."
        assert not dialog.import_button.isEnabled() and dialog.table.rowCount() == 1
    finally:
        dialog.deleteLater()


def test_a_ballot_flooded_with_bad_rows_lists_twenty_problems_and_stops(ballots):
    project, _session, files = ballots
    wb = openpyxl.load_workbook(files["Ballot - Tom.xlsx"])
    ws = wb[B.BALLOT_SHEET]
    for row in range(B.HEADER_ROW + 1, B.HEADER_ROW + 5001):
        ws.cell(row, 1).value, ws.cell(row, 5).value = f"nope-{row}", 1
    wb.save(files["Ballot - Tom.xlsx"])
    (tom,) = plan_ballots(project, [files["Ballot - Tom.xlsx"]]).previews
    assert len(tom.problems) == 21 and tom.problems[-1].startswith("… and more problems after Ballot!E28")


@pytest.mark.skipif(not __import__("shutil").which("soffice"), reason="LibreOffice is not installed")
def test_a_ballot_saved_by_libreoffice_reads_back(ballots, tmp_path):
    """Filled in and saved by a real spreadsheet app: the hidden sheet, ids and votes survive."""
    import subprocess

    project, _session, files = ballots
    fill(files["Ballot - Priya.xlsx"], {"pp-support-1": 2, "op-learn-1": 1})
    fill(files["Ballot - blank.xlsx"], {"op-buy-1": 1}, name="Tom")
    out = tmp_path / "lo"
    out.mkdir()
    done = subprocess.run(
        [
            "soffice",
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(files["Ballot - Priya.xlsx"]),
            str(files["Ballot - blank.xlsx"]),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    plan = plan_ballots(project, [out / "Ballot - Priya.xlsx", out / "Ballot - blank.xlsx"])
    assert [(p.participant, p.total, p.problems) for p in plan.previews] == [("Priya", 3, []), ("Tom", 1, [])]
    assert plan.ballots() == {"p1": {"pp-support-1": 2, "op-learn-1": 1}, "p2": {"op-buy-1": 1}}
