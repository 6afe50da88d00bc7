"""A pseudo-locale: every text 40% longer and bracketed, from the real catalogue's sources.

Two questions a German user would otherwise answer for us: is every text on screen looked up
(a text without the brackets was never passed through translate()), and does a longer
language fit (a label or button narrower than it asks to be is cut off)? German runs ~30%
longer than English; the pseudo texts are longer still.

The window is the sample's; every menu's every "…" action is triggered, and whatever dialog it
opens is inspected and closed. File dialogs and message boxes are intercepted to read their
captions and texts.
"""

from __future__ import annotations

import getpass
import json
import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from tests.conftest import REPO, SAMPLE_JSON

sys.path.insert(0, str(REPO / "scripts"))
import translations

OPEN, CLOSE = "⟦", "⟧"
FIELD = re.compile(r"(\{[a-z_0-9]*(?:![rsa])?(?::[^{}]*)?\}|&&|&.|%\d|<[^>]+>|\\n|\n)")


def pseudo(text: str) -> str:
    """Letters accented, 40% padding, brackets; placeholders, mnemonics, tags kept."""
    parts = FIELD.split(text)
    accented = "".join(part if FIELD.fullmatch(part) else part.translate(ACCENTS) for part in parts)
    return OPEN + accented + "·" * math.ceil(0.4 * len(text)) + CLOSE


ACCENTS = str.maketrans("aeiouyAEIOUcnsz", "áéîöûýÅÉÎÖÛçñšž")


def build_pseudo(folder: Path) -> Path:
    out = folder / "pseudo"
    out.mkdir()
    for ts in sorted((translations.CATALOGUES / "de").glob("*.ts")):
        tree = ET.parse(ts)
        for message in tree.getroot().iter("message"):
            node = message.find("translation")
            assert node is not None
            node.attrib.pop("type", None)
            node.text = pseudo(message.findtext("source") or "")
        tree.write(out / ts.name, encoding="utf-8", xml_declaration=True)
    qm = folder / "waymark_pseudo.qm"
    subprocess.run(
        [translations.tool("pyside6-lrelease"), "-silent", *map(str, sorted(out.glob("*.ts"))), "-qm", str(qm)],
        check=True,
    )
    return qm


def content_texts() -> set[str]:
    """Every string of the sample project: the user's words are never translated."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads(SAMPLE_JSON.read_text(encoding="utf-8")))
    found.add(getpass.getuser())  # the author a snapshot or comment names when the project has none
    return found


CONTENT = content_texts()


def needs_translation(text: str) -> bool:
    plain = text.replace("&", "").strip()
    if not re.search(r"[A-Za-z]{2}", plain) or OPEN in plain or re.fullmatch(r"#[0-9A-Fa-f]{6}", plain):
        return False
    if plain in CONTENT or any(plain in c or c in plain for c in CONTENT if len(c) > 3):
        return False
    if QKeySequence(plain).toString() == plain and plain.count("+") >= 1:
        return False
    return plain not in {"Waymark", "PDF", "PNG", "SVG", "JSON", "CSV", "XES", "Excel", "OK"}


class Findings:
    def __init__(self) -> None:
        self.english: set[str] = set()
        self.clipped: set[str] = set()

    def text(self, where: str, text: str) -> None:
        if text and needs_translation(text):
            self.english.add(f"{where}: {text!r}")

    def widget_tree(self, root: QWidget) -> None:
        where = type(root).__name__
        self.text(where + " title", root.windowTitle() if isinstance(root, QDialog) else "")
        for widget in [root, *root.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            if isinstance(widget, QLabel) and not widget.pixmap():
                self.text(where, widget.text())
                self.fits(where, widget, widget.text(), widget.wordWrap())
            elif isinstance(widget, QAbstractButton) and not self.standard_button(widget):
                self.text(where, widget.text())
                self.fits(where, widget, widget.text(), False)
            elif isinstance(widget, QGroupBox):
                self.text(where, widget.title())
            elif isinstance(widget, QTabWidget):
                for n in range(widget.count()):
                    self.text(where + " tab", widget.tabText(n))
            text = widget.toolTip()
            if text and not re.fullmatch(r"[^<]*<[^>]+>.*", text):
                self.text(where + " tooltip", text)

    @staticmethod
    def standard_button(widget: QWidget) -> bool:
        box = widget.parent()
        return (
            isinstance(box, QDialogButtonBox) and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
        )

    def fits(self, where: str, widget: QWidget, text: str, wraps: bool) -> None:
        if not text or wraps or not needs_translation(text.replace(OPEN, "").replace(CLOSE, "")) and OPEN not in text:
            return
        if widget.width() + 2 < widget.minimumSizeHint().width():
            self.clipped.add(f"{where}: {text!r} is {widget.width()} px wide, needs {widget.minimumSizeHint().width()}")

    def menu(self, menu: QMenu, path: str) -> None:
        self.text(path, menu.title())
        for action in menu.actions():
            if action.isSeparator():
                continue
            self.text(path + " ▸", action.text())
            if action.menu():
                self.menu(action.menu(), path + " ▸ " + action.text())


@pytest.fixture
def pseudo_window(qapp, qtbot, tmp_path, sample_file, monkeypatch):
    from app.i18n_qt import install_catalogue

    findings = Findings()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: (findings.widget_tree(box), 0)[1])
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(
            QMessageBox,
            name,
            staticmethod(lambda parent, title, text, *a, **k: (findings.text("message", text), 0x00400000)[1]),
        )
    for name in ("getOpenFileName", "getSaveFileName", "getOpenFileNames"):
        monkeypatch.setattr(
            QFileDialog,
            name,
            staticmethod(lambda parent=None, caption="", *a, **k: (findings.text("file dialog", caption), ("", ""))[1]),
        )
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(
        QInputDialog,
        "getText",
        staticmethod(lambda parent, title, label, *a, **k: (findings.text("input", label), ("", False))[1]),
    )
    install_catalogue(build_pseudo(tmp_path))
    from app.document.document import Document
    from app.views.main_window import WINDOWS, MainWindow

    doc = Document.open(sample_file)
    window = MainWindow(doc)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    yield window, findings
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and shiboken6.isValid(widget) and widget.isVisible():
            widget.reject()
    for open_window in list(WINDOWS):
        if shiboken6.isValid(open_window):
            open_window.close()


SKIP_ACTIONS = re.compile(r"quit|close|exit|new window|revert|present|about qt", re.IGNORECASE)


def test_every_text_in_the_window_and_its_dialogs_is_translated_and_fits(pseudo_window, qtbot) -> None:
    window, findings = pseudo_window
    findings.widget_tree(window)
    for action in window.menuBar().actions():
        if action.menu():
            findings.menu(action.menu(), "menu")
    dialogs_seen: list[str] = []

    def inspect_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget is not dialog:
                dialog = dialog or widget
        if isinstance(dialog, QDialog):
            dialogs_seen.append(type(dialog).__name__)
            findings.widget_tree(dialog)
            dialog.reject()

    for action in all_actions(window):
        name = action.text().replace("&", "").rstrip(CLOSE + "·")
        if not name.endswith(("…", "...")) or SKIP_ACTIONS.search(name) or not action.isEnabled():
            continue
        QTimer.singleShot(300, inspect_dialog)
        action.trigger()
        qtbot.wait(400)
        inspect_dialog()  # a non-modal dialog is still open
    assert dialogs_seen, "no dialog was opened"
    assert not findings.english, f"{len(findings.english)} texts not translated:\n" + "\n".join(
        sorted(findings.english)
    )
    assert not findings.clipped, "\n".join(sorted(findings.clipped))


def all_actions(window: QWidget) -> list[QAction]:
    found: list[QAction] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu():
                walk(action.menu())
            elif not action.isSeparator():
                found.append(action)

    for action in window.menuBar().actions():
        if action.menu():
            walk(action.menu())
    return found


def test_pseudo_keeps_placeholders_and_mnemonics() -> None:
    assert pseudo("&Open {name}…").startswith(OPEN + "&Opéñ {name}…")
    assert translations.LANGUAGES  # the sources come from the German catalogue's .ts files


def test_the_start_page_is_translated_and_fits(qapp, qtbot, tmp_path) -> None:
    from app.i18n_qt import install_catalogue

    install_catalogue(build_pseudo(tmp_path))
    from app.views.start_page import StartPage

    page = StartPage()
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    findings = Findings()
    findings.widget_tree(page)
    assert not findings.english, "\n".join(sorted(findings.english))
    assert not findings.clipped, "\n".join(sorted(findings.clipped))
