"""Every user-visible edit as a QUndoCommand that calls only the document's API.

A command applies itself once when pushed through ``Document.push`` (so a refused edit
raises before anything reaches the stack) and then only on redo. Commands remember what
they replaced (an old entity, an index, a removal record), so undo restores ids and order
exactly. ``gesture`` ties together the many small commands of one drag or one burst of
typing: consecutive commands with the same gesture and target merge into one undo step.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from app.document.document import Document
from app.models.entities import (
    BlueprintLine,
    Card,
    EmotionPoint,
    Journey,
    Lane,
    MetricValue,
    Persona,
    Stage,
)

NOUNS = {
    "project": "Project",
    "persona": "Persona",
    "journey": "Journey",
    "stage": "Stage",
    "lane": "Lane",
    "card": "Card",
    "emotion": "Emotion Point",
    "metric": "Metric",
    "line": "Blueprint Line",
}
MERGE_ID = 0x574D  # every mergeable command shares it; mergeWith checks gesture and target


class Command(QUndoCommand):
    def __init__(self, doc: Document, text: str, gesture: object | None = None):
        super().__init__(text)
        self.doc = doc
        self.gesture = gesture
        self.skip_next_redo = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self.skip_next_redo:
            self.skip_next_redo = False
            return
        self.doc.run_from_stack(self.apply)

    def undo(self) -> None:
        self.doc.run_from_stack(self.revert)

    def id(self) -> int:
        return MERGE_ID if self.gesture is not None else -1

    def target(self) -> object:
        return None

    def mergeWith(self, other: QUndoCommand) -> bool:
        if type(other) is not type(self) or other.gesture != self.gesture or other.target() != self.target():
            return False
        self.absorb(other)
        return True

    def absorb(self, other: Command) -> None:
        raise NotImplementedError


class Edit(Command):
    """Change fields of the project, a persona, journey, stage, lane or card."""

    def __init__(
        self,
        doc: Document,
        kind: str,
        key: object,
        changes: dict,
        *,
        gesture: object | None = None,
        text: str | None = None,
    ):
        super().__init__(doc, text or f"Edit {NOUNS[kind]}", gesture)
        current = doc.get(kind, key)
        self.kind, self.key = kind, key
        self.new = dict(changes)
        self.old = {name: getattr(current, name) for name in changes}

    def apply(self) -> None:
        self.doc.update(self.kind, self.key, self.new)

    def revert(self) -> None:
        self.doc.update(self.kind, self.key, self.old)

    def target(self) -> object:
        return (self.kind, self.key, tuple(sorted(self.new)))

    def absorb(self, other: Edit) -> None:
        self.new = other.new
        self.setObsolete(self.new == self.old)


class Insert(Command):
    """Add a persona, journey, stage, lane or card at an index (for cards: in its cell)."""

    def __init__(
        self,
        doc: Document,
        kind: str,
        item: object,
        *,
        journey: str | None = None,
        index: int | None = None,
        text: str | None = None,
    ):
        super().__init__(doc, text or f"Add {NOUNS[kind]}")
        self.kind, self.item, self.journey, self.index = kind, item, journey, index

    def apply(self) -> None:
        d, j = self.doc, self.journey
        {
            "persona": lambda: d.insert_persona(self.item, self.index),
            "journey": lambda: d.insert_journey(self.item, self.index),
            "stage": lambda: d.insert_stage(j, self.item, self.index),
            "lane": lambda: d.insert_lane(j, self.item, self.index),
            "card": lambda: d.insert_card(j, self.item, self.index),
        }[self.kind]()

    def revert(self) -> None:
        d, j, i = self.doc, self.journey, self.item.id
        {
            "persona": lambda: d.remove_persona(i),
            "journey": lambda: d.remove_journey(i),
            "stage": lambda: d.remove_stage(j, i),
            "lane": lambda: d.remove_lane(j, i),
            "card": lambda: d.remove_card(j, i),
        }[self.kind]()


class Remove(Command):
    """Delete a persona, journey, stage, lane or card with everything that hangs on it."""

    def __init__(self, doc: Document, kind: str, item_id: str, *, journey: str | None = None, text: str | None = None):
        super().__init__(doc, text or f"Delete {NOUNS[kind]}")
        self.kind, self.item_id, self.journey = kind, item_id, journey
        doc.get(kind, item_id if journey is None else (journey, item_id))  # raises if absent
        self.removal: object = None

    def apply(self) -> None:
        d, j, i = self.doc, self.journey, self.item_id
        self.removal = {
            "persona": lambda: d.remove_persona(i),
            "journey": lambda: d.remove_journey(i),
            "stage": lambda: d.remove_stage(j, i),
            "lane": lambda: d.remove_lane(j, i),
            "card": lambda: d.remove_card(j, i),
        }[self.kind]()

    def revert(self) -> None:
        d, j, r = self.doc, self.journey, self.removal
        {
            "persona": lambda: d.insert_persona(r.persona, r.index, restore=r),
            "journey": lambda: d.insert_journey(r.journey, r.index),
            "stage": lambda: d.insert_stage(j, r.stage, r.index, r.contents),
            "lane": lambda: d.insert_lane(j, r.lane, r.index, r.contents),
            "card": lambda: d.insert_card(j, r[0], r[1]),
        }[self.kind]()


class Move(Command):
    """Reorder a persona, journey, stage or lane; a header drag is one step."""

    def __init__(self, doc: Document, kind: str, key: object, index: int, *, text: str | None = None):
        super().__init__(doc, text or f"Move {NOUNS[kind]}")
        self.kind, self.key, self.index = kind, key, index
        item = doc.get(kind, key)  # raises EditError when it does not exist
        items = {
            "persona": lambda: doc.project.personas,
            "journey": lambda: doc.project.journeys,
            "stage": lambda: doc.journey(key[0]).stages,
            "lane": lambda: doc.journey(key[0]).lanes,
        }[kind]()
        self.old_index = items.index(item)

    def apply(self) -> None:
        self.doc.move(self.kind, self.key, self.index)

    def revert(self) -> None:
        self.doc.move(self.kind, self.key, self.old_index)


class MoveCard(Command):
    """Move a card to another cell, or to another place in its cell."""

    def __init__(
        self,
        doc: Document,
        journey: str,
        card_id: str,
        lane: str,
        stage: str,
        index: int | None = None,
        *,
        gesture: object | None = None,
    ):
        super().__init__(doc, "Move Card", gesture)
        card = doc.card(journey, card_id)
        self.journey, self.card_id = journey, card_id
        self.old = (card.lane, card.stage, doc.card_index(journey, card_id))
        self.new = (lane, stage, index)

    def apply(self) -> None:
        self.doc.move_card(self.journey, self.card_id, *self.new)

    def revert(self) -> None:
        self.doc.move_card(self.journey, self.card_id, *self.old)

    def target(self) -> object:
        return (self.journey, self.card_id)

    def absorb(self, other: MoveCard) -> None:
        self.new = other.new


class SetValue(Command):
    """Add or change an emotion point or a metric value; a drag or typing is one step."""

    noun = ""

    def __init__(
        self, doc: Document, journey: str, value: EmotionPoint | MetricValue, *, gesture: object | None = None
    ):
        self.old = self._get(doc, journey, value.key)
        super().__init__(doc, f"{'Change' if self.old else 'Add'} {self.noun}", gesture)
        self.journey, self.new = journey, value

    @staticmethod
    def _get(doc, journey, key):
        raise NotImplementedError

    def _set(self, value) -> None:
        raise NotImplementedError

    def _remove(self, key) -> None:
        raise NotImplementedError

    def apply(self) -> None:
        self._set(self.new)

    def revert(self) -> None:
        if self.old is None:
            self._remove(self.new.key)
        else:
            self._set(self.old)

    def target(self) -> object:
        return (self.journey, self.new.key)

    def absorb(self, other: SetValue) -> None:
        self.new = other.new
        self.setObsolete(self.old == self.new)


class EmotionValues:
    """How Set/Remove commands reach emotion points in the document."""

    noun = "Emotion Point"
    _get = staticmethod(lambda doc, journey, key: doc.emotion(journey, key))

    def _set(self, value) -> None:
        self.doc.set_emotion(self.journey, value)

    def _remove(self, key) -> None:
        self.doc.remove_emotion(self.journey, key)


class MetricValues:
    """How Set/Remove commands reach metric values in the document."""

    noun = "Metric"
    _get = staticmethod(lambda doc, journey, key: doc.metric(journey, key))

    def _set(self, value) -> None:
        self.doc.set_metric(self.journey, value)

    def _remove(self, key) -> None:
        self.doc.remove_metric(self.journey, key)


class RemoveValue(Command):
    """Delete an emotion point or a metric value; undo puts the same one back."""

    noun = ""

    def __init__(self, doc: Document, journey: str, key: tuple):
        super().__init__(doc, f"Delete {self.noun}")
        self.journey, self.key = journey, tuple(key)
        self.old = self._get(doc, journey, self.key)

    def apply(self) -> None:
        self._remove(self.key)

    def revert(self) -> None:
        self._set(self.old)


class SetEmotion(EmotionValues, SetValue):
    pass


class RemoveEmotion(EmotionValues, RemoveValue):
    pass


class SetMetric(MetricValues, SetValue):
    pass


class RemoveMetric(MetricValues, RemoveValue):
    pass


class AddLine(Command):
    def __init__(self, doc: Document, journey: str, line: BlueprintLine):
        super().__init__(doc, "Add Blueprint Line")
        self.journey, self.line = journey, line

    def apply(self) -> None:
        self.doc.add_line(self.journey, self.line)

    def revert(self) -> None:
        self.doc.remove_line(self.journey, self.line.key)


class RemoveLine(Command):
    def __init__(self, doc: Document, journey: str, key: tuple):
        super().__init__(doc, "Delete Blueprint Line")
        self.journey, self.key, self.line = journey, tuple(key), None

    def apply(self) -> None:
        self.line = self.doc.remove_line(self.journey, self.key)

    def revert(self) -> None:
        self.doc.add_line(self.journey, self.line)


class ReplaceJourneys(Command):
    """Swap whole journeys for new values (a workbook import): one undo step however many changes."""

    def __init__(self, doc: Document, journeys: list[Journey], text: str):
        super().__init__(doc, text)
        self.new = list(journeys)
        self.old: list[Journey] = []

    def apply(self) -> None:
        self.old = self.doc.replace_journeys(self.new)

    def revert(self) -> None:
        self.doc.replace_journeys(self.old)


# Readable constructors for the common edits.


def add_card(doc: Document, journey: str, card: Card, index: int | None = None) -> Insert:
    return Insert(doc, "card", card, journey=journey, index=index)


def add_stage(doc: Document, journey: str, stage: Stage, index: int | None = None) -> Insert:
    return Insert(doc, "stage", stage, journey=journey, index=index)


def add_lane(doc: Document, journey: str, lane: Lane, index: int | None = None) -> Insert:
    return Insert(doc, "lane", lane, journey=journey, index=index)


def add_persona(doc: Document, persona: Persona, index: int | None = None) -> Insert:
    return Insert(doc, "persona", persona, index=index)


def add_journey(doc: Document, journey: Journey, index: int | None = None) -> Insert:
    return Insert(doc, "journey", journey, index=index)
