"""The card page's evidence: its image, its links and its comment thread.

Like every page, these sections only send changes to the host (the Inspector), which makes
each one an ``Edit`` of the card — one undo step per action (add, paste, remove an image; add
or remove a link; add or delete a comment), named after it in Edit ▸ Undo. They show what the
document holds in ``display`` and rebuild only what changed, so the inspector's refresh after
every signal costs nothing here.

Images go through app/views/photos.py, the persona photos' importer, with the card's larger
side: scaled (aspect kept) to a PNG of at most 1024 px, refused in one line when
the file is not an image, unreadable or too large.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QMimeData, QPoint, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImage,
    QKeyEvent,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import theme as T
from app.i18n import translate
from app.models import limits as L
from app.models.entities import Card, CardComment, Project
from app.models.errors import WaymarkError
from app.models.evidence import checked_link, comment_author, instant_text, now_instant
from app.views import photos
from app.views.inspector.fields import ERROR_STYLE
from app.views.inspector.image_viewer import ImageViewer

COMMENT_STYLE = "QLabel { background: palette(alternate-base); border-radius: 4px; padding: 4px 6px; }"
THUMB = QSize(120, 120)  # the thumbnail's box in the dock, beside its buttons


class EvidenceHost(Protocol):
    """What the evidence block needs from the inspector."""

    def edit(self, changes: dict[str, Any], *, gesture: bool = True, text: str | None = None) -> bool: ...

    def project(self) -> Project: ...


class SectionHost(EvidenceHost, Protocol):
    """What a section needs: the inspector's edit, and a place for its refusals."""

    def show_error(self, text: str) -> None: ...


def _button(text: str, tip: str = "") -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


def _local_file(mime: QMimeData) -> str | None:
    for url in mime.urls():
        if url.isLocalFile():
            return url.toLocalFile()
    return None


class ImageSection(QWidget):
    """A thumbnail (click: view it large) and Add, Paste and Remove; an image file dropped on
    it becomes the card's image."""

    def __init__(self, host: SectionHost):
        super().__init__()
        self.host = host
        self._shown: str | None = None
        self._displayed = False
        self.start_dir: Path | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.thumb = QToolButton()
        self.thumb.setAutoRaise(True)
        self.thumb.setIconSize(THUMB)
        self.thumb.setToolTip(translate("CardEvidence", "View the image"))
        self.thumb.clicked.connect(self.view_large)
        self.thumb.setAccessibleName(translate("CardEvidence", "Card image"))
        self.thumb.hide()
        row.addWidget(self.thumb, 0, Qt.AlignmentFlag.AlignTop)
        self.empty = QLabel(translate("CardEvidence", "No image: add one, paste a screenshot or drop a file here"))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {T.MUTED};")
        row.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        buttons = QVBoxLayout()  # beside the picture: the dock stays narrow
        buttons.setSpacing(4)
        self.add_button = _button(translate("CardEvidence", "Add Image…"), translate("CardEvidence", "Choose a file"))
        self.paste_button = _button(
            translate("CardEvidence", "Paste Image"), translate("CardEvidence", "Use the image on the clipboard")
        )
        self.remove_button = _button(translate("CardEvidence", "Remove Image"))
        self.add_button.clicked.connect(self.choose_image)
        self.paste_button.clicked.connect(self.paste_image)
        self.remove_button.clicked.connect(self.remove_image)
        for button in (self.add_button, self.paste_button, self.remove_button):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        row.addStretch(0)
        self.setAcceptDrops(True)

    def display(self, card: Card) -> None:
        if self._displayed and card.image == self._shown:
            return
        self._displayed, self._shown = True, card.image
        image = photos.photo_image(card.image) if card.image else QImage()
        if not image.isNull():
            pixmap = QPixmap.fromImage(image).scaled(
                THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            self.thumb.setIcon(QIcon(pixmap))
            self.thumb.setIconSize(pixmap.size())
            self.thumb.setAccessibleName(
                translate("CardEvidence", "Card image, {width}×{height} px").format(
                    width=image.width(), height=image.height()
                )
            )
        self.thumb.setVisible(not image.isNull())
        self.empty.setVisible(image.isNull())
        self.remove_button.setEnabled(bool(card.image))

    def _set(self, image: str | None, text: str) -> bool:
        return self.host.edit({"image": image}, gesture=False, text=text)

    def load_file(self, path: str | Path) -> bool:
        """Make the image file at ``path`` the card's image; a refusal is shown in one line."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            image = photos.card_image_from_file(path)
        except WaymarkError as exc:
            self.host.show_error(str(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        return self._set(image, translate("CardEvidence", "Add Image"))

    def choose_image(self) -> None:
        start = str(self.start_dir or Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, translate("CardEvidence", "Choose an Image"), start, photos.image_file_filter()
        )
        if path:
            self.start_dir = Path(path).parent
            self.load_file(path)

    def paste_image(self) -> bool:
        """The clipboard's image (a screenshot), or the image file copied in a file manager."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and mime.hasImage():
            image = QGuiApplication.clipboard().image()
            try:
                encoded = photos.card_image_from_image(image)
            except WaymarkError as exc:
                self.host.show_error(str(exc))
                return False
            return self._set(encoded, translate("CardEvidence", "Paste Image"))
        path = _local_file(mime) if mime is not None else None
        if path:
            return self.load_file(path)
        self.host.show_error(translate("CardEvidence", "The clipboard holds no image"))
        return False

    def remove_image(self) -> None:
        self._set(None, translate("CardEvidence", "Remove Image"))

    def view_large(self) -> None:
        image = photos.photo_image(self._shown) if self._shown else QImage()
        if not image.isNull():
            ImageViewer(image, self.window()).exec()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_file(event.mimeData()) or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        path = _local_file(mime)
        if path:
            event.acceptProposedAction()
            self.load_file(path)
        elif mime.hasImage():
            event.acceptProposedAction()
            try:
                encoded = photos.card_image_from_image(QImage(mime.imageData()))
            except WaymarkError as exc:
                self.host.show_error(str(exc))
                return
            self._set(encoded, translate("CardEvidence", "Add Image"))


class LinksSection(QWidget):
    """The card's links: Enter or a double click opens one in the system browser."""

    def __init__(self, host: SectionHost):
        super().__init__()
        self.host = host
        self._links: list[str] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.list = QListWidget()
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setAccessibleName(translate("CardEvidence", "Links"))
        self.list.setToolTip(translate("CardEvidence", "Double-click or press Enter to open a link in the browser"))
        self.list.itemActivated.connect(lambda item: self.open_link(self.list.row(item)))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        column.addWidget(self.list)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.add_button = _button(translate("CardEvidence", "Add Link…"))
        self.remove_button = _button(translate("CardEvidence", "Remove Link"))
        self.add_button.clicked.connect(self.ask_link)
        self.remove_button.clicked.connect(lambda: self.remove_link(self.list.currentRow()))
        self.list.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        column.addLayout(row)

    def display(self, card: Card) -> None:
        if list(card.links) == self._links:
            return
        self._links = list(card.links)
        row = self.list.currentRow()
        self.list.clear()
        for link in self._links:
            item = QListWidgetItem(link)
            item.setToolTip(link)
            self.list.addItem(item)
        self.list.setVisible(bool(self._links))
        if self._links:  # as tall as its rows, up to four
            rows = min(len(self._links), 4)
            self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 2)
            if row >= 0:
                self.list.setCurrentRow(min(row, len(self._links) - 1))
        self.remove_button.setEnabled(self.list.currentRow() >= 0)

    def ask_link(self) -> None:
        text, ok = QInputDialog.getText(
            self,
            translate("CardEvidence", "Add Link"),
            translate("CardEvidence", "Web or mail address (https://…, mailto:…):"),
            QLineEdit.EchoMode.Normal,
            "https://",
        )
        if ok:
            self.add_link(text)

    def add_link(self, text: str) -> bool:
        try:
            url = checked_link(text)
        except WaymarkError as exc:
            self.host.show_error(str(exc))
            return False
        if url in self._links:
            self.host.show_error(translate("CardEvidence", "The card already has this link"))
            return False
        if len(self._links) >= L.MAX_LINKS:
            self.host.show_error(translate("CardEvidence", "A card holds at most {n} links").format(n=L.MAX_LINKS))
            return False
        return self.host.edit({"links": [*self._links, url]}, gesture=False, text=translate("CardEvidence", "Add Link"))

    def remove_link(self, row: int) -> bool:
        if not 0 <= row < len(self._links):
            return False
        links = self._links[:row] + self._links[row + 1 :]
        return self.host.edit({"links": links}, gesture=False, text=translate("CardEvidence", "Remove Link"))

    def open_link(self, row: int) -> None:
        if 0 <= row < len(self._links):
            QDesktopServices.openUrl(QUrl(self._links[row]))

    def _menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        row = self.list.row(item)
        menu = QMenu(self)
        menu.addAction(translate("CardEvidence", "Open Link"), lambda: self.open_link(row))
        menu.addAction(
            translate("CardEvidence", "Copy Link"), lambda: QGuiApplication.clipboard().setText(self._links[row])
        )
        menu.addSeparator()
        menu.addAction(translate("CardEvidence", "Remove Link"), lambda: self.remove_link(row))
        menu.exec(self.list.viewport().mapToGlobal(pos))


class CommentBox(QPlainTextEdit):
    """The new comment's text; Ctrl+Enter adds it. The box claims that key before any window
    shortcut does, so it adds the comment wherever the window binds Ctrl+Enter."""

    submitted = Signal()

    @staticmethod
    def _is_submit(event: QKeyEvent) -> bool:
        return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._is_submit(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._is_submit(event):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class CommentsSection(QWidget):
    """The card's comment thread, oldest first, and a box to add one (Ctrl+Enter)."""

    def __init__(self, host: SectionHost):
        super().__init__()
        self.host = host
        self._comments: list[CardComment] = []
        self._card_id: str | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.thread_column = QVBoxLayout()
        self.thread_column.setSpacing(4)
        column.addLayout(self.thread_column)
        self.labels: list[QLabel] = []
        self.box = CommentBox()
        self.box.submitted.connect(self.add_comment)
        self.box.setAccessibleName(translate("CardEvidence", "New comment"))
        self.box.setAccessibleDescription(translate("CardEvidence", "Ctrl+Enter adds the comment to the card"))
        self.box.setTabChangesFocus(True)
        self.box.setMaximumHeight(64)
        self.box.setPlaceholderText(translate("CardEvidence", "Write a comment… (Ctrl+Enter adds it)"))
        column.addWidget(self.box)
        row = QHBoxLayout()
        self.add_button = _button(translate("CardEvidence", "Add Comment"))
        self.add_button.clicked.connect(self.add_comment)
        self.add_button.setEnabled(False)
        self.box.textChanged.connect(lambda: self.add_button.setEnabled(bool(self.box.toPlainText().strip())))
        row.addWidget(self.add_button)
        row.addStretch(1)
        column.addLayout(row)

    def display(self, card: Card) -> None:
        if card.id != self._card_id:  # a draft belongs to the card it was written for
            self._card_id = card.id
            self.box.clear()
        if list(card.comments) == self._comments:
            return
        self._comments = list(card.comments)
        for label in self.labels:
            self.thread_column.removeWidget(label)
            label.deleteLater()
        self.labels = []
        for index, comment in enumerate(self._comments):
            label = QLabel(_comment_html(comment))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setStyleSheet(COMMENT_STYLE)
            label.setAccessibleName(
                translate("CardEvidence", "Comment by {author}, {date}: {text}").format(
                    author=comment.author, date=instant_text(comment.date), text=comment.text
                )
            )
            label.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            label.customContextMenuRequested.connect(lambda pos, n=index, w=label: self._menu(n, w, pos))
            self.thread_column.addWidget(label)
            self.labels.append(label)

    def author(self) -> str:
        return comment_author(self.host.project())

    def add_comment(self) -> bool:
        text = self.box.toPlainText().strip()
        if not text:
            return False
        if len(self._comments) >= L.MAX_COMMENTS:
            self.host.show_error(
                translate("CardEvidence", "A card holds at most {n} comments").format(n=L.MAX_COMMENTS)
            )
            return False
        try:
            comment = CardComment(author=self.author(), date=now_instant(), text=text)
        except ValueError as exc:  # pydantic's ValidationError: too long, control characters
            self.host.show_error(
                translate("CardEvidence", "The comment cannot be added: {why}").format(why=_first(exc))
            )
            return False
        added = self.host.edit(
            {"comments": [*self._comments, comment]}, gesture=False, text=translate("CardEvidence", "Add Comment")
        )
        if added:
            self.box.clear()
        return added

    def can_delete(self, index: int) -> bool:
        """Only one's own comments can be deleted (a comment thread is a record of who said what)."""
        return 0 <= index < len(self._comments) and self._comments[index].author == self.author()

    def delete_comment(self, index: int) -> bool:
        if not self.can_delete(index):
            return False
        comments = self._comments[:index] + self._comments[index + 1 :]
        return self.host.edit({"comments": comments}, gesture=False, text=translate("CardEvidence", "Delete Comment"))

    def _menu(self, index: int, label: QLabel, pos: QPoint) -> None:
        menu = QMenu(self)
        action = menu.addAction(translate("CardEvidence", "Delete Comment"), lambda: self.delete_comment(index))
        action.setEnabled(self.can_delete(index))
        if not self.can_delete(index):
            action.setToolTip(translate("CardEvidence", "Only its author can delete a comment"))
        menu.addAction(
            translate("CardEvidence", "Copy Text"),
            lambda: QGuiApplication.clipboard().setText(self._comments[index].text),
        )
        menu.exec(label.mapToGlobal(pos))


def _comment_html(comment: CardComment) -> str:
    text = html.escape(comment.text).replace("\n", "<br>")
    return (
        f"<b>{html.escape(comment.author)}</b> "
        f"<span style='color:{T.MUTED}'>· {html.escape(instant_text(comment.date))}</span><br>{text}"
    )


def _first(exc: Exception) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        found = errors()
        if found:
            return str(found[0].get("msg", exc))
    return str(exc).splitlines()[0]


class _SectionHost:
    """A section's host: its edits go to the inspector; its refusals show under the section,
    where the user is looking (the inspector's own red line may be scrolled out of view)."""

    def __init__(self, host: EvidenceHost, block: EvidenceBlock):
        self.host, self.block = host, block
        self.section: QWidget | None = None

    def edit(self, changes: dict[str, Any], *, gesture: bool = True, text: str | None = None) -> bool:
        done = self.host.edit(changes, gesture=gesture, text=text)
        if done:
            self.block.show_error("")
        return done

    def show_error(self, text: str) -> None:
        self.block.show_error(text, self.section)

    def project(self) -> Project:
        return self.host.project()


class EvidenceBlock(QWidget):
    """The three sections under the card's fields, each under a small heading."""

    def __init__(self, host: EvidenceHost):
        super().__init__()
        column = QVBoxLayout(self)
        self.column = column
        column.setContentsMargins(0, 10, 0, 0)
        column.setSpacing(4)
        self.error = QLabel()
        self.error.setObjectName("EvidenceError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        hosts = [_SectionHost(host, self) for _ in range(3)]
        self.image = ImageSection(hosts[0])
        self.links = LinksSection(hosts[1])
        self.comments = CommentsSection(hosts[2])
        for section_host, section in zip(hosts, (self.image, self.links, self.comments), strict=True):
            section_host.section = section
        self.headings: list[QLabel] = []
        self._card_id: str | None = None
        for title, section in (
            (translate("CardEvidence", "Image"), self.image),
            (translate("CardEvidence", "Links"), self.links),
            (translate("CardEvidence", "Comments"), self.comments),
        ):
            heading = QLabel(title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setContentsMargins(0, 6, 0, 0)
            heading.setBuddy(section)
            column.addWidget(heading)
            column.addWidget(section)
            self.headings.append(heading)

        column.addWidget(self.error)

    def show_error(self, text: str, section: QWidget | None = None) -> None:
        """Show ``text`` in red just under ``section`` ("" hides it)."""
        if text and section is not None:
            self.column.removeWidget(self.error)
            self.column.insertWidget(self.column.indexOf(section) + 1, self.error)
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def display(self, card: Card) -> None:
        if card.id != self._card_id:  # another card: an old refusal is not about it
            self._card_id = card.id
            self.show_error("")
        self.image.display(card)
        self.links.display(card)
        self.comments.display(card)
