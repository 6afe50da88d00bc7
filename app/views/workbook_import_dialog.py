"""The preview of a workbook import: every change, grouped, each with a checkbox, and the problems.

The dialog only chooses: ``accepted_changes()`` is what the caller applies (one undo step).
Removals — cards of the covered journeys with no row in the workbook — start unticked, so a
workbook whose rows were filtered or deleted by accident removes nothing unless someone says so.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.importers.xlsx.plan import ChangeKind

# (kind, group heading, its tooltip saying what a change of the kind is), in the "ImportPreview" context
GROUPS = [
    (
        ChangeKind.ADD,
        QT_TRANSLATE_NOOP("ImportPreview", "Added cards"),
        QT_TRANSLATE_NOOP("ImportPreview", "Added cards: each is a new card"),
    ),
    (
        ChangeKind.CHANGE,
        QT_TRANSLATE_NOOP("ImportPreview", "Changed cards"),
        QT_TRANSLATE_NOOP("ImportPreview", "Changed cards: each is a changed card"),
    ),
    (
        ChangeKind.SCORE,
        QT_TRANSLATE_NOOP("ImportPreview", "Scores"),
        QT_TRANSLATE_NOOP("ImportPreview", "Scores: each is an emotion score set or cleared"),
    ),
    (
        ChangeKind.REMOVE,
        QT_TRANSLATE_NOOP("ImportPreview", "Removed — cards with no row in the workbook"),
        QT_TRANSLATE_NOOP(
            "ImportPreview",
            "Removed — cards with no row in the workbook: each is a card with no row in the workbook; ticked, it is deleted",
        ),
    ),
]
INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
ONE_LINE_LIMIT = 300  # characters kept of a value in the list (the tooltip has it all)


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= ONE_LINE_LIMIT else line[: ONE_LINE_LIMIT - 1] + "…"


def describe_field(kind: ChangeKind, name: str, before: str, after: str, *, one_line: bool = True) -> str:
    """``text: "old" → "new"`` for people; ``one_line`` folds line breaks for the list."""
    show = _one_line if one_line else (lambda s: s)
    if kind == ChangeKind.REMOVE:
        return f"{name}: {show(before)}"
    if not before:
        return f"{name}: {show(after)}"
    return f"{name}: {show(before)} → {show(after) if after else translate('ImportPreview', '(empty)')}"


def change_tooltip(change) -> str:
    cell = translate("ImportPreview", "Cell: {cell}").format(cell=change.cell) if change.cell else None
    lines = [change.title, cell or translate("ImportPreview", "No row in the workbook")]
    lines += [describe_field(change.kind, f.name, f.before, f.after, one_line=False) for f in change.fields]
    return "\n".join(lines)


def _count(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (translated texts with ``{n}``) for ``n``."""
    return (one if n == 1 else many).format(n=f"{n:,}")


def _changes(n: int) -> str:
    return _count(n, translate("ImportPreview", "{n} change"), translate("ImportPreview", "{n} changes"))


class ImportPreviewDialog(QDialog):
    def __init__(self, plan, journey_names: dict[str, str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self._checked: set[int] = set()
        self.setWindowTitle(translate("ImportPreview", "Import Workbook — {name}").format(name=plan.workbook))
        self.setSizeGripEnabled(True)
        self.setMinimumSize(560, 380)

        names = journey_names or {}
        covered = [names.get(j, j) for j in plan.journeys]
        intro = QLabel(self._intro_text(covered))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        if covered:
            intro.setToolTip(
                translate("ImportPreview", "Journeys in the workbook: {names}").format(names=", ".join(covered))
            )

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(translate("ImportPreviewA11y", "What the import changes"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [
                translate("ImportPreview", "Change"),
                translate("ImportPreview", "Cell"),
                translate("ImportPreview", "Details"),
            ]
        )
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 440)
        self.tree.setColumnWidth(1, 90)
        self.group_items: dict[str, QTreeWidgetItem] = {}
        self.change_items: list[QTreeWidgetItem] = []
        self._fill()
        self.tree.itemChanged.connect(self._item_changed)

        self.problem_list = QTreeWidget()
        self.problem_list.setAccessibleName(translate("ImportPreviewA11y", "Problems"))
        self.problem_list.setColumnCount(2)
        self.problem_list.setHeaderLabels([translate("ImportPreview", "Cell"), translate("ImportPreview", "Problem")])
        self.problem_list.setRootIsDecorated(False)
        self.problem_list.setUniformRowHeights(True)
        self.problem_list.setAlternatingRowColors(True)
        self.problem_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.problem_list.setColumnWidth(0, 110)
        for problem in plan.problems:
            item = QTreeWidgetItem([problem.cell, _one_line(problem.message)])
            item.setToolTip(0, problem.cell)
            item.setToolTip(1, f"{problem.cell}: {problem.message}")
            self.problem_list.addTopLevelItem(item)
        problems_box = QWidget()
        problems_column = QVBoxLayout(problems_box)
        problems_column.setContentsMargins(0, 6, 0, 0)
        problems = _count(
            len(plan.problems), translate("ImportPreview", "{n} problem"), translate("ImportPreview", "{n} problems")
        )
        self.problems_label = QLabel(
            translate(
                "ImportPreview",
                "<b>{problems}</b> — cells the import could not use (hover over one for the whole message):",
            ).format(problems=problems)
        )
        problems_column.addWidget(self.problems_label)
        problems_column.addWidget(self.problem_list)
        problems_box.setVisible(bool(plan.problems))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.tree)
        splitter.addWidget(problems_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 150])

        self.all_button = QPushButton(translate("ImportPreview", "Select &All"))
        self.all_button.clicked.connect(lambda: self.set_all(True))
        self.none_button = QPushButton(translate("ImportPreview", "Select &None"))
        self.none_button.clicked.connect(lambda: self.set_all(False))
        self.import_button = QPushButton()
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.accept)
        self.cancel_button = QPushButton(translate("ImportPreview", "Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)

        column = QVBoxLayout(self)
        column.setSpacing(10)
        column.addWidget(intro)
        column.addWidget(splitter, 1)
        column.addLayout(buttons)
        self._update_button()
        self.tree.setFocus()

    def sizeHint(self) -> QSize:
        return QSize(980, 640)

    def _intro_text(self, covered: list[str]) -> str:
        plan = self.plan
        changes = _changes(len(plan.changes))
        if covered:
            quoted = translate("ImportPreview", "“{name}”")  # German quotes „…“
            shown = ", ".join(quoted.format(name=_one_line(n)[:40]) for n in covered[:3])
            if len(covered) > 3:
                more = f"{len(covered) - 3:,}"
                shown = translate("ImportPreview", "{names} and {count} more").format(names=shown, count=more)
            text = translate(
                "ImportPreview",
                "<b>{workbook}</b> would make {changes} to {journeys}. "
                "Untick any you do not want; the import is one step you can undo.",
            ).format(workbook=plan.workbook, changes=changes, journeys=shown)
        else:
            text = translate(
                "ImportPreview",
                "<b>{workbook}</b> would make {changes}. Untick any you do not want; the import is one step you can undo.",
            ).format(workbook=plan.workbook, changes=changes)
        removals = plan.count(ChangeKind.REMOVE)
        if removals:
            removed = (
                translate(
                    "ImportPreview",
                    "{n} card has no row in the workbook; they are kept unless you tick them under <i>Removed</i>.",
                )
                if removals == 1
                else translate(
                    "ImportPreview",
                    "{n} cards have no row in the workbook; they are kept unless you tick them under <i>Removed</i>.",
                )
            )
            text += "<br>" + removed.format(n=f"{removals:,}")
        return text

    # -- the list ---------------------------------------------------------------------------------

    def _fill(self) -> None:
        bold = QFont(self.tree.font())
        bold.setBold(True)
        by_kind: dict[ChangeKind, list[int]] = {}
        for index, change in enumerate(self.plan.changes):
            by_kind.setdefault(change.kind, []).append(index)
        for kind, heading, meaning in GROUPS:
            heading, meaning = translate("ImportPreview", heading), translate("ImportPreview", meaning)
            indexes = by_kind.get(kind)
            if not indexes:
                continue
            group = QTreeWidgetItem([f"{heading} ({len(indexes):,})"])
            group.setFont(0, bold)
            group.setToolTip(0, meaning)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            self.group_items[kind] = group
            children = []
            for index in indexes:
                change = self.plan.changes[index]
                details = "; ".join(describe_field(kind, f.name, f.before, f.after) for f in change.fields)
                item = QTreeWidgetItem([change.title, change.cell or "—", details])
                item.setData(0, INDEX_ROLE, index)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                )
                on = kind != ChangeKind.REMOVE
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                if on:
                    self._checked.add(index)
                tip = change_tooltip(change)
                for col in range(3):
                    item.setToolTip(col, tip)
                children.append(item)
                self.change_items.append(item)
            group.addChildren(children)
            group.setExpanded(True)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        index = item.data(0, INDEX_ROLE)
        if index is None or column != 0:
            return
        if item.checkState(0) == Qt.CheckState.Checked:
            self._checked.add(index)
        else:
            self._checked.discard(index)
        self._update_button()

    def _update_button(self) -> None:
        n = len(self._checked)
        text = (
            translate("ImportPreview", "&Import {n} change")
            if n == 1
            else translate("ImportPreview", "&Import {n} changes")
        )
        self.import_button.setText(text.format(n=f"{n:,}"))
        self.import_button.setEnabled(n > 0)

    def set_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for group in self.group_items.values():
            group.setCheckState(0, state)

    def set_checked(self, index: int, on: bool) -> None:
        """Tick or untick the change ``plan.changes[index]`` (as a click would)."""
        for item in self.change_items:
            if item.data(0, INDEX_ROLE) == index:
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def accepted_changes(self) -> list:
        """The ticked changes, in plan order."""
        return [change for i, change in enumerate(self.plan.changes) if i in self._checked]
