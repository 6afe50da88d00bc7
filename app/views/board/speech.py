"""What a screen reader says about the board: the current card or cell, as the view's
accessible name and description.

A QGraphicsView's items are not accessible objects, so a reader focused on the board would
only ever hear "graphics view". Instead the view's own name follows the keyboard: the text
of the one selected card (its stage and lane in the description), a header's name, an
emotion point's score, or the cell cursor's cell ("Stage Buy, lane Actions, empty"). When
that changes, NameChanged and DescriptionChanged events tell the reader to speak it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAccessible, QAccessibleEvent

from app.i18n import translate
from app.models.entities import Journey
from app.models.refs import CardRef, EmotionRef, ItemRef, LaneRef, MetricRef, StageRef
from app.views.board.evidence_badges import evidence_of, evidence_words

if TYPE_CHECKING:
    from app.views.board.view import BoardView


def board_name() -> str:
    return translate("BoardSpeech", "Journey board")


def board_help() -> str:
    return translate(
        "BoardSpeech",
        "Arrow keys move between cells, Tab between cards; Enter or typing adds a card, F2 edits, Menu opens actions",
    )


def where(journey: Journey, lane_id: str, stage_id: str) -> str:
    stage, lane = journey.stage(stage_id), journey.lane(lane_id)
    return translate("BoardSpeech", "Stage {stage}, lane {lane}").format(
        stage=stage.name if stage else "", lane=lane.name if lane else ""
    )


def _cell_text(journey: Journey, cell: tuple[str, str]) -> str:
    lane_id, stage_id = cell
    count = len(journey.cards_in_cell(lane_id, stage_id))
    place = where(journey, lane_id, stage_id)
    if count == 0:
        return translate("BoardSpeech", "{place}, empty").format(place=place)
    if count == 1:
        return translate("BoardSpeech", "{place}, 1 card").format(place=place)
    return translate("BoardSpeech", "{place}, {count} cards").format(place=place, count=count)


def _ref_text(view: BoardView, journey: Journey, ref: ItemRef) -> tuple[str, str] | None:
    """(name, description) of one selected item, or None when it has nothing to say."""
    if isinstance(ref, CardRef):
        card = journey.card(ref.card_id)
        if card is None:
            return None
        cards = journey.cards_in_cell(card.lane, card.stage)
        place = translate("BoardSpeech", "{place}, card {n} of {count}").format(
            place=where(journey, card.lane, card.stage), n=cards.index(card) + 1, count=len(cards)
        )
        evidence = evidence_words(evidence_of(card))
        if evidence:  # "…, card 1 of 2; 1 image, 2 links, 3 comments"
            place = translate("BoardSpeech", "{place}; {evidence}").format(place=place, evidence=evidence)
        return (card.text.strip() or translate("BoardSpeech", "Empty card")), place
    if isinstance(ref, StageRef):
        stage = journey.stage(ref.stage_id)
        return (translate("BoardSpeech", "Stage {name}").format(name=stage.name), stage.description) if stage else None
    if isinstance(ref, LaneRef):
        lane = journey.lane(ref.lane_id)
        return (translate("BoardSpeech", "Lane {name}").format(name=lane.name), "") if lane else None
    if isinstance(ref, EmotionRef):
        point = view.doc.get(ref)
        if point is None:
            return None
        name = translate("BoardSpeech", "Emotion {score}").format(score=f"{point.score:+g}")
        if point.note:
            name = translate("BoardSpeech", "{emotion}: {note}").format(emotion=name, note=point.note)
        return name, where(journey, ref.lane_id, ref.stage_id)
    if isinstance(ref, MetricRef):
        metric = view.doc.get(ref)
        value = "" if metric is None or metric.value is None else f"{metric.value:g}"
        name = (
            translate("BoardSpeech", "Value {value}").format(value=value)
            if value
            else translate("BoardSpeech", "No value")
        )
        return name, where(journey, ref.lane_id, ref.stage_id)
    return None


def spoken(view: BoardView) -> tuple[str, str]:
    """(accessible name, description) of the board as it stands: the selection, else the cell."""
    journey = view.board.journey()
    if journey is None:
        return board_name(), board_help()
    refs = view.board.selected_refs()
    if len(refs) == 1:
        said = _ref_text(view, journey, refs[0])
        if said is not None:
            return said
    elif len(refs) > 1:
        return translate("BoardSpeech", "{count} items selected").format(count=len(refs)), board_help()
    cell = view.current_cell or view.first_cell()
    if cell is None:
        return board_name(), board_help()
    return _cell_text(journey, cell), board_help()


def notify(view: BoardView, event: QAccessible.Event) -> None:
    """Tell assistive technology that the view's ``event`` happened (a seam for tests)."""
    QAccessible.updateAccessibility(QAccessibleEvent(view, event))


def speak(view: BoardView) -> None:
    """Set the view's accessible name and description from ``spoken`` and, when they change,
    send the events a reader listens for."""
    name, description = spoken(view)
    if name != view.accessibleName():
        view.setAccessibleName(name)
        notify(view, QAccessible.Event.NameChanged)
    if description != view.accessibleDescription():
        view.setAccessibleDescription(description)
        notify(view, QAccessible.Event.DescriptionChanged)
