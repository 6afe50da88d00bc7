"""Dot voting: the rules of a session, as pure functions from one session value to the next.

The document stores a session as one value and an edit replaces it whole, so every gesture
(a dot, a take-back, a typed tally, the reveal) is one ``Edit`` of the session and one undo
step; these functions decide what the new value is, or refuse with a ``VoteError`` whose
message is what the banner shows ("Anna has no votes left").
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.i18n import translate
from app.models import limits as L
from app.models.entities import (
    Ballot,
    Card,
    Journey,
    Lane,
    LaneKind,
    Participant,
    SessionState,
    TallyCount,
    VoteResults,
    VotingSession,
)
from app.models.errors import WaymarkError

DEFAULT_ROLES = ("pain_points", "opportunities")
# Dot colours a projector shows apart, in the order participants get them.
DOT_COLORS = (
    "#E4572E",
    "#2E86AB",
    "#76B041",
    "#A23B72",
    "#F18F01",
    "#4B3F72",
    "#17BEBB",
    "#C73E1D",
    "#3B8EA5",
    "#8E6C8A",
    "#6A994E",
    "#D1495B",
)


class VoteError(WaymarkError):
    """A vote the session's rules refuse; the message names who and why."""


def default_lanes(journey: Journey) -> list[str]:
    """Pain points and opportunities lanes; every card lane when the journey has neither."""
    card_lanes = [ln for ln in journey.lanes if ln.kind in (LaneKind.CARDS, LaneKind.TOUCHPOINTS)]
    chosen = [ln.id for ln in card_lanes if ln.role in DEFAULT_ROLES]
    return chosen or [ln.id for ln in card_lanes]


def participants_named(names: Sequence[str]) -> list[Participant]:
    """Participants p1, p2… in dot colours, from names (blank names are dropped)."""
    clean = [n.strip() for n in names if n.strip()]
    return [Participant(id=f"p{i + 1}", name=n, color=DOT_COLORS[i % len(DOT_COLORS)]) for i, n in enumerate(clean)]


def anonymous_participants(count: int) -> list[Participant]:
    return participants_named([translate("Voting", "Participant {n}").format(n=i + 1) for i in range(count)])


def new_session(
    journey: Journey,
    name: str,
    *,
    participants: list[Participant],
    lanes: list[str] | None = None,
    votes_per_participant: int = 3,
    max_per_card: int = 1,
    anonymous: bool = False,
    results: VoteResults = VoteResults.HIDDEN,
    date: str | None = None,
) -> VotingSession:
    """A session ready for its first voter; refuses settings that could never work."""
    if not participants:
        raise VoteError(translate("Voting", "a voting session needs at least one participant"))
    if len(participants) > L.MAX_PARTICIPANTS:
        raise VoteError(
            translate("Voting", "a voting session has at most {n} participants").format(n=L.MAX_PARTICIPANTS)
        )
    if not 1 <= votes_per_participant <= L.MAX_SESSION_VOTES:
        raise VoteError(translate("Voting", "votes per participant are from 1 to {n}").format(n=L.MAX_SESSION_VOTES))
    if not 1 <= max_per_card <= votes_per_participant:
        raise VoteError(
            translate("Voting", "the most votes a participant may put on one card is from 1 to their votes")
        )
    lanes = default_lanes(journey) if lanes is None else list(lanes)
    if not lanes:
        raise VoteError(translate("Voting", "choose at least one lane to vote on"))
    taken = {s.id for s in journey.sessions}
    number = len(journey.sessions) + 1
    while f"v{number}" in taken:
        number += 1
    return VotingSession(
        id=f"v{number}",
        name=name.strip() or translate("Voting", "Vote {n}").format(n=number),
        date=date or _dt.date.today().isoformat(),
        lanes=lanes,
        votes_per_participant=votes_per_participant,
        max_per_card=max_per_card,
        anonymous=anonymous,
        results=results,
        participants=participants,
        current=participants[0].id,
    )


# -- reading ----------------------------------------------------------------------------


def eligible(session: VotingSession, card: Card) -> bool:
    return card.lane in session.lanes


def used_votes(session: VotingSession, participant_id: str) -> int:
    return sum(b.count for b in session.ballots if b.participant == participant_id)


def votes_left(session: VotingSession, participant_id: str) -> int:
    return session.votes_per_participant - used_votes(session, participant_id)


def dots_on(session: VotingSession, card_id: str) -> list[tuple[Participant, int]]:
    """Who put how many dots on a card, in participant order."""
    counts = {b.participant: b.count for b in session.ballots if b.card == card_id}
    return [(p, counts[p.id]) for p in session.participants if p.id in counts]


def tally_of(session: VotingSession, card_id: str) -> int:
    return next((t.count for t in session.tally if t.card == card_id), 0)


def totals(session: VotingSession, cards: Iterable[Card] | None = None) -> dict[str, int]:
    """Card id -> dots plus tally; with ``cards``, only those still on the map (and > 0)."""
    out: dict[str, int] = {}
    for b in session.ballots:
        out[b.card] = out.get(b.card, 0) + b.count
    for t in session.tally:
        out[t.card] = out.get(t.card, 0) + t.count
    if cards is not None:
        present = {c.id for c in cards}
        out = {k: v for k, v in out.items() if k in present}
    return {k: v for k, v in out.items() if v > 0}


def results_visible(session: VotingSession) -> bool:
    """Whether totals may be shown to the room now."""
    return session.results is VoteResults.LIVE or session.state is not SessionState.OPEN


@dataclass(frozen=True)
class Ranked:
    rank: int  # 1-based; tied cards share a rank ("2=")
    tied: bool
    card: Card
    total: int
    voters: list[tuple[Participant, int]]  # empty when the session is anonymous


def ranking(session: VotingSession, journey: Journey) -> list[Ranked]:
    """Cards with votes, most first; equal totals share a rank and keep board order."""
    order = {c.id: i for i, c in enumerate(journey.cards)}
    by_id = {c.id: c for c in journey.cards}
    counted = totals(session, journey.cards)
    ids = sorted(counted, key=lambda cid: (-counted[cid], order[cid]))
    out: list[Ranked] = []
    for i, cid in enumerate(ids):
        total = counted[cid]
        rank = out[-1].rank if out and out[-1].total == total else i + 1
        tied = sum(1 for other in counted.values() if other == total) > 1
        voters = [] if session.anonymous else dots_on(session, cid)
        out.append(Ranked(rank, tied, by_id[cid], total, voters))
    return out


def lanes_named(journey: Journey, session: VotingSession) -> list[Lane]:
    return [ln for ln in journey.lanes if ln.id in session.lanes]


# -- changing ---------------------------------------------------------------------------


def _require_open(session: VotingSession) -> None:
    if session.state is not SessionState.OPEN:
        raise VoteError(translate("Voting", '"{name}" is closed for voting').format(name=session.name))


def _participant(session: VotingSession, participant_id: str) -> Participant:
    found = session.participant(participant_id)
    if found is None:
        raise VoteError(
            translate("Voting", "no participant '{id}' in \"{name}\"").format(id=participant_id, name=session.name)
        )
    return found


def cast(session: VotingSession, participant_id: str, card: Card) -> VotingSession:
    """One more dot from a participant on a card."""
    _require_open(session)
    who = _participant(session, participant_id)
    if not eligible(session, card):
        raise VoteError(translate("Voting", 'this card\'s lane is not part of "{name}"').format(name=session.name))
    if votes_left(session, participant_id) <= 0:
        raise VoteError(translate("Voting", "{name} has no votes left").format(name=who.name))
    mine = next((b for b in session.ballots if b.key == (participant_id, card.id)), None)
    if mine is not None and mine.count >= session.max_per_card:
        most = session.max_per_card
        raise VoteError(
            (
                translate("Voting", "{name} has put {n} vote on this card, the most allowed")
                if most == 1
                else translate("Voting", "{name} has put {n} votes on this card, the most allowed")
            ).format(name=who.name, n=most)
        )
    ballots = [b for b in session.ballots if b is not mine]
    ballots.append(Ballot(participant=participant_id, card=card.id, count=(mine.count if mine else 0) + 1))
    return session.model_copy(update={"ballots": ballots})


def take_back(session: VotingSession, participant_id: str, card_id: str) -> VotingSession:
    """One dot fewer from a participant on a card."""
    _require_open(session)
    who = _participant(session, participant_id)
    mine = next((b for b in session.ballots if b.key == (participant_id, card_id)), None)
    if mine is None:
        raise VoteError(translate("Voting", "{name} has no vote on this card").format(name=who.name))
    ballots = [b for b in session.ballots if b is not mine]
    if mine.count > 1:
        ballots.append(mine.model_copy(update={"count": mine.count - 1}))
    return session.model_copy(update={"ballots": ballots})


def set_ballot(session: VotingSession, participant_id: str, counts: dict[str, int]) -> VotingSession:
    """Replace a participant's whole ballot (a workbook filled in by them), checked as a whole."""
    _require_open(session)
    who = _participant(session, participant_id)
    counts = {cid: n for cid, n in counts.items() if n}
    if any(n < 0 for n in counts.values()):
        raise VoteError(translate("Voting", "{name}'s ballot has a negative number of votes").format(name=who.name))
    over = next((cid for cid, n in counts.items() if n > session.max_per_card), None)
    if over is not None:
        raise VoteError(
            translate("Voting", "{name}'s ballot puts {n} votes on one card; at most {limit}").format(
                name=who.name, n=counts[over], limit=session.max_per_card
            )
        )
    if sum(counts.values()) > session.votes_per_participant:
        raise VoteError(
            translate("Voting", "{name}'s ballot has {n} votes; at most {limit}").format(
                name=who.name, n=sum(counts.values()), limit=session.votes_per_participant
            )
        )
    ballots = [b for b in session.ballots if b.participant != participant_id]
    ballots += [Ballot(participant=participant_id, card=cid, count=n) for cid, n in counts.items()]
    return session.model_copy(update={"ballots": ballots})


def set_tally(session: VotingSession, card: Card, count: int) -> VotingSession:
    """The facilitator's count of paper dots on a card (0 clears it)."""
    if session.state is SessionState.ENDED:
        raise VoteError(translate("Voting", '"{name}" has ended').format(name=session.name))
    if not eligible(session, card):
        raise VoteError(translate("Voting", 'this card\'s lane is not part of "{name}"').format(name=session.name))
    if not 0 <= count <= L.MAX_VOTES:
        raise VoteError(translate("Voting", "a tally is from 0 to {n}").format(n=f"{L.MAX_VOTES:,}"))
    tally = [t for t in session.tally if t.card != card.id]
    if count:
        tally.append(TallyCount(card=card.id, count=count))
    return session.model_copy(update={"tally": tally})


def next_participant(session: VotingSession) -> VotingSession:
    """Pass the laptop: the next participant in order (after the last: the first again)."""
    _require_open(session)
    ids = [p.id for p in session.participants]
    at = ids.index(session.current) if session.current in ids else -1
    return session.model_copy(update={"current": ids[(at + 1) % len(ids)]})


def with_current(session: VotingSession, participant_id: str) -> VotingSession:
    _participant(session, participant_id)
    return session.model_copy(update={"current": participant_id})


def reveal(session: VotingSession) -> VotingSession:
    if session.state is not SessionState.OPEN:
        raise VoteError(translate("Voting", '"{name}" is already revealed').format(name=session.name))
    return session.model_copy(update={"state": SessionState.REVEALED})


def end(session: VotingSession) -> VotingSession:
    if session.state is SessionState.ENDED:
        raise VoteError(translate("Voting", '"{name}" has ended already').format(name=session.name))
    return session.model_copy(update={"state": SessionState.ENDED, "current": None})


def shown_session(journey: Journey) -> VotingSession | None:
    return None if journey.shown_session is None else journey.session(journey.shown_session)


def shown_votes(journey: Journey) -> dict[str, int]:
    """What each card's vote badge shows: the shown session's totals once they may be seen
    (none while they are hidden), or the cards' own counts when no session is shown."""
    session = shown_session(journey)
    if session is None:
        return {c.id: c.votes for c in journey.cards if c.votes}
    return totals(session, journey.cards) if results_visible(session) else {}
