"""The pass-the-laptop banner above the board: whose turn it is, in their dot colour, and what
they have left, with the facilitator's buttons.

It is large and plain on purpose: the person handed the laptop must see at a glance that it is
their turn and how many dots they still hold. The buttons take no keyboard focus, so the keys
(N, Backspace, digits, Esc) stay with the board. It shows what ``VotingMode`` tells it; it
holds no state of the session.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app import theme as T
from app.i18n import translate
from app.views.board import style as S


def _pale(color: QColor) -> str:
    """The participant's colour washed out to a background dark text reads on."""
    mix = 0.18
    r, g, b = (round(255 * (1 - mix) + c * mix) for c in (color.red(), color.green(), color.blue()))
    return QColor(r, g, b).name()


class VotingBanner(QFrame):
    next_clicked = Signal()
    tally_toggled = Signal(bool)
    reveal_clicked = Signal()
    end_clicked = Signal()
    leave_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("VotingBanner")
        self.setFrameShape(QFrame.Shape.NoFrame)
        # A long name must never widen the window past the screen (no window manager stops it).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(12, 6, 8, 6)
        rows.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(10)
        rows.addLayout(row)
        self.swatch = QLabel()
        self.swatch.setFixedSize(22, 22)
        self.who = QLabel()
        self.who.setFont(S.font(15, bold=True))
        self.left = QLabel()
        self.left.setFont(S.font(13))
        self.left.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message = QLabel()  # a line of its own: a refusal must be read whole
        self.message.setFont(S.font(10.5))
        self.message.setWordWrap(True)  # a long hint or refusal takes a second line rather than being cut
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(self.swatch)
        row.addWidget(self.who)
        row.addWidget(self.left, 1)
        # The facilitator's buttons on a line of their own, so whose turn it is and the votes
        # left are never cut, whatever the language and with the Results dock open beside it.
        actions = QHBoxLayout()
        actions.setSpacing(6)
        rows.addLayout(actions)
        # No mnemonics: Alt+E, Alt+R… are the menu bar's.
        self.next_button = self._button(
            translate("VotingBanner", "Next Participant"), translate("VotingBanner", "Pass the laptop on (N)"), actions
        )
        self.next_button.clicked.connect(self.next_clicked)
        self.tally_button = self._button(
            translate("VotingBanner", "Tally"),
            translate("VotingBanner", "Type counts of paper dots: select a card, type a number, Enter"),
            actions,
        )
        self.tally_button.setCheckable(True)
        self.tally_button.toggled.connect(self.tally_toggled)
        self.reveal_button = self._button(
            translate("VotingBanner", "Reveal"),
            translate("VotingBanner", "Show every dot and the totals, and rank the cards"),
            actions,
        )
        self.reveal_button.clicked.connect(self.reveal_clicked)
        self.end_button = self._button(
            translate("VotingBanner", "End Voting"),
            translate("VotingBanner", "Close the session; the totals stay on the cards"),
            actions,
        )
        self.end_button.clicked.connect(self.end_clicked)
        self.leave_button = self._button(
            "✕", translate("VotingBanner", "Leave voting mode (Esc); the session stays open"), row
        )
        self.leave_button.clicked.connect(self.leave_clicked)
        self.leave_button.setFixedWidth(self.leave_button.sizeHint().height() + 4)
        actions.addStretch(1)
        rows.addWidget(self.message)
        self.hide()

    def _button(self, text: str, tip: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay on the board
        row.addWidget(button)
        return button

    def show_turn(self, name: str, color: str, left: str) -> None:
        """Whose turn it is, in their colour, and their votes left ("2 of 3 votes left")."""
        tint = QColor(color)
        self.swatch.setStyleSheet(f"background: {color}; border: 2px solid {T.WHITE}; border-radius: 11px;")
        self.who.setText(name)
        self.who.setStyleSheet(f"color: {tint.darker(115).name()};")
        self.left.setText(left)
        self.swatch.show()
        self.setStyleSheet(
            f"#VotingBanner {{ background: {_pale(tint)}; border-bottom: 3px solid {color}; }}"
            f"#VotingBanner QLabel {{ color: {T.INK}; }}"  # a light banner in the dark theme too
        )

    def show_state(self, title: str, detail: str) -> None:
        """No one's turn (results revealed): the session's name and what is left to do."""
        self.swatch.hide()
        self.who.setText(title)
        self.who.setStyleSheet("")
        self.left.setText(detail)
        self.setStyleSheet(
            f"#VotingBanner {{ background: {T.HEADER_BG}; border-bottom: 3px solid {T.SELECTION}; }}"
            f"#VotingBanner QLabel {{ color: {T.INK}; }}"
        )

    def say(self, text: str, *, refusal: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {T.ERROR_INK}; font-weight: bold;" if refusal else "")
