"""Metric cells (value against target) and service-blueprint lines."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from app.i18n import translate
from app.models.entities import Lane, MetricValue
from app.models.refs import LineRef, MetricRef
from app.views.board import style as S

_WHITE = S.WHITE


def _fmt(value: float) -> str:
    return f"{value:,.1f}".rstrip("0").rstrip(".") if abs(value) < 1e6 else f"{value:,.3g}"


def with_unit(value: float, unit: str) -> str:
    """ "38%", "2.5h", but "1,000 cases": a unit that is a word stands apart from the number."""
    gap = " " if len(unit) > 1 and unit[0].isalpha() else ""
    return f"{_fmt(value)}{gap}{unit}"


class MetricItem(QGraphicsItem):
    """One metric cell: the value large, the target small, and a bar of value/target."""

    def __init__(self, ref: MetricRef):
        super().__init__()
        self.ref = ref
        self.metric: MetricValue | None = None
        self.lane: Lane | None = None
        self.rect = QRectF()
        self._labels: list = []  # (pen, Label): laid out once per change, not per paint
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(5)

    def set_metric(self, metric: MetricValue | None, lane: Lane, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self.metric, self.lane = metric, lane
        self.rect = QRectF(0, 0, rect.width(), rect.height())
        self.setPos(rect.topLeft())
        self._labels = self._make_labels()
        self.update()

    def _make_labels(self) -> list:
        r = self.rect.adjusted(S.CELL_PAD, 8, -S.CELL_PAD, -8)
        left = Qt.AlignmentFlag.AlignLeft
        unit = (self.lane.unit or "") if self.lane else ""
        metric = self.metric
        if metric is None or (metric.value is None and metric.target is None):
            return [(S.GRID, S.Label("—", r, left | Qt.AlignmentFlag.AlignTop, 9))]
        value = "—" if metric.value is None else with_unit(metric.value, unit)
        labels = [(S.BOARD_INK, S.Label(value, QRectF(r.left(), r.top(), r.width(), 24), left, 14, True))]
        if metric.target is not None:
            target = translate("BoardMetric", "target {value}").format(value=with_unit(metric.target, unit))
            tw = S.metrics(8).horizontalAdvance(target)
            labels.append(
                (
                    S.BOARD_MUTED,
                    S.Label(target, QRectF(r.right() - tw, r.top() + 6, tw, 16), Qt.AlignmentFlag.AlignRight, 8),
                )
            )
        return labels

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        r = self.rect.adjusted(S.CELL_PAD, 8, -S.CELL_PAD, -8)
        if self.isSelected():
            painter.setPen(QPen(S.SELECTION, 2))
            painter.drawRect(self.rect.adjusted(2, 2, -2, -2))
        for pen, label in self._labels:
            painter.setPen(pen)
            label.draw(painter)
        metric = self.metric
        if metric is not None and metric.target and metric.value is not None:
            ratio = max(0.0, min(1.0, metric.value / metric.target))
            bar = QRectF(r.left(), r.top() + 32, r.width(), 8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(S.BAR_BG)
            painter.drawRoundedRect(bar, 4, 4)
            good = metric.value >= metric.target
            painter.setBrush(S.BAR_GOOD if good else (S.BAR_NEAR if ratio >= 0.75 else S.BAR_BAD))
            painter.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * ratio, bar.height()), 4, 4)


class BlueprintLineItem(QGraphicsItem):
    """A dashed rule across the board below a lane, labelled at the left."""

    def __init__(self, ref: LineRef):
        super().__init__()
        self.ref = ref
        kind = self.kind = ref.line_kind
        self.width = 0.0
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(30)
        label = translate("Theme", S.LINE_LABELS[kind])
        self.setToolTip(label)
        w = S.metrics(7.5, bold=True).horizontalAdvance(label) + 14
        self._pill = QRectF(S.LANE_HEADER_W - w - 6, -8, w, 16)
        self._label = S.Label(label, self._pill, Qt.AlignmentFlag.AlignCenter, 7.5, True)

    def place(self, y: float, width: float) -> None:
        self.prepareGeometryChange()
        self.width = width
        self.setPos(0, y)

    def boundingRect(self) -> QRectF:
        return QRectF(0, -10, self.width, 20)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        color = S.LINE_COLORS[self.kind]
        pen = QPen(S.SELECTION if self.isSelected() else color, 2.0 if self.isSelected() else 1.6)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(S.LANE_HEADER_W, 0), QPointF(self.width, 0))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(self._pill, 8, 8)
        painter.setPen(_WHITE)
        self._label.draw(painter)
