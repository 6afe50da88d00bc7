"""The Analytics panel's funnel: one horizontal bar per stage, in the map's order.

Horizontal because the panel is a narrow dock beside the board: the stage names stay readable
and a long journey scrolls instead of squeezing. A bar's length is the cases reaching the stage
(against the busiest stage); its right end, in a warm colour, is the drop-off — the cases whose
journey ends there — so the leak is where the eye goes. The text beside it reads "1,234 · 45%"
and, under it, the conversion from the previous stage. A stage nobody reaches is flagged.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.i18n import translate
from app.views.analytics.summary import grouped

REACHED_COLOR = QColor("#4F7FD8")
DROPOFF_COLOR = QColor("#E8833A")
NOBODY_COLOR = QColor("#B3261E")
ROW, GAP, PAD = 30, 4, 6


@dataclass(frozen=True)
class FunnelRow:
    name: str
    reached: int
    share: float
    conversion: float | None
    dropoff: int


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


class FunnelChart(QWidget):
    """Painted with QPainter from plain rows; ``set_rows`` repaints."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FunnelRow] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(220)

    def set_rows(self, rows: list[FunnelRow]) -> None:
        self.rows = list(rows)
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, PAD * 2 + max(1, len(self.rows)) * (ROW + GAP))

    def label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(r.name) for r in self.rows), default=0)
        return min(max(60, widest + 8), self.width() // 3)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        metrics = self.fontMetrics()
        label_w = self.label_width()
        numbers_w = metrics.horizontalAdvance("000,000 · 100%") + 8
        bar_x = PAD + label_w
        bar_w = max(20, self.width() - bar_x - numbers_w - PAD)
        top = max((r.reached for r in self.rows), default=0) or 1
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.85))
        for n, row in enumerate(self.rows):
            y = PAD + n * (ROW + GAP)
            painter.setPen(text_color)
            name = metrics.elidedText(row.name, Qt.TextElideMode.ElideRight, label_w - 6)
            painter.drawText(QRectF(PAD, y, label_w - 6, ROW), Qt.AlignmentFlag.AlignVCenter, name)
            track = QRectF(bar_x, y + 4, bar_w, ROW - 8)
            painter.fillRect(track, self.palette().color(QPalette.ColorRole.AlternateBase))
            if row.reached == 0:
                painter.setPen(NOBODY_COLOR)
                painter.drawText(
                    track.adjusted(6, 0, 0, 0),
                    Qt.AlignmentFlag.AlignVCenter,
                    translate("FunnelChart", "nobody reaches it"),
                )
                continue
            length = bar_w * row.reached / top
            painter.fillRect(QRectF(bar_x, y + 4, length, ROW - 8), REACHED_COLOR)
            if row.dropoff:
                leak = length * min(1.0, row.dropoff / row.reached)
                painter.fillRect(QRectF(bar_x + length - leak, y + 4, leak, ROW - 8), DROPOFF_COLOR)
            right = QRectF(bar_x + bar_w + 6, y, numbers_w, ROW / 2 + 2)
            painter.setPen(text_color)
            painter.drawText(right, Qt.AlignmentFlag.AlignBottom, f"{grouped(row.reached)} · {percent(row.share)}")
            painter.setFont(small)
            painter.setPen(muted)
            below = QRectF(bar_x + bar_w + 6, y + ROW / 2 + 2, numbers_w, ROW / 2 - 2)
            parts = (
                []
                if row.conversion is None
                else [translate("FunnelChart", "conv. {percent}").format(percent=percent(row.conversion))]
            )
            if row.dropoff:
                parts.append(f"−{grouped(row.dropoff)}")
            painter.drawText(below, Qt.AlignmentFlag.AlignTop, " ".join(parts))
            painter.setFont(self.font())
        painter.end()
