"""The open project as one QObject, and the undoable commands that edit it (QtCore/QtGui only)."""

# pydantic must be fully imported before PySide6: PySide6's import hook inspects every module
# imported after it (hasattr(module, "__wrapped__")), which re-enters pydantic's lazy
# __getattr__ while pydantic is half-initialised and fails with a circular import.
import app.models.entities  # noqa: F401  (import order matters, see above)
