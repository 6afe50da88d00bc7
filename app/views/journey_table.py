"""A read-only grid of one journey (lanes × stages): the stand-in until the board lands.

It mirrors the document: it rebuilds on any change signal of its journey and never writes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from app.document.document import Document

FACES = {-2: "☹☹", -1: "☹", 0: "😐", 1: "☺", 2: "☺☺"}


class JourneyTable(QTableWidget):
    def __init__(self, doc: Document, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.journey_id: str | None = None
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.horizontalHeader().setDefaultSectionSize(220)
        for signal in (doc.journey_changed, doc.stage_added, doc.stage_removed, doc.stage_changed,
                       doc.stage_moved, doc.lane_added, doc.lane_removed, doc.lane_changed, doc.lane_moved,
                       doc.card_added, doc.card_removed, doc.card_changed, doc.card_moved, doc.emotion_changed,
                       doc.metric_changed):
            signal.connect(self._changed)

    def show_journey(self, journey_id: str | None) -> None:
        self.journey_id = journey_id
        self.rebuild()

    def _changed(self, journey_id: str, *_rest: object) -> None:
        if journey_id == self.journey_id:
            self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        journey = self.doc.project.journey(self.journey_id) if self.journey_id else None
        if journey is None:
            self.setRowCount(0)
            self.setColumnCount(0)
            return
        self.setColumnCount(len(journey.stages))
        self.setRowCount(len(journey.lanes))
        self.setHorizontalHeaderLabels([s.name for s in journey.stages])
        self.setVerticalHeaderLabels([ln.name for ln in journey.lanes])
        stage_ix = {s.id: i for i, s in enumerate(journey.stages)}
        lane_ix = {ln.id: i for i, ln in enumerate(journey.lanes)}
        cells: dict[tuple[int, int], list[str]] = {}
        colors: dict[tuple[int, int], str] = {}
        for card in journey.cards:
            cell = (lane_ix[card.lane], stage_ix[card.stage])
            extra = f" [{card.channel}]" if card.channel else ""
            cells.setdefault(cell, []).append(f"• {card.text}{extra}")
            if card.color:
                colors.setdefault(cell, card.color)
        for point in journey.emotions:
            if point.variant == "as_is":
                cell = (lane_ix[point.lane], stage_ix[point.stage])
                face = FACES[max(-2, min(2, round(point.score)))]
                cells.setdefault(cell, []).append(f"{face} {point.score:+g} {point.note}".strip())
        for metric in journey.metrics:
            cell = (lane_ix[metric.lane], stage_ix[metric.stage])
            unit = journey.lane(metric.lane).unit or ""
            value = "—" if metric.value is None else f"{metric.value:g}{unit}"
            target = "" if metric.target is None else f" (target {metric.target:g}{unit})"
            cells.setdefault(cell, []).append(value + target)
        for (row, col), lines in cells.items():
            item = QTableWidgetItem("\n".join(lines))
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            if (row, col) in colors:
                item.setBackground(QBrush(QColor(colors[(row, col)])))
                item.setForeground(QBrush(QColor("#1d1d1f")))
            self.setItem(row, col, item)
        self.resizeRowsToContents()
