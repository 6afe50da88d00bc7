"""The "other side" of a comparison: a snapshot of the journey, another journey of the project,
or a journey of another .waymark file (read without locking or changing it, as `waymark info`
reads one). Compare, `waymark diff` and the PDF's changes page all load it here, so they name
and refuse the same things the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.i18n import translate
from app.models.entities import Journey, Project
from app.models.errors import WaymarkError


class SourceKind(StrEnum):
    SNAPSHOT = "snapshot"
    JOURNEY = "journey"
    FILE = "file"


@dataclass(frozen=True)
class CompareSource:
    """What to compare with. ``key``: a snapshot's name or id, a journey id (in a file: the
    journey to take; empty for the one with the same id, else the first)."""

    kind: SourceKind
    key: str = ""
    path: Path | None = None


@dataclass(frozen=True)
class OtherSide:
    journey: Journey
    title: str  # what the user reads: "snapshot “Before the workshop”", "journey “Onboarding”"


def snapshot_names(journey: Journey) -> list[str]:
    """The names of the journey's snapshots, newest first, each once."""
    seen: dict[str, None] = {}
    for snapshot in sorted(journey.snapshots, key=lambda s: s.taken_at, reverse=True):
        seen.setdefault(snapshot.name, None)
    return list(seen)


def load_other(project: Project, journey: Journey, source: CompareSource) -> OtherSide:
    """The journey ``source`` names; a clean WaymarkError when there is none."""
    if source.kind is SourceKind.SNAPSHOT:
        from app.models.snapshots import find_snapshot, snapshot_journey

        snapshot = find_snapshot(journey, source.key)
        if snapshot is None:
            names = snapshot_names(journey)
            if not names:
                raise WaymarkError(
                    translate("DiffSources", "journey {journey} has no snapshots; take one first").format(
                        journey=journey.id
                    )
                )
            raise WaymarkError(
                translate("DiffSources", "no snapshot {name} in journey {journey} (snapshots: {names})").format(
                    name=repr(source.key), journey=journey.id, names=", ".join(names)
                )
            )
        title = translate("DiffSources", "snapshot “{name}”").format(name=snapshot.name)
        return OtherSide(snapshot_journey(snapshot), title)
    if source.kind is SourceKind.JOURNEY:
        other = project.journey(source.key)
        if other is None:
            raise WaymarkError(_no_journey(project, source.key))
        return OtherSide(other, translate("DiffSources", "journey “{name}”").format(name=other.name))
    from app.models.project_file import read_project_file

    if source.path is None:
        raise WaymarkError(translate("DiffSources", "no file to compare with"))
    theirs, _inspection = read_project_file(source.path)
    other = theirs.journey(source.key or journey.id) if (source.key or theirs.journey(journey.id)) else None
    if other is None and not source.key and theirs.journeys:
        other = theirs.journeys[0]
    if other is None:
        if not theirs.journeys:
            raise WaymarkError(translate("DiffSources", "{file} has no journeys").format(file=source.path.name))
        raise WaymarkError(f"{source.path.name}: {_no_journey(theirs, source.key)}")
    return OtherSide(
        other, translate("DiffSources", "{file} ▸ “{name}”").format(file=source.path.name, name=other.name)
    )


def _no_journey(project: Project, journey_id: str) -> str:
    return translate("DiffSources", "no journey {id} (journeys: {journeys})").format(
        id=repr(journey_id), journeys=", ".join(j.id for j in project.journeys)
    )
