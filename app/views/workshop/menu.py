"""The Workshop menu: one block per workshop tool, in the order a session runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Act = Callable[..., Any]  # window_menus.build_menus' act(menu, name, text, slot, keys, tip=)


def build_workshop_menu(window: Any, menu: Any, act: Act) -> None:
    _presentation(window, menu, act)
    menu.addSeparator()
    _voting(window, menu, act)
    menu.addSeparator()
    _ballots(window, menu, act)
    menu.addSeparator()
    _timer(window, menu, act)
    menu.addSeparator()
    _capture(window, menu, act)


def _presentation(window: Any, menu: Any, act: Act) -> None:
    """Present (F5) — also in the View menu."""


def _voting(window: Any, menu: Any, act: Act) -> None:
    """Start Voting…, Next Participant, Tally, Reveal, End Voting, Sessions."""
    from app.views.workshop.voting_menu import build_voting_menu

    build_voting_menu(window, menu, act)


def _ballots(window: Any, menu: Any, act: Act) -> None:
    """Export ballot workbooks, import filled-in ballots."""


def _timer(window: Any, menu: Any, act: Act) -> None:
    """Timer presets, start/pause (T), +1/+5, stop."""


def _capture(window: Any, menu: Any, act: Act) -> None:
    """Capture bar (Ctrl+L)."""
