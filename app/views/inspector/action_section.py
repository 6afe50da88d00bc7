"""The card inspector's "Action" section: an opportunity taken up, with an owner, a due date and
a state.

Shown for cards of an opportunities lane (and for any card that already is an action, so a
card moved out of such a lane can still be edited or cleared). "Make Action" and "Remove
Action" are one undo step each; the owner, due date and state edit the card's ``action``
through the host like every other field, so a burst of typing in Owner is one step too.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.models import limits as L
from app.models import ownership as O
from app.models.entities import ActionState, Card, CardAction, Lane
from app.views.date_field import DateField
from app.views.inspector.fields import put_choice, put_line


class ActionSection(QGroupBox):
    def __init__(self, host, parent: QWidget | None = None):
        super().__init__(translate("InspectorAction", "Action"), parent)
        self.host = host
        self._action: CardAction | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 8)
        self.hint = QLabel(
            translate("InspectorAction", "Make this opportunity an action with an owner, a due date and a state.")
        )
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)  # muted
        self.make = QPushButton(translate("InspectorAction", "Make Action"))
        self.make.setToolTip(translate("InspectorAction", "Track this opportunity as an action"))
        self.make.clicked.connect(self.make_action)
        column.addWidget(self.hint)
        column.addWidget(self.make)

        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        self.owner = QLineEdit()
        self.owner.setMaxLength(L.MAX_NAME)
        self.owner.setPlaceholderText(translate("InspectorAction", "No owner"))
        host.register(self.owner)
        self.owner.textEdited.connect(lambda text: self._set(owner=text.strip() or None))
        form.addRow(translate("InspectorAction", "Owner"), self.owner)
        self.due = DateField(translate("InspectorAction", "Due"))
        host.register(self.due.edit)
        self.due.changed.connect(lambda value: self._set(due=value, gesture=False))
        form.addRow(translate("InspectorAction", "Due"), self.due)
        self.state = QComboBox()
        for state in ActionState:
            self.state.addItem(f"{O.STATE_GLYPHS[state]}  {O.state_word(state)}", state)
        host.register(self.state)
        self.state.currentIndexChanged.connect(
            lambda: self._set(state=ActionState(self.state.currentData()), gesture=False)  # Qt hands back a str
        )
        form.addRow(translate("InspectorAction", "State"), self.state)
        self.overdue = QLabel()
        self.overdue.setStyleSheet(f"color: {O.OVERDUE_COLOR};")
        form.addRow("", self.overdue)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.remove = QPushButton(translate("InspectorAction", "Remove Action"))
        self.remove.setToolTip(translate("InspectorAction", "The card stays; its owner, due date and state go"))
        self.remove.clicked.connect(self.remove_action)
        buttons.addWidget(self.remove)
        form.addRow(buttons)
        column.addWidget(self.fields)

    def display(self, card: Card, lane: Lane | None) -> None:
        """Show ``card``'s action; hide the section where a card cannot become one."""
        action = card.action
        self._action = action
        self.setVisible(action is not None or O.can_be_action(lane))
        self.hint.setVisible(action is None)
        self.make.setVisible(action is None)
        self.fields.setVisible(action is not None)
        if action is None:
            return
        put_line(self.owner, action.owner or "", means=lambda text: text.strip())
        self.due.set_value(action.due)
        put_choice(self.state, action.state)
        late = O.action_overdue(action)
        self.overdue.setText(
            translate("InspectorAction", "Overdue: was due on {date}").format(date=O.shown_date(action.due))
            if late
            else ""
        )
        self.overdue.setVisible(late)

    def make_action(self) -> None:
        self.host.edit({"action": CardAction()}, gesture=False)

    def remove_action(self) -> None:
        self.host.edit({"action": None}, gesture=False)

    def _set(self, *, gesture: bool = True, **changes: object) -> None:
        if self._action is None:
            return
        self.host.edit({"action": self._action.model_copy(update=changes)}, gesture=gesture)
