"""The inspector: the properties of the board's selection, as a form.

It reads the document and writes it only through commands: a field edit is a ``C.Edit``
(or ``C.SetEmotion``/``C.SetMetric``) carrying the gesture token of the current focus
session, so a burst of typing in one field is one undo step. It listens to the board's
selection and to the document's signals, so undo/redo and edits made on the board show up
at once. A refused edit shows its message in a red line and the field snaps back.
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt
from PySide6.QtGui import QColor, QDoubleValidator, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.document import commands as C
from app.document.document import Document
from app.document.support import validated
from app.models import limits as L
from app.models.entities import (
    CARD_LANE_KINDS,
    EVIDENCE,
    LANE_KINDS,
    LANE_ROLES,
    SUGGESTED_CHANNELS,
    TOUCHPOINT_CATEGORIES,
    EmotionPoint,
    MetricValue,
)
from app.models.errors import WaymarkError
from app.views.board import style as S
from app.views.board.view import BoardView

EMPTY_TEXT = "Select a card, stage, lane or point to edit it"
NONE_LABEL = "—"
AUTO_WIDTH = int(L.MIN_STAGE_WIDTH) - 1  # the width spin box's "Auto" value (no stored width)
SWATCHES = list(dict.fromkeys(S.DEFAULT_CARD_COLORS.values()))
VARIANT_LABELS = {"as_is": "As-is", "to_be": "To-be"}
TITLES = {
    "card": "Card",
    "stage": "Stage",
    "lane": "Lane",
    "emotion": "Emotion point",
    "metric": "Metric value",
    "line": "Blueprint line",
}


def color_icon(color: str | None, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(color) if color else QColor("#FFFFFF")
    p.setPen(QPen(fill.darker(140) if color else S.MUTED, 1))
    p.setBrush(fill)
    p.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    if not color:  # "default": a diagonal stroke
        p.drawLine(3, size - 3, size - 3, 3)
    p.end()
    return QIcon(pixmap)


def glyph_icon(glyph: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    p.setPen(S.INK)
    p.setFont(S.font(9.0))
    p.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, glyph)
    p.end()
    return QIcon(pixmap)


def tags_from_text(text: str) -> list[str]:
    return list(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))


def number_text(value: float | None) -> str:
    return "" if value is None else format(value, ".15g")


class Inspector(QWidget):
    def __init__(self, doc: Document, view: BoardView, parent=None):
        super().__init__(parent)
        self.setObjectName("Inspector")
        self.doc = doc
        self.view = view
        self._refs: list[tuple] = []
        self._gesture = object()
        self._filling = False
        self._pushing = False
        self._skip: QWidget | None = None
        self._focus_fields: set[QObject] = set()
        self._build()
        self._connections: list[tuple] = []
        for signal in (
            doc.stage_changed,
            doc.stage_removed,
            doc.stage_added,
            doc.lane_changed,
            doc.lane_removed,
            doc.lane_added,
            doc.card_changed,
            doc.card_removed,
            doc.card_added,
            doc.card_moved,
            doc.emotion_changed,
            doc.metric_changed,
            doc.persona_changed,
            doc.persona_removed,
            doc.journey_changed,
            doc.journey_removed,
        ):
            self._connect(signal, self._doc_changed)
        self._connect(doc.undo_stack.indexChanged, self._stack_moved)
        self._connect(view.board.selectionChanged, self._selection_changed)
        self.refresh()

    def _connect(self, signal, slot) -> None:
        signal.connect(slot)
        self._connections.append((signal, slot))

    def detach(self) -> None:
        """Stop listening to the document and the board (before either goes away)."""
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self._connections.clear()

    # -- building the form --------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(6)

        self.title = QLabel()
        self.title.setFont(S.font(11.5, bold=True))
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: #5C6370;")
        self.subtitle.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("InspectorError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(
            "color: #B42318; background: #FEF3F2; border: 1px solid #FECDCA; border-radius: 4px; padding: 4px 6px;"
        )
        self.error.hide()
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.error)

        self.pages = QStackedWidget()
        layout.addWidget(self.pages)
        layout.addStretch(1)

        self.message = QLabel(EMPTY_TEXT)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.message.setStyleSheet("color: #5C6370; padding: 24px 8px;")
        self.page_message = self.message
        self.pages.addWidget(self.message)
        self.page_card = self._card_page()
        self.page_emotion = self._emotion_page()
        self.page_lane = self._lane_page()
        self.page_stage = self._stage_page()
        self.page_metric = self._metric_page()
        for page in (self.page_card, self.page_emotion, self.page_lane, self.page_stage, self.page_metric):
            self.pages.addWidget(page)
        self.setMinimumWidth(260)

    def _form(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 6, 0, 0)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)  # rows stay together at the top whatever the stack's height
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return page, form

    def _field(self, widget: QWidget) -> QWidget:
        """Register ``widget`` as a field: focusing it starts a new gesture (undo step)."""
        widget.installEventFilter(self)
        self._focus_fields.add(widget)
        editor = widget.lineEdit() if isinstance(widget, QComboBox) and widget.isEditable() else None
        if editor is not None:
            editor.installEventFilter(self)
            self._focus_fields.add(editor)
        return widget

    def _plain(self, max_height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(max_height)
        edit.setMinimumHeight(min(max_height, 60))
        return self._field(edit)

    def _choice(self, options: list[tuple[object, str]]) -> QComboBox:
        box = QComboBox()
        for data, label in options:
            box.addItem(label, data)
        return self._field(box)

    def _card_page(self) -> QWidget:
        page, form = self._form()
        self.card_text = self._plain(160)
        self.card_text.setPlaceholderText("What happens, is thought or said")
        self.card_text.textChanged.connect(lambda: self._edit(self.card_text, {"text": self.card_text.toPlainText()}))
        form.addRow("Text", self.card_text)

        colors = QWidget()
        rows = QVBoxLayout(colors)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(4)
        self.card_color_button = QToolButton()
        self.card_color_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.card_color_button.setToolTip("Choose any colour")
        self.card_color_button.clicked.connect(self._pick_color)
        self.card_color_reset = QToolButton()
        self.card_color_reset.setText("Default")
        self.card_color_reset.setToolTip("Use the lane's colour")
        self.card_color_reset.clicked.connect(lambda: self._set_color(None))
        top.addWidget(self.card_color_button, 1)
        top.addWidget(self.card_color_reset)
        rows.addLayout(top)
        swatches = QGridLayout()
        swatches.setSpacing(3)
        self.card_swatches: list[QToolButton] = []
        for n, color in enumerate(SWATCHES):
            button = QToolButton()
            button.setIcon(color_icon(color, 14))
            button.setIconSize(QSize(14, 14))
            button.setAutoRaise(True)
            button.setToolTip(color)
            button.setProperty("color", color)
            button.clicked.connect(lambda _=False, c=color: self._set_color(c))
            swatches.addWidget(button, n // 5, n % 5)  # two short rows keep the dock narrow
            self.card_swatches.append(button)
        swatches.setColumnStretch(5, 1)
        rows.addLayout(swatches)
        form.addRow("Colour", colors)

        self.card_channel = QComboBox()
        self.card_channel.setEditable(True)
        self.card_channel.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.card_channel.addItem("")
        for channel in SUGGESTED_CHANNELS:
            self.card_channel.addItem(glyph_icon(S.CHANNEL_ICONS.get(channel, "•")), channel)
        self.card_channel.lineEdit().setPlaceholderText("No channel")
        self.card_channel.lineEdit().setMaxLength(L.MAX_CHANNEL)
        self._field(self.card_channel)
        self.card_channel.currentTextChanged.connect(
            lambda text: self._edit(self.card_channel, {"channel": text.strip() or None})
        )
        form.addRow("Channel", self.card_channel)

        self.card_touchpoint = self._choice(
            [(None, NONE_LABEL)] + [(c, S.CATEGORY_LABELS[c]) for c in TOUCHPOINT_CATEGORIES]
        )
        self.card_touchpoint.setToolTip("Who owns the touchpoint: peripheral, external (customer-facing) or internal")
        self.card_touchpoint.currentIndexChanged.connect(
            lambda: self._edit(self.card_touchpoint, {"touchpoint": self.card_touchpoint.currentData()})
        )
        form.addRow("Touchpoint", self.card_touchpoint)

        self.card_evidence = self._choice(
            [(None, NONE_LABEL)] + [(e, f"{S.EVIDENCE_MARKS[e][0]}  {S.EVIDENCE_MARKS[e][1]}") for e in EVIDENCE]
        )
        self.card_evidence.currentIndexChanged.connect(
            lambda: self._edit(self.card_evidence, {"evidence": self.card_evidence.currentData()})
        )
        form.addRow("Evidence", self.card_evidence)

        self.card_tags = self._field(QLineEdit())
        self.card_tags.setPlaceholderText("tag, another tag")
        self.card_tags.textEdited.connect(lambda text: self._edit(self.card_tags, {"tags": tags_from_text(text)}))
        self.card_tags.editingFinished.connect(lambda: self._fill())
        form.addRow("Tags", self.card_tags)

        self.card_votes = self._field(QSpinBox())
        self.card_votes.setRange(0, L.MAX_VOTES)
        self.card_votes.setAccelerated(True)
        self.card_votes.valueChanged.connect(lambda v: self._edit(self.card_votes, {"votes": int(v)}))
        form.addRow("Votes", self.card_votes)
        return page

    def _emotion_page(self) -> QWidget:
        page, form = self._form()
        self.emotion_score = self._field(QDoubleSpinBox())
        self.emotion_score.setRange(L.MIN_SCORE, L.MAX_SCORE)
        self.emotion_score.setSingleStep(0.5)
        self.emotion_score.setDecimals(2)
        self.emotion_score.setToolTip("From −2 (very negative) to +2 (very positive)")
        self.emotion_score.valueChanged.connect(lambda v: self._set_value(self.emotion_score, {"score": float(v)}))
        form.addRow("Score", self.emotion_score)
        self.emotion_note = self._plain(90)
        self.emotion_note.setPlaceholderText("Why the customer feels this way")
        self.emotion_note.textChanged.connect(
            lambda: self._set_value(self.emotion_note, {"note": self.emotion_note.toPlainText()})
        )
        form.addRow("Note", self.emotion_note)
        return page

    def _lane_page(self) -> QWidget:
        page, form = self._form()
        self.lane_name = self._field(QLineEdit())
        self.lane_name.setMaxLength(L.MAX_NAME)
        self.lane_name.textEdited.connect(lambda text: self._edit(self.lane_name, {"name": text}))
        form.addRow("Name", self.lane_name)
        self.lane_kind = self._choice([(k, S.KIND_LABELS.get(k, k)) for k in LANE_KINDS])
        self.lane_kind.currentIndexChanged.connect(self._lane_kind_chosen)
        form.addRow("Kind", self.lane_kind)
        self.lane_role = self._choice([(None, NONE_LABEL)] + [(r, S.ROLE_LABELS.get(r, r)) for r in LANE_ROLES])
        self.lane_role.currentIndexChanged.connect(
            lambda: self._edit(self.lane_role, {"role": self.lane_role.currentData()})
        )
        form.addRow("Role", self.lane_role)
        self.lane_unit = self._field(QLineEdit())
        self.lane_unit.setMaxLength(L.MAX_UNIT)
        self.lane_unit.setPlaceholderText("e.g. %, /5, €")
        self.lane_unit.textEdited.connect(lambda text: self._edit(self.lane_unit, {"unit": text.strip() or None}))
        form.addRow("Unit", self.lane_unit)
        return page

    def _stage_page(self) -> QWidget:
        page, form = self._form()
        self.stage_name = self._field(QLineEdit())
        self.stage_name.setMaxLength(L.MAX_NAME)
        self.stage_name.textEdited.connect(lambda text: self._edit(self.stage_name, {"name": text}))
        form.addRow("Name", self.stage_name)
        self.stage_description = self._plain(120)
        self.stage_description.setPlaceholderText("What this stage is about")
        self.stage_description.textChanged.connect(
            lambda: self._edit(self.stage_description, {"description": self.stage_description.toPlainText()})
        )
        form.addRow("Description", self.stage_description)
        self.stage_width = self._field(QSpinBox())
        self.stage_width.setRange(AUTO_WIDTH, int(L.MAX_STAGE_WIDTH))
        self.stage_width.setSingleStep(10)
        self.stage_width.setSuffix(" px")
        self.stage_width.setSpecialValueText("Auto")
        self.stage_width.valueChanged.connect(
            lambda v: self._edit(self.stage_width, {"width": None if v == AUTO_WIDTH else float(v)})
        )
        form.addRow("Width", self.stage_width)
        return page

    def _metric_page(self) -> QWidget:
        page, form = self._form()
        self.metric_value = self._number_field()
        self.metric_value.textEdited.connect(lambda text: self._metric_edited(self.metric_value, "value", text))
        self.metric_target = self._number_field()
        self.metric_target.textEdited.connect(lambda text: self._metric_edited(self.metric_target, "target", text))
        self.metric_value_unit, self.metric_target_unit = QLabel(), QLabel()
        for label, field, unit in (
            ("Value", self.metric_value, self.metric_value_unit),
            ("Target", self.metric_target, self.metric_target_unit),
        ):
            row = QHBoxLayout()
            row.setSpacing(6)
            row.addWidget(field, 1)
            unit.setStyleSheet("color: #5C6370;")
            unit.setMinimumWidth(24)
            row.addWidget(unit)
            form.addRow(label, row)
        return page

    def _number_field(self) -> QLineEdit:
        edit = QLineEdit()
        validator = QDoubleValidator(-L.MAX_METRIC_MAGNITUDE, L.MAX_METRIC_MAGNITUDE, 6, edit)
        validator.setLocale(QLocale.c())
        edit.setValidator(validator)
        edit.setPlaceholderText("No value")
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        return self._field(edit)

    # -- gestures --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in self._focus_fields:
            self.new_gesture()
        return super().eventFilter(watched, event)

    def new_gesture(self) -> None:
        """The next edit starts a new undo step instead of merging with the last one."""
        self._gesture = object()

    def _stack_moved(self, _index: int) -> None:
        if not self._pushing:  # undo, redo or someone else's edit: never merge across it
            self.new_gesture()

    # -- reading the selection --------------------------------------------------------------------

    def _selection_changed(self) -> None:
        self.new_gesture()
        self._show_error("")
        self.refresh()

    def _doc_changed(self, *_args: object) -> None:
        if not self._pushing:
            self.refresh()

    def _current(self):
        """The selected entity (a fresh MetricValue for an empty metric cell), or None."""
        if len(self._refs) != 1 or self.view.board.journey_id is None:
            return None
        kind, key = self._refs[0]
        jid = self.view.board.journey_id
        try:
            if kind in ("card", "stage", "lane"):
                return self.doc.get(kind, (jid, key))
            if kind == "emotion":
                return self.doc.emotion(jid, key)
            if kind == "metric":
                return self.doc.metric(jid, key) or MetricValue(lane=key[0], stage=key[1])
        except WaymarkError:
            return None
        return None

    def refresh(self) -> None:
        """Show the board's selection as it is in the document now."""
        try:
            self._refs = self.view.board.selected_refs()
        except RuntimeError:  # the board is being torn down (window closing)
            self._refs = []
            return
        self._fill()

    @contextmanager
    def _filling_fields(self, skip: QWidget | None):
        self._filling, self._skip = True, skip
        try:
            yield
        finally:
            self._filling, self._skip = False, None

    def _fill(self, skip: QWidget | None = None) -> None:
        with self._filling_fields(skip):
            if not self._refs:
                self._show_message("", "", EMPTY_TEXT)
                return
            if len(self._refs) > 1:
                self._show_message(
                    f"{len(self._refs)} items selected", "", "Select a single item to edit its properties"
                )
                return
            kind = self._refs[0][0]
            entity = self._current()
            if entity is None:
                if kind == "line":
                    self._show_message(
                        S.LINE_LABELS.get(self._refs[0][1][1], TITLES["line"]),
                        "Drawn after its lane",
                        "A blueprint line has nothing to edit",
                    )
                else:
                    self._show_message("", "", EMPTY_TEXT)
                return
            journey = self.view.board.journey()
            getattr(self, f"_fill_{kind}")(entity, journey)

    def _show_message(self, title: str, subtitle: str, text: str) -> None:
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        self.message.setText(text)
        self.pages.setCurrentWidget(self.page_message)

    def _show_page(self, page: QWidget, title: str, subtitle: str) -> None:
        self.title.setText(title)
        self.title.setVisible(True)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        self.pages.setCurrentWidget(page)

    def _where(self, journey, lane_id: str, stage_id: str) -> str:
        lane, stage = journey.lane(lane_id), journey.stage(stage_id)
        return f"{lane.name if lane else lane_id}  ·  {stage.name if stage else stage_id}"

    def _fill_card(self, card, journey) -> None:
        lane = journey.lane(card.lane)
        self._show_page(
            self.page_card,
            "Touchpoint" if lane and lane.kind == "touchpoints" else "Card",
            self._where(journey, card.lane, card.stage),
        )
        self._put_plain(self.card_text, card.text)
        shown = card.color or (S.card_color(None, lane.kind, lane.role).name().upper() if lane else None)
        self.card_color_button.setIcon(color_icon(shown))
        self.card_color_button.setText(card.color or "Lane colour")
        self.card_color_reset.setEnabled(card.color is not None)
        for button in self.card_swatches:
            button.setChecked(False)
            button.setStyleSheet(
                "QToolButton { border: 2px solid #2F6FED; border-radius: 4px; }"
                if card.color and button.property("color").upper() == card.color.upper()
                else ""
            )
        if self.card_channel is not self._skip:
            with _blocked(self.card_channel):
                if self.card_channel.currentText() != (card.channel or ""):
                    index = self.card_channel.findText(card.channel or "", Qt.MatchFlag.MatchExactly)
                    self.card_channel.setCurrentIndex(index)
                    self.card_channel.setEditText(card.channel or "")
        self._put_choice(self.card_touchpoint, card.touchpoint)
        self._put_choice(self.card_evidence, card.evidence)
        self._put_line(self.card_tags, ", ".join(card.tags))
        self._put_spin(self.card_votes, card.votes)

    def _fill_emotion(self, point: EmotionPoint, journey) -> None:
        persona = self.doc.project.persona(point.persona) if point.persona else None
        who = persona.name if persona else "Customer"
        self._show_page(
            self.page_emotion,
            TITLES["emotion"],
            f"{who}, {VARIANT_LABELS.get(point.variant, point.variant)}  ·  "
            f"{self._where(journey, point.lane, point.stage)}",
        )
        self._put_spin(self.emotion_score, point.score)
        self._put_plain(self.emotion_note, point.note)

    def _fill_lane(self, lane, journey) -> None:
        self._show_page(self.page_lane, TITLES["lane"], S.KIND_LABELS.get(lane.kind, lane.kind) + " lane")
        self._put_line(self.lane_name, lane.name)
        self._put_choice(self.lane_kind, lane.kind)
        self._put_choice(self.lane_role, lane.role)
        self.lane_role.setEnabled(lane.kind in CARD_LANE_KINDS)
        self._put_line(self.lane_unit, lane.unit or "")
        self.lane_unit.setEnabled(lane.kind == "metric" or bool(lane.unit))

    def _fill_stage(self, stage, journey) -> None:
        number = next((n + 1 for n, s in enumerate(journey.stages) if s.id == stage.id), 0)
        self._show_page(self.page_stage, TITLES["stage"], f"Stage {number} of {len(journey.stages)}")
        self._put_line(self.stage_name, stage.name)
        self._put_plain(self.stage_description, stage.description)
        self._put_spin(self.stage_width, AUTO_WIDTH if stage.width is None else round(stage.width))

    def _fill_metric(self, metric: MetricValue, journey) -> None:
        lane = journey.lane(metric.lane)
        self._show_page(
            self.page_metric,
            f"{lane.name if lane else TITLES['metric']}",
            self._where(journey, metric.lane, metric.stage),
        )
        unit = (lane.unit or "") if lane else ""
        self.metric_value_unit.setText(unit)
        self.metric_target_unit.setText(unit)
        self._put_line(self.metric_value, number_text(metric.value))
        self._put_line(self.metric_target, number_text(metric.target))

    # Each setter leaves alone the field being typed in (self._skip) and blocks its signals.

    def _put_line(self, edit: QLineEdit, text: str) -> None:
        if edit is not self._skip and edit.text() != text:
            with _blocked(edit):
                edit.setText(text)

    def _put_plain(self, edit: QPlainTextEdit, text: str) -> None:
        if edit is self._skip or edit.toPlainText() == text:
            return
        position = edit.textCursor().position()
        with _blocked(edit):
            edit.setPlainText(text)
            cursor = edit.textCursor()
            cursor.setPosition(min(position, len(text)) if edit.hasFocus() else len(text))
            edit.setTextCursor(cursor)

    def _put_choice(self, box: QComboBox, data: object) -> None:
        if box is not self._skip:
            with _blocked(box):
                box.setCurrentIndex(max(0, box.findData(data)))

    def _put_spin(self, spin, value) -> None:
        if spin is not self._skip and spin.value() != value:
            with _blocked(spin):
                spin.setValue(value)

    # -- writing: every change is a command ---------------------------------------------------------

    def _push(self, source: QWidget | None, make_command) -> bool:
        self._pushing = True
        try:
            self.doc.push(make_command())
        except WaymarkError as exc:
            self._pushing = False
            self._show_error(str(exc))
            self._fill()  # the refused field snaps back to the document's value
            return False
        finally:
            self._pushing = False
        self._show_error("")
        self._fill(skip=source)  # fields that depend on this one (a lane's role) catch up
        return True

    def _edit(self, source: QWidget | None, changes: dict, gesture: bool = True) -> bool:
        """Change fields of the selected card, stage or lane."""
        if self._filling:
            return False
        entity = self._current()
        kind = self._refs[0][0] if len(self._refs) == 1 else None
        if entity is None or kind not in ("card", "stage", "lane"):
            return False
        if all(getattr(entity, name) == value for name, value in changes.items()):
            return False
        key = (self.view.board.journey_id, self._refs[0][1])
        token = self._gesture if gesture else None
        return self._push(source, lambda: C.Edit(self.doc, kind, key, changes, gesture=token))

    def _set_value(self, source: QWidget | None, changes: dict) -> bool:
        """Change the selected emotion point or metric value."""
        if self._filling:
            return False
        entity = self._current()
        kind = self._refs[0][0] if len(self._refs) == 1 else None
        if entity is None or kind not in ("emotion", "metric"):
            return False
        if all(getattr(entity, name) == value for name, value in changes.items()):
            return False
        jid, token = self.view.board.journey_id, self._gesture

        def make():
            model = EmotionPoint if kind == "emotion" else MetricValue
            value = validated(model, {**entity.dump(), **changes}, TITLES[kind].lower())
            return (C.SetEmotion if kind == "emotion" else C.SetMetric)(self.doc, jid, value, gesture=token)

        return self._push(source, make)

    def _metric_edited(self, source: QLineEdit, name: str, text: str) -> None:
        text = text.strip()
        if not text:
            self._set_value(source, {name: None})
            return
        try:
            number = float(text)
        except ValueError:
            return  # still typing ("-", "1e")
        self._set_value(source, {name: number})

    def _lane_kind_chosen(self) -> None:
        kind = self.lane_kind.currentData()
        changes = {"kind": kind}
        if kind not in CARD_LANE_KINDS:
            changes["role"] = None
        self._edit(self.lane_kind, changes)

    def _pick_color(self) -> None:
        card = self._current()
        if card is None or self._refs[0][0] != "card":
            return
        color = QColorDialog.getColor(QColor(card.color or "#FFF3C4"), self, "Card colour")
        if color.isValid():
            self._set_color(color.name().upper())

    def _set_color(self, color: str | None) -> None:
        self._edit(None, {"color": color}, gesture=False)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


@contextmanager
def _blocked(widget: QObject):
    old = widget.blockSignals(True)
    try:
        yield
    finally:
        widget.blockSignals(old)
