"""The open project: the single source of truth, and the only code that changes it.

Every change goes through one of the primitives below. Each validates first, then commits
to the session's working copy, then updates memory, then emits a past-tense signal; if the
write fails nothing in memory changes. Entities are treated as immutable values (an edit
replaces the object), so a command can keep an old entity to restore it exactly.
Cascades are implied by a signal: ``stage_removed`` means its cards and points went too, and
``stage_added`` brings back everything it held.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.document.cell_edits import CellEdits
from app.document.removals import (
    Contents,
    JourneyRemoval,
    LaneRemoval,
    PersonaRemoval,
    StageRemoval,
    cell_index,
    slice_contents,
)
from app.document.support import (
    EditError,
    drop_cells,
    index_of,
    insert_in_cell,
    validated,
)
from app.models import limits as L
from app.models import repository as R
from app.models import schema as S
from app.models.entities import (
    CARD_LANE_KINDS,
    Card,
    EmotionPoint,
    Journey,
    Lane,
    MetricValue,
    Persona,
    Project,
    ProjectInfo,
    Stage,
)
from app.models.errors import DocumentRuleError, WaymarkError
from app.models.rules import article, check_journey
from app.models.session import ProjectSession


def _own_journey(j: Journey) -> Journey:
    """A journey with its own lists, so the document's edits never reach the caller's objects."""
    return j.model_copy(
        update={
            "persona_ids": list(j.persona_ids),
            "stages": list(j.stages),
            "lanes": list(j.lanes),
            "cards": list(j.cards),
            "emotions": list(j.emotions),
            "metrics": list(j.metrics),
            "lines": list(j.lines),
        }
    )


def _own(project: Project) -> Project:
    journeys = [_own_journey(j) for j in project.journeys]
    return project.model_copy(update={"personas": list(project.personas), "journeys": journeys})


class Document(CellEdits, QObject):
    project_changed = Signal()
    persona_added = Signal(str, int)
    persona_removed = Signal(str)
    persona_changed = Signal(str)
    persona_moved = Signal(str, int)
    journey_added = Signal(str, int)
    journey_removed = Signal(str)
    journey_changed = Signal(str)
    journey_moved = Signal(str, int)
    stage_added = Signal(str, str, int)
    stage_removed = Signal(str, str)
    stage_changed = Signal(str, str)
    stage_moved = Signal(str, str, int)
    lane_added = Signal(str, str, int)
    lane_removed = Signal(str, str)
    lane_changed = Signal(str, str)
    lane_moved = Signal(str, str, int)
    card_added = Signal(str, str)
    card_removed = Signal(str, str)
    card_changed = Signal(str, str)
    card_moved = Signal(str, str)
    emotion_changed = Signal(str, object)  # journey id, (lane, stage, persona, variant)
    metric_changed = Signal(str, object)  # journey id, (lane, stage)
    line_added = Signal(str, object)  # journey id, (after_lane, kind)
    line_removed = Signal(str, object)
    modified_changed = Signal(bool)
    file_changed = Signal()  # path, title or read-only state
    edit_failed = Signal(str)

    def __init__(self, session: ProjectSession, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.project = _own(session.project)
        self.undo_stack = QUndoStack(self)
        self._history_broken = False
        self.undo_stack.cleanChanged.connect(lambda _clean: self.modified_changed.emit(self.modified))
        if session.recovered:
            self.undo_stack.resetClean()

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

    # -- undo plumbing ----------------------------------------------------------------------

    def push(self, command: QUndoCommand) -> None:
        """Apply ``command`` now and record it; a refused edit raises and records nothing."""
        command.apply()
        command.skip_next_redo = True
        self.undo_stack.push(command)

    def run_from_stack(self, step: Callable[[], None]) -> None:
        """Undo/redo called by Qt cannot raise; a failed step is reported, history dropped."""
        try:
            step()
        except WaymarkError as exc:
            self._history_broken = True
            self.edit_failed.emit(str(exc))
            QTimer.singleShot(0, self.undo_stack.clear)

    def _write(self, writer: Callable) -> None:
        with self.session.transaction() as conn:
            writer(conn)

    # -- lookups ----------------------------------------------------------------------------

    def journey(self, jid: str) -> Journey:
        for journey in self.project.journeys:
            if journey.id == jid:
                return journey
        raise EditError(f"no journey '{jid}'")

    def _journey_index(self, jid: str) -> int:
        return self.project.journeys.index(self.journey(jid))

    def persona(self, pid: str) -> Persona:
        found = self.project.persona(pid)
        if found is None:
            raise EditError(f"no persona '{pid}'")
        return found

    def stage(self, jid: str, sid: str) -> Stage:
        found = self.journey(jid).stage(sid)
        if found is None:
            raise EditError(f"no stage '{sid}' in journey '{jid}'")
        return found

    def lane(self, jid: str, lid: str) -> Lane:
        found = self.journey(jid).lane(lid)
        if found is None:
            raise EditError(f"no lane '{lid}' in journey '{jid}'")
        return found

    def card(self, jid: str, cid: str) -> Card:
        found = self.journey(jid).card(cid)
        if found is None:
            raise EditError(f"no card '{cid}' in journey '{jid}'")
        return found

    def card_index(self, jid: str, cid: str) -> int:
        return cell_index(self.journey(jid), self.card(jid, cid))

    def emotion(self, jid: str, key: tuple) -> EmotionPoint | None:
        return next((e for e in self.journey(jid).emotions if e.key == tuple(key)), None)

    def metric(self, jid: str, key: tuple) -> MetricValue | None:
        return next((m for m in self.journey(jid).metrics if m.key == tuple(key)), None)

    def get(self, kind: str, key: object) -> BaseModel:
        """The entity of ``kind`` ('project', 'persona', 'journey', 'stage', 'lane', 'card')."""
        if kind == "project":
            return self.project.info
        if kind == "persona":
            return self.persona(key)
        if kind == "journey":
            return self.journey(key)
        jid, item = key
        return {"stage": self.stage, "lane": self.lane, "card": self.card}[kind](jid, item)

    def all_card_ids(self) -> set[str]:
        return {c.id for j in self.project.journeys for c in j.cards}

    # -- field edits ------------------------------------------------------------------------

    def update(self, kind: str, key: object, changes: dict) -> None:
        if "id" in changes:
            raise EditError("ids never change")
        {
            "project": self._update_project,
            "persona": self._update_persona,
            "journey": self._update_journey,
            "stage": self._update_stage,
            "lane": self._update_lane,
            "card": self._update_card,
        }[kind](key, dict(changes))

    def _update_project(self, _key: None, changes: dict) -> None:
        info = validated(ProjectInfo, {**self.project.info.dump(), **changes}, "project")
        self._write(lambda c: R.upsert(c, S.project, {"id": 1, "name": info.name, "description": info.description}))
        self.project.info = info
        self.project_changed.emit()

    def _update_persona(self, pid: str, changes: dict) -> None:
        old = self.persona(pid)
        new = validated(Persona, {**old.dump(), **changes}, f"persona '{pid}'")
        index = self.project.personas.index(old)
        self._write(lambda c: R.upsert(c, S.personas, R.persona_row(new, index)))
        self.project.personas[index] = new
        self.persona_changed.emit(pid)

    def _update_journey(self, jid: str, changes: dict) -> None:
        allowed = {"name", "description", "persona_ids"}
        if set(changes) - allowed:
            raise EditError(f"a journey edit changes only {', '.join(sorted(allowed))}")
        old = self.journey(jid)
        fields = {"id": jid, "name": old.name, "description": old.description, "persona_ids": old.persona_ids}
        checked = validated(Journey, {**fields, **changes}, f"journey '{jid}'")
        personas = {p.id for p in self.project.personas}
        try:
            check_journey(checked, personas, path=f"journey '{jid}'")
        except DocumentRuleError as exc:
            raise EditError(str(exc)) from None
        new = old.model_copy(update={k: getattr(checked, k) for k in changes})
        index = self.project.journeys.index(old)

        def write(conn) -> None:
            R.upsert(conn, S.journeys, R.journey_row(new, index))
            if "persona_ids" in changes:
                R.set_journey_personas(conn, jid, new.persona_ids)

        self._write(write)
        self.project.journeys[index] = new
        self.journey_changed.emit(jid)

    def _update_stage(self, key: tuple[str, str], changes: dict) -> None:
        jid, sid = key
        journey = self.journey(jid)
        old = self.stage(jid, sid)
        new = validated(Stage, {**old.dump(), **changes}, f"stage '{sid}'")
        index = journey.stages.index(old)
        self._write(lambda c: R.upsert(c, S.stages, R.stage_row(jid, new, index)))
        journey.stages[index] = new
        self.stage_changed.emit(jid, sid)

    def _update_lane(self, key: tuple[str, str], changes: dict) -> None:
        jid, lid = key
        journey = self.journey(jid)
        old = self.lane(jid, lid)
        new = validated(Lane, {**old.dump(), **changes}, f"lane '{lid}'")
        if new.role is not None and new.kind not in CARD_LANE_KINDS:
            raise EditError(f"lane '{lid}': {article(new.kind)} {new.kind} lane has no role")
        if new.kind != old.kind and not (new.kind in CARD_LANE_KINDS and old.kind in CARD_LANE_KINDS):
            held = slice_contents(journey, lane=lid)
            count = len(held.cards) + len(held.emotions) + len(held.metrics)
            if count:
                raise EditError(
                    f"lane '{old.name}' still holds {count} item{'s' if count > 1 else ''}; "
                    f"{article(old.kind)} {old.kind} lane becomes {article(new.kind)} {new.kind} "
                    f"lane only when it is empty"
                )
        index = journey.lanes.index(old)
        self._write(lambda c: R.upsert(c, S.lanes, R.lane_row(jid, new, index)))
        journey.lanes[index] = new
        self.lane_changed.emit(jid, lid)

    def _update_card(self, key: tuple[str, str], changes: dict) -> None:
        jid, cid = key
        if {"lane", "stage"} & set(changes):
            raise EditError("use a move to change a card's lane or stage")
        journey = self.journey(jid)
        old = self.card(jid, cid)
        new = validated(Card, {**old.dump(), **changes}, f"card '{cid}'")
        position = cell_index(journey, old)
        self._write(lambda c: R.upsert(c, S.cards, R.card_row(jid, new, position)))
        journey.cards[index_of(journey.cards, old)] = new
        self.card_changed.emit(jid, cid)

    # -- personas ---------------------------------------------------------------------------

    def insert_persona(self, persona: Persona, index: int | None = None, restore: PersonaRemoval | None = None) -> None:
        personas = self.project.personas
        if self.project.persona(persona.id) is not None:
            raise EditError(f"a persona with id '{persona.id}' exists already")
        if len(personas) >= L.MAX_PERSONAS:
            raise EditError(f"a project holds at most {L.MAX_PERSONAS} personas")
        index = len(personas) if index is None else max(0, min(index, len(personas)))
        order = [p.id for p in personas]
        order.insert(index, persona.id)
        links = restore.links if restore else []
        points = restore.emotions if restore else []
        new_ids = {}
        for jid, at in links:
            ids = list(self.journey(jid).persona_ids)
            ids.insert(min(at, len(ids)), persona.id)
            new_ids[jid] = ids

        def write(conn) -> None:
            R.upsert(conn, S.personas, R.persona_row(persona, index))
            R.set_positions(conn, S.personas, order)
            for jid, ids in new_ids.items():
                R.set_journey_personas(conn, jid, ids)
            R.insert_many(conn, S.emotion_points, [R.emotion_row(jid, e) for jid, e in points])

        self._write(write)
        personas.insert(index, persona)
        for jid, ids in new_ids.items():
            self._replace_journey(jid, persona_ids=ids)
        for jid, point in points:
            self.journey(jid).emotions.append(point)
        self.persona_added.emit(persona.id, index)
        for jid in new_ids:
            self.journey_changed.emit(jid)
        for jid, point in points:
            self.emotion_changed.emit(jid, point.key)

    def remove_persona(self, pid: str) -> PersonaRemoval:
        persona = self.persona(pid)
        index = self.project.personas.index(persona)
        links = [(j.id, j.persona_ids.index(pid)) for j in self.project.journeys if pid in j.persona_ids]
        points = [(j.id, e) for j in self.project.journeys for e in j.emotions if e.persona == pid]
        order = [p.id for p in self.project.personas if p.id != pid]

        def write(conn) -> None:
            R.delete(conn, S.emotion_points, persona_id=pid)
            R.delete(conn, S.personas, id=pid)
            R.set_positions(conn, S.personas, order)

        self._write(write)
        self.project.personas.remove(persona)
        for jid, _ in links:
            self._replace_journey(jid, persona_ids=[p for p in self.journey(jid).persona_ids if p != pid])
        for journey in self.project.journeys:
            journey.emotions[:] = [e for e in journey.emotions if e.persona != pid]
        self.persona_removed.emit(pid)
        for jid, _ in links:
            self.journey_changed.emit(jid)
        for jid, point in points:
            self.emotion_changed.emit(jid, point.key)
        return PersonaRemoval(persona, index, links, points)

    def _replace_journey(self, jid: str, **fields: object) -> None:
        index = self._journey_index(jid)
        self.project.journeys[index] = self.project.journeys[index].model_copy(update=fields)

    # -- journeys ---------------------------------------------------------------------------

    def insert_journey(self, journey: Journey, index: int | None = None) -> None:
        journeys = self.project.journeys
        if self.project.journey(journey.id) is not None:
            raise EditError(f"a journey with id '{journey.id}' exists already")
        if len(journeys) >= L.MAX_JOURNEYS:
            raise EditError(f"a project holds at most {L.MAX_JOURNEYS} journeys")
        try:
            check_journey(journey, {p.id for p in self.project.personas}, path=f"journey '{journey.id}'")
        except DocumentRuleError as exc:
            raise EditError(str(exc)) from None
        index = len(journeys) if index is None else max(0, min(index, len(journeys)))
        order = [j.id for j in journeys]
        order.insert(index, journey.id)

        def write(conn) -> None:
            R.insert_journey(conn, journey, index)
            R.set_positions(conn, S.journeys, order)

        self._write(write)
        journeys.insert(index, _own_journey(journey))
        self.journey_added.emit(journey.id, index)

    def replace_journeys(self, journeys: list[Journey]) -> list[Journey]:
        """Swap in new values of existing journeys (same ids) in one transaction; return the old ones.

        For changes too many for one signal each, like a workbook import: one write, and one
        ``journey_changed`` per journey, so views rebuild once."""
        persona_ids = {p.id for p in self.project.personas}
        indexes = []
        for journey in journeys:
            index = self._journey_index(journey.id)
            try:
                check_journey(journey, persona_ids, path=f"journey '{journey.id}'")
            except DocumentRuleError as exc:
                raise EditError(str(exc)) from None
            indexes.append(index)
        others = {c.id for j in self.project.journeys if j.id not in {x.id for x in journeys} for c in j.cards}
        for journey in journeys:
            clash = next((c.id for c in journey.cards if c.id in others), None)
            if clash is not None:
                raise EditError(f"card id '{clash}' is used in another journey")

        def write(conn) -> None:
            for journey, index in zip(journeys, indexes, strict=False):
                R.replace_journey(conn, journey, index)

        self._write(write)
        old = []
        for journey, index in zip(journeys, indexes, strict=False):
            old.append(self.project.journeys[index])
            self.project.journeys[index] = _own_journey(journey)
        for journey in journeys:
            self.journey_changed.emit(journey.id)
        return old

    def remove_journey(self, jid: str) -> JourneyRemoval:
        journey = self.journey(jid)
        index = self.project.journeys.index(journey)
        order = [j.id for j in self.project.journeys if j.id != jid]

        def write(conn) -> None:
            R.delete(conn, S.journeys, id=jid)
            R.set_positions(conn, S.journeys, order)

        self._write(write)
        self.project.journeys.remove(journey)
        self.journey_removed.emit(jid)
        return JourneyRemoval(journey, index)

    # -- ordered lists: personas, journeys, stages, lanes ------------------------------------

    def move(self, kind: str, key: object, index: int) -> None:
        """Move a persona, journey, stage or lane to ``index`` in its list."""
        if kind == "persona":
            items, table, scope, signal, args = self.project.personas, S.personas, {}, self.persona_moved, (key,)
            item = self.persona(key)
        elif kind == "journey":
            items, table, scope, signal, args = self.project.journeys, S.journeys, {}, self.journey_moved, (key,)
            item = self.journey(key)
        else:
            jid, sub = key
            journey = self.journey(jid)
            item = self.stage(jid, sub) if kind == "stage" else self.lane(jid, sub)
            items = journey.stages if kind == "stage" else journey.lanes
            table = S.stages if kind == "stage" else S.lanes
            scope, args = {"journey_id": jid}, (jid, sub)
            signal = self.stage_moved if kind == "stage" else self.lane_moved
        index = max(0, min(index, len(items) - 1))
        if items.index(item) == index:
            return
        order = [i for i in items if i is not item]
        order.insert(index, item)
        self._write(lambda c: R.set_positions(c, table, [i.id for i in order], **scope))
        items[:] = order
        signal.emit(*args, index)

    # -- stages and lanes -------------------------------------------------------------------

    def insert_stage(self, jid: str, stage: Stage, index: int | None = None, contents: Contents | None = None) -> None:
        self._insert_column_or_row("stage", jid, stage, index, contents)

    def insert_lane(self, jid: str, lane: Lane, index: int | None = None, contents: Contents | None = None) -> None:
        self._insert_column_or_row("lane", jid, lane, index, contents)

    def _insert_column_or_row(
        self, kind: str, jid: str, item: Stage | Lane, index: int | None, contents: Contents | None
    ) -> None:
        journey = self.journey(jid)
        items = journey.stages if kind == "stage" else journey.lanes
        limit = L.MAX_STAGES if kind == "stage" else L.MAX_LANES
        if any(i.id == item.id for i in items):
            raise EditError(f"a {kind} with id '{item.id}' exists already in this journey")
        if len(items) >= limit:
            raise EditError(f"a journey holds at most {limit} {kind}s")
        if kind == "lane" and item.role is not None and item.kind not in CARD_LANE_KINDS:
            raise EditError(f"{article(item.kind)} {item.kind} lane has no role")
        index = len(items) if index is None else max(0, min(index, len(items)))
        order = [i.id for i in items]
        order.insert(index, item.id)
        contents = contents or Contents()
        table, row = (S.stages, R.stage_row) if kind == "stage" else (S.lanes, R.lane_row)

        def write(conn) -> None:
            R.upsert(conn, table, row(jid, item, index))
            R.set_positions(conn, table, order, journey_id=jid)
            R.insert_many(conn, S.cards, [R.card_row(jid, c, n) for c, n in contents.cards])
            R.insert_many(conn, S.emotion_points, [R.emotion_row(jid, e) for e in contents.emotions])
            R.insert_many(conn, S.metric_values, [R.metric_row(jid, m) for m in contents.metrics])
            R.insert_many(conn, S.blueprint_lines, [R.line_row(jid, ln) for ln in contents.lines])

        self._write(write)
        items.insert(index, item)
        for card, n in sorted(contents.cards, key=lambda pair: pair[1]):
            insert_in_cell(journey, card, n)
        journey.emotions.extend(contents.emotions)
        journey.metrics.extend(contents.metrics)
        journey.lines.extend(contents.lines)
        (self.stage_added if kind == "stage" else self.lane_added).emit(jid, item.id, index)

    def remove_stage(self, jid: str, sid: str) -> StageRemoval:
        journey = self.journey(jid)
        stage = self.stage(jid, sid)
        index = journey.stages.index(stage)
        contents = slice_contents(journey, stage=sid)
        order = [s.id for s in journey.stages if s.id != sid]

        def write(conn) -> None:
            R.delete(conn, S.stages, journey_id=jid, id=sid)  # cascades to its cells
            R.set_positions(conn, S.stages, order, journey_id=jid)

        self._write(write)
        journey.stages.remove(stage)
        drop_cells(journey, lambda lane, st: st == sid)
        self.stage_removed.emit(jid, sid)
        return StageRemoval(jid, stage, index, contents)

    def remove_lane(self, jid: str, lid: str) -> LaneRemoval:
        journey = self.journey(jid)
        lane = self.lane(jid, lid)
        index = journey.lanes.index(lane)
        contents = slice_contents(journey, lane=lid)
        order = [ln.id for ln in journey.lanes if ln.id != lid]

        def write(conn) -> None:
            R.delete(conn, S.lanes, journey_id=jid, id=lid)  # cascades to its cells and lines
            R.set_positions(conn, S.lanes, order, journey_id=jid)

        self._write(write)
        journey.lanes.remove(lane)
        drop_cells(journey, lambda ln, st: ln == lid)
        journey.lines[:] = [ln for ln in journey.lines if ln.after_lane != lid]
        self.lane_removed.emit(jid, lid)
        return LaneRemoval(jid, lane, index, contents)
