"""Waymark's visual language, shared by the board, the image export and the PDF.

Plain values only (hex colours, glyphs, labels, sizes in board units = pixels at 100% zoom),
so the exporters can use it without Qt. app/views/board/style.py wraps the colours as
QColor, app/exporters/pdf/style.py as reportlab colours; change the look here, once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP

# Geometry of the board: it lives with the one layout (app/models/map_layout.py).
from app.models.map_layout import (  # noqa: F401  (the layout's sizes are part of the look)
    CARD_FOOTER_H,
    CARD_GAP,
    CARD_MAX_H,
    CARD_MIN_H,
    CARD_PAD,
    CELL_PAD,
    DEFAULT_STAGE_W,
    DROP_ROOM,
    EMOTION_LANE_H,
    EMPTY_LANE_H,
    FLOW_LANE_H,
    LANE_HEADER_W,
    METRIC_LANE_H,
    STAGE_HEADER_H,
)

LEGEND_H = 22.0
CARD_FONT_SIZE = 9.5  # points at 96 dpi; the board sets them as pixels

# Colours.
INK = "#1F2430"
MUTED = "#535A66"  # dark enough for 4.5:1 on every card colour (tests/test_contrast.py)
GRID = "#D9DCE3"
CANVAS = "#F6F7F9"
HEADER_BG = "#EEF0F4"
STAGE_BG = "#2F3A4F"
STAGE_INK = "#FFFFFF"
SELECTION = "#2F6FED"
FIND_HIT = "#FFB020"
CURVE_DEFAULT = "#4B5563"  # the no-persona curve: a neutral slate, no persona's colour
WHITE = "#FFFFFF"
CARD_DEFAULT = "#FFF3C4"  # a card in a lane with no colour of its own
# A refused edit's message (the inspector's red line).
ERROR_INK = "#B42318"
ERROR_BG = "#FEF3F2"
ERROR_BORDER = "#FECDCA"
BAR_BG = "#E3E6EC"
BAR_GOOD, BAR_NEAR, BAR_BAD = "#2E9E5B", "#E0A100", "#D64545"
WHITE = "#FFFFFF"  # faces of cards, lane icons, the editor and previews
VOTE_BG = STAGE_BG  # a card's vote badge
STAGE_NUMBER_INK, STAGE_DESCRIPTION_INK = "#AEB8CC", "#C9D1E0"  # on STAGE_BG
STAGE_GRIP = "#56627A"  # the resize grip at a stage header's right edge
LANE_HEADER_SELECTED_BG = "#DCE6FB"
SCORE_DOTS, SCORE_ZERO = "#C5CAD3", "#9AA1AD"  # an emotion lane's dotted score lines and its zero line
# Analytics on the map: the drop-off heat on the (dark) stage headers, and the flow lane's ribbons
# (forward in the map's blue, loops back against the map's order in a warning orange-red).
HEAT_BAR, HEAT_TRACK, HEAT_INK, HEAT_NOBODY = "#FF7A45", "#46536B", "#FFC2A3", "#FFD166"
FLOW_FORWARD, FLOW_BACKWARD, FLOW_NODE = "#3D7BD9", "#D9480F", "#2F3A4F"
# Their words (counts on white pills, the lane's "forward"/"back" key): darker, for 4.5:1.
FLOW_FORWARD_INK, FLOW_BACKWARD_INK = "#2F67C4", "#B8400D"
DATA_BADGE_BG, DATA_BADGE_INK = "#0F766E", "#FFFFFF"  # "from data" on an analysed lane's header
FACE_INK = INK  # eyes and mouth of an emotion face
# The palette's icons and lists (the palette's and the template picker's).
ICON_NEUTRAL, ICON_EMOTION_BG, ICON_METRIC_BG, ICON_CURVE = "#E3E7EE", "#FDE2E8", "#DCE8FB", "#4F7FD8"
LIST_HOVER, LIST_SELECTED, TEMPLATE_HOVER = "#E6ECF8", "#D5E1FA", "#EEF2FB"
SCROLL_HANDLE, SCROLL_HANDLE_HOVER = "#C5CBD6", "#A9B1C0"
# Messages: a failed export's status line; the persona editor's error box.
ERROR_INK = "#C62828"
ERROR_BOX_INK, ERROR_BOX_BG, ERROR_BOX_BORDER = "#8A1F11", "#FDECEA", "#F2B8B0"
# A new persona gets the first of these no other persona has.
PERSONA_COLORS = ("#4F7FD8", "#D8734F", "#3FA37C", "#9B6AD1", "#D1A23B", "#D45D8C", "#3D9DB3", "#7A8A4A")
LINE_COLORS = {"interaction": "#2F6FED", "visibility": "#C2410C", "internal": "#6D28D9"}
# The touchpoint category pill's text and outline, on any card colour: each at least 4.5:1.
CATEGORY_COLORS = {"peripheral": "#6B5500", "external": "#1A5E33", "internal": "#7A2E9A"}
DEFAULT_CARD_COLORS = {
    "actions": "#FFE08A",
    "thoughts": "#CDE7FF",
    "quotes": "#E8F1FF",
    "pain_points": "#FFC9C2",
    "opportunities": "#C8F0E8",
    "backstage": "#E6E0F5",
    "support": "#EDE7F6",
    "custom": "#FFF3C4",
    None: "#FFF3C4",
    "touchpoints": "#D9F2D0",
}

# Words and glyphs (all present in the bundled DejaVu Sans). The words are English sources,
# marked for the "Theme" context: show them through translate("Theme", ...).
LINE_LABELS = {
    "interaction": QT_TRANSLATE_NOOP("Theme", "Line of interaction"),
    "visibility": QT_TRANSLATE_NOOP("Theme", "Line of visibility"),
    "internal": QT_TRANSLATE_NOOP("Theme", "Line of internal interaction"),
}
CHANNEL_ICONS = {
    "web": "⊕",
    "app": "▣",
    "email": "✉",
    "store": "⌂",
    "phone": "☎",
    "chat": "✎",
    "social": "♥",
    "ad": "★",
    "word_of_mouth": "⇄",
    "mail": "✈",
    "event": "⚑",
}
CATEGORY_LABELS = {
    "peripheral": QT_TRANSLATE_NOOP("Theme", "Peripheral"),
    "external": QT_TRANSLATE_NOOP("Theme", "External"),
    "internal": QT_TRANSLATE_NOOP("Theme", "Internal"),
}
EVIDENCE_MARKS = {
    "observed": ("●", QT_TRANSLATE_NOOP("Theme", "Observed")),
    "assumed": ("◐", QT_TRANSLATE_NOOP("Theme", "Assumed")),
    "proposed": ("○", QT_TRANSLATE_NOOP("Theme", "Proposed")),
}
LANE_ICONS = {
    "actions": "➤",
    "thoughts": "✎",
    "quotes": "❝",
    "pain_points": "⚠",
    "opportunities": "★",
    "backstage": "⚙",
    "support": "⚙",
    "custom": "■",
    "touchpoints": "⊕",
    "emotion": "☺",
    "metric": "▲",
    "flow": "⇶",
}
KIND_LABELS = {
    "cards": QT_TRANSLATE_NOOP("Theme", "Cards"),
    "touchpoints": QT_TRANSLATE_NOOP("Theme", "Touchpoints"),
    "emotion": QT_TRANSLATE_NOOP("Theme", "Emotion curve"),
    "metric": QT_TRANSLATE_NOOP("Theme", "Metric"),
    "flow": QT_TRANSLATE_NOOP("Theme", "Flows between stages"),
}
ROLE_LABELS = {
    "actions": QT_TRANSLATE_NOOP("Theme", "Actions"),
    "thoughts": QT_TRANSLATE_NOOP("Theme", "Thoughts"),
    "quotes": QT_TRANSLATE_NOOP("Theme", "Quotes"),
    "pain_points": QT_TRANSLATE_NOOP("Theme", "Pain points"),
    "opportunities": QT_TRANSLATE_NOOP("Theme", "Opportunities"),
    "backstage": QT_TRANSLATE_NOOP("Theme", "Backstage"),
    "support": QT_TRANSLATE_NOOP("Theme", "Support processes"),
    "custom": QT_TRANSLATE_NOOP("Theme", "Custom"),
}


# Text on cards: the same dark ink in both themes, since cards keep their light colours.
CARD_INK, CARD_MUTED = INK, MUTED


@dataclass(frozen=True)
class BoardPalette:
    """The board's colours around the cards: what a dark theme changes. Cards, stage headers,
    badges, faces and curves keep their colours in both themes; exports always use LIGHT_BOARD."""

    canvas: str  # the board's background and every other lane's band
    surface: str  # the other lanes' band, the frozen strips, icon boxes and legend chips
    grid: str  # the cell rules
    header_bg: str  # the lane header column
    lane_header_selected_bg: str
    ink: str  # text on the canvas and lane headers (lane names, metric values, score labels)
    muted: str  # secondary text there (lane kinds, targets, notes)
    bar_bg: str  # a metric bar's track
    score_dots: str  # an emotion lane's dotted score lines
    score_zero: str  # and its zero line
    flow_forward_ink: str  # a flow lane's "forward" and "back" key, on the canvas
    flow_backward_ink: str


LIGHT_BOARD = BoardPalette(
    canvas=CANVAS,
    surface=WHITE,
    grid=GRID,
    header_bg=HEADER_BG,
    lane_header_selected_bg=LANE_HEADER_SELECTED_BG,
    ink=INK,
    muted=MUTED,
    bar_bg=BAR_BG,
    score_dots=SCORE_DOTS,
    score_zero=SCORE_ZERO,
    flow_forward_ink=FLOW_FORWARD_INK,
    flow_backward_ink=FLOW_BACKWARD_INK,
)
# A dim slate board for dark rooms and dark desktops; the stage headers (STAGE_BG) already are dark.
DARK_BOARD = BoardPalette(
    canvas="#161A21",
    surface="#1C2129",
    grid="#343B48",
    header_bg="#232934",
    lane_header_selected_bg="#2C3B57",
    ink="#E7EAF0",
    muted="#A9B1BE",
    bar_bg="#2C323D",
    score_dots="#4A5263",
    score_zero="#6E7688",
    flow_forward_ink="#8AB4F8",
    flow_backward_ink="#FF9966",
)


@dataclass(frozen=True)
class WindowPalette:
    """The window's own colours in the dark theme (a Fusion QPalette is built from these)."""

    window: str
    base: str
    alternate_base: str
    text: str
    muted: str  # placeholder and disabled text
    button: str
    highlight: str
    highlighted_text: str
    link: str
    error: str  # a message's red on the window's background (ERROR_INK is for light ones)
    tooltip_bg: str


DARK_WINDOW = WindowPalette(
    window="#262A31",
    base="#1E2229",
    alternate_base="#2A2F38",
    text="#E7EAF0",
    muted="#9AA1AD",
    button="#2F343D",
    highlight="#2A63D6",
    highlighted_text="#FFFFFF",
    link="#8AB4F8",
    error="#FF8A80",
    tooltip_bg="#33373F",
)


def relative_luminance(hex_color: str) -> float:
    """WCAG 2.x relative luminance of "#RRGGBB" (sRGB channels linearised)."""
    value = hex_color.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2.x contrast of two colours, 1 to 21; AA asks 4.5 for normal text."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def ink_on(background: str) -> str:
    """CARD_INK, or white where a card colour (one typed in a workbook) is too dark for it."""
    return CARD_INK if contrast_ratio(CARD_INK, background) >= contrast_ratio(WHITE, background) else WHITE


def card_color_hex(value: str | None, lane_kind: str, lane_role: str | None) -> str:
    """A card's own colour, or its lane's default."""
    if value:
        return value
    return DEFAULT_CARD_COLORS.get("touchpoints" if lane_kind == "touchpoints" else lane_role, "#FFF3C4")


def lane_icon(kind: str, role: str | None) -> str:
    return LANE_ICONS.get(role or "", LANE_ICONS.get(kind, "■"))


def face_color_hex(score: float) -> str:
    if score <= -1:
        return "#E5484D"
    if score < 0:
        return "#F59E0B"
    if score < 1:
        return "#FCD34D"
    return "#30A46C"


def curve_colors(persona_colors: Iterable[tuple[str, str]]) -> dict[str | None, str]:
    """Each persona's curve colour (and None's, the no-persona curve), in the project's persona
    order: a persona's own colour unless an earlier curve has it already (two personas left at the
    default blue), then the first of PERSONA_COLORS no curve has, so no two curves look the same."""
    colors: dict[str | None, str] = {None: CURVE_DEFAULT}
    used = {CURVE_DEFAULT.casefold()}
    for persona_id, color in persona_colors:
        if color.casefold() in used:
            color = next((c for c in PERSONA_COLORS if c.casefold() not in used), color)
        used.add(color.casefold())
        colors[persona_id] = color
    return colors


# The keyboard focus: the board's cell cursor and the focus ring of lists and tiles. A warm
# orange, never the blue of a selection, at 3:1 or more (WCAG's non-text contrast) against the
# canvas, a selected list row and every card colour: FOCUS_RING on a light palette, FOCUS_RING_DARK on dark.
FOCUS_RING = "#B85C08"
FOCUS_RING_DARK = "#F5A54A"
