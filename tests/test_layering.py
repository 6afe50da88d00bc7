"""Dependencies point one way: models know no Qt; the document knows no widgets."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import app.document
import app.models


def _modules(package) -> list[str]:
    return [f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__)]


def _imported_after(modules: list[str]) -> set[str]:
    code = (
        "import sys, importlib\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_models_import_no_qt_at_all():
    loaded = _imported_after(_modules(app.models))
    assert not any(name.startswith("PySide6") for name in loaded), sorted(n for n in loaded if "PySide6" in n)


def test_document_imports_no_widgets():
    loaded = _imported_after(_modules(app.document))
    assert "PySide6.QtWidgets" not in loaded
    assert "PySide6.QtCore" in loaded


def test_cli_commands_start_without_qt():
    code = "import sys; from app.cli import main; main(['templates']); print('PySide6' in ' '.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("False")


def test_qt_first_import_order_works():
    """Regression: PySide6's import hook and pydantic's lazy module must not collide."""
    for first in ("PySide6.QtCore", "PySide6.QtWidgets", "app.models.entities"):
        code = (
            f"import {first}\nimport app.document.cell_tables\nimport app.document.document\n"
            "import app.views.main_window\nimport app.gui\nprint('ok')"
        )
        out = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert out.stdout.strip() == "ok", out.stderr[-2000:]


def test_a_window_opens_edits_and_saves_without_sqlalchemy(tmp_path):
    """Every statement is plain SQL through sqlite3 (README "The project file"): opening,
    painting, an edit and a save never load SQLAlchemy, whose import alone cost a third of a second."""
    from app.models.library import sample_project
    from app.models.session import create_project_file

    project = tmp_path / "p.waymark"
    create_project_file(sample_project(), project)
    code = (
        "import sys, os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "qapp = QApplication([])\n"
        "from app.document.document import Document\n"
        "from app.views.main_window import MainWindow\n"
        f"doc = Document.open({str(project)!r})\n"
        "window = MainWindow(doc); window.show(); qapp.processEvents(); window.grab()\n"
        "print('before', any(n.startswith('sqlalchemy') for n in sys.modules))\n"
        "window.view.viewport().repaint()\n"
        "for _ in range(3): qapp.processEvents()\n"
        "print('open', doc.session._conn is not None)\n"
        "jid = doc.project.journeys[0].id\n"
        "from app.models.refs import JourneyRef\n"
        "doc.update(JourneyRef(jid), {'name': 'Renamed after the first paint'})\n"
        "print('after', any(n.startswith('sqlalchemy') for n in sys.modules))\n"
        "doc.save(); doc.close()\n"
        "from app.models.project_file import read_project_file\n"
        f"print('saved', read_project_file({str(project)!r})[0].journeys[0].name)\n"
    )
    env = {**__import__("os").environ, "WAYMARK_DATA_DIR": str(tmp_path / "data")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "before False" in out.stdout and "open True" in out.stdout and "after False" in out.stdout
    assert "saved Renamed after the first paint" in out.stdout
