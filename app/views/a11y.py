"""What a screen reader hears about the toolbar's buttons.

A toolbar button shows only an icon; Qt names it after its action's text ("Undo Move Card",
following the action as it changes), so the name needs nothing here. What the icon does not
say is the key that does the same: that becomes the button's description and its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from app.i18n import translate


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


def _describe(toolbar: QToolBar, action: QAction) -> None:
    button = toolbar.widgetForAction(action)
    if button is None:
        return
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    text = _plain(action.text())
    if keys:
        button.setAccessibleDescription(translate("ToolbarA11y", "Shortcut: {keys}").format(keys=keys))
        button.setToolTip(translate("ToolbarA11y", "{action} ({keys})").format(action=text, keys=keys))
    else:
        button.setToolTip(text)


class _Follow(QObject):
    """Describes a button again when its action changes (Undo's text names the next step)."""

    def __init__(self, toolbar: QToolBar, action: QAction) -> None:
        super().__init__(action)
        self.toolbar, self.action = toolbar, action
        action.changed.connect(self.refresh)

    def refresh(self) -> None:
        _describe(self.toolbar, self.action)


def describe_toolbar(toolbar: QToolBar) -> None:
    for action in toolbar.actions():
        if action.isSeparator():
            continue
        _describe(toolbar, action)
        _Follow(toolbar, action)
