"""The Workshop menu: one block per workshop tool, in the order a session runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.i18n import translate

Act = Callable[..., Any]  # window_menus.build_menus' act(menu, name, text, slot, keys, tip=)


def build_workshop_menu(window: Any, menu: Any, act: Act) -> None:
    # The title is set here, with the menu's entries, so its mnemonic is chosen with theirs.
    menu.setTitle(translate("WorkshopMenu", "Wor&kshop"))
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
    """Present (F5) — also in the View menu — and Presenter View; makes ``window.presentation``."""
    from app.views.workshop.present_launch import build_presentation

    build_presentation(window, menu, act)


def _voting(window: Any, menu: Any, act: Act) -> None:
    """Start Voting…, Next Participant, Tally, Reveal, End Voting, Sessions."""
    from app.views.workshop.voting_menu import build_voting_menu

    build_voting_menu(window, menu, act)


def _ballots(window: Any, menu: Any, act: Act) -> None:
    """Export ballot workbooks, import filled-in ballots."""
    from app.views.workshop import ballot_menu

    act(
        menu,
        "export_ballots",
        translate("WorkshopMenu", "Export &Ballot Workbooks…"),
        lambda: ballot_menu.export_ballots(window),
        tip=translate("WorkshopMenu", "A workbook per participant of an open voting session, to vote offline"),
    )
    act(
        menu,
        "import_ballots",
        translate("WorkshopMenu", "&Import Ballots…"),
        lambda: ballot_menu.import_ballots(window),
        tip=translate("WorkshopMenu", "Bring filled-in ballot workbooks into their voting session"),
    )


def _timer(window: Any, menu: Any, act: Act) -> None:
    """Timer presets, start/pause (T), +1/+5, stop."""
    from app.views.workshop.timer_menu import build_timer_menu

    build_timer_menu(window, menu, act)


def _capture(window: Any, menu: Any, act: Act) -> None:
    """Capture bar (Ctrl+L)."""
    bar = window.capture_bar
    tip = translate("WorkshopMenu", "Type cards into the current stage from one line (p: pain point, o: opportunity…)")
    capture = act(menu, "capture_bar", translate("WorkshopMenu", "&Capture Bar"), bar.open, ["Ctrl+L"], tip=tip)
    window.addAction(capture)  # Ctrl+L still works when presenting hides the menu bar
