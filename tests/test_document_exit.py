"""A process that ends with documents still open (a test run, a script) ends quietly: the undo
stack's last cleanChanged, sent while Qt tears the document down, used to reach a Python lambda
that touched the deleted document and printed a traceback at every exit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.document.commands import Edit
from app.document.document import Document
from app.models.interchange import read_project_json
from app.models.refs import ProjectRef
docs = []
for n in range(3):
    doc = Document.new(read_project_json(open("resources/sample/phone-purchase.json").read()).project)
    doc.push(Edit(doc, ProjectRef(), {"author": "x"}))
    doc.undo_stack.undo()
    doc.push(Edit(doc, ProjectRef(), {"author": "y"}))
    docs.append(doc)
print("exiting")
"""


def test_open_documents_at_exit_print_nothing(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WAYMARK_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0 and done.stdout.strip() == "exiting"
    assert "Traceback" not in done.stderr, done.stderr
