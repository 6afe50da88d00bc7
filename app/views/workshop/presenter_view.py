"""The presenter view: the facilitator's own window on the laptop while the board is on the
projector — the stages (click one to go there), the timer with its buttons, the current stage's
description as notes, and what comes next.

It only reads: the stages from the board's journey, the time from the window's one
WorkshopTimer, the stage from the Presentation; its buttons call their methods. The clicker's
keys work here too, so a click on this window does not take the clicker away from the board.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.views.workshop.presentation import Presentation
from app.views.workshop.timer_clock import TimerState, WorkshopTimer, format_remaining

STAGE_ROLE = Qt.ItemDataRole.UserRole


def _sized(label: QLabel, points: float, bold: bool = False) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    label.setFont(font)
    return label


class PresenterView(QWidget):
    def __init__(self, presentation: Presentation, timer: WorkshopTimer, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.presentation, self.timer = presentation, timer
        self.setWindowTitle(translate("PresenterView", "Presenter View — Waymark"))
        self.setObjectName("presenter_view")
        self.resize(900, 560)

        self.stages = QListWidget()
        self.stages.setAccessibleName(translate("PresenterViewA11y", "Stages"))
        self.stages.setObjectName("presenter_stages")
        self.stages.itemClicked.connect(self._stage_clicked)
        self.stages.setMinimumWidth(260)
        list_font = QFont(self.stages.font())
        list_font.setPointSizeF(13)
        self.stages.setFont(list_font)

        self.stage_title = _sized(QLabel(), 20, bold=True)
        self.notes = _sized(QLabel(), 15)
        self.notes.setObjectName("presenter_notes")
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.next_label = _sized(QLabel(), 14)
        self.next_label.setObjectName("presenter_next")

        self.clock = _sized(QLabel(), 40, bold=True)
        self.clock.setObjectName("presenter_clock")
        self.start_pause = QPushButton(translate("PresenterView", "Start"))
        self.start_pause.clicked.connect(timer.toggle)
        plus1, plus5 = (
            QPushButton(translate("PresenterView", "+1 min")),
            QPushButton(translate("PresenterView", "+5 min")),
        )
        plus1.clicked.connect(lambda: timer.add(60))
        plus5.clicked.connect(lambda: timer.add(300))
        self.plus_buttons = (plus1, plus5)
        buttons = QHBoxLayout()
        for button in (self.start_pause, plus1, plus5):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space and the clicker stay with the view
            buttons.addWidget(button)
        buttons.addStretch(1)

        side = QVBoxLayout()
        side.addWidget(self.clock)
        side.addLayout(buttons)
        side.addSpacing(12)
        side.addWidget(self.stage_title)
        side.addWidget(self.notes, 1)
        side.addWidget(self.next_label)
        row = QHBoxLayout(self)
        row.addWidget(self.stages)
        row.addLayout(side, 1)

        presentation.stage_changed.connect(lambda _sid: self.refresh())
        presentation.view.board.synced.connect(self.refresh)
        timer.changed.connect(self._show_time)
        self.refresh()
        self._show_time()

    def refresh(self) -> None:
        journey = self.presentation.view.board.journey()
        stages = list(journey.stages) if journey is not None else []
        current = self.presentation.current_stage_id() or self.presentation.last_stage_id
        ids = [s.id for s in stages]
        self.stages.blockSignals(True)
        self.stages.clear()
        for n, stage in enumerate(stages, 1):
            item = QListWidgetItem(f"{n}. {stage.name}")
            item.setData(STAGE_ROLE, stage.id)
            self.stages.addItem(item)
            if stage.id == current:
                self.stages.setCurrentItem(item)
        self.stages.blockSignals(False)
        shown = next((s for s in stages if s.id == current), None)
        self.stage_title.setText(shown.name if shown else "")
        self.notes.setText(
            shown.description if shown and shown.description else translate("PresenterView", "(no description)")
        )
        at = ids.index(current) if current in ids else -1
        following = (
            stages[at + 1].name if 0 <= at < len(stages) - 1 else translate("PresenterView", "— the last stage —")
        )
        self.next_label.setText(translate("PresenterView", "Next: {stage}").format(stage=following))

    def _show_time(self) -> None:
        idle = self.timer.state is TimerState.IDLE  # what Start would count down, not "0:00"
        self.clock.setText(format_remaining(self.timer.last_minutes * 60) if idle else self.timer.text())
        running = self.timer.state is TimerState.RUNNING
        if running:
            self.start_pause.setText(translate("PresenterView", "Pause"))
        else:
            self.start_pause.setText(
                translate("PresenterView", "Resume") if self.timer.active else translate("PresenterView", "Start")
            )

    def _stage_clicked(self, item: QListWidgetItem) -> None:
        self.presentation.go_to(item.data(STAGE_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.presentation.active and self.presentation.handle_key(event):
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        action = getattr(self.presentation.window, "actions_by_name", {}).get("presenter_view")
        if action is not None:
            action.setChecked(False)
        super().closeEvent(event)
