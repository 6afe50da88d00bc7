"""Issue 14 item 7: `waymark FILE` after a crash of `waymark FILE` recovers FILE into one window.

The recovered session locks FILE itself; opening FILE again after it met that lock and said the
file "is already open" by this very process, and Cancel there quit with the recovered window's
unsaved changes. The crash here is a real SIGKILL of a process that holds FILE open and edited.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import textwrap

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox

from app.models.session import create_project_file, find_orphans
from app.views.windows import WINDOWS
from tests.conftest import REPO

CHILD = textwrap.dedent("""
    import sys, time
    from app.document.document import Document
    from app.document import commands as C
    from app.models.entities import Card
    doc = Document.open(sys.argv[1])
    for n in range(3):
        doc.push(C.add_card(doc, "buy-phone", Card(id=f"k-{n}", lane="doing", stage="buy", text=f"edit {n}")))
    print("edited", flush=True)
    time.sleep(60)
""")


def run_then_kill_9(script: str, path, ready: str) -> None:
    """Run ``script`` on ``path`` in a child process and SIGKILL it once it prints ``ready``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(path)], cwd=REPO, env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == ready
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        if child.stdout is not None:
            child.stdout.close()


def edit_then_kill_9(path) -> None:
    run_then_kill_9(CHILD, path, "edited")


@pytest.fixture
def start(qapp, monkeypatch):
    """Runs the GUI's start-up (recovery, then FILE) with Recover chosen; records every question."""
    from app import gui
    from app.views.recovery_dialog import RecoveryDialog

    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(RecoveryDialog, "exec", lambda self: (self._finish(recover=True), 1)[1])

    assert WINDOWS == [], "a window of an earlier test is still open"

    def run(path):
        args = argparse.Namespace(file=path, smoke=False, read_only=False, sample=False)
        return gui.open_start_windows(args)

    yield run, asked
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    for window in list(WINDOWS):
        if shiboken6.isValid(window):
            window.close()


def test_recovering_the_file_given_opens_one_window_without_a_self_lock(start, tmp_path, sample_project):
    run, asked = start
    path = tmp_path / "visit.waymark"
    create_project_file(sample_project, path)
    edit_then_kill_9(path)
    assert [o.original for o in find_orphans()] == [path]

    assert run(path)
    assert asked == []  # no "is already open (by … process N)" about this very process
    (window,) = WINDOWS
    assert window.doc.path == path and not window.doc.read_only
    assert window.doc.modified and window.isWindowModified()
    assert {"k-0", "k-1", "k-2"} <= {c.id for c in window.doc.journey("buy-phone").cards}


def test_a_file_open_elsewhere_is_still_asked_about(start, tmp_path, sample_project):
    """Only this process's own recovered window is skipped: another holder still gets the question."""
    from app.document.document import Document

    run, asked = start
    path = tmp_path / "visit.waymark"
    create_project_file(sample_project, path)
    other = Document.open(path)  # stands in for another process holding the file
    try:
        assert not run(path)  # Cancel: nothing to show
        assert len(asked) == 1 and "is already open" in asked[0]
        assert WINDOWS == []
    finally:
        other.close()


def test_cancel_on_a_second_file_keeps_the_recovered_window(start, tmp_path, sample_project):
    """Cancel on FILE's question leaves the recovered windows open: the start-up reports them."""
    from app.document.document import Document

    run, asked = start
    crashed = tmp_path / "crashed.waymark"
    create_project_file(sample_project, crashed)
    edit_then_kill_9(crashed)
    held = tmp_path / "held.waymark"
    create_project_file(sample_project, held)
    other = Document.open(held)
    try:
        assert run(held)  # the recovered window is still open, so the app keeps running
        assert len(asked) == 1
        (window,) = WINDOWS
        assert window.doc.path == crashed and window.doc.modified
    finally:
        other.close()
