"""Where the keyboard is: one focus colour and the style-sheet rules that draw it.

Qt's styles draw a focus rectangle, but Waymark's lists and tiles have style sheets of their
own (``outline: 0``, painted delegates) that drop it; these put a ring back, in the colour of
the board's cell cursor so the keyboard's place looks the same everywhere and never like the
blue of a selection. The colour follows the palette: a lighter orange on a dark window.
"""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QMainWindow, QTabBar

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


def draw_focus_ring(painter: QPainter, rect: QRectF, radius: float = 4.0) -> None:
    """The ring a painted item (a delegate's tile or row) draws while it has the keyboard."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(focus_color(), 2.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect, radius, radius)
    painter.restore()


class _DockTabs(QObject):
    """Takes the main window's dock tab bars out of the Tab chain as Qt makes them."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ChildAdded, QEvent.Type.ChildPolished):
            child = event.child() if isinstance(event, QChildEvent) else None
            if isinstance(child, QTabBar):
                child.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return False


def keep_dock_tabs_out_of_tab_chain(window: QMainWindow) -> None:
    """QMainWindow makes a tab bar for tabified docks and keeps one, parked off screen, when all
    but one of them are hidden: Tab then stopped on a widget nobody can see. The docks are
    reached from the View menu (and their tabs by mouse), so their tab bars take no focus."""
    for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    window.installEventFilter(_DockTabs(window))
