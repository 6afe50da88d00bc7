"""Edit ▸ Preferences… (Ctrl+,): language, theme, board text size, the PDF defaults, the data folder.

OK (Enter) saves and applies: the theme and text size at once in every open window, the PDF
defaults from the next PDF export dialog on (they replace the session's remembered choice), the
language from the next start (the window's texts are built once; the dialog says so). Cancel
(Esc) changes nothing. Every field has a mnemonic and an accessible name; Tab follows the form.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.i18n import translate
from app.models.paths import data_dir
from app.views.preferences import settings as P
from app.views.preferences.appearance import apply_appearance

_OPEN: list[PreferencesDialog] = []  # one dialog at a time, brought forward when asked again


def _combo(choices: list[Enum], current: Enum, name: str) -> QComboBox:
    box = QComboBox()
    for choice in choices:
        box.addItem(P.label(choice), choice)
    box.setCurrentIndex(max(0, box.findData(current)))
    box.setAccessibleName(name)
    return box


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self.setObjectName("PreferencesDialog")
        prefs = P.load()

        self.language_box = _combo(list(P.Language), prefs.language, translate("PreferencesDialog", "Language"))
        system = i18n.LANGUAGES[i18n.system_language()]
        self.language_box.setItemText(
            0, translate("PreferencesDialog", "System language ({language})").format(language=system)
        )
        language_note = QLabel(
            translate("PreferencesDialog", "A new language takes effect the next time Waymark starts.")
        )
        language_note.setWordWrap(True)
        language_note.setEnabled(False)  # dimmed, as a hint
        self.theme_box = _combo(list(P.Theme), prefs.theme, translate("PreferencesDialog", "Theme"))
        self.theme_box.setAccessibleDescription(
            translate("PreferencesDialog", "System follows the desktop's light or dark setting")
        )
        theme_note = QLabel(translate("PreferencesDialog", "Cards keep their colours; exports stay light."))
        theme_note.setWordWrap(True)
        theme_note.setEnabled(False)
        self.text_size_box = _combo(
            list(P.TextSize), prefs.text_size, translate("PreferencesDialog", "Board text size")
        )
        self.text_size_box.setAccessibleDescription(
            translate("PreferencesDialog", "The size of the cards' text on the board; exports keep the standard size")
        )
        self.paper_box = _combo(list(P.Paper), prefs.paper, translate("PreferencesDialog", "PDF paper"))
        self.layout_box = _combo(list(P.PdfLayout), prefs.layout, translate("PreferencesDialog", "PDF layout"))
        pdf_note = QLabel(
            translate(
                "PreferencesDialog", "Export PDF… starts with these; a choice made there is kept until Waymark quits."
            )
        )
        pdf_note.setWordWrap(True)
        pdf_note.setEnabled(False)

        self.data_folder = QLineEdit(str(data_dir()))
        self.data_folder.setReadOnly(True)
        self.data_folder.setAccessibleName(translate("PreferencesDialog", "Data folder"))
        self.data_folder.setAccessibleDescription(
            translate("PreferencesDialog", "Where Waymark keeps working copies, recovery files and your templates")
        )
        self.data_folder.setCursorPosition(0)
        self.open_folder = QPushButton(translate("PreferencesDialog", "Open &Folder"))
        self.open_folder.setAutoDefault(False)
        self.open_folder.clicked.connect(self._open_data_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(self.open_folder)

        form = QFormLayout()
        form.addRow(translate("PreferencesDialog", "&Language:"), self.language_box)
        form.addRow("", language_note)
        form.addRow(translate("PreferencesDialog", "&Theme:"), self.theme_box)
        form.addRow("", theme_note)
        form.addRow(translate("PreferencesDialog", "Board te&xt size:"), self.text_size_box)
        form.addRow(translate("PreferencesDialog", "PDF &paper:"), self.paper_box)
        form.addRow(translate("PreferencesDialog", "PDF la&yout:"), self.layout_box)
        form.addRow("", pdf_note)
        folder_label = QLabel(translate("PreferencesDialog", "&Data folder:"))
        folder_label.setBuddy(self.data_folder)  # a row of two widgets has no buddy of its own
        form.addRow(folder_label, folder_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        for first, second in (
            (self.language_box, self.theme_box),
            (self.theme_box, self.text_size_box),
            (self.text_size_box, self.paper_box),
            (self.paper_box, self.layout_box),
            (self.layout_box, self.data_folder),
            (self.data_folder, self.open_folder),
            (self.open_folder, ok),
        ):
            QWidget.setTabOrder(first, second)
        self.language_box.setFocus()

    def chosen(self) -> P.Preferences:
        return P.Preferences(
            language=self.language_box.currentData(),
            theme=self.theme_box.currentData(),
            text_size=self.text_size_box.currentData(),
            paper=self.paper_box.currentData(),
            layout=self.layout_box.currentData(),
        )

    def accept(self) -> None:
        before = P.load()
        prefs = self.chosen()
        P.save(prefs)
        if (prefs.paper, prefs.layout) != (before.paper, before.layout):
            from app.views.pdf_export_dialog import forget_session_defaults

            forget_session_defaults()  # a new default shows in the next PDF dialog at once
        if (prefs.theme, prefs.text_size) != (before.theme, before.text_size):
            apply_appearance()
        super().accept()

    def _open_data_folder(self) -> None:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def done(self, result: int) -> None:
        if self in _OPEN:
            _OPEN.remove(self)
        super().done(result)


def open_preferences(parent: QWidget | None = None) -> PreferencesDialog:
    """Show the dialog (window-modal, so the board cannot change under it); one at a time."""
    for dialog in _OPEN:
        if dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
    dialog = PreferencesDialog(parent)
    _OPEN.append(dialog)
    dialog.open()
    return dialog
