"""The "How to use" sheet: plain steps for workshop participants, in the session's language."""

from __future__ import annotations

from app.exporters.common import date_text
from app.exporters.xlsx import style as S
from app.exporters.xlsx.text import put_text
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import limits as L
from app.models import ownership as O
from app.models.entities import Journey

WIDTH = 75  # characters; fits a portrait page even where fit-to-page is ignored

# Marked at import, translated when the sheet is written (the language is known by then).
STEPS = (
    QT_TRANSLATE_NOOP(
        "XlsxGuide",
        "This workbook is a copy of a customer journey map. Fill it in, save it, and send it back to the "
        "facilitator, who imports it into Waymark.",
    ),
    QT_TRANSLATE_NOOP(
        "XlsxGuide",
        '1. Edit cards on the "Cards" sheet: change the text, channel, touchpoint, evidence or tags '
        "(tags are separated by commas).",
    ),
    QT_TRANSLATE_NOOP(
        "XlsxGuide",
        "2. Add a card: type a new row at the bottom of the Cards table. Pick its stage and lane from the "
        "drop-downs; leave the first (hidden) id column empty.",
    ),
    QT_TRANSLATE_NOOP("XlsxGuide", "3. Remove a card: delete its whole row."),
    QT_TRANSLATE_NOOP(
        "XlsxGuide",
        '4. Score emotions on the "Emotions" sheet: a number from '
        "{min} (very negative) to {max} (very positive) for each stage; leave a cell "
        "empty for no score. The chart under each table follows your scores.",
    ),
    QT_TRANSLATE_NOOP(
        "XlsxGuide", '5. Tally votes in the "votes" column of the Cards sheet (a whole number, 0 or more).'
    ),
    QT_TRANSLATE_NOOP(
        "XlsxGuide",
        "6. Do not change or unhide the id column, and do not rename sheets or the column headers: they "
        "let Waymark match your edits to the map.",
    ),
    QT_TRANSLATE_NOOP(
        "XlsxGuide",
        '7. The sheets named after journeys show the map for reading and printing, each "Votes - " sheet '
        'the results of a voting session, and each "Analytics - " sheet what an event log showed (numbers '
        "from data, refreshed in Waymark); edits there are not imported.",
    ),
    QT_TRANSLATE_NOOP("XlsxGuide", "8. Save the workbook as .xlsx (Excel or LibreOffice) and send it back."),
    QT_TRANSLATE_NOOP(
        "XlsxGuide",
        'Actions: an opportunity card can be an action. Its "action" cell says open, in progress or done, '
        'with the "owner" and the "due" date beside it; empty the action cell to stop tracking it.',
    ),
)


def steps() -> list[str]:
    """The steps in the session's language."""
    return [translate("XlsxGuide", step).format(min=f"{L.MIN_SCORE:g}", max=f"{L.MAX_SCORE:g}") for step in STEPS]


def journey_lines(journeys: list[Journey]) -> list[str]:
    """A line per journey: its name, status, owner and review dates (the PDF cover's words)."""
    return [
        translate("XlsxGuide", "{journey}: {ownership}").format(journey=j.name, ownership=ownership_text(j))
        for j in journeys
    ]


def ownership_text(journey: Journey) -> str:
    parts = [translate("XlsxGuide", "status {status}").format(status=O.status_word(journey.status))]
    if journey.owner:
        parts.append(translate("XlsxGuide", "owner {owner}").format(owner=journey.owner))
    if journey.review_by:
        review = translate("XlsxGuide", "review by {date}").format(date=date_text(journey.review_by))
        if O.review_overdue(journey):
            review = translate("XlsxGuide", "{review} (overdue)").format(review=review)
        parts.append(review)
    if journey.last_reviewed:
        parts.append(translate("XlsxGuide", "last reviewed {date}").format(date=date_text(journey.last_reviewed)))
    return " · ".join(parts)


def write_guide_sheet(ws, project_name: str, journeys: list[Journey] | None = None) -> None:
    ws.column_dimensions["A"].width = WIDTH
    title = ws.cell(1, 1)
    put_text(title, translate("XlsxGuide", "How to use this workbook — {project}").format(project=project_name))
    title.font = S.TITLE
    ws.row_dimensions[1].height = 24
    for i, step in enumerate(steps(), start=3):
        cell = ws.cell(i, 1)
        put_text(cell, step)
        cell.alignment = S.WRAP
        S.fit_row_height(ws, i, [(step, WIDTH)])
    if journeys:
        row = len(STEPS) + 4
        heading = ws.cell(row, 1)
        put_text(heading, translate("XlsxGuide", "Journeys in this workbook"))
        heading.font = S.BOLD
        for n, line in enumerate(journey_lines(journeys), start=row + 1):
            cell = ws.cell(n, 1)
            put_text(cell, line)
            cell.alignment = S.WRAP
            S.fit_row_height(ws, n, [(line, WIDTH)])
    S.print_fit_to_width(ws, landscape=False)
