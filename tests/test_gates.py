"""Rules of the code base that a machine checks (README "Layout"); the linters run in scripts/test."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"
MAX_LINES = 600

# The mypy allow-list as first written (2026-12-03). Modules leave it as their types are fixed
# (scripts/mypy_allow_list.py); none may join it.
FIRST_ALLOW_LIST = frozenset(
    """
app.cli
app.exporters.pdf.document
app.exporters.pdf.fastpdf
app.exporters.pdf.fonts
app.exporters.pdf.map_drawing
app.exporters.pdf.map_pages
app.exporters.pdf.other_pages
app.exporters.pdf.style
app.exporters.xlsx.emotions
app.exporters.xlsx.journey_sheet
app.exporters.xlsx.names
app.exporters.xlsx.style
app.exporters.xlsx.tables
app.exporters.xlsx.text
app.exporters.xlsx.workbook
app.gui
app.importers.xlsx.apply
app.importers.xlsx.archive
app.importers.xlsx.census
app.importers.xlsx.merge
app.importers.xlsx.reader
app.views.board.actions
app.views.board.card_item
app.views.board.emotion_items
app.views.board.header_items
app.views.board.image_export
app.views.board.scene
app.views.board.view
app.views.export_dialog
app.views.file_actions
app.views.find_bar
app.views.icons
app.views.inspector.pages
app.views.journey_list
app.views.journeys_panel
app.views.main_window
app.views.palette
app.views.persona_editor
app.views.persona_gallery
app.views.photos
app.views.recent_files
app.views.template_picker
app.views.workbook_export_dialog
app.views.workbook_import
""".split()
)


def _modules() -> list[Path]:
    return sorted(p for p in APP.rglob("*.py") if "__pycache__" not in p.parts)


def test_no_module_in_app_is_over_600_lines():
    long = {
        str(p.relative_to(ROOT)): n for p in _modules() if (n := len(p.read_text("utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"split these by responsibility: {long}"


def test_no_importlib_in_app():
    users = [str(p.relative_to(ROOT)) for p in _modules() if re.search(r"\bimportlib\b", p.read_text("utf-8"))]
    assert not users, f"plain imports only (function-local where laziness matters): {users}"


def _string_kind_tests(tree: ast.AST) -> list[int]:
    """Lines comparing something named ``kind`` (or ``….kind``) with a string literal."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        operands = [node.left, *node.comparators]
        names_kind = any(
            (isinstance(o, ast.Name) and o.id == "kind") or (isinstance(o, ast.Attribute) and o.attr == "kind")
            for o in operands
        )
        literal = any(
            (isinstance(o, ast.Constant) and isinstance(o.value, str))
            or (
                isinstance(o, ast.Tuple | ast.List | ast.Set)
                and any(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in o.elts)
            )
            for o in operands
        )
        if names_kind and literal:
            found.append(node.lineno)
    return found


def test_kinds_are_types_not_strings():
    hits = {}
    for path in _modules():
        lines = _string_kind_tests(ast.parse(path.read_text("utf-8")))
        if lines:
            hits[str(path.relative_to(ROOT))] = lines
    assert not hits, f"compare kinds as enums (Kind, LaneKind, LineKind), not strings: {hits}"


def test_the_mypy_allow_list_only_shrinks():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    overrides = config["tool"]["mypy"]["overrides"]
    allowed = next(o["module"] for o in overrides if o.get("ignore_errors"))
    strict = next(o["module"] for o in overrides if o.get("disallow_untyped_defs"))
    assert strict == ["app.models.*", "app.document.*"]
    assert not [m for m in allowed if m.startswith(("app.models", "app.document"))], "the typed core is never excused"
    new = sorted(set(allowed) - FIRST_ALLOW_LIST)
    assert not new, f"modules may leave the mypy allow-list, never join it: {new}"
