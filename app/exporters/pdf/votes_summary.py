"""The summary page's voting results: the session the votes come from, and its ranking.

A reader of the PDF was not in the room, so the heading says which vote the numbers are (its
name, date, how many took part and under which rules); ties are printed as ties ("2="), never
broken by board order; and a session whose results are still hidden prints no totals at all,
as the board shows none.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor  # type: ignore[import-untyped]

from app.exporters import votes as EV
from app.exporters.pdf import fastpdf
from app.exporters.pdf import style as S
from app.i18n import translate
from app.models import voting as V
from app.models.entities import Journey, VotingSession

M = 48.0  # the text pages' margin (other_pages.M)
DOT_R, DOT_STEP, MAX_DOTS = 3.0, 7.5, 30  # each voter's dots before the details, as on the map


def session_block(flow, journey: Journey, session: VotingSession | None) -> None:
    """The heading and ranked results of ``session`` (nothing for the cards' own counts)."""
    if session is None:
        return
    flow.text(translate("PdfVotes", "Votes: {session}").format(session=session.name), 14, True, gap=2)
    flow.text(EV.describe(session), 9.5, colour=S.MUTED, gap=8)
    if not V.results_visible(session):
        flow.text(
            translate("PdfVotes", "Results hidden: the session is still open and its results have not been revealed."),
            10,
            colour=S.MUTED,
            gap=12,
        )
        return
    ranked = V.ranking(session, journey)
    if not ranked:
        flow.text(translate("PdfVotes", "No votes were cast."), 10, colour=S.MUTED, gap=12)
        return
    stages = {s.id: s.name for s in journey.stages}
    lanes = {ln.id: ln.name for ln in journey.lanes}
    for r in ranked:
        flow.text(f"{EV.rank_label(r)} {r.card.text}", 10, True, gap=0)
        details = [
            (translate("PdfVotes", "{n} votes") if r.total != 1 else translate("PdfVotes", "{n} vote")).format(
                n=r.total
            ),
            translate("PdfVotes", "stage: {stage}").format(stage=stages.get(r.card.stage, "?")),
            translate("PdfVotes", "lane: {lane}").format(lane=lanes.get(r.card.lane, "?")),
        ]
        voters = EV.voters_text(r)
        if voters:
            details.append(translate("PdfVotes", "voters: {voters}").format(voters=voters))
        tally = V.tally_of(session, r.card.id)
        if tally:
            details.append(translate("PdfVotes", "{n} counted on paper").format(n=tally))
        marks = [colour for colour, n in EV.dots(session, r.card.id) for _ in range(n)][:MAX_DOTS]
        flow.need(8.5 * 1.3)
        baseline = flow.y - 8.5 * 1.3
        for i, colour in enumerate(marks):
            fastpdf.fill(flow.c, HexColor(colour))
            fastpdf.circle(flow.c, M + 17 + i * DOT_STEP, baseline + 3, DOT_R, stroke=0, fill=1)
        indent = 14 + (len(marks) * DOT_STEP + 4 if marks else 0)
        flow.text(" · ".join(details), 8.5, indent=indent, colour=S.MUTED, gap=5)
    flow.y -= 12
