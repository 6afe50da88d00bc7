"""The Results dock: the shown session's cards ranked by their dots, once they may be seen.

Ties share a rank and say so ("2="), as a room reads them; voters are listed by name and count
unless the session is anonymous. The dock is narrow beside a 1280-pixel board, so a row is the
card's text with its stage and voters on a second line, between its rank and its total, rather
than five columns that would cut the text to a word. A row leads back to its card: clicking it selects the card and
scrolls it into view, so the discussion can start from the top card on the board itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.document.document import Document
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import voting as V
from app.models.refs import CardRef
from app.views.board.view import BoardView

COLUMNS = (
    QT_TRANSLATE_NOOP("VotingResults", "Rank"),
    QT_TRANSLATE_NOOP("VotingResults", "Card · stage · voters"),
    QT_TRANSLATE_NOOP("VotingResults", "Total"),
)
RANK, CARD, TOTAL = range(3)


def rank_text(rank: V.Ranked) -> str:
    return f"{rank.rank}=" if rank.tied else str(rank.rank)


def voters_text(rank: V.Ranked, paper: int = 0) -> str:
    """ "Priya, Tom 2", and the dots counted on paper ("5 on paper")."""
    names = [f"{p.name} {n}" if n > 1 else p.name for p, n in rank.voters]
    return ", ".join([*names, translate("VotingResults", "{n} on paper").format(n=paper)] if paper else names)


class ResultsPanel(QWidget):
    def __init__(self, doc: Document, view: BoardView, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc, self.view = doc, view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(translate("VotingResultsA11y", "Voting results"))
        self.table.setHorizontalHeaderLabels([translate("VotingResults", c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CARD, QHeaderView.ResizeMode.Stretch)
        for column in (RANK, TOTAL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Rows are as tall as their wrapped text at the card column's width: measured again when
        # it changes (rows made while the dock was hidden were measured at a wrong width).
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda column, _old, _new: column == CARD and self._relayout.start())
        self.table.itemClicked.connect(self._row_clicked)
        self.table.itemActivated.connect(self._row_clicked)
        layout.addWidget(self.table, 1)
        for signal in (doc.session_changed, doc.session_added, doc.session_removed, doc.journey_changed):
            signal.connect(self.refresh)
        for signal in (doc.card_changed, doc.card_removed, doc.card_added):
            signal.connect(self.refresh)
        view.board.synced.connect(self._journey_shown)
        self._journey_id: str | None = None
        self._bold = self.table.font()
        self._bold.setBold(True)
        self.refresh()

    def _journey_shown(self) -> None:
        if self.view.journey_id != self._journey_id:
            self.refresh()

    def refresh(self, *_args: object) -> None:
        self._journey_id = self.view.journey_id
        journey = self.doc.project.journey(self._journey_id) if self._journey_id else None
        session = V.shown_session(journey) if journey is not None else None
        self.table.setRowCount(0)
        if journey is None or session is None:
            self.title.setText(translate("VotingResults", "No voting session is shown (Workshop ▸ Show Votes Of)."))
            return
        n = len(session.participants)
        people = (
            translate("VotingResults", "{n} participant") if n == 1 else translate("VotingResults", "{n} participants")
        ).format(n=n)
        if not V.results_visible(session):
            self.title.setText(
                translate(
                    "VotingResults", "“{session}”, {date}, {people}: results are hidden until the reveal."
                ).format(session=session.name, date=session.date, people=people)
            )
            return
        self.title.setText(
            translate("VotingResults", "“{session}”, {date}, {people}").format(
                session=session.name, date=session.date, people=people
            )
        )
        stages = {s.id: s.name for s in journey.stages}
        ranked = V.ranking(session, journey)
        self.table.setRowCount(len(ranked))
        top = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        for n, rank in enumerate(ranked):
            text = rank.card.text.replace("\n", " ")
            stage, voters = stages.get(rank.card.stage, ""), voters_text(rank, V.tally_of(session, rank.card.id))
            where = " · ".join(part for part in (stage, voters) if part)
            cells = [
                QTableWidgetItem(rank_text(rank)),
                QTableWidgetItem(f"{text}\n{where}"),
                QTableWidgetItem(str(rank.total)),
            ]
            cells[RANK].setData(Qt.ItemDataRole.UserRole, rank.card.id)
            cells[CARD].setData(Qt.ItemDataRole.UserRole, (text, stage, voters))
            cells[CARD].setToolTip(rank.card.text[:1000])
            cells[RANK].setTextAlignment(top)
            cells[TOTAL].setTextAlignment(top)
            for column, cell in enumerate(cells):
                if rank.rank == 1:
                    cell.setFont(self._bold)
                cell.setData(Qt.ItemDataRole.UserRole + 1, rank.card.id)
                self.table.setItem(n, column, cell)
        self.table.resizeRowsToContents()

    def ranks(self) -> list[tuple[str, str, int]]:
        """(rank, card id, total) of each row, as shown."""
        out = []
        for n in range(self.table.rowCount()):
            rank, total = self.table.item(n, RANK), self.table.item(n, TOTAL)
            if rank is not None and total is not None:
                out.append((rank.text(), rank.data(Qt.ItemDataRole.UserRole), int(total.text())))
        return out

    def _row_clicked(self, cell: QTableWidgetItem) -> None:
        card_id = cell.data(Qt.ItemDataRole.UserRole + 1)
        journey_id = self.view.journey_id
        if not card_id or not journey_id:
            return
        ref = CardRef(journey_id, card_id)
        item = self.view.board.refs.get(ref)
        if item is None:
            return
        self.view.board.select_refs([ref])
        self.view.reveal(item.sceneBoundingRect())
