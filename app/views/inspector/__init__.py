"""The inspector dock: panel.py holds the widget and its edit path, pages.py the forms, fields.py
how a field shows a value."""

from app.views.inspector.fields import EMPTY_TEXT
from app.views.inspector.panel import Inspector

__all__ = ["EMPTY_TEXT", "Inspector"]
