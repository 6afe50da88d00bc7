"""The "Cards" table, the "Personas" sheet and the hidden "Lists" sheet its drop-downs use."""

from __future__ import annotations

from collections.abc import Callable

from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

from app.exporters.xlsx import style as S
from app.exporters.xlsx.text import append_row, put_text
from app.exporters.xlsx.words import word
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import limits as L
from app.models import ownership as O
from app.models.entities import (
    CARD_LANE_KINDS,
    EVIDENCE,
    SUGGESTED_CHANNELS,
    TOUCHPOINT_CATEGORIES,
    ActionState,
    Project,
)
from app.models.workbook_format import CARD_HEADERS, LIST_COLUMNS, PERSONA_HEADERS

CARD_WIDTHS = (12, 22, 22, 22, 60, 14, 14, 14, 10, 24, 10, 14, 18, 12)  # votes: room for a German "Stimmen" header
ACTION_COL, DUE_COL = CARD_HEADERS.index("action") + 1, CARD_HEADERS.index("due") + 1
SPARE_ROWS = 1000  # drop-downs also cover this many empty rows below the table, for new cards
# The drop-downs' messages per list, whole sentences so each language can inflect the noun.
_PROMPT_TITLES = {
    "journey": QT_TRANSLATE_NOOP("XlsxCards", "Journey"),
    "stage": QT_TRANSLATE_NOOP("XlsxCards", "Stage"),
    "lane": QT_TRANSLATE_NOOP("XlsxCards", "Lane"),
    "channel": QT_TRANSLATE_NOOP("XlsxCards", "Channel"),
    "touchpoint": QT_TRANSLATE_NOOP("XlsxCards", "Touchpoint"),
    "evidence": QT_TRANSLATE_NOOP("XlsxCards", "Evidence"),
}
_ERROR_TITLES = {
    "journey": QT_TRANSLATE_NOOP("XlsxCards", "Not a known journey"),
    "stage": QT_TRANSLATE_NOOP("XlsxCards", "Not a known stage"),
    "lane": QT_TRANSLATE_NOOP("XlsxCards", "Not a known lane"),
    "channel": QT_TRANSLATE_NOOP("XlsxCards", "Not a known channel"),
    "touchpoint": QT_TRANSLATE_NOOP("XlsxCards", "Not a known touchpoint"),
    "evidence": QT_TRANSLATE_NOOP("XlsxCards", "Not a known kind of evidence"),
}
_CHOOSE = {
    "journey": QT_TRANSLATE_NOOP("XlsxCards", "Choose a journey from the list."),
    "stage": QT_TRANSLATE_NOOP("XlsxCards", "Choose a stage from the list."),
    "lane": QT_TRANSLATE_NOOP("XlsxCards", "Choose a lane from the list."),
    "channel": QT_TRANSLATE_NOOP("XlsxCards", "Choose a channel from the list."),
    "touchpoint": QT_TRANSLATE_NOOP("XlsxCards", "Choose a touchpoint from the list."),
    "evidence": QT_TRANSLATE_NOOP("XlsxCards", "Choose the evidence from the list."),
}
_NOT_SUGGESTED = QT_TRANSLATE_NOOP("XlsxCards", "This channel is not one of the suggested ones; keep it anyway?")


def _unique(names) -> list[str]:
    seen: dict[str, None] = {}
    for name in names:
        if name and name not in seen:
            seen[name] = None
    return list(seen)


def _where(sheet: str, cell: str, what: str, item_id: str) -> str:
    """Where a changed text is, for the export's notes: "Cards!E7 (card pp-1)"."""
    kind = translate("XlsxCards", "card") if what == "card" else translate("XlsxCards", "persona")
    return f"{sheet}!{cell} ({kind} {item_id})"


def list_values(journeys) -> dict[str, list[str]]:
    """The drop-down lists, in order: the exported journeys' stage and card lane names, the fixed
    values, the journey names, and (not a drop-down) the exported journeys' ids, which tell the
    importer which journeys the workbook covers and so which missing rows are removals."""
    return {
        "stage": _unique(s.name for j in journeys for s in j.stages),
        "lane": _unique(ln.name for j in journeys for ln in j.lanes if ln.kind in CARD_LANE_KINDS),
        "channel": list(SUGGESTED_CHANNELS),
        "touchpoint": list(TOUCHPOINT_CATEGORIES),
        "evidence": list(EVIDENCE),
        "journey": [j.name for j in journeys],
        "journey id": [j.id for j in journeys],
    }


def write_lists_sheet(ws, lists: dict[str, list[str]], notes: list[str]) -> dict[str, str]:
    """Write each list in its column under a header; return list name -> absolute range formula."""
    ws.sheet_state = "hidden"
    ranges = {}
    for key, values in lists.items():
        col = LIST_COLUMNS[key]
        put_text(ws[f"{col}1"], key)
        for i, value in enumerate(values, start=2):
            put_text(ws[f"{col}{i}"], value, f"{ws.title}!{col}{i}", notes)
        if values:
            ranges[key] = f"{quote_sheetname(ws.title)}!${col}$2:${col}${len(values) + 1}"
    return ranges


def write_cards_sheet(
    ws, project: Project, journeys, ranges: dict[str, str], notes: list[str], tick: Callable[[int], None]
) -> int:
    """Write the "Cards" table; returns the number of card rows."""
    for col, (header, width) in enumerate(zip(CARD_HEADERS, CARD_WIDTHS, strict=False), start=1):
        cell = ws.cell(1, col)
        put_text(cell, word(header))
        cell.font = S.BOLD
        ws.column_dimensions[get_column_letter(col)].width = width
    styles = S.SharedStyles()
    row = 1
    for journey in journeys:
        stages = {s.id: s.name for s in journey.stages}
        lanes = {ln.id: ln for ln in journey.lanes}
        done = 0
        for card in journey.cards:
            row += 1
            lane = lanes.get(card.lane)
            values = (
                card.id,
                journey.name,
                stages.get(card.stage, ""),
                lane.name if lane else "",
                card.text,
                card.channel or "",
                card.touchpoint or "",
                card.evidence or "",
                card.votes,
                ", ".join(card.tags),
                card.color or "",
                *_action_cells(card),
            )
            # Texts go in as put_text stores them (see append_row); then the two styled cells.
            appended = append_row(
                ws,
                values,
                lambda col, r=row, cid=card.id: _where(ws.title, f"{get_column_letter(col)}{r}", "card", cid),
                notes,
            )
            if appended != row:
                raise ValueError(f"the Cards sheet has a row {appended} where row {row} was expected")
            styles.apply(ws.cell(row, 5), alignment=S.WRAP)
            if card.color:
                styles.apply(ws.cell(row, 11), fill=S.fill(card.color))
            if card.action is not None and card.action.due:
                ws.cell(row, DUE_COL).number_format = "yyyy-mm-dd"
            if len(card.text) > CARD_WIDTHS[4] * 0.9 or "\n" in card.text:
                S.fit_row_height(ws, row, [(card.text, CARD_WIDTHS[4])])
            done += 1
            if done % 250 == 0:
                tick(250)
        tick(done % 250)
    rows = row - 1
    last = max(row, 2)  # a table needs a data row, even an empty one
    table = Table(displayName="Cards", ref=f"A1:{get_column_letter(len(CARD_HEADERS))}{last}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight1", showRowStripes=True)
    ws.add_table(table)
    ws.freeze_panes = "A2"
    ws.column_dimensions["A"].hidden = True
    end = last + SPARE_ROWS
    for key, col, strict in (
        ("journey", "B", True),
        ("stage", "C", True),
        ("lane", "D", True),
        ("channel", "F", False),
        ("touchpoint", "G", True),
        ("evidence", "H", True),
    ):
        if key not in ranges:
            continue
        dv = DataValidation(
            type="list",
            formula1=ranges[key],
            allow_blank=True,
            showDropDown=False,
            showErrorMessage=True,
            errorStyle="stop" if strict else "warning",
            errorTitle=translate("XlsxCards", _ERROR_TITLES[key]),
            error=translate("XlsxCards", _CHOOSE[key] if strict else _NOT_SUGGESTED),
            promptTitle=translate("XlsxCards", _PROMPT_TITLES[key]),
            prompt=translate("XlsxCards", _CHOOSE[key]),
            showInputMessage=True,
        )
        dv.add(f"{col}2:{col}{end}")
        ws.add_data_validation(dv)
    votes = DataValidation(
        type="whole",
        operator="between",
        formula1="0",
        formula2=str(L.MAX_VOTES),
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=translate("XlsxCards", "Votes"),
        error=translate("XlsxCards", "Votes are a whole number from 0 to {most}.").format(most=f"{L.MAX_VOTES:,}"),
    )
    votes.add(f"I2:I{end}")
    ws.add_data_validation(votes)
    _action_validation(ws, end)
    return rows


def _action_cells(card) -> tuple:
    """The action columns of a card's row: its state's word, owner and due date (a date cell)."""
    action = card.action
    if action is None:
        return ("", "", None)
    due = O.parse_date(action.due)
    return (O.state_word(action.state), action.owner or "", due if due is not None else (action.due or None))


def _action_validation(ws, end: int) -> None:
    """The action column offers the three states' words (a warning only: any language's word is read)."""
    words = ",".join(O.state_word(state) for state in ActionState)
    col = get_column_letter(ACTION_COL)
    states = DataValidation(
        type="list",
        formula1=f'"{words}"',
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="warning",
        errorTitle=translate("XlsxCards", "Not a known action state"),
        error=translate("XlsxCards", "An action is open, in progress or done; leave the cell empty for no action."),
        promptTitle=translate("XlsxCards", "Action"),
        prompt=translate("XlsxCards", "Open, in progress or done; empty: the card is no action."),
        showInputMessage=True,
    )
    states.add(f"{col}2:{col}{end}")
    ws.add_data_validation(states)


def write_personas_sheet(ws, project: Project, notes: list[str]) -> None:
    for col, header in enumerate(PERSONA_HEADERS, start=1):
        cell = ws.cell(1, col)
        put_text(cell, word(header))
        cell.font = S.BOLD
        ws.column_dimensions[get_column_letter(col)].width = 12 if col == 1 else 28
    for row, p in enumerate(project.personas, start=2):
        values = (
            p.id,
            p.name,
            p.role,
            "\n".join(p.goals),
            "\n".join(p.needs),
            "\n".join(p.frustrations),
            p.quote,
            p.color,
        )
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row, col)
            put_text(cell, value, _where(ws.title, cell.coordinate, "persona", p.id), notes)
            cell.alignment = S.WRAP
        S.fit_row_height(ws, row, [(v, 12 if i == 0 else 28) for i, v in enumerate(values) if v])
        ws.cell(row, 8).fill = S.fill(p.color)
    ws.freeze_panes = "B2"
