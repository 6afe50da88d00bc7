"""Analytics ▸ Suggest Observed Curve and Quotes…: what the log's feedback says customers felt.

For a chosen persona, the dialog previews a suggested "observed" emotion score per stage and
the most negative and most positive feedback quotes per stage, each with a check box. The score
comes from the stage's mean rating when the log has a rating column (any language: CSAT 1–5
maps 3 to 0, NPS 0–10 maps 5 to 0), otherwise from the mean VADER sentiment of its feedback
(English only), scaled to the map's −2…+2. Accept is one undo step (``accept_observed``):
the observed curve and Quote cards with evidence "observed"; nothing is written before it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.entities import Journey, ObservedQuote, Project
from app.models.limits import MAX_SCORE, MIN_SCORE

NO_PERSONA = QT_TRANSLATE_NOOP("ObservedDialog", "(no persona)")


def rating_score(rating: float, nps: bool) -> float:
    """A mean rating on the map's emotion scale: CSAT 1–5 (3 is neutral) or NPS 0–10 (5 is)."""
    score = (rating - 5) / 2.5 if nps else rating - 3
    return _score(score)


def _score(value: float) -> float:
    """Clamped to the emotion scale, one decimal, and never "-0.0"."""
    return round(max(MIN_SCORE, min(MAX_SCORE, value)), 1) + 0.0


def suggested_points(journey: Journey) -> dict[str, float]:
    """stage id → suggested observed score, for the stages the log says something about."""
    analytics = journey.analytics
    if analytics is None:
        return {}
    ratings = [m.rating for m in analytics.stages if m.rating is not None]
    nps = bool(ratings) and max(ratings) > 5
    points: dict[str, float] = {}
    for m in analytics.stages:
        if m.rating is not None:
            points[m.stage] = rating_score(m.rating, nps)
        elif m.sentiment is not None:
            points[m.stage] = _score(m.sentiment * MAX_SCORE)
    return points


def ordered_quotes(journey: Journey) -> list[ObservedQuote]:
    """The offered quotes in map order, the most negative of a stage first."""
    analytics = journey.analytics
    order = {s.id: n for n, s in enumerate(journey.stages)}
    quotes = [q for q in (analytics.quotes if analytics else []) if q.stage in order]
    return sorted(quotes, key=lambda q: (order[q.stage], q.score))


def _checkable(text: str, checked: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def _checked(table: QTableWidget, row: int) -> bool:
    item = table.item(row, 0)
    return item is not None and item.checkState() == Qt.CheckState.Checked


class ObservedDialog(QDialog):
    """``persona_id()``, ``points()`` and ``quotes()`` say what Accept applies."""

    def __init__(self, project: Project, journey: Journey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journey = journey
        self.setWindowTitle(
            translate("ObservedDialog", "Observed curve and quotes for {journey}").format(journey=journey.name)
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.persona = QComboBox()
        own = [p for p in project.personas if p.id in journey.persona_ids]
        others = [p for p in project.personas if p.id not in journey.persona_ids]
        for p in own + others:
            self.persona.addItem(p.name, p.id)
        if not project.personas:
            self.persona.addItem(translate("ObservedDialog", NO_PERSONA), None)
        persona_label = QLabel(translate("ObservedDialog", "&Persona:"))
        persona_label.setBuddy(self.persona)
        form.addRow(persona_label, self.persona)
        layout.addLayout(form)

        names = {s.id: s.name for s in journey.stages}
        self.suggested = suggested_points(journey)
        layout.addWidget(QLabel(translate("ObservedDialog", "Suggested observed scores (−2 … +2):")))
        self.points_table = QTableWidget(0, 2)
        self.points_table.setAccessibleName(translate("ObservedA11y", "Observed emotion points"))
        self.points_table.setHorizontalHeaderLabels(
            [translate("ObservedDialog", "Stage"), translate("ObservedDialog", "Score")]
        )
        self.point_stages: list[str] = []
        for stage in journey.stages:
            if stage.id not in self.suggested:
                continue
            row = self.points_table.rowCount()
            self.points_table.insertRow(row)
            self.points_table.setItem(row, 0, _checkable(stage.name))
            self.points_table.setItem(row, 1, QTableWidgetItem(f"{self.suggested[stage.id]:+.1f}"))
            self.point_stages.append(stage.id)
        self._style(self.points_table, stretch=0)
        layout.addWidget(self.points_table, 3)

        self.offered = ordered_quotes(journey)
        layout.addWidget(QLabel(translate("ObservedDialog", "Quotes to add as Quote cards (evidence “observed”):")))
        self.quotes_table = QTableWidget(len(self.offered), 3)
        self.quotes_table.setAccessibleName(translate("ObservedA11y", "Quotes to add as cards"))
        self.quotes_table.setHorizontalHeaderLabels(
            [
                translate("ObservedDialog", "Quote"),
                translate("ObservedDialog", "Stage"),
                translate("ObservedDialog", "Sentiment"),
            ]
        )
        for row, quote in enumerate(self.offered):
            self.quotes_table.setItem(row, 0, _checkable(quote.text))
            self.quotes_table.setItem(row, 1, QTableWidgetItem(names[quote.stage]))
            self.quotes_table.setItem(row, 2, QTableWidgetItem(f"{quote.score:+.2f}"))
        self._style(self.quotes_table, stretch=0)
        self.quotes_table.setWordWrap(True)
        layout.addWidget(self.quotes_table, 4)

        note = QLabel(
            translate(
                "ObservedDialog",
                "Scores come from the rating column when the log has one, else from the feedback "
                "text (English only). Accept adds them as one step; Edit ▸ Undo takes it back.",
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("ObservedDialog", "&Accept"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(760, 620)
        self.persona.setFocus()

    @staticmethod
    def _style(table: QTableWidget, stretch: int) -> None:
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def persona_id(self) -> str | None:
        return self.persona.currentData()

    def points(self) -> dict[str, float]:
        table = self.points_table
        return {stage: self.suggested[stage] for row, stage in enumerate(self.point_stages) if _checked(table, row)}

    def quotes(self) -> list[ObservedQuote]:
        table = self.quotes_table
        return [q for row, q in enumerate(self.offered) if _checked(table, row)]
