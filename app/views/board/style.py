"""The board's visual language in one place: sizes, colours, fonts and icons.

Board units are pixels at 100% zoom. Colours are calm and high-contrast enough for a
projector; cards keep their own colour, everything else stays neutral.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QFont

LANE_HEADER_W = 210.0
STAGE_HEADER_H = 64.0
DEFAULT_STAGE_W = 250.0
CELL_PAD = 10.0
CARD_GAP = 8.0
CARD_PAD = 8.0
CARD_MIN_H = 40.0
CARD_MAX_H = 240.0      # longer text is cut with "…"; the whole text is in the inspector
CARD_FOOTER_H = 20.0
EMOTION_LANE_H = 190.0
METRIC_LANE_H = 70.0
EMPTY_LANE_H = 64.0
DROP_ROOM = 12.0        # below the last card of a cell, so there is always a place to drop
LEGEND_H = 22.0

INK = QColor("#1F2430")
MUTED = QColor("#5C6370")
GRID = QColor("#D9DCE3")
CANVAS = QColor("#F6F7F9")
HEADER_BG = QColor("#EEF0F4")
STAGE_BG = QColor("#2F3A4F")
STAGE_INK = QColor("#FFFFFF")
SELECTION = QColor("#2F6FED")
FIND_HIT = QColor("#FFB020")
LINE_COLORS = {"interaction": QColor("#2F6FED"), "visibility": QColor("#C2410C"), "internal": QColor("#6D28D9")}
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
CATEGORY_COLORS = {"peripheral": QColor("#8A6D00"), "external": QColor("#1D6B3A"), "internal": QColor("#7A2E9A")}
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


def card_color(card_color_value: str | None, lane_kind: str, lane_role: str | None) -> QColor:
    if card_color_value:
        return QColor(card_color_value)
    return QColor(DEFAULT_CARD_COLORS.get("touchpoints" if lane_kind == "touchpoints" else lane_role, "#FFF3C4"))


def lane_icon(kind: str, role: str | None) -> str:
    return LANE_ICONS.get(role or "", LANE_ICONS.get(kind, "■"))


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


@lru_cache(maxsize=None)
def font(size: float = 10.0, bold: bool = False) -> QFont:
    """``size`` in points at 96 dpi, set as pixels: board units are pixels, so text must not
    depend on the screen's (or the offscreen export's) logical DPI."""
    f = QFont(load_bundled_fonts())
    f.setPixelSize(max(1, round(size * 96 / 72)))
    f.setBold(bold)
    f.setStyleHint(QFont.StyleHint.SansSerif)
    return f


CARD_FONT_SIZE = 9.5
