"""The Personas menu of a window: the persona gallery (one per window, not modal) and the editor
for a new persona. Both are imported when first shown: opening a window loads neither."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import QWidget

from app.document.document import Document

if TYPE_CHECKING:
    from app.views.persona_gallery import PersonaGallery


class PersonaLauncher:
    """The persona dialogs of ``window``, which shows ``doc``."""

    def __init__(self, window: QWidget, doc: Document):
        self.window, self.doc = window, doc
        self.gallery: PersonaGallery | None = None

    def manage(self) -> None:
        """Show the window's persona gallery, made on first use."""
        from app.views.persona_gallery import PersonaGallery

        if self.gallery is None or not shiboken6.isValid(self.gallery):
            self.gallery = PersonaGallery(self.doc, self.window)
        self.gallery.show()
        self.gallery.raise_()
        self.gallery.activateWindow()

    def new(self) -> None:
        from app.views.persona_editor import PersonaEditor

        PersonaEditor(self.doc, None, self.window).exec()
