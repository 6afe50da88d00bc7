"""The PDF exporter's fast paths (app/exporters/pdf/fastpdf.py, fonts.TextBatch) write what reportlab
itself writes: the same numbers, path operators, colour operators and subset-font strings.

These lean on reportlab internals (a canvas's ``_code``, a TrueType font's per-document state), so
they are compared here against reportlab's own public drawing calls: an upgrade that changes
either side fails a test rather than the look of a PDF."""

from __future__ import annotations

import io
import random
import re

import pytest
from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from app.exporters.pdf import bidi_text, fastpdf, fonts


@pytest.fixture(scope="module", autouse=True)
def _fonts():
    fonts.register_fonts()


def _canvas() -> Canvas:
    return Canvas(io.BytesIO(), pagesize=(600, 400), initialFontName=fonts.REGULAR, initialFontSize=10)


def _tokens(c: Canvas) -> list[str]:
    return "\n".join(c._code).split()


def test_fp_writes_numbers_as_reportlab():
    rnd = random.Random(7)
    values = [
        0,
        1,
        -1,
        0.5,
        -0.5,
        1e-7,
        -1e-7,
        2e-7,
        10,
        100,
        1000,
        1e4,
        1e5,
        1e6,
        1e7,
        0.1,
        0.01,
        0.001,
        12.666666666666666,
        15.833333333333332,
        0.4472 * 7,
        2.0**0.5,
        13839.1,
        -10596.25,
    ]
    for _ in range(20_000):
        values.append(
            rnd.choice(
                [
                    rnd.uniform(-1e5, 1e5),
                    rnd.uniform(-2, 2),
                    rnd.uniform(-1e-6, 1e-6),
                    rnd.randint(-10_000, 10_000),
                    10.0 ** rnd.randint(-8, 7),
                    round(rnd.uniform(-1000, 1000), rnd.randint(0, 7)),
                ]
            )
        )
    for v in values:
        assert fastpdf.fp(v) == fp_str(v), v
        assert fastpdf.fp(v) == fp_str(v), v  # the remembered answer too
    assert fastpdf.fps(1.5, -2, 0.25) == fp_str(1.5, -2, 0.25)


def test_shapes_write_reportlabs_operators():
    rnd = random.Random(3)
    for _ in range(3_000):
        x, y = rnd.uniform(-15_000, 15_000), rnd.uniform(-15_000, 15_000)
        w, h = rnd.uniform(-300, 300), rnd.uniform(-300, 300)
        r = rnd.choice([0, 3, 4, 5, 7, 7.5, rnd.uniform(0.1, 20)])
        stroke, fill = rnd.choice([(0, 1), (1, 1), (1, 0), (0, 0)])
        ours, theirs = _canvas(), _canvas()
        theirs.roundRect(x, y, w, h, r, stroke=stroke, fill=fill)
        fastpdf.round_rect(ours, x, y, w, h, r, stroke=stroke, fill=fill)
        theirs.circle(x, y, abs(r) + 0.5, stroke=stroke, fill=fill)
        fastpdf.circle(ours, x, y, abs(r) + 0.5, stroke=stroke, fill=fill)
        theirs.rect(x, y, w, h, stroke=stroke, fill=fill)
        fastpdf.rect(ours, x, y, w, h, stroke=stroke, fill=fill)
        theirs.line(x, y, w, h)
        fastpdf.line(ours, x, y, w, h)
        assert _tokens(ours) == _tokens(theirs)


def test_shapes_follow_the_fill_rule():
    ours, theirs = _canvas(), _canvas()
    for c in (ours, theirs):
        c._fillMode = 1 - c._fillMode
    theirs.roundRect(1, 2, 30, 40, 5, stroke=1, fill=1)
    fastpdf.round_rect(ours, 1, 2, 30, 40, 5, stroke=1, fill=1)
    assert _tokens(ours) == _tokens(theirs)


def test_colours_and_widths_as_reportlab_skipping_repeats():
    opaque, other = HexColor("#1F2430"), HexColor("#4F7FD8")
    translucent = HexColor("#FFFFFFAA", hasAlpha=True)
    ours, theirs = _canvas(), _canvas()
    steps = [
        ("fill", opaque),
        ("fill", translucent),
        ("fill", opaque),
        ("stroke", translucent),
        ("stroke", other),
        ("fill", other),
        ("width", 0.8),
        ("stroke", opaque),
        ("width", 1.5),
    ]
    for kind, value in steps:
        {"fill": theirs.setFillColor, "stroke": theirs.setStrokeColor, "width": theirs.setLineWidth}[kind](value)
        {"fill": fastpdf.fill, "stroke": fastpdf.stroke, "width": fastpdf.line_width}[kind](ours, value)
    assert _tokens(ours) == _tokens(theirs)
    assert "gs" in _tokens(ours)  # the alpha was set and set back, as reportlab does
    before = list(ours._code)
    fastpdf.fill(ours, HexColor("#4F7FD8"))  # equal to the fill colour: nothing written
    fastpdf.stroke(ours, opaque)
    fastpdf.line_width(ours, 1.5)
    assert ours._code == before
    ours.saveState()
    fastpdf.fill(ours, opaque)
    ours.restoreState()
    fastpdf.fill(ours, opaque)  # restoreState brought the old colour back
    assert ours._code[-1].endswith(" rg")


_TEXT_OPS = re.compile(r"(/\S+) (\S+) Tf (\S+) TL|(\((?:\\.|[^\\)])*\)) Tj")


def _text_ops(c: Canvas) -> list[tuple]:
    return [m.groups() for m in _TEXT_OPS.finditer("\n".join(c._code))]


_SAMPLES = [
    "Plain ASCII text",
    "(parens) and back\\slash",
    "Ünïcödé — “quotes” … ÆØÅ ß ñ",
    "Ελληνικά Русский עברית العربية",
    "日本語のテキストと中文说明，한국어",
    "tabs\tand\x01control",
    "".join(chr(c) for c in range(0x100, 0x17F)) + "".join(chr(c) for c in range(0x400, 0x4FF)),
    "\u00a0non-breaking\u00a0space",
    "",
    "again: Ünïcödé (parens) ЖЖЖ",
]


def _reference(c: Canvas, x: float, y: float, text: str, size: float, bold: bool) -> None:
    for name, piece in fonts.runs(bidi_text.visual(text), bold):  # Arabic/Hebrew: shaped, reordered
        c.setFont(name, size)
        c.drawString(x, y, piece)
        x += fonts._piece_width(piece, name, size)


@pytest.mark.parametrize("cid", [False, True])
def test_text_encodes_as_reportlab(monkeypatch, cid):
    if cid:  # characters the bundled font lacks go to reportlab's CID fonts, drawn by reportlab
        monkeypatch.setattr(fonts, "system_cjk", lambda: None)
    monkeypatch.setattr(fonts, "_width_cache", {})  # widths depend on the fonts chosen
    ours, theirs = _canvas(), _canvas()
    for n, text in enumerate(_SAMPLES * 2):
        size, bold = (10, False) if n % 3 else (12.666666666666666, True)
        _reference(theirs, 10, 20 + n, text, size, bold)
        w = fonts.draw(ours, 10, 20 + n, text, size, bold)
        assert w == pytest.approx(fonts.width(text, size, bold))
    assert _text_ops(ours) == _text_ops(theirs)
    assert len({op[0] for op in _text_ops(ours) if op[0]}) >= 3  # several subsets were used


def test_text_batch_lines_and_colours():
    ours, theirs = _canvas(), _canvas()
    lines = ["first line (one)", "second — line", "third ЖЖ"]
    batch = fonts.TextBatch(ours)
    batch.fill(HexColor("#1F2430"))
    batch.draw_lines(5, 50, lines, 12.666666666666666, 15.833333333333332)
    batch.fill(HexColor("#FFFFFF"))
    batch.draw(100, 10, "7", 10, True)
    batch.finish()
    t = theirs.beginText(5, 50)
    t.setFillColor(HexColor("#1F2430"))
    t.setFont(fonts.REGULAR, 12.666666666666666, 15.833333333333332)
    for line in lines:
        t.textLine(line)
    t.setFillColor(HexColor("#FFFFFF"))
    t.setTextOrigin(100, 10)
    t.setFont(fonts.BOLD, 10)
    t.textOut("7")
    theirs.drawText(t)
    assert _text_ops(ours) == _text_ops(theirs)
    code = "\n".join(ours._code)
    assert code.startswith("BT") and code.endswith("ET") and code.count("BT") == 1
    assert code.count("T*") == 2 and ".121569 .141176 .188235 rg" in code and "1 1 1 rg" in code
    assert ours._fillColorObj == HexColor("#FFFFFF")  # the colour the text object left set


def _reference_wrap(text: str, size: float, max_width: float) -> list[str]:
    """The greedy wrap measured with reportlab's stringWidth, candidate by candidate."""

    def fits(t: str) -> bool:
        return pdfmetrics.stringWidth(t, fonts.REGULAR, size) <= max_width

    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            candidate = f"{line} {word}" if line else word
            if fits(candidate):
                line = candidate
                continue
            if line:
                lines.append(line)
            while not fits(word) and len(word) > 1:
                cut = fonts._longest_prefix(word, size, max_width, False)
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def test_wrap_sums_words_exactly():
    # the bundled fonts' advances are multiples of 1/256, so a word's width summed once and added
    # on is the very number reportlab gets character by character
    assert {fonts.REGULAR, fonts.BOLD} <= fonts._exact_fonts
    rnd = random.Random(5)
    words = [
        "a",
        "ab",
        "word",
        "longer",
        "Ünïcödé",
        "ÆØÅ",
        "—",
        "…",
        "(x)",
        "WWWWWWWWWWWWWWWWWWWWWWWW",
        "il",
        "Жизнь",
        "mmmmm",
    ]
    for _ in range(1_500):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 40)))
        if rnd.random() < 0.2:
            text = text.replace(" ", "\n", 2)
        size = rnd.choice([10, 12.666666666666666, 9])
        width = rnd.choice([rnd.uniform(20, 250), pdfmetrics.stringWidth(text[:30], fonts.REGULAR, size)])
        fonts._wrap_cache.clear()
        assert fonts.wrap(text, size, width) == _reference_wrap(text, size, width), (text, size, width)


def test_forms_carry_their_alpha_and_reset_the_pages(monkeypatch):
    out = io.BytesIO()
    c = Canvas(out, pagesize=(600, 400), pageCompression=0)
    edge = HexColor("#00000022", hasAlpha=True)

    def card(c):
        c.setFillColor(HexColor("#FFE08A"))
        c.setStrokeColor(edge)
        c.setLineWidth(0.8)
        c.roundRect(0, 0, 100, 40, 5, stroke=1, fill=1)

    c.setFillColor(HexColor("#FFFFFFAA", hasAlpha=True))  # the page's fill is translucent now
    c.rect(0, 0, 10, 10, stroke=0, fill=1)
    fill_before = c._fillColorObj
    assert fastpdf.place_form(c, ("card",), 10, 20, 100, 40, 0.8, card)
    assert fastpdf.place_form(c, ("card",), 10, 80, 100, 40, 0.8, card)  # the same form again
    code = "\n".join(c._code)
    assert code.count("Do") == 2 and code.count("cm") >= 2
    assert c._extgstate.getValue("ca") == 1  # set back to opaque before the form
    assert c._fillColorObj is not fill_before  # so the next fill is written again
    c.showPage()
    c.save()
    pdf = out.getvalue()
    assert pdf.count(b"/Subtype /Form") == 1
    at = pdf.index(b"/Subtype /Form")
    form = pdf[pdf.rindex(b" obj", 0, at) : pdf.index(b"stream", at)]
    assert b"/ExtGState" in form  # the form's own alpha is in its resources
    monkeypatch.setattr(fastpdf, "MAX_FORMS", 1)
    c2 = _canvas()
    assert fastpdf.place_form(c2, ("a",), 0, 0, 10, 10, 1, card)
    assert not fastpdf.place_form(c2, ("b",), 0, 0, 10, 10, 1, card)


def test_escapes_as_reportlab():
    from reportlab.lib.rl_accel import escapePDF

    assert "".join(fastpdf._ESCAPED[b] for b in range(256)) == escapePDF(bytes(range(256)))
