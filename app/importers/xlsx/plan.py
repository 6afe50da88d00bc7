"""What a workbook import would do: the changes, each one acceptable or rejectable, and the problems.

A plan is computed from an immutable project snapshot and a workbook, and applied later
(``apply.py``) to produce new journey values. Keeping it a plain value lets the CLI print it, the
window preview it change by change, and tests compare it, without anything being written first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from app.models.entities import Card, EmotionPoint


class ChangeKind(StrEnum):
    """What one change of an import does to the journey."""

    ADD = "add"
    CHANGE = "change"
    REMOVE = "remove"
    SCORE = "score"


@dataclass(frozen=True)
class Problem:
    """A cell the import could not use; ``cell`` is an address like ``Cards!C7`` (or a sheet name)."""

    cell: str
    message: str

    def as_json(self) -> dict:
        return {"cell": self.cell, "message": self.message}


@dataclass(frozen=True)
class FieldChange:
    name: str  # "text", "stage", "votes", "score"…
    before: str  # as shown to people ("" for nothing)
    after: str


@dataclass(frozen=True)
class Change:
    """One acceptable unit: a card added, changed or removed, or one emotion score set or cleared.

    ``card`` is the card after the change (``add``/``change``) or the card that goes (``remove``).
    ``point_key`` is ``(lane, stage, persona, variant)`` and ``point`` the new point, or None to
    clear it (``score``).
    """

    kind: ChangeKind
    journey: str  # journey id
    cell: str  # where it comes from, e.g. "Cards!E7"; "" for a removal
    title: str  # one line for people: 'Card "Asks a friend…" in Search · Actions'
    fields: tuple[FieldChange, ...] = ()
    card: Card | None = None
    point_key: tuple | None = None
    point: EmotionPoint | None = None


@dataclass
class ImportPlan:
    workbook: str  # the file name, for messages
    journeys: list[str]  # ids of the journeys the workbook covers
    changes: list[Change] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def count(self, *kinds: ChangeKind) -> int:
        return sum(1 for c in self.changes if c.kind in kinds)

    @property
    def empty(self) -> bool:
        return not self.changes

    def summary(self) -> dict:
        """The CLI's JSON: removals are counted whether or not they are applied."""
        return {
            "added": self.count(ChangeKind.ADD),
            "changed": self.count(ChangeKind.CHANGE, ChangeKind.SCORE),
            "removed": self.count(ChangeKind.REMOVE),
            "problems": [p.as_json() for p in self.problems],
        }

    def default_selection(self, *, apply_removals: bool = False) -> list[Change]:
        """What is applied unless someone says otherwise: everything but removals."""
        return [c for c in self.changes if c.kind != ChangeKind.REMOVE or apply_removals]
