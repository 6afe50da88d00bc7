"""The machine says no: a full disk, a file-size limit, a data folder that cannot be written.

A full disk is a real one: a 16 KiB tmpfs mounted in a private mount namespace
(``unshare -m``, which root may do in this sandbox and in CI); where that is not permitted
the test is skipped, and an in-process test injects ENOSPC at the one place every writer
passes through instead. The file-size limit is a real RLIMIT_FSIZE with SIGXFSZ ignored.
"""

from __future__ import annotations

import errno
import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.models import atomic
from app.models.session import ProjectSession
from tests.conftest import REPO, SAMPLE_JSON

WAYMARK = [sys.executable, "-m", "app"]


def _env(**extra: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    env.update(extra)
    return env


def _can_mount_tmpfs() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=16k tmpfs /mnt"], capture_output=True)
    return probe.returncode == 0


needs_tmpfs = pytest.mark.skipif(not _can_mount_tmpfs(), reason="cannot mount a tmpfs in a mount namespace")


def _on_full_disk(folder: Path, argv: list[str], tmp_env: dict) -> subprocess.CompletedProcess:
    """Run ``argv`` with a 16 KiB tmpfs mounted on ``folder`` (private to that process)."""
    script = f'mount -t tmpfs -o size=16k tmpfs "{folder}" && exec "$@"'
    return subprocess.run(
        ["unshare", "-m", "sh", "-c", script, "sh", *argv], capture_output=True, text=True, env=tmp_env, cwd=REPO
    )


@pytest.fixture
def project(tmp_path) -> Path:
    path = tmp_path / "t.waymark"
    assert main(["new", str(path), "--from-json", str(SAMPLE_JSON)]) == 0
    return path


@needs_tmpfs
@pytest.mark.parametrize("kind", ["xlsx", "png", "svg", "pdf", "json"])
def test_export_to_a_full_disk_says_so_in_one_line_and_leaves_nothing(project, tmp_path, data_dir, kind):
    full = tmp_path / "full"
    full.mkdir()
    out = full / f"o.{kind}"
    # The listing runs inside the namespace: the tmpfs vanishes with it.
    result = _on_full_disk(
        full,
        [
            "sh",
            "-c",
            f'"$0" "$@"; echo "rc=$?"; ls -A "{full}"',
            *WAYMARK,
            "export",
            str(project),
            f"--{kind}",
            str(out),
        ],
        _env(WAYMARK_DATA_DIR=str(data_dir)),
    )
    lines = result.stderr.strip().splitlines()
    assert lines == [f"waymark: error: could not write o.{kind}: the disk is full; the existing file is unchanged"], (
        result.stderr
    )
    rc, *left = result.stdout.split()
    assert rc == "rc=1" and left == []


@needs_tmpfs
def test_saving_to_a_full_disk_keeps_the_working_copy(project, tmp_path, data_dir):
    full = tmp_path / "full"
    full.mkdir()
    code = (
        "import sys\n"
        "from app.models.session import ProjectSession\n"
        "from app.models.errors import SaveError\n"
        f"s = ProjectSession.open({str(project)!r})\n"
        "try:\n"
        f"    s.save({str(full / 'big.waymark')!r})\n"
        "except SaveError as exc:\n"
        "    print(exc)\n"
        "print(s.path.name, s.work_path.exists())\n"
        "import os; print(sorted(os.listdir(sys.argv[1])))\n"
        "s.close()\n"
    )
    result = _on_full_disk(full, [sys.executable, "-c", code, str(full)], _env(WAYMARK_DATA_DIR=str(data_dir)))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "could not save: the disk is full; the existing file is unchanged",
        "t.waymark True",
        "[]",
    ]


def test_every_writer_reports_enospc_through_replacing(project, tmp_path, monkeypatch, capsys):
    """Fault injection at the shared writer (where unshare is not permitted): the same line."""
    real = atomic.fsync_file

    def full(path):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic, "fsync_file", full)
    assert main(["export", str(project), "--json", str(tmp_path / "o.json")]) == 1
    assert (
        capsys.readouterr().err
        == "waymark: error: could not write o.json: the disk is full; the existing file is unchanged\n"
    )
    monkeypatch.setattr(atomic, "fsync_file", real)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.waymark"]


def _limited(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.parametrize(
    "argv",
    [
        ["new", "{dir}/n.waymark", "--from-json", str(SAMPLE_JSON)],
        ["export", "{project}", "--json", "{dir}/o.json"],
        ["export", "{project}", "--xlsx", "{dir}/o.xlsx"],
        ["export", "{project}", "--pdf", "{dir}/o.pdf"],
    ],
)
def test_a_file_size_limit_is_named_as_such(project, tmp_path, data_dir, argv):
    out = tmp_path / "out"
    out.mkdir()
    argv = [a.format(dir=out, project=project) for a in argv]
    result = subprocess.run(
        [*WAYMARK, *argv],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=_env(WAYMARK_DATA_DIR=str(data_dir)),
        preexec_fn=_limited(8192),
    )
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1, result.stderr
    assert "the file exceeds the file-size limit (8,192 bytes; see `ulimit -f`)" in lines[0], lines[0]
    assert list(out.iterdir()) == []


def test_saving_past_a_file_size_limit_is_named_as_such(project, tmp_path, data_dir):
    code = (
        "import resource, signal\n"
        "from app.models.session import ProjectSession\n"
        "from app.models.errors import SaveError\n"
        f"s = ProjectSession.open({str(project)!r})\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({project.stat().st_size // 2}, resource.RLIM_INFINITY))\n"
        "try:\n"
        "    s.save()\n"
        "except SaveError as exc:\n"
        "    print(exc)\n"
        "s.close()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=_env(WAYMARK_DATA_DIR=str(data_dir))
    )
    assert result.returncode == 0, result.stderr
    assert "exceeds the file-size limit" in result.stdout, result.stdout
    assert sorted(p.name for p in project.parent.iterdir()) == ["t.waymark"]


# -- the data folder ---------------------------------------------------------------------------


def test_an_unusable_data_folder_still_opens_files_and_says_recovery_is_off(project, monkeypatch):
    monkeypatch.setenv("WAYMARK_DATA_DIR", str(project / "x"))  # under a file: ENOTDIR
    session = ProjectSession.open(project)
    try:
        assert not session.read_only
        assert "crash recovery is off" in session.notice
        with session.transaction():
            pass
        session.save()
    finally:
        session.close()


_SETPRIV = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"]
needs_setpriv = pytest.mark.skipif(not shutil.which("setpriv"), reason="setpriv (util-linux) is missing")


@needs_setpriv
@pytest.mark.parametrize("command", ["smoke", "import"])
def test_a_mode_555_data_folder_does_not_crash(project, tmp_path, command):
    data = tmp_path / "data555"
    data.mkdir()
    data.chmod(0o555)
    if command == "smoke":
        argv = ["--smoke", str(project)]
    else:
        book = tmp_path / "t.xlsx"
        assert main(["export", str(project), "--xlsx", str(book)]) == 0
        argv = ["import", str(project), str(book)]
    result = subprocess.run(
        [*_SETPRIV, *WAYMARK, *argv], capture_output=True, text=True, cwd=REPO, env=_env(WAYMARK_DATA_DIR=str(data))
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "crash recovery is off" in result.stderr


def test_a_data_folder_under_a_file_does_not_crash_smoke(project, tmp_path):
    result = subprocess.run(
        [*WAYMARK, "--smoke", str(project)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=_env(WAYMARK_DATA_DIR="/etc/passwd/x"),
    )
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith(
        "waymark: warning: Waymark's data folder /etc/passwd/x cannot be used "
        "(a part of the path is not a folder); crash recovery is off"
    ), lines
    assert "window painted" in lines[-1] and len(lines) == 2


def test_a_data_folder_that_cannot_hold_working_copies_is_still_read(data_dir):
    """Working copies move to a temporary stand-in; the folder itself (user templates) stays."""
    from app.models import paths

    (data_dir / "recovery").write_text("in the way")
    assert paths.data_dir() == data_dir
    assert paths.recovery_dir() != data_dir / "recovery"
    assert "crash recovery is off" in paths.data_dir_notice()
    from app.models.library import sample_project

    session = ProjectSession.create(sample_project())
    try:
        assert session.work_path.parent == paths.recovery_dir()
        assert "crash recovery is off" in session.notice
    finally:
        session.close()
