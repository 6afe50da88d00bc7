"""The window's presentation actions: F5 Present (View and Workshop menus share one action, so
its key is never ambiguous) and Workshop ▸ Presenter View.

The controller is made here, while the menus are built, because the actions need it and the
window exposes it as ``window.presentation`` for the other workshop tools (the timer overlay).
With two screens the presenter view opens on the laptop by itself when presenting starts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QGuiApplication

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.views.workshop import present_geometry as G
from app.views.workshop.presentation import Presentation
from app.views.workshop.presenter_view import PresenterView

PRESENT_KEYS = ["F5"]
PRESENT_TIP = QT_TRANSLATE_NOOP("PresentLaunch", "Present the journey full screen, stage by stage (Esc leaves)")


def present_action(window: Any, menu: Any, act: Any) -> QAction:
    """View ▸ Present (F5): one action, added to the Workshop menu as well."""
    action = act(
        menu,
        "present",
        translate("PresentLaunch", "&Present"),
        lambda: window.presentation.toggle(),
        PRESENT_KEYS,
        tip=translate("PresentLaunch", PRESENT_TIP),
    )
    action.setCheckable(True)
    return action


class PresenterLauncher:
    """Owns the presenter view window: shown on demand (rehearsal, one screen) or, with two
    screens, on the primary screen while the board is on the projector."""

    def __init__(self, window: Any, presentation: Presentation):
        self.window, self.presentation = window, presentation
        self.view: PresenterView | None = None
        self.action: QAction | None = None
        presentation.toggled.connect(self._toggled)

    def set_shown(self, shown: bool) -> None:
        if shown:
            self.show()
        elif self.view is not None:
            self.view.hide()

    def show(self) -> PresenterView:
        if self.view is None:
            self.view = PresenterView(self.presentation, self.window.workshop_timer, self.window)
        self._place(self.view)
        self.view.refresh()
        self.view.show()
        self.view.raise_()
        if self.action is not None:
            self.action.setChecked(True)
        return self.view

    def _place(self, view: PresenterView) -> None:
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        if primary is None or len(screens) < 2:
            return
        placement = G.place_screens([s.geometry() for s in screens], screens.index(primary))
        if placement.presenter is not None:
            area = screens[placement.presenter].availableGeometry()
            view.move(area.topLeft())
            view.resize(min(view.width(), area.width()), min(view.height(), area.height()))

    def _toggled(self, active: bool) -> None:
        if active and len(QGuiApplication.screens()) > 1:
            self.show()
        if self.view is not None and self.view.isVisible():
            self.view.refresh()
            self.view.raise_()  # one screen (a rehearsal): over the full-screen board


def build_presentation(window: Any, menu: Any, act: Any) -> None:
    """Workshop ▸ Present (the View menu's action) and Presenter View; makes window.presentation."""
    window.presentation = Presentation(window, window.view)
    present = window.actions_by_name.get("present") or present_action(window, None, act)
    menu.addAction(present)
    window.presenter = launcher = PresenterLauncher(window, window.presentation)
    shown: QAction = act(
        menu,
        "presenter_view",
        translate("PresentLaunch", "Presenter Vie&w"),
        lambda: launcher.set_shown(shown.isChecked()),
        tip=translate(
            "PresentLaunch",
            "The facilitator's window: stages, timer, notes and the next stage (on the laptop with two screens)",
        ),
    )
    shown.setCheckable(True)
    launcher.action = shown
