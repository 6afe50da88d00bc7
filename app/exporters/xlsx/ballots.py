"""Ballot workbooks: one per participant of a voting session (and a blank one with a Name cell),
to vote offline and send back (the layout is ``app.models.ballot_format``).

Each file is written atomically. A participant's workbook stores the session's and their ids in a
hidden sheet, so the import knows whose ballot it is whatever the file is renamed to; a blank
ballot leaves the participant empty and is matched by the name typed into it.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.worksheet.datavalidation import DataValidation  # type: ignore[import-untyped]

from app.exporters.common import Progress
from app.exporters.xlsx import style as S
from app.exporters.xlsx.text import put_text
from app.exporters.xlsx.words import word
from app.i18n import translate
from app.models import ballot_format as B
from app.models import voting as V
from app.models.atomic import write_with
from app.models.entities import Card, Journey, Participant, Project, SessionState, VotingSession
from app.models.errors import WaymarkError

WIDTHS = {"A": 10, "B": 22, "C": 22, "D": 60, "E": 9}
INPUT_FILL = "#FFF4C2"  # the cells to fill in: the votes, and a blank ballot's name


def ballot_cards(journey: Journey, session: VotingSession) -> list[Card]:
    """The cards a participant can vote on, in the order the map is read: stage, lane, board."""
    stages = {s.id: i for i, s in enumerate(journey.stages)}
    lanes = {ln.id: i for i, ln in enumerate(journey.lanes)}
    cards = [c for c in journey.cards if V.eligible(session, c) and c.stage in stages and c.lane in lanes]
    return sorted(cards, key=lambda c: (stages[c.stage], lanes[c.lane]))  # stable: board order within a cell


def ballot_bytes(journey: Journey, session: VotingSession, participant: Participant | None) -> bytes:
    """The ballot workbook of ``participant`` (None: a blank one), as .xlsx bytes."""
    wb = Workbook()
    ws = wb.active
    ws.title = word(B.BALLOT_SHEET)
    for col, width in WIDTHS.items():
        ws.column_dimensions[col].width = width
    put_text(ws["B1"], translate("XlsxBallot", "Ballot: {session}").format(session=session.name))
    ws["B1"].font = S.TITLE
    ws.row_dimensions[1].height = 24
    put_text(ws["B2"], translate("XlsxBallot", "Journey"))
    put_text(ws["C2"], journey.name)
    put_text(ws["B3"], B.NAME_LABEL)
    name = ws["C3"]
    if participant is None:
        name.fill = S.fill(INPUT_FILL)
        name.border = S.CELL_BORDER
    else:
        put_text(name, participant.name)
    for cell in (ws["B2"], ws["B3"]):
        cell.font = S.BOLD
    put_text(ws["B4"], guide_line(session.votes_per_participant, session.max_per_card, blank=participant is None))
    ws.merge_cells("B4:E4")
    ws["B4"].alignment = S.WRAP
    ws.row_dimensions[4].height = 32
    cards = ballot_cards(journey, session)
    first, last = B.HEADER_ROW + 1, B.HEADER_ROW + max(1, len(cards))
    put_text(ws["B5"], translate("XlsxBallot", "Votes used"))
    ws["B5"].font = S.BOLD
    ws["C5"] = f"=SUM(E{first}:E{last})"  # ours, for the participant to see; the import never reads it
    ws["C5"].alignment = S.LEFT
    put_text(ws["D5"], translate("XlsxBallot", "of {votes}").format(votes=session.votes_per_participant))
    for at, header in enumerate(B.HEADERS, start=1):
        cell = ws.cell(B.HEADER_ROW, at)
        put_text(cell, word(header))
        cell.font = S.BOLD
    stages = {s.id: s.name for s in journey.stages}
    lanes = {ln.id: ln.name for ln in journey.lanes}
    mine = {b.card: b.count for b in session.ballots if participant is not None and b.participant == participant.id}
    votes_fill = S.fill(INPUT_FILL)
    for row, card in enumerate(cards, start=first):
        put_text(ws.cell(row, 1), card.id)
        put_text(ws.cell(row, 2), stages[card.stage])
        put_text(ws.cell(row, 3), lanes[card.lane])
        text = ws.cell(row, 4)
        put_text(text, card.text)
        text.alignment = S.WRAP
        votes = ws.cell(row, 5)
        votes.value = mine.get(card.id)  # a ballot already cast (passing the laptop) is kept
        votes.fill = votes_fill
        votes.border = S.CELL_BORDER
        S.fit_row_height(ws, row, [(card.text, WIDTHS["D"])])
    most = session.max_per_card
    check = DataValidation(
        type="whole",
        operator="between",
        formula1="0",
        formula2=str(most),
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=word("Votes"),
        error=(
            translate("XlsxBallot", "A whole number from 0 to {most}: at most {most} votes per card.")
            if most != 1
            else translate("XlsxBallot", "A whole number from 0 to {most}: at most {most} vote per card.")
        ).format(most=most),
        showInputMessage=True,
        promptTitle=word("Votes"),
        prompt=translate("XlsxBallot", "0 to {most}").format(most=most),
    )
    check.add(f"E{first}:E{last}")
    ws.add_data_validation(check)
    ws.column_dimensions["A"].hidden = True
    ws.freeze_panes = f"B{first}"
    S.print_fit_to_width(ws, landscape=False, title_rows=f"{B.HEADER_ROW}:{B.HEADER_ROW}")
    info = wb.create_sheet(B.INFO_SHEET)
    values = (
        B.FORMAT_ID,
        journey.id,
        session.id,
        participant.id if participant else "",
        session.name,
        participant.name if participant else "",
    )
    for row, (key, value) in enumerate(zip(B.INFO_KEYS, values, strict=True), start=1):
        put_text(info.cell(row, 1), key)
        put_text(info.cell(row, 2), value)
    info.sheet_state = "hidden"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def guide_line(votes: int, max_per_card: int, *, blank: bool = False) -> str:
    """The ballot's instruction (B4) in the session's language; ``app.models.ballot_format.guide_line``
    is the English one, whose words these are."""
    name = translate("XlsxBallot", "Type your name beside {label}. ").format(label=word(B.NAME_LABEL)) if blank else ""
    text = (
        translate(
            "XlsxBallot",
            "You have {votes} votes, at most {most} per card: type a number in the Votes column "
            "beside the cards you choose, leave the others empty, save and send the workbook back.",
        )
        if votes != 1
        else translate(
            "XlsxBallot",
            "You have {votes} vote, at most {most} per card: type a number in the Votes column "
            "beside the cards you choose, leave the others empty, save and send the workbook back.",
        )
    )
    return name + text.format(votes=votes, most=max_per_card)


def _writer(data: bytes) -> Callable[[Path], None]:
    def write(tmp: Path) -> None:
        Path(tmp).write_bytes(data)

    return write


def export_ballots(
    project: Project,
    journey_id: str,
    session_id: str,
    folder: Path,
    *,
    participants: bool = True,
    blank: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Path]:
    """Write "Ballot - <name>.xlsx" for each participant (and "Ballot - blank.xlsx") in ``folder``;
    returns the files written. Only an open session takes ballots."""
    journey = project.journey(journey_id)
    session = journey.session(session_id) if journey else None
    if journey is None or session is None:
        raise WaymarkError(translate("XlsxBallot", "that voting session is no longer in the project"))
    if session.state is not SessionState.OPEN:
        raise WaymarkError(
            translate("XlsxBallot", '"{session}" is closed for voting; ballots are for an open session').format(
                session=session.name
            )
        )
    folder = Path(folder)
    if not folder.is_dir():
        raise WaymarkError(translate("XlsxBallot", "{folder} is not a folder").format(folder=folder))
    people: list[Participant | None] = [*(session.participants if participants else []), *([None] if blank else [])]
    step = Progress(len(people), translate("XlsxBallot", "ballot"), progress, cancelled).step
    written: list[Path] = []
    taken: set[str] = set()
    for person in people:
        name = B.file_name(person.name if person else B.BLANK_NAME)
        stem, n = name[: -len(".xlsx")], 1
        while name.casefold() in taken:  # two participants of one name; case-blind file systems
            n += 1
            name = f"{stem} ({n}).xlsx"
        taken.add(name.casefold())
        out = folder / name
        write_with(out, _writer(ballot_bytes(journey, session, person)))
        written.append(out)
        step(1, name)
    return written
