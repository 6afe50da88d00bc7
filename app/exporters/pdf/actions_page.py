"""The Actions page: every action card of the exported journeys, as a table to work from.

Rows go open first, then in progress, then done, and within a state by due date (the ones
without a date last), as ``app.models.ownership.action_rows`` orders them; an overdue date is
red and says so. The page is left out when no card is an action. A long card text wraps onto
at most three lines; the header row is repeated on each new page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from reportlab.lib.colors import HexColor  # type: ignore[import-untyped]

from app.exporters.common import date_text
from app.exporters.pdf import fastpdf, fonts
from app.exporters.pdf import style as S
from app.exporters.pdf.other_pages import Flow, M
from app.i18n import translate
from app.models import ownership as O
from app.models.entities import Journey

SIZE = 9.0
LEADING = SIZE * 1.3
MAX_TEXT_LINES = 3
# The share of the table's width each column takes: journey, stage, card, owner, due, state.
SHARES = (0.15, 0.13, 0.36, 0.13, 0.12, 0.11)
OVERDUE = HexColor(O.OVERDUE_COLOR)


def has_actions(journeys: Iterable[Journey]) -> bool:
    return any(card.action is not None for journey in journeys for card in journey.cards)


def actions_page(flow: Flow, journeys: list[Journey], today: dt.date | None = None) -> int:
    """Write the table; returns the number of rows (the caller leaves the page out at none)."""
    rows = O.action_rows(journeys)
    on = today or O.today()
    flow.text(translate("PdfActions", "Actions"), 14, True, gap=4)
    flow.text(
        translate("PdfActions", "Opportunities taken up, open first, each state by due date."),
        9,
        colour=S.MUTED,
        gap=8,
    )
    width = flow.paper[0] - 2 * M
    xs = [M]
    for share in SHARES[:-1]:
        xs.append(xs[-1] + share * width)
    widths = [share * width - 8 for share in SHARES]
    _header(flow, xs)
    for row in rows:
        late = O.action_overdue(row.action, on)
        due = date_text(row.action.due) if row.action.due else "–"
        if late:
            due = translate("PdfActions", "{date} overdue").format(date=due)
        state = f"{O.STATE_GLYPHS[row.action.state]} {O.state_word(row.action.state)}"
        cells = [
            fonts.wrap(row.journey.name, SIZE, widths[0])[:2],
            fonts.wrap(row.stage or "–", SIZE, widths[1])[:2],
            _text_lines(row.card.text, widths[2]),
            fonts.wrap(row.action.owner or "–", SIZE, widths[3])[:2],
            fonts.wrap(due, SIZE, widths[4])[:2],
            [fonts.fit(state, SIZE, widths[5])],
        ]
        height = max(len(lines) for lines in cells) * LEADING + 4
        if flow.y - height < M + 20:
            flow.c.showPage()
            flow.start()
            _header(flow, xs)
        top = flow.y
        for n, (x, lines) in enumerate(zip(xs, cells, strict=True)):
            fastpdf.fill(flow.c, OVERDUE if late and n == 4 else S.INK)
            for i, line in enumerate(lines):
                fonts.draw(flow.c, x, top - LEADING * (i + 1), line, SIZE, bold=late and n == 4)
        flow.y = top - height
        flow.c.setStrokeColor(S.GRID)
        flow.c.setLineWidth(0.4)
        flow.c.line(M, flow.y + 2, M + width, flow.y + 2)
    return len(rows)


def _header(flow: Flow, xs: list[float]) -> None:
    heads = (
        translate("PdfActions", "Journey"),
        translate("PdfActions", "Stage"),
        translate("PdfActions", "Card"),
        translate("PdfActions", "Owner"),
        translate("PdfActions", "Due"),
        translate("PdfActions", "State"),
    )
    flow.need(LEADING * 2)
    flow.y -= LEADING
    fastpdf.fill(flow.c, S.MUTED)
    for x, head in zip(xs, heads, strict=True):
        fonts.draw(flow.c, x, flow.y, head, SIZE, True)
    flow.y -= 6


def _text_lines(text: str, width: float) -> list[str]:
    lines = fonts.wrap(text or "–", SIZE, width) or ["–"]
    if len(lines) > MAX_TEXT_LINES:
        lines = lines[:MAX_TEXT_LINES]
        lines[-1] = fonts.fit(lines[-1] + "…", SIZE, width)
    return lines
