"""Importing a workshop workbook back: read safely (``archive``, ``reader``), compare with the
project (``merge``) into a plan of changes (``plan``), and turn accepted changes into new journey
values (``apply``). The workbook layout is documented in ``app.exporters.xlsx``; the sheet names,
headers and text rules both sides follow are ``app.models.workbook_format`` (the importer imports
nothing of the exporter).
"""

from __future__ import annotations

from pathlib import Path

from app.importers.xlsx.apply import ImportError_, apply_changes
from app.importers.xlsx.archive import WorkbookRefused, check_archive
from app.importers.xlsx.merge import plan_import
from app.importers.xlsx.plan import Change, FieldChange, ImportPlan, Problem
from app.importers.xlsx.reader import read_workbook
from app.models.entities import Project

__all__ = [
    "Change",
    "FieldChange",
    "ImportError_",
    "ImportPlan",
    "Problem",
    "WorkbookRefused",
    "apply_changes",
    "check_archive",
    "plan_import",
    "plan_workbook_import",
    "read_workbook",
]


def plan_workbook_import(project: Project, path: Path) -> ImportPlan:
    """Read ``path`` (refusing hostile or foreign files with :class:`WorkbookRefused`) and plan its merge."""
    return plan_import(project, read_workbook(Path(path)))
