"""The board's look as Qt objects: app/theme.py's colours as QColor, and the board's fonts.

Board units are pixels at 100% zoom. Colours are calm and high-contrast enough for a
projector; cards keep their own colour, everything else stays neutral.

Two things here follow Preferences at run time: the board palette (light or dark: the canvas,
grid, lane headers and the text on them; ``use_board_palette``) and the card text size
(``set_card_font_size``). Items read them as ``S.NAME`` when they lay out or paint, so a scene
rebuilt after a change (``BoardScene.restyle``) shows the new look. ``INK`` and ``MUTED`` are the
cards' ink and stay dark in both themes; ``BOARD_INK`` and ``BOARD_MUTED`` are the canvas's.
Exports draw inside ``export_look()``: light, at the standard size, whatever the window shows.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import IntEnum
from functools import cache, lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QStaticText

from app import theme as T
from app.theme import (  # noqa: F401  (the board's names for the shared look)
    CARD_FONT_SIZE,
    CARD_FOOTER_H,
    CARD_GAP,
    CARD_MAX_H,
    CARD_MIN_H,
    CARD_PAD,
    CATEGORY_LABELS,
    CELL_PAD,
    CHANNEL_ICONS,
    DEFAULT_CARD_COLORS,
    DEFAULT_STAGE_W,
    DROP_ROOM,
    EMOTION_LANE_H,
    EMPTY_LANE_H,
    EVIDENCE_MARKS,
    FLOW_LANE_H,
    KIND_LABELS,
    LANE_HEADER_W,
    LANE_ICONS,
    LEGEND_H,
    LINE_LABELS,
    METRIC_LANE_H,
    ROLE_LABELS,
    STAGE_HEADER_H,
    lane_icon,
)

INK, MUTED = QColor(T.CARD_INK), QColor(T.CARD_MUTED)  # on cards, in both themes
STANDARD_CARD_FONT_SIZE = CARD_FONT_SIZE
# The board palette's colours (rebound by use_board_palette).
GRID, CANVAS, SURFACE = QColor(T.GRID), QColor(T.CANVAS), QColor(T.WHITE)
HEADER_BG, LANE_HEADER_SELECTED_BG = QColor(T.HEADER_BG), QColor(T.LANE_HEADER_SELECTED_BG)
BOARD_INK, BOARD_MUTED = QColor(T.INK), QColor(T.MUTED)
BAR_BG, SCORE_DOTS, SCORE_ZERO = QColor(T.BAR_BG), QColor(T.SCORE_DOTS), QColor(T.SCORE_ZERO)
STAGE_BG, STAGE_INK = QColor(T.STAGE_BG), QColor(T.STAGE_INK)
SELECTION, FIND_HIT = QColor(T.SELECTION), QColor(T.FIND_HIT)
WHITE, VOTE_BG, FACE_INK = QColor(T.WHITE), QColor(T.VOTE_BG), QColor(T.FACE_INK)
STAGE_NUMBER_INK, STAGE_DESCRIPTION_INK = QColor(T.STAGE_NUMBER_INK), QColor(T.STAGE_DESCRIPTION_INK)
STAGE_GRIP, CURVE_DEFAULT = QColor(T.STAGE_GRIP), QColor(T.CURVE_DEFAULT)
BAR_GOOD, BAR_NEAR, BAR_BAD = QColor(T.BAR_GOOD), QColor(T.BAR_NEAR), QColor(T.BAR_BAD)
HEAT_BAR, HEAT_TRACK, HEAT_INK, HEAT_NOBODY = (QColor(c) for c in (T.HEAT_BAR, T.HEAT_TRACK, T.HEAT_INK, T.HEAT_NOBODY))
FLOW_FORWARD, FLOW_BACKWARD, FLOW_NODE = QColor(T.FLOW_FORWARD), QColor(T.FLOW_BACKWARD), QColor(T.FLOW_NODE)
PILL_FORWARD_INK, PILL_BACKWARD_INK = QColor(T.FLOW_FORWARD_INK), QColor(T.FLOW_BACKWARD_INK)  # on white pills
FLOW_FORWARD_INK, FLOW_BACKWARD_INK = QColor(T.FLOW_FORWARD_INK), QColor(T.FLOW_BACKWARD_INK)  # on the canvas
DATA_BADGE_BG, DATA_BADGE_INK = QColor(T.DATA_BADGE_BG), QColor(T.DATA_BADGE_INK)
LINE_COLORS = {kind: QColor(value) for kind, value in T.LINE_COLORS.items()}
CATEGORY_COLORS = {kind: QColor(value) for kind, value in T.CATEGORY_COLORS.items()}


_ACTIVE: list[T.BoardPalette] = [T.LIGHT_BOARD]


def board_palette() -> T.BoardPalette:
    return _ACTIVE[0]


def use_board_palette(palette: T.BoardPalette) -> None:
    """Make ``palette`` the board's look. Items pick it up when they are next laid out: call
    ``BoardScene.restyle`` on each scene (app/views/appearance.py does, for every window)."""
    global CANVAS, SURFACE, GRID, HEADER_BG, LANE_HEADER_SELECTED_BG, BOARD_INK, BOARD_MUTED
    global BAR_BG, SCORE_DOTS, SCORE_ZERO, FLOW_FORWARD_INK, FLOW_BACKWARD_INK
    _ACTIVE[0] = palette
    CANVAS, SURFACE, GRID = QColor(palette.canvas), QColor(palette.surface), QColor(palette.grid)
    HEADER_BG, LANE_HEADER_SELECTED_BG = QColor(palette.header_bg), QColor(palette.lane_header_selected_bg)
    BOARD_INK, BOARD_MUTED = QColor(palette.ink), QColor(palette.muted)
    BAR_BG, SCORE_DOTS, SCORE_ZERO = QColor(palette.bar_bg), QColor(palette.score_dots), QColor(palette.score_zero)
    FLOW_FORWARD_INK, FLOW_BACKWARD_INK = QColor(palette.flow_forward_ink), QColor(palette.flow_backward_ink)


def set_card_font_size(size: float) -> None:
    """The cards' text size in points (Preferences ▸ board text size); the layout measures with it."""
    global CARD_FONT_SIZE
    CARD_FONT_SIZE = size


@contextmanager
def export_look() -> Iterator[None]:
    """Draw an export inside this: the light board at the standard text size, so a picture looks
    the same whatever the window shows (the PDF has its own, always light, look)."""
    palette, size = board_palette(), CARD_FONT_SIZE
    use_board_palette(T.LIGHT_BOARD)
    set_card_font_size(STANDARD_CARD_FONT_SIZE)
    try:
        yield
    finally:
        use_board_palette(palette)
        set_card_font_size(size)


def ink_on(color: QColor) -> QColor:
    """The text colour on a card of ``color``: the dark ink, or white on a dark custom colour."""
    return QColor(T.ink_on(color.name()))


class Stroke(IntEnum):
    """How an emotion curve's line is drawn, by its variant: as-is solid, to-be dashed, observed
    (suggested from an event log's feedback) dotted. Solid is 0, so it reads as "not dashed"."""

    SOLID = 0
    DASHED = 1
    DOTTED = 2


def stroke_of(variant: str) -> Stroke:
    if variant == "to_be":
        return Stroke.DASHED
    if variant == "observed":
        return Stroke.DOTTED
    return Stroke.SOLID


def pen_style(stroke: Stroke) -> Qt.PenStyle:
    return {Stroke.SOLID: Qt.PenStyle.SolidLine, Stroke.DASHED: Qt.PenStyle.DashLine}.get(stroke, Qt.PenStyle.DotLine)


def card_color(card_color_value: str | None, lane_kind: str, lane_role: str | None) -> QColor:
    return QColor(T.card_color_hex(card_color_value, lane_kind, lane_role))


@lru_cache(maxsize=1)
def load_bundled_fonts() -> str:
    """Register resources/fonts (DejaVu Sans) so the board looks the same on every machine."""
    from PySide6.QtGui import QFontDatabase

    from app.models.paths import resources_dir

    family = "DejaVu Sans"
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            family = (QFontDatabase.applicationFontFamilies(font_id) or [family])[0]
    return family


@cache
def font(size: float = 10.0, bold: bool = False, italic: bool = False) -> QFont:
    """``size`` in points at 96 dpi, set as pixels: board units are pixels, so text must not
    depend on the screen's (or the offscreen export's) logical DPI. The QFont is shared:
    never modify it; copy it (QFont(font(...))) for a one-off variant."""
    f = QFont(load_bundled_fonts())
    f.setPixelSize(max(1, round(size * 96 / 72)))
    f.setBold(bold)
    f.setItalic(italic)
    f.setStyleHint(QFont.StyleHint.SansSerif)
    return f


@cache
def metrics(size: float = 10.0, bold: bool = False) -> QFontMetricsF:
    """Cached metrics of ``font(size, bold)``: paint() and layout measure text all the time."""
    return QFontMetricsF(font(size, bold))


class Label:
    """One line of text laid out once (a QStaticText) and placed where
    ``QPainter.drawText(rect, flags, text)`` would put it, for text that fits the rect (elide
    it first). paint() then only draws the glyphs instead of laying the text out every frame."""

    __slots__ = ("font", "pos", "static")

    def __init__(
        self,
        text: str,
        rect: QRectF,
        flags: Qt.AlignmentFlag,
        size: float,
        bold: bool = False,
        the_font: QFont | None = None,
    ):
        self.font = the_font or font(size, bold)
        fm = metrics(size, bold) if the_font is None else QFontMetricsF(the_font)
        width, height = fm.horizontalAdvance(text), fm.height()
        x, y = rect.left(), rect.top()
        if flags & Qt.AlignmentFlag.AlignHCenter:
            x += (rect.width() - width) / 2
        elif flags & Qt.AlignmentFlag.AlignRight:
            x = rect.right() - width
        if flags & Qt.AlignmentFlag.AlignVCenter:
            y += (rect.height() - height) / 2
        elif flags & Qt.AlignmentFlag.AlignBottom:
            y = rect.bottom() - height
        self.pos = QPointF(x, y)
        self.static = QStaticText(text)
        self.static.setTextFormat(Qt.TextFormat.PlainText)

    def draw(self, painter: QPainter) -> None:
        painter.setFont(self.font)
        painter.drawStaticText(self.pos, self.static)
