"""Arabic and Hebrew for the PDF: reportlab draws code points left to right, one glyph each, with
no shaping and no bidi, so Arabic came out unjoined and both scripts backwards.

Two steps, in this order (issue 17, point 7): ``shape`` swaps Arabic letters for their joined
presentation forms (arabic-reshaper) and keeps logical order, so text is wrapped on shaped
widths; ``visual`` then reorders one wrapped line for display (python-bidi). Reordering before
wrapping would put the end of a sentence on its first line. DejaVu Sans has the presentation
forms (U+FE70–FEFF), so the bundled font draws the result; its own shaping is never asked for.
"""

from __future__ import annotations

from functools import lru_cache

import arabic_reshaper  # type: ignore[import-untyped]  # no type hints shipped
from bidi import get_display  # type: ignore[import-untyped]

# The strong right-to-left blocks: Hebrew, Arabic, Syriac, Thaana, NKo, Arabic Extended, and the
# presentation forms. A text with none of these is drawn as it is (the usual, fast case).
_RTL_RANGES = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))
_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF))

_reshaper = arabic_reshaper.ArabicReshaper(
    # Only the lam-alef ligatures: DejaVu Sans has them (U+FEF5–FEFC) but not the word ligatures
    # of Presentation Forms-A, which would come out as missing-glyph boxes.
    configuration={
        name: name.startswith("ARABIC LIGATURE LAM WITH ALEF")
        for name in arabic_reshaper.reshaper_config.default_config
        if name.startswith("ARABIC LIGATURE") or name == "RIAL SIGN"
    }
)


def _in(text: str, ranges: tuple[tuple[int, int], ...]) -> bool:
    for ch in text:
        cp = ord(ch)
        if cp >= 0x0590 and any(lo <= cp <= hi for lo, hi in ranges):
            return True
    return False


def has_rtl(text: str) -> bool:
    return not text.isascii() and _in(text, _RTL_RANGES)


@lru_cache(maxsize=20_000)
def shape(text: str) -> str:
    """``text`` with Arabic letters in their joined forms, still in logical order."""
    if text.isascii() or not _in(text, _ARABIC_RANGES):
        return text
    return _reshaper.reshape(text)


@lru_cache(maxsize=20_000)
def visual(line: str, rtl: bool | None = None) -> str:
    """One line shaped and in display order (left to right as drawn). ``rtl`` is the direction of
    the paragraph the line was wrapped from (None: the line's own first strong letter): a German
    sentence whose second line starts with a Hebrew word stays a left-to-right line."""
    if not has_rtl(line):
        return line
    return get_display(shape(line), base_dir=None if rtl is None else ("R" if rtl else "L"))


def is_rtl_line(line: str) -> bool:
    """Whether the line's first strong letter is right-to-left (its paragraph direction)."""
    for ch in line:
        if ch.isalpha():
            return has_rtl(ch)
    return False
