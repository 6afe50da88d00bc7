"""The question a save asks when the file on disk is no longer the one this window opened.

Another program (a sync client, a second editor, a restore from backup) may have replaced
or changed the file; saving over it silently would throw its version away. The answer is
the user's: keep theirs by saving elsewhere, take it by reloading, or overwrite it knowingly.
Tests replace ``ask_changed_file`` rather than answer a real modal box.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from app.i18n import translate


class ChangedFileAnswer(Enum):
    OVERWRITE = "overwrite"
    SAVE_AS = "save_as"
    RELOAD = "reload"
    CANCEL = "cancel"


def ask_changed_file(parent: QWidget | None, name: str) -> ChangedFileAnswer:
    """What to do with a file another program changed since this window opened or saved it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("FileQuestions", "File changed on disk"))
    box.setText(
        translate(
            "FileQuestions", "{name} was changed by another program since you opened or last saved it here."
        ).format(name=name)
    )
    box.setInformativeText(
        translate(
            "FileQuestions",
            "Overwrite replaces that version with yours. Save As keeps both. Reload shows that version "
            "and discards your unsaved changes.",
        )
    )
    overwrite = box.addButton(translate("FileQuestions", "&Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
    save_as = box.addButton(translate("FileQuestions", "Save &As…"), QMessageBox.ButtonRole.AcceptRole)
    reload = box.addButton(translate("FileQuestions", "&Reload"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    clicked = box.clickedButton()
    answers = {
        id(overwrite): ChangedFileAnswer.OVERWRITE,
        id(save_as): ChangedFileAnswer.SAVE_AS,
        id(reload): ChangedFileAnswer.RELOAD,
    }
    return answers.get(id(clicked), ChangedFileAnswer.CANCEL)
