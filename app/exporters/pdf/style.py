"""The board's look (app/theme.py) as reportlab colours, and the PDF's own measures.

Sizes are board units (pixels at 100% zoom); the PDF draws one board unit as 0.75 pt so a
printed map matches the board at 96 dpi.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor

from app import theme as T
from app.i18n import localized, translate
from app.theme import (  # noqa: F401  (the PDF's names for the shared look)
    CARD_FOOTER_H,
    CARD_GAP,
    CARD_MAX_H,
    CARD_MIN_H,
    CARD_PAD,
    CATEGORY_LABELS,
    CELL_PAD,
    CHANNEL_ICONS,
    CURVE_DEFAULT,
    DEFAULT_CARD_COLORS,
    DEFAULT_STAGE_W,
    EMOTION_LANE_H,
    EMPTY_LANE_H,
    EVIDENCE_MARKS,
    KIND_LABELS,
    LANE_HEADER_W,
    LANE_ICONS,
    LINE_LABELS,
    METRIC_LANE_H,
    ROLE_LABELS,
    STAGE_HEADER_H,
    lane_icon,
)

UNIT = 0.75  # pt per board unit
CARD_FONT = 9.5 * 96 / 72  # board font sizes are points at 96 dpi, set as pixels
CARD_LEADING = CARD_FONT * 1.25
SMALL_FONT = 7.5 * 96 / 72

INK, MUTED, GRID, CANVAS = HexColor(T.INK), HexColor(T.MUTED), HexColor(T.GRID), HexColor(T.CANVAS)
HEADER_BG, STAGE_BG, WHITE = HexColor(T.HEADER_BG), HexColor(T.STAGE_BG), HexColor(T.STAGE_INK)
BAR_BG = HexColor(T.BAR_BG)
BAR_GOOD, BAR_NEAR, BAR_BAD = HexColor(T.BAR_GOOD), HexColor(T.BAR_NEAR), HexColor(T.BAR_BAD)
LINE_COLORS = {kind: HexColor(value) for kind, value in T.LINE_COLORS.items()}
CATEGORY_COLORS = {kind: HexColor(value) for kind, value in T.CATEGORY_COLORS.items()}
HEAT_BAR, HEAT_TRACK, HEAT_INK, HEAT_NOBODY = (
    HexColor(c) for c in (T.HEAT_BAR, T.HEAT_TRACK, T.HEAT_INK, T.HEAT_NOBODY)
)
FLOW_FORWARD, FLOW_BACKWARD, FLOW_NODE = HexColor(T.FLOW_FORWARD), HexColor(T.FLOW_BACKWARD), HexColor(T.FLOW_NODE)
FLOW_FORWARD_INK, FLOW_BACKWARD_INK = HexColor(T.FLOW_FORWARD_INK), HexColor(T.FLOW_BACKWARD_INK)  # words: 4.5:1
DATA_BADGE_BG, DATA_BADGE_INK = HexColor(T.DATA_BADGE_BG), HexColor(T.DATA_BADGE_INK)


def card_color(value: str | None, lane_kind: str, lane_role: str | None):
    return HexColor(T.card_color_hex(value, lane_kind, lane_role))


def face_color(score: float):
    return HexColor(T.face_color_hex(score))


def fmt_number(value: float) -> str:
    """ "1,234.5" (German: "1.234,5")."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"
    return localized(text)


def with_unit(value: float, unit: str | None) -> str:
    """A value and its lane's unit: "64%", "4.1/5", but "1,000 cases" (a word gets a space)."""
    unit = unit or ""
    return f"{fmt_number(value)}{' ' if unit[:1].isalpha() else ''}{unit}"


def label(text: str) -> str:
    """One of the board's labels (``KIND_LABELS``, ``ROLE_LABELS``…) as the session's language prints it:
    app.theme marks them for the "Theme" context, which the board shares."""
    return translate("Theme", text)
