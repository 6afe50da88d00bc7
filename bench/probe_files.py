"""Probe: the file-level measures, ours and a raw baseline interleaved in one process.

    python -m bench.probe_files import JSON --repeats N
    python -m bench.probe_files save   WAYMARK --repeats N
    python -m bench.probe_files xlsx   WAYMARK --repeats N
    python -m bench.probe_files pdf    WAYMARK --repeats N

Modules are imported and the project read before any timing; each repeat runs ours then the
baseline into fresh output files. Prints {"ours": [ms...], "baseline": [ms...], "peak_rss_mb"}.

- import: ours = what `waymark new --from-json` runs in process (app.cli.cmd_new minus its file
  lock): read the bytes, read_project_json (parse + validate), create_project_file (schema,
  rows, checksum, fsync + rename, re-inspection). Baseline = json.load of the same file + a raw
  sqlite3 executemany of the same rows (project, personas, journeys, stages, lanes, cards,
  emotion points, metric values, lines) into a fresh file created with the app's own version-1
  DDL (app.models.schema.first_statements), foreign_keys=ON, synchronous=FULL, one commit.
- save: ours = ProjectSession.save() of the opened project (VACUUM INTO, seal: reload + checksum,
  fsync + rename). Baseline = sqlite3 Connection.backup of the same file into a fresh file.
- xlsx: ours = export_xlsx(project, out, XlsxOptions()). Baseline = openpyxl write-only workbook
  with the same cells and no styles: the map sheet (stage names in row 1, each lane a block
  of rows with one card text per cell) and the Cards sheet (header + one 11-column row per card).
- pdf: ours = export_pdf(project, out, PdfOptions(layout="poster")) (A4 landscape). Baseline =
  a reportlab canvas on the same paper and the app's bundled font (DejaVuSans), drawString of
  every card text (line breaks as spaces), stage and lane name, no layout, one page, saved.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import app.models.entities  # noqa: F401
from bench.floors import import_baseline
from bench.stats import emit, ms, now, peak_rss_mb

# -- import ------------------------------------------------------------------------------------------


def import_ours(src: Path, out: Path) -> None:
    from app.models.interchange import read_project_json
    from app.models.session import create_project_file

    result = read_project_json(src.read_bytes())
    create_project_file(result.project, out)


# -- save --------------------------------------------------------------------------------------------


def save_baseline(src: Path, out: Path) -> None:
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    target = sqlite3.connect(out)
    source.backup(target)
    target.close()
    source.close()


# -- xlsx --------------------------------------------------------------------------------------------


def xlsx_baseline(project, out: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for j in project.journeys:
        sheet = wb.create_sheet(j.name[:31])
        sheet.append([j.name] + [s.name for s in j.stages])
        cells: dict[tuple, list[str]] = {}
        for c in j.cards:
            cells.setdefault((c.lane, c.stage), []).append(c.text)
        for lane in j.lanes:
            rows = max([len(cells.get((lane.id, s.id), ())) for s in j.stages] + [1])
            for r in range(rows):
                texts = [
                    cells[(lane.id, s.id)][r] if r < len(cells.get((lane.id, s.id), ())) else None for s in j.stages
                ]
                sheet.append([lane.name if r == 0 else None] + texts)
    cards = wb.create_sheet("Cards")
    cards.append(
        ["id", "journey", "stage", "lane", "text", "channel", "touchpoint", "evidence", "votes", "tags", "color"]
    )
    for j in project.journeys:
        stages = {s.id: s.name for s in j.stages}
        lanes = {ln.id: ln.name for ln in j.lanes}
        for c in j.cards:
            cards.append(
                [
                    c.id,
                    j.name,
                    stages[c.stage],
                    lanes[c.lane],
                    c.text,
                    c.channel,
                    c.touchpoint,
                    c.evidence,
                    c.votes,
                    ", ".join(c.tags),
                    c.color,
                ]
            )
    wb.save(out)


# -- pdf ---------------------------------------------------------------------------------------------


def pdf_baseline(project, out: Path) -> None:
    from reportlab.lib import pagesizes
    from reportlab.pdfgen import canvas

    from app.exporters.pdf import fonts

    width, height = pagesizes.landscape(pagesizes.A4)
    c = canvas.Canvas(str(out), pagesize=(width, height), pageCompression=1)
    c.setFont(fonts.REGULAR, 4)
    strings = []
    for j in project.journeys:
        strings += [s.name for s in j.stages] + [ln.name for ln in j.lanes]
        strings += [card.text.replace("\n", " ") for card in j.cards]
    for n, text in enumerate(strings):
        c.drawString(10 + (n % 8) * 100, 10 + (n // 8) % 100 * 5.5, text)
    c.showPage()
    c.save()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=("import", "save", "xlsx", "pdf"))
    parser.add_argument("file", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="waymark-bench-"))
    ours: list[float] = []
    base: list[float] = []
    extra: dict = {}
    session = None
    if args.what == "import":
        from app.models.interchange import read_project_json  # noqa: F401
        from app.models.schema import first_statements  # noqa: F401
        from app.models.session import create_project_file  # noqa: F401

        run_ours = lambda n: import_ours(args.file, folder / f"ours-{n}.waymark")  # noqa: E731
        run_base = lambda n: import_baseline(args.file, folder / f"base-{n}.sqlite")  # noqa: E731
    elif args.what == "save":
        from app.models.session import ProjectSession

        session = ProjectSession.open(args.file)
        run_ours = lambda n: session.save(folder / f"ours-{n}.waymark")  # noqa: E731
        run_base = lambda n: save_baseline(args.file, folder / f"base-{n}.sqlite")  # noqa: E731
        extra["file_mb"] = args.file.stat().st_size / 2**20
    else:
        from app.models.project_file import read_project_file

        project, _inspection = read_project_file(args.file)
        if args.what == "xlsx":
            import openpyxl  # noqa: F401

            from app.exporters.xlsx import XlsxOptions, export_xlsx

            run_ours = lambda n: export_xlsx(project, folder / f"ours-{n}.xlsx", XlsxOptions())  # noqa: E731
            run_base = lambda n: xlsx_baseline(project, folder / f"base-{n}.xlsx")  # noqa: E731
        else:
            from app.exporters.pdf import PdfOptions, export_pdf, fonts

            fonts.register_fonts()  # both sides use the bundled fonts; registering them is not timed
            run_ours = lambda n: export_pdf(project, folder / f"ours-{n}.pdf", PdfOptions(layout="poster"))  # noqa: E731
            run_base = lambda n: pdf_baseline(project, folder / f"base-{n}.pdf")  # noqa: E731
    for n in range(args.repeats):
        t0 = now()
        run_ours(n)
        t1 = now()
        run_base(n)
        t2 = now()
        ours.append(ms(t1 - t0))
        base.append(ms(t2 - t1))
    if args.what in ("xlsx", "pdf"):
        extra["ours_mb"] = (folder / f"ours-0.{args.what}").stat().st_size / 2**20
        extra["baseline_mb"] = (folder / f"base-0.{args.what}").stat().st_size / 2**20
    if session is not None:
        session.close()
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
    emit({"ours": ours, "baseline": base, "peak_rss_mb": peak_rss_mb(), **extra})


if __name__ == "__main__":
    main()
