"""The History dock: the snapshots of the journey on the board, newest first.

Each row is two lines: the snapshot's name, then when it was taken (local time, in the
session's date order), who took it, why (by hand, before an import, before analytics, before
a restore; also its icon) and how many cards it holds; its note is the tooltip. The panel
mirrors the document — it rebuilds from ``snapshot_added``/``snapshot_removed``, the journey's
own signals and the board's journey — and never writes: Restore, Delete (both undoable, so
neither asks) and Take Snapshot… push commands; Open Read-Only shows the snapshot on a second
board below the map. Keys while the list has the focus: Enter restores, Ctrl+Enter (or Space)
opens read-only, Delete deletes; the same actions are on the buttons and the context menu.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QGuiApplication, QKeyEvent, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.document.document import Document
from app.document.snapshot_commands import REASON_WORDS, delete_snapshot, restore_snapshot
from app.i18n import date_text, grouped, translate
from app.models.entities import Snapshot, SnapshotReason
from app.models.errors import WaymarkError
from app.views.board.view import BoardView
from app.views.history.reason_icons import paint_reason
from app.views.history.take_dialog import TakeSnapshotDialog

SNAPSHOT_ID = Qt.ItemDataRole.UserRole
DETAIL = Qt.ItemDataRole.UserRole + 1

REASON = Qt.ItemDataRole.UserRole + 2
REASONS = {r.value: r for r in SnapshotReason}


def taken_text(taken_at: str) -> str:
    """When, in local time and the session's date order: 2026-12-06 21:30 (06.12.2026 21:30)."""
    try:
        moment = datetime.fromisoformat(taken_at).astimezone()
    except ValueError:
        return taken_at
    day = date_text(f"{moment.year:04d}", f"{moment.month:02d}", f"{moment.day:02d}")
    return f"{day} {moment:%H:%M}"


def cards_text(n: int) -> str:
    one, many = translate("HistoryPanel", "{n} card"), translate("HistoryPanel", "{n} cards")
    return (one if n == 1 else many).format(n=grouped(n))


def detail_text(snapshot: Snapshot) -> str:
    parts = [taken_text(snapshot.taken_at)]
    if snapshot.author:
        parts.append(snapshot.author)
    parts.append(translate("Snapshots", REASON_WORDS[snapshot.reason]))
    parts.append(cards_text(snapshot.cards))
    return " · ".join(parts)


def newest_first(snapshots: list[Snapshot]) -> list[Snapshot]:
    """Newest first; snapshots taken in the same second keep their order of taking, reversed."""
    order = {s.id: n for n, s in enumerate(snapshots)}
    return sorted(snapshots, key=lambda s: (s.taken_at, order[s.id]), reverse=True)


class SnapshotDelegate(QStyledItemDelegate):
    """Two lines: the name in bold, then the details in a muted small font."""

    def _small(self, font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
        return small

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        big = option.fontMetrics.height()
        return QSize(200, big + QFontMetrics(self._small(option.font)).height() + 12)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        ink = opt.palette.color(opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text)
        muted = QColor(ink)
        muted.setAlphaF(0.65)
        rect = opt.rect.adjusted(6, 5, -6, -5)
        painter.save()
        size = 16
        reason = REASONS.get(str(index.data(REASON)))  # stored as the value: Qt hands back a plain str
        if reason is not None:
            paint_reason(painter, QRectF(rect.left(), rect.top() + 2, size, size), reason, muted)
        left = rect.left() + size + 8
        font = QFont(opt.font)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(ink)
        line = painter.fontMetrics().height()
        width = rect.right() - left
        painter.drawText(
            QRect(left, rect.top(), width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, width),
        )
        small = self._small(opt.font)
        painter.setFont(small)
        painter.setPen(muted)
        detail = str(index.data(DETAIL) or "")
        painter.drawText(
            QRect(left, rect.top() + line + 1, width, QFontMetrics(small).height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(small).elidedText(detail, Qt.TextElideMode.ElideRight, width),
        )
        painter.restore()


class SnapshotList(QListWidget):
    """Enter, Ctrl+Enter / Space and Delete act on the snapshot while the list has the focus
    (not on the board: the window's Delete would otherwise take the key)."""

    restore_requested = Signal()
    open_requested = Signal()
    delete_requested = Signal()
    rename_requested = Signal()

    OWN_KEYS = (
        QKeySequence(Qt.Key.Key_F2),
        QKeySequence(Qt.Key.Key_Delete),
        QKeySequence(Qt.Key.Key_Return),
        QKeySequence(Qt.Key.Key_Enter),
        QKeySequence("Ctrl+Return"),
        QKeySequence(Qt.Key.Key_Space),
    )

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) in self.OWN_KEYS
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        sequence = QKeySequence(event.keyCombination())
        if sequence == QKeySequence(Qt.Key.Key_Delete):
            self.delete_requested.emit()
        elif sequence == QKeySequence(Qt.Key.Key_F2):
            self.rename_requested.emit()
        elif sequence in (QKeySequence("Ctrl+Return"), QKeySequence(Qt.Key.Key_Space)):
            self.open_requested.emit()
        elif sequence in (QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)):
            self.restore_requested.emit()
        else:
            super().keyPressEvent(event)


class HistoryPanel(QWidget):
    """The dock's widget. ``open_read_only(journey_id, snapshot_id)`` and ``take`` are the
    window's (they need it: a second board, a dialog); the rest the panel does itself."""

    message = Signal(str)

    def __init__(
        self,
        doc: Document,
        view: BoardView,
        open_read_only: Callable[[str, str], object] | None = None,
        take: Callable[[], object] | None = None,
    ) -> None:
        super().__init__()
        self.doc, self.view = doc, view
        self._open_read_only, self._take = open_read_only, take
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        column.addWidget(self.title)
        self.list = SnapshotList()
        self.list.setItemDelegate(SnapshotDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.setAccessibleName(translate("HistoryPanel", "Snapshots"))
        self.list.setUniformItemSizes(True)
        column.addWidget(self.list, 1)
        self.empty = QLabel(
            translate(
                "HistoryPanel",
                "No snapshots of this journey yet. Take one with Journey ▸ Take Snapshot…; "
                "one is also taken before a workbook import and before analytics are applied.",
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.empty, 1)

        self.actions_by_name: dict[str, QAction] = {}
        self._action("restore", translate("HistoryPanel", "&Restore"), self.restore_current, "Enter")
        self._action("open", translate("HistoryPanel", "&Open Read-Only"), self.open_current, "Ctrl+Enter")
        self._action("delete", translate("HistoryPanel", "&Delete"), self.delete_current, "Delete")
        self._action("rename", translate("HistoryPanel", "Re&name…"), self.rename_current, "F2")
        self.actions_by_name["restore"].setToolTip(
            translate("HistoryPanel", "Replace the journey by this snapshot (a snapshot of it is taken first)")
        )
        self.actions_by_name["open"].setToolTip(
            translate("HistoryPanel", "Show the snapshot on a second, read-only board below the map")
        )
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name in ("restore", "open", "delete"):
            action = self.actions_by_name[name]
            button = QPushButton(action.text())
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
            self.buttons[name] = button
        buttons.addStretch(1)
        self.take_button = QPushButton(translate("HistoryPanel", "&Take…"))
        self.take_button.setToolTip(translate("HistoryPanel", "Take a snapshot of the journey as it is now"))
        self.take_button.clicked.connect(lambda: self._take() if self._take else None)
        buttons.addWidget(self.take_button)
        column.addLayout(buttons)

        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.restore_requested.connect(self.restore_current)
        self.list.open_requested.connect(self.open_current)
        self.list.delete_requested.connect(self.delete_current)
        self.list.rename_requested.connect(self.rename_current)
        self.list.itemDoubleClicked.connect(lambda _item: self.open_current())
        self.list.currentItemChanged.connect(lambda *_: self._update_actions())
        doc.snapshot_added.connect(self._snapshot_added)
        doc.snapshot_removed.connect(self._snapshots_changed)
        doc.snapshot_changed.connect(self._snapshots_changed)
        for signal in (doc.journey_changed, doc.journey_removed, doc.journey_added):
            signal.connect(self._journey_signal)
        doc.file_changed.connect(self._update_actions)
        view.board.synced.connect(self._board_synced)
        self._shown: tuple[str | None, tuple[str, ...]] = (None, ())
        self.refresh()

    def _action(self, name: str, text: str, slot: Callable[[], object], key: str) -> None:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # shown in the menu; the list acts on it
        action.triggered.connect(lambda _checked=False: slot())
        self.actions_by_name[name] = action

    # -- mirroring ------------------------------------------------------------------------------

    def journey_id(self) -> str | None:
        journey_id = self.view.journey_id
        if journey_id is None or self.doc.project.journey(journey_id) is None:
            return None
        return journey_id

    def snapshots(self) -> list[Snapshot]:
        journey_id = self.journey_id()
        return newest_first(list(self.doc.journey(journey_id).snapshots)) if journey_id else []

    def _snapshots_changed(self, ref) -> None:
        if ref.journey_id == self.view.journey_id:
            self.refresh()

    def _snapshot_added(self, ref) -> None:
        """A new snapshot becomes the current row, so Restore or Open acts on what was just taken."""
        if ref.journey_id == self.view.journey_id:
            self.refresh()
            self.select(ref.snapshot_id)

    def _journey_signal(self, ref, *_args) -> None:
        if ref.journey_id == self.view.journey_id:
            self.refresh()

    def _board_synced(self) -> None:
        """The board re-synced: refresh only if it now shows another journey (or other snapshots)."""
        journey_id = self.journey_id()
        ids = tuple(s.id for s in self.doc.journey(journey_id).snapshots) if journey_id else ()
        if (journey_id, ids) != self._shown:
            self.refresh()

    def refresh(self) -> None:
        journey_id = self.journey_id()
        current = self.current_id()
        snapshots = self.snapshots()
        self._shown = (journey_id, tuple(s.id for s in self.doc.journey(journey_id).snapshots) if journey_id else ())
        if journey_id is None:
            self.title.setText(translate("HistoryPanel", "No journey"))
        else:
            name = self.doc.journey(journey_id).name
            if len(snapshots) == 1:
                text = translate("HistoryPanel", "{journey}: {n} snapshot")
            else:
                text = translate("HistoryPanel", "{journey}: {n} snapshots")
            self.title.setText(text.format(journey=name, n=grouped(len(snapshots))))
        self.list.blockSignals(True)
        self.list.clear()
        for snapshot in snapshots:
            item = QListWidgetItem(snapshot.name)
            item.setData(SNAPSHOT_ID, snapshot.id)
            item.setData(DETAIL, detail_text(snapshot))
            item.setData(REASON, snapshot.reason.value)
            tip = f"{snapshot.name}\n{detail_text(snapshot)}"
            if snapshot.note:
                tip += f"\n\n{snapshot.note}"
            item.setToolTip(tip)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{snapshot.name}, {detail_text(snapshot)}")
            self.list.addItem(item)
            if snapshot.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self.list.setVisible(bool(snapshots))
        self.empty.setVisible(journey_id is not None and not snapshots)
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = self.current_id() is not None
        editable = not self.doc.read_only
        enabled = {"restore": chosen and editable, "open": chosen, "delete": chosen and editable}
        for name, on in enabled.items():
            self.actions_by_name[name].setEnabled(on)
            self.buttons[name].setEnabled(on)
        self.actions_by_name["rename"].setEnabled(chosen and editable)
        self.take_button.setEnabled(self.journey_id() is not None and editable and self._take is not None)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(SNAPSHOT_ID)

    def select(self, snapshot_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(SNAPSHOT_ID) == snapshot_id:
                self.list.setCurrentRow(row)
                return

    # -- acting ----------------------------------------------------------------------------------

    def _context_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is not None:
            self.list.setCurrentItem(item)
        menu = QMenu(self)
        for name in ("restore", "open"):
            menu.addAction(self.actions_by_name[name])
        menu.addSeparator()
        menu.addAction(self.actions_by_name["rename"])
        menu.addAction(self.actions_by_name["delete"])
        menu.exec(self.list.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _push(self, make) -> bool:
        try:
            self.doc.push(make())
        except WaymarkError as exc:
            self.message.emit(str(exc))
            return False
        return True

    def restore(self, journey_id: str, snapshot_id: str) -> bool:
        """Restore the snapshot (also what a read-only board's Restore button calls)."""
        if self.doc.read_only:
            return False
        snapshot = next((s for s in self.doc.journey(journey_id).snapshots if s.id == snapshot_id), None)
        if snapshot is None:
            return False
        # A 10,000-card journey takes most of a second to swap and redraw: say that it is busy.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = self._push(lambda: restore_snapshot(self.doc, journey_id, snapshot_id))
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not done:
            return False
        self.message.emit(
            translate("HistoryPanel", "Restored “{name}”; the map before it is kept as a snapshot too").format(
                name=snapshot.name
            )
        )
        return True

    def restore_current(self) -> bool:
        journey_id, snapshot_id = self.journey_id(), self.current_id()
        if journey_id is None or snapshot_id is None:
            return False
        return self.restore(journey_id, snapshot_id)

    def open_current(self) -> None:
        journey_id, snapshot_id = self.journey_id(), self.current_id()
        if journey_id is None or snapshot_id is None or self._open_read_only is None:
            return
        try:
            self._open_read_only(journey_id, snapshot_id)
        except WaymarkError as exc:
            self.message.emit(str(exc))

    def rename_current(self) -> bool:
        """Rename the snapshot or edit its note (the Take Snapshot dialog, filled in): one step."""
        journey_id, snapshot_id = self.journey_id(), self.current_id()
        if journey_id is None or snapshot_id is None or self.doc.read_only:
            return False
        dialog = TakeSnapshotDialog(self.doc, journey_id, self.window(), snapshot_id=snapshot_id)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.select(snapshot_id)
        return accepted

    def delete_current(self) -> bool:
        journey_id, snapshot_id = self.journey_id(), self.current_id()
        if journey_id is None or snapshot_id is None or self.doc.read_only:
            return False
        row = self.list.currentRow()
        if not self._push(lambda: delete_snapshot(self.doc, journey_id, snapshot_id)):
            return False
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        return True
