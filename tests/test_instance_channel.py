"""Opening a project another Waymark of this user shows brings that window forward
(app/views/instance_channel.py): two real processes, offscreen, and the channel's own rules."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from app.views.instance_channel import InstanceServer, ask_to_raise, holder_pid, server_name

REPO = Path(__file__).resolve().parent.parent


def _env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WAYMARK_DATA_DIR=str(data_dir))
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return env


def _new_project(path: Path, env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "-m", "app", "new", str(path)], check=True, cwd=REPO, env=env, timeout=60)


def _wait_until(check, timeout: float = 30.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.1)
    return False


def _start(path: Path, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "app", str(path)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def _listening(pid: int) -> bool:
    """The process's channel answers (a request for a file it does not show gets 'absent')."""
    from app.views.instance_channel import QLocalSocket

    conn = QLocalSocket()
    conn.connectToServer(server_name(pid))
    ok = conn.waitForConnected(200)
    conn.abort()
    return ok


def test_second_process_raises_the_first_window_and_exits(tmp_path, data_dir, qapp):
    env = _env(data_dir)
    project, other = tmp_path / "journey.waymark", tmp_path / "other.waymark"
    _new_project(project, env)
    _new_project(other, env)
    first = _start(project, env)
    second = None
    try:
        assert _wait_until(lambda: holder_pid(project) == first.pid and _listening(first.pid)), "first never opened it"
        # Same file, another process: the first raises its window and the second ends at once.
        again = subprocess.run(
            [sys.executable, "-m", "app", str(project)], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
        )
        assert again.returncode == 0, again.stderr
        assert "journey.waymark is already open in Waymark" in again.stderr
        assert f"process {first.pid}" in again.stderr
        assert first.poll() is None
        # Reached by a symlink, it is still the same project.
        link = tmp_path / "link.waymark"
        link.symlink_to(project)
        assert ask_to_raise(server_name(first.pid), project.resolve())
        assert holder_pid(link) == first.pid
        # Another file opens in the new process as before.
        second = _start(other, env)
        assert _wait_until(lambda: holder_pid(other) == second.pid), second.stderr.read() if second.poll() else ""
        assert second.poll() is None
        assert not ask_to_raise(server_name(first.pid), other.resolve())  # not the first's window
    finally:
        for proc in (first, second):
            if proc is not None:
                _stop(proc)


def test_a_stale_socket_never_blocks_listening(qapp):
    name = server_name() + "-stale"
    stale = Path(QDir.tempPath()) / name
    stale.write_bytes(b"")  # what a killed process leaves behind
    try:
        server = InstanceServer(lambda _path: True)
        assert server.listen(name)
        server.close()
    finally:
        stale.unlink(missing_ok=True)


def test_nobody_listening_means_open_here(tmp_path, qapp):
    started = time.monotonic()
    assert not ask_to_raise(server_name(999_999_999), tmp_path / "x.waymark")
    assert time.monotonic() - started < 1.5
    assert holder_pid(tmp_path / "x.waymark") is None  # no lock file: nobody holds it


def test_the_server_answers_for_its_windows_only(tmp_path, qapp, qtbot):
    asked: list[Path] = []

    def raise_window(path: Path) -> bool:
        asked.append(path)
        return path.name == "shown.waymark"

    server = InstanceServer(raise_window)
    name = server_name() + "-unit"
    assert server.listen(name)
    try:
        # The client blocks (holding the GIL in PySide's wait calls): it is another process, as in use.
        client = (
            "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication; "
            "from app.views.instance_channel import ask_to_raise; app = QCoreApplication([]); "
            "print(ask_to_raise(sys.argv[1], Path(sys.argv[2])))"
        )
        results: dict[str, bool] = {}
        for file in ("shown.waymark", "absent.waymark"):
            proc = subprocess.Popen(
                [sys.executable, "-c", client, name, str(tmp_path / file)],
                cwd=REPO,
                stdout=subprocess.PIPE,
                text=True,
            )
            qtbot.waitUntil(lambda p=proc: p.poll() is not None, timeout=20000)
            results[file] = proc.stdout.read().strip() == "True"
        assert [p.name for p in asked] == ["shown.waymark", "absent.waymark"]
        assert results == {"shown.waymark": True, "absent.waymark": False}
    finally:
        server.close()


@pytest.mark.skipif(os.name != "posix", reason="the lock's holder record is checked on POSIX here")
def test_a_lock_of_another_user_or_machine_is_not_asked(tmp_path):
    import json

    from app.models.locking import lock_path_for

    project = tmp_path / "p.waymark"
    project.write_bytes(b"")
    lock = lock_path_for(project)
    lock.write_text(json.dumps({"pid": 1, "host": "elsewhere.example", "user": "someone", "since": 0}))
    assert holder_pid(project) is None


def test_the_window_asked_for_comes_back_from_minimised(tmp_path, qtbot, monkeypatch):
    import shiboken6
    from PySide6.QtWidgets import QMessageBox

    from app.document.document import Document
    from app.models.library import load_template
    from app.models.session import create_project_file
    from app.views.main_window import MainWindow, raise_window_for
    from app.views.windows import WINDOWS

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    path = tmp_path / "shown.waymark"
    create_project_file(load_template("blank"), path)
    window = MainWindow(Document.open(path))
    try:
        window.showMinimized()
        qtbot.waitUntil(window.isMinimized)
        assert raise_window_for(tmp_path / "shown.waymark")
        assert not window.isMinimized() and window.isVisible()
        assert not raise_window_for(tmp_path / "other.waymark")
    finally:
        for w in [window, *WINDOWS]:
            if shiboken6.isValid(w):
                w.close()
