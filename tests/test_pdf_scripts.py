"""Every script in the PDF (issue 17, point 7): Arabic shaped and both Arabic and Hebrew drawn right
to left (wrapped in logical order first), emoji drawn by the embedded symbol fallback and
extracted whole. Checked with poppler, as a reader's viewer would see the file."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from app.exporters.pdf import PdfOptions, bidi_text, export_pdf, fonts
from app.models.library import sample_project

needs_poppler = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="poppler-utils missing"
)

ARABIC = "العميل يقارن الأسعار في المتجر"
HEBREW = "הלקוח משווה מחירים בחנות"
EMOJI = "Покупает SIM-карту в магазине 📱"
# Long enough to wrap in a card: its first drawn line must hold the sentence's first words.
ARABIC_LONG = "يبدأ العميل بالبحث عن هاتف جديد ثم يقارن الأسعار بين المواقع ويزور المتجر في النهاية"
_MARKS = re.compile("[\u202a-\u202e\u200e\u200f\\s]+")


def _pdf(tmp_path: Path) -> Path:
    project = sample_project()
    for card, text in zip(project.journeys[0].cards, [ARABIC, HEBREW, EMOJI, ARABIC_LONG], strict=False):
        card.text = text
    out = tmp_path / "scripts.pdf"
    export_pdf(project, out, PdfOptions())
    return out


def _text(pdf: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, "-f", "2", "-l", "2", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_lines_are_wrapped_in_logical_order_then_shaped_and_reordered():
    shaped = bidi_text.shape(ARABIC)
    assert shaped != ARABIC and all(0xFE70 <= ord(c) <= 0xFEFF or c == " " for c in shaped)  # joined forms
    assert bidi_text.visual(HEBREW) == HEBREW[::-1]  # no shaping in Hebrew: only reversed
    assert bidi_text.visual(EMOJI) == EMOJI  # left-to-right text is untouched
    fonts.register_fonts()
    lines = fonts.wrap(ARABIC_LONG, 8, 120)
    assert len(lines) > 1
    assert lines[0].startswith(bidi_text.shape("يبدأ العميل"))  # the sentence starts on line one
    assert bidi_text.visual(lines[0]).endswith(bidi_text.shape("يبدأ العميل")[::-1])  # drawn at the right


def _as_extracted(text: str) -> str:
    """What a reader copies: plain Arabic letters in logical order, lam-alef kept as its ligature."""
    out = []
    for ch in bidi_text.shape(text):
        plain = unicodedata.normalize("NFKC", ch) if 0xFE70 <= ord(ch) <= 0xFEFF else ch
        out.append(plain if len(plain) == 1 else ch)
    return _MARKS.sub("", "".join(out))


@needs_poppler
def test_arabic_and_hebrew_extract_as_plain_letters_in_reading_order(tmp_path):
    text = _MARKS.sub("", _text(_pdf(tmp_path)))
    assert _MARKS.sub("", "العميل يقارن") in text  # plain letters, not presentation forms
    assert _as_extracted(ARABIC) in text
    assert _MARKS.sub("", HEBREW) in text
    # The wrapped card reads whole, first line first: wrapped before it was reordered.
    assert _as_extracted(ARABIC_LONG) in text


@needs_poppler
@pytest.mark.skipif(fonts.symbol_font() is None, reason="no symbol font (Debian: fonts-symbola)")
def test_emoji_is_drawn_by_the_embedded_fallback_and_extracts_whole(tmp_path):
    pdf = _pdf(tmp_path)
    assert _MARKS.sub("", EMOJI) in _MARKS.sub("", _text(pdf))
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    symbol = [line for line in listing.splitlines() if "Symbola" in line]
    assert symbol and symbol[0].split()[-5] == "yes", listing  # embedded


@needs_poppler
def test_without_a_symbol_font_the_emoji_is_a_box_and_the_rest_still_extracts(tmp_path, monkeypatch):
    monkeypatch.setattr(fonts, "symbol_font", lambda: None)
    monkeypatch.setattr(fonts, "_width_cache", {})  # widths depend on the fonts chosen
    pdf = _pdf(tmp_path)
    assert _MARKS.sub("", EMOJI[:-2]) in _MARKS.sub("", _text(pdf))
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Symbola" not in listing


def test_a_left_to_right_text_keeps_its_direction_on_a_line_starting_with_hebrew():
    assert bidi_text.visual("שלום and more", rtl=False) == "םולש and more"
    assert (
        bidi_text.visual("שלום and more", rtl=True) == "and more םולש"
    )  # the English run keeps its order, at the left
