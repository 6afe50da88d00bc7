"""The open project: the single source of truth, and the only code that changes it.

The one edit path, from a gesture to the stored row and back to every view::

    view gesture ─► Document.push(command)          (a QUndoCommand from app/document/commands.py)
                     ├► command.do() ─► command.apply()
                     │    └► Document.update/insert/remove/move(ref, …)
                     │         └► registry[ref.kind] (a table in app/document/*_tables.py):
                     │              validate ─► write the working copy (one transaction)
                     │              ─► change memory ─► emit a past-tense signal carrying the ref
                     │                   └► every view (board, inspector, panels) re-reads the
                     │                      document for that ref and shows it
                     └► QUndoStack.push(command)     (records it; its redo finds it in effect)

A refused edit raises in ``apply`` and out of ``push`` to the gesture: nothing is written,
nothing changes, no undo step. Undo and redo run the same path backwards and forwards. Views never suppress the echo of their own
edit: showing a value that is already shown changes nothing.

What is immutable: entities (Card, Stage, Persona…) are values — an edit replaces the object,
so a command can keep an old entity to restore it exactly. What is not: the lists holding them
(``project.personas``, ``journey.cards``…) are the document's own copies and are edited in place;
never hand them out to be kept — exporters take ``snapshot()``.
Cascades are implied by a signal: ``stage_removed`` means its cards and points went too, and
``stage_added`` brings back everything it held.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack

from app.document.cell_tables import CardTable, EmotionTable, LineTable, MetricTable
from app.document.grid_tables import LaneTable, StageTable
from app.document.project_tables import JourneyTable, PersonaTable, ProjectTable, own_project
from app.document.registry import OrderedTable, Table
from app.document.removals import Removal
from app.document.session_tables import SessionTable
from app.document.snapshot_tables import SnapshotTable
from app.document.support import EditError
from app.i18n import translate
from app.models.entities import (
    BlueprintLine,
    Card,
    EmotionPoint,
    Journey,
    Lane,
    MetricValue,
    Persona,
    Project,
    ProjectInfo,
    Snapshot,
    Stage,
    VotingSession,
)
from app.models.errors import WaymarkError
from app.models.refs import (
    CardRef,
    EmotionRef,
    JourneyRef,
    Kind,
    LaneRef,
    LineRef,
    MetricRef,
    OrderedRef,
    PersonaRef,
    ProjectRef,
    Ref,
    SessionRef,
    SnapshotRef,
    StageRef,
)
from app.models.session import ProjectSession

if TYPE_CHECKING:
    from app.document.commands import Command


class Document(QObject):
    project_changed = Signal()
    persona_added = Signal(PersonaRef, int)
    persona_removed = Signal(PersonaRef)
    persona_changed = Signal(PersonaRef)
    persona_moved = Signal(PersonaRef, int)
    journey_added = Signal(JourneyRef, int)
    journey_removed = Signal(JourneyRef)
    journey_changed = Signal(JourneyRef)
    journey_moved = Signal(JourneyRef, int)
    stage_added = Signal(StageRef, int)
    stage_removed = Signal(StageRef)
    stage_changed = Signal(StageRef)
    stage_moved = Signal(StageRef, int)
    lane_added = Signal(LaneRef, int)
    lane_removed = Signal(LaneRef)
    lane_changed = Signal(LaneRef)
    lane_moved = Signal(LaneRef, int)
    card_added = Signal(CardRef)
    card_removed = Signal(CardRef)
    card_changed = Signal(CardRef)
    card_moved = Signal(CardRef)
    emotion_changed = Signal(EmotionRef)  # added, changed or removed
    metric_changed = Signal(MetricRef)
    line_added = Signal(LineRef)
    line_removed = Signal(LineRef)
    session_added = Signal(SessionRef)
    session_removed = Signal(SessionRef)
    session_changed = Signal(SessionRef)  # a ballot, a tally, the reveal…
    snapshot_added = Signal(SnapshotRef)
    snapshot_removed = Signal(SnapshotRef)
    snapshot_changed = Signal(SnapshotRef)  # renamed or its note edited
    modified_changed = Signal(bool)
    file_changed = Signal()  # path, title or read-only state
    edit_failed = Signal(str)

    def __init__(self, session: ProjectSession, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        if session.project is None:
            raise EditError(translate("Document", "the project is closed"))
        self.project = own_project(session.project)
        self.undo_stack = QUndoStack(self)
        self.cards, self.stages, self.lanes = CardTable(self), StageTable(self), LaneTable(self)
        self.personas, self.journeys = PersonaTable(self), JourneyTable(self)
        self.emotions, self.metrics, self.lines = EmotionTable(self), MetricTable(self), LineTable(self)
        self.sessions = SessionTable(self)
        self.snapshots = SnapshotTable(self)
        # The one registry: a kind to the table that gets, inserts, updates and removes it.
        self.registry: dict[Kind, Table] = {
            Kind.PROJECT: ProjectTable(self),
            Kind.PERSONA: self.personas,
            Kind.JOURNEY: self.journeys,
            Kind.STAGE: self.stages,
            Kind.LANE: self.lanes,
            Kind.CARD: self.cards,
            Kind.EMOTION: self.emotions,
            Kind.METRIC: self.metrics,
            Kind.LINE: self.lines,
            Kind.SESSION: self.sessions,
            Kind.SNAPSHOT: self.snapshots,
        }
        self.ordered: dict[Kind, OrderedTable] = {
            Kind.PERSONA: self.personas,
            Kind.JOURNEY: self.journeys,
            Kind.STAGE: self.stages,
            Kind.LANE: self.lanes,
        }
        self._history_broken = False
        self._transaction: Any = None  # the open connection while a composite edit runs
        self._rolling_back = False
        # A slot of the document, not a lambda: Qt drops a receiver's connections when it is
        # destroyed, so the stack's last cleanChanged (as the document is torn down at exit)
        # reaches nothing instead of a deleted document.
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        if session.recovered:
            self.undo_stack.resetClean()

    @Slot(bool)
    def _clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(self._history_broken or not clean)

    # -- opening, saving, closing ---------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> Document:
        return cls(ProjectSession.open(path, read_only=read_only))

    @classmethod
    def new(cls, project: Project, *, title: str | None = None) -> Document:
        return cls(ProjectSession.create(project, title=title))

    @property
    def path(self) -> Path | None:
        return self.session.path

    @property
    def title(self) -> str:
        return self.session.title

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    @property
    def modified(self) -> bool:
        return self._history_broken or not self.undo_stack.isClean()

    def save(self, path: Path | None = None, *, overwrite: bool = False) -> Path:
        """``overwrite``: save even if another program changed the file since it was opened."""
        saved = self.session.save(path, overwrite=overwrite)
        self._history_broken = False
        self.undo_stack.setClean()
        self.modified_changed.emit(self.modified)
        self.file_changed.emit()
        return saved

    def close(self) -> None:
        self.undo_stack.clear()
        self.session.close()

    def snapshot(self) -> Project:
        """A copy of the project that later edits never reach (for exporters and threads)."""
        return own_project(self.project)

    # -- the undo stack: every edit enters here --------------------------------------------

    def push(self, command: Command) -> None:
        """Bring ``command`` into effect and record it as one undo step.

        A refused edit raises from ``command.do()`` before the stack is touched, so it leaves
        no step and keeps the redo history; Qt's push then calls ``redo``, which finds the
        command already in effect."""
        command.do()
        self.undo_stack.push(command)

    def run_step(self, step: Callable[[], None]) -> None:
        """Run an undo or redo for Qt, which cannot take an exception.

        A refusal here means the file and memory disagree about history: it is reported and the
        history dropped; the document itself stays consistent because every primitive validates
        before it writes."""
        try:
            step()
        except WaymarkError as exc:
            self._history_broken = True
            self.edit_failed.emit(str(exc))
            QTimer.singleShot(0, self.undo_stack.clear)

    @contextmanager
    def one_transaction(self) -> Iterator[None]:
        """Every write inside goes to one transaction, committed (one fsync) when the block ends.

        If the block raises, ``rolling_back()`` lets its undo steps restore memory while the
        transaction is discarded, so nothing reaches the file."""
        if self._transaction is not None:
            yield
            return
        with self.session.transaction() as conn:
            self._transaction = conn
            try:
                yield
            finally:
                self._transaction = None

    @contextmanager
    def rolling_back(self) -> Iterator[None]:
        """Steps run inside change memory only: the open transaction is about to be discarded."""
        self._rolling_back = True
        try:
            yield
        finally:
            self._rolling_back = False

    def write(self, writer: Callable[[Any], None]) -> None:
        """Run ``writer(connection)`` in the open transaction, or in one of its own."""
        if self._rolling_back:
            return
        if self._transaction is not None:
            writer(self._transaction)
            return
        with self.session.transaction() as conn:
            writer(conn)

    # -- typed access through the registry ----------------------------------------------------

    @overload
    def get(self, ref: ProjectRef) -> ProjectInfo: ...
    @overload
    def get(self, ref: PersonaRef) -> Persona: ...
    @overload
    def get(self, ref: JourneyRef) -> Journey: ...
    @overload
    def get(self, ref: StageRef) -> Stage: ...
    @overload
    def get(self, ref: LaneRef) -> Lane: ...
    @overload
    def get(self, ref: CardRef) -> Card: ...
    @overload
    def get(self, ref: EmotionRef) -> EmotionPoint: ...
    @overload
    def get(self, ref: MetricRef) -> MetricValue: ...
    @overload
    def get(self, ref: LineRef) -> BlueprintLine: ...
    @overload
    def get(self, ref: SessionRef) -> VotingSession: ...
    @overload
    def get(self, ref: SnapshotRef) -> Snapshot: ...
    def get(self, ref: Ref) -> Any:
        """The entity ``ref`` names; EditError when there is none."""
        return self.registry[ref.kind].get(ref)

    def insert(self, ref: Ref, item: Any, index: int | None = None, restore: Removal | None = None) -> None:
        self.registry[ref.kind].insert(ref, item, index, restore)

    def update(self, ref: Ref, changes: dict[str, Any]) -> None:
        if "id" in changes:
            raise EditError("ids never change")
        self.registry[ref.kind].update(ref, dict(changes))

    def remove(self, ref: Ref) -> Removal:
        return self.registry[ref.kind].remove(ref)

    def index(self, ref: OrderedRef) -> int:
        return self.ordered[ref.kind].index(ref)

    def move(self, ref: OrderedRef, index: int) -> None:
        """Move a persona, journey, stage or lane to ``index`` in its list."""
        self.ordered[ref.kind].move(ref, index)

    def move_card(self, ref: CardRef, lane: str, stage: str, index: int | None = None) -> None:
        """Move a card to ``index`` of cell (lane, stage); the index counts without the card."""
        self.cards.move_to_cell(ref, lane, stage, index)

    def set_value(self, journey_id: str, value: EmotionPoint | MetricValue) -> None:
        """Add or replace an emotion point or a metric value (they are keyed by their cell)."""
        if isinstance(value, EmotionPoint):
            self.emotions.set(journey_id, value)
        else:
            self.metrics.set(journey_id, value)

    def replace_journeys(self, journeys: list[Journey]) -> list[Journey]:
        return self.journeys.replace(journeys)

    # -- lookups ----------------------------------------------------------------------------

    def journey(self, jid: str) -> Journey:
        for journey in self.project.journeys:
            if journey.id == jid:
                return journey
        raise EditError(translate("Document", "no journey '{id}'").format(id=jid))

    def replace_journey_fields(self, jid: str, **fields: object) -> None:
        index = self.project.journeys.index(self.journey(jid))
        self.project.journeys[index] = self.project.journeys[index].model_copy(update=fields)

    def persona(self, pid: str) -> Persona:
        found = self.project.persona(pid)
        if found is None:
            raise EditError(translate("Document", "no persona '{id}'").format(id=pid))

        return found

    def stage(self, jid: str, sid: str) -> Stage:
        return self.get(StageRef(jid, sid))

    def lane(self, jid: str, lid: str) -> Lane:
        return self.get(LaneRef(jid, lid))

    def card(self, jid: str, cid: str) -> Card:
        return self.cards.get(CardRef(jid, cid))

    def card_index(self, ref: CardRef) -> int:
        """The card's place in its cell."""
        return self.cards.index(ref)

    def emotion(self, jid: str, key: tuple[str, str, str | None, str]) -> EmotionPoint | None:
        return next((e for e in self.journey(jid).emotions if e.key == tuple(key)), None)

    def metric(self, jid: str, key: tuple[str, str]) -> MetricValue | None:
        return next((m for m in self.journey(jid).metrics if m.key == tuple(key)), None)

    def all_card_ids(self) -> set[str]:
        return {c.id for j in self.project.journeys for c in j.cards}
