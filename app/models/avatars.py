"""What a persona without a photo shows: its initials on a disc of its colour.

The window (Qt) and the PDF (reportlab) both draw that disc; the rules live here, free of
either, so the two cannot drift apart.
"""

from __future__ import annotations

# Relative luminance above which dark text reads better than white (a light persona colour).
LIGHT_BACKGROUND = 0.6


def initials(name: str) -> str:
    """'Anna Berg' -> 'AB', 'marco' -> 'M', '' -> '?'."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    if not words:
        return "?"
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


def luminance(red: float, green: float, blue: float) -> float:
    """Relative luminance of a colour given as 0..1 channels (Rec. 709 weights)."""
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def dark_text_on(hex_color: str) -> bool:
    """Whether initials on ``hex_color`` ("#RRGGBB") are drawn in ink rather than white."""
    value = hex_color.lstrip("#")
    try:
        red, green, blue = (int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        return False
    return luminance(red, green, blue) > LIGHT_BACKGROUND


def initials_size(name: str, side: float) -> float:
    """The initials' font size on a disc ``side`` across (two letters are set a little smaller)."""
    return side * (0.40 if len(initials(name)) < 2 else 0.36)
