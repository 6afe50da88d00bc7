"""Journey ▸ Compare…: what to compare the journey with — one of its snapshots (newest first),
another journey of the project, or another .waymark file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from app.exporters.common import date_text
from app.i18n import translate
from app.models.diff_sources import CompareSource, SourceKind
from app.models.entities import Journey, Project

ROLE = Qt.ItemDataRole.UserRole


class CompareChooser(QDialog):
    def __init__(self, project: Project, journey: Journey, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("CompareChooser", "Compare “{journey}”").format(journey=journey.name))
        self.source: CompareSource | None = None
        column = QVBoxLayout(self)
        column.addWidget(QLabel(translate("CompareChooser", "Compare this journey with:")))
        self.list = QListWidget()
        self.list.setAccessibleName(translate("CompareChooser", "Versions to compare with"))
        column.addWidget(self.list, 1)
        self._heading(translate("CompareChooser", "Snapshots of this journey"))
        snapshots = sorted(journey.snapshots, key=lambda s: s.taken_at, reverse=True)
        for snapshot in snapshots:
            when = date_text(snapshot.taken_at[:10])
            cards = (
                translate("CompareChooser", "{name} — {date}, {n} card")
                if snapshot.cards == 1
                else translate("CompareChooser", "{name} — {date}, {n} cards")
            )
            text = cards.format(name=snapshot.name, date=when, n=snapshot.cards)
            self._entry(text, CompareSource(SourceKind.SNAPSHOT, snapshot.id), snapshot.note)
        if not snapshots:
            self._note(translate("CompareChooser", "No snapshots yet (Journey ▸ Take Snapshot…)"))
        others = [j for j in project.journeys if j.id != journey.id]
        if others:
            self._heading(translate("CompareChooser", "Other journeys of this project"))
            for other in others:
                self._entry(other.name, CompareSource(SourceKind.JOURNEY, other.id))
        self._heading(translate("CompareChooser", "Another project"))
        self._entry(translate("CompareChooser", "Another file…"), CompareSource(SourceKind.FILE))
        self.list.itemActivated.connect(lambda _item: self.accept())
        first = next((n for n in range(self.list.count()) if self.list.item(n).data(ROLE) is not None), 0)
        self.list.setCurrentRow(first)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("CompareChooser", "Compare"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.resize(460, 420)

    def _heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(item)

    def _note(self, text: str) -> None:
        item = QListWidgetItem("    " + text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(item)

    def _entry(self, text: str, source: CompareSource, tip: str = "") -> None:
        item = QListWidgetItem("    " + text)
        item.setData(ROLE, source)
        if tip:
            item.setToolTip(tip)
        self.list.addItem(item)

    def accept(self) -> None:
        item = self.list.currentItem()
        source = item.data(ROLE) if item is not None else None
        if source is None:
            return
        if source.kind is SourceKind.FILE:
            name, _filter = QFileDialog.getOpenFileName(
                self,
                translate("CompareChooser", "Compare with Another File"),
                "",
                translate("CompareChooser", "Waymark projects (*.waymark)"),
            )
            if not name:
                return
            source = CompareSource(SourceKind.FILE, "", Path(name))
        self.source = source
        super().accept()
