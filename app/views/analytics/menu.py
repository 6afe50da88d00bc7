"""The Analytics menu: analyse an event log against the current journey, refresh, map, observe.

The commands are ``AnalyticsLauncher``'s (launch.py), made here as ``window.analytics``. Those
needing stored results are disabled while the journey on the board has none (updated each time
the menu opens); they also say so when triggered another way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.i18n import translate

Act = Callable[..., Any]  # window_menus.build_menus' act(menu, name, text, slot, keys, tip=)
ANALYSE_KEYS = "Ctrl+Shift+A"
NEEDS_RESULTS = ("refresh_analytics", "edit_activity_mapping", "suggest_observed", "remove_analytics")


def build_analytics_menu(window: Any, menu: Any, act: Act) -> None:
    from app.views.analytics.launch import AnalyticsLauncher

    launcher = window.analytics = AnalyticsLauncher(window)
    # The title is set here, with the menu's entries, so its mnemonic is chosen with theirs.
    menu.setTitle(translate("AnalyticsMenu", "&Analytics"))
    act(
        menu,
        "analyse_log",
        translate("AnalyticsMenu", "Analyse Event &Log…"),
        launcher.analyse_log,
        [ANALYSE_KEYS],
        tip=translate(
            "AnalyticsMenu", "Measure the journey on the board against an event log (CSV, TSV, Parquet or XES)"
        ),
    )
    act(
        menu,
        "refresh_analytics",
        translate("AnalyticsMenu", "&Refresh Analytics"),
        launcher.refresh,
        tip=translate("AnalyticsMenu", "Analyse the saved log again with the saved columns and mapping, if it changed"),
    )
    act(
        menu,
        "edit_activity_mapping",
        translate("AnalyticsMenu", "Edit Activity &Mapping…"),
        launcher.edit_mapping,
        tip=translate("AnalyticsMenu", "Change which stage each activity of the log counts toward, and analyse again"),
    )
    menu.addSeparator()
    act(
        menu,
        "suggest_observed",
        translate("AnalyticsMenu", "Suggest &Observed Curve and Quotes…"),
        launcher.suggest_observed,
        tip=translate("AnalyticsMenu", "An observed emotion curve and Quote cards from the log's feedback and ratings"),
    )
    menu.addSeparator()
    act(
        menu,
        "show_analytics",
        translate("AnalyticsMenu", "Show Analytics &Panel"),
        launcher.show_panel,
        tip=translate("AnalyticsMenu", "The funnel and the tables"),
    )
    act(
        menu,
        "remove_analytics",
        translate("AnalyticsMenu", "Remo&ve Analytics"),
        launcher.remove,
        tip=translate("AnalyticsMenu", "Forget the journey's results and delete the lanes they filled (one undo step)"),
    )
    menu.aboutToShow.connect(lambda: update_actions(window))


def update_actions(window: Any) -> None:
    journey = window.analytics.journey()
    analysed = journey is not None and journey.analytics is not None
    for name in NEEDS_RESULTS:  # none has a key, so a stale state until the menu opens is harmless
        window.action(name).setEnabled(analysed and not window.doc.read_only)
    # Analyse Event Log… stays enabled: its key must work whenever a journey appears, and it
    # says why when there is none or the project is read-only
