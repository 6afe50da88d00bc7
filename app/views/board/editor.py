"""In-place text editing on the board: Enter commits, Esc cancels, Shift+Enter adds a line,
Tab commits and asks for the next one (rapid capture of new cards).

The editor is a temporary QGraphicsTextItem over the card or header; committing pushes one
Edit command (never a write per keystroke), cancelling leaves the document untouched. While
it is open it owns every key: the board view accepts ShortcutOverride for it, so no window
shortcut (Delete, Ctrl+D, Ctrl+Z…) fires while typing, and Ctrl+Z undoes typing here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsTextItem, QStyle

from app.views.board import style as S

FRAME_MARGIN = 4.0  # the frame sits 2 px outside the text's box; its 2 px pen needs the rest


class InPlaceEditor(QGraphicsTextItem):
    def __init__(
        self,
        text: str,
        rect: QRectF,
        on_commit: Callable[[str], None],
        on_close: Callable[[], None],
        *,
        single_line: bool = False,
        on_tab: Callable[[], object] | None = None,
    ):
        super().__init__()
        self._on_commit = on_commit
        self._on_close = on_close
        self._single_line = single_line
        self._done = False
        self._on_tab = on_tab
        self.setPlainText(text)
        self.setFont(S.font(S.CARD_FONT_SIZE if not single_line else 11))
        self.setDefaultTextColor(S.INK)
        # The document's own margin is 4: text wraps where the card wraps it, and the frame
        # covers the card (for a new card, the size of an empty one).
        self.setTextWidth(rect.width() - 2 * S.CARD_PAD + 8)
        self.setPos(rect.left() + S.CARD_PAD - 4, rect.top() + S.CARD_PAD - 4)
        self._min_height = 0.0 if single_line else rect.height() - 2 * S.CARD_PAD + 8  # headers: one line
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setZValue(1000)
        self.box = rect

    def start(self, *, select_all: bool = True) -> None:
        """Take the scene's focus; the text is selected (typing replaces it) or, for a card
        begun by a typed character, the cursor goes after it."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        if select_all:
            cursor.select(QTextCursor.SelectionType.Document)
        else:
            cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def boundingRect(self) -> QRectF:
        rect = super().boundingRect()
        if rect.height() < self._min_height:
            rect.setHeight(self._min_height)
        # room for the frame drawn around the text, so closing the editor repaints all of it
        return rect.adjusted(-FRAME_MARGIN, -FRAME_MARGIN, FRAME_MARGIN, FRAME_MARGIN)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(QPen(S.SELECTION, 2))
        painter.setBrush(S.WHITE)
        inset = FRAME_MARGIN - 2.0
        painter.drawRoundedRect(self.boundingRect().adjusted(inset, inset, -inset, -inset), 4, 4)
        # Qt would draw its dashed focus frame over ours.
        option.state &= ~(QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected)
        super().paint(painter, option, widget)

    def sceneEvent(self, event: QEvent) -> bool:
        # QGraphicsTextItem types a tab itself, before keyPressEvent: Tab is ours (commit, next).
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.keyPressEvent(event)
                return True
        return super().sceneEvent(event)

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
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.finish(commit=True)
            if self._on_tab is not None and key == Qt.Key.Key_Tab:
                self._on_tab()
            return
        super().keyPressEvent(event)
        event.accept()  # the editor owns every key while open, handled or not

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
