"""The installable bundle (packaging/): built with packaging/build-linux, run with nothing of the
build machine's environment (``env -i`` and a fresh HOME), installed into a prefix, recognised by
the desktop's MIME database, and removed again without a trace. Slow: one PyInstaller build,
about a minute and a half here."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from app import __version__

REPO = Path(__file__).resolve().parent.parent
pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(1800),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="packaging/build-linux builds the Linux bundle"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("pyinstaller-work")
    run = subprocess.run(
        ["bash", str(REPO / "packaging" / "build-linux"), "--dist", str(dist), "--work", str(work)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-5000:]
    shutil.rmtree(work, ignore_errors=True)
    return dist


def _clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a desktop launch gives at most: no venv, no PYTHONPATH, no test settings."""
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", **extra}


def _run(cmd: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["env", "-i", *[f"{k}={v}" for k, v in env.items()], *cmd], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def test_the_bundle_runs_without_python_or_the_checkout(built: Path, tmp_path: Path):
    exe = built / "Waymark" / "waymark"
    assert exe.is_file() and os.access(exe, os.X_OK)
    assert not list((built / "Waymark").rglob("libqgtk3*")), "the GTK3 platform theme must not be bundled"
    assert not list((built / "Waymark").rglob("libgtk-3*"))
    home = tmp_path / "home"
    home.mkdir()
    env = _clean_env(home)

    version = _run([str(exe), "--version"], env, tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"waymark {__version__}"

    templates = _run([str(exe), "templates"], env, tmp_path)
    assert templates.returncode == 0, templates.stderr
    assert "marketing-funnel" in templates.stdout

    smoke = _run([str(exe), "--smoke"], env, tmp_path)  # no FILE: the built-in sample
    assert smoke.returncode == 0, smoke.stderr
    assert "window painted" in smoke.stderr

    sample = built / "Waymark" / "_internal" / "resources" / "sample" / "phone-purchase.json"
    made = _run([str(exe), "new", "sample.waymark", "--from-json", str(sample)], env, tmp_path)
    assert made.returncode == 0, made.stderr
    smoke_file = _run([str(exe), "--smoke", "sample.waymark"], env, tmp_path)
    assert smoke_file.returncode == 0, smoke_file.stderr

    pdf = _run([str(exe), "export", "sample.waymark", "--pdf", "sample.pdf"], env, tmp_path)
    assert pdf.returncode == 0, pdf.stderr
    assert (tmp_path / "sample.pdf").read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(tmp_path / "sample.pdf"), "-"], capture_output=True, text=True).stdout
        assert "Phone purchase" in text
    xlsx = _run([str(exe), "export", "sample.waymark", "--xlsx", "sample.xlsx"], env, tmp_path)
    assert xlsx.returncode == 0, xlsx.stderr
    info = _run([str(exe), "analytics", "--help"], env, tmp_path)
    assert info.returncode == 0, info.stderr


def _content_type(path: Path, share: Path) -> str:
    env = {"XDG_DATA_HOME": str(share), "XDG_DATA_DIRS": f"{share}:/usr/share", "HOME": str(share.parent)}
    if shutil.which("gio"):
        out = subprocess.run(
            [
                "env",
                "-i",
                *[f"{k}={v}" for k, v in env.items()],
                "gio",
                "info",
                "-a",
                "standard::content-type",
                str(path),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert out.returncode == 0, out.stderr
        return out.stdout.rsplit("standard::content-type:", 1)[-1].strip()
    probe = "import sys; from PySide6.QtCore import QMimeDatabase; print(QMimeDatabase().mimeTypeForFile(sys.argv[1]).name())"
    out = subprocess.run(
        [sys.executable, "-c", probe, str(path)], env={**os.environ, **env}, capture_output=True, text=True, timeout=60
    )
    return out.stdout.strip()


def test_install_registers_the_file_type_and_uninstall_removes_everything(built: Path, tmp_path: Path):
    tarball = built / f"waymark-{__version__}-linux-{os.uname().machine}.tar.gz"
    assert tarball.is_file()
    unpacked = tmp_path / "unpacked"
    with tarfile.open(tarball) as tar:
        tar.extractall(unpacked, filter="tar")
    top = unpacked / tarball.name.removesuffix(".tar.gz")
    for part in ("install.sh", "uninstall.sh", "README.txt", "Waymark/waymark", "share/waymark.desktop"):
        assert (top / part).exists(), part

    prefix, home = tmp_path / "prefix", tmp_path / "home"
    prefix.mkdir()
    home.mkdir()
    env = _clean_env(home)
    installed = _run(["sh", str(top / "install.sh"), "--prefix", str(prefix)], env, tmp_path)
    assert installed.returncode == 0, installed.stderr
    share = prefix / "share"
    command = prefix / "bin" / "waymark"
    assert command.is_symlink()
    version = _run([str(command), "--version"], env, tmp_path)  # through the symlink
    assert version.stdout.strip() == f"waymark {__version__}", version.stderr
    desktop = share / "applications" / "waymark.desktop"
    assert f"Exec={prefix}/bin/waymark %F" in desktop.read_text()
    for icon in ("16x16/apps/waymark.png", "512x512/apps/waymark.png", "scalable/apps/waymark.svg"):
        assert (share / "icons" / "hicolor" / icon).is_file(), icon
    assert (share / "icons" / "hicolor" / "48x48" / "mimetypes" / "application-x-waymark.png").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
        assert "error" not in check.stdout.lower()
    if shutil.which("appstreamcli"):
        metainfo = share / "metainfo" / "com.waymark.Waymark.metainfo.xml"
        check = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr

    project = tmp_path / "journey.waymark"
    made = _run([str(command), "new", str(project), "--template", "marketing-funnel"], env, tmp_path)
    assert made.returncode == 0, made.stderr
    if shutil.which("update-mime-database"):
        assert (share / "mime" / "application" / "x-waymark.xml").is_file()
        assert _content_type(project, share) == "application/x-waymark"
        # The magic rule (SQLite header and the WYMK application id) finds it under any name.
        renamed = tmp_path / "journey.db"
        shutil.copy(project, renamed)
        assert _content_type(renamed, share) == "application/x-waymark"

    if shutil.which("gio"):
        _open_from_the_file_manager(project, share, home, tmp_path)

    # Installing again (an upgrade) replaces the first installation.
    again = _run(["sh", str(top / "install.sh"), "--prefix", str(prefix)], env, tmp_path)
    assert again.returncode == 0, again.stderr

    removed = _run(["sh", str(prefix / "lib" / "waymark" / "uninstall.sh"), "--prefix", str(prefix)], env, tmp_path)
    assert removed.returncode == 0, removed.stderr
    left = sorted(str(p.relative_to(prefix)) for p in prefix.rglob("*"))
    assert left == [], left


def _open_from_the_file_manager(project: Path, share: Path, home: Path, tmp_path: Path) -> None:
    """``gio open`` is what a file manager does: the .desktop entry starts the installed Waymark
    with the project; opening it again brings that window forward and starts nothing new."""
    import json
    import signal
    import time

    from app.models.locking import lock_path_for

    env = _clean_env(
        home, XDG_DATA_HOME=str(share), XDG_DATA_DIRS=f"{share}:/usr/share", WAYMARK_DATA_DIR=str(home / "data")
    )
    default = _run(["gio", "mime", "application/x-waymark"], env, tmp_path)
    assert "waymark.desktop" in default.stdout.splitlines()[0], default.stdout + default.stderr

    lock = lock_path_for(project)
    first = subprocess.run(
        ["env", "-i", *[f"{k}={v}" for k, v in env.items()], "gio", "open", str(project)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=60,
    )
    assert first.returncode == 0
    holder = None
    try:
        end = time.monotonic() + 60
        while holder is None and time.monotonic() < end:
            time.sleep(0.2)
            if lock.exists():
                holder = json.loads(lock.read_text() or "{}").get("pid")
        assert holder, "the installed Waymark never opened the project"
        note = tmp_path / "second.err"
        with note.open("w") as err:
            second = subprocess.run(
                ["env", "-i", *[f"{k}={v}" for k, v in env.items()], "gio", "open", str(project)],
                stdout=subprocess.DEVNULL,
                stderr=err,
                timeout=60,
            )
        assert second.returncode == 0
        end = time.monotonic() + 30
        while "brought forward" not in note.read_text() and time.monotonic() < end:
            time.sleep(0.2)
        assert f"already open in Waymark (process {holder})" in note.read_text()
    finally:
        if holder:
            os.kill(holder, signal.SIGTERM)
            end = time.monotonic() + 20
            while time.monotonic() < end and _alive(holder):
                time.sleep(0.2)
            if _alive(holder):
                os.kill(holder, signal.SIGKILL)


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting for a parent (gio) that has already gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False
