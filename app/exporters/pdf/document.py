"""export_pdf: the whole document — cover, maps, personas, summary, metrics, analytics, actions, appendix."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import pagesizes
from reportlab.pdfgen.canvas import Canvas

from app import __version__
from app.exporters.common import ExportCancelled, Progress, select_journeys  # noqa: F401
from app.exporters.pdf import actions_page, analytics_page, changes_page, evidence_pages, fonts, map_pages, other_pages
from app.exporters.pdf import style as S
from app.exporters.pdf.layout import layout_journey
from app.exporters.votes import VotesChoice, chosen_session, with_votes_of
from app.i18n import translate
from app.models.atomic import write_with
from app.models.entities import Project
from app.models.errors import WaymarkError
from app.models.stamps import login_name

PAPERS = {
    "A4": pagesizes.A4,
    "A3": pagesizes.A3,
    "A2": pagesizes.A2,
    "A1": pagesizes.A1,
    "A0": pagesizes.A0,
    "letter": pagesizes.letter,
    "tabloid": pagesizes.TABLOID,
}
LAYOUTS = ("poster", "tiled")
ORIENTATIONS = ("landscape", "portrait")


@dataclass
class PdfOptions:
    journey_id: str | None = None
    layout: str = "poster"
    paper: str = "A4"
    orientation: str = "landscape"
    votes: VotesChoice = field(default_factory=VotesChoice)  # whose votes the badges and summary show
    analytics: bool = True  # a page of its event log's results after each analysed journey
    changes_since: str | None = None  # a snapshot's name or id: a "Changes since" page per journey that has it


def paper_size(paper: str, orientation: str) -> tuple[float, float]:
    if paper not in PAPERS:
        raise WaymarkError(
            translate("PdfDocument", "unknown paper {paper}; choose one of {papers}").format(
                paper=repr(paper), papers=", ".join(PAPERS)
            )
        )
    if orientation not in ORIENTATIONS:
        raise WaymarkError(
            translate("PdfDocument", "unknown orientation {orientation}; choose landscape or portrait").format(
                orientation=repr(orientation)
            )
        )
    size = PAPERS[paper]
    return pagesizes.landscape(size) if orientation == "landscape" else pagesizes.portrait(size)


class _NumberedCanvas(Canvas):
    """Puts "page N" at the foot of every page."""

    def showPage(self):  # noqa: N802 - reportlab's name
        w, _h = self._pagesize
        size = 8 if w < 2000 else 8 * w / 1200
        self.setFillColor(S.MUTED)
        fonts.draw_right(self, w - 20, 12, translate("PdfDocument", "page {n}").format(n=self.getPageNumber()), size)
        super().showPage()


def export_pdf(
    project: Project,
    out: Path,
    options: PdfOptions,
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write ``project`` as a PDF at ``out`` (atomically); see the module docs."""
    if options.layout not in LAYOUTS:
        raise WaymarkError(
            translate("PdfDocument", "unknown layout {layout}; choose poster or tiled").format(
                layout=repr(options.layout)
            )
        )
    paper = paper_size(options.paper, options.orientation)
    journeys = select_journeys(project, options.journey_id)
    changes_page.check_changes_since(journeys, options.changes_since)
    fonts.register_fonts()
    analysed = [j for j in journeys if options.analytics and j.analytics is not None]
    total = sum(len(j.cards) for j in journeys) + 4 * len(journeys) + len(analysed) + 2
    step = Progress(total, translate("PdfDocument", "PDF"), progress, cancelled).step

    def write(tmp: Path) -> None:
        c = _NumberedCanvas(
            str(tmp), pagesize=paper, pageCompression=1, initialFontName=fonts.REGULAR, initialFontSize=10
        )
        c.setTitle(project.info.name)
        c.setAuthor(project.info.author or _author())
        c.setSubject(
            translate("PdfDocument", "Customer journey map: {journeys}").format(
                journeys=", ".join(j.name for j in journeys)
            )
        )
        c.setCreator(f"Waymark {__version__}")
        c.setProducer(f"Waymark {__version__} (reportlab)")
        cover = translate("PdfDocument", "Cover")
        step(0, cover)
        c.bookmarkPage("cover")
        c.addOutlineEntry(cover, "cover", level=0)
        other_pages.cover(c, project, journeys, paper)
        c.showPage()
        step(1, cover)
        notes_all = []
        note = 1
        for ji, as_stored in enumerate(journeys):
            session = chosen_session(as_stored, options.votes)
            journey = with_votes_of(as_stored, session)
            doing = translate("PdfDocument", "Laying out {journey}").format(journey=journey.name)
            lay = layout_journey(journey, note, tick=lambda n, d=doing: step(n, d), session=session)
            lay.personas = project.personas
            note += len(lay.notes)
            notes_all.extend(lay.notes)
            key = f"j{ji}"
            c.bookmarkPage(key)
            c.bookmarkPage(f"{key}-map")
            c.addOutlineEntry(journey.name, key, level=0)
            c.addOutlineEntry(translate("PdfDocument", "Map"), f"{key}-map", level=1)
            if options.layout == "poster":
                map_pages.poster_page(c, lay, paper, journey.name)
                c.showPage()
            else:

                def on_tile(label: str, key=key, name=journey.name) -> None:
                    step(0, translate("PdfDocument", "Drawing {journey} {tile}").format(journey=name, tile=label))
                    c.bookmarkPage(f"{key}-{label}")

                map_pages.tile_pages(c, lay, paper, journey.name, on_tile)
            step(1, translate("PdfDocument", "Drew the map of {journey}").format(journey=journey.name))
            personas = [p for pid in journey.persona_ids if (p := project.persona(pid)) is not None]
            if personas:
                flow = other_pages.Flow(c, paper, lambda k=f"{key}-p": c.bookmarkPage(k))
                c.addOutlineEntry(translate("PdfDocument", "Personas"), f"{key}-p", level=1)
                for persona in personas:
                    other_pages.persona_page(flow, persona)
                c.showPage()
            step(1, translate("PdfDocument", "Personas of {journey}").format(journey=journey.name))
            flow = other_pages.Flow(c, paper, lambda k=f"{key}-s": c.bookmarkPage(k))
            c.addOutlineEntry(translate("PdfDocument", "Pain points and opportunities"), f"{key}-s", level=1)
            other_pages.summary(flow, journey, session)
            c.showPage()
            step(1, translate("PdfDocument", "Summary of {journey}").format(journey=journey.name))
            flow = other_pages.Flow(c, paper, lambda k=f"{key}-m": c.bookmarkPage(k))
            c.addOutlineEntry(translate("PdfDocument", "Metrics"), f"{key}-m", level=1)
            other_pages.metrics_table(flow, journey)
            c.showPage()
            step(1, translate("PdfDocument", "Metrics of {journey}").format(journey=journey.name))
            if options.changes_since:
                changes_page.add_changes_page(c, paper, as_stored, options.changes_since, f"{key}-c")
            if as_stored.id in {j.id for j in analysed}:
                c.addOutlineEntry(translate("PdfDocument", "Analytics"), f"{key}-a", level=1)
                analytics_page.analytics_page(c, journey, paper, lambda k=f"{key}-a": c.bookmarkPage(k))
                c.showPage()
                step(1, translate("PdfDocument", "Analytics of {journey}").format(journey=journey.name))
        if actions_page.has_actions(journeys):  # one table of every exported journey's actions
            flow = other_pages.Flow(c, paper, lambda: c.bookmarkPage("actions"))
            c.addOutlineEntry(translate("PdfDocument", "Actions"), "actions", level=0)
            actions_page.actions_page(flow, journeys)
            c.showPage()
        if notes_all:
            flow = other_pages.Flow(c, paper, lambda: c.bookmarkPage("appendix"))
            c.addOutlineEntry(translate("PdfDocument", "Appendix"), "appendix", level=0)
            other_pages.appendix(flow, notes_all)
            c.showPage()
        if evidence_pages.any_evidence(journeys):
            flow = other_pages.Flow(c, paper, lambda: c.bookmarkPage("evidence"))
            c.addOutlineEntry(translate("PdfDocument", "Evidence"), "evidence", level=0)
            evidence_pages.evidence_appendix(flow, journeys)
            c.showPage()
        c.showOutline()
        step(0, translate("PdfDocument", "Saving"))
        try:
            with _binary_streams():
                c.save()
        except OSError:
            raise
        except Exception as exc:  # reportlab reports bad input with plain exceptions
            raise WaymarkError(
                translate("PdfDocument", "could not build the PDF: {reason}").format(reason=exc)
            ) from exc
        step(1, translate("PdfDocument", "Done"))

    try:
        write_with(Path(out), write)
    except WaymarkError:
        raise
    except (ValueError, KeyError, TypeError, ZeroDivisionError) as exc:
        raise WaymarkError(
            translate("PdfDocument", "could not build the PDF {name}: {reason}").format(name=Path(out).name, reason=exc)
        ) from exc


_A85_LOCK = threading.Lock()


@contextlib.contextmanager
def _binary_streams():
    """Write compressed streams as binary, not also ASCII85-encoded: reportlab's default
    encoding only makes the file 7-bit clean (nothing needs that), costs a quarter more bytes
    and is slow in pure Python. reportlab (4.5) has no per-canvas or per-document switch: its
    pages and forms read the process-wide ``rl_config.useA85`` while saving, so it is set for
    the save only, under a lock, and put back (tests/test_private_patches.py)."""
    with _A85_LOCK:
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = saved


def _author() -> str:
    return login_name() or "Waymark"
