"""Every user-visible edit as a QUndoCommand that calls only the document's API.

A command is pushed through ``Document.push``, which brings it into effect (a refused edit
raises there, before the undo stack is touched) and records it (see app/document/document.py
for the whole path). Commands remember what they replaced (an
old entity, an index, a removal record), so undo restores ids and order exactly. ``gesture``
ties together the many small commands of one drag or one burst of typing: consecutive
commands with the same gesture and target merge into one undo step. ``Composite`` makes
several steps one undo step and one transaction, all or nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtGui import QUndoCommand

from app.document.document import Document
from app.document.removals import Removal
from app.i18n import translate
from app.models.entities import BlueprintLine, Card, EmotionPoint, Journey, Lane, MetricValue, Persona, Stage
from app.models.refs import (
    CardRef,
    EditableRef,
    JourneyRef,
    LaneRef,
    OrderedRef,
    PersonaRef,
    Ref,
    StageRef,
    emotion_ref,
    line_ref,
    metric_ref,
)

MERGE_ID = 0x574D  # every mergeable command shares it; mergeWith checks gesture and target


class Command(QUndoCommand):
    """One undoable edit. ``in_effect`` says whether the document holds its result: undo and
    redo move it between the two states, and each does nothing if already there."""

    def __init__(self, doc: Document, text: str, gesture: object | None = None):
        super().__init__(text)
        self.doc = doc
        self.gesture = gesture
        self.in_effect = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def do(self) -> None:
        """Bring the document to the state after this command; a refusal raises, nothing changed."""
        if not self.in_effect:
            self.apply()
            self.in_effect = True

    def redo(self) -> None:
        self.doc.run_step(self.do)

    def undo(self) -> None:
        def step() -> None:
            if self.in_effect:
                self.revert()
                self.in_effect = False

        self.doc.run_step(step)

    def id(self) -> int:
        return MERGE_ID if self.gesture is not None else -1

    def target(self) -> object:
        return None

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            type(other) is not type(self)
            or not isinstance(other, Command)
            or other.gesture != self.gesture
            or other.target() != self.target()
        ):
            return False
        self.absorb(other)
        return True

    def absorb(self, other: Any) -> None:
        raise NotImplementedError


class Edit(Command):
    """Change fields of the project, a persona, journey, stage, lane or card."""

    def __init__(
        self,
        doc: Document,
        ref: EditableRef,
        changes: dict[str, Any],
        *,
        gesture: object | None = None,
        text: str | None = None,
    ):
        super().__init__(doc, text or translate("Commands", "Edit {noun}").format(noun=ref.kind.noun), gesture)
        current = doc.get(ref)
        self.ref = ref
        self.new = dict(changes)
        self.old = {name: getattr(current, name) for name in changes}

    def apply(self) -> None:
        self.doc.update(self.ref, self.new)

    def revert(self) -> None:
        self.doc.update(self.ref, self.old)

    def target(self) -> object:
        return (self.ref, tuple(sorted(self.new)))

    def absorb(self, other: Edit) -> None:
        self.new = other.new
        self.setObsolete(self.new == self.old)


class Insert(Command):
    """Add a persona, journey, stage, lane, card or blueprint line at an index (cards: in their cell)."""

    def __init__(
        self,
        doc: Document,
        ref: Ref,
        item: Any,
        *,
        index: int | None = None,
        text: str | None = None,
        gesture: object | None = None,
    ):
        super().__init__(doc, text or translate("Commands", "Add {noun}").format(noun=ref.kind.noun), gesture)
        self.ref, self.item, self.index = ref, item, index

    def apply(self) -> None:
        self.doc.insert(self.ref, self.item, self.index)

    def revert(self) -> None:
        self.doc.remove(self.ref)

    def mergeWith(self, other: QUndoCommand) -> bool:
        """An item added and then edited in one gesture (a card dropped from the palette and typed
        into) is one "Add" step holding the edited item: undo removes it, redo puts it back edited."""
        if isinstance(other, Edit) and other.gesture is not None and other.gesture == self.gesture:
            if other.ref == self.ref:
                self.item = self.doc.get(self.ref)
                return True
        return False


class Remove(Command):
    """Delete anything with everything that hangs on it; undo puts back the same ids in place."""

    def __init__(self, doc: Document, ref: Ref, *, text: str | None = None):
        super().__init__(doc, text or translate("Commands", "Delete {noun}").format(noun=ref.kind.noun))
        doc.get(ref)  # raises EditError when it does not exist
        self.ref = ref
        self.removal: Removal | None = None

    def apply(self) -> None:
        self.removal = self.doc.remove(self.ref)

    def revert(self) -> None:
        removal = self.removal
        assert removal is not None
        self.doc.insert(self.ref, removal.item, removal.index, removal)


class Move(Command):
    """Reorder a persona, journey, stage or lane; a header drag is one step."""

    def __init__(self, doc: Document, ref: OrderedRef, index: int, *, text: str | None = None):
        super().__init__(doc, text or translate("Commands", "Move {noun}").format(noun=ref.kind.noun))
        self.ref, self.index = ref, index
        self.old_index = doc.index(ref)  # raises EditError when it does not exist

    def apply(self) -> None:
        self.doc.move(self.ref, self.index)

    def revert(self) -> None:
        self.doc.move(self.ref, self.old_index)


class MoveCard(Command):
    """Move a card to another cell, or to another place in its cell."""

    def __init__(
        self,
        doc: Document,
        ref: CardRef,
        lane: str,
        stage: str,
        index: int | None = None,
        *,
        gesture: object | None = None,
    ):
        super().__init__(doc, translate("Commands", "Move Card"), gesture)
        card = doc.get(ref)
        self.ref = ref
        self.old: tuple[str, str, int | None] = (card.lane, card.stage, doc.card_index(ref))
        self.new: tuple[str, str, int | None] = (lane, stage, index)

    def apply(self) -> None:
        self.doc.move_card(self.ref, *self.new)

    def revert(self) -> None:
        self.doc.move_card(self.ref, *self.old)

    def target(self) -> object:
        return self.ref

    def absorb(self, other: MoveCard) -> None:
        self.new = other.new


class SetValue(Command):
    """Add or change an emotion point or a metric value; a drag or typing is one step."""

    def __init__(
        self,
        doc: Document,
        journey: str,
        value: EmotionPoint | MetricValue,
        *,
        gesture: object | None = None,
    ):
        self.ref = (
            emotion_ref(journey, value.key) if isinstance(value, EmotionPoint) else metric_ref(journey, value.key)
        )
        old = doc.emotion(journey, value.key) if isinstance(value, EmotionPoint) else doc.metric(journey, value.key)
        super().__init__(doc, f"{'Change' if old else 'Add'} {self.ref.kind.noun}", gesture)
        self.journey, self.old, self.new = journey, old, value

    def apply(self) -> None:
        self.doc.set_value(self.journey, self.new)

    def revert(self) -> None:
        if self.old is None:
            self.doc.remove(self.ref)
        else:
            self.doc.set_value(self.journey, self.old)

    def target(self) -> object:
        return self.ref

    def absorb(self, other: SetValue) -> None:
        self.new = other.new
        self.setObsolete(self.old == self.new)


class SetEmotion(SetValue):
    def __init__(self, doc: Document, journey: str, value: EmotionPoint, *, gesture: object | None = None):
        super().__init__(doc, journey, value, gesture=gesture)


class SetMetric(SetValue):
    def __init__(self, doc: Document, journey: str, value: MetricValue, *, gesture: object | None = None):
        super().__init__(doc, journey, value, gesture=gesture)


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


class Composite(Command):
    """Several steps as one undo step, in one transaction: all of them or none.

    ``steps`` is called once, on the first apply, and may yield each step lazily, so a step can
    be built from the document as the steps before it left it (a card's index in a cell after
    the cards moved before it). If any step is refused, the steps already applied are reverted
    in memory, the transaction is discarded and the refusal raised: no rows, no undo step."""

    def __init__(self, doc: Document, text: str, steps: Callable[[], Iterable[Command]]):
        super().__init__(doc, text)
        self._build: Callable[[], Iterable[Command]] | None = steps
        self.steps: list[Command] = []

    def apply(self) -> None:
        build, self._build = self._build, None
        done: list[Command] = []
        with self.doc.one_transaction():
            try:
                for step in build() if build is not None else self.steps:
                    step.apply()
                    done.append(step)
            except BaseException:
                with self.doc.rolling_back():
                    for step in reversed(done):
                        step.revert()
                if build is not None:
                    self._build = build
                raise
        self.steps = done
        if not done:
            self.setObsolete(True)  # nothing to do: no undo step

    def revert(self) -> None:
        with self.doc.one_transaction():
            for step in reversed(self.steps):
                step.revert()


# Readable constructors for the common edits.


def add_card(
    doc: Document, journey: str, card: Card, index: int | None = None, *, gesture: object | None = None
) -> Insert:
    return Insert(doc, CardRef(journey, card.id), card, index=index, gesture=gesture)


def add_stage(doc: Document, journey: str, stage: Stage, index: int | None = None) -> Insert:
    return Insert(doc, StageRef(journey, stage.id), stage, index=index)


def add_lane(doc: Document, journey: str, lane: Lane, index: int | None = None) -> Insert:
    return Insert(doc, LaneRef(journey, lane.id), lane, index=index)


def add_persona(doc: Document, persona: Persona, index: int | None = None, text: str | None = None) -> Insert:
    return Insert(doc, PersonaRef(persona.id), persona, index=index, text=text)


def add_journey(doc: Document, journey: Journey, index: int | None = None, text: str | None = None) -> Insert:
    return Insert(doc, JourneyRef(journey.id), journey, index=index, text=text)


def add_line(doc: Document, journey: str, line: BlueprintLine) -> Insert:
    return Insert(doc, line_ref(journey, line.key), line)
