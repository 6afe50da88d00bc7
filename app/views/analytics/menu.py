"""The Analytics menu: analyse an event log against the current journey, refresh, map, observe."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Act = Callable[..., Any]  # window_menus.build_menus' act(menu, name, text, slot, keys, tip=)


def build_analytics_menu(window: Any, menu: Any, act: Act) -> None:
    """Filled in by the analytics views (Analyse Event Log…, Refresh, Mapping, Panel, Remove)."""
