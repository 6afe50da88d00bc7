"""Voting mode: the board while the laptop goes round a room, as one object with start and stop.

While it runs, a click on a card places a dot of the current participant's colour, a right-click
or Backspace takes one back, N passes the laptop on, and in tally mode digits then Enter set a
card's count of paper dots; Esc leaves. Every gesture is one voting command
(app/document/voting_commands.py); a refusal ("Anna has no votes left") is said in the banner and
leaves no step. The board is only told which lanes are voted on (the others are dimmed): the
dots come from the document, through the scene's ``VoteMirror``, so undo, redo and a reopened
file all show the same.

The mode catches the board's input with an event filter rather than a flag in the view's own
handlers, so outside voting mode the board is untouched: cards select and edit as always.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent

from app.document import voting_commands as VC
from app.document.document import Document
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import voting as V
from app.models.entities import SessionState, VotingSession
from app.models.errors import WaymarkError
from app.models.refs import CardRef, JourneyRef, SessionRef
from app.views.board.card_item import CardItem
from app.views.board.view import BoardView
from app.views.workshop.voting_banner import VotingBanner

_COMMAND_MODS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): str(n) for n in range(10)}
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_TAKE_BACK = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
HINT = QT_TRANSLATE_NOOP(
    "VotingMode", "Click a card to vote · right-click or Backspace takes a dot back · N: next participant · Esc: leave"
)
MAX_TYPED = 5  # digits of a tally (the rules allow up to 99,999 paper dots)


class VotingMode(QObject):
    changed = Signal()  # entered, left, or the session moved on: menus re-check what is enabled
    revealed = Signal()  # the results may be seen now: the window shows the Results panel

    def __init__(self, doc: Document, view: BoardView, banner: VotingBanner, parent: QObject | None = None):
        super().__init__(parent)
        self.doc, self.view, self.banner = doc, view, banner
        self._viewport = view.viewport()  # kept: the filter must not ask a view being destroyed
        self.ref: SessionRef | None = None
        self.tallying = False
        self.typed = ""  # digits of a tally being typed
        banner.next_clicked.connect(self.next_participant)
        banner.tally_toggled.connect(self.set_tallying)
        banner.reveal_clicked.connect(self.reveal)
        banner.end_clicked.connect(self.end)
        banner.leave_clicked.connect(self.stop)
        doc.session_changed.connect(self._session_changed)
        doc.session_removed.connect(self._session_changed)
        doc.journey_changed.connect(self._journey_changed)
        view.board.synced.connect(self._check_journey)

    # -- start and stop ------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self.ref is not None

    def session(self) -> VotingSession | None:
        if self.ref is None:
            return None
        journey = self.doc.project.journey(self.ref.journey_id)
        return journey.session(self.ref.session_id) if journey is not None else None

    def start(self, ref: SessionRef) -> None:
        """Enter voting mode on an open or revealed session (shown on the cards)."""
        session = self.doc.get(ref)
        if self.ref is None:
            self.view.installEventFilter(self)
            self._viewport.installEventFilter(self)
        self.ref = ref
        self.view.board.votes.set_voting_lanes(frozenset(session.lanes))
        self.banner.show()
        self.banner.say(translate("VotingMode", HINT))
        self._refresh()
        self._show_voted_lanes(session)
        self.view.setFocus()
        self.changed.emit()

    def _show_voted_lanes(self, session: VotingSession) -> None:
        """Scroll the first lane voted on into view: on a projector it is often below the fold."""
        layout = self.view.board.layout
        if layout is None:
            return
        rows = [(y, h) for lane_id, y, h in layout.rows if lane_id in session.lanes]
        if rows:
            top, height = rows[0]
            rect = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
            rect.moveTop(top)
            rect.setHeight(min(rect.height(), sum(h for _y, h in rows)))
            self.view.reveal(rect, horizontal=False)

    def stop(self) -> None:
        if self.ref is None:
            return
        self.ref = None
        self.view.removeEventFilter(self)
        self._viewport.removeEventFilter(self)
        self.view.board.votes.set_voting_lanes(None)
        self.set_tallying(False)
        self.banner.hide()
        self.changed.emit()

    # -- gestures ------------------------------------------------------------------------------

    def _run(self, gesture, *args) -> bool:
        """One voting command; a refusal is said in the banner and records nothing."""
        if self.ref is None:
            return False
        try:
            gesture(self.doc, self.ref, *args)
        except WaymarkError as exc:
            self.banner.say(str(exc), refusal=True)
            return False
        return True

    def vote(self, card: CardRef) -> bool:
        session = self.session()
        if session is None or session.current is None:
            return False
        if self._run(VC.cast_vote, session.current, card):
            self.banner.say(translate("VotingMode", HINT))
            return True
        return False

    def take_back(self, card: CardRef) -> bool:
        session = self.session()
        if session is None or session.current is None:
            return False
        if self._run(VC.take_back_vote, session.current, card):
            self.banner.say(translate("VotingMode", HINT))
            return True
        return False

    def next_participant(self) -> None:
        if self._run(VC.next_participant):
            self.banner.say(translate("VotingMode", HINT))

    def reveal(self) -> None:
        session = self.session()
        if session is not None and self._run(VC.reveal_results):
            self.banner.say(
                translate("VotingMode", "“{session}”: every dot and total is shown, ranked in Voting Results").format(
                    session=session.name
                )
            )
            self.revealed.emit()

    def end(self) -> None:
        self._run(VC.end_voting)  # the session's signal then leaves voting mode

    def set_tallying(self, on: bool) -> None:
        self.tallying = on and self.ref is not None
        self.typed = ""
        if self.banner.tally_button.isChecked() != self.tallying:
            self.banner.tally_button.setChecked(self.tallying)
        if self.ref is not None:
            self.banner.say(
                translate("VotingMode", "Tally: select a card, type its count of paper dots, Enter")
                if self.tallying
                else ""
            )

    def commit_tally(self) -> bool:
        card = self._selected_card()
        if card is None or not self.typed:
            return False
        count, self.typed = int(self.typed), ""
        if self._run(VC.tally, card, count):
            self.banner.say(
                translate("VotingMode", "Tally set to {count}; select another card and type its count").format(
                    count=count
                )
            )
            return True
        return False

    # -- the board's input ---------------------------------------------------------------------

    def _card_at(self, pos: QPoint) -> CardItem | None:
        for item in self.view.items(pos):
            if item.acceptedMouseButtons() == Qt.MouseButton.NoButton:
                continue  # the cell cursor, the drop marker
            return item if isinstance(item, CardItem) else None
        return None

    def _selected_card(self) -> CardRef | None:
        refs = [r for r in self.view.board.selected_refs() if isinstance(r, CardRef)]
        return refs[0] if refs else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self.ref is None:
            return False
        if watched is self._viewport:
            if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
                return self._press(event)  # type: ignore[arg-type]
            if kind == QEvent.Type.ContextMenu:
                return self._card_at(event.pos()) is not None  # type: ignore[attr-defined]
        elif watched is self.view:
            if kind == QEvent.Type.ShortcutOverride and self._owns(event):  # type: ignore[arg-type]
                event.accept()  # Delete and Backspace take a dot back, not delete the card
                return True
            if kind == QEvent.Type.KeyPress:
                return self._key(event)  # type: ignore[arg-type]
        return False

    def _press(self, event: QMouseEvent) -> bool:
        item = self._card_at(event.position().toPoint())
        button = event.button()
        if item is None or button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            return False
        self.view.board.select_refs([item.ref])
        self.view.setFocus()
        if button == Qt.MouseButton.RightButton:
            self.take_back(item.ref)
        elif self.tallying:
            self.typed = ""
            self.banner.say(translate("VotingMode", "Type this card's count of paper dots, then Enter"))
        else:
            self.vote(item.ref)
        return True

    def _owns(self, event: QKeyEvent) -> bool:
        if event.modifiers() & _COMMAND_MODS:
            return False
        key = event.key()
        return (
            key in _TAKE_BACK
            or key in _ENTER
            or key in (Qt.Key.Key_Escape, Qt.Key.Key_N, Qt.Key.Key_F2, Qt.Key.Key_Insert)
            or (self.tallying and key in _DIGITS)
        )

    def _key(self, event: QKeyEvent) -> bool:
        if event.modifiers() & _COMMAND_MODS:
            return False
        key = event.key()
        if self.tallying and key in _DIGITS:
            if len(self.typed) < MAX_TYPED:
                self.typed += _DIGITS[key]
            self.banner.say(
                translate("VotingMode", "Tally: {typed}▏  (Enter sets it, Esc clears)").format(typed=self.typed)
            )
            return True
        if key in _ENTER:
            if self.tallying:
                self.commit_tally()
            elif (card := self._selected_card()) is not None:
                self.vote(card)  # the keyboard's way to vote: Tab to a card, Enter
            return True
        if key in _TAKE_BACK:
            if self.tallying and self.typed:
                self.typed = self.typed[:-1]
                self.banner.say(translate("VotingMode", "Tally: {typed}▏").format(typed=self.typed))
            elif (card := self._selected_card()) is not None:
                self.take_back(card)
            return True
        if key == Qt.Key.Key_Escape:
            if self.tallying:
                self.set_tallying(False)
            else:
                self.stop()
            return True
        if key == Qt.Key.Key_N:
            self.next_participant()
            return True
        if key in (Qt.Key.Key_F2, Qt.Key.Key_Insert):
            return True  # no editing while the laptop goes round
        text = event.text()
        return bool(text and text.isprintable() and not text.isspace())  # typing starts no card

    # -- following the document ----------------------------------------------------------------

    def _session_changed(self, ref: SessionRef) -> None:
        if ref == self.ref:
            self._refresh()

    def _journey_changed(self, ref: JourneyRef) -> None:
        if self.ref is not None and ref.journey_id == self.ref.journey_id:
            self._refresh()

    def _check_journey(self) -> None:
        if self.ref is not None and self.view.journey_id != self.ref.journey_id:
            self.stop()

    def _refresh(self) -> None:
        """The banner from the session; leave when it has ended, gone, or is no longer shown."""
        if self.ref is None:
            return
        session = self.session()
        journey = self.doc.project.journey(self.ref.journey_id)
        if session is None or journey is None or journey.shown_session != session.id:
            self.stop()
            return
        if session.state is SessionState.ENDED:
            self.stop()
            return
        current = session.participant(session.current) if session.current else None
        if session.state is SessionState.OPEN and current is not None:
            left = V.votes_left(session, current.id)
            total = session.votes_per_participant
            said = (
                translate("VotingMode", "{left} of {total} vote left")
                if total == 1
                else translate("VotingMode", "{left} of {total} votes left")
            )
            self.banner.show_turn(current.name, current.color, said.format(left=left, total=total))
        else:
            self.banner.show_state(translate("VotingMode", "Results revealed"), "")
        self.banner.next_button.setEnabled(session.state is SessionState.OPEN)
        self.banner.reveal_button.setEnabled(session.state is SessionState.OPEN)
        self.changed.emit()
