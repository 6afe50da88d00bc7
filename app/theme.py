"""Waymark's visual language, shared by the board, the image export and the PDF.

Plain values only (hex colours, glyphs, labels, sizes in board units = pixels at 100% zoom),
so the exporters can use it without Qt. app/views/board/style.py wraps the colours as
QColor, app/exporters/pdf/style.py as reportlab colours; change the look here, once.
"""

from __future__ import annotations

from collections.abc import Iterable

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
MUTED = "#5C6370"
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
CATEGORY_COLORS = {"peripheral": "#8A6D00", "external": "#1D6B3A", "internal": "#7A2E9A"}
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

# Words and glyphs (all present in the bundled DejaVu Sans).
LINE_LABELS = {
    "interaction": "Line of interaction",
    "visibility": "Line of visibility",
    "internal": "Line of internal interaction",
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
CATEGORY_LABELS = {"peripheral": "Peripheral", "external": "External", "internal": "Internal"}
EVIDENCE_MARKS = {"observed": ("●", "Observed"), "assumed": ("◐", "Assumed"), "proposed": ("○", "Proposed")}
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
    "cards": "Cards",
    "touchpoints": "Touchpoints",
    "emotion": "Emotion curve",
    "metric": "Metric",
    "flow": "Flows between stages",
}
ROLE_LABELS = {
    "actions": "Actions",
    "thoughts": "Thoughts",
    "quotes": "Quotes",
    "pain_points": "Pain points",
    "opportunities": "Opportunities",
    "backstage": "Backstage",
    "support": "Support processes",
    "custom": "Custom",
}


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
