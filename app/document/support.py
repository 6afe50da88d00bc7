"""Small pieces shared by the document's edit primitives."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from app.models.entities import Card, Journey
from app.models.errors import WaymarkError
from app.models.ids import new_id  # noqa: F401 - re-exported: the document's edits use it
from app.models.rules import rule_error_from_pydantic


class EditError(WaymarkError):
    """An edit that would break a rule; the document is unchanged."""


ModelT = TypeVar("ModelT", bound=BaseModel)


def validated(model: type[ModelT], data: dict[str, Any], where: str) -> ModelT:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise EditError(str(rule_error_from_pydantic(exc, prefix=where))) from None


def insert_in_cell(journey: Journey, card: Card, index: int) -> None:
    """Insert into the flat card list so that ``card`` is number ``index`` of its cell."""
    seen = 0
    last = None
    for pos, other in enumerate(journey.cards):
        if other.lane == card.lane and other.stage == card.stage:
            if seen == index:
                journey.cards.insert(pos, card)
                return
            seen += 1
            last = pos
    journey.cards.insert(len(journey.cards) if last is None else last + 1, card)


def drop_cells(journey: Journey, hit: Callable[[str, str], bool]) -> None:
    journey.cards[:] = [c for c in journey.cards if not hit(c.lane, c.stage)]
    journey.emotions[:] = [e for e in journey.emotions if not hit(e.lane, e.stage)]
    journey.metrics[:] = [m for m in journey.metrics if not hit(m.lane, m.stage)]


def index_of(items: list[Any], item: object) -> int:
    """The position of ``item`` itself (by identity). ``list.index`` compares with ``==``, which for
    pydantic models compares every field of every earlier entry: ~17 ms per edit at 10,000 cards."""
    for i, other in enumerate(items):
        if other is item:
            return i
    raise ValueError("not in the list")


ItemT = TypeVar("ItemT")


def reordered(items: list[ItemT], item: ItemT, index: int) -> tuple[list[ItemT], int] | None:
    """``items`` with ``item`` moved to ``index`` (clamped), and that index; None if it is there
    already. The one reordering of personas, journeys, stages and lanes."""
    index = max(0, min(index, len(items) - 1))
    if items.index(item) == index:
        return None
    order = [i for i in items if i is not item]
    order.insert(index, item)
    return order, index
