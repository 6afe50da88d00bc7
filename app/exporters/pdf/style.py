"""The board's look (app/views/board/style.py) as plain values, without Qt.

Sizes are board units (pixels at 100% zoom); the PDF draws one board unit as 0.75 pt so a
printed map matches the board at 96 dpi.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor

UNIT = 0.75   # pt per board unit

LANE_HEADER_W = 210.0
STAGE_HEADER_H = 64.0
DEFAULT_STAGE_W = 250.0
CELL_PAD = 10.0
CARD_GAP = 8.0
CARD_PAD = 8.0
CARD_MIN_H = 40.0
CARD_MAX_H = 240.0
CARD_FOOTER_H = 20.0
EMOTION_LANE_H = 190.0
METRIC_LANE_H = 70.0
EMPTY_LANE_H = 64.0
CARD_FONT = 9.5 * 96 / 72   # board font sizes are points at 96 dpi, set as pixels
CARD_LEADING = CARD_FONT * 1.25
SMALL_FONT = 7.5 * 96 / 72

INK = HexColor("#1F2430")
MUTED = HexColor("#5C6370")
GRID = HexColor("#D9DCE3")
CANVAS = HexColor("#F6F7F9")
HEADER_BG = HexColor("#EEF0F4")
STAGE_BG = HexColor("#2F3A4F")
WHITE = HexColor("#FFFFFF")
BAR_BG = HexColor("#E3E6EC")
BAR_GOOD, BAR_NEAR, BAR_BAD = HexColor("#2E9E5B"), HexColor("#E0A100"), HexColor("#D64545")
CURVE_DEFAULT = "#2F6FED"
LINE_COLORS = {"interaction": HexColor("#2F6FED"), "visibility": HexColor("#C2410C"),
               "internal": HexColor("#6D28D9")}
LINE_LABELS = {"interaction": "Line of interaction", "visibility": "Line of visibility",
               "internal": "Line of internal interaction"}
DEFAULT_CARD_COLORS = {
    "actions": "#FFE08A", "thoughts": "#CDE7FF", "quotes": "#E8F1FF", "pain_points": "#FFC9C2",
    "opportunities": "#C8F0E8", "backstage": "#E6E0F5", "support": "#EDE7F6", "custom": "#FFF3C4",
    None: "#FFF3C4", "touchpoints": "#D9F2D0",
}
CHANNEL_ICONS = {
    "web": "⊕", "app": "▣", "email": "✉", "store": "⌂", "phone": "☎", "chat": "✎", "social": "♥",
    "ad": "★", "word_of_mouth": "⇄", "mail": "✈", "event": "⚑",
}
CATEGORY_LABELS = {"peripheral": "Peripheral", "external": "External", "internal": "Internal"}
CATEGORY_COLORS = {"peripheral": HexColor("#8A6D00"), "external": HexColor("#1D6B3A"),
                   "internal": HexColor("#7A2E9A")}
EVIDENCE_MARKS = {"observed": ("●", "Observed"), "assumed": ("◐", "Assumed"), "proposed": ("○", "Proposed")}
LANE_ICONS = {
    "actions": "➤", "thoughts": "✎", "quotes": "❝", "pain_points": "⚠", "opportunities": "★",
    "backstage": "⚙", "support": "⚙", "custom": "■", "touchpoints": "⊕", "emotion": "☺", "metric": "▲",
}
KIND_LABELS = {"cards": "Cards", "touchpoints": "Touchpoints", "emotion": "Emotion curve", "metric": "Metric"}
ROLE_LABELS = {
    "actions": "Actions", "thoughts": "Thoughts", "quotes": "Quotes", "pain_points": "Pain points",
    "opportunities": "Opportunities", "backstage": "Backstage", "support": "Support processes",
    "custom": "Custom",
}


def card_color(value: str | None, lane_kind: str, lane_role: str | None):
    if value:
        return HexColor(value)
    key = "touchpoints" if lane_kind == "touchpoints" else lane_role
    return HexColor(DEFAULT_CARD_COLORS.get(key, "#FFF3C4"))


def lane_icon(kind: str, role: str | None) -> str:
    return LANE_ICONS.get(role or "", LANE_ICONS.get(kind, "■"))


def face_color(score: float):
    if score <= -1:
        return HexColor("#E5484D")
    if score < 0:
        return HexColor("#F59E0B")
    if score < 1:
        return HexColor("#FCD34D")
    return HexColor("#30A46C")


def fmt_number(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"
