"""Which votes an export shows, shared by the PDF and the workbook so they tell the same story.

The board's vote badge shows ``voting.shown_votes``; an export shows the same by default, or
the totals of another session, or the cards' own counts. An export lays the map out from a copy
of the journey whose cards carry those numbers as ``votes``: the one layout then gives a card
with votes its footer, whichever source they came from, and every drawing reads one field.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import Enum

from app.exporters.common import date_text
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import voting as V
from app.models.entities import Journey, SessionState, VotingSession

NEUTRAL_DOT = "#6B7280"  # paper dots (a tally) and an anonymous session's dots: nobody's colour
STATE_NAMES = {
    SessionState.OPEN: QT_TRANSLATE_NOOP("ExportVotes", "open"),
    SessionState.REVEALED: QT_TRANSLATE_NOOP("ExportVotes", "revealed"),
    SessionState.ENDED: QT_TRANSLATE_NOOP("ExportVotes", "ended"),
}


class VoteSource(Enum):
    SHOWN = "shown"  # the session the board shows (journey.shown_session), else the cards' counts
    SESSION = "session"  # a session chosen by id (a journey without it falls back to SHOWN)
    OWN = "own"  # the cards' own vote counts, whatever session is shown


@dataclass(frozen=True)
class VotesChoice:
    source: VoteSource = VoteSource.SHOWN
    session_id: str | None = None


def chosen_session(journey: Journey, choice: VotesChoice) -> VotingSession | None:
    if choice.source is VoteSource.OWN:
        return None
    if choice.source is VoteSource.SESSION and choice.session_id is not None:
        found = journey.session(choice.session_id)
        if found is not None:
            return found
    return V.shown_session(journey)


def with_votes_of(journey: Journey, session: VotingSession | None) -> Journey:
    """The journey whose cards' ``votes`` are what an export shows for ``session``."""
    shown = journey.model_copy(update={"shown_session": None if session is None else session.id})
    counts = V.shown_votes(shown)
    cards = [
        c if c.votes == counts.get(c.id, 0) else c.model_copy(update={"votes": counts.get(c.id, 0)})
        for c in journey.cards
    ]
    return shown.model_copy(update={"cards": cards})


def rank_label(ranked: V.Ranked) -> str:
    """ "2=" for a rank shared with another card, "2." otherwise."""
    return f"{ranked.rank}=" if ranked.tied else f"{ranked.rank}."


def ranks_of(values: list[int]) -> list[str]:
    """Competition ranks of vote counts already sorted most first: "1.", ties as "2=", and "•"
    for no votes (nothing to rank)."""
    how_many = Counter(values)
    out: list[str] = []
    rank = 0
    for i, value in enumerate(values):
        if not i or values[i - 1] != value:
            rank = i + 1
        out.append("•" if not value else f"{rank}=" if how_many[value] > 1 else f"{rank}.")
    return out


def dots(session: VotingSession | None, card_id: str) -> list[tuple[str, int]]:
    """(colour, count) of the dots on a card, in participant order, then the tally's; none
    while the results may not be seen."""
    if session is None or not V.results_visible(session):
        return []
    out = [(NEUTRAL_DOT if session.anonymous else p.color, n) for p, n in V.dots_on(session, card_id)]
    tally = V.tally_of(session, card_id)
    if tally:
        out.append((NEUTRAL_DOT, tally))
    return out


def state_text(session: VotingSession) -> str:
    return translate("ExportVotes", STATE_NAMES[session.state])


def rules_text(session: VotingSession) -> str:
    """ "3 votes each, at most 1 per card"."""
    votes = session.votes_per_participant
    text = (
        translate("ExportVotes", "{votes} votes each, at most {most} per card")
        if votes != 1
        else translate("ExportVotes", "{votes} vote each, at most {most} per card")
    )
    return text.format(votes=votes, most=session.max_per_card)


def describe(session: VotingSession) -> str:
    """One line under a session's name: date, people, rules and state."""
    people = len(session.participants)
    if session.anonymous:
        who = (
            translate("ExportVotes", "{n} anonymous participants")
            if people != 1
            else translate("ExportVotes", "{n} anonymous participant")
        )
    else:
        who = (
            translate("ExportVotes", "{n} participants") if people != 1 else translate("ExportVotes", "{n} participant")
        )
    return f"{date_text(session.date)} · {who.format(n=people)} · {rules_text(session)} · {state_text(session)}"


def voters_text(ranked: V.Ranked) -> str:
    """ "Priya, Tom ×2" (empty for an anonymous session)."""
    return ", ".join(p.name + (f" ×{n}" if n > 1 else "") for p, n in ranked.voters)
