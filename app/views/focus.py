"""Where the keyboard is: one focus colour and the style-sheet rules that draw it.

Qt's styles draw a focus rectangle, but Waymark's lists and tiles have style sheets of their
own (``outline: 0``, painted delegates) that drop it; these put a ring back, in the colour of
the board's cell cursor so the keyboard's place looks the same everywhere and never like the
blue of a selection. The colour follows the palette: a lighter orange on a dark window.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from app import theme as T


def dark_palette() -> bool:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def focus_color() -> QColor:
    return QColor(T.FOCUS_RING_DARK if dark_palette() else T.FOCUS_RING)


def focus_ring_style(selector: str) -> str:
    """Style-sheet rules for an item view ``selector`` (say "QListWidget"): its current item,
    while the view has the keyboard, gets a 2 px ring."""
    color = focus_color().name()
    return f"{selector}::item:focus {{ border: 2px solid {color}; }}"
