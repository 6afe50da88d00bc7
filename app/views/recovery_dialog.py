"""Offers the working copies that a crashed session left behind."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from app.i18n import translate
from app.models.session import Orphan


class RecoveryDialog(QDialog):
    """Recover opens the selected copies; Discard deletes them; Later keeps them for next time."""

    def __init__(self, orphans: list[Orphan], parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("RecoveryDialog", "Recover unsaved work"))
        self.orphans = orphans
        self.to_recover: list[Orphan] = []
        self.to_discard: list[Orphan] = []
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate(
                    "RecoveryDialog",
                    "Waymark closed unexpectedly while these projects had unsaved changes.\n"
                    "Every change you saw on screen was kept. Recover them?",
                )
            )
        )
        self.setMinimumWidth(620)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("RecoveryA11y", "Unsaved work"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        for orphan in orphans:
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(orphan.modified))
            where = str(orphan.original) if orphan.original else translate("RecoveryDialog", "never saved")
            detail = translate("RecoveryDialog", "last change {when} · {where}").format(when=when, where=where)
            item = QListWidgetItem(f"{orphan.title}\n{detail}")
            item.setToolTip(where)
            item.setSelected(True)
            self.list.addItem(item)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.selectAll()
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        recover = QPushButton(translate("RecoveryDialog", "Recover"))
        recover.setDefault(True)
        discard = QPushButton(translate("RecoveryDialog", "Discard"))
        later = QPushButton(translate("RecoveryDialog", "Decide later"))
        buttons.addButton(recover, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(discard, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        recover.clicked.connect(lambda: self._finish(recover=True))
        discard.clicked.connect(lambda: self._finish(recover=False))
        later.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _selected(self) -> list[Orphan]:
        return [self.orphans[self.list.row(item)] for item in self.list.selectedItems()]

    def _finish(self, *, recover: bool) -> None:
        if recover:
            self.to_recover = self._selected()
        else:
            self.to_discard = self._selected()
        self.accept()
