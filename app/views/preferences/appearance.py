"""Applying the appearance preferences: light or dark window and board, and the card text size.

Dark is Qt's Fusion style with a dark QPalette (app.theme.DARK_WINDOW), and Qt told the scheme
(QStyleHints.setColorScheme) so standard dialogs follow; the board switches to
app.theme.DARK_BOARD. Theme.SYSTEM follows the desktop's scheme, and follows it again when the
desktop changes. Exports never change: they draw inside ``style.export_look()``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app import theme as T
from app.views.board import style as S
from app.views.preferences import settings as P

_STATE: dict[str, object] = {}  # the platform's own style and palette, and whether we listen


def desktop_is_dark() -> bool:
    """The desktop's own scheme (Qt asks the platform; Unknown counts as light)."""
    hints = QGuiApplication.styleHints()
    hints.unsetColorScheme()  # a scheme we forced earlier would answer for the desktop
    return hints.colorScheme() == Qt.ColorScheme.Dark


def wants_dark(theme: P.Theme) -> bool:
    match theme:
        case P.Theme.DARK:
            return True
        case P.Theme.LIGHT:
            return False
        case P.Theme.SYSTEM:
            return desktop_is_dark()


def is_dark() -> bool:
    """Whether the window is dark now (after apply_appearance)."""
    return S.board_palette() is T.DARK_BOARD


def error_ink() -> str:
    """A message's red on the window's own background, readable in both themes."""
    return T.DARK_WINDOW.error if is_dark() else T.ERROR_INK


def dark_palette() -> QPalette:
    c = T.DARK_WINDOW
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, value in (
        (roles.Window, c.window),
        (roles.WindowText, c.text),
        (roles.Base, c.base),
        (roles.AlternateBase, c.alternate_base),
        (roles.Text, c.text),
        (roles.Button, c.button),
        (roles.ButtonText, c.text),
        (roles.BrightText, "#FFFFFF"),
        (roles.Highlight, c.highlight),
        (roles.HighlightedText, c.highlighted_text),
        (roles.Link, c.link),
        (roles.LinkVisited, c.link),
        (roles.PlaceholderText, c.muted),
        (roles.ToolTipBase, c.tooltip_bg),
        (roles.ToolTipText, c.text),
        (roles.Light, "#3A404A"),
        (roles.Midlight, "#343943"),
        (roles.Mid, "#4A515D"),
        (roles.Dark, "#15181D"),
        (roles.Shadow, "#0B0D10"),
    ):
        palette.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor(c.muted))
    palette.setColor(disabled, roles.Highlight, QColor("#3A404A"))
    return palette


def light_palette() -> QPalette:
    """The platform's palette, with Waymark's muted grey for placeholder text (4.5:1 on white)."""
    palette = QPalette(_STATE["palette"])
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(T.MUTED))
    return palette


def apply_appearance(app: QApplication | None = None) -> bool:
    """Bring the stored theme and text size into effect in every open window; True if dark."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if not isinstance(app, QApplication):
        return False
    if "style" not in _STATE:
        _STATE["style"] = app.style().name()
        _STATE["palette"] = QPalette(app.palette())
        QGuiApplication.styleHints().colorSchemeChanged.connect(_desktop_changed)
    theme = P.theme()
    dark = wants_dark(theme)
    if dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    else:
        app.setStyle(str(_STATE["style"]))
        app.setPalette(light_palette())
    # A forced scheme reaches Qt's own dialogs; System leaves it unset, so the desktop's changes
    # keep arriving (colorSchemeChanged).
    if theme is not P.Theme.SYSTEM:
        QGuiApplication.styleHints().setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    S.use_board_palette(T.DARK_BOARD if dark else T.LIGHT_BOARD)
    S.set_card_font_size(P.TEXT_POINTS[P.text_size()])
    restyle_boards()
    return dark


def _desktop_changed(_scheme: Qt.ColorScheme) -> None:
    if P.theme() is P.Theme.SYSTEM and wants_dark(P.Theme.SYSTEM) != is_dark():
        apply_appearance()


def restyle_boards() -> None:
    """Rebuild every open board from the current look (style.py's palette and text size)."""
    from app.views.windows import WINDOWS

    for window in WINDOWS:
        view = getattr(window, "view", None)
        if view is not None:
            bars = (view.horizontalScrollBar(), view.verticalScrollBar())
            where = [bar.value() for bar in bars]
            restyle_scene(view.board)
            for bar, value in zip(bars, where, strict=True):
                bar.setValue(value)  # the rebuild passes through an empty scene; stay where the user was
            view.viewport().update()


def restyle_scene(scene) -> None:
    """Rebuild a BoardScene's items, keeping its journey and selection: items cache the
    colours and text layout they were made with."""
    scene.setBackgroundBrush(S.CANVAS)
    selected = scene.selected_refs()
    journey_id = scene.journey_id
    scene.show_journey(None)
    scene.show_journey(journey_id)
    scene.select_refs(selected)
