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
