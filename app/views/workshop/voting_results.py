"""The Results dock: the shown session's cards ranked by their dots, once they may be seen.

Ties share a rank and say so ("2="), as a room reads them; voters are listed by name and count
unless the session is anonymous. A row leads back to its card: clicking it selects the card and
scrolls it into view, so the discussion can start from the top card on the board itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.document.document import Document
from app.models import voting as V
from app.models.refs import CardRef
from app.views.board.view import BoardView

COLUMNS = ("Rank", "Card", "Stage", "Total", "Voters")


def rank_text(rank: V.Ranked) -> str:
    return f"{rank.rank}=" if rank.tied else str(rank.rank)


def voters_text(rank: V.Ranked) -> str:
    return ", ".join(f"{p.name} {n}" if n > 1 else p.name for p, n in rank.voters)


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
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setColumnCount(len(COLUMNS))
        self.table.setHeaderLabels(list(COLUMNS))
        self.table.setWordWrap(True)
        header = self.table.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
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
        self.table.clear()
        if journey is None or session is None:
            self.title.setText("No voting session is shown (Workshop ▸ Show Votes Of).")
            return
        people = f"{len(session.participants)} participant{'s' if len(session.participants) != 1 else ''}"
        if not V.results_visible(session):
            self.title.setText(f"“{session.name}”, {session.date}, {people}: results are hidden until the reveal.")
            return
        self.title.setText(f"“{session.name}”, {session.date}, {people}")
        stages = {s.id: s.name for s in journey.stages}
        for rank in V.ranking(session, journey):
            text = rank.card.text.replace("\n", " ")
            row = QTreeWidgetItem(
                [rank_text(rank), text, stages.get(rank.card.stage, ""), str(rank.total), voters_text(rank)]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, rank.card.id)
            row.setToolTip(1, rank.card.text[:1000])
            row.setTextAlignment(0, Qt.AlignmentFlag.AlignCenter)
            row.setTextAlignment(3, Qt.AlignmentFlag.AlignCenter)
            if rank.rank == 1:
                for column in range(len(COLUMNS)):
                    row.setFont(column, self._bold)
            self.table.addTopLevelItem(row)

    def ranks(self) -> list[tuple[str, str, int]]:
        """(rank, card id, total) of each row, as shown (for tests and the reveal's screenshot)."""
        out = []
        for n in range(self.table.topLevelItemCount()):
            row = self.table.topLevelItem(n)
            if row is None:
                continue
            out.append((row.text(0), row.data(0, Qt.ItemDataRole.UserRole), int(row.text(3))))
        return out

    def _row_clicked(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        card_id = row.data(0, Qt.ItemDataRole.UserRole)
        journey_id = self.view.journey_id
        if not card_id or not journey_id:
            return
        ref = CardRef(journey_id, card_id)
        item = self.view.board.refs.get(ref)
        if item is None:
            return
        self.view.board.select_refs([ref])
        self.view.reveal(item.sceneBoundingRect())
