"""`waymark analytics FILE LOG`: measure an event log against a journey and print (or write)
the JSON report; with --apply, store the results in the journey as one undo step.

The log stays where it is; only the results (and the mapping, the source path and its
fingerprint) go into the project. Without --apply the project is only read. Errors are one line
("waymark: error: …") and leave the project untouched: the analysis runs before the project is
opened for writing, and the edit is one command saved atomically.

Columns: --case/--activity/--time/… name them; otherwise the journey's saved columns (when the
log has them), else detection by header name. Mapping: --map MAP.json ({"activity": "stage-id"}),
else the journey's saved mapping, else one suggested by name.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli_output import warn
from app.i18n import QT_TRANSLATE_NOOP, translate

CTX = "CliAnalytics"
ROLE_HELP = {
    "case": QT_TRANSLATE_NOOP("CliAnalytics", "the log's case column (default: detected by name)"),
    "activity": QT_TRANSLATE_NOOP("CliAnalytics", "the log's activity column (default: detected by name)"),
    "time": QT_TRANSLATE_NOOP("CliAnalytics", "the log's time column (default: detected by name)"),
    "channel": QT_TRANSLATE_NOOP("CliAnalytics", "the log's channel column (default: detected by name)"),
    "segment": QT_TRANSLATE_NOOP("CliAnalytics", "the log's segment column (default: detected by name)"),
    "feedback": QT_TRANSLATE_NOOP("CliAnalytics", "the log's feedback column (default: detected by name)"),
    "rating": QT_TRANSLATE_NOOP("CliAnalytics", "the log's rating column (default: detected by name)"),
}

OPTIONAL = ("channel", "segment", "feedback", "rating")


class Failure(Exception):
    """A user or data error; app/cli.py reports it on one line like its own."""


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "analytics",
        help=translate("CliAnalytics", "measure an event log (CSV, TSV, Parquet, XES) against a journey"),
        description=translate(
            "CliAnalytics",
            "Measure an event log against a journey's stages and print a JSON report: {report}. "
            "Times without a zone are read as --zone (default UTC). Feedback sentiment is scored for English text only.",
        ).format(
            report='{"events", "cases", "start", "end", "activities": {"counts", "starts", "ends", "flows"}, '
            '"stages": [{"stage", "name", "reached", "share", "conversion", "dropoff", "median_to_next_s", '
            '"p90_to_next_s", ...}], "unmapped", ...}'
        ),
    )
    p.add_argument("file", type=Path, metavar="FILE", help=translate("CliAnalytics", "a .waymark project"))
    p.add_argument("log", type=Path, metavar="LOG", help=translate("CliAnalytics", "the event log"))
    for role in ("case", "activity", "time", *OPTIONAL):
        p.add_argument(f"--{role}", metavar="COL", help=translate(CTX, ROLE_HELP[role]))
    p.add_argument(
        "--journey", metavar="ID", help=translate("CliAnalytics", "the journey to measure (default: the first)")
    )
    p.add_argument(
        "--map",
        type=Path,
        metavar="MAP.json",
        help=translate("CliAnalytics", "{mapping} (default: saved or suggested)").format(
            mapping='{"activity": "stage-id", ...}'
        ),
    )
    p.add_argument(
        "--zone",
        default=None,
        metavar="ZONE",
        help=translate("CliAnalytics", "the zone of times without one (default UTC)"),
    )
    p.add_argument(
        "--split-at", metavar="ISO", help=translate("CliAnalytics", "compare cases starting before / from this instant")
    )
    p.add_argument(
        "--apply",
        action="store_true",
        help=translate("CliAnalytics", "store the results in the journey (metric and flow lanes)"),
    )
    p.add_argument(
        "--json", type=Path, metavar="OUT", help=translate("CliAnalytics", "write the JSON here instead of printing it")
    )


def cmd_analytics(args: argparse.Namespace) -> int:
    from app.analytics.api import AnalysisRequest, LogError, Role, analyse, log_columns, report_json
    from app.analytics.columns import resolve_columns
    from app.models.inputs import check_regular
    from app.models.project_file import read_project_file

    check_regular(args.file, "Waymark project")
    for out in (args.json,):
        if out is not None and (_same_file(out, args.file) or _same_file(out, args.log)):
            raise Failure(
                translate("CliAnalytics", "the output would overwrite the project or the log; choose another name")
            )
    project, _inspection = read_project_file(args.file)
    journey = _journey(project, args.journey, Failure)
    stages = tuple((s.id, s.name) for s in journey.stages)
    try:
        names = log_columns(args.log)
        chosen: dict[Role, str | None] = {role: getattr(args, role.value, None) for role in Role}
        saved = journey.analytics.source if journey.analytics is not None else None
        if saved is not None and not any(chosen.values()):
            columns = saved.columns.model_dump()
            if all(v is None or v in names for v in columns.values()):
                chosen = {role: columns.get(role.value) for role in Role}
        columns = resolve_columns(names, chosen, args.log.name)
        mapping = _mapping(args.map, stages, Failure) if args.map else None
        if mapping is None and journey.analytics is not None and journey.analytics.mapping:
            mapping = dict(journey.analytics.mapping)
        zone = args.zone or (saved.naive_zone if saved is not None else "UTC")
        request = AnalysisRequest(
            path=args.log.resolve(),
            columns=columns,
            stages=stages,
            mapping=mapping,
            naive_zone=zone,
            split_at=args.split_at,
        )
        result = analyse(request)
    except LogError as exc:
        message = str(exc)
        raise Failure(message if args.log.name in message else f"{args.log.name}: {message}") from None
    warnings = [*result.warnings]
    if columns.feedback:
        warnings.append(translate("CliAnalytics", "feedback sentiment is scored for English text only (VADER)"))
    warn(warnings)
    report = report_json(result.analytics, dict(stages))
    report["journey"] = journey.id
    report["warnings"] = warnings
    text = json.dumps(report, ensure_ascii=False, indent=2)
    if args.apply:
        _apply(args.file, journey.id, result.analytics, Failure)
    if args.json is not None:
        from app.models.atomic import write_bytes_atomic

        write_bytes_atomic(args.json, (text + "\n").encode("utf-8"))
    else:
        sys.stdout.write(text + "\n")
    return 0


def _journey(project: Any, journey_id: str | None, failure: type[Exception]) -> Any:
    if not project.journeys:
        raise failure(translate("CliAnalytics", "the project has no journey to measure"))
    if journey_id is None:
        return project.journeys[0]
    for journey in project.journeys:
        if journey.id == journey_id:
            return journey
    raise failure(
        translate("CliAnalytics", "no journey {id} (journeys: {journeys})").format(
            id=repr(journey_id), journeys=", ".join(j.id for j in project.journeys)
        )
    )


def _mapping(path: Path, stages: tuple[tuple[str, str], ...], failure: type[Exception]) -> dict[str, str]:
    from app.models import limits as L
    from app.models.errors import WaymarkError
    from app.models.inputs import read_bounded

    try:
        data = json.loads(read_bounded(path, L.MAX_JSON_BYTES, "JSON document"))
    except (ValueError, WaymarkError) as exc:
        raise failure(
            translate("CliAnalytics", "{name} is not a JSON mapping: {problem}").format(
                name=path.name, problem=str(exc).splitlines()[0]
            )
        ) from None
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise failure(
            translate("CliAnalytics", "{name} must be a JSON object {mapping}").format(
                name=path.name, mapping='{"activity": "stage-id", ...}'
            )
        )
    ids = {s for s, _ in stages}
    unknown = sorted({v for v in data.values() if v not in ids})
    if unknown:
        raise failure(
            translate(
                "CliAnalytics", "{name} maps to stages the journey does not have: {unknown} (its stages: {stages})"
            ).format(name=path.name, unknown=", ".join(unknown[:5]), stages=", ".join(s for s, _ in stages))
        )
    return data


def _apply(path: Path, journey_id: str, analytics: Any, failure: type[Exception]) -> None:
    """One "Apply Analytics" command on the project, saved atomically under its lock."""
    import app.models.entities  # noqa: F401  (before PySide6; see app/document/__init__.py)
    from app.document.analytics_commands import apply_analytics
    from app.document.document import Document
    from app.models.session import ProjectSession

    session = ProjectSession.open(path)
    try:
        if session.read_only:
            raise failure(
                translate("CliAnalytics", "cannot apply to {name}: it is open read-only: {reason}").format(
                    name=path.name, reason=session.read_only_reason or translate("CliAnalytics", "it cannot be written")
                )
            )

        doc = Document(session)
        doc.push(apply_analytics(doc, journey_id, analytics))
        doc.save()
    finally:
        session.close()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False
