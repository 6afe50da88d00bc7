"""A "Votes" sheet per voting session: the results as a table to sort, filter and quote.

The sheet is an output, like the map sheets: its A1 is ``VOTES_MARKER`` so the importer skips
it even when renamed (its header has stage, lane and card, which would otherwise read as a
foreign card table). A session whose results are still hidden lists no totals, as the board
shows none; an anonymous one has no column per participant.
"""

from __future__ import annotations

from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from app.exporters import votes as EV
from app.exporters.common import date_text
from app.exporters.xlsx import style as S
from app.exporters.xlsx.text import put_text
from app.exporters.xlsx.words import word
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import voting as V
from app.models.entities import Journey, VotingSession
from app.models.workbook_format import VOTES_HEADERS, VOTES_MARKER

WIDTHS = (14, 60, 22, 22, 8, 8)  # A: the ranks, and the labels above the table ("Participants")
PARTICIPANT_W = 12
HEADER_ROW = 8
# The header row (app.models.workbook_format.VOTES_HEADERS), read by nobody: a table to sort.
_HEADERS = {
    "rank": QT_TRANSLATE_NOOP("XlsxVotes", "rank"),
    "card": QT_TRANSLATE_NOOP("XlsxVotes", "card"),
    "stage": QT_TRANSLATE_NOOP("XlsxVotes", "stage"),
    "lane": QT_TRANSLATE_NOOP("XlsxVotes", "lane"),
    "total": QT_TRANSLATE_NOOP("XlsxVotes", "total"),
    "tally": QT_TRANSLATE_NOOP("XlsxVotes", "tally"),
}


def write_votes_sheet(ws, journey: Journey, session: VotingSession, notes: list[str]) -> None:
    where = f"{ws.title}!"
    facts = (
        (word(VOTES_MARKER), session.name),
        (translate("XlsxVotes", "Journey"), journey.name),
        (translate("XlsxVotes", "Date"), date_text(session.date)),
        (translate("XlsxVotes", "Participants"), len(session.participants)),
        (translate("XlsxVotes", "Rules"), EV.rules_text(session)),
        (
            translate("XlsxVotes", "State"),
            EV.state_text(session) + ("" if V.results_visible(session) else translate("XlsxVotes", ", results hidden")),
        ),
    )
    for row, (label, value) in enumerate(facts, start=1):
        put_text(ws.cell(row, 1), label)
        ws.cell(row, 1).font = S.BOLD
        cell = ws.cell(row, 2)
        if isinstance(value, str):
            put_text(cell, value, f"{where}B{row}", notes)
        else:
            cell.value = value
            cell.alignment = S.LEFT
    ws.cell(1, 2).font = S.TITLE
    if session.anonymous:
        put_text(ws.cell(4, 3), translate("XlsxVotes", "anonymous"))
    people = [] if session.anonymous else session.participants
    headers = [*(translate("XlsxVotes", _HEADERS[h]) for h in VOTES_HEADERS), *(p.name for p in people)]
    for col, header in enumerate(headers, start=1):
        cell = ws.cell(HEADER_ROW, col)
        put_text(cell, header, f"{where}{cell.coordinate}", notes)
        cell.font = S.BOLD
        width = WIDTHS[col - 1] if col <= len(WIDTHS) else PARTICIPANT_W
        ws.column_dimensions[get_column_letter(col)].width = width
    if not V.results_visible(session):
        put_text(
            ws.cell(HEADER_ROW + 1, 2),
            translate("XlsxVotes", "Results hidden: the session is still open and not revealed."),
        )
        return
    stages = {s.id: s.name for s in journey.stages}
    lanes = {ln.id: ln.name for ln in journey.lanes}
    for row, ranked in enumerate(V.ranking(session, journey), start=HEADER_ROW + 1):
        card = ranked.card
        put_text(ws.cell(row, 1), EV.rank_label(ranked).rstrip("."))
        text = ws.cell(row, 2)
        put_text(
            text,
            card.text,
            translate("XlsxVotes", "{cell} (card {id})").format(cell=f"{where}B{row}", id=card.id),
            notes,
        )
        text.alignment = S.WRAP
        put_text(ws.cell(row, 3), stages.get(card.stage, ""), f"{where}C{row}", notes)
        put_text(ws.cell(row, 4), lanes.get(card.lane, ""), f"{where}D{row}", notes)
        ws.cell(row, 5).value = ranked.total
        ws.cell(row, 6).value = V.tally_of(session, card.id) or None
        counts = dict((p.id, n) for p, n in ranked.voters)
        for col, person in enumerate(people, start=len(VOTES_HEADERS) + 1):
            ws.cell(row, col).value = counts.get(person.id)
        if len(card.text) > WIDTHS[1] * 0.9 or "\n" in card.text:
            S.fit_row_height(ws, row, [(card.text, WIDTHS[1])])
    ws.freeze_panes = f"C{HEADER_ROW + 1}"
    S.print_fit_to_width(ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
