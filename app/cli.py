"""The `waymark` command: the window by default, and subcommands for scripts and CI.

Exit codes: 0 success; 1 a user or data error, reported as one line on stderr with no
traceback; 2 a usage error (argparse). Every output file is written atomically, so no
command leaves a half-written file behind.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
from pathlib import Path

from app import __version__
from app.cli_output import warn
from app.i18n import translate

COMMANDS = (
    "new",
    "export",
    "import",
    "info",
    "check",
    "templates",
    "present",
    "analytics",
    "diff",
    "snapshot",
    "snapshots",
)
MIN_SCALE, MAX_SCALE = 0.1, 4.0  # the same bounds as app/views/board/image_export.py (no Qt import here)


class Failure(Exception):
    """A user or data error for the CLI to report on one line."""


def _scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("Cli", "not a number: {text}").format(text=repr(text))) from None
    if not (MIN_SCALE <= value <= MAX_SCALE):
        raise argparse.ArgumentTypeError(
            translate("Cli", "the scale must be between {low} and {high}").format(
                low=f"{MIN_SCALE:g}", high=f"{MAX_SCALE:g}"
            )
        )
    return value


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="waymark",
        description=translate(
            "Cli",
            "Offline customer journey mapping. Opens FILE in a window, or without one the start page "
            "(the sample, a template, Open, recent files). Commands: {commands} (see `waymark COMMAND --help`).",
        ).format(commands=", ".join(COMMANDS)),
    )
    parser.add_argument("--version", action="version", version=f"waymark {__version__}")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=translate("Cli", "open the window, paint it once and exit 0 (a check for CI and packaging)"),
    )
    parser.add_argument(
        "--read-only", action="store_true", help=translate("Cli", "open FILE without the right to save it")
    )
    parser.add_argument(
        "--sample",
        action="store_true",
        help=translate("Cli", "with no FILE: open the built-in sample project, not the start page"),
    )
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE", help=translate("Cli", "a .waymark project"))
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="waymark")
    parser.add_argument("--version", action="version", version=f"waymark {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    new = sub.add_parser("new", help=translate("Cli", "create a project file"))
    new.add_argument("file", type=Path, metavar="FILE")
    source = new.add_mutually_exclusive_group()
    source.add_argument(
        "--template", metavar="ID", help=translate("Cli", "start from a template (see `waymark templates`)")
    )
    source.add_argument(
        "--from-json", type=Path, metavar="IN.json", help=translate("Cli", "import a FORMAT.md JSON document")
    )
    new.add_argument("--force", action="store_true", help=translate("Cli", "replace FILE if it exists"))

    export = sub.add_parser("export", help=translate("Cli", "write a project in another format"))
    export.add_argument("file", type=Path, metavar="FILE")
    what = export.add_mutually_exclusive_group(required=True)
    what.add_argument("--json", type=Path, metavar="OUT.json", help=translate("Cli", "FORMAT.md v1 JSON"))
    what.add_argument("--png", type=Path, metavar="OUT.png", help=translate("Cli", "a picture of one journey's board"))
    what.add_argument(
        "--svg", type=Path, metavar="OUT.svg", help=translate("Cli", "a vector picture of one journey's board")
    )
    what.add_argument(
        "--pdf",
        type=Path,
        metavar="OUT.pdf",
        help=translate("Cli", "a printable PDF: cover, maps, personas, summary, metrics (default: every journey)"),
    )
    what.add_argument(
        "--xlsx",
        type=Path,
        metavar="OUT.xlsx",
        help=translate("Cli", "a workshop workbook to fill in and import back (default: every journey)"),
    )
    export.add_argument(
        "--journey",
        metavar="ID",
        help=translate("Cli", "the journey to picture (default: the first; for --pdf and --xlsx: every journey)"),
    )
    export.add_argument(
        "--layout",
        choices=("poster", "tiled"),
        help=translate("Cli", "--pdf: one poster page per map, or tiles of the paper size (default poster)"),
    )
    export.add_argument(
        "--paper",
        choices=("A4", "A3", "A2", "A1", "A0", "letter", "tabloid"),
        help=translate("Cli", "--pdf: the paper size (default A4)"),
    )
    export.add_argument(
        "--orientation",
        choices=("landscape", "portrait"),
        help=translate("Cli", "--pdf: the paper orientation (default landscape)"),
    )
    export.add_argument(
        "--changes-since",
        metavar="NAME",
        help=translate("Cli", "--pdf: a page of what changed since this snapshot (its name or id)"),
    )
    export.add_argument(
        "--scale",
        type=_scale,
        metavar="S",
        help=translate(
            "Cli",
            "pixels per board unit for --png, {low} to {high} (default 1, or the largest that fits the pixel limits)",
        ).format(low=f"{MIN_SCALE:g}", high=f"{MAX_SCALE:g}"),
    )

    imp = sub.add_parser(
        "import",
        help=translate("Cli", "merge a filled-in workshop workbook back into a project"),
        description=translate(
            "Cli",
            "Merge a workshop workbook (from `waymark export --xlsx`, or any workbook with a Cards "
            "sheet whose columns include stage, lane and text) into FILE, and print a JSON summary: "
            "{summary}. Cards with no row are reported as removed but only removed with --apply-removals.",
        ).format(
            summary='{"added": n, "changed": n, "removed": n, "problems": [{"cell": "Cards!C7", "message": "..."}]}'
        ),
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("workbook", type=Path, metavar="WORKBOOK.xlsx")
    imp.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "report what would change and change nothing")
    )
    imp.add_argument(
        "--apply-removals",
        action="store_true",
        help=translate("Cli", "also remove the cards of the exported journeys that have no row in the workbook"),
    )

    info = sub.add_parser("info", help=translate("Cli", "print a JSON summary of a project"))
    info.add_argument("file", type=Path, metavar="FILE")

    check = sub.add_parser("check", help=translate("Cli", "run the full integrity and schema check"))
    check.add_argument("file", type=Path, metavar="FILE")

    sub.add_parser("templates", help=translate("Cli", "list the built-in templates: id, a tab, the name"))

    present = sub.add_parser(
        "present", help=translate("Cli", "open a project straight into presentation mode (full screen, stage by stage)")
    )
    present.add_argument("file", type=Path, metavar="FILE")
    present.add_argument(
        "--smoke",
        action="store_true",
        help=translate("Cli", "paint presentation mode once and exit 0 (a check for CI)"),
    )
    present.add_argument(
        "--read-only", action="store_true", help=translate("Cli", "open FILE without the right to save it")
    )

    from app.cli_analytics import add_parser
    from app.cli_diff import add_parser as add_diff_parser

    add_parser(sub)
    add_diff_parser(sub)
    from app.cli_snapshots import add_parsers as add_snapshot_parsers

    add_snapshot_parsers(sub)
    return parser


def _read_input(path: Path) -> bytes:
    from app.models import limits as L
    from app.models.inputs import read_bounded

    return read_bounded(path, L.MAX_JSON_BYTES, "JSON document")


def _require_project_path(path: Path) -> None:
    """Refuse a missing, unreadable or special (FIFO, device, folder) project path up front."""
    from app.models.inputs import check_regular

    check_regular(path, "Waymark project")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


def cmd_new(args: argparse.Namespace) -> int:
    from app.models.errors import DocumentRuleError, FileInUseError
    from app.models.locking import ProjectLock
    from app.models.session import create_project_file

    target: Path = args.file
    if os.path.lexists(target) and not args.force:
        raise Failure(translate("Cli", "{file} exists already; use --force to replace it").format(file=target))
    if os.path.isdir(target):
        raise Failure(translate("Cli", "{file} is a folder").format(file=target))
    if args.from_json:
        from app.models.interchange import read_project_json

        try:
            result = read_project_json(_read_input(args.from_json))
        except DocumentRuleError as exc:
            raise Failure(f"{args.from_json.name}: {exc}") from None
        warn(result.warnings)
        project = result.project
    else:
        from app.models.library import load_template

        project = load_template(args.template or "blank")
    real = Path(os.path.realpath(target))  # a symlink stays a link; its target is written
    lock = None
    if real.parent.exists():
        try:
            lock = ProjectLock.acquire(real)
        except FileInUseError as exc:
            raise Failure(
                translate("Cli", "{file} is open in Waymark ({holder})").format(file=target, holder=exc.holder)
            ) from None
        except OSError as exc:
            from app.models.atomic import describe_os_error

            reason = describe_os_error(exc)
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                reason = translate("Cli", "its folder cannot be written ({reason})").format(reason=reason)
            raise Failure(
                translate("Cli", "could not create {name}: {reason}").format(name=target.name, reason=reason)
            ) from None
    try:
        create_project_file(project, target)
    finally:
        if lock is not None:
            lock.release()
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from app.models.atomic import write_bytes_atomic
    from app.models.interchange import write_project_json
    from app.models.project_file import read_project_file

    out: Path = args.json or args.png or args.svg or args.pdf or args.xlsx
    if _same_file(out, args.file):
        raise Failure(translate("Cli", "the output would overwrite the project itself; choose another name"))
    if os.path.isdir(out):
        raise Failure(translate("Cli", "{file} is a folder").format(file=out))
    if args.pdf is not None:
        return _export_pdf(args, out)
    if args.xlsx is not None:
        return _export_xlsx(args, out)
    if args.json is None:
        return _export_image(args, out)
    project, inspection = read_project_file(args.file)
    if inspection.newer:
        newer = translate(
            "Cli", "{name} is from a newer Waymark; fields this version does not know are not exported"
        ).format(name=args.file.name)
        print(f"waymark: warning: {newer}", file=sys.stderr)
    write_bytes_atomic(out, write_project_json(project).encode("utf-8"))
    return 0


def _export_pdf(args: argparse.Namespace, out: Path) -> int:
    """--pdf: draw the project with reportlab (no Qt)."""
    from app.exporters.pdf import PdfOptions, export_pdf
    from app.models.project_file import read_project_file

    _require_project_path(args.file)
    project, _inspection = read_project_file(args.file)
    options = PdfOptions(
        journey_id=args.journey,
        layout=args.layout or "poster",
        paper=args.paper or "A4",
        orientation=args.orientation or "landscape",
        changes_since=args.changes_since,
    )
    export_pdf(project, out, options)
    return 0


def _export_xlsx(args: argparse.Namespace, out: Path) -> int:
    """--xlsx: the workshop workbook, with openpyxl (no Qt)."""
    from app.exporters.xlsx import XlsxOptions, export_xlsx
    from app.models.project_file import read_project_file

    _require_project_path(args.file)
    project, _inspection = read_project_file(args.file)
    warn(export_xlsx(project, out, XlsxOptions(journey_id=args.journey)))
    return 0


def _export_image(args: argparse.Namespace, out: Path) -> int:
    """--png / --svg: render a journey's board with Qt's offscreen platform (no window)."""
    _require_project_path(args.file)
    _prepare_qt()
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a picture needs no display
        QApplication(["waymark"])
    from app.models.project_file import read_project_file
    from app.views.board.image_export import export_journey

    project, _inspection = read_project_file(args.file)
    # No --scale: 1, or the largest that fits (said on stderr); a --scale given is kept or refused.
    asked = args.scale is None
    done = export_journey(project, args.journey, out, args.scale or 1.0, title=args.file.name, shrink_to_fit=asked)
    if done.note:
        print(f"waymark: {done.note}", file=sys.stderr)
    return 0


def _prepare_qt() -> None:
    import app.models.entities  # noqa: F401  (before PySide6; see app/document/__init__.py)


def cmd_info(args: argparse.Namespace) -> int:
    from app.models.project_file import read_project_file
    from app.models.schema import APPLICATION_ID, SCHEMA_VERSION

    project, inspection = read_project_file(args.file)
    summary = {
        "file": str(args.file),
        "format": "waymark",
        "application_id": APPLICATION_ID,
        "schema_version": inspection.schema_version,
        "schema_version_supported": SCHEMA_VERSION,
        "interchange_format": project.format,
        "waymark_version": __version__,
        "project": project.info.name,
        "personas": len(project.personas),
        "journeys": [
            {
                "id": j.id,
                "name": j.name,
                "stages": len(j.stages),
                "lanes": len(j.lanes),
                "cards": len(j.cards),
                "emotion_points": len(j.emotions),
                "personas": len(j.persona_ids),
                "metric_values": len(j.metrics),
                "blueprint_lines": len(j.lines),
            }
            for j in project.journeys
        ],
    }
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from app.models.project_file import read_project_file
    from app.models.snapshots import snapshot_journey

    project, inspection = read_project_file(args.file)
    for journey in project.journeys:  # opening decodes none of them; the full check decodes each
        for snapshot in journey.snapshots:
            snapshot_journey(snapshot)
    cards = sum(len(j.cards) for j in project.journeys)
    journeys, personas = len(project.journeys), len(project.personas)
    print(
        translate("Cli", "{file}: ok (schema {version}; {journeys}, {personas}, {cards})").format(
            file=args.file,
            version=inspection.schema_version,
            journeys=_count(journeys, translate("Cli", "{n} journey"), translate("Cli", "{n} journeys")),
            personas=_count(personas, translate("Cli", "{n} persona"), translate("Cli", "{n} personas")),
            cards=_count(cards, translate("Cli", "{n} card"), translate("Cli", "{n} cards")),
        )
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Plan from a read-only look at the project; apply under the project's lock (after a "Before
    import of …" snapshot of each journey it changes, as in the window), then save atomically."""
    from app.importers.xlsx import apply_changes, plan_workbook_import
    from app.models.project_file import read_project_file
    from app.models.session import ProjectSession

    _require_project_path(args.file)
    if args.dry_run:
        project, _inspection = read_project_file(args.file)
        plan = plan_workbook_import(project, args.workbook)
    else:
        session = ProjectSession.open(args.file)
        try:
            if session.read_only:
                raise Failure(
                    translate("Cli", "cannot import into {name}: it is open read-only: {reason}").format(
                        name=args.file.name, reason=session.read_only_reason or translate("Cli", "it cannot be written")
                    )
                )
            from app.models.paths import data_dir_notice

            if data_dir_notice():
                warn([data_dir_notice()])
            project = session.project
            plan = plan_workbook_import(project, args.workbook)
            accepted = plan.default_selection(apply_removals=args.apply_removals)
            if accepted:
                import app.models.entities  # noqa: F401  (before PySide6; see app/document/__init__.py)
                from app.document.document import Document
                from app.document.snapshot_commands import import_with_snapshots

                journeys = apply_changes(project, accepted)
                doc = Document(session)  # the window's one "Import" step: a snapshot of each journey first
                doc.push(import_with_snapshots(doc, journeys, args.workbook.name))
                doc.save()
        finally:
            session.close()
    print(json.dumps(plan.summary(), ensure_ascii=False, indent=2))
    return 0


def _count(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).format(n=f"{n:,}")


def cmd_templates(_args: argparse.Namespace) -> int:
    from app.models.library import list_templates

    for template_id, name in list_templates():
        print(f"{template_id}\t{name}")
    return 0


def cmd_present(args: argparse.Namespace) -> int:
    """The window, opened on FILE in presentation mode (app/gui.py)."""
    from app.gui import run_gui

    args.present, args.sample = True, False
    return run_gui(args)


def cmd_analytics(args: argparse.Namespace) -> int:
    """An event log measured against a journey (app/cli_analytics.py)."""
    from app.cli_analytics import Failure as AnalyticsFailure
    from app.cli_analytics import cmd_analytics as run

    try:
        return run(args)
    except AnalyticsFailure as exc:
        raise Failure(str(exc)) from None


def cmd_diff(args: argparse.Namespace) -> int:
    """What changed in a journey since a snapshot (app/cli_diff.py)."""
    from app.cli_diff import Failure as DiffFailure
    from app.cli_diff import cmd_diff as run

    try:
        return run(args)
    except DiffFailure as exc:
        raise Failure(str(exc)) from None


def cmd_snapshot(args: argparse.Namespace) -> int:
    """A journey kept inside its project file (app/cli_snapshots.py)."""
    from app import cli_snapshots

    return _snapshot_command(cli_snapshots.cmd_snapshot, args)


def cmd_snapshots(args: argparse.Namespace) -> int:
    """A project's snapshots as JSON (app/cli_snapshots.py)."""
    from app import cli_snapshots

    return _snapshot_command(cli_snapshots.cmd_snapshots, args)


def _snapshot_command(run, args: argparse.Namespace) -> int:
    from app.cli_snapshots import Failure as SnapshotFailure

    try:
        return run(args)
    except SnapshotFailure as exc:
        raise Failure(str(exc)) from None


HANDLERS = {
    "new": cmd_new,
    "export": cmd_export,
    "import": cmd_import,
    "info": cmd_info,
    "check": cmd_check,
    "templates": cmd_templates,
    "present": cmd_present,
    "analytics": cmd_analytics,
    "diff": cmd_diff,
    "snapshot": cmd_snapshot,
    "snapshots": cmd_snapshots,
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from app import i18n
    from app.models.errors import WaymarkError

    if i18n.resolve_language(None, i18n.settings_file_language()) != i18n.SOURCE_LANGUAGE:
        from app.i18n_qt import install_translations  # Qt only for a translated session

        install_translations()

    try:
        if argv and argv[0] in COMMANDS:
            parser = _command_parser()
            args = parser.parse_args(argv)
            if args.command == "export" and args.json and (args.journey or args.scale is not None):
                parser.error(translate("Cli", "--journey and --scale go with --png or --svg, not --json"))
            if args.command == "export" and not args.pdf and (args.layout or args.paper or args.orientation):
                parser.error(translate("Cli", "--layout, --paper and --orientation go with --pdf"))
            if args.command == "export" and not args.pdf and args.changes_since:
                parser.error(translate("Cli", "--changes-since goes with --pdf"))
            if args.command == "export" and args.pdf and args.scale is not None:
                parser.error(translate("Cli", "--scale goes with --png, not --pdf"))
            if args.command == "export" and args.xlsx and args.scale is not None:
                parser.error(translate("Cli", "--scale goes with --png, not --xlsx"))
            return HANDLERS[args.command](args)
        args = _gui_parser().parse_args(argv)
        from app.gui import run_gui

        return run_gui(args)
    except (Failure, WaymarkError) as exc:
        from app.models.inputs import printable

        # One line, whatever the message quotes (file names, JSON keys, SQLite's own report).
        print(f"waymark: error: {printable(str(exc), limit=1000)}", file=sys.stderr)
        return 1
    except MemoryError:
        memory = translate("Cli", "there is not enough memory for this; nothing was changed")
        print(f"waymark: error: {memory}", file=sys.stderr)

        return 1
    except KeyboardInterrupt:
        return 130
