"""`waymark snapshot FILE --journey ID --name NAME [--note TEXT]` keeps a journey as it is now
inside the project file; `waymark snapshots FILE [--journey ID]` prints the snapshots as JSON.

Taking one is the window's "Take Snapshot" command on the project, saved atomically under the
project's lock (the way `waymark analytics --apply` writes); listing only reads. Errors are one
line ("waymark: error: …") and leave the file untouched. The author is the project's author,
else the login name, as in the window.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.i18n import translate


class Failure(Exception):
    """A user or data error; app/cli.py reports it on one line like its own."""


LIST_SHAPE = '[{"journey", "id", "name", "note", "author", "taken_at", "reason", "cards"}, ...]'


def add_parsers(sub: Any) -> None:
    take = sub.add_parser(
        "snapshot",
        help=translate("CliSnapshots", "keep a journey as it is now inside the project file"),
        description=translate(
            "CliSnapshots",
            "Take a snapshot of a journey (its stages, lanes, cards and values) and save it inside FILE; "
            "the window's History panel lists, restores and opens it. Prints one line.",
        ),
    )
    take.add_argument("file", type=Path, metavar="FILE", help=translate("CliSnapshots", "a .waymark project"))
    take.add_argument("--journey", required=True, metavar="ID", help=translate("CliSnapshots", "the journey to keep"))
    take.add_argument("--name", required=True, metavar="NAME", help=translate("CliSnapshots", "the snapshot's name"))
    take.add_argument("--note", default="", metavar="TEXT", help=translate("CliSnapshots", "a note (optional)"))

    listing = sub.add_parser(
        "snapshots",
        help=translate("CliSnapshots", "print a project's snapshots as JSON"),
        description=translate("CliSnapshots", "Print the snapshots in FILE, oldest first, as JSON: {shape}.").format(
            shape=LIST_SHAPE
        ),
    )
    listing.add_argument("file", type=Path, metavar="FILE", help=translate("CliSnapshots", "a .waymark project"))
    listing.add_argument(
        "--journey", metavar="ID", help=translate("CliSnapshots", "only this journey's snapshots (default: all)")
    )


def _journey(project: Any, journey_id: str) -> Any:
    found = project.journey(journey_id)
    if found is None:
        raise Failure(
            translate("CliSnapshots", "no journey {id} (journeys: {journeys})").format(
                id=repr(journey_id), journeys=", ".join(j.id for j in project.journeys) or "–"
            )
        )
    return found


def cmd_snapshot(args: argparse.Namespace) -> int:
    import app.models.entities  # noqa: F401  (before PySide6; see app/document/__init__.py)
    from app.document.document import Document
    from app.document.snapshot_commands import take
    from app.models.inputs import check_regular
    from app.models.session import ProjectSession

    check_regular(args.file, "Waymark project")
    if not args.name.strip():
        raise Failure(translate("CliSnapshots", "--name must not be empty"))
    session = ProjectSession.open(args.file)
    try:
        if session.read_only:
            raise Failure(
                translate("CliSnapshots", "cannot take a snapshot in {name}: it is open read-only: {reason}").format(
                    name=args.file.name,
                    reason=session.read_only_reason or translate("CliSnapshots", "it cannot be written"),
                )
            )
        assert session.project is not None
        journey = _journey(session.project, args.journey)
        doc = Document(session)
        doc.push(take(doc, journey.id, args.name, args.note))
        snapshot = doc.journey(journey.id).snapshots[-1]
        doc.save()
    finally:
        session.close()
    cards = snapshot.cards
    print(
        (
            translate("CliSnapshots", "took snapshot {id} “{name}” of journey {journey} ({n} card)")
            if cards == 1
            else translate("CliSnapshots", "took snapshot {id} “{name}” of journey {journey} ({n} cards)")
        ).format(id=snapshot.id, name=snapshot.name, journey=journey.id, n=f"{cards:,}")
    )
    return 0


def snapshot_rows(project: Any, journey_id: str | None = None) -> list[dict[str, Any]]:
    journeys = [_journey(project, journey_id)] if journey_id is not None else project.journeys
    return [
        {
            "journey": j.id,
            "id": s.id,
            "name": s.name,
            "note": s.note,
            "author": s.author,
            "taken_at": s.taken_at,
            "reason": s.reason.value,
            "cards": s.cards,
        }
        for j in journeys
        for s in j.snapshots
    ]


def cmd_snapshots(args: argparse.Namespace) -> int:
    from app.models.inputs import check_regular
    from app.models.project_file import read_project_file

    check_regular(args.file, "Waymark project")
    project, _inspection = read_project_file(args.file)
    sys.stdout.write(json.dumps(snapshot_rows(project, args.journey), ensure_ascii=False, indent=2) + "\n")
    return 0
