"""The one error the workbook import raises for a file it will not read (its own module so the
archive checks and the XML census, which both raise it, need not import each other)."""

from __future__ import annotations

from app.models.errors import WaymarkError


class WorkbookRefused(WaymarkError):
    """A workbook the import will not read; the message names the file and the reason."""
