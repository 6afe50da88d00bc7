"""An analysed metric lane's header: a "from data" badge and where the numbers came from.

Its values are ordinary metric values (apply_analytics writes them), drawn like any metric
lane's; what a reader must be told is that nobody typed them: the badge says so, and the lines
below it say which log, which dates and when (analytics_values.source_line, the text the PDF
prints too). The whole line and the measure's name are in the header's tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from app.i18n import QT_TRANSLATE_NOOP, grouped, translate
from app.models.analytics_values import source_line
from app.models.entities import Journey, Lane, LaneKind
from app.views.board import style as S
from app.views.board.model_words import measure_title

BADGE = QT_TRANSLATE_NOOP("BoardAnalysedLane", "from data")
BADGE_SIZE = 6.5
SOURCE_SIZE = 7.0
SOURCE_TOP = 44.0  # below the lane's name and kind
SOURCE_ROW = 11.0
NOT_ANALYSED = QT_TRANSLATE_NOOP("BoardAnalysedLane", "no analysis stored (Analytics ▸ Analyse Event Log…)")


@dataclass(frozen=True)
class AnalysedHeader:
    """What the header of a metric lane filled from data shows instead of its kind: the badge and
    the log's file name on the kind's row, then the rest of the source line, a part a row."""

    source: str  # source_line(...), or why there is none
    file: str
    rows: tuple[str, ...]
    tooltip: str


def analysed_header(journey: Journey, lane: Lane) -> AnalysedHeader | None:
    """None for every lane but a metric lane with a measure."""
    if lane.kind != LaneKind.METRIC or lane.measure is None:
        return None
    name = measure_title(lane.measure)
    if journey.analytics is None:
        missing = translate("BoardAnalysedLane", NOT_ANALYSED)
        rows = tuple(missing.replace(" (", "\n(").split("\n"))
        return AnalysedHeader(missing, "", rows, f"{name}\n{missing}")
    a = journey.analytics
    source = source_line(a)
    _, *rest = source.split(" · ")
    tooltip = translate(
        "BoardAnalysedLane", "{name} — filled from the event log\n{source}\n{cases} cases, {events} events"
    ).format(name=name, source=source, cases=grouped(a.cases), events=grouped(a.events))
    # The file's name as source_line names it, without its translated "from …" around it.
    file = PurePath(a.source.path).name or a.source.path
    return AnalysedHeader(source, file, tuple(rest), tooltip)


def analysed_labels(header: AnalysedHeader, r: QRectF, kind_rect: QRectF) -> tuple[QRectF, list]:
    """The badge's rect and the (pen, Label)s of the badge, the file name and the rows below."""
    text = translate("BoardAnalysedLane", BADGE)
    w = S.metrics(BADGE_SIZE, True).horizontalAdvance(text) + 10
    badge = QRectF(kind_rect.left(), kind_rect.top() + 0.5, w, 13)
    labels = [(S.DATA_BADGE_INK, S.Label(text, badge, Qt.AlignmentFlag.AlignCenter, BADGE_SIZE, True))]
    left = Qt.AlignmentFlag.AlignLeft
    fm = S.metrics(SOURCE_SIZE)
    if header.file:
        room = kind_rect.right() - badge.right() - 4
        name = fm.elidedText(header.file, Qt.TextElideMode.ElideMiddle, room)
        labels.append(
            (S.BOARD_INK, S.Label(name, QRectF(badge.right() + 4, kind_rect.top() + 1, room, 13), left, SOURCE_SIZE))
        )
    width = r.width() - 22
    for n, row in enumerate(header.rows[:2]):
        rect = QRectF(r.left() + 12, r.top() + SOURCE_TOP + n * SOURCE_ROW, width, SOURCE_ROW)
        text = fm.elidedText(row, Qt.TextElideMode.ElideRight, width)
        labels.append((S.BOARD_MUTED, S.Label(text, rect, left, SOURCE_SIZE)))
    return badge, labels


def paint_badge(painter: QPainter, badge: QRectF) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(S.DATA_BADGE_BG)
    painter.drawRoundedRect(badge, 6.5, 6.5)
