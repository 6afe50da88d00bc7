"""export_xlsx: assemble the workshop workbook and write it atomically."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from app.exporters.common import ExportCancelled, Progress, select_journeys  # noqa: F401
from app.exporters.xlsx import names as N
from app.exporters.xlsx import style as S
from app.exporters.xlsx.analytics_sheet import write_analytics_sheet
from app.exporters.xlsx.emotions import write_emotions_sheet
from app.exporters.xlsx.guide import write_guide_sheet
from app.exporters.xlsx.journey_sheet import write_journey_sheet
from app.exporters.xlsx.tables import (
    list_values,
    write_cards_sheet,
    write_lists_sheet,
    write_personas_sheet,
)
from app.exporters.xlsx.votes_sheet import write_votes_sheet
from app.exporters.xlsx.words import word
from app.i18n import translate
from app.models import workbook_format as F
from app.models.atomic import write_with
from app.models.entities import Project
from app.models.errors import WaymarkError


@dataclass
class XlsxOptions:
    journey_id: str | None = None  # None: every journey


def export_xlsx(
    project: Project,
    out: Path,
    options: XlsxOptions,
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[str]:
    """Write the workshop workbook of ``project`` at ``out`` (atomically).

    Returns notes on texts that had to be changed to fit a workbook (also left as cell comments)."""
    journeys = select_journeys(project, options.journey_id)
    cards = sum(len(j.cards) for j in journeys)
    total = 2 * cards + 2 * len(journeys) + 3
    notes: list[str] = []
    step = Progress(total, translate("XlsxExport", "workbook"), progress, cancelled).step

    def build() -> bytes:
        wb = Workbook()
        guide = wb.active
        guide.title = word(F.GUIDE)
        write_guide_sheet(guide, project.info.name, journeys)
        step(1, word(F.GUIDE))
        sheet_names = N.SheetNames()
        for journey in journeys:
            ws = wb.create_sheet(sheet_names.claim(journey.name))
            doing = translate("XlsxExport", "Map of {journey}").format(journey=journey.name)
            write_journey_sheet(ws, project, journey, notes, lambda n, d=doing: step(n, d))
            step(1, doing)
        emotions = wb.create_sheet(word(F.EMOTIONS))
        write_emotions_sheet(emotions, project, journeys, notes, lambda n: step(n, word(F.EMOTIONS)))
        S.print_fit_to_width(emotions)
        cards_ws = wb.create_sheet(word(F.CARDS))
        lists_ws = wb.create_sheet(F.LISTS)
        ranges = write_lists_sheet(lists_ws, list_values(journeys), notes)
        write_cards_sheet(cards_ws, project, journeys, ranges, notes, lambda n: step(n, word(F.CARDS)))
        S.print_fit_to_width(cards_ws, title_rows="1:1")
        personas = wb.create_sheet(word(F.PERSONAS))
        write_personas_sheet(personas, project, notes)
        S.print_fit_to_width(personas, title_rows="1:1")
        for journey in journeys:
            for session in journey.sessions:
                votes_ws = wb.create_sheet(sheet_names.claim(word(F.VOTES_PREFIX) + session.name))
                write_votes_sheet(votes_ws, journey, session, notes)
        for journey in journeys:
            if journey.analytics is not None:
                analytics_ws = wb.create_sheet(sheet_names.claim(word(F.ANALYTICS_PREFIX) + journey.name))
                write_analytics_sheet(analytics_ws, journey, notes)
        wb.move_sheet(lists_ws, offset=len(wb.sheetnames))  # the hidden helper sheet goes last
        step(1, word(F.PERSONAS))
        wb.properties.title = project.info.name[:255]
        wb.properties.creator = (project.info.author or "Waymark")[:255]
        step(0, translate("XlsxExport", "Saving"))
        # Zipped in memory: a ZipFile that fails on close (a full disk) fails again in __del__.
        buffer = io.BytesIO()
        wb.save(buffer)
        return buffer.getvalue()

    try:
        # Built inside the replacement: openpyxl's own temporary files fail the same way.
        write_with(Path(out), lambda tmp: Path(tmp).write_bytes(build()))
        step(1, translate("XlsxExport", "Done"))
    except WaymarkError:
        raise
    except (ValueError, KeyError, TypeError) as exc:
        raise WaymarkError(
            translate("XlsxExport", "could not build the workbook {name}: {reason}").format(
                name=Path(out).name, reason=exc
            )
        ) from exc
    return notes
