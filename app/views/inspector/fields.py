"""How the inspector's fields show a value: icons, parsing, and setters that change nothing
when the field already shows the value.

That last rule is what lets the inspector refresh from the document after every signal — its
own edits included — without flags: the field being typed in already holds what was stored,
so showing it again leaves text and cursor alone. Each setter compares the *value* a field
means (tags parsed from "a, b,", a channel without its trailing space), not its raw text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

from app import theme as T
from app.i18n import QT_TRANSLATE_NOOP
from app.models import limits as L
from app.views.board import style as S

# Shown through translate("Inspector", EMPTY_TEXT); the constant stays the English source.
EMPTY_TEXT = QT_TRANSLATE_NOOP("Inspector", "Select a card, stage, lane or point to edit it")
NONE_LABEL = "—"
AUTO_WIDTH = int(L.MIN_STAGE_WIDTH) - 1  # the width spin box's "Auto" value (no stored width)
# A refusal's one line, in red: the inspector's own, and the evidence sections' under the section.
ERROR_STYLE = (
    f"color: {T.ERROR_INK}; background: {T.ERROR_BG}; border: 1px solid {T.ERROR_BORDER}; "
    "border-radius: 4px; padding: 4px 6px;"
)


def color_icon(color: str | None, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(color) if color else QColor(T.WHITE)
    p.setPen(QPen(fill.darker(140) if color else S.MUTED, 1))
    p.setBrush(fill)
    p.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    if not color:  # "default": a diagonal stroke
        p.drawLine(3, size - 3, size - 3, 3)
    p.end()
    return QIcon(pixmap)


def glyph_icon(glyph: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    p.setPen(S.INK)
    p.setFont(S.font(9.0))
    p.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, glyph)
    p.end()
    return QIcon(pixmap)


def tags_from_text(text: str) -> list[str]:
    return list(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))


def number_text(value: float | None) -> str:
    return "" if value is None else format(value, ".15g")


def number_from_text(text: str) -> float | None:
    """The number a metric field means; ValueError while it is still being typed ("-", "1e")."""
    text = text.strip()
    return float(text) if text else None


@contextmanager
def blocked(widget: QObject) -> Iterator[None]:
    old = widget.blockSignals(True)
    try:
        yield
    finally:
        widget.blockSignals(old)


def put_line(edit: QLineEdit, text: str, means: Callable[[str], object] | None = None) -> None:
    """Show ``text`` unless the field already means the same (``means`` parses a field's text)."""
    if edit.text() == text:
        return
    if means is not None:
        try:
            if means(edit.text()) == means(text):
                return
        except ValueError:
            pass
    with blocked(edit):
        edit.setText(text)


def put_plain(edit: QPlainTextEdit, text: str) -> None:
    if edit.toPlainText() == text:
        return
    position = edit.textCursor().position()
    with blocked(edit):
        edit.setPlainText(text)
        cursor = edit.textCursor()
        cursor.setPosition(min(position, len(text)) if edit.hasFocus() else len(text))
        edit.setTextCursor(cursor)


def put_choice(box: QComboBox, data: object) -> None:
    index = max(0, box.findData(data))
    if box.currentIndex() != index:
        with blocked(box):
            box.setCurrentIndex(index)


def put_edit_text(box: QComboBox, text: str) -> None:
    """An editable combo box whose value is its text, stripped (a card's channel)."""
    if box.currentText().strip() == text:
        return
    with blocked(box):
        box.setCurrentIndex(box.findText(text, Qt.MatchFlag.MatchExactly))
        box.setEditText(text)


def put_spin(spin: QAbstractSpinBox, value: float) -> None:
    if spin.value() != value:  # type: ignore[attr-defined]
        with blocked(spin):
            spin.setValue(value)  # type: ignore[attr-defined]
