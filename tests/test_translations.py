"""The German catalogue is complete and current, and every marked text can be found by lupdate.

A text wrapped in an f-string is looked up after formatting and never matches; a translation
that drops a ``{placeholder}`` raises when formatted. Both are refused here rather than found
by a German user.
"""

from __future__ import annotations

import ast
import re
import shutil
import string
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

import translations  # noqa: E402

MARKERS = {"translate": 1, "QT_TRANSLATE_NOOP": 1, "tr": 0}  # function -> index of the text argument


def messages(folder: Path) -> dict[tuple[str, str], tuple[str | None, str]]:
    """(context, source) -> (translation type, translation) over a language folder's .ts files."""
    found: dict[tuple[str, str], tuple[str | None, str]] = {}
    for ts in sorted(folder.glob("*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                node = message.find("translation")
                assert node is not None
                found[(name, message.findtext("source") or "")] = (node.get("type"), node.text or "")
    return found


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_the_catalogue_holds_every_text_in_the_code(tmp_path: Path, language: str) -> None:
    shutil.copytree(translations.CATALOGUES / language, tmp_path / language)
    translations.update(tmp_path)
    committed, current = messages(translations.CATALOGUES / language), messages(tmp_path / language)
    missing = sorted(set(current) - set(committed))
    stale = sorted(set(committed) - set(current))
    assert not missing, f"run `python scripts/translations.py update` and translate: {missing[:20]}"
    assert not stale, f"run `python scripts/translations.py update` (texts no longer in the code): {stale[:20]}"


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_text_is_translated(language: str) -> None:
    unfinished = [key for key, (kind, text) in messages(translations.CATALOGUES / language).items() if kind or not text]
    assert not unfinished, f"{len(unfinished)} unfinished {language} texts, e.g. {unfinished[:20]}"


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_translations_keep_the_placeholders(language: str) -> None:
    wrong = [
        (context, source, text)
        for (context, source), (_, text) in messages(translations.CATALOGUES / language).items()
        if text and fields(source) != fields(text)
    ]
    assert not wrong, wrong[:10]


def test_marked_texts_are_literal_strings() -> None:
    bad = []
    for file in sorted((REPO / "app").rglob("*.py")):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _marker(node.func)
            if name not in MARKERS or len(node.args) <= MARKERS[name]:
                continue
            text = node.args[MARKERS[name]]
            literal = isinstance(text, ast.Constant) and isinstance(text.value, str)
            if not literal and name != "translate" or (name == "translate" and not _translate_ok(node)):
                bad.append(f"{file.relative_to(REPO)}:{node.lineno}")
    assert not bad, f"mark literal strings only (format them after translating): {bad}"


def _marker(func: ast.expr) -> str | None:
    """The marker a call is: bare translate()/QT_TRANSLATE_NOOP(), QCoreApplication.translate(), x.tr()."""
    if isinstance(func, ast.Name):
        return func.id if func.id != "tr" else None
    if isinstance(func, ast.Attribute):
        if func.attr == "tr":
            return "tr"
        if func.attr == "translate" and isinstance(func.value, ast.Name) and func.value.id == "QCoreApplication":
            return "translate"
    return None


def _translate_ok(node: ast.Call) -> bool:
    """translate(context, text): a literal text, or a variable holding a QT_TRANSLATE_NOOP text."""
    context, text = node.args[0], node.args[1]
    if isinstance(text, ast.JoinedStr) or isinstance(context, ast.JoinedStr):
        return False
    return not (isinstance(text, ast.BinOp) or isinstance(text, ast.Call) and _is_format(text))


def _is_format(call: ast.Call) -> bool:
    return isinstance(call.func, ast.Attribute) and call.func.attr == "format"


def test_every_module_with_texts_is_in_one_area() -> None:
    placed: dict[str, str] = {}
    for area in translations.AREAS:
        for file in translations.area_files(area):
            assert file not in placed, f"{file} is in both {placed[file]} and {area}"
            placed[file] = area
    marked = [
        str(file.relative_to(REPO))
        for file in (REPO / "app").rglob("*.py")
        if re.search(r"\b(translate|tr|QT_TRANSLATE_NOOP)\(", file.read_text(encoding="utf-8"))
    ]
    assert not [file for file in marked if file not in placed and not file.startswith("app/i18n")]


def test_the_catalogue_builds_and_loads(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    (qm,) = translations.build(target=tmp_path)
    assert QTranslator().load(str(qm))
