"""Votes in the outputs (issue 15, item 6): the PDF ranks by the chosen session, with its name,
date and participants and ties as ties, and draws the dots; the workbook has a Votes sheet per
session, which the workbook import leaves alone."""

from __future__ import annotations

import subprocess

import pytest

from app.exporters.pdf import PdfOptions, export_pdf, map_drawing
from app.exporters.votes import VotesChoice, VoteSource
from app.models.entities import SessionState, VoteResults
from app.models.library import sample_project

J = "buy-phone"

needs_poppler = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="poppler-utils missing"
)


def _text(pdf, page: int | None = None) -> str:
    args = ["pdftotext", "-layout"] + (["-f", str(page), "-l", str(page)] if page else []) + [str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _summary_page(pdf) -> str:
    pages = int(
        subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout.split("Pages:")[1].split()[0]
    )
    return next(t for p in range(1, pages + 1) if "Pain points ranked" in (t := _text(pdf, p)) or "votes hidden" in t)


def _with_session(project, **changes):
    journey = project.journey(J)
    session = journey.sessions[0].model_copy(update=changes)
    journey = journey.model_copy(update={"sessions": [session]})
    return project.model_copy(update={"journeys": [journey]})


@pytest.fixture
def drawn(monkeypatch):
    """Every card the PDF draws: (card id, the votes on its badge, its dots)."""
    seen: list[tuple[str, int, tuple]] = []
    real = map_drawing.draw_card

    def spy(c, placed):
        seen.append((placed.card.id, placed.card.votes, placed.dots))
        return real(c, placed)

    monkeypatch.setattr(map_drawing, "draw_card", spy)
    return seen


@needs_poppler
def test_the_summary_ranks_by_the_shown_session_with_its_heading_and_ties(tmp_path, drawn):
    out = tmp_path / "votes.pdf"
    export_pdf(sample_project(), out, PdfOptions(journey_id=J))
    text = _summary_page(out)
    assert "Votes: Top pain points and ideas" in text
    assert "2026-11-19 · 6 participants · 3 votes each, at most 1 per card · ended" in text
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    assert lines[lines.index("1. Waited 25 min on hold") + 1].startswith(
        "4 votes · stage: Contact support · lane: Pain points · voters: Priya, Tom, Lena, Mei"
    )
    # three cards with 3 votes share rank 2; the next is 5th, and three with 1 vote share 6th
    block = lines[: lines.index("Pain points ranked by votes (11)")]
    assert sum(ln.startswith("2= ") for ln in block) == 3
    assert "5. Free contact transfer at the till" in block
    assert sum(ln.startswith("6= ") for ln in block) == 3
    # the role sections rank by the session too: the card with 7 votes of its own has 4 here
    assert "Pain points ranked by votes (11)" in text
    # the badges show the session's totals, and the dots are the voters' colours
    badges = {cid: (votes, dots) for cid, votes, dots in drawn}
    assert badges["pp-support-1"] == (4, (("#E4572E", 1), ("#2E86AB", 1), ("#76B041", 1), ("#F18F01", 1)))
    assert badges["pp-compare-2"] == (0, ())  # 3 votes of its own, none in the session


@needs_poppler
def test_the_cards_own_counts_when_asked(tmp_path, drawn):
    out = tmp_path / "own.pdf"
    export_pdf(sample_project(), out, PdfOptions(journey_id=J, votes=VotesChoice(VoteSource.OWN)))
    text = _summary_page(out)
    assert "Votes:" not in text and "participants" not in text
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    assert lines[1] == "1. Waited 25 min on hold" and lines[2].startswith("7 votes")
    assert dict((cid, v) for cid, v, _d in drawn)["pp-compare-2"] == 3
    assert all(d == () for _cid, _v, d in drawn)


@needs_poppler
def test_a_session_with_hidden_results_prints_no_totals(tmp_path, drawn):
    project = _with_session(sample_project(), state=SessionState.OPEN, results=VoteResults.HIDDEN)
    out = tmp_path / "hidden.pdf"
    export_pdf(project, out, PdfOptions(journey_id=J))
    text = _summary_page(out)
    assert "Votes: Top pain points and ideas" in text and "· open" in text
    assert "Results hidden" in text
    assert "vote " not in text and "votes ·" not in text and "Pain points (11; votes hidden)" in text
    assert all(v == 0 and d == () for _cid, v, d in drawn)


@needs_poppler
def test_a_live_open_session_shows_its_dots_and_an_anonymous_one_names_nobody(tmp_path, drawn):
    project = _with_session(sample_project(), state=SessionState.OPEN, results=VoteResults.LIVE, anonymous=True)
    out = tmp_path / "live.pdf"
    export_pdf(project, out, PdfOptions(journey_id=J))
    text = _summary_page(out)
    assert "6 anonymous participants" in text and "voters:" not in text and "Priya" not in text
    badges = {cid: (votes, dots) for cid, votes, dots in drawn}
    votes, dots = badges["pp-support-1"]
    assert votes == 4 and len({colour for colour, _n in dots}) == 1  # one neutral colour, nobody's


# -- the workbook's Votes sheets -------------------------------------------------------------------


def _workbook(tmp_path, project=None):
    import openpyxl

    from app.exporters.xlsx import XlsxOptions, export_xlsx

    out = tmp_path / "votes.xlsx"
    export_xlsx(project or sample_project(), out, XlsxOptions())
    return out, openpyxl.load_workbook(out)


def test_the_workbook_has_a_votes_sheet_per_session(tmp_path):
    _out, wb = _workbook(tmp_path)
    assert wb.sheetnames[-2:] == ["Votes - Top pain points and ide", "Lists"]  # cut to 31 characters
    rows = [tuple(r) for r in wb["Votes - Top pain points and ide"].iter_rows(values_only=True)]
    assert rows[0][:2] == ("Voting session", "Top pain points and ideas")
    assert rows[1][:2] == ("Journey", "Buy a new phone")
    assert rows[2][:2] == ("Date", "2026-11-19")
    assert rows[3][:2] == ("Participants", 6)
    assert rows[7] == ("rank", "card", "stage", "lane", "total", "tally", "Priya", "Tom", "Lena", "Jonas", "Mei", "Sam")
    assert rows[8] == ("1", "Waited 25 min on hold", "Contact support", "Pain points", 4, None, 1, 1, 1, None, 1, None)
    assert [r[0] for r in rows[8:]] == ["1", "2=", "2=", "2=", "5", "6=", "6=", "6="]


def test_votes_sheets_are_named_uniquely_hide_hidden_results_and_anonymous_voters(tmp_path):
    project = sample_project()
    journey = project.journey(J)
    ended = journey.sessions[0]
    hidden = ended.model_copy(update={"id": "v2", "state": SessionState.OPEN, "results": VoteResults.HIDDEN})
    anonymous = ended.model_copy(update={"id": "v3", "name": "Top: pain/ideas?", "anonymous": True})
    journey = journey.model_copy(update={"sessions": [ended, hidden, anonymous]})
    project = project.model_copy(update={"journeys": [journey]})
    _out, wb = _workbook(tmp_path, project)
    names = wb.sheetnames
    votes = [n for n in names if n.startswith("Votes - ")]
    assert votes == ["Votes - Top pain points and ide", "Votes - Top pain points and (2)", "Votes - Top_ pain_ideas_"]
    assert all(len(n) <= 31 for n in names) and len({n.casefold() for n in names}) == len(names)
    rows = list(wb[votes[1]].iter_rows(values_only=True))
    assert rows[5][:2] == ("State", "open, results hidden")
    assert rows[8][1].startswith("Results hidden") and len(rows) == 9
    rows = list(wb[votes[2]].iter_rows(values_only=True))
    assert rows[3][:3] == ("Participants", 6, "anonymous")
    assert rows[7] == ("rank", "card", "stage", "lane", "total", "tally") and rows[8][4] == 4


def test_a_workbook_with_votes_sheets_round_trips_clean(tmp_path):
    from app.importers.xlsx import plan_workbook_import, read_workbook

    out, _wb = _workbook(tmp_path)
    plan = plan_workbook_import(sample_project(), out)
    assert plan.summary() == {"added": 0, "changed": 0, "removed": 0, "problems": []}
    assert read_workbook(out).unread == []


def test_a_votes_sheet_is_never_read_as_cards(tmp_path):
    """Without its Cards sheet a workbook is searched for any card table; a Votes sheet has stage,
    lane and card columns, but it is the export's output and is skipped, even renamed."""
    from app.importers.xlsx import read_workbook

    out, wb = _workbook(tmp_path)
    del wb["Cards"]
    wb["Votes - Top pain points and ide"].title = "Results"
    wb.save(out)
    data = read_workbook(out)
    assert data.cards_sheet is None and data.cards == []
    assert not any("Results" in seen for seen in data.looked_at)


def test_the_pdf_dialog_offers_rank_votes_by(qtbot, doc):
    from app.views.pdf_export_dialog import PdfExportDialog

    dialog = PdfExportDialog(doc, J, None)
    qtbot.addWidget(dialog)
    box = dialog.votes_box
    assert [box.itemText(i) for i in range(box.count())] == [
        'What the board shows ("Top pain points and ideas")',
        '"Top pain points and ideas" (2026-11-19)',
        "The cards' own vote counts",
    ]
    assert dialog.options()["votes"] == VotesChoice()
    box.setCurrentIndex(1)
    assert dialog.options()["votes"] == VotesChoice(VoteSource.SESSION, "v1")
    box.setCurrentIndex(2)
    assert dialog.options()["votes"] == VotesChoice(VoteSource.OWN)


@needs_poppler
def test_a_chosen_session_other_than_the_shown_one(tmp_path, drawn):
    from app.models.entities import Ballot

    project = sample_project()
    journey = project.journey(J)
    second = journey.sessions[0].model_copy(
        update={
            "id": "v2",
            "name": "Second round",
            "date": "2026-12-01",
            "ballots": [Ballot(participant="p2", card="pp-compare-2", count=1)],
        }
    )
    journey = journey.model_copy(update={"sessions": [*journey.sessions, second]})
    project = project.model_copy(update={"journeys": [journey]})
    out = tmp_path / "second.pdf"
    export_pdf(project, out, PdfOptions(journey_id=J, votes=VotesChoice(VoteSource.SESSION, "v2")))
    text = _summary_page(out)
    assert "Votes: Second round" in text and "2026-12-01 · 6 participants" in text
    assert "1. Prices differ between sites for the same model" in text and "voters: Tom" in text
    assert dict((cid, v) for cid, v, _d in drawn) == {c.id: int(c.id == "pp-compare-2") for c in journey.cards}
