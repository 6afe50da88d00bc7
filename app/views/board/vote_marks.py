"""The board's mirror of the shown voting session: which dots and total each card shows.

A dot is one session edit, and a workshop map has hundreds of cards, so a session change does
not re-sync the board: the marks of every card are worked out from the session once (a pass
over its ballots), compared with what the cards show, and only the cards whose dots or total
differ are updated.

What a card shows follows the session's state: while it is open with hidden results, only the
current participant's own dots (and no totals, so early dots do not steer later voters); live or
revealed, everyone's dots and the totals; once ended, the totals alone, and the board is a
working board again. With no session shown, the badge is the card's own vote count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models import voting as V
from app.models.entities import Card, Journey, SessionState, VotingSession
from app.models.refs import CardRef, SessionRef
from app.views.board.card_item import CardItem
from app.views.board.vote_dots import MAX_DOTS, NO_MARKS, PAPER_DOT, VoteMarks

if TYPE_CHECKING:
    from app.views.board.scene import BoardScene


def session_marks(session: VotingSession) -> dict[str, VoteMarks]:
    """Card id -> its marks under ``session`` (cards without any are left out)."""
    visible = V.results_visible(session)
    dots: dict[str, list[str]] = {}
    if session.state is not SessionState.ENDED:
        order = {p.id: (n, p.color) for n, p in enumerate(session.participants)}
        mine = [b for b in session.ballots if b.participant in order and (visible or b.participant == session.current)]
        for ballot in sorted(mine, key=lambda b: order[b.participant][0]):
            dots.setdefault(ballot.card, []).extend([order[ballot.participant][1]] * ballot.count)
    extra: dict[str, int] = {}
    if visible and session.state is not SessionState.ENDED:
        for count in session.tally:  # paper dots, grey after everyone's own
            listed = min(count.count, MAX_DOTS)
            dots.setdefault(count.card, []).extend([PAPER_DOT] * listed)
            extra[count.card] = count.count - listed
    totals = V.totals(session) if visible else {}
    return {
        cid: VoteMarks(tuple(dots.get(cid, ())), totals.get(cid), extra=extra.get(cid, 0))
        for cid in dots.keys() | totals.keys()
    }


class VoteMirror:
    """Keeps the card items' marks in step with the shown session and the voting mode."""

    def __init__(self, scene: BoardScene):
        self.scene = scene
        self.voting_lanes: frozenset[str] | None = None  # set in voting mode: the others are dimmed
        self._session: VotingSession | None = None  # the session object _by_card was made from
        self._by_card: dict[str, VoteMarks] = {}
        doc = scene.doc
        doc.session_changed.connect(self._session_changed)
        doc.session_added.connect(self._session_added_or_removed)
        doc.session_removed.connect(self._session_added_or_removed)

    def _shown(self) -> VotingSession | None:
        journey: Journey | None = self.scene.journey()
        session = V.shown_session(journey) if journey is not None else None
        if session is not self._session:
            self._session = session
            self._by_card = session_marks(session) if session is not None else {}
        return session

    def of(self, card: Card) -> VoteMarks:
        session = self._shown()
        if session is None:
            marks = VoteMarks(total=card.votes or None) if card.votes else NO_MARKS
        else:
            marks = self._by_card.get(card.id, NO_MARKS)
        if self.voting_lanes is not None and card.lane not in self.voting_lanes:
            marks = VoteMarks(marks.dots, marks.total, dimmed=True, extra=marks.extra)
        return marks

    def set_voting_lanes(self, lanes: frozenset[str] | None) -> None:
        """Enter (the lanes voted on) or leave (None) voting mode: dims the other cards."""
        if lanes != self.voting_lanes:
            self.voting_lanes = lanes
            self.apply_all()

    def apply_all(self) -> None:
        for item in list(self.scene.refs.values()):
            if isinstance(item, CardItem) and item.card is not None:
                item.set_marks(self.of(item.card))

    def _session_changed(self, ref: SessionRef) -> None:
        journey = self.scene.journey()
        if journey is None or ref.journey_id != journey.id or journey.shown_session != ref.session_id:
            return
        before = self._by_card
        self._shown()
        after = self._by_card
        changed = [cid for cid in before.keys() | after.keys() if before.get(cid) != after.get(cid)]
        refs = self.scene.refs
        for cid in changed:
            item = refs.get(CardRef(journey.id, cid))
            if isinstance(item, CardItem) and item.card is not None:
                item.set_marks(self.of(item.card))

    def _session_added_or_removed(self, ref: SessionRef) -> None:
        if ref.journey_id == self.scene.journey_id:
            self.apply_all()  # the shown session may have come or gone with it
