"""Shared fixtures. Every test gets its own Waymark data folder, so working copies and
recovery never touch the real user's files, and Qt runs offscreen."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings never touch the user's own (each test also gets a fresh folder, below), and the
# tests read English whatever the machine's locale; a test wanting German asks for it.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="waymark-config-")
os.environ["WAYMARK_LANGUAGE"] = "en"

import pytest

import app.models.entities  # noqa: F401  (before pytest-qt loads PySide6; see app/document/__init__.py)

REPO = Path(__file__).resolve().parent.parent
SAMPLE_JSON = REPO / "resources" / "sample" / "phone-purchase.json"


@pytest.fixture(autouse=True)
def collect_garbage_between_tests():
    """Collect a test's cyclic garbage (closed windows, scenes, items) after pytest-qt closed its
    widgets, while nothing paints. Left to the automatic collector it is freed whenever a later
    allocation triggers it — often inside a later test's QGraphicsItem.paint — and a Qt object
    destroyed in the middle of another scene's paint is the likeliest cause of the rare SIGSEGV
    seen in `paint` during pytest-qt's event processing (1 run in 3 under load, never alone)."""
    yield
    import gc

    gc.collect()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory):
    """A fresh QSettings folder per test (Qt caches the config path, so XDG_CONFIG_HOME alone
    would not do), and English again afterwards whatever the test installed."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("waymark-settings")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder))
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield folder
    from app.i18n_qt import install_translations

    install_translations("en")


@pytest.fixture(scope="session")
def german_catalogue() -> Path:
    """resources/translations/waymark_de.qm, built from the .ts sources once per run."""
    import sys

    sys.path.insert(0, str(REPO / "scripts"))
    import translations

    (qm,) = translations.build()
    return qm


@pytest.fixture
def german(qapp, german_catalogue) -> None:
    """A German session for the test; isolated_settings puts English back afterwards."""
    from app.i18n_qt import install_translations

    assert install_translations("de") == "de"


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("waymark-data")
    monkeypatch.setenv("WAYMARK_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real QMessageBox.question would block the suite until its timeout (say, a dialog closed
    by pytest-qt's teardown while its export thread is still ending). Unless a test says what
    to answer, the answer is Cancel when offered, else the box's default, else No."""
    from PySide6.QtWidgets import QMessageBox

    btn = QMessageBox.StandardButton

    def answer(_parent, _title, _text, buttons=btn.Yes | btn.No, default=btn.NoButton, *_args, **_kwargs):
        if buttons & btn.Cancel:
            return btn.Cancel
        return default if default != btn.NoButton else btn.No

    monkeypatch.setattr(QMessageBox, "question", answer)


@pytest.fixture
def sample_data() -> dict:
    return json.loads(SAMPLE_JSON.read_text(encoding="utf-8"))


@pytest.fixture
def sample_project():
    from app.models.library import sample_project

    return sample_project()


@pytest.fixture
def doc(qapp, sample_project):
    """A Document on the sample project, closed (working copy removed) after the test."""
    from app.document.document import Document

    document = Document.new(sample_project)
    yield document
    document.close()


@pytest.fixture
def scene(doc):
    """The board scene of the sample's journey, without a view."""
    from app.views.board.scene import BoardScene

    board = BoardScene(doc)
    board.show_journey("buy-phone")
    yield board
    board.show_journey(None)


def open_board_view(qtbot, doc, journey: str = "buy-phone"):
    """A shown, exposed board view of ``journey`` (closed by qtbot at the end of the test)."""
    from app.views.board.view import BoardView

    view = BoardView(doc)
    view.resize(1400, 900)
    view.show_journey(journey)
    view.show()
    qtbot.addWidget(view)
    qtbot.waitExposed(view)
    return view


def open_focused_board_view(qtbot, doc, journey: str = "buy-phone"):
    """``open_board_view`` with the keyboard on the board, as after a click on it: the tests that
    send keys to ``QApplication.focusWidget()`` start from here."""
    view = open_board_view(qtbot, doc, journey)
    view.activateWindow()
    view.setFocus()
    return view


@pytest.fixture
def sample_file(tmp_path: Path, sample_project) -> Path:
    from app.models.session import create_project_file

    path = tmp_path / "sample.waymark"
    create_project_file(sample_project, path)
    return path


def snapshot(project) -> dict:
    """What a project means: its canonical FORMAT.md form."""
    from app.models.interchange import project_to_data

    return project_to_data(project)


def pytest_collection_modifyitems(config, items) -> None:
    """The long fuzz mode runs only when asked for (``pytest -m fuzz_long``)."""
    if "fuzz_long" in (config.getoption("-m") or ""):
        return
    skip = pytest.mark.skip(reason="long fuzz mode: run with -m fuzz_long")
    for item in items:
        if "fuzz_long" in item.keywords:
            item.add_marker(skip)


def pytest_sessionfinish(session, exitstatus) -> None:
    """Empty the clipboard before Qt is torn down: on the offscreen platform, mime data a test
    left on it (Waymark's cards) crashes the interpreter's exit with SIGSEGV, turning a green
    run into exit 139. (xcb is unaffected; seen with PySide6 6.11.)"""
    import sys

    if "PySide6.QtGui" not in sys.modules:
        return
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()


def without_sessions(project):
    """``project`` as a file from before voting sessions (schema < 5) could hold it."""
    journeys = [j.model_copy(update={"sessions": [], "shown_session": None}) for j in project.journeys]
    return project.model_copy(update={"journeys": journeys})


def as_schema_6(raw) -> None:
    """Rewrite an open sqlite3 connection's file as Waymark with schema 6 wrote it (no owners,
    card evidence, actions or snapshots); the file must hold none."""
    raw.execute("DROP TABLE snapshots")
    for column in ("owner", "status", "review_by", "last_reviewed"):
        raw.execute(f"ALTER TABLE journeys DROP COLUMN {column}")
    for column in ("image", "links", "comments", "action"):
        raw.execute(f"ALTER TABLE cards DROP COLUMN {column}")
    raw.execute("PRAGMA user_version = 6")
    raw.commit()


def as_schema_5(raw) -> None:
    """Rewrite an open sqlite3 connection's file as Waymark with schema 5 wrote it (no journey
    analytics, no analysed lanes); the file must hold none."""
    as_schema_6(raw)
    raw.execute("ALTER TABLE journeys DROP COLUMN analytics")
    raw.execute("ALTER TABLE lanes DROP COLUMN measure")
    raw.execute("PRAGMA writable_schema = ON")  # the CHECK texts of schema 5, as it wrote them
    raw.execute("UPDATE sqlite_master SET sql = replace(sql, ', ''flow'')', ')') WHERE name = 'lanes'")
    raw.execute(
        "UPDATE sqlite_master SET sql = replace(replace(sql, ', ''observed'')', ')'), "
        "'CREATE TABLE \"emotion_points\"', 'CREATE TABLE emotion_points') WHERE name = 'emotion_points'"
    )
    raw.execute("PRAGMA writable_schema = RESET")
    raw.execute("PRAGMA user_version = 5")
    raw.commit()


def as_schema_3(raw) -> None:
    """Rewrite an open sqlite3 connection's file as Waymark with schema 3 wrote it (no author,
    no voting sessions); the file must hold no sessions."""
    as_schema_5(raw)
    raw.execute("DROP TABLE voting_sessions")
    raw.execute("ALTER TABLE journeys DROP COLUMN shown_session")
    raw.execute("ALTER TABLE project DROP COLUMN author")
    raw.execute("PRAGMA user_version = 3")
    raw.commit()
