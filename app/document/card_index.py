"""Where each card of a journey is, kept beside the journey's flat card list.

At the stated limits (50,000 cards) every scan of ``journey.cards`` in Python costs about
10 ms, and an edit used to make several (its cell, its place, the card by id, the flat
position). The index answers those from dicts; the card table keeps it up to date on its
own edits, and any other change of the list (a stage or lane removed with its cells, a
journey replaced) is caught by the list's identity and length, or by ``CardIndexes.forget``.
"""

from __future__ import annotations

from app.models.entities import Card, Journey

Cell = tuple[str, str]


class CardIndex:
    def __init__(self, journey: Journey):
        self.cards = journey.cards
        self.cells: dict[Cell, list[str]] = {}
        self.by_id: dict[str, Card] = {}
        for card in journey.cards:
            self.cells.setdefault((card.lane, card.stage), []).append(card.id)
            self.by_id[card.id] = card
        self.size = len(journey.cards)

    def fits(self, journey: Journey) -> bool:
        return journey.cards is self.cards and len(journey.cards) == self.size

    def cell(self, lane: str, stage: str) -> list[str]:
        """The ids of a cell, top to bottom (a copy)."""
        return list(self.cells.get((lane, stage), ()))

    def place(self, card: Card) -> int:
        return self.cells[(card.lane, card.stage)].index(card.id)

    def flat_position(self, card: Card) -> int:
        """Where ``card`` itself is in the flat list (identity, not equality: see support.index_of)."""
        ids = list(map(id, self.cards))
        return ids.index(id(card))

    # Kept in step with the card table's edits of the flat list.

    def inserted(self, card: Card, index: int) -> None:
        self.cells.setdefault((card.lane, card.stage), []).insert(index, card.id)
        self.by_id[card.id] = card
        self.size += 1

    def removed(self, card: Card) -> None:
        ids = self.cells[(card.lane, card.stage)]
        ids.remove(card.id)
        if not ids:
            del self.cells[(card.lane, card.stage)]
        del self.by_id[card.id]
        self.size -= 1

    def replaced(self, new: Card) -> None:
        self.by_id[new.id] = new


def insert_at(journey: Journey, index: CardIndex, card: Card, place: int) -> None:
    """Insert ``card`` into the flat list as number ``place`` of its cell (after its upper
    neighbour, or before its lower one, or at the end for a cell of its own)."""
    ids = index.cells.get((card.lane, card.stage), [])
    if place < len(ids):
        pos = index.flat_position(index.by_id[ids[place]])
    elif ids:
        pos = index.flat_position(index.by_id[ids[-1]]) + 1
    else:
        pos = len(journey.cards)
    journey.cards.insert(pos, card)
    index.inserted(card, place)


class CardIndexes:
    """One index per journey, made when first needed."""

    def __init__(self) -> None:
        self._by_journey: dict[str, CardIndex] = {}

    def of(self, journey: Journey) -> CardIndex:
        index = self._by_journey.get(journey.id)
        if index is None or not index.fits(journey):
            index = self._by_journey[journey.id] = CardIndex(journey)
        return index

    def forget(self, journey_id: str) -> None:
        self._by_journey.pop(journey_id, None)
