"""Who looks after a journey and its actions: the words, colours and dates every output shares.

A journey has an owner, a status and review dates; an opportunity card can become an action
with an owner, a due date and a state. The board, the journey list, the PDF and the workbook
all show them, so the words (marked here, translated where shown), the glyphs and the
"overdue" rule live in this one Qt-free module and never drift apart.

"Today" is read through :func:`today`, whose clock a test can replace (:func:`set_clock`), and
every rule also takes ``today`` as an argument, so nothing here depends on the day a test runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app import i18n
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.entities import ActionState, Card, CardAction, Journey, JourneyStatus, Lane

CONTEXT = "Ownership"

STATUS_WORDS: dict[JourneyStatus, str] = {
    JourneyStatus.DRAFT: QT_TRANSLATE_NOOP("Ownership", "Draft"),
    JourneyStatus.RESEARCHED: QT_TRANSLATE_NOOP("Ownership", "Researched"),
    JourneyStatus.VALIDATED: QT_TRANSLATE_NOOP("Ownership", "Validated"),
    JourneyStatus.LIVE: QT_TRANSLATE_NOOP("Ownership", "Live"),
    JourneyStatus.RETIRED: QT_TRANSLATE_NOOP("Ownership", "Retired"),
}
# The pill behind a status in the journey list, white words on it (at least 4.5:1): slate while
# a draft, blue and violet while it is being checked, green when live, grey once retired.
STATUS_COLORS: dict[JourneyStatus, str] = {
    JourneyStatus.DRAFT: "#5F6B7A",
    JourneyStatus.RESEARCHED: "#2F5FB8",
    JourneyStatus.VALIDATED: "#6A47B8",
    JourneyStatus.LIVE: "#1E7A45",
    JourneyStatus.RETIRED: "#555555",
}
STATE_WORDS: dict[ActionState, str] = {
    ActionState.OPEN: QT_TRANSLATE_NOOP("Ownership", "Open"),
    ActionState.IN_PROGRESS: QT_TRANSLATE_NOOP("Ownership", "In progress"),
    ActionState.DONE: QT_TRANSLATE_NOOP("Ownership", "Done"),
}
STATE_GLYPHS: dict[ActionState, str] = {
    ActionState.OPEN: "☐",
    ActionState.IN_PROGRESS: "◐",
    ActionState.DONE: "☑",
}
STATE_ORDER: dict[ActionState, int] = {state: n for n, state in enumerate(ActionState)}
OVERDUE_COLOR = "#B42318"  # the theme's error ink: an overdue review or action
ACTION_ROLE = "opportunities"  # the lane role whose cards can become actions


def status_word(status: JourneyStatus) -> str:
    return translate(CONTEXT, STATUS_WORDS[status])


def state_word(state: ActionState) -> str:
    return translate(CONTEXT, STATE_WORDS[state])


# -- "today" -----------------------------------------------------------------------------------

_clock: list[Callable[[], dt.date]] = [dt.date.today]


def today() -> dt.date:
    """The day the rules below count as today (the system's, unless a test set a clock)."""
    return _clock[0]()


def set_clock(clock: Callable[[], dt.date] | None) -> None:
    """Make ``clock`` say what day it is (None: the system's date again)."""
    _clock[0] = clock or dt.date.today


def parse_date(value: str | None) -> dt.date | None:
    """An ISO date ("2026-03-01") as a date; None for none or for a value that is not one."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


# -- the rules ---------------------------------------------------------------------------------


def review_overdue(journey: Journey, on: dt.date | None = None) -> bool:
    """A journey's review is overdue when its review-by date has passed and it is not retired."""
    due = parse_date(journey.review_by)
    return due is not None and journey.status != JourneyStatus.RETIRED and due < (on or today())


def action_overdue(action: CardAction | None, on: dt.date | None = None) -> bool:
    """An action is overdue when its due date has passed and it is not done."""
    if action is None or action.state == ActionState.DONE:
        return False
    due = parse_date(action.due)
    return due is not None and due < (on or today())


def can_be_action(lane: Lane | None) -> bool:
    """Only cards of an opportunities lane become actions (an action is an opportunity taken up)."""
    return lane is not None and lane.role == ACTION_ROLE


@dataclass(frozen=True)
class ActionRow:
    journey: Journey
    card: Card
    action: CardAction
    stage: str  # the stage's name ("" when the card's stage is gone)


def action_rows(journeys: Iterable[Journey]) -> list[ActionRow]:
    """Every action card of ``journeys``: open first, then in progress, then done; within a
    state by due date (none last), then in map order."""
    rows = []
    for journey in journeys:
        stages = {s.id: s.name for s in journey.stages}
        for card in journey.cards:
            if card.action is not None:
                rows.append(ActionRow(journey, card, card.action, stages.get(card.stage, "")))
    return sorted(rows, key=lambda r: (STATE_ORDER[r.action.state], r.action.due is None, r.action.due or ""))


def shown_date(iso: str | None) -> str:
    """An ISO date in the session's order ("2026-03-01"; German "01.03.2026"); "" for none."""
    if not iso:
        return ""
    return i18n.date_text(iso[:4], iso[5:7], iso[8:10]) if parse_date(iso) else iso
