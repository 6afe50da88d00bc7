"""Faster ways to put the map's many small shapes and texts on a reportlab canvas.

Every function here writes the same PDF operators, with the same numbers written the same
way, as the reportlab call it stands for (tests/test_pdf_speedups.py checks that byte for
byte); they are only cheaper to run:

- ``fp`` writes numbers exactly as reportlab's pure-Python ``fp_str`` does, remembering the
  answers (a map repeats the same few thousand coordinates);
- shapes are appended to the page as one string rather than one operator at a time through a
  path object;
- colours whose operator was written before reuse it, and a colour already set is not set again;
- ``Encoder`` turns text into a subset font's bytes with one ``str.translate`` once every
  character of it has a code, instead of reportlab's character-by-character loops.

The one change to the file's structure is ``place_form``: a shape repeated many times (a
card's background, a badge, a vote disc) is written once as a form XObject and placed with a
translation, which halves a big map's content stream and the time spent compressing it. The
picture is the same up to anti-aliasing (the shape's numbers are rounded relative to its corner).

They lean on a few reportlab internals (the canvas's ``_code`` list and colour attributes, a
text object's ``_code`` and ``_curSubset``, a TrueType font's per-document ``state``, the canvas's
``_extgstate``); the tests compare against reportlab's own output so an upgrade that changes
them shows up.
"""

from __future__ import annotations

from math import log

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfgen import pdfgeom
from reportlab.pdfgen.canvas import PATH_OPS

_LOG10 = log(10.0)
_FMTS = ("%.0f", "%.1f", "%.2f", "%.3f", "%.4f", "%.5f", "%.6f")
_fp_cache: dict[float, str] = {}


def _fp1(i: float) -> str:
    """reportlab.lib.rl_accel._py_fp_str for one number, step for step."""
    sa = abs(i)
    if sa <= 1e-7:
        return "0"
    lv = 6 if sa <= 1 else min(max(0, (6 - int(log(sa) / _LOG10))), 6)
    n = _FMTS[lv] % i
    if lv:
        n = n.rstrip("0")
        if n[-1] == ".":
            n = n[:-1]
    return n if (n[0] != "0" or len(n) == 1) else n[1:]


def fp(i: float) -> str:
    s = _fp_cache.get(i)
    if s is None:
        if len(_fp_cache) > 500_000:
            _fp_cache.clear()
        s = _fp_cache[i] = _fp1(i)
    return s


def fps(*values: float) -> str:
    return " ".join([fp(v) for v in values])


def _op(c, stroke: int, fill: int) -> str:
    return PATH_OPS[stroke, fill, c._fillMode]


_axis_cache: dict[tuple, tuple[str, ...]] = {}


def _axis(key: tuple, make) -> tuple[str, ...]:
    found = _axis_cache.get(key)
    if found is None:
        if len(_axis_cache) > 200_000:
            _axis_cache.clear()
        found = _axis_cache[key] = tuple(fp(v) for v in make(*key[1:]))
    return found


def _rr_axis(lo: float, size: float, radius: float) -> tuple[float, ...]:
    # roundRect's values along one axis: lo, lo + radius, lo + t, hi - t, hi - radius, hi
    lo, hi = (lo, lo + size) if size >= 0 else (lo + size, lo)
    t = 0.4472 * radius
    return lo, lo + radius, lo + t, hi - t, hi - radius, hi


def round_rect_code(x: float, y: float, width: float, height: float, radius: float) -> str:
    """PDFPathObject.roundRect's operators (a single radius), joined by newlines, after "n".
    The x and the y values are each worked out (as roundRect does) and written once per
    distinct (edge, size, radius): a column of cards shares its x values."""
    x0, xr, xt, x_t2, x_r2, x1 = _axis(("r", x, width, radius), _rr_axis)
    y0, yr, yt, y_t2, y_r2, y1 = _axis(("r", y, height, radius), _rr_axis)
    return (
        f"n\n{xr} {y0} m\n{x_r2} {y0} l\n{x_t2} {y0} {x1} {yt} {x1} {yr} c\n{x1} {y_r2} l\n"
        f"{x1} {y_t2} {x_t2} {y1} {x_r2} {y1} c\n{xr} {y1} l\n{xt} {y1} {x0} {y_t2} {x0} {y_r2} c\n"
        f"{x0} {yr} l\n{x0} {yt} {xt} {y0} {xr} {y0} c\nh"
    )


def round_rect(
    c, x: float, y: float, width: float, height: float, radius: float, stroke: int = 1, fill: int = 0
) -> None:
    """canvas.roundRect(x, y, width, height, radius, stroke, fill) with one number radius."""
    c._code.append(f"{round_rect_code(x, y, width, height, radius)}\n{_op(c, stroke, fill)}")


def _arc_x(x_cen: float, r: float) -> tuple[float, ...]:
    # pdfgeom.bezierArc(x_cen - r, ., x_cen + r, ., 0, 360)'s x values, in order
    x1 = x_cen - r
    return tuple(v for cv in pdfgeom.bezierArc(x1, 0, x1 + 2 * r, 1, 0, 360) for v in cv[0::2])


def _arc_y(y_cen: float, r: float) -> tuple[float, ...]:
    y1 = y_cen - r
    return tuple(v for cv in pdfgeom.bezierArc(0, y1, 1, y1 + 2 * r, 0, 360) for v in cv[1::2])


def circle_code(x_cen: float, y_cen: float, r: float) -> str:
    """PDFPathObject.circle's operators, joined by newlines, after "n" (bezierArc's x values
    depend only on the x centre and radius, its y values only on the y ones)."""
    xs = _axis(("cx", x_cen, r), _arc_x)
    ys = _axis(("cy", y_cen, r), _arc_y)
    parts = [f"n\n{xs[0]} {ys[0]} m"]
    for k in range(0, 16, 4):
        parts.append(f"{xs[k + 1]} {ys[k + 1]} {xs[k + 2]} {ys[k + 2]} {xs[k + 3]} {ys[k + 3]} c")
    return "\n".join(parts)


def circle(c, x_cen: float, y_cen: float, r: float, stroke: int = 1, fill: int = 0) -> None:
    """canvas.circle(x_cen, y_cen, r, stroke, fill)."""
    c._code.append(f"{circle_code(x_cen, y_cen, r)}\n{_op(c, stroke, fill)}")


def rect(c, x: float, y: float, width: float, height: float, stroke: int = 1, fill: int = 0) -> None:
    c._code.append(f"n {fp(x)} {fp(y)} {fp(width)} {fp(height)} re {_op(c, stroke, fill)}")


def line(c, x1: float, y1: float, x2: float, y2: float) -> None:
    c._code.append(f"n {fp(x1)} {fp(y1)} m {fp(x2)} {fp(y2)} l S")


# -- colours ----------------------------------------------------------------------------------

_rgb_cache: dict[tuple[float, float, float], str] = {}


def rgb(colour) -> str | None:
    """ "r g b" as reportlab writes it for a plain RGB ``Color`` without alpha; None otherwise."""
    if type(colour) is not Color or colour.alpha is not None and colour.alpha != 1:
        return None
    key = (colour.red, colour.green, colour.blue)
    s = _rgb_cache.get(key)
    if s is None:
        s = _rgb_cache[key] = fps(*key)
    return s


def _same(a, b) -> bool:
    return a is b or (
        type(a) is Color
        and type(b) is Color
        and a.red == b.red
        and a.green == b.green
        and a.blue == b.blue
        and a.alpha == b.alpha
    )


def fill(c, colour) -> None:
    """canvas.setFillColor(colour), or nothing when it is the fill colour already."""
    plain = getattr(c, "_enforceColorSpace", None) is None
    if plain and _same(c._fillColorObj, colour):
        return
    s = rgb(colour) if plain else None
    if s is None or c._extgstate.getValue("ca") != 1:  # alpha to set: reportlab's way
        c.setFillColor(colour)
        return
    c._fillColorObj = colour
    c._code.append(f"{s} rg")


def stroke(c, colour) -> None:
    """canvas.setStrokeColor(colour), or nothing when it is the stroke colour already."""
    plain = getattr(c, "_enforceColorSpace", None) is None
    if plain and _same(c._strokeColorObj, colour):
        return
    s = rgb(colour) if plain else None
    if s is None or c._extgstate.getValue("CA") != 1:
        c.setStrokeColor(colour)
        return
    c._strokeColorObj = colour
    c._code.append(f"{s} RG")


def line_width(c, width: float) -> None:
    """canvas.setLineWidth(width), or nothing when it is the line width already."""
    if c._lineWidth != width:
        c._lineWidth = width
        c._code.append(f"{fp(width)} w")


# -- text -------------------------------------------------------------------------------------


class Encoder:
    """A TrueType font's text as the bytes of its subsets in one document, escaped for a PDF
    string: what reportlab's ``splitString`` and ``escapePDF`` give, as (subset, escaped) pairs."""

    def __init__(self, font, doc) -> None:
        self.font = font
        self.doc = doc
        self.table: dict[int, str] = {}  # code point -> escaped byte, for subset-0 characters
        self.known: set[str] = set()
        self.names: dict[int, str] = {}
        self._seen = 0
        self._refresh()

    def _refresh(self) -> None:
        state = self.font.state.get(self.doc)
        if state is None:
            return
        assignments = state.assignments
        if len(assignments) == self._seen:
            return
        self._seen = len(assignments)
        for code, n in assignments.items():
            if n < 256 and code not in self.table and code != 0xA0:
                self.table[code] = _ESCAPED[n]
                self.known.add(chr(code))

    def encode(self, text: str) -> list[tuple[int, str]]:
        if self.known.issuperset(text):
            return [(0, text.translate(self.table))]
        pieces = self.font.splitString(text, self.doc)
        self._refresh()
        return [(subset, "".join([_ESCAPED[b] for b in data])) for subset, data in pieces]

    def subset_name(self, subset: int) -> str:
        name = self.names.get(subset)
        if name is None:
            name = self.names[subset] = self.font.getSubsetInternalName(subset, self.doc)
        return name


def _escaped(b: int) -> str:
    if b < 32 or b >= 127:
        return f"\\{b:03o}"
    if chr(b) in "\\()":
        return "\\" + chr(b)
    return chr(b)


_ESCAPED = [_escaped(b) for b in range(256)]


def encoder(c, name: str) -> Encoder | None:
    """The canvas's Encoder for font ``name``, or None when it is not a TrueType subset font
    (reportlab's own text path then draws it)."""
    found = getattr(c, "_waymark_encoders", None)
    if found is None:
        found = {}
        c._waymark_encoders = found
    enc = found.get(name, False)
    if enc is False:
        font = pdfmetrics.getFont(name)
        # reportlab shapes only ShapedStr input, never our plain strings, so a TrueType subset
        # font's text is always what splitString gives
        ok = getattr(font, "_dynamicFont", 0) and hasattr(font, "state") and hasattr(font, "splitString")
        enc = found[name] = Encoder(font, c._doc) if ok else None
    return enc


# -- repeated shapes as form XObjects ---------------------------------------------------------

MAX_FORMS = 4_000  # distinct shapes per document; past that, shapes are drawn in place


def place_form(c, key: tuple, x: float, y: float, width: float, height: float, margin: float, draw) -> bool:
    """Draw a shape whose lower-left corner is at (x, y) as a reusable form XObject: the first
    time ``key`` is seen, ``draw(c)`` draws the shape (its colours and line width included) with
    its lower-left corner at the origin into a new form; every time, the form is placed with a
    translation. Returns False, drawing nothing, when the document already has MAX_FORMS forms.

    A form sets its own colours, alphas and line width and the PDF restores the page's after it,
    so the page's state is untouched; the page's alpha is put back to opaque first, as a form
    only sets the alphas that differ from opaque."""
    forms = c.__dict__.setdefault("_waymark_forms", {})
    name = forms.get(key)
    if name is None:
        if len(forms) >= MAX_FORMS:
            return False
        name = f"WaymarkShape{len(forms)}"
        c.beginForm(name, -margin, -margin, width + margin, height + margin)
        draw(c)
        # reportlab gives a form only fonts and procsets as resources; its alphas need their
        # ExtGState entries too (poppler and Acrobat do not look them up in the page)
        resources = pdfdoc.PDFResourceDictionary()
        resources.basicFonts()
        resources.allProcs()
        state = c._extgstate.getState()
        if state:
            resources.ExtGState = state
        c.endForm(Resources=resources)
        forms[key] = name
    if c._extgstate.getValue("ca") != 1:
        c.setFillAlpha(1)
        c._fillColorObj = _UNSET
    if c._extgstate.getValue("CA") != 1:
        c.setStrokeAlpha(1)
        c._strokeColorObj = _UNSET
    c._code.append(f"q 1 0 0 1 {fp(x)} {fp(y)} cm")
    c.doForm(name)
    c._code.append("Q")
    return True


_UNSET = Color(-1, -1, -1)  # a colour no real one equals: the next fill or stroke is written


def colour_key(colour) -> tuple:
    if isinstance(colour, Color):
        return type(colour).__name__, colour.red, colour.green, colour.blue, colour.alpha
    return ("other", repr(colour))
