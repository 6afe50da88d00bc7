"""PNG images inside a project: persona photos and card images, as base64 text.

Both are checked the same way before anything is decoded (a size bound on the text, then the
PNG header's dimensions), because the bytes may come from a hand-edited JSON file; only the
limits differ. Qt-free: the views scale and encode (app/views/photos.py), this only checks.
"""

from __future__ import annotations

import base64
import binascii
from typing import Annotated

from pydantic import AfterValidator

from app.i18n import translate
from app.models import limits as L

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG's IHDR chunk, or None when the header is not a PNG's."""
    if len(data) < 24 or not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        return None
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def _check_png(value: str, *, side: int, max_bytes: int, max_base64: int, what: str) -> str:
    """A PNG as base64 text within ``side`` px a side and ``max_bytes``: ``what`` names it in messages."""
    if len(value) > max_base64:  # before decoding anything
        raise ValueError(_image_too_big(what, len(value) * 3 / 4, max_bytes))
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError(
            translate("Entities", "{what} is a PNG image as base64 text; this is not valid base64").format(what=what)
        ) from None
    size = png_size(data)
    if size is None:
        raise ValueError(
            translate("Entities", "{what} is a PNG image as base64 text; this is not a PNG").format(what=what)
        )
    if len(data) > max_bytes:
        raise ValueError(_image_too_big(what, len(data), max_bytes))
    width, height = size
    if not (0 < width <= side and 0 < height <= side):
        raise ValueError(
            translate("Entities", "{what} is {width}×{height} px; at most {side} px a side").format(
                what=what, width=width, height=height, side=side
            )
        )
    return value


def _image_too_big(what: str, size: float, limit: int) -> str:
    return translate("Entities", "{what} is {size} MiB; at most {limit} MiB").format(
        what=what, size=f"{size / 2**20:.1f}", limit=f"{limit / 2**20:g}"
    )


def _check_photo(value: str) -> str:
    return _check_png(
        value,
        side=L.PHOTO_SIDE,
        max_bytes=L.MAX_PHOTO_BYTES,
        max_base64=L.MAX_PHOTO_BASE64,
        what=translate("Entities", "a photo"),
    )


def _check_card_image(value: str) -> str:
    return _check_png(
        value,
        side=L.CARD_IMAGE_SIDE,
        max_bytes=L.MAX_CARD_IMAGE_BYTES,
        max_base64=L.MAX_CARD_IMAGE_BASE64,
        what=translate("Entities", "a card image"),
    )


# A persona photo (Waymark extra field): PNG bytes as standard base64, no line breaks.
Photo = Annotated[str, AfterValidator(_check_photo)]
# A card's image (a screenshot of the touchpoint): the same, larger.
CardImage = Annotated[str, AfterValidator(_check_card_image)]


def photo_bytes(photo: str | None) -> bytes | None:
    """The PNG bytes of a validated photo (None stays None)."""
    return None if photo is None else base64.b64decode(photo)
