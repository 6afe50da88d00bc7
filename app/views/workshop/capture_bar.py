"""The scribe's capture bar under the board (Ctrl+L): one line that turns what is said in the
room into cards of the current stage without touching the mouse.

A lane picker and a line. "p: Queue too long" or "pain: Queue too long" picks the lane by its
prefix (capture_prefix.py), shown live in the picker; without a prefix the picker's lane is used.
Enter adds the card at the end of its cell in the cell cursor's stage — one "Add Card" step —
clears the line and keeps the keyboard there for the next one. Up brings back the last card
added from the bar, and Enter then changes its text (one "Edit Card" step); Down drops it. Esc
closes the bar and gives the keyboard back to the board. It sits in the central column, so it
stays when presenting hides the docks.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QStyle, QToolButton, QWidget

from app.document import commands as C
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import limits as L
from app.models.entities import Card, Journey, LaneKind
from app.models.ids import new_id
from app.models.refs import CardRef
from app.views.workshop.capture_flash import flash_card
from app.views.workshop.capture_prefix import MAX_PREFIX, capture_lanes, parse_capture

PLACEHOLDER = QT_TRANSLATE_NOOP(
    "CaptureBar", "Type a card and Enter · p: pain point, o: opportunity, or a lane's first letters and a colon"
)
FIXING_PLACEHOLDER = QT_TRANSLATE_NOOP("CaptureBar", "Fix the last card and Enter (Down: leave it)")


class CaptureBar(QWidget):
    closed = Signal()

    def __init__(self, view: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.doc = view.doc
        self.lanes = QComboBox()
        self.lanes.setAccessibleName(translate("CaptureBar", "Lane"))
        self.lanes.setToolTip(
            translate("CaptureBar", "The lane of the next card (or type its prefix: p: …, o: …, tou: …)")
        )
        self.lanes.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(translate("CaptureBar", PLACEHOLDER))
        self.edit.setAccessibleName(translate("CaptureBar", "Capture"))
        self.edit.setMaxLength(L.MAX_CARD_TEXT + MAX_PREFIX + 2)  # a card's text and its prefix
        self.edit.installEventFilter(self)
        self.stage_label = QLabel()
        self.stage_label.setToolTip(translate("CaptureBar", "Cards go to the cell cursor's stage"))
        close = QToolButton()
        close.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
        close.setToolTip(translate("CaptureBar", "Close (Esc)"))
        close.setAccessibleName(translate("CaptureBar", "Close"))
        close.setAutoRaise(True)
        close.clicked.connect(self.close_bar)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        row.addWidget(QLabel(translate("CaptureBar", "Capture:")))
        row.addWidget(self.lanes)
        row.addWidget(self.edit, 1)
        row.addWidget(self.stage_label)
        row.addWidget(close)
        self._picked: str | None = None  # the lane chosen in the picker (a prefix overrides it)
        self.last: CardRef | None = None  # the last card added from the bar
        self.fixing: CardRef | None = None  # the card Up brought back, which Enter changes
        self.edit.textChanged.connect(self._text_changed)
        self.lanes.activated.connect(self._lane_picked)
        for signal in (view.board.synced, view.board.selectionChanged, view.message):
            signal.connect(self._follow_board)
        self.hide()

    # -- what it reads -------------------------------------------------------------------
    def _journey(self) -> Journey | None:
        return self.view.board.journey()

    def stage_id(self) -> str | None:
        """The cell cursor's stage (the first stage before the cursor was moved)."""
        cell = self.view.current_cell or self.view.first_cell()
        return cell[1] if cell else None

    def lane_id(self) -> str | None:
        """The lane the line would go to now."""
        data = self.lanes.currentData()
        return data if isinstance(data, str) else None

    # -- open and close ------------------------------------------------------------------
    def open(self) -> None:
        self.show()
        self._fill_lanes()
        self._follow_board()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_bar(self) -> None:
        self.fixing = None
        self.edit.clear()
        self.hide()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    # -- the picker ----------------------------------------------------------------------
    def _fill_lanes(self) -> None:
        lanes = capture_lanes(self._journey())
        ids = [lane.id for lane in lanes]
        if self._picked not in ids:
            self._picked = self._default_lane(ids)
        self.lanes.blockSignals(True)
        self.lanes.clear()
        for lane in lanes:
            self.lanes.addItem(lane.name, lane.id)
        self.lanes.blockSignals(False)
        self._text_changed(self.edit.text())

    def _default_lane(self, ids: list[str]) -> str | None:
        """The cell cursor's lane when it holds cards, else the first cards lane."""
        cell = self.view.current_cell or self.view.first_cell()
        if cell and cell[0] in ids:
            return cell[0]
        return ids[0] if ids else None

    def _lane_picked(self, index: int) -> None:
        data = self.lanes.itemData(index)
        self._picked = data if isinstance(data, str) else None
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_lane(self, lane_id: str | None) -> None:
        index = self.lanes.findData(lane_id) if lane_id else -1
        if index >= 0 and index != self.lanes.currentIndex():
            self.lanes.setCurrentIndex(index)

    def _text_changed(self, text: str) -> None:
        if self.fixing is not None:
            card = self.doc.get(self.fixing) if self._card_exists(self.fixing) else None
            self._show_lane(card.lane if card is not None else self._picked)
            return
        parsed = parse_capture(text, capture_lanes(self._journey()))
        self._show_lane(parsed.lane_id or self._picked)

    def _follow_board(self, *_args: object) -> None:
        if not self.isVisible():
            return
        journey, stage_id = self._journey(), self.stage_id()
        shown = [(self.lanes.itemData(i), self.lanes.itemText(i)) for i in range(self.lanes.count())]
        if shown != [(lane.id, lane.name) for lane in capture_lanes(journey)]:
            self._fill_lanes()  # a lane added, renamed, moved or removed, or another journey
        stage = journey.stage(stage_id) if journey is not None and stage_id else None
        self.stage_label.setText(f"→ {stage.name}" if stage is not None else translate("CaptureBar", "No stage"))

    # -- Enter, Up, Down, Esc -------------------------------------------------------------
    def commit(self) -> None:
        journey = self._journey()
        if journey is None:
            return
        if self.fixing is not None and self._card_exists(self.fixing):
            self._fix(self.fixing, self.edit.text().strip())
            return
        self.fixing = None
        parsed = parse_capture(self.edit.text(), capture_lanes(journey))
        lane_id, stage_id = parsed.lane_id or self._picked, self.stage_id()
        if not parsed.text or lane_id is None or stage_id is None:
            return
        lane = journey.lane(lane_id)
        touchpoint = lane is not None and lane.kind == LaneKind.TOUCHPOINTS
        try:
            card = Card(
                id=new_id("card", self.doc.all_card_ids()),
                lane=lane_id,
                stage=stage_id,
                text=parsed.text,
                channel="web" if touchpoint else None,  # as a card typed on the board gets
                touchpoint="external" if touchpoint else None,
            )
        except ValidationError as exc:  # a NUL pasted in, say: say so, keep the line to fix
            self.view.message.emit(
                translate("CaptureBar", "Card not added: {reason}").format(reason=exc.errors()[0]["msg"])
            )
            return
        if self.view.board.push(lambda: C.add_card(self.doc, journey.id, card)):
            self.last = CardRef(journey.id, card.id)
            self.edit.clear()
            flash_card(self.view, self.last)

    def _fix(self, ref: CardRef, text: str) -> None:
        if not text:
            return
        if text != self.doc.get(ref).text and not self.view.board.push(lambda: C.Edit(self.doc, ref, {"text": text})):
            return
        self._stop_fixing()
        flash_card(self.view, ref)

    def recall(self) -> None:
        """Up: the last card added from the bar comes back into the line."""
        if self.last is None or not self._card_exists(self.last):
            return
        self.fixing = self.last
        self.edit.setPlaceholderText(translate("CaptureBar", FIXING_PLACEHOLDER))
        self.lanes.setEnabled(False)
        self.edit.setText(self.doc.get(self.last).text)

    def _stop_fixing(self) -> None:
        self.fixing = None
        self.edit.setPlaceholderText(translate("CaptureBar", PLACEHOLDER))
        self.lanes.setEnabled(True)
        self.edit.clear()

    def _card_exists(self, ref: CardRef) -> bool:
        journey = self._journey()
        return journey is not None and journey.id == ref.journey_id and journey.card(ref.card_id) is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.commit()
                return True
            if key == Qt.Key.Key_Up:
                self.recall()
                return True
            if key == Qt.Key.Key_Down and self.fixing is not None:
                self._stop_fixing()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
