"""One journey as a FORMAT.md v1 document: exported from one project, imported into another.

A single-journey document is an ordinary FORMAT.md project holding that journey and the
personas it uses, so every reader of FORMAT.md reads it, and every FORMAT.md project with one
journey imports. Reading goes through ``interchange`` (bounds, every rule, unknown-field
warnings). Personas merge by id: a persona the target project already has is not added again.
Nothing here touches the project: the caller inserts what ``import_journey`` returns.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.i18n import translate
from app.models import limits as L
from app.models.atomic import write_bytes_atomic
from app.models.entities import Journey, Persona, Project
from app.models.errors import InputFileError, WaymarkError
from app.models.inputs import read_bounded
from app.models.interchange import project_from_data, project_to_data, read_project_json


class JourneyImportError(WaymarkError):
    """The document cannot be imported as a journey; the project is unchanged."""


def personas_used(journey: Journey) -> set[str]:
    """Ids of the personas a journey is told for or draws an emotion curve for."""
    return set(journey.persona_ids) | {e.persona for e in journey.emotions if e.persona is not None}


def journey_document(project: Project, journey_id: str) -> dict[str, Any]:
    """A FORMAT.md v1 document with just ``journey_id`` and the personas it uses."""
    journey = project.journey(journey_id)
    if journey is None:
        raise WaymarkError(translate("JourneyIo", "no journey '{id}'").format(id=journey_id))
    used = personas_used(journey)
    single = Project(
        project=project.info,
        personas=[p for p in project.personas if p.id in used],
        journeys=[journey],
    )
    return project_to_data(single)


def journey_json(project: Project, journey_id: str) -> str:
    return json.dumps(journey_document(project, journey_id), ensure_ascii=False, indent=2) + "\n"


def export_journey(project: Project, journey_id: str, path: Path) -> None:
    """Write the journey's document to ``path`` atomically (the old file or the new, never half)."""
    write_bytes_atomic(Path(path), journey_json(project, journey_id).encode("utf-8"))


def read_journey_file(path: Path) -> bytes:
    """The bytes of a file to import, refusing one too large before reading it."""
    path = Path(path)
    try:
        return read_bounded(path, L.MAX_JSON_BYTES, "JSON document", label=path.name)
    except InputFileError as exc:
        raise JourneyImportError(str(exc)) from None


def fresh_journey_id(wanted: str, taken: set[str]) -> str:
    """``wanted`` when it is free, else ``wanted-2``, ``wanted-3``… (within the id limit)."""
    if wanted not in taken:
        return wanted
    n = 2
    while True:
        suffix = f"-{n}"
        candidate = wanted[: L.MAX_ID - len(suffix)] + suffix
        if candidate not in taken:
            return candidate
        n += 1


def import_journey(
    project: Project, data: bytes | str | dict[str, Any], journey_id: str | None = None
) -> tuple[Journey, list[Persona], list[str]]:
    """Read a FORMAT.md document and prepare its journey for ``project``.

    Returns the journey (with a fresh id if its id is taken in ``project``), the personas
    to add (those whose id ``project`` does not have yet, in the document's order) and the
    reader's warnings. Raises ``DocumentRuleError`` for a document that breaks a rule and
    ``JourneyImportError`` when it holds no journey to import or the project has no room.
    """
    result = project_from_data(data) if isinstance(data, dict) else read_project_json(data)
    source = result.project
    warnings = list(result.warnings)
    if not source.journeys:
        raise JourneyImportError(translate("JourneyIo", "the document holds no journey to import"))
    if journey_id is not None:
        journey = source.journey(journey_id)
        if journey is None:
            known = ", ".join(j.id for j in source.journeys[:20])
            raise JourneyImportError(
                translate("JourneyIo", "the document has no journey '{id}' (its journeys: {known})").format(
                    id=journey_id, known=known
                )
            )
    elif len(source.journeys) > 1:
        known = ", ".join(j.id for j in source.journeys[:20])
        raise JourneyImportError(
            translate("JourneyIo", "the document holds {n} journeys ({known}); name the one to import").format(
                n=len(source.journeys), known=known
            )
        )
    else:
        journey = source.journeys[0]

    if len(project.journeys) >= L.MAX_JOURNEYS:
        raise JourneyImportError(
            translate("JourneyIo", "a project holds at most {n} journeys").format(n=L.MAX_JOURNEYS)
        )

    used = personas_used(journey)
    new_personas: list[Persona] = []
    for persona in source.personas:
        if persona.id not in used:
            continue
        existing = project.persona(persona.id)
        if existing is None:
            new_personas.append(persona)
        elif existing != persona:
            warnings.append(
                translate("JourneyIo", "persona '{id}': the project has its own version; kept it").format(id=persona.id)
            )
    if len(project.personas) + len(new_personas) > L.MAX_PERSONAS:
        raise JourneyImportError(
            translate("JourneyIo", "the journey brings {n} new personas; a project holds at most {limit}").format(
                n=len(new_personas), limit=L.MAX_PERSONAS
            )
        )

    taken = {j.id for j in project.journeys}
    fresh = fresh_journey_id(journey.id, taken)
    if fresh != journey.id:
        warnings.insert(
            0,
            translate("JourneyIo", "journey id '{id}' is taken in this project; imported as '{fresh}'").format(
                id=journey.id, fresh=fresh
            ),
        )

    return journey.model_copy(update={"id": fresh}, deep=True), new_personas, warnings


__all__ = [
    "JourneyImportError",
    "export_journey",
    "fresh_journey_id",
    "import_journey",
    "journey_document",
    "journey_json",
    "personas_used",
    "read_journey_file",
]
