"""The Workshop menu's voting block and what its entries do outside the board's voting mode:
start a session from the dialog, resume one, choose which session the cards show, delete one.

``VotingTools`` is the window's one voting helper (``window.voting``); the pass-the-laptop
gestures themselves are ``VotingMode``'s.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QInputDialog, QMenu

from app.document import voting_commands as VC
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import voting as V
from app.models.entities import SessionState, VotingSession
from app.models.errors import WaymarkError
from app.models.refs import SessionRef
from app.views.workshop.voting_mode import VotingMode
from app.views.workshop.voting_start_dialog import ask_session

NEXT_KEYS = "Ctrl+Shift+N"
OWN_COUNTS = QT_TRANSLATE_NOOP("VotingMenu", "Cards' Own Counts")


class VotingTools(QObject):
    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.doc = window.doc
        self.mode = VotingMode(window.doc, window.view, window.voting_banner, self)
        self.mode.revealed.connect(self.show_results)
        self.mode.changed.connect(self.update_actions)
        for signal in (self.doc.session_added, self.doc.session_removed, self.doc.session_changed):
            signal.connect(self.update_actions)
        self.doc.journey_changed.connect(self.update_actions)
        window.view.board.synced.connect(self.update_actions)

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _shown(self) -> VotingSession | None:
        journey = self.window.view.board.journey()
        return V.shown_session(journey) if journey is not None else None

    def _shown_ref(self) -> SessionRef | None:
        session, journey_id = self._shown(), self.window.view.journey_id
        return SessionRef(journey_id, session.id) if session is not None and journey_id else None

    # -- the menu's entries ----------------------------------------------------------------------

    def start(self) -> None:
        journey = self.window.view.board.journey()
        if journey is None:
            self._say(translate("VotingMenu", "Open a journey to vote on its cards"))
            return
        session = ask_session(journey, self.window)
        if session is None:
            return
        try:
            ref = VC.start_session(self.doc, journey.id, session)
        except WaymarkError as exc:
            self._say(str(exc))
            return
        self.mode.start(ref)

    def resume(self) -> None:
        ref, session = self._shown_ref(), self._shown()
        if ref is not None and session is not None and session.state is not SessionState.ENDED:
            self.mode.start(ref)

    def _on_shown(self, gesture) -> None:
        """Reveal or End Voting: in voting mode through it, else on the session the cards show."""
        ref = self.mode.ref or self._shown_ref()
        if ref is None:
            return
        try:
            gesture(self.doc, ref)
        except WaymarkError as exc:
            self._say(str(exc))
            return
        if gesture is VC.reveal_results:
            self.show_results()

    def reveal(self) -> None:
        if self.mode.active:
            self.mode.reveal()
        else:
            self._on_shown(VC.reveal_results)

    def end(self) -> None:
        self._on_shown(VC.end_voting)

    def next_participant(self) -> None:
        if self.mode.active:
            self.mode.next_participant()

    def toggle_tally(self) -> None:
        if not self.mode.active:
            self.resume()
        self.mode.set_tallying(not self.mode.tallying)

    def show_results(self) -> None:
        """The Results panel, as a tab over the inspector: beside it, it would widen the window."""
        dock, inspector = self.window.results_dock, self.window.inspector_dock
        if dock.isHidden() and not dock.isFloating() and inspector.isVisible():
            self.window.tabifyDockWidget(inspector, dock)
        dock.show()
        dock.raise_()

    def fill_show_menu(self, menu: QMenu) -> None:
        """Show Votes Of ▸ the cards' own counts, or one of the journey's sessions."""
        menu.clear()
        journey = self.window.view.board.journey()
        group = QActionGroup(menu)
        choices: list[tuple[str, str | None]] = [(translate("VotingMenu", OWN_COUNTS), None)]
        if journey is not None:
            choices += [(f"{s.name} ({s.date})", s.id) for s in journey.sessions]
        for text, session_id in choices:
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setChecked(journey is not None and journey.shown_session == session_id)
            action.setEnabled(journey is not None)
            action.triggered.connect(lambda _checked=False, sid=session_id: self.show_session(sid))
            group.addAction(action)
            menu.addAction(action)

    def show_session(self, session_id: str | None) -> None:
        journey_id = self.window.view.journey_id
        if journey_id:
            VC.show_session(self.doc, journey_id, session_id)

    def delete_session(self) -> None:
        journey = self.window.view.board.journey()
        if journey is None or not journey.sessions:
            return
        names = [f"{s.name} ({s.date})" for s in journey.sessions]
        name, ok = QInputDialog.getItem(
            self.window,
            translate("VotingMenu", "Delete Voting Session"),
            translate("VotingMenu", "Session to delete:"),
            names,
            0,
            False,
        )
        if ok and name in names:
            session = journey.sessions[names.index(name)]
            VC.delete_session(self.doc, SessionRef(journey.id, session.id))

    def update_actions(self, *_args: object) -> None:
        session, active = self._shown(), self.mode.active
        journey = self.window.view.board.journey()
        still = session is not None and session.state is not SessionState.ENDED
        enable = {
            "voting_start": journey is not None and not self.doc.read_only,
            "voting_resume": still and not active,
            "voting_next": active and session is not None and session.state is SessionState.OPEN,
            "voting_tally": still,
            "voting_reveal": session is not None and session.state is SessionState.OPEN,
            "voting_end": still,
            "voting_delete": journey is not None and bool(journey.sessions),
        }
        actions = self.window.actions_by_name
        for name, on in enable.items():
            if name in actions:
                actions[name].setEnabled(bool(on))
        if "voting_tally" in actions:
            actions["voting_tally"].setChecked(self.mode.tallying)


def build_voting_menu(window: Any, menu: Any, act: Any) -> VotingTools:
    tools = VotingTools(window)
    window.voting = tools
    act(
        menu,
        "voting_start",
        translate("VotingMenu", "Start &Voting…"),
        tools.start,
        tip=translate("VotingMenu", "Set up a dot-voting round on this journey's cards"),
    )
    act(
        menu,
        "voting_resume",
        translate("VotingMenu", "Res&ume Voting"),
        tools.resume,
        tip=translate("VotingMenu", "Go back to voting on the session the cards show"),
    )
    act(
        menu,
        "voting_next",
        translate("VotingMenu", "&Next Participant"),
        tools.next_participant,
        [NEXT_KEYS],
        tip=translate("VotingMenu", "Pass the laptop on (N)"),
    )
    tally = act(
        menu,
        "voting_tally",
        translate("VotingMenu", "&Tally Paper Dots"),
        tools.toggle_tally,
        tip=translate("VotingMenu", "Select a card, type its count, Enter"),
    )
    tally.setCheckable(True)
    act(
        menu,
        "voting_reveal",
        translate("VotingMenu", "&Reveal Results"),
        tools.reveal,
        tip=translate("VotingMenu", "Show every dot and total; rank the cards"),
    )
    act(
        menu,
        "voting_end",
        translate("VotingMenu", "&End Voting"),
        tools.end,
        tip=translate("VotingMenu", "Close the session; its totals stay on the cards"),
    )
    show = menu.addMenu(translate("VotingMenu", "Show Votes &Of"))
    show.aboutToShow.connect(lambda: tools.fill_show_menu(show))
    act(menu, "voting_delete", translate("VotingMenu", "&Delete Voting Session…"), tools.delete_session)
    menu.addAction(window.results_dock.toggleViewAction())
    tools.update_actions()
    return tools
