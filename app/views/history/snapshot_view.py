"""History ▸ Open Read-Only: a snapshot's journey on a second board, below the current map.

The board is built from a Document the usual way, so it draws exactly what the map drew when
the snapshot was taken. That document is a throwaway: a project holding the current personas
(and a placeholder for any persona deleted since, so the old journey still validates) and only
the snapshot's journey, in a working copy of its own that is never edited and so never offered
for recovery. ``SnapshotDocument.push`` refuses every edit, which the board reports the way it
reports any refused edit (one line) and snaps back; the session is marked read-only so nothing
offers to save it either.

The pane is a dock at the bottom of the window (stages line up with the map above it for
comparing); it can be floated into a window of its own. Closing it closes its document.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from app.document.document import Document
from app.document.support import EditError
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.entities import Journey, Persona, Project, Snapshot
from app.models.snapshots import snapshot_journey
from app.views.board.view import BoardView

READ_ONLY = QT_TRANSLATE_NOOP("SnapshotView", "a snapshot is read-only; restore it to edit it")
# The window's editing keys: on the snapshot's board they would act on the map's board (the
# window routes them there), so this board takes them itself.
EDIT_KEYS = (
    QKeySequence.StandardKey.Delete,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
)
OWN_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.SelectAll, *EDIT_KEYS)
OTHER_EDIT_KEYS = (QKeySequence("Ctrl+D"), QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"))


class SnapshotDocument(Document):
    """A document that shows and never changes: every push is refused."""

    def push(self, command) -> None:
        raise EditError(translate("SnapshotView", READ_ONLY))


class SnapshotBoard(BoardView):
    """The board of a snapshot: no editor opens (it says why instead), Copy and Select All work
    on this board, and the window's other editing keys are answered here, not by the map."""

    def _refuse(self) -> bool:
        self.message.emit(translate("SnapshotView", READ_ONLY))
        return False

    def new_card(self, cell: tuple[str, str] | None, text: str = "") -> bool:
        return self._refuse()

    def edit_ref(self, ref, *, gesture: object | None = None) -> bool:
        return self._refuse()

    def _own(self, event: QKeyEvent) -> bool:
        return any(event.matches(k) for k in OWN_KEYS) or QKeySequence(event.keyCombination()) in OTHER_EDIT_KEYS

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._own(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
        elif self._own(event):
            self._refuse()
        else:
            super().keyPressEvent(event)


def snapshot_project(project: Project, journey: Journey) -> Project:
    """``journey`` alone with the project's personas, plus a placeholder for each it names that
    was deleted since (its emotion curves still draw, under the old id)."""
    known = {p.id for p in project.personas}
    missing = [pid for pid in dict.fromkeys([*journey.persona_ids, *(e.persona for e in journey.emotions)]) if pid]
    placeholders = [Persona(id=pid, name=pid) for pid in missing if pid not in known]
    return project.model_copy(
        update={"personas": [*project.personas, *placeholders], "journeys": [journey]}, deep=False
    )


def snapshot_document(project: Project, snapshot: Snapshot) -> SnapshotDocument:
    journey = snapshot_journey(snapshot)
    doc = SnapshotDocument.new(snapshot_project(project, journey), title=snapshot.name)
    doc.session.read_only = True
    doc.session.read_only_reason = translate("SnapshotView", "it is a snapshot")
    return doc  # type: ignore[return-value]  # new() builds the subclass it is called on


def pane_title(snapshot: Snapshot) -> str:
    return translate("SnapshotView", "{name} — snapshot, read-only").format(name=snapshot.name)


class SnapshotPane(QDockWidget):
    """One snapshot's board; ``restore`` (when given) is what its Restore button asks for."""

    def __init__(
        self, project: Project, journey_id: str, snapshot: Snapshot, parent: QWidget | None = None, restore=None
    ):
        super().__init__(pane_title(snapshot), parent)
        self.journey_id, self.snapshot = journey_id, snapshot
        self.setObjectName(f"snapshot-{journey_id}-{snapshot.id}")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.doc = snapshot_document(project, snapshot)
        self.view = SnapshotBoard(self.doc)
        self.view.show_journey(self.doc.project.journeys[0].id)
        self.view.setAccessibleName(pane_title(snapshot))
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 2, 6, 2)
        self.status = QLabel(translate("SnapshotView", "Read-only: restore the snapshot to edit it."))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        bar.addWidget(self.status, 1)
        fit = QPushButton(translate("SnapshotView", "&Fit"))
        fit.setToolTip(translate("SnapshotView", "Zoom so the whole snapshot fits"))
        fit.clicked.connect(self.view.zoom_fit)
        bar.addWidget(fit)
        if restore is not None:
            self.restore_button = QPushButton(translate("SnapshotView", "&Restore"))
            self.restore_button.setToolTip(translate("SnapshotView", "Replace the journey on the map by this snapshot"))
            self.restore_button.clicked.connect(lambda: restore(journey_id, snapshot.id))
            bar.addWidget(self.restore_button)
        column.addLayout(bar)
        column.addWidget(self.view, 1)
        self.setWidget(body)
        self.view.message.connect(self.status.setText)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_document()
        super().closeEvent(event)

    def close_document(self) -> None:
        if self.doc is not None:
            self.doc.close()
            self.doc = None  # type: ignore[assignment]


def open_snapshot_pane(window: QMainWindow, journey_id: str, snapshot_id: str, restore=None) -> SnapshotPane | None:
    """A pane for the snapshot below the map (the one already open is brought forward)."""
    for pane in window.findChildren(SnapshotPane):
        if pane.journey_id == journey_id and pane.snapshot.id == snapshot_id and pane.doc is not None:
            pane.show()
            pane.raise_()
            return pane
    doc = window.doc  # type: ignore[attr-defined]
    snapshot = next((s for s in doc.journey(journey_id).snapshots if s.id == snapshot_id), None)
    if snapshot is None:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        pane = SnapshotPane(doc.project, journey_id, snapshot, window, restore)
    finally:
        QGuiApplication.restoreOverrideCursor()
    others = [p for p in window.findChildren(SnapshotPane) if p is not pane and p.isVisible() and not p.isFloating()]
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, pane)
    if others:
        window.tabifyDockWidget(others[-1], pane)
    pane.show()
    pane.raise_()
    window.resizeDocks([pane], [max(200, window.height() // 2 - 40)], Qt.Orientation.Vertical)
    return pane
