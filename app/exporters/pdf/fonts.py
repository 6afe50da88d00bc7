"""Fonts for the PDF: the bundled DejaVu Sans TTFs (embedded, subset) and CJK fallbacks.

DejaVu Sans covers Latin, accented Latin, Cyrillic, Greek, Hebrew and Arabic letters (Arabic
is drawn unshaped, in logical order: reportlab does no shaping or bidi). Characters DejaVu
lacks that are Chinese, Japanese or Korean are drawn with a TrueType CJK font found on the
system (WenQuanYi, Droid Sans Fallback, AR PL, embedded like DejaVu) or, when there is none,
with reportlab's built-in CID fonts, which are not embedded: Acrobat supplies them, and
poppler-based viewers need the poppler-data package. Anything else falls back to DejaVu's
missing-glyph box: it never raises.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

from app.models.errors import WaymarkError
from app.models.paths import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
CJK_FONTS = {"zh": "STSong-Light", "ja": "HeiseiMin-W3", "ko": "HYSMyeongJo-Medium"}

_cmap: set[int] = set()
SYSTEM_CJK = "WaymarkCJK"
_SYSTEM_CJK_FILES = ("wqy-zenhei.ttc", "wqy-microhei.ttc", "DroidSansFallbackFull.ttf", "DroidSansFallback.ttf",
                     "uming.ttc", "ukai.ttc", "msyh.ttf", "simsun.ttc", "msgothic.ttc")
_SYSTEM_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", "/System/Library/Fonts",
                     "C:/Windows/Fonts")
_system_cjk: list[str] = []
_system_cmap: set[int] = set()   # code points the system CJK font has


def _find_system_cjk():
    from pathlib import Path
    for folder in _SYSTEM_FONT_DIRS:
        root = Path(folder)
        if not root.is_dir():
            continue
        for name in _SYSTEM_CJK_FILES:
            for path in root.rglob(name):
                try:
                    return TTFont(SYSTEM_CJK, str(path), subfontIndex=0)
                except Exception:  # noqa: BLE001 - a font reportlab cannot read is skipped
                    continue
    return None


@lru_cache(maxsize=1)
def register_fonts() -> None:
    folder = resources_dir() / "fonts"
    try:
        regular = TTFont(REGULAR, str(folder / "DejaVuSans.ttf"))
        bold = TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf"))
    except Exception as exc:  # reportlab raises plain errors for missing or bad font files
        raise WaymarkError(f"cannot load the bundled fonts in {folder}: {exc}") from exc
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(bold)
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    _cmap.update(regular.face.charToGlyph)
    system = _find_system_cjk()
    if system is not None:
        pdfmetrics.registerFont(system)
        _system_cjk.append(SYSTEM_CJK)
        _system_cmap.update(system.face.charToGlyph)
    for name in CJK_FONTS.values():
        pdfmetrics.registerFont(UnicodeCIDFont(name))


def _cjk_font(cp: int) -> str | None:
    name = _cid_font(cp)
    if name is not None and _system_cjk and cp in _system_cmap:
        return _system_cjk[0]  # embedded; the built-in CID font only where it has no glyph
    return name


def _cid_font(cp: int) -> str | None:
    if 0x3040 <= cp <= 0x30FF or 0x31F0 <= cp <= 0x31FF or 0xFF66 <= cp <= 0xFF9F:
        return CJK_FONTS["ja"]
    if 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F:
        return CJK_FONTS["ko"]
    if (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x3000 <= cp <= 0x303F
            or 0xFF00 <= cp <= 0xFFEF or 0xF900 <= cp <= 0xFAFF):
        return CJK_FONTS["zh"]
    return None


def font_for_char(ch: str, bold: bool) -> str:
    cp = ord(ch)
    if cp in _cmap or cp < 0x80:
        return BOLD if bold else REGULAR
    return _cjk_font(cp) or (BOLD if bold else REGULAR)


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """Split ``text`` into (font name, piece) runs, each drawable with one font."""
    base = BOLD if bold else REGULAR
    if text.isascii():
        return [(base, text)]
    out: list[tuple[str, str]] = []
    for ch in text:
        name = font_for_char(ch, bold)
        if out and out[-1][0] == name:
            out[-1] = (name, out[-1][1] + ch)
        else:
            out.append((name, ch))
    return out


def width(text: str, size: float, bold: bool = False) -> float:
    return sum(pdfmetrics.stringWidth(piece, name, size) for name, piece in runs(text, bold))


def draw(canvas, x: float, y: float, text: str, size: float, bold: bool = False) -> float:
    """Draw ``text`` with its baseline at y; returns the width drawn."""
    start = x
    for name, piece in runs(text, bold):
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, name, size)
    return x - start


def draw_right(canvas, x: float, y: float, text: str, size: float, bold: bool = False) -> None:
    draw(canvas, x - width(text, size, bold), y, text, size, bold)


def draw_centred(canvas, x: float, y: float, text: str, size: float, bold: bool = False) -> None:
    draw(canvas, x - width(text, size, bold) / 2, y, text, size, bold)


def fit(text: str, size: float, max_width: float, bold: bool = False) -> str:
    """``text`` on one line, cut with "…" when it is wider than ``max_width``."""
    if width(text, size, bold) <= max_width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if width(text[:mid] + "…", size, bold) <= max_width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def wrap(text: str, size: float, max_width: float, bold: bool = False) -> list[str]:
    """Lines of ``text`` no wider than ``max_width``: breaks at spaces, then anywhere."""
    lines: list[str] = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if width(candidate, size, bold) <= max_width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while width(word, size, bold) > max_width and len(word) > 1:
                cut = _longest_prefix(word, size, max_width, bold)
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def _longest_prefix(word: str, size: float, max_width: float, bold: bool) -> int:
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if width(word[:mid], size, bold) <= max_width:
            lo = mid
        else:
            hi = mid - 1
    return lo
