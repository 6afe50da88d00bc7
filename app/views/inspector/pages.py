"""The inspector's forms, one per kind of selection: card, emotion point, lane, stage, metric.

A page builds its fields, sends what the user changed to its host (the Inspector) as field
changes, and ``display``s an entity from the document. It never decides whether an edit happens:
the host turns changes into a command and the document's signal brings the value back.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QDoubleValidator, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import theme as T
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import limits as L
from app.models.entities import (
    CARD_LANE_KINDS,
    EVIDENCE,
    LANE_KINDS,
    LANE_ROLES,
    SUGGESTED_CHANNELS,
    TOUCHPOINT_CATEGORIES,
    Card,
    EmotionPoint,
    Journey,
    Lane,
    LaneKind,
    MetricValue,
    Project,
    Stage,
    VotingSession,
)
from app.models.voting import results_visible
from app.views.board import style as S
from app.views.board.model_words import measure_title
from app.views.inspector.action_section import ActionSection
from app.views.inspector.evidence import EvidenceBlock
from app.views.inspector.fields import (
    AUTO_WIDTH,
    NONE_LABEL,
    color_icon,
    glyph_icon,
    number_from_text,
    number_text,
    put_choice,
    put_edit_text,
    put_line,
    put_plain,
    put_spin,
    tags_from_text,
)

SWATCHES = list(dict.fromkeys(S.DEFAULT_CARD_COLORS.values()))
MUTED_STYLE = f"color: {T.MUTED};"
OWN_VOTES_TIP = QT_TRANSLATE_NOOP(
    "InspectorPages", "The card's own count of votes (dots counted by hand, or from a workbook)"
)


class Host(Protocol):
    """What a page needs from the inspector."""

    def register(self, widget: QWidget) -> QWidget: ...

    def edit(self, changes: dict[str, Any], *, gesture: bool = True, text: str | None = None) -> bool: ...

    def pick_color(self) -> None: ...

    def project(self) -> Project: ...


class Page(QWidget):
    def __init__(self, host: Host):
        super().__init__()
        self.host = host
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)
        self.form = QFormLayout()
        column.addLayout(self.form)
        column.addStretch(1)  # rows stay together at the top whatever the stack's height
        self.form.setHorizontalSpacing(10)
        self.form.setVerticalSpacing(8)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

    def plain(self, max_height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(max_height)
        edit.setMinimumHeight(min(max_height, 60))
        self.host.register(edit)
        return edit

    def choice(self, options: list[tuple[object, str]]) -> QComboBox:
        box = QComboBox()
        for data, label in options:
            box.addItem(label, data)
        self.host.register(box)
        return box

    def line(self) -> QLineEdit:
        edit = QLineEdit()
        self.host.register(edit)
        return edit

    def number_field(self) -> QLineEdit:
        edit = self.line()
        validator = QDoubleValidator(-L.MAX_METRIC_MAGNITUDE, L.MAX_METRIC_MAGNITUDE, 6, edit)
        validator.setLocale(QLocale.c())
        edit.setValidator(validator)
        edit.setPlaceholderText(translate("InspectorPages", "No value"))
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        return edit


class CardPage(Page):
    def __init__(self, host: Host):
        super().__init__(host)
        edit = host.edit
        self.text = self.plain(160)
        self.text.setPlaceholderText(translate("InspectorPages", "What happens, is thought or said"))
        self.text.textChanged.connect(lambda: edit({"text": self.text.toPlainText()}))
        self.form.addRow(translate("InspectorPages", "Text"), self.text)
        self.form.addRow(translate("InspectorPages", "Colour"), self._colors())

        self.channel = QComboBox()
        self.channel.setEditable(True)
        self.channel.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.channel.addItem("")
        for channel in SUGGESTED_CHANNELS:
            self.channel.addItem(glyph_icon(S.CHANNEL_ICONS.get(channel, "•")), channel)
        self.channel.lineEdit().setPlaceholderText(translate("InspectorPages", "No channel"))
        self.channel.lineEdit().setMaxLength(L.MAX_CHANNEL)
        host.register(self.channel)
        self.channel.currentTextChanged.connect(lambda text: edit({"channel": text.strip() or None}))
        self.form.addRow(translate("InspectorPages", "Channel"), self.channel)

        self.touchpoint = self.choice(
            [(None, NONE_LABEL)] + [(c, translate("Theme", S.CATEGORY_LABELS[c])) for c in TOUCHPOINT_CATEGORIES]
        )
        self.touchpoint.setToolTip(
            translate("InspectorPages", "Who owns the touchpoint: peripheral, external (customer-facing) or internal")
        )
        self.touchpoint.currentIndexChanged.connect(lambda: edit({"touchpoint": self.touchpoint.currentData()}))
        self.form.addRow(translate("InspectorPages", "Touchpoint"), self.touchpoint)

        marks = S.EVIDENCE_MARKS
        self.evidence = self.choice(
            [(None, NONE_LABEL)] + [(e, f"{marks[e][0]}  {translate('Theme', marks[e][1])}") for e in EVIDENCE]
        )
        self.evidence.currentIndexChanged.connect(lambda: edit({"evidence": self.evidence.currentData()}))
        self.form.addRow(translate("InspectorPages", "Evidence"), self.evidence)

        self.tags = self.line()
        self.tags.setPlaceholderText(translate("InspectorPages", "tag, another tag"))
        self.tags.textEdited.connect(lambda text: edit({"tags": tags_from_text(text)}))
        self.tags.editingFinished.connect(self._tidy_tags)
        self.form.addRow(translate("InspectorPages", "Tags"), self.tags)

        self.votes = QSpinBox()
        host.register(self.votes)
        self.votes.setRange(0, L.MAX_VOTES)
        self.votes.setAccelerated(True)
        self.votes.valueChanged.connect(lambda v: edit({"votes": int(v)}))
        self.votes.setToolTip(translate("InspectorPages", OWN_VOTES_TIP))
        self.form.addRow(translate("InspectorPages", "Votes"), self.votes)
        self._tags_shown: list[str] = []
        self.action_section = ActionSection(host)  # below the form (app/views/inspector/action_section.py)
        self.layout().insertWidget(1, self.action_section)
        self.evidence_block = EvidenceBlock(host)  # image, links, comments (app/views/inspector/evidence.py)
        self.layout().insertWidget(2, self.evidence_block)

    def show_session_votes(self, session: VotingSession | None, total: int) -> None:
        """With a session shown, Votes is its total for the card, read-only (the dots are edited
        by voting); with none, the card's own count, editable as before."""
        shown = session is not None
        hidden = session is not None and not results_visible(session)
        self.votes.setReadOnly(shown)
        self.votes.setButtonSymbols(
            QAbstractSpinBox.ButtonSymbols.NoButtons if shown else QAbstractSpinBox.ButtonSymbols.UpDownArrows
        )
        self.votes.setSpecialValueText(translate("InspectorPages", "hidden until the reveal") if hidden else "")
        if session is None:
            self.votes.setToolTip(translate("InspectorPages", OWN_VOTES_TIP))
            return
        put_spin(self.votes, 0 if hidden else total)
        self.votes.setToolTip(
            translate(
                "InspectorPages",
                'The total of the voting session "{session}" (read-only). '
                "Workshop ▸ Show Votes Of ▸ Cards' Own Counts shows and edits the card's own count.",
            ).format(session=session.name)
        )

    def _colors(self) -> QWidget:
        colors = QWidget()
        rows = QVBoxLayout(colors)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(4)
        self.color_button = QToolButton()
        self.color_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.color_button.setToolTip(translate("InspectorPages", "Choose any colour"))
        self.color_button.clicked.connect(self.host.pick_color)
        self.color_reset = QToolButton()
        self.color_reset.setText(translate("InspectorPages", "Default"))
        self.color_reset.setToolTip(translate("InspectorPages", "Use the lane's colour"))
        self.color_reset.clicked.connect(lambda: self.host.edit({"color": None}, gesture=False))
        top.addWidget(self.color_button, 1)
        top.addWidget(self.color_reset)
        rows.addLayout(top)
        swatches = QGridLayout()
        swatches.setSpacing(3)
        self.swatches: list[QToolButton] = []
        for n, color in enumerate(SWATCHES):
            button = QToolButton()
            button.setIcon(color_icon(color, 14))
            button.setIconSize(QSize(14, 14))
            button.setAutoRaise(True)
            button.setToolTip(color)
            button.setProperty("color", color)
            button.clicked.connect(lambda _=False, c=color: self.host.edit({"color": c}, gesture=False))
            swatches.addWidget(button, n // 5, n % 5)  # two short rows keep the dock narrow
            self.swatches.append(button)
        swatches.setColumnStretch(5, 1)
        rows.addLayout(swatches)
        return colors

    def _tidy_tags(self) -> None:
        """When typing ends, the field shows the tags as stored ("a, b," becomes "a, b")."""
        put_line(self.tags, ", ".join(self._tags_shown))

    def display(self, card: Card, lane: Lane | None) -> None:
        put_plain(self.text, card.text)
        shown = card.color or (S.card_color(None, lane.kind, lane.role).name().upper() if lane else None)
        self.color_button.setIcon(color_icon(shown))
        self.color_button.setText(card.color or translate("InspectorPages", "Lane colour"))
        self.color_reset.setEnabled(card.color is not None)
        for button in self.swatches:
            button.setChecked(False)
            chosen = bool(card.color) and button.property("color").upper() == (card.color or "").upper()
            button.setStyleSheet(
                f"QToolButton {{ border: 2px solid {T.SELECTION}; border-radius: 4px; }}" if chosen else ""
            )
        put_edit_text(self.channel, card.channel or "")
        put_choice(self.touchpoint, card.touchpoint)
        put_choice(self.evidence, card.evidence)
        self._tags_shown = list(card.tags)
        put_line(self.tags, ", ".join(card.tags), means=tags_from_text)
        put_spin(self.votes, card.votes)
        self.action_section.display(card, lane)
        self.evidence_block.display(card)


class EmotionPage(Page):
    def __init__(self, host: Host):
        super().__init__(host)
        self.score = QDoubleSpinBox()
        host.register(self.score)
        self.score.setRange(L.MIN_SCORE, L.MAX_SCORE)
        self.score.setSingleStep(0.5)
        self.score.setDecimals(2)
        self.score.setToolTip(translate("InspectorPages", "From −2 (very negative) to +2 (very positive)"))
        self.score.valueChanged.connect(lambda v: host.edit({"score": float(v)}))
        self.form.addRow(translate("InspectorPages", "Score"), self.score)
        self.note = self.plain(90)
        self.note.setPlaceholderText(translate("InspectorPages", "Why the customer feels this way"))
        self.note.textChanged.connect(lambda: host.edit({"note": self.note.toPlainText()}))
        self.form.addRow(translate("InspectorPages", "Note"), self.note)

    def display(self, point: EmotionPoint) -> None:
        put_spin(self.score, point.score)
        put_plain(self.note, point.note)


class LanePage(Page):
    def __init__(self, host: Host):
        super().__init__(host)
        self.name = self.line()
        self.name.setMaxLength(L.MAX_NAME)
        self.name.textEdited.connect(lambda text: host.edit({"name": text}))
        self.form.addRow(translate("InspectorPages", "Name"), self.name)
        self.kind = self.choice([(k, translate("Theme", S.KIND_LABELS.get(k, k))) for k in LANE_KINDS])
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.form.addRow(translate("InspectorPages", "Kind"), self.kind)
        self.role = self.choice(
            [(None, NONE_LABEL)] + [(r, translate("Theme", S.ROLE_LABELS.get(r, r))) for r in LANE_ROLES]
        )
        self.role.currentIndexChanged.connect(lambda: host.edit({"role": self.role.currentData()}))
        self.form.addRow(translate("InspectorPages", "Role"), self.role)
        self.unit = self.line()
        self.unit.setMaxLength(L.MAX_UNIT)
        self.unit.setPlaceholderText(translate("InspectorPages", "e.g. %, /5, €"))
        self.unit.textEdited.connect(lambda text: host.edit({"unit": text.strip() or None}))
        self.form.addRow(translate("InspectorPages", "Unit"), self.unit)
        self.data = QLabel()  # an analysed metric lane: which measure fills it
        self.data.setWordWrap(True)
        self.form.addRow(translate("InspectorPages", "Data"), self.data)

    def _kind_chosen(self) -> None:
        kind = self.kind.currentData()
        changes: dict[str, Any] = {"kind": kind}
        if kind not in CARD_LANE_KINDS:
            changes["role"] = None
        if kind != LaneKind.METRIC:
            changes["measure"] = None  # only a metric lane is filled from data
        self.host.edit(changes)

    def display(self, lane: Lane) -> None:
        put_line(self.name, lane.name)
        put_choice(self.kind, lane.kind)
        put_choice(self.role, lane.role)
        self.role.setEnabled(lane.kind in CARD_LANE_KINDS)
        put_line(self.unit, lane.unit or "", means=lambda text: text.strip())
        self.unit.setEnabled(lane.kind == LaneKind.METRIC or bool(lane.unit))
        if lane.measure is not None:
            self.data.setText(
                translate(
                    "InspectorPages", "{measure}, from the event log: Refresh Analytics replaces its values"
                ).format(measure=measure_title(lane.measure))
            )
        self.form.setRowVisible(self.data, lane.measure is not None)


class StagePage(Page):
    def __init__(self, host: Host):
        super().__init__(host)
        self.name = self.line()
        self.name.setMaxLength(L.MAX_NAME)
        self.name.textEdited.connect(lambda text: host.edit({"name": text}))
        self.form.addRow(translate("InspectorPages", "Name"), self.name)
        self.description = self.plain(120)
        self.description.setPlaceholderText(translate("InspectorPages", "What this stage is about"))
        self.description.textChanged.connect(lambda: host.edit({"description": self.description.toPlainText()}))
        self.form.addRow(translate("InspectorPages", "Description"), self.description)
        self.width_box = QSpinBox()
        host.register(self.width_box)
        self.width_box.setRange(AUTO_WIDTH, int(L.MAX_STAGE_WIDTH))
        self.width_box.setSingleStep(10)
        self.width_box.setSuffix(translate("InspectorPages", " px"))
        self.width_box.setSpecialValueText(translate("InspectorPages", "Auto"))
        self.width_box.valueChanged.connect(lambda v: host.edit({"width": None if v == AUTO_WIDTH else float(v)}))
        self.form.addRow(translate("InspectorPages", "Width"), self.width_box)

    def display(self, stage: Stage) -> None:
        put_line(self.name, stage.name)
        put_plain(self.description, stage.description)
        put_spin(self.width_box, AUTO_WIDTH if stage.width is None else round(stage.width))


class MetricPage(Page):
    def __init__(self, host: Host):
        super().__init__(host)
        self.value = self.number_field()
        self.value.textEdited.connect(lambda text: self._edited("value", text))
        self.target = self.number_field()
        self.target.textEdited.connect(lambda text: self._edited("target", text))
        self.value_unit, self.target_unit = QLabel(), QLabel()
        value, target = translate("InspectorPages", "Value"), translate("InspectorPages", "Target")
        for label, field, unit in ((value, self.value, self.value_unit), (target, self.target, self.target_unit)):
            row = QHBoxLayout()
            row.setSpacing(6)
            row.addWidget(field, 1)
            unit.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            unit.setMinimumWidth(24)
            row.addWidget(unit)
            self.form.addRow(label, row)

    def _edited(self, name: str, text: str) -> None:
        try:
            number = number_from_text(text)
        except ValueError:
            return  # still typing ("-", "1e")
        self.host.edit({name: number})

    def display(self, metric: MetricValue, lane: Lane | None) -> None:
        unit = (lane.unit or "") if lane else ""
        self.value_unit.setText(unit)
        self.target_unit.setText(unit)
        put_line(self.value, number_text(metric.value), means=number_from_text)
        put_line(self.target, number_text(metric.target), means=number_from_text)


def where(journey: Journey, lane_id: str, stage_id: str) -> str:
    lane, stage = journey.lane(lane_id), journey.stage(stage_id)
    return f"{lane.name if lane else lane_id}  ·  {stage.name if stage else stage_id}"
