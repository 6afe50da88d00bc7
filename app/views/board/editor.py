"""In-place text editing on the board: Enter commits, Esc cancels, Shift+Enter adds a line.

The editor is a temporary QGraphicsTextItem over the card or header; committing pushes one
Edit command (never a write per keystroke), cancelling leaves the document untouched.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsTextItem

from app.views.board import style as S


class InPlaceEditor(QGraphicsTextItem):
    def __init__(
        self,
        text: str,
        rect: QRectF,
        on_commit: Callable[[str], None],
        on_close: Callable[[], None],
        *,
        single_line: bool = False,
    ):
        super().__init__()
        self._on_commit = on_commit
        self._on_close = on_close
        self._single_line = single_line
        self._done = False
        self.setPlainText(text)
        self.setFont(S.font(S.CARD_FONT_SIZE if not single_line else 11))
        self.setDefaultTextColor(S.INK)
        self.setTextWidth(rect.width() - 2 * S.CARD_PAD)
        self.setPos(rect.left() + S.CARD_PAD - 4, rect.top() + S.CARD_PAD - 4)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setZValue(1000)
        self.box = rect

    def start(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(QPen(S.SELECTION, 2))
        painter.setBrush(S.WHITE)
        painter.drawRoundedRect(self.boundingRect().adjusted(-2, -2, 2, 2), 4, 4)
        super().paint(painter, option, widget)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.finish(commit=False)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and not self._single_line:
                self.textCursor().insertText("\n")
                return
            self.finish(commit=True)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.finish(commit=True)

    def finish(self, *, commit: bool) -> None:
        if self._done:
            return
        self._done = True
        text = self.toPlainText()
        scene = self.scene()
        if scene is not None:
            scene.removeItem(self)
        if commit:
            self._on_commit(text)
        self._on_close()
