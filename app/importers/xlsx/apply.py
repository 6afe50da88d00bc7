"""Turning the accepted changes of a plan into new journey values.

The result is whole journeys, so the document can swap them in one transaction and one undo
step, and the CLI can write them with the same repository call.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.i18n import translate
from app.importers.xlsx.plan import Change, ChangeKind
from app.models.entities import Journey, Project
from app.models.errors import DocumentRuleError, WaymarkError
from app.models.rules import check_journey


class ImportError_(WaymarkError):  # noqa: N801 - the builtin ImportError means something else
    """The accepted changes cannot be applied (the project changed since the plan was made)."""


def apply_changes(project: Project, changes: Iterable[Change]) -> list[Journey]:
    """New values of every journey the changes touch, in project order; ``project`` is not modified.

    Added cards go to the end of their cell; a card whose stage or lane changed moves to the end
    of its new cell; other changed cards keep their place.
    """
    by_journey: dict[str, list[Change]] = {}
    for change in changes:
        by_journey.setdefault(change.journey, []).append(change)
    result = []
    persona_ids = {p.id for p in project.personas}
    for journey in project.journeys:
        todo = by_journey.pop(journey.id, None)
        if todo:
            new = _apply_to_journey(journey, todo)
            try:
                check_journey(new, persona_ids, path=f"journey '{journey.name}'")
            except DocumentRuleError as exc:
                raise ImportError_(
                    translate("WorkbookImport", "the import cannot be applied: {exc}").format(exc=exc)
                ) from None
            result.append(new)
    if by_journey:
        missing = ", ".join(sorted(by_journey))
        raise ImportError_(
            translate("WorkbookImport", "the import cannot be applied: no journey {missing} (was it deleted?)").format(
                missing=missing
            )
        )
    return result


def _apply_to_journey(journey: Journey, changes: list[Change]) -> Journey:
    cards = {c.id: c for c in journey.cards}
    order = [c.id for c in journey.cards]
    moved: list[str] = []
    points = {p.key: p for p in journey.emotions}
    for change in changes:
        if change.kind == ChangeKind.ADD:
            card = change.card
            if card.id in cards:
                raise ImportError_(
                    translate("WorkbookImport", "the import cannot be applied: card id '{id}' is taken").format(
                        id=card.id
                    )
                )
            cards[card.id] = card
            moved.append(card.id)
        elif change.kind == ChangeKind.CHANGE:
            card = change.card
            old = cards.get(card.id)
            if old is None:
                raise ImportError_(
                    translate("WorkbookImport", "the import cannot be applied: card '{id}' is gone").format(id=card.id)
                )
            cards[card.id] = card
            if (old.lane, old.stage) != (card.lane, card.stage):
                order.remove(card.id)
                moved.append(card.id)
        elif change.kind == ChangeKind.REMOVE:
            if cards.pop(change.card.id, None) is not None:
                order.remove(change.card.id)
        elif change.kind == ChangeKind.SCORE:
            if change.point is None:
                points.pop(change.point_key, None)
            else:
                points[change.point_key] = change.point
    return journey.model_copy(
        update={
            "cards": [cards[i] for i in order + moved],
            "emotions": list(points.values()),
        }
    )
