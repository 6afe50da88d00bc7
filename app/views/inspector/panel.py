"""The inspector: the properties of the board's selection, as a form.

Its part of the one edit path (app/document/document.py): a field change becomes an ``Edit``
(or ``SetEmotion``/``SetMetric``) of the selected ref, pushed on the document; the document's
signal for that ref — from this edit, an undo, or the board — makes the inspector show the
document's value again. Showing is idempotent (app/views/inspector/fields.py), so its own
echo changes nothing and no flag holds it off. A burst of typing in one field carries one
gesture token, so it is one undo step; focusing a field, a new selection, or any undo step or
someone else's edit starts a new gesture. A refused edit shows its message in a red line and
the field snaps back to the document's value.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QColorDialog, QComboBox, QFrame, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from app import theme as T
from app.document import commands as C
from app.document.document import Document
from app.document.support import validated
from app.i18n import translate
from app.models.entities import EmotionPoint, LaneKind, MetricValue, Project
from app.models.errors import WaymarkError
from app.models.refs import CardRef, EmotionRef, ItemRef, LaneRef, LineRef, MetricRef, StageRef
from app.models.voting import shown_session, shown_votes
from app.views.board import style as S
from app.views.board.model_words import curve_title
from app.views.board.view import BoardView
from app.views.inspector.a11y import name_fields
from app.views.inspector.fields import EMPTY_TEXT, ERROR_STYLE
from app.views.inspector.pages import CardPage, EmotionPage, LanePage, MetricPage, StagePage, where
from app.views.wheel_guard import WheelGuard


class Inspector(QWidget):
    def __init__(self, doc: Document, view: BoardView, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("Inspector")
        self.doc = doc
        self.view = view
        self._refs: list[ItemRef] = []
        self._gesture = object()
        self._focus_fields: set[QObject] = set()
        self._build()
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
            doc.session_changed,
            doc.session_added,
            doc.session_removed,
        ):
            signal.connect(self.refresh)
        doc.undo_stack.indexChanged.connect(self._stack_moved)
        view.board.selectionChanged.connect(self._selection_changed)
        self.refresh()

    # -- building the form --------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not to an invisible stop
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(6)

        self.title = QLabel()
        self.title.setFont(S.font(11.5, bold=True))
        self.subtitle = QLabel()
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, in either theme
        self.subtitle.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("InspectorError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.error)

        self.pages = QStackedWidget()
        layout.addWidget(self.pages)
        layout.addStretch(1)

        self.message = QLabel(translate("Inspector", EMPTY_TEXT))
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.message.setStyleSheet("padding: 24px 8px;")
        self.message.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.page_message = self.message
        self.pages.addWidget(self.message)
        self.page_card, self.page_emotion = CardPage(self), EmotionPage(self)
        self.page_lane, self.page_stage, self.page_metric = LanePage(self), StagePage(self), MetricPage(self)
        for page in (self.page_card, self.page_emotion, self.page_lane, self.page_stage, self.page_metric):
            self.pages.addWidget(page)
        # The fields by their old names, for tests and for the window's focus handling.
        card = self.page_card
        self.card_text, self.card_channel, self.card_tags, self.card_votes = (
            card.text,
            card.channel,
            card.tags,
            card.votes,
        )
        self.card_touchpoint, self.card_evidence = card.touchpoint, card.evidence
        self.card_color_button, self.card_color_reset, self.card_swatches = (
            card.color_button,
            card.color_reset,
            card.swatches,
        )
        self.emotion_score, self.emotion_note = self.page_emotion.score, self.page_emotion.note
        lane = self.page_lane
        self.lane_name, self.lane_kind, self.lane_role, self.lane_unit = lane.name, lane.kind, lane.role, lane.unit
        stage = self.page_stage
        self.stage_name, self.stage_description, self.stage_width = stage.name, stage.description, stage.width_box
        metric = self.page_metric
        self.metric_value, self.metric_target = metric.value, metric.target
        name_fields(self)  # what a screen reader hears (app/views/inspector/a11y.py)
        self.wheel_guard = WheelGuard(scroll)
        self.wheel_guard.guard(body)
        self.metric_value_unit, self.metric_target_unit = metric.value_unit, metric.target_unit
        self.setMinimumWidth(260)

    def register(self, widget: QWidget) -> QWidget:
        """Register ``widget`` as a field: focusing it starts a new gesture (undo step)."""
        widget.installEventFilter(self)
        self._focus_fields.add(widget)
        editor = widget.lineEdit() if isinstance(widget, QComboBox) and widget.isEditable() else None
        if editor is not None:
            editor.installEventFilter(self)
            self._focus_fields.add(editor)
        return widget

    # -- gestures --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in self._focus_fields:
            self.new_gesture()
        return super().eventFilter(watched, event)

    def new_gesture(self) -> None:
        """The next edit starts a new undo step instead of merging with the last one."""
        self._gesture = object()

    def _stack_moved(self, index: int) -> None:
        """Keep merging only while the newest step is this gesture's own; never across an undo,
        a redo or someone else's edit."""
        stack = self.doc.undo_stack
        top = stack.command(index - 1) if index > 0 else None
        if index != stack.count() or getattr(top, "gesture", None) is not self._gesture:
            self.new_gesture()

    # -- showing the selection --------------------------------------------------------------------

    def _selection_changed(self) -> None:
        self.new_gesture()
        self._show_error("")
        self.refresh()

    def _selected(self) -> ItemRef | None:
        return self._refs[0] if len(self._refs) == 1 else None

    def _current(self) -> Any:
        """The selected entity (a fresh MetricValue for an empty metric cell), or None."""
        ref = self._selected()
        try:
            if isinstance(ref, CardRef | StageRef | LaneRef):
                return self.doc.get(ref)
            if isinstance(ref, EmotionRef):
                return self.doc.emotions.find(ref)
            if isinstance(ref, MetricRef):
                return self.doc.metrics.find(ref) or MetricValue(lane=ref.lane_id, stage=ref.stage_id)
        except WaymarkError:
            return None
        return None

    def refresh(self, *_signal_args: object) -> None:
        """Show the board's selection as it is in the document now."""
        try:
            self._refs = self.view.board.selected_refs()
        except RuntimeError:  # the board is being torn down (window closing)
            self._refs = []
            return
        if not self._refs:
            self._show_message("", "", translate("Inspector", EMPTY_TEXT))
            return
        if len(self._refs) > 1:
            self._show_message(
                translate("Inspector", "{n} items selected").format(n=len(self._refs)),
                "",
                translate("Inspector", "Select a single item to edit its properties"),
            )
            return
        ref, entity = self._refs[0], self._current()
        journey = self.view.board.journey()
        if entity is None or journey is None:
            if isinstance(ref, LineRef):
                label = translate("Theme", S.LINE_LABELS[ref.line_kind])
                self._show_message(
                    label,
                    translate("Inspector", "Drawn after its lane"),
                    translate("Inspector", "A blueprint line has nothing to edit"),
                )
            else:
                self._show_message("", "", translate("Inspector", EMPTY_TEXT))
            return
        if isinstance(ref, CardRef):
            lane = journey.lane(entity.lane)
            if lane and lane.kind == LaneKind.TOUCHPOINTS:
                title = translate("Inspector", "Touchpoint")
            else:
                title = translate("Inspector", "Card")
            self._show_page(self.page_card, title, where(journey, entity.lane, entity.stage))
            self.page_card.display(entity, lane)
            self.page_card.show_session_votes(shown_session(journey), shown_votes(journey).get(entity.id, 0))
        elif isinstance(ref, EmotionRef):
            persona = self.doc.project.persona(entity.persona) if entity.persona else None
            self._show_page(
                self.page_emotion,
                translate("Inspector", "Emotion point"),
                f"{curve_title(persona, entity.variant)}  ·  {where(journey, entity.lane, entity.stage)}",
            )
            self.page_emotion.display(entity)
        elif isinstance(ref, LaneRef):
            kind = translate("Theme", S.KIND_LABELS.get(entity.kind, entity.kind))
            self._show_page(
                self.page_lane, translate("Inspector", "Lane"), translate("Inspector", "{kind} lane").format(kind=kind)
            )
            self.page_lane.display(entity)
        elif isinstance(ref, StageRef):
            number = next((n + 1 for n, s in enumerate(journey.stages) if s.id == entity.id), 0)
            self._show_page(
                self.page_stage,
                translate("Inspector", "Stage"),
                translate("Inspector", "Stage {number} of {count}").format(number=number, count=len(journey.stages)),
            )
            self.page_stage.display(entity)
        elif isinstance(ref, MetricRef):
            lane = journey.lane(entity.lane)
            self._show_page(
                self.page_metric,
                lane.name if lane else translate("Inspector", "Metric value"),
                where(journey, entity.lane, entity.stage),
            )
            self.page_metric.display(entity, lane)

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

    # -- writing: every change is a command ---------------------------------------------------------

    def edit(self, changes: dict[str, Any], *, gesture: bool = True, text: str | None = None) -> bool:
        """Change fields of the selection; False when nothing changed or the edit was refused.
        ``text`` names the undo step ("Add Comment") instead of "Edit card"."""
        ref, entity = self._selected(), self._current()
        if ref is None or entity is None or all(getattr(entity, k) == v for k, v in changes.items()):
            return False
        token = self._gesture if gesture else None
        try:
            if isinstance(ref, CardRef | StageRef | LaneRef):
                self.doc.push(C.Edit(self.doc, ref, changes, gesture=token, text=text))
            elif isinstance(ref, EmotionRef):
                point = validated(EmotionPoint, {**entity.dump(), **changes}, translate("Inspector", "emotion point"))
                self.doc.push(C.SetEmotion(self.doc, ref.journey_id, point, gesture=self._gesture))
            elif isinstance(ref, MetricRef):
                metric = validated(MetricValue, {**entity.dump(), **changes}, translate("Inspector", "metric value"))
                self.doc.push(C.SetMetric(self.doc, ref.journey_id, metric, gesture=self._gesture))
            else:
                return False
        except WaymarkError as exc:
            self._show_error(str(exc))
            self.refresh()  # the refused field snaps back to the document's value
            return False
        self._show_error("")
        return True

    def pick_color(self) -> None:
        card = self._current()
        if not isinstance(self._selected(), CardRef) or card is None:
            return
        title = translate("Inspector", "Card colour")
        color = QColorDialog.getColor(QColor(card.color or T.CARD_DEFAULT), self, title)
        if color.isValid():
            self.edit({"color": color.name().upper()}, gesture=False)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def project(self) -> Project:
        return self.doc.project
