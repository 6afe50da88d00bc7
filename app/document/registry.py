"""What the one map from a ``Kind`` to its table (``Document.registry``) promises of every table.

Every change of the project goes ``Document.get/insert/update/remove/move(ref, …)`` →
``registry[ref.kind]`` → a table below ``app/document/*_tables.py``, whose method validates,
writes the session's working copy, changes memory and emits the past-tense signal carrying the
ref. A table is a plain object holding the document (no mixin), one per kind.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from app.document.removals import Removal


class Table(Protocol):
    """What every kind offers. ``index`` counts in the thing's own list (a card: its cell)."""

    def get(self, ref: Any) -> Any: ...

    def insert(self, ref: Any, item: Any, index: int | None = None, restore: Removal | None = None) -> None: ...

    def update(self, ref: Any, changes: dict[str, Any]) -> None: ...

    def remove(self, ref: Any) -> Removal: ...


class OrderedTable(Table, Protocol):
    """Kinds with a place in an ordered list: personas, journeys, stages, lanes."""

    def index(self, ref: Any) -> int: ...

    def move(self, ref: Any, index: int) -> None: ...
