"""An image file dropped on a card: it becomes the card's image (a screenshot dragged from the
file manager onto the touchpoint it shows).

The board view asks ``image_path`` whether a drag carries one local image file, and hands the
drop to ``drop_image``; the file is imported as the inspector's Add Image does
(app/views/photos.py: scaled to fit 1024 px, refused in one line when it is not an image), and
the change is one "Add Image" step on the undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QPointF

from app.document import commands as C
from app.i18n import translate
from app.models.errors import WaymarkError
from app.models.refs import CardRef
from app.views import photos
from app.views.board.card_item import CardItem

if TYPE_CHECKING:
    from app.views.board.scene import BoardScene

SUFFIXES = frozenset(pattern[1:].lower() for pattern in photos.IMAGE_PATTERNS.split())


def image_path(mime: QMimeData) -> str | None:
    """The one local image file a drag carries (by its name; the import checks its content)."""
    if not mime.hasUrls():
        return None
    files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    if len(files) != 1:
        return None
    name = files[0].lower()
    return files[0] if any(name.endswith(suffix) for suffix in SUFFIXES) else None


def card_at(board: BoardScene, pos: QPointF) -> CardRef | None:
    for item in board.items(pos):
        if isinstance(item, CardItem):
            return item.ref
    return None


def drop_image(board: BoardScene, path: str, pos: QPointF) -> bool:
    """Make the image file at ``path`` the image of the card at ``pos``; a refusal is reported
    through the board's ``edit_refused`` (the status bar)."""
    ref = card_at(board, pos)
    if ref is None:
        board.edit_refused.emit(translate("BoardImageDrop", "Drop the image on a card to add it to the card"))
        return False
    try:
        image = photos.card_image_from_file(path)
    except WaymarkError as exc:
        board.edit_refused.emit(str(exc))
        return False
    text = translate("BoardImageDrop", "Add Image")
    if board.push(lambda: C.Edit(board.doc, ref, {"image": image}, text=text)):
        board.select_refs([ref])
        return True
    return False
