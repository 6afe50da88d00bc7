"""The drop-off heat on the stage headers: where the analysed cases leave the journey.

A facilitator reads the funnel off the stage row itself, on a projector: each header of an
analysed journey gets a bar along its foot as long as the share of the cases reaching the stage
that end there (analytics_values.dropoff_share, the one rule the PDF uses too) and a short line
"1,234 reached · 38% leave"; a stage nobody reaches says so. The map's last stage gets no heat:
the cases ending there completed the journey, they did not drop off. The numbers behind it are
in the header's tooltip. The header item paints it, so it scrolls and freezes with the header.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from app.i18n import QT_TRANSLATE_NOOP, grouped, localized, percent_sign, translate
from app.models.analytics_values import dropoff_share
from app.models.entities import JourneyAnalytics, Stage
from app.views.board import style as S

BAR_H = 6.0  # the heat bar's thickness, along the header's foot
TEXT_SIZE = 8.0
NOBODY = QT_TRANSLATE_NOOP("BoardDropoff", "nobody reaches this stage")


@dataclass(frozen=True)
class StageHeat:
    """What one stage header shows of the analytics: ``share`` None when nobody reaches it."""

    line: str
    share: float | None
    tooltip: str
    final: bool = False  # the map's last stage: its cases end there by completing the journey

    @property
    def nobody(self) -> bool:
        return self.share is None


def percent(share: float) -> str:
    """38% — and "<1%" rather than a misleading 0% for a few cases."""
    if 0 < share < 0.005:
        return f"<1{percent_sign()}%"
    return f"{share * 100:.0f}{percent_sign()}%"


def duration(seconds: float) -> str:
    """A median time as a facilitator says it: 40 s, 35 min, 2.5 h, 3.2 d."""
    if seconds < 60:
        return f"{seconds:.0f} s"
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    if seconds < 86400 * 2:
        return localized(f"{seconds / 3600:.1f}".removesuffix(".0")) + " h"
    return localized(f"{seconds / 86400:.1f}".removesuffix(".0")) + " d"


def stage_heat(analytics: JourneyAnalytics | None, stage: Stage, last: bool = False) -> StageHeat | None:
    """The heat of one stage (``last``: the map's last stage); None when the journey is not
    analysed or the analysis does not know the stage (added to the map after it)."""
    if analytics is None:
        return None
    m = analytics.measure(stage.id)
    if m is None:
        return None
    all_cases, reached = grouped(analytics.cases), grouped(m.reached)
    lines = [translate("BoardDropoff", "{stage} — from the event log").format(stage=stage.name)]
    after = [stage.description] if stage.description else []  # what the stage says it is, below
    share = dropoff_share(analytics, stage.id)
    if m.reached == 0 or share is None:
        lines.append(
            translate("BoardDropoff", "Nobody of the {cases} cases reaches this stage").format(cases=all_cases)
        )
        return StageHeat(translate("BoardDropoff", NOBODY), None, "\n".join(lines + after))
    lines.append(
        translate("BoardDropoff", "Reached: {reached} cases ({share} of all {cases})").format(
            reached=reached, share=percent(m.share), cases=all_cases
        )
    )
    if m.conversion is not None:
        lines.append(
            translate("BoardDropoff", "Conversion from the previous stage: {share}").format(share=percent(m.conversion))
        )
    ends, left = grouped(m.dropoff), percent(share)
    if last:
        lines.append(
            translate(
                "BoardDropoff", "{cases} cases end here, at the map's last stage ({share} of those reaching it)"
            ).format(cases=ends, share=left)
        )
    else:
        lines.append(
            translate("BoardDropoff", "Drop-off: {cases} cases end here ({share} of those reaching it)").format(
                cases=ends, share=left
            )
        )
    if m.median_to_next_s is not None:
        p90 = ""
        if m.p90_to_next_s is not None:
            p90 = translate("BoardDropoff", " (p90 {time})").format(time=duration(m.p90_to_next_s))
        lines.append(
            translate("BoardDropoff", "Median to the next stage: {time}{p90}").format(
                time=duration(m.median_to_next_s), p90=p90
            )
        )
    if m.median_in_stage_s is not None:
        lines.append(
            translate("BoardDropoff", "Median in the stage: {time}").format(time=duration(m.median_in_stage_s))
        )
    if last:
        end = translate("BoardDropoff", "{reached} reached · the end").format(reached=reached)
        return StageHeat(end, share, "\n".join(lines + after), final=True)
    line = translate("BoardDropoff", "{reached} reached · {share} leave").format(reached=reached, share=left)
    return StageHeat(line, share, "\n".join(lines + after))


def heat_label(heat: StageHeat, r: QRectF) -> tuple:
    """(pen, Label) of the heat line, right-aligned on the header's number row, elided to fit."""
    room = r.width() - 50  # the stage number ("01", ~14 px at the left) keeps its place and a gap
    text = S.metrics(TEXT_SIZE, True).elidedText(heat.line, Qt.TextElideMode.ElideRight, room)
    rect = QRectF(r.right() - 12 - room, r.top() + 7, room, 16)
    pen = S.HEAT_NOBODY if heat.nobody else S.HEAT_INK
    return pen, S.Label(text, rect, Qt.AlignmentFlag.AlignRight, TEXT_SIZE, True)


def paint_heat(painter: QPainter, r: QRectF, heat: StageHeat) -> None:
    """The bar along the header's foot (``r`` is the header's drawn rect): the track the whole
    width, the heat as long as the drop-off share; a stage nobody reaches gets a dashed edge."""
    track = QRectF(r.left() + 8, r.bottom() - BAR_H - 1.5, r.width() - 16, BAR_H)
    painter.setPen(Qt.PenStyle.NoPen)
    if heat.final:
        return  # completing the journey is no drop-off
    if heat.nobody:
        pen = QPen(S.HEAT_NOBODY, 1.5)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(r.adjusted(1, 1, -1, -1), 4, 4)
        return
    painter.setBrush(S.HEAT_TRACK)
    painter.drawRoundedRect(track, 2, 2)
    share = heat.share or 0.0
    if share > 0:
        width = max(BAR_H, track.width() * min(1.0, share))
        painter.setBrush(S.HEAT_BAR)
        painter.drawRoundedRect(QRectF(track.left(), track.top(), width, BAR_H), 2, 2)
