"""An analysed metric lane's header: a "from data" badge and where the numbers came from.

Its values are ordinary metric values (apply_analytics writes them), drawn like any metric
lane's; what a reader must be told is that nobody typed them: the badge says so, and the lines
below it say which log, which dates and when (analytics_values.source_line, the text the PDF
prints too). The whole line and the measure's name are in the header's tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from app.models.analytics_values import MEASURE_NAMES, source_line
from app.models.entities import Journey, Lane, LaneKind
from app.views.board import style as S

BADGE = "from data"
BADGE_SIZE = 6.5
SOURCE_SIZE = 7.0
SOURCE_TOP = 44.0  # below the lane's name and kind
SOURCE_ROW = 11.0
NOT_ANALYSED = "no analysis stored (Analytics ▸ Analyse Event Log…)"


@dataclass(frozen=True)
class AnalysedHeader:
    """What the header of a metric lane filled from data adds to its name and kind."""

    source: str  # source_line(...), or why there is none
    tooltip: str


def analysed_header(journey: Journey, lane: Lane) -> AnalysedHeader | None:
    """None for every lane but a metric lane with a measure."""
    if lane.kind != LaneKind.METRIC or lane.measure is None:
        return None
    name = MEASURE_NAMES[lane.measure]
    if journey.analytics is None:
        return AnalysedHeader(NOT_ANALYSED, f"{name}\n{NOT_ANALYSED}")
    source = source_line(journey.analytics)
    a = journey.analytics
    tooltip = f"{name} — filled from the event log\n{source}\n{a.cases:,} cases, {a.events:,} events"
    return AnalysedHeader(source, tooltip)


def source_rows(text: str, width: float) -> list[str]:
    """The source line in at most two rows of ``width``, broken at its " · " parts (the last row
    elided if it still does not fit)."""
    fm = S.metrics(SOURCE_SIZE)
    parts = text.split(" · ")
    rows: list[str] = []
    while parts and len(rows) < 1:
        row = parts.pop(0)
        while parts and fm.horizontalAdvance(f"{row} · {parts[0]}") <= width:
            row = f"{row} · {parts.pop(0)}"
        rows.append(row)
    if parts:
        rows.append(" · ".join(parts))
    return [fm.elidedText(row, Qt.TextElideMode.ElideRight, width) for row in rows]


def badge_rect(kind_rect: QRectF, kind_text: str) -> QRectF:
    """The badge right after the lane's kind ("Metric (cases)"), on the kind's row."""
    x = kind_rect.left() + S.metrics(7.5).horizontalAdvance(kind_text) + 6
    w = S.metrics(BADGE_SIZE, True).horizontalAdvance(BADGE) + 10
    return QRectF(x, kind_rect.top() + 0.5, w, 13)


def analysed_labels(header: AnalysedHeader, r: QRectF, kind_rect: QRectF, kind_text: str) -> tuple[QRectF, list]:
    """The badge's rect and the (pen, Label)s of the badge and the source rows."""
    badge = badge_rect(kind_rect, kind_text)
    labels = [(S.DATA_BADGE_INK, S.Label(BADGE, badge, Qt.AlignmentFlag.AlignCenter, BADGE_SIZE, True))]
    width = r.width() - 22
    for n, row in enumerate(source_rows(header.source, width)):
        rect = QRectF(r.left() + 12, r.top() + SOURCE_TOP + n * SOURCE_ROW, width, SOURCE_ROW)
        labels.append((S.MUTED, S.Label(row, rect, Qt.AlignmentFlag.AlignLeft, SOURCE_SIZE)))
    return badge, labels


def paint_badge(painter: QPainter, badge: QRectF) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(S.DATA_BADGE_BG)
    painter.drawRoundedRect(badge, 6.5, 6.5)
