"""Stored pictures: importing an image file, and drawing avatars (a photo or initials).

QtGui only, no widgets, so the editor, the gallery, the inspector and the board can share it.
A persona photo is stored as a PNG of at most ``limits.PHOTO_SIDE`` px a side, as base64 text
(the model's ``Persona.photo``); a card's image (``Card.image``, a screenshot of the
touchpoint) is the same kind of text with a larger side: ``photo_from_file`` and
``encode_photo`` take the side and the byte cap, so both go through one importer. Importing
treats the file as untrusted: its size, its pixel size and the decoder's allocation are
bounded before anything is decoded.
"""

from __future__ import annotations

import base64
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QImageIOHandler,
    QImageReader,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)

from app import theme as T
from app.i18n import translate
from app.models import limits as L
from app.models.avatars import LIGHT_BACKGROUND, initials, initials_size, luminance
from app.models.entities import Persona
from app.models.errors import WaymarkError
from app.models.inputs import check_regular, read_bounded

# Shown by the file dialog; anything QImageReader can decode is accepted.
IMAGE_PATTERNS = "*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff *.heic *.heif"


def image_file_filter() -> str:
    """A QFileDialog name filter for the image formats this Qt build can read."""
    known = {bytes(f).decode("ascii", "replace").lower() for f in QImageReader.supportedImageFormats()}
    patterns = [p for p in IMAGE_PATTERNS.split() if p[2:] in known or p[2:] in ("jpg", "tif")]
    return translate("Photos", "Images ({patterns});;All files (*)").format(patterns=" ".join(patterns))


def _unreadable(name: str, why: str) -> WaymarkError:
    return WaymarkError(
        translate("Photos", "{name} is not an image Waymark can read ({why})").format(name=name, why=why)
    )


def photo_from_file(path: str | Path, *, side: int = L.PHOTO_SIDE, max_bytes: int = L.MAX_PHOTO_BYTES) -> str:
    """Load an image file as a persona photo: a PNG of at most ``side`` px, as base64.

    The image is turned upright by its EXIF orientation and scaled smoothly, keeping its
    aspect ratio. Raises WaymarkError, naming the file, when it is missing, too large or not
    a readable image. A card image passes its own ``side`` and ``max_bytes``.
    """
    path = Path(path)
    name = path.name
    # A regular file only (a FIFO or a device would block the decoder, and the window with it),
    # read whole under the cap, then decoded from memory: what is decoded is what was checked.
    size = check_regular(path, "photo", label=name).st_size
    if size == 0:
        raise _unreadable(name, translate("Photos", "the file is empty"))
    if size > L.MAX_PHOTO_SOURCE_BYTES:
        raise WaymarkError(
            translate("Photos", "{name} is {size} MiB; Waymark imports photos of at most {limit} MiB").format(
                name=name, size=f"{size / 2**20:,.0f}", limit=L.MAX_PHOTO_SOURCE_BYTES // 2**20
            )
        )
    data = QByteArray(read_bounded(path, L.MAX_PHOTO_SOURCE_BYTES, "photo", label=name))
    device = QBuffer(data)
    device.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(device)
    reader.setDecideFormatFromContent(True)
    reader.setAutoTransform(True)
    reader.setAllocationLimit(L.PHOTO_DECODE_MIB)
    if not reader.canRead():
        raise _unreadable(name, _reason(reader))
    stored = reader.size()
    if stored.isValid():
        long_side = max(stored.width(), stored.height())
        if long_side > L.MAX_PHOTO_SOURCE_SIDE:
            raise _too_large(name, stored.width(), stored.height())
        if long_side > 2 * side and reader.supportsOption(QImageIOHandler.ImageOption.ScaledSize):
            # JPEG decodes at 1/2, 1/4 or 1/8 for almost nothing; keep 2x headroom for a smooth result.
            reader.setScaledSize(stored.scaled(2 * side, 2 * side, Qt.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise _unreadable(name, _reason(reader))
    if max(image.width(), image.height()) > L.MAX_PHOTO_SOURCE_SIDE:  # formats that report no size up front
        raise _too_large(name, image.width(), image.height())
    return encode_photo(image, name, side=side, max_bytes=max_bytes)


def card_image_from_file(path: str | Path) -> str:
    """Load an image file as a card's image (``Card.image``): a PNG of at most CARD_IMAGE_SIDE px."""
    return photo_from_file(path, side=L.CARD_IMAGE_SIDE, max_bytes=L.MAX_CARD_IMAGE_BYTES)


def card_image_from_image(image: QImage) -> str:
    """An image from the clipboard or a drop as a card's image (a screenshot, say)."""
    return encode_photo(
        image, translate("Photos", "the image"), side=L.CARD_IMAGE_SIDE, max_bytes=L.MAX_CARD_IMAGE_BYTES
    )


def _too_large(name: str, width: int, height: int) -> WaymarkError:
    text = translate("Photos", "{name} is {width}×{height} px; Waymark imports photos of at most {limit} px a side")
    return WaymarkError(
        text.format(name=name, width=f"{width:,}", height=f"{height:,}", limit=f"{L.MAX_PHOTO_SOURCE_SIDE:,}")
    )


def _reason(reader: QImageReader) -> str:
    text = reader.errorString().strip().rstrip(".")
    if not text or text == "Unknown error":
        return translate("Photos", "the data is damaged or in an unknown format")
    return text[:1].lower() + text[1:]


def encode_photo(
    image: QImage, name: str | None = None, *, side: int = L.PHOTO_SIDE, max_bytes: int = L.MAX_PHOTO_BYTES
) -> str:
    """Scale ``image`` to fit a square of ``side`` px (never up, aspect kept) and encode it as base64 PNG."""
    name = name or translate("Photos", "the image")
    fmt = QImage.Format_ARGB32 if image.hasAlphaChannel() else QImage.Format_RGB32
    image = image.convertToFormat(fmt)
    if image.isNull():
        raise _unreadable(name, translate("Photos", "the data is damaged or in an unknown format"))
    if max(image.width(), image.height()) > side:
        image = image.scaled(side, side, Qt.KeepAspectRatio, Qt.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise WaymarkError(translate("Photos", "{name} could not be converted to PNG").format(name=name))
    buffer.close()
    png = bytes(data)
    if len(png) > max_bytes:
        raise WaymarkError(
            translate(
                "Photos", "{name} is still {size} MiB as a {side} px PNG; a photo may take at most {limit} MiB"
            ).format(name=name, size=f"{len(png) / 2**20:.1f}", side=side, limit=f"{max_bytes / 2**20:g}")
        )
    return base64.b64encode(png).decode("ascii")


@lru_cache(maxsize=32)
def photo_image(photo: str) -> QImage:
    """The decoded image of a (validated) photo; a null QImage if it cannot be decoded."""
    try:
        data = base64.b64decode(photo, validate=True)
    except ValueError:
        return QImage()
    image = QImage()
    image.loadFromData(data, "PNG")
    return image


def _canvas(size: int, dpr: float) -> tuple[QImage, QPainter]:
    side = max(1, round(size * dpr))
    canvas = QImage(side, side, QImage.Format_ARGB32_Premultiplied)
    canvas.fill(Qt.transparent)
    painter = QPainter(canvas)
    painter.setRenderHints(QPainter.Antialiasing | QPainter.SmoothPixmapTransform | QPainter.TextAntialiasing)
    return canvas, painter


def _finish(canvas: QImage, painter: QPainter, dpr: float) -> QPixmap:
    painter.end()
    pixmap = QPixmap.fromImage(canvas)
    pixmap.setDevicePixelRatio(dpr)
    return pixmap


def photo_pixmap(
    photo: str, size: int, *, dpr: float = 1.0, round_crop: bool = True, ring: str | None = None
) -> QPixmap:
    """A ``size`` px avatar of ``photo``: centred, cropped to a square (and a circle).

    ``ring`` draws a thin circle in that colour around a round avatar.
    """
    image = photo_image(photo)
    canvas, painter = _canvas(size, dpr)
    side = canvas.width()
    if not image.isNull():
        square = min(image.width(), image.height())
        x, y = (image.width() - square) // 2, (image.height() - square) // 2
        # Portraits keep the face: crop a tall image from the upper part rather than the middle.
        if image.height() > image.width():
            y = min(y, (image.height() - square) // 4)
        face = image.copy(x, y, square, square).scaled(side, side, Qt.IgnoreAspectRatio, Qt.SmoothTransformation)
        if round_crop:
            clip = QPainterPath()
            clip.addEllipse(QRectF(0, 0, side, side))
            painter.setClipPath(clip)
        painter.drawImage(0, 0, face)
        painter.setClipping(False)
    if ring and round_crop:
        _draw_ring(painter, side, ring, dpr)
    return _finish(canvas, painter, dpr)


def _draw_ring(painter: QPainter, side: int, color: str, dpr: float) -> None:
    width = max(1.0, 2.0 * dpr)
    painter.setPen(QPen(QColor(color), width))
    painter.setBrush(Qt.NoBrush)
    inset = width / 2
    painter.drawEllipse(QRectF(inset, inset, side - width, side - width))


def text_color_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background`` (the rule the PDF shares)."""
    light = luminance(background.redF(), background.greenF(), background.blueF()) > LIGHT_BACKGROUND
    return QColor(T.INK) if light else QColor(T.WHITE)


def initials_pixmap(name: str, color: str, size: int, *, dpr: float = 1.0) -> QPixmap:
    """A round avatar in the persona colour with the persona's initials."""
    canvas, painter = _canvas(size, dpr)
    side = canvas.width()
    base = QColor(color)
    painter.setPen(Qt.NoPen)
    painter.setBrush(QBrush(base))
    painter.drawEllipse(QRectF(0, 0, side, side))
    font = QFont()
    font.setPixelSize(max(6, round(initials_size(name, side))))
    font.setWeight(QFont.DemiBold)
    painter.setFont(font)
    painter.setPen(text_color_on(base))
    painter.drawText(QRectF(0, 0, side, side), Qt.AlignCenter, initials(name))
    return _finish(canvas, painter, dpr)


def avatar_pixmap(persona: Persona, size: int, *, dpr: float = 1.0, ring: bool = False) -> QPixmap:
    """The persona's photo as a round avatar, or its initials when it has no photo."""
    if persona.photo and not photo_image(persona.photo).isNull():
        return photo_pixmap(persona.photo, size, dpr=dpr, ring=persona.color if ring else None)
    return initials_pixmap(persona.name, persona.color, size, dpr=dpr)
