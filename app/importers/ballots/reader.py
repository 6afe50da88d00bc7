"""Reading one filled-in ballot workbook, defensively: the same archive checks, limits and
read-only opening as the workshop workbook (``app.importers.xlsx.reader.open_checked``), then
only the two sheets a ballot has. Anything else (another tool's workbook, a Waymark workshop
workbook, a damaged file) is refused with one line naming it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from app.i18n import translate
from app.importers.xlsx.archive import WorkbookRefused
from app.importers.xlsx.reader import find_sheet, open_checked, sheet_rows
from app.importers.xlsx.words import folded
from app.models import ballot_format as B
from app.models import limits as L
from app.models.workbook_format import cell_text

HEADER_SEARCH_ROWS = 20


@dataclass(frozen=True)
class VoteCell:
    address: str  # "Ballot!E9"
    card_id: str  # "" when the row's hidden id was cleared
    value: object  # as the cell holds it: None, int, float, str…


@dataclass
class BallotFile:
    name: str  # the file's name as messages quote it
    journey_id: str
    session_id: str
    participant_id: str  # "" on a blank ballot
    typed_name: str  # the Name cell
    votes: list[VoteCell] = field(default_factory=list)  # rows with anything in the votes column


def read_ballot(path: Path) -> BallotFile:
    """Read the ballot at ``path``; raise :class:`WorkbookRefused` for anything that is not one."""
    with open_checked(Path(path)) as (wb, name):
        info_ws = find_sheet(wb, B.INFO_SHEET)
        ballot_ws = find_sheet(wb, B.BALLOT_SHEET)
        if info_ws is None or ballot_ws is None:
            raise WorkbookRefused(
                translate(
                    "BallotImport",
                    '{name} is not a Waymark ballot (it has no "{BALLOT_SHEET}" and hidden "{INFO_SHEET}" sheet; export ballots with Workshop ▸ Export Ballot Workbooks…)',
                ).format(name=name, BALLOT_SHEET=B.BALLOT_SHEET, INFO_SHEET=B.INFO_SHEET)
            )
        info = _read_info(info_ws, name)
        if info.get("format") != B.FORMAT_ID:
            found = info.get("format") or "none"
            raise WorkbookRefused(
                translate(
                    "BallotImport", "{name} is not a ballot this Waymark reads (format {found}, not {FORMAT_ID})"
                ).format(name=name, found=repr(found), FORMAT_ID=repr(B.FORMAT_ID))
            )
        if not info.get("journey") or not info.get("session"):
            raise WorkbookRefused(
                translate(
                    "BallotImport", "{name}: its hidden sheet does not say which voting session it is for"
                ).format(name=name)
            )
        ballot = BallotFile(name, info["journey"], info["session"], info.get("participant", ""), "")
        _read_votes(ballot_ws, name, ballot)
        return ballot


def _read_info(ws, name: str) -> dict[str, str]:
    info: dict[str, str] = {}
    for n, values in sheet_rows(ws, name):
        if n > 4 * len(B.INFO_KEYS):
            break
        key = cell_text(values[0]).strip().casefold() if values else ""
        if key in B.INFO_KEYS and key not in info:
            info[key] = cell_text(values[1]).strip() if len(values) > 1 else ""
    return info


def _read_votes(ws, name: str, ballot: BallotFile) -> None:
    sheet = ws.title
    id_col = votes_col = 0
    for n, values in sheet_rows(ws, name):
        texts = [cell_text(v).strip().casefold() for v in values]
        if not votes_col:
            labels = [t for t in texts[:3] if t in folded(B.NAME_LABEL)]  # "Name" in any language
            if labels:
                at = texts.index(labels[0])
                typed = cell_text(values[at + 1]) if len(values) > at + 1 else ""
                ballot.typed_name = " ".join(typed.split())[: L.MAX_NAME]
            found = [next((t for t in texts if t in folded(h)), None) for h in (B.ID_HEADER, B.VOTES_HEADER)]
            if found[0] is not None and found[1] is not None:
                id_col, votes_col = texts.index(found[0]) + 1, texts.index(found[1]) + 1
            elif n >= HEADER_SEARCH_ROWS:
                raise WorkbookRefused(
                    translate(
                        "BallotImport",
                        '{name}: the "{sheet}" sheet has no header row with id and votes in its first {HEADER_SEARCH_ROWS} rows (were rows deleted?)',
                    ).format(name=name, sheet=sheet, HEADER_SEARCH_ROWS=HEADER_SEARCH_ROWS)
                )
            continue
        value = values[votes_col - 1] if len(values) >= votes_col else None
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        card_id = cell_text(values[id_col - 1]).strip() if len(values) >= id_col else ""
        ballot.votes.append(VoteCell(f"{sheet}!{get_column_letter(votes_col)}{n}", card_id[: L.MAX_ID + 1], value))
    if not votes_col:
        raise WorkbookRefused(
            translate("BallotImport", '{name}: the "{sheet}" sheet has no header row with id and votes').format(
                name=name, sheet=sheet
            )
        )
