"""Text pages: cover, personas, the pain-point/opportunity summary, metrics, the appendix.

A small flowing writer (``Flow``) places wrapped lines and starts a new page when one is full.
"""

from __future__ import annotations

import datetime as dt
from io import BytesIO

from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader

from app.exporters import votes as EV
from app.exporters.common import count_text, date_text
from app.exporters.pdf import fastpdf, fonts, votes_summary
from app.exporters.pdf import style as S
from app.i18n import translate
from app.models import avatars
from app.models import ownership as O
from app.models import voting as V
from app.models.analytics_values import MEASURE_NAMES, source_line
from app.models.entities import Journey, LaneKind, Persona, Project, VotingSession, photo_bytes

M = 48.0


class Flow:
    def __init__(self, c, paper, new_page):
        self.c, self.paper, self.new_page = c, paper, new_page
        self.y = 0.0
        self.start()

    def start(self) -> None:
        self.new_page()
        self.c.setPageSize(self.paper)
        self.y = self.paper[1] - M

    def need(self, h: float) -> None:
        if self.y - h < M + 20:
            self.c.showPage()
            self.start()

    def text(
        self, text: str, size: float = 10, bold: bool = False, indent: float = 0.0, colour=S.INK, gap: float = 2
    ) -> None:
        width = self.paper[0] - 2 * M - indent
        for line in fonts.wrap(text, size, width, bold):
            self.need(size * 1.3)
            fastpdf.fill(self.c, colour)
            self.y -= size * 1.3
            fonts.draw(self.c, M + indent, self.y, line, size, bold)
        self.y -= gap


def cover(c, project: Project, journeys: list[Journey], paper) -> None:
    c.setPageSize(paper)
    w, h = paper
    c.setFillColor(S.STAGE_BG)
    c.rect(0, h - 170, w, 170, stroke=0, fill=1)
    c.setFillColor(S.WHITE)
    y = h - 90
    for line in fonts.wrap(project.info.name, 30, w - 2 * M, True)[:2]:
        fonts.draw(c, M, y, line, 30, True)
        y -= 36
    if project.info.author:
        fonts.draw(c, M, max(y + 8, h - 160), fonts.fit(project.info.author, 13, w - 2 * M), 13)
    c.setFillColor(S.INK)
    y = h - 210
    if project.info.description:
        for line in fonts.wrap(project.info.description, 11, w - 2 * M)[:6]:
            fonts.draw(c, M, y, line, 11)
            y -= 15
        y -= 10
    fonts.draw(c, M, y, translate("PdfCover", "Journeys"), 14, True)
    y -= 20
    for n, j in enumerate(journeys):
        if y < M + 60:  # two lines a journey: the rest are in the outline, not over the footer
            fonts.draw(c, M + 10, y, translate("PdfCover", "… and {n} more").format(n=len(journeys) - n), 11)
            y -= 15
            break
        fonts.draw(
            c,
            M + 10,
            y,
            fonts.fit(f"• {j.name} — {_stages_and_cards(len(j.stages), len(j.cards))}", 11, w - 2 * M - 10),
            11,
        )
        y -= 15
        c.setFillColor(S.MUTED)
        fonts.draw(c, M + 22, y, fonts.fit(ownership_line(j), 9, w - 2 * M - 22), 9)
        c.setFillColor(S.INK)
        y -= 15
    y -= 10
    if project.personas and y > M + 60:  # room for the heading and a persona above the footer
        fonts.draw(c, M, y, translate("PdfCover", "Personas"), 14, True)
        y -= 20
        for p in project.personas:
            c.setFillColor(S.INK)
            fonts.draw(
                c, M + 10, y, fonts.fit(f"• {p.name}" + (f" — {p.role}" if p.role else ""), 11, w - 2 * M - 10), 11
            )
            y -= 15
            if y < M + 40:
                break
    c.setFillColor(S.MUTED)
    exported = translate("PdfCover", "Exported {date}").format(date=date_text(dt.date.today().isoformat()))
    fonts.draw(c, M, M + 10, exported, 10)


def ownership_line(journey: Journey) -> str:
    """ "Status: Live · Owner: Dana · Review by 2026-03-01 (overdue) · Last reviewed 2026-01-10"."""
    parts = [translate("PdfCover", "Status: {status}").format(status=O.status_word(journey.status))]
    if journey.owner:
        parts.append(translate("PdfCover", "Owner: {owner}").format(owner=journey.owner))
    if journey.review_by:
        review = translate("PdfCover", "Review by {date}").format(date=date_text(journey.review_by))
        if O.review_overdue(journey):
            review = translate("PdfCover", "{review} (overdue)").format(review=review)
        parts.append(review)
    if journey.last_reviewed:
        parts.append(translate("PdfCover", "Last reviewed {date}").format(date=date_text(journey.last_reviewed)))
    return " · ".join(parts)


def _stages_and_cards(stages: int, cards: int) -> str:
    """ "5 stages, 1,204 cards" (one stage, one card: singular)."""
    stage_text = translate("PdfCover", "{n} stages") if stages != 1 else translate("PdfCover", "{n} stage")
    card_text = translate("PdfCover", "{n} cards") if cards != 1 else translate("PdfCover", "{n} card")
    return translate("PdfCover", "{stages}, {cards}").format(
        stages=stage_text.format(n=stages), cards=card_text.format(n=count_text(cards))
    )


def persona_page(flow: Flow, persona: Persona) -> None:
    c = flow.c
    flow.need(170)
    top = flow.y
    x = M
    data = photo_bytes(persona.photo)
    if data:
        try:
            c.drawImage(ImageReader(BytesIO(data)), M, top - 120, 120, 120, preserveAspectRatio=True, mask="auto")
        except Exception:  # a damaged photo must not stop the export
            pass
        x = M + 136
    else:
        _initials_disc(c, persona, M + 60, top - 60, 56)
        x = M + 136
    c.setFillColor(S.INK)
    c.setFillColor(HexColor(persona.color))
    c.rect(x, top - 6, 40, 6, stroke=0, fill=1)
    c.setFillColor(S.INK)
    fonts.draw(c, x, top - 30, fonts.fit(persona.name, 20, flow.paper[0] - x - M, True), 20, True)
    if persona.role:
        c.setFillColor(S.MUTED)
        fonts.draw(c, x, top - 48, fonts.fit(persona.role, 12, flow.paper[0] - x - M), 12)
    flow.y = top - 56
    if persona.quote:
        flow.text(f"“{persona.quote}”", 11, indent=x - M, colour=S.MUTED)
    flow.y = min(flow.y, top - 136)
    for title, items in (
        (translate("PdfPersona", "Goals"), persona.goals),
        (translate("PdfPersona", "Needs"), persona.needs),
        (translate("PdfPersona", "Frustrations"), persona.frustrations),
    ):
        if items:
            flow.text(title, 12, True, gap=4)
            for item in items:
                flow.text(f"• {item}", 10, indent=10)
            flow.y -= 6
    flow.y -= 20


def _initials_disc(c, persona: Persona, cx: float, cy: float, r: float) -> None:
    """The app's avatar for a persona without a photo: its initials on a disc of its colour."""
    c.setFillColor(HexColor(persona.color))
    c.circle(cx, cy, r, stroke=0, fill=1)
    letters = avatars.initials(persona.name)
    size = avatars.initials_size(persona.name, 2 * r)
    c.setFillColor(S.INK if avatars.dark_text_on(persona.color) else S.WHITE)
    fonts.draw_centred(c, cx, cy - size * 0.36, letters, size, True)  # 0.36: half a capital's height


def summary(flow: Flow, journey: Journey, session: VotingSession | None = None) -> None:
    """The chosen session's results, then the pain points and opportunities by the votes shown
    (``journey`` carries them as its cards' votes: see ``app.exporters.votes.with_votes_of``)."""
    votes_summary.session_block(flow, journey, session)
    hidden = session is not None and not V.results_visible(session)
    stages = {s.id: s.name for s in journey.stages}
    for role, title in (
        ("pain_points", translate("PdfSummary", "Pain points")),
        ("opportunities", translate("PdfSummary", "Opportunities")),
    ):
        lanes = {ln.id for ln in journey.lanes if ln.role == role}
        cards = [c for c in journey.cards if c.lane in lanes]
        if hidden:
            flow.text(
                translate("PdfSummary", "{title} ({n}; votes hidden)").format(title=title, n=len(cards)),
                14,
                True,
                gap=6,
            )
        else:
            cards.sort(key=lambda c: -c.votes)
            flow.text(
                translate("PdfSummary", "{title} ranked by votes ({n})").format(title=title, n=len(cards)),
                14,
                True,
                gap=6,
            )
        if not cards:
            flow.text(translate("PdfSummary", "None recorded."), 10, colour=S.MUTED)
        ranks = ["•"] * len(cards) if hidden else EV.ranks_of([c.votes for c in cards])
        for rank, card in zip(ranks, cards, strict=True):
            evidence = (
                S.EVIDENCE_MARKS[card.evidence][0] + " " + S.label(S.EVIDENCE_MARKS[card.evidence][1]).lower()
                if card.evidence
                else translate("PdfSummary", "no evidence")
            )
            flow.text(f"{rank} {card.text}", 10, True, indent=0, gap=0)
            votes = (
                ""
                if hidden
                else (
                    translate("PdfSummary", "{n} votes") if card.votes != 1 else translate("PdfSummary", "{n} vote")
                ).format(n=card.votes)
                + " · "
            )
            where = translate("PdfSummary", "stage: {stage}").format(stage=stages.get(card.stage, "?"))
            flow.text(
                f"{votes}{where} · {evidence}" + (" · " + " ".join(f"#{t}" for t in card.tags) if card.tags else ""),
                8.5,
                indent=14,
                colour=S.MUTED,
                gap=5,
            )
        flow.y -= 12


def metrics_table(flow: Flow, journey: Journey) -> None:
    lanes = [ln for ln in journey.lanes if ln.kind == LaneKind.METRIC]
    flow.text(translate("PdfMetrics", "Metrics"), 14, True, gap=6)
    if not lanes:
        flow.text(translate("PdfMetrics", "This journey has no metric lanes."), 10, colour=S.MUTED)
        return
    stage_names = {s.id: s.name for s in journey.stages}
    values = {(m.lane, m.stage): m for m in journey.metrics}
    for lane in lanes:
        flow.text(lane.name + (f" ({lane.unit})" if lane.unit else ""), 11, True, gap=3)
        if lane.measure is not None:
            where = (
                source_line(journey.analytics) if journey.analytics else translate("PdfMetrics", "no analysis stored")
            )
            flow.text(
                translate("PdfMetrics", "From data: {measure}, {source}").format(
                    measure=MEASURE_NAMES[lane.measure].lower(), source=where
                ),
                8.5,
                colour=S.MUTED,
                gap=3,
            )
        c = flow.c
        col = [M + 10, M + 250, M + 360]
        flow.need(14)
        flow.y -= 12
        c.setFillColor(S.MUTED)
        for x, head in zip(
            col,
            (translate("PdfMetrics", "Stage"), translate("PdfMetrics", "Value"), translate("PdfMetrics", "Target")),
            strict=False,
        ):
            fonts.draw(c, x, flow.y, head, 9, True)
        for stage in journey.stages:
            m = values.get((lane.id, stage.id))
            flow.need(13)
            flow.y -= 13
            c.setFillColor(S.INK)
            fonts.draw(c, col[0], flow.y, fonts.fit(stage_names[stage.id], 9, 230), 9)
            v = "–" if m is None or m.value is None else S.with_unit(m.value, lane.unit)
            t = "–" if m is None or m.target is None else S.with_unit(m.target, lane.unit)
            fonts.draw(c, col[1], flow.y, v, 9)
            fonts.draw(c, col[2], flow.y, t, 9)
        flow.y -= 12


def appendix(flow: Flow, notes) -> None:
    flow.text(translate("PdfAppendix", "Appendix: full text of shortened cards"), 14, True, gap=6)
    for number, card in notes:
        flow.text(f"[{number}]", 10, True, gap=0)
        flow.text(card.text, 9.5, indent=14, gap=8)
