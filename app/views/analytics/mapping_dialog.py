"""Analytics ▸ Analyse Event Log…, third step (and Edit Activity Mapping…): which stage of
the map each activity of the log belongs to.

One row per activity, busiest first, with its event count, a stage combo preselected with the
saved mapping or the engine's name-similarity suggestion ("(not mapped)" when neither), and an
optional touchpoint card it stands for. The line under the table counts what stays unmapped,
so a facilitator sees at once how much of the log the map does not cover.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.entities import Journey, LaneKind
from app.views.analytics.summary import grouped

NOT_MAPPED = QT_TRANSLATE_NOOP("MappingDialog", "(not mapped)")
NO_CARD = QT_TRANSLATE_NOOP("MappingDialog", "(none)")
COLUMNS = (
    QT_TRANSLATE_NOOP("MappingDialog", "Activity"),
    QT_TRANSLATE_NOOP("MappingDialog", "Events"),
    QT_TRANSLATE_NOOP("MappingDialog", "Stage"),
    QT_TRANSLATE_NOOP("MappingDialog", "Touchpoint card"),
)
ACTIVITY, EVENTS, STAGE, CARD = range(4)


def touchpoint_cards(journey: Journey) -> list[tuple[str, str]]:
    """(card id, "Stage · text") of the journey's touchpoint cards, in map order."""
    lanes = {ln.id for ln in journey.lanes if ln.kind == LaneKind.TOUCHPOINTS}
    stages = {s.id: (n, s.name) for n, s in enumerate(journey.stages)}
    cards = [c for c in journey.cards if c.lane in lanes and c.stage in stages]
    cards.sort(key=lambda c: stages[c.stage][0])
    empty = translate("MappingDialog", "(empty)")
    return [(c.id, f"{stages[c.stage][1]} · {(c.text or empty)[:40]}") for c in cards]


class MappingDialog(QDialog):
    """Map activities to stages; ``mapping()`` and ``card_mapping()`` once accepted."""

    def __init__(
        self,
        journey: Journey,
        counts: Mapping[str, int],
        proposed: Mapping[str, str],
        parent: QWidget | None = None,
        cards: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MappingDialog", "Activities → stages of {journey}").format(journey=journey.name))
        self.stage_ids = [s.id for s in journey.stages]
        self.activities = sorted(counts, key=lambda a: (-counts[a], a))
        self.counts = dict(counts)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "MappingDialog",
                "Each activity of the log counts toward the stage chosen here; leave an activity "
                "“(not mapped)” to keep it out of the stage measures.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.activities), len(COLUMNS))
        self.table.setAccessibleName(translate("MappingA11y", "Activities and their stages"))
        self.table.setHorizontalHeaderLabels([translate("MappingDialog", c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ACTIVITY, QHeaderView.ResizeMode.Stretch)
        for column in (EVENTS, STAGE, CARD):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        touch = touchpoint_cards(journey)
        self.stage_combos: list[QComboBox] = []
        self.card_combos: list[QComboBox] = []
        for row, activity in enumerate(self.activities):
            name = QTableWidgetItem(activity)
            name.setToolTip(activity)
            self.table.setItem(row, ACTIVITY, name)
            count = QTableWidgetItem(grouped(counts[activity]))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, EVENTS, count)
            stage = QComboBox()
            stage.addItem(translate("MappingDialog", NOT_MAPPED), "")
            for s in journey.stages:
                stage.addItem(s.name, s.id)
            stage.setCurrentIndex(max(0, stage.findData(proposed.get(activity, ""))))
            stage.currentIndexChanged.connect(self._count_unmapped)
            self.table.setCellWidget(row, STAGE, stage)
            self.stage_combos.append(stage)
            card = QComboBox()
            card.addItem(translate("MappingDialog", NO_CARD), "")
            for card_id, text in touch:
                card.addItem(text, card_id)
            card.setCurrentIndex(max(0, card.findData((cards or {}).get(activity, ""))))
            card.setEnabled(bool(touch))
            self.table.setCellWidget(row, CARD, card)
            self.card_combos.append(card)
        layout.addWidget(self.table, 1)
        self.unmapped_label = QLabel()
        layout.addWidget(self.unmapped_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("MappingDialog", "&Analyse"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.resize(820, 560)
        self._count_unmapped()
        if self.stage_combos:
            self.stage_combos[0].setFocus()

    def mapping(self) -> dict[str, str]:
        return {a: c.currentData() for a, c in zip(self.activities, self.stage_combos, strict=True) if c.currentData()}

    def card_mapping(self) -> dict[str, str]:
        mapped = self.mapping()
        return {
            a: c.currentData()
            for a, c in zip(self.activities, self.card_combos, strict=True)
            if c.currentData() and a in mapped
        }

    def unmapped(self) -> dict[str, int]:
        mapped = self.mapping()
        return {a: self.counts[a] for a in self.activities if a not in mapped}

    def unmapped_text(self) -> str:
        left = self.unmapped()
        if not left:
            return translate("MappingDialog", "All {n} activities are mapped.").format(n=grouped(len(self.activities)))
        events = sum(left.values())
        text = (
            translate("MappingDialog", "{n} activity not mapped ({events} of {total} events).")
            if len(left) == 1
            else translate("MappingDialog", "{n} activities not mapped ({events} of {total} events).")
        )
        return text.format(n=grouped(len(left)), events=grouped(events), total=grouped(sum(self.counts.values())))

    def _count_unmapped(self) -> None:
        self.unmapped_label.setText(self.unmapped_text())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok) if hasattr(self, "buttons") else None
        if ok is not None:
            ok.setEnabled(bool(self.mapping()))
