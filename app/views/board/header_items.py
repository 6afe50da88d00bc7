"""Stage headers (columns) and lane headers (rows), and the grid behind the cells.

Headers are selectable and draggable along their axis; the scene turns a drop into a Move
command, and a drag of a stage header's right edge into a width edit.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from app.i18n import translate
from app.models.entities import Journey, Lane, LaneKind, Stage
from app.models.map_layout import JourneyLayout
from app.models.refs import LaneRef, StageRef
from app.views.board import style as S
from app.views.board.analysed_lane import AnalysedHeader, analysed_labels, paint_badge
from app.views.board.dropoff_heat import StageHeat, heat_label, paint_heat

RESIZE_GRIP = 7.0
_NUMBER_INK = S.STAGE_NUMBER_INK
_DESCRIPTION_INK = S.STAGE_DESCRIPTION_INK
LEGEND_TOP = 51.0
LEGEND_ROW = 16.0
LEGEND_SWATCH_RIGHT = 42.0  # a click left of this on a legend row shows or hides the curve
CURVE_MENU_BOX = QRectF(12, -24, 74, 18)  # the "Curves ▾" control, from the header's bottom left


@dataclass(frozen=True)
class LegendEntry:
    """One curve in an emotion lane's legend; ``key`` is (lane, persona, variant)."""

    key: tuple
    color: QColor
    label: str
    dashed: S.Stroke  # to-be dashed, observed dotted
    hidden: bool
    active: bool = False  # new points go to this curve


class HeaderItem(QGraphicsItem):
    """Common to both headers: a rect, selection, and a drag along one axis."""

    axis = "x"

    def __init__(self, ref: StageRef | LaneRef):
        super().__init__()
        self.ref = ref
        self.rect = QRectF()
        self.home = QPointF()
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setZValue(20)

    def place(self, rect: QRectF) -> None:
        if rect.size() != self.rect.size():
            self.prepareGeometryChange()
            self.rect = QRectF(0, 0, rect.width(), rect.height())
        self.home = rect.topLeft()
        self.setPos(self.home)
        self.update()

    def boundingRect(self) -> QRectF:
        return self.rect

    def stick(self, at: float) -> None:
        """Move across the drag axis (frozen_headers.py keeps the header in view there); home moves
        too, so a click is still not a drag, and a drag under way keeps its place along its axis."""
        pos = self.pos()
        if self.axis == "x":
            home, target = QPointF(self.home.x(), at), QPointF(pos.x(), at)
        else:
            home, target = QPointF(at, self.home.y()), QPointF(at, pos.y())
        if home != self.home or target != pos:
            self.home = home
            self.setPos(target)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and self.scene() is not None:
            point = QPointF(value)
            if self.axis == "x":
                return QPointF(point.x(), self.home.y())
            return QPointF(self.home.x(), point.y())
        return super().itemChange(change, value)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if self.pos() != self.home and self.scene() is not None:
            self.scene().finish_header_drag(self)


class StageHeaderItem(HeaderItem):
    axis = "x"

    def __init__(self, ref: StageRef):
        super().__init__(ref)
        self.stage: Stage | None = None
        self.number = 0
        self.heat: StageHeat | None = None  # the drop-off heat of an analysed journey (dropoff_heat.py)
        self._resizing = False
        self._grab = 0.0
        self._labels: tuple | None = None  # (size, [Label, ...]): laid out once, not per paint
        self.setAcceptHoverEvents(True)

    def set_stage(self, stage: Stage, number: int, rect: QRectF, heat: StageHeat | None = None) -> None:
        self.stage, self.number, self.heat = stage, number, heat
        self._labels = None
        self.setToolTip(heat.tooltip if heat else (stage.description or stage.name))
        self.place(rect)

    def _on_grip(self, pos: QPointF) -> bool:
        return pos.x() >= self.rect.width() - RESIZE_GRIP

    def hoverMoveEvent(self, event) -> None:
        shape = Qt.CursorShape.SizeHorCursor if self._on_grip(event.pos()) else Qt.CursorShape.OpenHandCursor
        self.setCursor(shape)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._on_grip(event.pos()):
            self._resizing = True
            self._grab = self.rect.width() - event.pos().x()  # the edge follows the pointer
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._resizing:
            width = max(120.0, min(1200.0, event.pos().x() + self._grab))
            self.prepareGeometryChange()
            self.rect.setWidth(width)
            self.update()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._resizing:
            self._resizing = False
            if self.scene() is not None:
                self.scene().finish_stage_resize(self, self.rect.width())
            return
        super().mouseReleaseEvent(event)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if self.stage is None:
            return
        r = self.rect.adjusted(1, 0, -1, -2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(S.SELECTION if self.isSelected() else S.STAGE_BG)
        painter.drawRoundedRect(r, 4, 4)
        if self.heat is not None:
            paint_heat(painter, r, self.heat)
        for pen, label in self._stage_labels(r):
            painter.setPen(S.STAGE_INK if self.isSelected() else pen)  # the greys fail 4.5:1 on the blue
            label.draw(painter)
        painter.setPen(QPen(S.STAGE_GRIP, 1))
        grip_x = r.right() - 3
        painter.drawLine(QPointF(grip_x, r.top() + 20), QPointF(grip_x, r.bottom() - 20))

    def _stage_labels(self, r: QRectF) -> list:
        if self._labels is None or self._labels[0] != self.rect.size():
            left = Qt.AlignmentFlag.AlignLeft
            title = S.font(12, bold=True)
            name = QFontMetricsF(title).elidedText(self.stage.name, Qt.TextElideMode.ElideRight, r.width() - 24)
            labels = [
                (_NUMBER_INK, S.Label(f"{self.number:02d}", QRectF(r.left() + 12, r.top() + 8, 40, 16), left, 8, True)),
                (S.STAGE_INK, S.Label(name, QRectF(r.left() + 12, r.top() + 22, r.width() - 24, 22), left, 12, True)),
            ]
            if self.stage.description:
                desc = S.metrics(7.5).elidedText(self.stage.description, Qt.TextElideMode.ElideRight, r.width() - 24)
                labels.append(
                    (
                        _DESCRIPTION_INK,
                        S.Label(desc, QRectF(r.left() + 12, r.top() + 44, r.width() - 24, 14), left, 7.5),
                    )
                )
            if self.heat is not None:
                labels.append(heat_label(self.heat, r))
            self._labels = (QSizeF(self.rect.size()), labels)
        return self._labels[1]


class LaneHeaderItem(HeaderItem):
    axis = "y"

    def __init__(self, ref: LaneRef):
        super().__init__(ref)
        self.lane: Lane | None = None
        self.legend: list[LegendEntry] = []
        self.analysed: AnalysedHeader | None = None  # a metric lane filled from data (analysed_lane.py)
        # (size, [(pen, Label)], [Label] per legend row, the "from data" badge's rect or None)
        self._labels: tuple | None = None
        self.label_shift = 0.0  # the name slides down a lane taller than the view (frozen_headers.py)
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    @property
    def label_height(self) -> float:
        """The name, kind and legend: what stays in view of a tall lane's header."""
        return LEGEND_TOP + len(self.legend) * LEGEND_ROW + 4

    def set_analysed(self, analysed: AnalysedHeader | None) -> None:
        """Mark the lane as filled from data, or not (the scene asks analysed_lane.py which)."""
        if analysed != self.analysed:
            self.analysed = analysed
            self._labels = None
            self.setToolTip(analysed.tooltip if analysed else "")
            self.update()

    def set_label_shift(self, shift: float) -> None:
        if shift != self.label_shift:
            self.label_shift = shift
            self.update()

    def legend_row(self, pos: QPointF) -> LegendEntry | None:
        """The legend entry under ``pos`` (item coordinates), if any."""
        for n, entry in enumerate(self.legend):
            top = LEGEND_TOP + n * LEGEND_ROW + self.label_shift
            if top <= pos.y() < top + LEGEND_ROW and pos.x() < self.rect.width() - 4 and n < self._legend_rows():
                return entry
        return None

    def curve_menu_box(self) -> QRectF | None:
        """Where the emotion lane's "Curves ▾" control is (item coordinates); None in other lanes."""
        if self.lane is None or self.lane.kind != LaneKind.EMOTION:
            return None
        return CURVE_MENU_BOX.translated(0, self.rect.height())

    def _legend_rows(self) -> int:
        """How many legend rows fit above the "Curves ▾" control."""
        room = self.rect.height() + CURVE_MENU_BOX.top() - 2 - LEGEND_TOP - self.label_shift
        return max(0, int(room // LEGEND_ROW))

    def mousePressEvent(self, event) -> None:
        scene = self.scene()
        if event.button() == Qt.MouseButton.LeftButton and scene is not None:
            box, entry = self.curve_menu_box(), self.legend_row(event.pos())
            if box is not None and box.contains(event.pos()):
                event.accept()
                scene.open_curve_menu(self.ref.lane_id, event.screenPos())
                return
            if entry is not None:  # the swatch shows or hides that curve; the name makes it active
                event.accept()
                if event.pos().x() < LEGEND_SWATCH_RIGHT:
                    scene.toggle_curve(entry.key)
                else:
                    scene.choose_curve(entry.key)
                return
        super().mousePressEvent(event)

    def set_lane(self, lane: Lane, rect: QRectF, legend: list[LegendEntry] | None = None) -> None:
        self.lane = lane
        self.legend = legend or []
        self._labels = None
        self.place(rect)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        lane = self.lane
        if lane is None:
            return
        r = self.rect.adjusted(0, 1, -2, -1)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(S.LANE_HEADER_SELECTED_BG if self.isSelected() else S.HEADER_BG)
        painter.drawRect(r)
        if self.isSelected():
            painter.setPen(QPen(S.SELECTION, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(r.adjusted(1, 1, -1, -1))
        painter.translate(0, self.label_shift)
        icon_box = QRectF(r.left() + 12, r.top() + 12, 26, 26)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(S.SURFACE)
        painter.drawRoundedRect(icon_box, 6, 6)
        labels, legend_labels = self._lane_labels(r)
        if self._labels is not None and self._labels[3] is not None:
            paint_badge(painter, self._labels[3])
        for pen, label in labels:
            painter.setPen(pen)
            label.draw(painter)
        for n, entry in enumerate(self.legend[: self._legend_rows()]):
            y = r.top() + LEGEND_TOP + n * LEGEND_ROW
            if entry.active:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(S.SURFACE)
                painter.drawRoundedRect(QRectF(r.left() + 8, y - 1, r.width() - 12, LEGEND_ROW), 4, 4)
            color = QColor(entry.color)
            if entry.hidden:
                color.setAlpha(70)
            pen = QPen(color, 2.5)
            if entry.dashed:
                pen.setStyle(S.pen_style(entry.dashed))
            painter.setPen(pen)
            painter.drawLine(QPointF(r.left() + 14, y + 7), QPointF(r.left() + 38, y + 7))
            painter.setPen(S.BOARD_MUTED if entry.hidden else S.BOARD_INK)
            legend_labels[n].draw(painter)
        box = self.curve_menu_box()
        if box is not None:
            painter.translate(0, -self.label_shift)  # the control stays at the lane's foot, where clicks find it
            painter.setPen(QPen(S.GRID, 1))
            painter.setBrush(S.SURFACE)
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(S.BOARD_INK)
            painter.setFont(S.font(7.5))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, translate("BoardHeaders", "Curves ▾"))

    def _lane_labels(self, r: QRectF) -> tuple[list, list[S.Label]]:
        if self._labels is None or self._labels[0] != self.rect.size():
            lane = self.lane
            left = Qt.AlignmentFlag.AlignLeft
            icon_box = QRectF(r.left() + 12, r.top() + 12, 26, 26)
            title = S.font(10.5, bold=True)
            text_w = r.width() - 58
            name = QFontMetricsF(title).elidedText(lane.name, Qt.TextElideMode.ElideRight, text_w)
            kind = translate(
                "Theme",
                S.ROLE_LABELS.get(lane.role or "", S.KIND_LABELS[lane.kind])
                if lane.kind == LaneKind.CARDS
                else S.KIND_LABELS[lane.kind],
            )
            if lane.kind == LaneKind.METRIC and lane.unit:
                kind += f" ({lane.unit})"
            kind_rect = QRectF(r.left() + 48, r.top() + 28, text_w, 14)
            labels = [
                (S.BOARD_INK, S.Label(S.lane_icon(lane.kind, lane.role), icon_box, Qt.AlignmentFlag.AlignCenter, 11)),
                (S.BOARD_INK, S.Label(name, QRectF(r.left() + 48, r.top() + 10, text_w, 18), left, 10.5, True)),
            ]
            badge = None
            if self.analysed is not None:  # the badge and the log's name stand where the kind is
                badge, more = analysed_labels(self.analysed, r, kind_rect)
                labels += more
            else:
                labels.append((S.BOARD_MUTED, S.Label(kind, kind_rect, left, 7.5)))
            legend = []
            for n, entry in enumerate(self.legend):
                y = r.top() + LEGEND_TOP + n * LEGEND_ROW
                label_font = QFont(S.font(7.5, bold=entry.active))  # a copy: the shared font must stay as it is
                label_font.setStrikeOut(entry.hidden)
                text = QFontMetricsF(label_font).elidedText(entry.label, Qt.TextElideMode.ElideRight, r.width() - 52)
                legend.append(
                    S.Label(text, QRectF(r.left() + 46, y, r.width() - 52, 14), left, 7.5, the_font=label_font)
                )
            self._labels = (QSizeF(self.rect.size()), labels, legend, badge)
        return self._labels[1], self._labels[2]


class GridItem(QGraphicsItem):
    """Lane bands and column rules behind everything: one item, a handful of lines."""

    def __init__(self):
        super().__init__()
        self.layout: JourneyLayout | None = None
        self.kinds: dict[str, str] = {}
        self.setZValue(-10)

    def set_layout(self, layout: JourneyLayout, journey: Journey) -> None:
        self.prepareGeometryChange()
        self.layout = layout
        self.kinds = {ln.id: ln.kind for ln in journey.lanes}
        self.update()

    def boundingRect(self) -> QRectF:
        if self.layout is None:
            return QRectF()
        return QRectF(0, 0, self.layout.width, self.layout.height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        layout = self.layout
        if layout is None:
            return
        painter.fillRect(self.boundingRect(), S.SURFACE)
        for n, (_lane_id, y, h) in enumerate(layout.rows):
            if n % 2:
                painter.fillRect(QRectF(S.LANE_HEADER_W, y, layout.width - S.LANE_HEADER_W, h), S.CANVAS)
        painter.setPen(QPen(S.GRID, 1))
        for _sid, x, w in layout.columns:
            painter.drawLine(QPointF(x + w, S.STAGE_HEADER_H), QPointF(x + w, layout.height))
        for _lid, y, h in layout.rows:
            painter.drawLine(QPointF(0, y + h), QPointF(layout.width, y + h))
