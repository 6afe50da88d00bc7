"""Reading a Cards row's action columns (action, owner, due) back into a card's ``action``.

The three cells make one field: the state's word (any language the export writes, or the plain
value) says the card is an action; an emptied state cell means it no longer is. Owner and due
are read only with a state. A bad cell is a problem at that cell and the card keeps the action
it had, so one mistyped word never loses an owner or a date. A workbook without the columns
(from before actions, or another tool) leaves every card's action as it was.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.i18n import translate
from app.importers.xlsx.cell_values import short
from app.importers.xlsx.reader import CardRow
from app.importers.xlsx.words import action_state
from app.models import limits as L
from app.models import ownership as O
from app.models.entities import ActionState, CardAction, Lane
from app.models.workbook_format import ACTION_HEADERS, cell_text

_DAY_FIRST = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")  # 01.03.2026, as German dates are written


@dataclass(frozen=True)
class ActionProblem:
    address: str
    message: str


def read_action(row: CardRow, old: object, lane: Lane) -> tuple[object, ActionProblem | None]:
    """The card's ``action`` from the row (a CardAction, or None for no action) and a problem, if
    any; ``old`` (the card's action now: a CardAction, its dump, or None) is kept on a problem or
    when the row has none of the columns."""
    if not any(key in row.cells for key in ACTION_HEADERS):
        return old, None
    word = row.text("action").strip()
    owner_text = row.text("owner").strip()
    due_cell = row.cells.get("due")
    due_given = due_cell is not None and not _empty(due_cell.value)
    if not word:
        if owner_text or due_given:
            return old, ActionProblem(
                row.address("action") or row.address("owner"),
                translate(
                    "WorkbookImport",
                    "an owner or a due date needs an action state (open, in progress or done); the card keeps its action",
                ),
            )
        return None, None
    state = action_state(word)
    if state is None:
        return old, ActionProblem(
            row.address("action"),
            translate(
                "WorkbookImport",
                '"{value}" is not an action state (open, in progress or done); the card keeps its action',
            ).format(value=short(word, 30)),
        )
    if old is None and not O.can_be_action(lane):
        return old, ActionProblem(
            row.address("action"),
            translate(
                "WorkbookImport",
                'only cards of an opportunities lane become actions, and "{lane}" is not one; the card is no action',
            ).format(lane=short(lane.name, 30)),
        )
    if len(owner_text) > L.MAX_NAME:
        return old, ActionProblem(
            row.address("owner"),
            translate("WorkbookImport", "an owner has at most {most} characters; the card keeps its action").format(
                most=L.MAX_NAME
            ),
        )
    due = _read_due(due_cell.value) if due_given and due_cell is not None else None
    if due_given and due is None and due_cell is not None:
        return old, ActionProblem(
            due_cell.address,
            translate("WorkbookImport", '"{value}" is not a date like 2026-03-01; the card keeps its action').format(
                value=short(cell_text(due_cell.value), 20)
            ),
        )
    return CardAction(owner=owner_text or None, due=due, state=ActionState(state)), None


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _read_due(value: object) -> str | None:
    """A due date cell as ISO text: a date cell, ``2026-03-01`` or ``1.3.2026``; None when it is none."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    if len(text) >= 10 and text[4] == "-" and (len(text) == 10 or text[10] in " T"):
        day = O.parse_date(text[:10])  # also "2026-03-01 00:00:00", as some apps write a date
        return day.isoformat() if day is not None else None
    m = _DAY_FIRST.match(text)
    if m:
        try:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
        except ValueError:
            return None
    return None
