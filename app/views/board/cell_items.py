"""Metric cells (value against target) and service-blueprint lines."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from app.models.entities import Lane, MetricValue
from app.views.board import style as S


def _fmt(value: float) -> str:
    return f"{value:,.1f}".rstrip("0").rstrip(".") if abs(value) < 1e6 else f"{value:,.3g}"


class MetricItem(QGraphicsItem):
    """One metric cell: the value large, the target small, and a bar of value/target."""

    def __init__(self, lane_id: str, stage_id: str):
        super().__init__()
        self.ref = ("metric", (lane_id, stage_id))
        self.metric: MetricValue | None = None
        self.lane: Lane | None = None
        self.rect = QRectF()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(5)

    def set_metric(self, metric: MetricValue | None, lane: Lane, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self.metric, self.lane = metric, lane
        self.rect = QRectF(0, 0, rect.width(), rect.height())
        self.setPos(rect.topLeft())
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        r = self.rect.adjusted(S.CELL_PAD, 8, -S.CELL_PAD, -8)
        if self.isSelected():
            painter.setPen(QPen(S.SELECTION, 2))
            painter.drawRect(self.rect.adjusted(2, 2, -2, -2))
        unit = (self.lane.unit or "") if self.lane else ""
        metric = self.metric
        if metric is None or (metric.value is None and metric.target is None):
            painter.setPen(S.GRID)
            painter.setFont(S.font(9))
            painter.drawText(r, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, "—")
            return
        painter.setPen(S.INK)
        big = S.font(14, bold=True)
        painter.setFont(big)
        value = "—" if metric.value is None else f"{_fmt(metric.value)}{unit}"
        painter.drawText(QRectF(r.left(), r.top(), r.width(), 24), Qt.AlignmentFlag.AlignLeft, value)
        if metric.target is not None:
            painter.setFont(S.font(8))
            painter.setPen(S.MUTED)
            target = f"target {_fmt(metric.target)}{unit}"
            tw = S.metrics(8).horizontalAdvance(target)
            painter.drawText(QRectF(r.right() - tw, r.top() + 6, tw, 16), Qt.AlignmentFlag.AlignRight, target)
            if metric.value is not None and metric.target:
                ratio = max(0.0, min(1.0, metric.value / metric.target))
                bar = QRectF(r.left(), r.top() + 32, r.width(), 8)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#E3E6EC"))
                painter.drawRoundedRect(bar, 4, 4)
                good = metric.value >= metric.target
                painter.setBrush(QColor("#2E9E5B") if good else (QColor("#E0A100") if ratio >= 0.75 else QColor("#D64545")))
                painter.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * ratio, bar.height()), 4, 4)


class BlueprintLineItem(QGraphicsItem):
    """A dashed rule across the board below a lane, labelled at the left."""

    def __init__(self, after_lane: str, kind: str):
        super().__init__()
        self.ref = ("line", (after_lane, kind))
        self.kind = kind
        self.width = 0.0
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(30)
        self.setToolTip(S.LINE_LABELS[kind])

    def place(self, y: float, width: float) -> None:
        self.prepareGeometryChange()
        self.width = width
        self.setPos(0, y)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(0, -10, self.width, 20)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        color = S.LINE_COLORS[self.kind]
        pen = QPen(S.SELECTION if self.isSelected() else color, 2.0 if self.isSelected() else 1.6)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(S.LANE_HEADER_W, 0), QPointF(self.width, 0))
        label = S.LINE_LABELS[self.kind]
        font = S.font(7.5, bold=True)
        painter.setFont(font)
        w = QFontMetricsF(font).horizontalAdvance(label) + 14
        pill = QRectF(S.LANE_HEADER_W - w - 6, -8, w, 16)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(pill, 8, 8)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
