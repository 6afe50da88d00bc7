"""The project's own fields, its personas and its journeys.

A persona reaches into journeys (their persona lists and emotion points), so removing one
records those links and putting it back restores them; a journey is inserted and removed whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.document.removals import JourneyRemoval, PersonaRemoval, Removal
from app.document.support import EditError, reordered, validated
from app.i18n import translate
from app.models import limits as L
from app.models import repository as R
from app.models import schema as S
from app.models.entities import Journey, Persona, Project, ProjectInfo
from app.models.errors import DocumentRuleError
from app.models.refs import JourneyRef, PersonaRef, ProjectRef, emotion_ref
from app.models.rules import check_journey

if TYPE_CHECKING:
    from app.document.document import Document


def own_journey(j: Journey) -> Journey:
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
            "sessions": list(j.sessions),
            "snapshots": list(j.snapshots),
        }
    )


def own_project(project: Project) -> Project:
    journeys = [own_journey(j) for j in project.journeys]
    return project.model_copy(update={"personas": list(project.personas), "journeys": journeys})


def _checked(journey: Journey, persona_ids: set[str], where: str) -> None:
    try:
        check_journey(journey, persona_ids, path=where)
    except DocumentRuleError as exc:
        raise EditError(str(exc)) from None


class ProjectTable:
    def __init__(self, doc: Document):
        self.doc = doc

    def get(self, ref: ProjectRef) -> ProjectInfo:
        return self.doc.project.info

    def insert(self, ref: ProjectRef, item: Any, index: int | None = None, restore: Removal | None = None) -> None:
        raise EditError("a project is created, not inserted")

    def update(self, ref: ProjectRef, changes: dict[str, Any]) -> None:
        info = validated(ProjectInfo, {**self.doc.project.info.dump(), **changes}, "project")
        self.doc.write(lambda c: R.upsert(c, S.project, R.project_row(info)))
        self.doc.project.info = info
        self.doc.project_changed.emit()

    def remove(self, ref: ProjectRef) -> Removal:
        raise EditError("a project is deleted as a file")


class PersonaTable:
    def __init__(self, doc: Document):
        self.doc = doc

    def get(self, ref: PersonaRef) -> Persona:
        return self.doc.persona(ref.persona_id)

    def index(self, ref: PersonaRef) -> int:
        return self.doc.project.personas.index(self.get(ref))

    def insert(self, ref: PersonaRef, item: Persona, index: int | None = None, restore: Removal | None = None) -> None:
        doc = self.doc
        personas = doc.project.personas
        if doc.project.persona(item.id) is not None:
            raise EditError(translate("ProjectTables", "a persona with id '{id}' exists already").format(id=item.id))
        if len(personas) >= L.MAX_PERSONAS:
            raise EditError(translate("ProjectTables", "a project holds at most {n} personas").format(n=L.MAX_PERSONAS))
        index = len(personas) if index is None else max(0, min(index, len(personas)))
        order = [p.id for p in personas]
        order.insert(index, item.id)
        links = restore.links if isinstance(restore, PersonaRemoval) else []
        points = restore.emotions if isinstance(restore, PersonaRemoval) else []
        new_ids = {}
        for jid, at in links:
            ids = list(doc.journey(jid).persona_ids)
            ids.insert(min(at, len(ids)), item.id)
            new_ids[jid] = ids

        def write(conn: Any) -> None:
            R.upsert(conn, S.personas, R.persona_row(item, index))
            R.set_positions(conn, S.personas, order)
            for jid, ids in new_ids.items():
                R.set_journey_personas(conn, jid, ids)
            R.insert_many(conn, S.emotion_points, [R.emotion_row(jid, e) for jid, e in points])

        doc.write(write)
        personas.insert(index, item)
        for jid, ids in new_ids.items():
            doc.replace_journey_fields(jid, persona_ids=ids)
        for jid, point in points:
            doc.journey(jid).emotions.append(point)
        doc.persona_added.emit(ref, index)
        for jid in new_ids:
            doc.journey_changed.emit(JourneyRef(jid))
        for jid, point in points:
            doc.emotion_changed.emit(emotion_ref(jid, point.key))

    def update(self, ref: PersonaRef, changes: dict[str, Any]) -> None:
        old = self.get(ref)
        new = validated(Persona, {**old.dump(), **changes}, f"persona '{ref.persona_id}'")
        personas = self.doc.project.personas
        index = personas.index(old)
        self.doc.write(lambda c: R.upsert(c, S.personas, R.persona_row(new, index)))
        personas[index] = new
        self.doc.persona_changed.emit(ref)

    def remove(self, ref: PersonaRef) -> PersonaRemoval:
        doc, pid = self.doc, ref.persona_id
        persona = self.get(ref)
        index = doc.project.personas.index(persona)
        links = [(j.id, j.persona_ids.index(pid)) for j in doc.project.journeys if pid in j.persona_ids]
        points = [(j.id, e) for j in doc.project.journeys for e in j.emotions if e.persona == pid]
        order = [p.id for p in doc.project.personas if p.id != pid]

        def write(conn: Any) -> None:
            R.delete(conn, S.emotion_points, persona_id=pid)
            R.delete(conn, S.personas, id=pid)
            R.set_positions(conn, S.personas, order)

        doc.write(write)
        doc.project.personas.remove(persona)
        for jid, _ in links:
            doc.replace_journey_fields(jid, persona_ids=[p for p in doc.journey(jid).persona_ids if p != pid])
        for journey in doc.project.journeys:
            journey.emotions[:] = [e for e in journey.emotions if e.persona != pid]
        doc.persona_removed.emit(ref)
        for jid, _ in links:
            doc.journey_changed.emit(JourneyRef(jid))
        for jid, point in points:
            doc.emotion_changed.emit(emotion_ref(jid, point.key))
        return PersonaRemoval(persona, index, links, points)

    def move(self, ref: PersonaRef, index: int) -> None:
        items = self.doc.project.personas
        moved = reordered(items, self.get(ref), index)
        if moved is None:
            return
        order, index = moved
        self.doc.write(lambda c: R.set_positions(c, S.personas, [i.id for i in order]))
        items[:] = order
        self.doc.persona_moved.emit(ref, index)


class JourneyTable:
    EDITABLE = frozenset(
        {
            "name",
            "description",
            "persona_ids",
            "shown_session",
            "analytics",
            "owner",
            "status",
            "review_by",
            "last_reviewed",
        }
    )

    def __init__(self, doc: Document):
        self.doc = doc

    def get(self, ref: JourneyRef) -> Journey:
        return self.doc.journey(ref.journey_id)

    def index(self, ref: JourneyRef) -> int:
        return self.doc.project.journeys.index(self.get(ref))

    def insert(self, ref: JourneyRef, item: Journey, index: int | None = None, restore: Removal | None = None) -> None:
        doc = self.doc
        journeys = doc.project.journeys
        if doc.project.journey(item.id) is not None:
            raise EditError(translate("ProjectTables", "a journey with id '{id}' exists already").format(id=item.id))
        if len(journeys) >= L.MAX_JOURNEYS:
            raise EditError(translate("ProjectTables", "a project holds at most {n} journeys").format(n=L.MAX_JOURNEYS))
        _checked(item, {p.id for p in doc.project.personas}, f"journey '{item.id}'")
        index = len(journeys) if index is None else max(0, min(index, len(journeys)))
        order = [j.id for j in journeys]
        order.insert(index, item.id)

        def write(conn: Any) -> None:
            R.insert_journey(conn, item, index)
            R.set_positions(conn, S.journeys, order)

        doc.write(write)
        journeys.insert(index, own_journey(item))
        doc.journey_added.emit(ref, index)

    def update(self, ref: JourneyRef, changes: dict[str, Any]) -> None:
        jid = ref.journey_id
        if set(changes) - self.EDITABLE:
            raise EditError(f"a journey edit changes only {', '.join(sorted(self.EDITABLE))}")
        old = self.get(ref)
        fields = {
            "id": jid,
            "name": old.name,
            "description": old.description,
            "persona_ids": old.persona_ids,
            "sessions": old.sessions,
            "shown_session": old.shown_session,
            "analytics": old.analytics,
        }
        checked = validated(Journey, {**fields, **changes}, f"journey '{jid}'")
        _checked(checked, {p.id for p in self.doc.project.personas}, f"journey '{jid}'")
        new = old.model_copy(update={k: getattr(checked, k) for k in changes})
        index = self.doc.project.journeys.index(old)

        def write(conn: Any) -> None:
            R.upsert(conn, S.journeys, R.journey_row(new, index))
            if "persona_ids" in changes:
                R.set_journey_personas(conn, jid, new.persona_ids)

        self.doc.write(write)
        self.doc.project.journeys[index] = new
        self.doc.journey_changed.emit(ref)

    def replace(self, journeys: list[Journey]) -> list[Journey]:
        """Swap in new values of existing journeys (same ids) in one transaction; return the old ones.

        For changes too many for one signal each, like a workbook import: one write, and one
        ``journey_changed`` per journey, so views rebuild once."""
        doc = self.doc
        persona_ids = {p.id for p in doc.project.personas}
        indexes = []
        for journey in journeys:
            indexes.append(self.index(JourneyRef(journey.id)))
            _checked(journey, persona_ids, f"journey '{journey.id}'")
        replaced = {x.id for x in journeys}
        others = {c.id for j in doc.project.journeys if j.id not in replaced for c in j.cards}
        for journey in journeys:
            clash = next((c.id for c in journey.cards if c.id in others), None)
            if clash is not None:
                raise EditError(
                    translate("ProjectTables", "card id '{id}' is used in another journey").format(id=clash)
                )

        def write(conn: Any) -> None:
            for journey, index in zip(journeys, indexes, strict=True):
                R.replace_journey(conn, journey, index)

        doc.write(write)
        old = []
        for journey, index in zip(journeys, indexes, strict=True):
            old.append(doc.project.journeys[index])
            doc.project.journeys[index] = own_journey(journey)
        for journey in journeys:
            doc.journey_changed.emit(JourneyRef(journey.id))
        return old

    def remove(self, ref: JourneyRef) -> JourneyRemoval:
        doc = self.doc
        journey = self.get(ref)
        index = doc.project.journeys.index(journey)
        order = [j.id for j in doc.project.journeys if j.id != ref.journey_id]

        def write(conn: Any) -> None:
            R.delete(conn, S.journeys, id=ref.journey_id)
            R.set_positions(conn, S.journeys, order)

        doc.write(write)
        doc.project.journeys.remove(journey)
        doc.journey_removed.emit(ref)
        return JourneyRemoval(journey, index)

    def move(self, ref: JourneyRef, index: int) -> None:
        items = self.doc.project.journeys
        moved = reordered(items, self.get(ref), index)
        if moved is None:
            return
        order, index = moved
        self.doc.write(lambda c: R.set_positions(c, S.journeys, [i.id for i in order]))
        items[:] = order
        self.doc.journey_moved.emit(ref, index)
