"""Voting gestures as undo steps: each computes the session's next value with
``app.models.voting`` (which refuses what the rules forbid) and pushes one ``Edit`` of it.

A refused vote raises ``VoteError`` before anything is pushed: no step, nothing written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from app.document.commands import Command, Composite, Edit, Insert, Remove
from app.document.document import Document
from app.i18n import translate
from app.models import voting as V
from app.models.entities import VotingSession
from app.models.refs import CardRef, JourneyRef, SessionRef

__all__ = [
    "cast_vote",
    "delete_session",
    "end_voting",
    "next_participant",
    "reveal_results",
    "set_ballots",
    "set_current",
    "show_session",
    "start_session",
    "take_back_vote",
    "tally",
]


def _changed(old: VotingSession, new: VotingSession) -> dict[str, Any]:
    return {name: getattr(new, name) for name in type(new).model_fields if getattr(new, name) != getattr(old, name)}


def _step(doc: Document, ref: SessionRef, make: Callable[[VotingSession], VotingSession], text: str) -> None:
    old = doc.get(ref)
    changes = _changed(old, make(old))
    if changes:
        doc.push(Edit(doc, ref, changes, text=text))


def start_session(doc: Document, journey_id: str, session: VotingSession) -> SessionRef:
    """Add the session and show its totals on the cards: one "Start Voting" step."""
    ref = SessionRef(journey_id, session.id)

    def steps() -> Iterator[Command]:
        yield Insert(doc, ref, session)
        yield Edit(doc, JourneyRef(journey_id), {"shown_session": session.id})

    doc.push(Composite(doc, translate("VotingCommands", 'Start Voting "{name}"').format(name=session.name), steps))
    return ref


def cast_vote(doc: Document, ref: SessionRef, participant_id: str, card: CardRef) -> None:
    c = doc.get(card)
    _step(doc, ref, lambda s: V.cast(s, participant_id, c), translate("VotingCommands", "Vote"))


def take_back_vote(doc: Document, ref: SessionRef, participant_id: str, card: CardRef) -> None:
    _step(
        doc, ref, lambda s: V.take_back(s, participant_id, card.card_id), translate("VotingCommands", "Take Back Vote")
    )


def tally(doc: Document, ref: SessionRef, card: CardRef, count: int) -> None:
    c = doc.get(card)
    _step(doc, ref, lambda s: V.set_tally(s, c, count), translate("VotingCommands", "Tally Votes"))


def set_ballots(doc: Document, ref: SessionRef, ballots: dict[str, dict[str, int]], text: str) -> None:
    """Several participants' whole ballots (imported workbooks) as one step."""

    def make(session: VotingSession) -> VotingSession:
        for participant_id, counts in ballots.items():
            session = V.set_ballot(session, participant_id, counts)
        return session

    _step(doc, ref, make, text)


def next_participant(doc: Document, ref: SessionRef) -> None:
    _step(doc, ref, V.next_participant, translate("VotingCommands", "Next Participant"))


def set_current(doc: Document, ref: SessionRef, participant_id: str) -> None:
    _step(doc, ref, lambda s: V.with_current(s, participant_id), translate("VotingCommands", "Change Participant"))


def reveal_results(doc: Document, ref: SessionRef) -> None:
    _step(doc, ref, V.reveal, translate("VotingCommands", "Reveal Votes"))


def end_voting(doc: Document, ref: SessionRef) -> None:
    _step(doc, ref, V.end, translate("VotingCommands", "End Voting"))


def show_session(doc: Document, journey_id: str, session_id: str | None) -> None:
    """Which session's totals the cards show (None: the cards' own vote counts)."""
    ref = JourneyRef(journey_id)
    if doc.get(ref).shown_session != session_id:
        doc.push(
            Edit(doc, ref, {"shown_session": session_id}, text=translate("VotingCommands", "Show Votes Of Session"))
        )


def delete_session(doc: Document, ref: SessionRef) -> None:
    doc.push(
        Remove(
            doc, ref, text=translate("VotingCommands", 'Delete Voting Session "{name}"').format(name=doc.get(ref).name)
        )
    )
