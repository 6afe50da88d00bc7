"""`waymark diff FILE --since NAME`: what changed in a journey since one of its snapshots (or
against another journey, or the same journey in another file), as JSON.

The JSON is app/models/diff.py's ``to_json``: {"added": [...], "changed": [{"kind", "id",
"field", "old", "new"}], "removed": [...]} over cards, stages, lanes and emotion points. The
project is only read. An unknown snapshot is one line naming the snapshots there are.
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


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "diff",
        help=translate("CliDiff", "what changed in a journey since a snapshot, as JSON"),
        description=translate(
            "CliDiff",
            "Compare a journey with one of its snapshots (--since), another journey of the project "
            "(--against-journey) or the same journey in another file (--against-file), and print {shape}.",
        ).format(shape='{"added": [...], "changed": [{"kind", "id", "field", "old", "new"}], "removed": [...]}'),
    )
    p.add_argument("file", type=Path, metavar="FILE", help=translate("CliDiff", "a .waymark project"))
    p.add_argument("--journey", metavar="ID", help=translate("CliDiff", "the journey (default: the first)"))
    other = p.add_mutually_exclusive_group(required=True)
    other.add_argument(
        "--since", metavar="NAME", help=translate("CliDiff", "a snapshot of the journey: its name (the latest) or id")
    )
    other.add_argument("--against-journey", metavar="ID2", help=translate("CliDiff", "another journey of the project"))
    other.add_argument(
        "--against-file",
        type=Path,
        metavar="OTHER.waymark",
        help=translate("CliDiff", "another project file (its journey with the same id, else its first)"),
    )
    p.add_argument(
        "--json",
        type=Path,
        metavar="OUT",
        help=translate("CliDiff", "write the JSON here and print a one-line summary"),
    )


def cmd_diff(args: argparse.Namespace) -> int:
    from app.models.diff import Action, compare_journeys
    from app.models.diff_sources import CompareSource, SourceKind, load_other
    from app.models.inputs import check_regular
    from app.models.project_file import read_project_file

    check_regular(args.file, "Waymark project")
    if args.against_file is not None:
        check_regular(args.against_file, "Waymark project")
    if args.json is not None and any(_same_file(args.json, f) for f in (args.file, args.against_file) if f):
        raise Failure(translate("CliDiff", "the output would overwrite a project; choose another name"))
    project, _inspection = read_project_file(args.file)
    journey = _journey(project, args.journey)
    if args.since is not None:
        source = CompareSource(SourceKind.SNAPSHOT, args.since)
    elif args.against_journey is not None:
        source = CompareSource(SourceKind.JOURNEY, args.against_journey)
    else:
        source = CompareSource(SourceKind.FILE, "", args.against_file)
    other = load_other(project, journey, source)
    diff = compare_journeys(other.journey, journey)
    text = json.dumps(diff.to_json(), ensure_ascii=False, indent=2) + "\n"
    if args.json is None:
        sys.stdout.write(text)
        return 0
    from app.models.atomic import write_bytes_atomic

    write_bytes_atomic(args.json, text.encode("utf-8"))
    counts = diff.counts()
    print(
        translate("CliDiff", "{added} added, {changed} changed, {removed} removed since {other}: {out}").format(
            added=counts[Action.ADDED],
            changed=counts[Action.CHANGED] + counts[Action.MOVED],
            removed=counts[Action.REMOVED],
            other=other.title,
            out=args.json,
        )
    )
    return 0


def _journey(project: Any, journey_id: str | None) -> Any:
    if not project.journeys:
        raise Failure(translate("CliDiff", "the project has no journey to compare"))
    if journey_id is None:
        return project.journeys[0]
    found = project.journey(journey_id)
    if found is None:
        raise Failure(
            translate("CliDiff", "no journey {id} (journeys: {journeys})").format(
                id=repr(journey_id), journeys=", ".join(j.id for j in project.journeys)
            )
        )
    return found


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False
