"""Dot-voting sessions of a journey: each stored whole, each edit replacing it whole.

A session is small (participants, a few hundred ballots) and every voting gesture changes a
part of it that the rules check together (votes left, most per card), so the table validates
the whole new value, writes its one row and emits ``session_changed``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.document.removals import Removal, SessionRemoval
from app.document.support import EditError, validated
from app.i18n import translate
from app.models import limits as L
from app.models import repository as R
from app.models import schema as S
from app.models.entities import Journey, VotingSession
from app.models.errors import DocumentRuleError
from app.models.refs import JourneyRef, SessionRef
from app.models.rules import check_sessions

if TYPE_CHECKING:
    from app.document.document import Document


class SessionTable:
    def __init__(self, doc: Document):
        self.doc = doc

    def _journey(self, ref: SessionRef) -> Journey:
        return self.doc.journey(ref.journey_id)

    def get(self, ref: SessionRef) -> VotingSession:
        found = self._journey(ref).session(ref.session_id)
        if found is None:
            raise EditError(translate("SessionTables", "no voting session '{id}'").format(id=ref.session_id))
        return found

    def _check(self, journey: Journey, sessions: list[VotingSession], where: str) -> None:
        trial = journey.model_copy(update={"sessions": sessions})
        try:
            check_sessions(trial, path=where)
        except DocumentRuleError as exc:
            raise EditError(str(exc)) from None

    def insert(
        self, ref: SessionRef, item: VotingSession, index: int | None = None, restore: Removal | None = None
    ) -> None:
        journey = self._journey(ref)
        sessions = journey.sessions
        if journey.session(item.id) is not None:
            raise EditError(
                translate("SessionTables", "a voting session with id '{id}' exists already").format(id=item.id)
            )
        if len(sessions) >= L.MAX_SESSIONS:
            raise EditError(
                translate("SessionTables", "a journey holds at most {n} voting sessions").format(n=L.MAX_SESSIONS)
            )

        index = len(sessions) if index is None else max(0, min(index, len(sessions)))
        order = [s.id for s in sessions]
        order.insert(index, item.id)
        self._check(journey, [*sessions, item], f"journey '{journey.id}'")
        shown = isinstance(restore, SessionRemoval) and restore.shown
        jid = journey.id

        def write(conn: Any) -> None:
            R.upsert(conn, S.voting_sessions, R.session_row(jid, item, index))
            R.set_positions(conn, S.voting_sessions, order, journey_id=jid)
            if shown:
                conn.execute("UPDATE journeys SET shown_session = ? WHERE id = ?", (item.id, jid))

        self.doc.write(write)
        sessions.insert(index, item)
        if shown:
            self.doc.replace_journey_fields(jid, shown_session=item.id)
        self.doc.session_added.emit(ref)
        if shown:
            self.doc.journey_changed.emit(JourneyRef(jid))

    def update(self, ref: SessionRef, changes: dict[str, Any]) -> None:
        journey = self._journey(ref)
        old = self.get(ref)
        new = validated(VotingSession, {**old.model_dump(), **changes}, f"voting session '{ref.session_id}'")
        index = journey.sessions.index(old)
        sessions = list(journey.sessions)
        sessions[index] = new
        self._check(journey, sessions, f"journey '{journey.id}'")
        self.doc.write(lambda c: R.upsert(c, S.voting_sessions, R.session_row(journey.id, new, index)))
        journey.sessions[index] = new
        self.doc.session_changed.emit(ref)

    def remove(self, ref: SessionRef) -> SessionRemoval:
        journey = self._journey(ref)
        session = self.get(ref)
        index = journey.sessions.index(session)
        shown = journey.shown_session == session.id
        order = [s.id for s in journey.sessions if s.id != session.id]
        jid = journey.id

        def write(conn: Any) -> None:
            R.delete(conn, S.voting_sessions, journey_id=jid, id=session.id)
            R.set_positions(conn, S.voting_sessions, order, journey_id=jid)
            if shown:
                conn.execute("UPDATE journeys SET shown_session = NULL WHERE id = ?", (jid,))

        self.doc.write(write)
        journey.sessions.remove(session)
        if shown:
            self.doc.replace_journey_fields(jid, shown_session=None)
        self.doc.session_removed.emit(ref)
        if shown:
            self.doc.journey_changed.emit(JourneyRef(jid))
        return SessionRemoval(session, index, shown)
