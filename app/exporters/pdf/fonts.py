"""Fonts for the PDF: the bundled DejaVu Sans TTFs (embedded, subset) and CJK fallbacks.

DejaVu Sans covers Latin, accented Latin, Cyrillic, Greek, Hebrew and Arabic letters with Arabic's
joined forms (reportlab does no shaping or bidi: bidi_text shapes before wrapping and reorders each
line as it is drawn). Characters DejaVu
lacks that are Chinese, Japanese or Korean are drawn with a TrueType CJK font found on the
system (WenQuanYi, Droid Sans Fallback, AR PL, embedded like DejaVu) or, when there is none,
with reportlab's built-in CID fonts, which are not embedded: Acrobat supplies them, and
poppler-based viewers need the poppler-data package. Anything else falls back to DejaVu's
missing-glyph box: it never raises. Emoji and other symbols DejaVu lacks are drawn with a
monochrome system font that has them (Debian's fonts-symbola), embedded too; without one they
are boxes, as before.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.textobject import PDFTextObject

from app.exporters.pdf import bidi_text, fastpdf
from app.i18n import translate
from app.models.errors import WaymarkError
from app.models.paths import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
CJK_FONTS = {"zh": "STSong-Light", "ja": "HeiseiMin-W3", "ko": "HYSMyeongJo-Medium"}

_cmap: set[int] = set()
SYSTEM_CJK = "WaymarkCJK"
_SYSTEM_CJK_FILES = (
    "wqy-zenhei.ttc",
    "wqy-microhei.ttc",
    "DroidSansFallbackFull.ttf",
    "DroidSansFallback.ttf",
    "uming.ttc",
    "ukai.ttc",
    "msyh.ttf",
    "simsun.ttc",
    "msgothic.ttc",
)
_SYSTEM_FONT_DIRS = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "/Library/Fonts",
    "/System/Library/Fonts",
    "C:/Windows/Fonts",
)
_system_cmap: set[int] = set()  # code points the system CJK font has
SYMBOLS = "WaymarkSymbols"
_SYMBOL_FILES = ("Symbola_hint.ttf", "Symbola.ttf", "seguisym.ttf")
_symbol_cmap: set[int] = set()  # code points the symbol fallback has


def _find_font(files: tuple[str, ...], name: str) -> TTFont | None:
    from pathlib import Path

    for folder in _SYSTEM_FONT_DIRS:
        root = Path(folder)
        if not root.is_dir():
            continue
        for file in files:
            for path in root.rglob(file):
                try:
                    return TTFont(name, str(path), subfontIndex=0)
                except Exception:  # an unreadable or odd font file: try the next one
                    continue
    return None


_reportlab_cmap = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap with two fixes, the rest unchanged. Code points above U+FFFF
    are written as UTF-16 surrogate pairs, as the PDF format wants (reportlab writes "<1F4F1>",
    read as U+1F4F plus junk, so an emoji did not extract). Arabic presentation forms (what
    bidi_text draws) map to their plain letters, so copied or searched text is ordinary Arabic
    (bar the lam-alef ligatures)."""

    def pair(m: re.Match[str]) -> str:
        ch = chr(int(m[2], 16))
        if 0xFE70 <= ord(ch) <= 0xFEFF:
            plain = unicodedata.normalize("NFKC", ch)
            # One letter only: poppler reverses a ligature's two letters (lam-alef) in
            # right-to-left text, so the ligatures keep their own code point.
            ch = plain if len(plain) == 1 else ch
        return f"<{m[1]}> <{ch.encode('utf-16-be').hex().upper()}>"

    return re.sub(r"<([0-9A-F]{2})> <([0-9A-F]{4,6})>", pair, _reportlab_cmap(fontname, subset))


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


@lru_cache(maxsize=1)
def symbol_font() -> str | None:
    """The name of the emoji/symbol fallback, registered on first need, or None without one.

    Looked up only when a text holds a character neither DejaVu nor a CJK font covers, so the
    usual export never reads the font's 2 MB."""
    found = _find_font(_SYMBOL_FILES, SYMBOLS)
    if found is None:
        return None
    pdfmetrics.registerFont(found)
    _symbol_cmap.update(found.face.charToGlyph)
    return SYMBOLS


def _find_system_cjk():
    return _find_font(_SYSTEM_CJK_FILES, SYSTEM_CJK)


@lru_cache(maxsize=1)
def register_fonts() -> None:
    folder = resources_dir() / "fonts"
    try:
        regular = TTFont(REGULAR, str(folder / "DejaVuSans.ttf"))
        bold = TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf"))
    except Exception as exc:  # reportlab raises plain errors for missing or bad font files
        raise WaymarkError(
            translate("PdfDocument", "cannot load the bundled fonts in {folder}: {reason}").format(
                folder=folder, reason=exc
            )
        ) from exc
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(bold)
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    _cmap.update(regular.face.charToGlyph)
    _base_chars.update(chr(cp) for cp in _cmap)
    _base_chars.update(chr(cp) for cp in range(0x80))
    _note_base_font(regular)
    _note_base_font(bold)
    _width_cache.clear()
    _wrap_cache.clear()
    for name in CJK_FONTS.values():
        pdfmetrics.registerFont(UnicodeCIDFont(name))


@lru_cache(maxsize=1)
def system_cjk() -> str | None:
    """The name of the system CJK font, registered on first need, or None when there is none.

    Found and parsed only when a text holds a CJK character: reading WenQuanYi's 10 MB
    collection took half a second of every PDF export, most of which have no CJK at all.
    """
    system = _find_system_cjk()
    if system is None:
        return None
    pdfmetrics.registerFont(system)
    _system_cmap.update(system.face.charToGlyph)
    return SYSTEM_CJK


def _cjk_font(cp: int) -> str | None:
    name = _cid_font(cp)
    if name is not None and system_cjk() is not None and cp in _system_cmap:
        return SYSTEM_CJK  # embedded; the built-in CID font only where it has no glyph
    return name


def _cid_font(cp: int) -> str | None:
    if 0x3040 <= cp <= 0x30FF or 0x31F0 <= cp <= 0x31FF or 0xFF66 <= cp <= 0xFF9F:
        return CJK_FONTS["ja"]
    if 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F:
        return CJK_FONTS["ko"]
    if (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x3000 <= cp <= 0x303F
        or 0xFF00 <= cp <= 0xFFEF
        or 0xF900 <= cp <= 0xFAFF
    ):
        return CJK_FONTS["zh"]
    return None


def font_for_char(ch: str, bold: bool) -> str:
    cp = ord(ch)
    if cp in _cmap or cp < 0x80:
        return BOLD if bold else REGULAR
    found = _cjk_font(cp)
    if found is not None:
        return found
    if symbol_font() is not None and cp in _symbol_cmap:
        return SYMBOLS
    return BOLD if bold else REGULAR


# Characters the bundled font draws (ASCII plus DejaVu's map): a text made only of these is one run.
_base_chars: set[str] = set()
# Per font name: (char -> advance width in 1/1000 em, default width), for the bundled TrueType fonts.
_char_widths: dict[str, tuple[dict[str, float], float]] = {}
_width_cache: dict[tuple[str, float, bool], float] = {}
_WIDTH_CACHE_MAX = 200_000


def _note_base_font(font: TTFont) -> None:
    face = font.face
    _char_widths[font.fontName] = ({chr(cp): w for cp, w in face.charWidths.items()}, face.defaultWidth)
    values = [*face.charWidths.values(), face.defaultWidth]
    if all((v * 256).is_integer() and abs(v) < 2**20 for v in values):
        _exact_fonts.add(font.fontName)
    _words_raw.pop(font.fontName, None)


def _is_base(text: str) -> bool:
    return text.isascii() or _base_chars.issuperset(text)


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """Split ``text`` into (font name, piece) runs, each drawable with one font."""
    base = BOLD if bold else REGULAR
    if _is_base(text):
        return [(base, text)]
    out: list[tuple[str, str]] = []
    for ch in text:
        name = font_for_char(ch, bold)
        if out and out[-1][0] == name:
            out[-1] = (name, out[-1][1] + ch)
        else:
            out.append((name, ch))
    return out


def _raw_sum(text: str, name: str, start: float = 0) -> float:
    """Advance widths of ``text`` added one by one onto ``start``, in reportlab's order (so
    ``0.001 * size * _raw_sum(t)`` is exactly ``pdfmetrics.stringWidth(t, name, size)``)."""
    widths, default = _char_widths[name]
    get = widths.get
    total = start
    for ch in text:
        total += get(ch, default)
    return total


def width(text: str, size: float, bold: bool = False) -> float:
    key = (text, size, bold)
    found = _width_cache.get(key)
    if found is not None:
        return found
    name = BOLD if bold else REGULAR
    text = bidi_text.shape(text)  # joined Arabic forms are what is drawn, and their widths differ
    if name in _char_widths and _is_base(text):
        value = 0.001 * size * _raw_sum(text, name)
    else:
        value = sum(pdfmetrics.stringWidth(piece, name, size) for name, piece in runs(text, bold))
    if len(_width_cache) >= _WIDTH_CACHE_MAX:
        _width_cache.clear()
    _width_cache[key] = value
    return value


def _piece_width(piece: str, name: str, size: float) -> float:
    if name in _char_widths:
        return width(piece, size, name == BOLD)
    return pdfmetrics.stringWidth(piece, name, size)


def draw(canvas, x: float, y: float, text: str, size: float, bold: bool = False) -> float:
    """Draw ``text`` with its baseline at y, in the canvas's fill colour; returns the width drawn.
    One text object, as ``canvas.drawString`` would write (see ``TextBatch``)."""
    batch = TextBatch(canvas)
    w = batch.draw(x, y, text, size, bold)
    batch.finish()
    return w


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


_wrap_cache: dict[tuple[str, float, float, bool], tuple[str, ...]] = {}


def wrap(text: str, size: float, max_width: float, bold: bool = False) -> list[str]:
    """Lines of ``text`` no wider than ``max_width``: breaks at spaces, then anywhere."""
    key = (text, size, max_width, bold)
    found = _wrap_cache.get(key)
    if found is None:
        # Shaped (joining is within words) but in logical order: lines are reordered when drawn.
        found = tuple(_wrap(bidi_text.shape(text), size, max_width, bold))
        if len(_wrap_cache) >= 20_000:
            _wrap_cache.clear()
        _wrap_cache[key] = found
    return list(found)


def _wrap(text: str, size: float, max_width: float, bold: bool) -> list[str]:
    name = BOLD if bold else REGULAR
    fast = name in _char_widths
    scale = 0.001 * size
    # With every advance a multiple of 2**-8 (DejaVu: 1000/2048 em units) sums are exact, so a
    # word's width can be summed once and added on: the same number as adding char by char.
    exact = fast and name in _exact_fonts
    words_raw = _words_raw.setdefault(name, {})
    space_raw = _raw_sum(" ", name) if fast else 0
    lines: list[str] = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        # Widths are reportlab's exactly: the sum of the characters' advances, in order, so the
        # width of ``line + " " + word`` continues from the width of ``line`` (linear, not quadratic).
        line_raw = 0
        for word in words:
            candidate = f"{line} {word}" if line else word
            if fast and _is_base(candidate):
                if exact:
                    found = words_raw.get(word)
                    if found is None:
                        found = _word_raw(words_raw, word, name)
                    raw = line_raw + space_raw + found if line else found
                else:
                    raw = _raw_sum(f" {word}" if line else word, name, line_raw)
                fits = scale * raw <= max_width
            else:
                raw = None
                fits = width(candidate, size, bold) <= max_width
            if fits:
                line = candidate
                line_raw = raw
                continue
            if line:
                lines.append(line)
            while width(word, size, bold) > max_width and len(word) > 1:
                cut = _longest_prefix(word, size, max_width, bold)
                lines.append(word[:cut])
                word = word[cut:]
            line = word
            line_raw = _raw_sum(word, name) if fast and _is_base(word) else None
        lines.append(line)
    return lines


_exact_fonts: set[str] = set()
_words_raw: dict[str, dict[str, float]] = {}


def _word_raw(cache: dict[str, float], word: str, name: str) -> float:
    if len(cache) >= 100_000:
        cache.clear()
    value = cache[word] = _raw_sum(word, name)
    return value


def _longest_prefix(word: str, size: float, max_width: float, bold: bool) -> int:
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if width(word[:mid], size, bold) <= max_width:
            lo = mid
        else:
            hi = mid - 1
    return lo


class TextBatch:
    """Several strings in one text object (one BT … ET): what ``draw`` does string by string, with
    the font and colour set only when they change. ``finish()`` puts it on the canvas and leaves the
    canvas's fill colour as the last one used, as drawing string by string would.

    It writes the operators reportlab's PDFTextObject would (see fastpdf), only faster: numbers and
    colours through fastpdf, TrueType text through a per-document ``fastpdf.Encoder``; fonts that
    are not TrueType subsets (the built-in CID fonts) go through a reportlab text object."""

    __slots__ = ("_canvas", "_code", "_colour", "_enc", "_font_key", "_helper", "_subset", "_tf")

    def __init__(self, canvas):
        self._canvas = canvas
        self._code = ["BT"]
        self._font_key = None
        self._colour = None
        self._subset = -1  # the TrueType subset selected last (-1: none since the font changed)
        self._enc = None  # the current font's Encoder, or None for a reportlab-drawn font
        self._tf = ""  # " <size> Tf <leading> TL" for the current font
        self._helper = None

    def fill(self, colour) -> None:
        if colour is not self._colour:
            canvas = self._canvas
            s = fastpdf.rgb(colour) if getattr(canvas, "_enforceColorSpace", None) is None else None
            if s is not None and canvas._extgstate.getValue("ca") == 1:
                self._code.append(f"{s} rg")
            else:
                helper = self._reportlab()
                helper.setFillColor(colour)
                self._flush_helper()
            self._colour = colour

    def _reportlab(self) -> PDFTextObject:
        if self._helper is None:
            self._helper = PDFTextObject(self._canvas)
        self._helper._code = []
        return self._helper

    def _flush_helper(self) -> None:
        self._code.extend(self._helper._code)
        self._helper._code = []

    def _font(self, name: str, size: float, leading: float | None) -> None:
        key = (name, size, leading)
        if key == self._font_key:
            return
        self._font_key = key
        self._subset = -1
        self._enc = fastpdf.encoder(self._canvas, name)
        if leading is None:
            leading = size * 1.2
        if self._enc is not None:
            self._tf = f" {fastpdf.fp(size)} Tf {fastpdf.fp(leading)} TL"
        else:
            helper = self._reportlab()
            helper.setFont(name, size, leading)
            self._flush_helper()

    def _text(self, piece: str) -> None:
        enc = self._enc
        if enc is None:
            helper = self._reportlab()
            helper._curSubset = -1
            self._code.append(helper._formatText(piece))
            self._subset = -1
            return
        if not piece:
            return  # reportlab writes nothing for an empty string either
        append = self._code.append
        for subset, escaped in enc.encode(piece):
            if subset != self._subset:
                append(enc.subset_name(subset) + self._tf)
                self._subset = subset
            append(f"({escaped}) Tj")

    def draw(self, x: float, y: float, text: str, size: float, bold: bool = False) -> float:
        self._code.append(f"1 0 0 1 {fastpdf.fp(x)} {fastpdf.fp(y)} Tm")
        start = x
        for name, piece in runs(bidi_text.visual(text), bold):
            self._font(name, size, None)
            self._text(piece)
            x += _piece_width(piece, name, size)
        return x - start

    def draw_lines(
        self,
        x: float,
        y: float,
        lines: list[str],
        size: float,
        leading: float,
        bold: bool = False,
        box_width: float | None = None,
    ) -> None:
        """``lines`` from baseline y down, ``leading`` apart: one origin, then T* per line. With
        ``box_width``, a right-to-left line (Arabic, Hebrew) is set flush right in that width."""
        if not lines:
            return
        self._code.append(f"1 0 0 1 {fastpdf.fp(x)} {fastpdf.fp(y)} Tm")
        moved = False  # whether the last line's origin is off x (T* goes on from it)
        # The lines are one text wrapped: its first strong letter sets every line's direction.
        rtl = any(bidi_text.has_rtl(line) for line in lines) and bidi_text.is_rtl_line(" ".join(lines))
        for i, line in enumerate(lines):
            shift = 0.0
            if box_width is not None and rtl:
                shift = max(0.0, box_width - width(line, size, bold))
            if shift or (moved and i):
                self._code.append(f"1 0 0 1 {fastpdf.fp(x + shift)} {fastpdf.fp(y - i * leading)} Tm")
            elif i:
                self._code.append("T*")
            moved = bool(shift)
            for name, piece in runs(bidi_text.visual(line, rtl), bold):
                self._font(name, size, leading)
                self._text(piece)

    def finish(self) -> None:
        canvas = self._canvas
        self._code.append("ET")
        canvas._code.append(" ".join(self._code))
        if self._colour is not None:
            canvas._fillColorObj = self._colour  # the text object left it set
