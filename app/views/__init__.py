"""Widgets: the main window, the board and the dialogs. They read the document and push commands."""

import app.models.entities  # noqa: F401  (before any PySide6 import; see app/document/__init__.py)
