"""Whose file is it: read-only folders, links to an open project, and files changed behind our back.

We run as root, so a folder's mode alone refuses nothing; the permission cases run the CLI
(or a few lines of Python) under ``setpriv`` with CAP_DAC_OVERRIDE dropped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.models.errors import FileInUseError, SaveError
from app.models.project_file import read_project_file
from app.models.refs import ProjectRef
from app.models.session import FileChangedError, ProjectSession, create_project_file, lock_path_for
from tests.conftest import REPO, SAMPLE_JSON

SETPRIV = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"]
needs_setpriv = pytest.mark.skipif(not shutil.which("setpriv"), reason="setpriv (util-linux) is missing")


def _env(data_dir: Path) -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO), WAYMARK_DATA_DIR=str(data_dir))


def unprivileged(argv: list[str], data_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*SETPRIV, *argv], capture_output=True, text=True, cwd=REPO, env=_env(data_dir))


@pytest.fixture
def project(tmp_path) -> Path:
    path = tmp_path / "t.waymark"
    assert main(["new", str(path), "--from-json", str(SAMPLE_JSON)]) == 0
    return path


@pytest.fixture
def ro_project(tmp_path, project):
    folder = tmp_path / "ro"
    folder.mkdir()
    shutil.copy(project, folder / "t.waymark")
    folder.chmod(0o555)
    yield folder / "t.waymark"
    folder.chmod(0o755)


def _rename(doc_project, name: str):
    return doc_project.model_copy(update={"info": doc_project.info.model_copy(update={"name": name})})


# -- 8: read-only folders ----------------------------------------------------------------------


@needs_setpriv
def test_smoke_in_a_read_only_folder_opens_read_only_and_says_why(ro_project, data_dir):
    result = unprivileged([sys.executable, "-m", "app", "--smoke", str(ro_project)], data_dir)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[0] == (
        "waymark: note: t.waymark is open read-only: its folder cannot be written "
        "(permission denied). Use Save As to save a copy elsewhere."
    ), lines
    assert "window painted" in lines[1] and len(lines) == 2


@needs_setpriv
def test_session_in_a_read_only_folder_is_read_only_and_save_as_elsewhere_works(ro_project, tmp_path, data_dir):
    elsewhere = tmp_path / "copy.waymark"
    code = (
        "from app.models.session import ProjectSession\n"
        "from app.models.errors import SaveError\n"
        f"s = ProjectSession.open({str(ro_project)!r})\n"
        "print(s.read_only)\n"
        "try:\n"
        "    s.save()\n"
        "except SaveError as exc:\n"
        "    print(exc)\n"
        f"ro2 = {str(ro_project.with_name('other.waymark'))!r}\n"
        "try:\n"
        "    s.save(ro2)\n"
        "except SaveError as exc:\n"
        "    print(exc)\n"
        "print(s.path.name, s.read_only, s.work_path.exists())\n"
        f"s.save({str(elsewhere)!r})\n"
        "print(s.path.name, s.read_only)\n"
        "s.close()\n"
    )
    result = unprivileged([sys.executable, "-c", code], data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "True",
        "t.waymark is open read-only: its folder cannot be written (permission denied); save the copy under "
        "another name or in another folder",
        "could not save other.waymark: its folder cannot be written (permission denied); nothing was changed",
        "t.waymark True True",
        "copy.waymark False",
    ]
    assert read_project_file(elsewhere)[0].info.name


@needs_setpriv
def test_new_and_import_into_a_read_only_folder_say_so_in_one_line(ro_project, tmp_path, data_dir, project):
    book = tmp_path / "t.xlsx"
    assert main(["export", str(project), "--xlsx", str(book)]) == 0
    new = unprivileged([sys.executable, "-m", "app", "new", str(ro_project.with_name("n.waymark"))], data_dir)
    assert (new.returncode, new.stderr) == (
        1,
        "waymark: error: could not create n.waymark: its folder cannot be written (permission denied)\n",
    )
    imp = unprivileged([sys.executable, "-m", "app", "import", str(ro_project), str(book)], data_dir)
    assert (imp.returncode, imp.stderr) == (
        1,
        "waymark: error: cannot import into t.waymark: it is open read-only: its folder cannot be written "
        "(permission denied)\n",
    )


def test_save_as_into_an_unwritable_place_shows_a_dialog_and_keeps_everything(qapp, project, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.document import commands as C
    from app.document.document import Document
    from app.views.main_window import MainWindow

    doc = Document.open(project)
    window = MainWindow(doc)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text, *a, **k: shown.append((title, text)))
    doc.push(C.Edit(doc, ProjectRef(), {"name": "Edited"}))
    target = project / "x.waymark"  # beneath a file: the folder cannot exist, as on read-only media
    try:
        assert window._save_to(target) is False
        assert shown and shown[0][0] == "Not saved"
        assert "could not save x.waymark" in shown[0][1]
        assert doc.path == project and doc.modified and doc.undo_stack.canUndo()
        assert doc.session.work_path.exists() and doc.project.info.name == "Edited"
    finally:
        window._discard_on_close = True
        window.close()
        doc.close()


# -- 16: links ---------------------------------------------------------------------------------


def test_a_symlink_to_an_open_project_is_the_same_project(qapp, project, tmp_path):
    from app.document import commands as C
    from app.document.document import Document

    link = tmp_path / "link.waymark"
    link.symlink_to(project)
    first = ProjectSession.open(project)
    try:
        with pytest.raises(FileInUseError):
            ProjectSession.open(link)
    finally:
        first.close()
    doc = Document.open(link)
    try:
        with pytest.raises(FileInUseError):
            ProjectSession.open(project)
        doc.push(C.Edit(doc, ProjectRef(), {"name": "Through the link"}))
        doc.save()
        assert doc.path == link  # the window goes on naming the link
    finally:
        doc.close()
    assert link.is_symlink() and link.resolve() == project
    assert read_project_file(project)[0].info.name == "Through the link"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.waymark", "t.waymark"]


def test_a_hard_linked_project_opens_read_only_and_says_why(project, tmp_path):
    twin = tmp_path / "twin.waymark"
    os.link(project, twin)
    session = ProjectSession.open(twin)
    try:
        assert session.read_only
        assert session.notice == (
            "twin.waymark is open read-only: it has 2 names (hard links), and saving replaces a file whole, "
            "which would part it from its other names. Use Save As to save a copy."
        )
        with pytest.raises(SaveError):
            session.save()
    finally:
        session.close()
    assert os.stat(project).st_nlink == 2


def test_a_file_that_gains_a_hard_link_while_open_is_not_split_at_save(project, tmp_path):
    session = ProjectSession.open(project)
    try:
        os.link(project, tmp_path / "twin.waymark")
        with pytest.raises(SaveError, match="hard links"):
            session.save()
    finally:
        session.close()
    assert os.stat(project).st_nlink == 2


@pytest.mark.skipif(not shutil.which("unshare"), reason="unshare is missing")
def test_the_same_file_by_another_path_is_locked_by_identity(project, tmp_path, data_dir):
    other = tmp_path / "bound"
    other.mkdir()
    code = (
        "from app.models.session import ProjectSession\n"
        "from app.models.errors import FileInUseError\n"
        f"a = ProjectSession.open({str(project)!r})\n"
        "try:\n"
        f"    ProjectSession.open({str(other / project.name)!r})\n"
        "    print('opened twice')\n"
        "except FileInUseError:\n"
        "    print('in use')\n"
        "a.save()\n"
        "try:\n"
        f"    ProjectSession.open({str(other / project.name)!r})\n"
        "    print('opened twice after save')\n"
        "except FileInUseError:\n"
        "    print('in use after save')\n"
        "a.close()\n"
    )
    script = f'mount --bind "{project.parent}" "{other}" && exec "$@"'
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c", script, "sh", sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=_env(data_dir),
    )
    if "mount" in result.stderr and result.returncode != 0:
        pytest.skip("bind mounts are not permitted here")
    assert result.stdout.splitlines() == ["in use", "in use after save"], result.stderr


# -- 17: a file changed by another program -----------------------------------------------------


def _replace_behind(path: Path, name: str) -> None:
    project, _ = read_project_file(path)
    create_project_file(_rename(project, name), path)


def test_a_replaced_file_is_not_overwritten_silently(project):
    session = ProjectSession.open(project)
    try:
        _replace_behind(project, "Someone else's")
        with pytest.raises(FileChangedError, match="changed by another program"):
            session.save()
        assert read_project_file(project)[0].info.name == "Someone else's"
        session.save(overwrite=True)
        assert read_project_file(project)[0].info.name != "Someone else's"
        session.save()  # the new file is ours again
    finally:
        session.close()


def test_a_change_in_place_with_the_same_size_and_time_is_caught_by_the_checksum(project):
    session = ProjectSession.open(project)
    try:
        st = os.stat(project)
        data = bytearray(project.read_bytes())
        data[-1] ^= 0xFF  # the last page: free space or data, the bytes differ either way
        with open(project, "r+b") as fh:
            fh.write(data)
        os.utime(project, ns=(st.st_atime_ns, st.st_mtime_ns))
        with pytest.raises(FileChangedError):
            session.save()
    finally:
        session.close()


def test_cli_import_refuses_when_the_file_changed_in_between(project, tmp_path, monkeypatch, capsys):
    from app.importers import xlsx as X

    book = tmp_path / "t.xlsx"
    assert main(["export", str(project), "--xlsx", str(book)]) == 0
    real = X.plan_workbook_import

    def plan_then_change(*args, **kwargs):
        plan = real(*args, **kwargs)
        _replace_behind(project, "Changed meanwhile")
        return plan

    monkeypatch.setattr(X, "plan_workbook_import", plan_then_change)
    from openpyxl import load_workbook

    wb = load_workbook(book)
    ws = wb["Cards"]
    for col in range(1, ws.max_column + 1):
        if str(ws.cell(1, col).value).strip().lower() == "text":
            ws.cell(2, col).value = "An edit from the workshop"
    wb.save(book)
    capsys.readouterr()
    assert main(["import", str(project), str(book)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("waymark: error: t.waymark was changed by another program since it was opened"), err
    assert read_project_file(project)[0].info.name == "Changed meanwhile"
    assert not lock_path_for(project).exists()


@pytest.mark.parametrize("answer", ["overwrite", "save_as", "reload", "cancel"])
def test_the_window_asks_what_to_do_with_a_changed_file(qapp, project, tmp_path, monkeypatch, answer):
    from PySide6.QtWidgets import QFileDialog

    from app.document import commands as C
    from app.document.document import Document
    from app.views import file_questions as Q
    from app.views import main_window as M

    doc = Document.open(project)
    window = M.MainWindow(doc)
    asked = []
    monkeypatch.setattr(Q, "ask_changed_file", lambda _parent, name: asked.append(name) or Q.ChangedFileAnswer(answer))
    copy = tmp_path / "copy.waymark"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    doc.push(C.Edit(doc, ProjectRef(), {"name": "Mine"}))
    _replace_behind(project, "Theirs")
    try:
        result = window.save()
        assert asked == ["t.waymark"]
        on_disk = read_project_file(project)[0].info.name
        if answer == "overwrite":
            assert result and on_disk == "Mine" and not doc.modified
        elif answer == "save_as":
            assert result and on_disk == "Theirs" and doc.path == copy
            assert read_project_file(copy)[0].info.name == "Mine"
        elif answer == "reload":
            assert not result and on_disk == "Theirs"
            fresh = [w for w in M.WINDOWS if w is not window and w.doc.path == project]
            assert fresh and fresh[0].doc.project.info.name == "Theirs"
            for w in fresh:
                w._discard_on_close = True
                w.close()
        else:
            assert not result and on_disk == "Theirs" and doc.modified
    finally:
        import shiboken6

        if shiboken6.isValid(window):
            window._discard_on_close = True
            window.close()
        if doc.session._conn is not None:
            doc.close()


def test_new_force_onto_a_hard_linked_file_refuses_and_onto_a_symlink_keeps_the_link(project, tmp_path, capsys):
    twin = tmp_path / "twin.waymark"
    os.link(project, twin)
    assert main(["new", str(twin), "--force"]) == 1
    assert capsys.readouterr().err.startswith("waymark: error: could not save twin.waymark: it has 2 names")
    os.unlink(twin)
    link = tmp_path / "link.waymark"
    link.symlink_to(project)
    assert main(["new", str(link), "--force"]) == 0
    assert link.is_symlink() and not any(j.cards for j in read_project_file(project)[0].journeys)
