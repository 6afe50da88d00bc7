"""Planning a ballot import: each workbook checked against the session it names, with its
problems as one line each, before anything changes.

The limits are the session's in the project, never the workbook's (a participant could edit
those). A workbook with any problem is left out whole: half a ballot would misstate what its
participant chose. The good ones are applied together, as one undo step
(``voting_commands.set_ballots``), each replacing that participant's ballot.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.i18n import translate
from app.importers.ballots.reader import BallotFile, read_ballot
from app.models import ballot_format as B
from app.models import voting as V
from app.models.entities import Journey, Project, VotingSession
from app.models.errors import WaymarkError
from app.models.inputs import printable

MAX_PROBLEMS = 20  # lines listed per workbook; one more says there are others


@dataclass
class BallotPreview:
    """One workbook, as the preview lists it."""

    file: str
    participant: str = "?"  # the participant's name, once known
    participant_id: str | None = None
    counts: dict[str, int] = field(default_factory=dict)  # card id -> votes
    problems: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def cards(self) -> int:
        return sum(1 for n in self.counts.values() if n)

    @property
    def ok(self) -> bool:
        return not self.problems and self.participant_id is not None


@dataclass
class BallotPlan:
    journey_id: str | None = None  # the session the ballots go into: the first readable one's
    session_id: str | None = None
    session_name: str = ""
    previews: list[BallotPreview] = field(default_factory=list)

    def ballots(self) -> dict[str, dict[str, int]]:
        """participant id -> their whole ballot, for every workbook without a problem."""
        return {p.participant_id: dict(p.counts) for p in self.previews if p.ok and p.participant_id}

    @property
    def good(self) -> int:
        return sum(1 for p in self.previews if p.ok)


def plan_ballots(
    project: Project,
    paths: Sequence[Path],
    *,
    progress: Callable[[int, int, str], None] | None = None,
) -> BallotPlan:
    """Read every workbook and check it; never raises for a bad workbook (it gets a problem)."""
    plan = BallotPlan()
    target: tuple[Journey, VotingSession] | None = None
    whose: dict[str, str] = {}  # participant id -> the workbook that has their ballot
    for i, path in enumerate(paths):
        if progress is not None:
            progress(i, len(paths), translate("BallotImport", "Reading {name}").format(name=printable(Path(path).name)))
        preview = BallotPreview(printable(Path(path).name))
        plan.previews.append(preview)
        try:
            ballot = read_ballot(Path(path))
        except WaymarkError as exc:
            preview.problems.append(str(exc))
            continue
        except MemoryError:
            preview.problems.append(
                translate("BallotImport", "{file} needs more memory than is available to read it").format(
                    file=preview.file
                )
            )
            continue
        preview.file = ballot.name
        journey = project.journey(ballot.journey_id)
        session = journey.session(ballot.session_id) if journey is not None else None
        if journey is None or session is None:
            preview.problems.append(
                translate("BallotImport", "a ballot for a voting session that is not in this project (or was deleted)")
            )
            continue
        if target is None:
            target = (journey, session)
            plan.journey_id, plan.session_id, plan.session_name = journey.id, session.id, session.name
        elif (journey.id, session.id) != (target[0].id, target[1].id):
            preview.problems.append(
                translate("BallotImport", 'a ballot for "{name}", not for "{name2}": import it on its own').format(
                    name=printable(session.name, limit=80), name2=printable(target[1].name, limit=80)
                )
            )
            continue
        _check(preview, ballot, journey, session, whose)
    if progress is not None:
        progress(len(paths), len(paths), translate("BallotImport", "Checked"))
    return plan


def _check(preview: BallotPreview, ballot: BallotFile, journey: Journey, session: VotingSession, whose) -> None:
    who = _participant(preview, ballot, session)
    if who is None:
        return
    preview.participant, preview.participant_id = who.name, who.id
    if who.id in whose:
        preview.problems.append(
            translate("BallotImport", "{name}'s ballot is also in {value}: import one of them").format(
                name=who.name, value=whose[who.id]
            )
        )
        preview.participant_id = None
        return
    whose[who.id] = preview.file
    counts: dict[str, int] = {}
    cards = {c.id: c for c in journey.cards}
    for vote in ballot.votes:
        if len(preview.problems) >= MAX_PROBLEMS:
            preview.problems.append(
                translate(
                    "BallotImport", "… and more problems after {address}: was this ballot filled in by hand?"
                ).format(address=vote.address)
            )
            break
        n = _count(vote.value)
        if n is None:
            preview.problems.append(
                translate("BallotImport", "{address}: {value} is not a number of votes").format(
                    address=vote.address, value=repr(printable(str(vote.value), limit=40))
                )
            )
            continue
        if not n:
            continue
        card = cards.get(vote.card_id) if vote.card_id else None
        if card is None:
            preview.problems.append(
                translate("BallotImport", "{address}: a vote for a card that is no longer on the map").format(
                    address=vote.address
                )
                if vote.card_id
                else translate(
                    "BallotImport", "{address}: a vote on a row without its card id (the hidden column A)"
                ).format(address=vote.address)
            )
        elif not V.eligible(session, card):
            preview.problems.append(
                translate("BallotImport", '{address}: this card is not part of "{name}"').format(
                    address=vote.address, name=printable(session.name, limit=80)
                )
            )
        else:
            if counts.get(card.id, 0) + n > session.max_per_card:
                most = session.max_per_card
                preview.problems.append(
                    translate("BallotImport", "{address}: {n} votes on one card; at most {most} per card").format(
                        address=vote.address, n=n, most=most
                    )
                )
            counts[card.id] = counts.get(card.id, 0) + n  # shown in the preview even when refused
    preview.counts = counts
    if preview.problems:
        return
    try:  # the session's own rules, as applying will check them (open, votes in all)
        V.set_ballot(session, who.id, counts)
    except V.VoteError as exc:
        preview.problems.append(str(exc))


def _participant(preview: BallotPreview, ballot: BallotFile, session: VotingSession):
    if ballot.participant_id:
        found = session.participant(ballot.participant_id)
        if found is None:
            preview.problems.append(
                translate("BallotImport", 'a ballot for a participant who is not in "{name}"').format(
                    name=printable(session.name, limit=80)
                )
            )
        return found
    typed = ballot.typed_name
    if not typed:
        preview.problems.append(
            translate("BallotImport", "a blank ballot with no name: type who filled it in beside {label}").format(
                label=repr(B.NAME_LABEL)
            )
        )
        return None
    preview.participant = printable(typed, limit=60)
    found = next((p for p in session.participants if B.same_name(p.name, typed)), None)
    if found is None:
        preview.problems.append(
            translate("BallotImport", 'no participant named "{typed}" in "{name}"').format(
                typed=printable(typed, limit=60), name=printable(session.name, limit=80)
            )
        )
    return found


def _count(value: object) -> int | None:
    """A number of votes as a participant typed it: 2, 2.0, "2" (None for anything else)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float) and value.is_integer():
        return int(value) if value >= 0 else None
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 6:
        return int(value.strip())
    return None
