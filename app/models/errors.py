"""Errors the models and persistence raise; each carries a message fit for a user.

The CLI prints ``str(error)`` as its one-line message and the window shows it in a dialog,
so messages name the file or the place in the document and say what is wrong.
"""

from __future__ import annotations

from app.i18n import translate


class WaymarkError(Exception):
    """Base of every error that is the user's or the data's, never a bug."""


class DocumentRuleError(WaymarkError):
    """A document breaks a FORMAT.md rule; ``path`` names the place."""

    def __init__(self, path: str, message: str, more: int = 0):
        self.path = path
        self.message = message
        self.more = more
        text = f"{path}: {message}" if path else message
        if more:
            text += " " + (
                translate("Errors", "(and {n} more problems)")
                if more > 1
                else translate("Errors", "(and {n} more problem)")
            ).format(n=more)
        super().__init__(text)


class ProjectFileError(WaymarkError):
    """A project file cannot be opened: not ours, damaged, or unreadable."""


class InputFileError(WaymarkError):
    """A path offered as input is not a readable regular file, or is too large to read."""


class NewerFileError(ProjectFileError):
    """A file from a newer Waymark that this version cannot read at all."""


class FileInUseError(WaymarkError):
    """The project is already open in another Waymark window or process."""

    def __init__(self, path: str, holder: str):
        self.path = path
        self.holder = holder
        super().__init__(translate("Errors", "{path} is already open ({holder})").format(path=path, holder=holder))


class SaveError(WaymarkError):
    """Saving failed; the user's file on disk is unchanged."""
