"""The journeys sidebar: the project's journeys in order, each with the personas it is told for.

The panel mirrors the document: it rebuilds its list from the document's journey and persona
signals (so undo and redo show at once) and never writes the model itself; every action ends
in a command pushed on the undo stack (Insert, Remove, Move or Edit of a journey; an import
or a journey from a template is one macro). ``journey_selected`` tells the window which
journey to show on the board; when the shown journey goes, the selection moves to a neighbour.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QPalette,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.document import commands as C
from app.document.document import Document
from app.document.support import new_id
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import limits as L
from app.models import ownership as O
from app.models.entities import Journey
from app.models.errors import WaymarkError
from app.models.refs import JourneyRef
from app.views.journey_files import JourneyFiles, save_template_support
from app.views.journey_list import JOURNEY_ID, OVERDUE, PERSONAS, STATUS, JourneyDelegate, JourneyList, tool_icon
from app.views.journey_ownership import edit_ownership, mark_reviewed
from app.views.told_for_dialog import ToldForDialog

NEW_NAME = QT_TRANSLATE_NOOP("JourneysPanel", "New journey")
COPY_SUFFIX = QT_TRANSLATE_NOOP("JourneysPanel", " (copy)")


def template_support():
    """(pick_template, journey_from_template) when the template library is installed, else None."""
    try:
        from app.models.library import journey_from_template
        from app.views.template_picker import pick_template
    except ImportError:
        return None
    return pick_template, journey_from_template


def has_content(journey: Journey) -> int:
    """How many things a user wrote into the journey (cards, emotion points, metric values)."""
    return len(journey.cards) + len(journey.emotions) + len(journey.metrics)


def _content_words(journey: Journey) -> str:
    parts = [
        (len(journey.cards), translate("JourneysPanel", "{n} card"), translate("JourneysPanel", "{n} cards")),
        (
            len(journey.emotions),
            translate("JourneysPanel", "{n} emotion point"),
            translate("JourneysPanel", "{n} emotion points"),
        ),
        (
            len(journey.metrics),
            translate("JourneysPanel", "{n} metric value"),
            translate("JourneysPanel", "{n} metric values"),
        ),
    ]
    return ", ".join((one if n == 1 else many).format(n=f"{n:,}") for n, one, many in parts if n)


def _ownership_tip(journey: Journey) -> str:
    """The tooltip's ownership lines: status and owner, the review dates, an overdue review."""
    lines = [
        translate("JourneysPanel", "Status: {status}").format(status=O.status_word(journey.status))
        + (" · " + translate("JourneysPanel", "Owner: {owner}").format(owner=journey.owner) if journey.owner else "")
    ]
    if O.review_overdue(journey):
        lines.append(
            translate("JourneysPanel", "Review was due on {date}").format(date=O.shown_date(journey.review_by))
        )
    elif journey.review_by:
        lines.append(translate("JourneysPanel", "Review by {date}").format(date=O.shown_date(journey.review_by)))
    if journey.last_reviewed:
        lines.append(
            translate("JourneysPanel", "Last reviewed {date}").format(date=O.shown_date(journey.last_reviewed))
        )
    return "\n".join(lines)


def unique_name(wanted: str, taken: set[str]) -> str:
    if wanted not in taken:
        return wanted
    n = 2
    while f"{wanted} {n}" in taken:
        n += 1
    return f"{wanted} {n}"


# -- the panel -------------------------------------------------------------------------------------


class JourneysPanel(JourneyFiles, QWidget):
    journey_selected = Signal(str)  # "" when the project has no journey
    message = Signal(str)  # a line for the window's status bar

    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self._ids: list[str] = []
        self._shown: str | None = None
        self._templates = template_support() is not None  # the template library is optional
        self._user_templates = save_template_support() is not None

        self.list = JourneyList(self)
        self.list.setItemDelegate(JourneyDelegate(self))
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.reorder_requested.connect(self.move_to)
        self.list.delete_requested.connect(self.delete_journey)
        self.list.duplicate_requested.connect(self.duplicate_journey)
        self.list.customContextMenuRequested.connect(self._context_menu)

        self.actions_by_name: dict[str, QAction] = {}
        add = self._add_action
        add(
            "new",
            translate("JourneysPanel", "&New Journey"),
            self.new_journey,
            translate("JourneysPanel", "Add an empty journey to the project"),
        )
        add(
            "new_from_template",
            translate("JourneysPanel", "New Journey from &Template…"),
            self.new_from_template,
            translate("JourneysPanel", "Add a journey made from a template"),
        )
        add(
            "duplicate",
            translate("JourneysPanel", "D&uplicate Journey"),
            self.duplicate_journey,
            translate("JourneysPanel", "Copy the selected journey (Ctrl+D in the list)"),
        )
        add(
            "rename",
            translate("JourneysPanel", "&Rename Journey"),
            self.start_rename,
            translate("JourneysPanel", "Rename the selected journey (F2 in the list)"),
        )
        add(
            "delete",
            translate("JourneysPanel", "&Delete Journey"),
            self.delete_journey,
            translate("JourneysPanel", "Delete the selected journey (Delete in the list)"),
        )
        add(
            "move_up",
            translate("JourneysPanel", "Move &Up"),
            lambda: self.move_by(-1),
            translate("JourneysPanel", "Move the selected journey up"),
        )
        add(
            "move_down",
            translate("JourneysPanel", "Move Do&wn"),
            lambda: self.move_by(1),
            translate("JourneysPanel", "Move the selected journey down"),
        )
        add(
            "told_for",
            translate("JourneysPanel", "Told &For…"),
            self.edit_told_for,
            translate("JourneysPanel", "Choose the personas this journey is told for"),
        )
        add(
            "ownership",
            translate("JourneysPanel", "&Ownership…"),
            self.edit_ownership,
            translate("JourneysPanel", "Owner, status and review dates of the selected journey"),
        )
        add(
            "mark_reviewed",
            translate("JourneysPanel", "Mark Re&viewed Today"),
            self.mark_reviewed,
            translate("JourneysPanel", "Set the selected journey's last-reviewed date to today"),
        )
        add(
            "import",
            translate("JourneysPanel", "&Import Journey…"),
            self.import_journey,
            translate("JourneysPanel", "Add a journey from a Waymark JSON file"),
        )
        add(
            "export",
            translate("JourneysPanel", "&Export Journey…"),
            self.export_journey,
            translate("JourneysPanel", "Save the selected journey as Waymark JSON"),
        )
        add(
            "save_template",
            translate("JourneysPanel", "Save Journey as Te&mplate…"),
            self.save_as_template,
            translate("JourneysPanel", "Keep the selected journey as a template of your own"),
        )

        # A row of small buttons rather than a QToolBar: it never hides buttons behind an
        # overflow arrow when the dock is narrow.
        toolbar = QWidget(self)
        row = QHBoxLayout(toolbar)
        row.setContentsMargins(2, 2, 2, 2)
        row.setSpacing(0)
        self.buttons: dict[str, QToolButton] = {}
        for name in ("new", "duplicate", "delete", "move_up", "move_down"):
            button = QToolButton(toolbar)
            button.setDefaultAction(self.actions_by_name[name])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setAutoRaise(True)
            button.setAccessibleName(self.actions_by_name[name].text().replace("&", ""))
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        more = QToolButton(toolbar)
        more.setToolTip(translate("JourneysPanel", "More journey actions"))
        more.setAccessibleName(more.toolTip())
        more.setAutoRaise(True)
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        more_menu = QMenu(more)
        for name in (
            "new_from_template",
            "rename",
            "told_for",
            "ownership",
            "mark_reviewed",
            None,
            "import",
            "export",
            "save_template",
        ):
            more_menu.addSeparator() if name is None else more_menu.addAction(self.actions_by_name[name])
        more.setMenu(more_menu)
        self.buttons["more"] = more
        row.addWidget(more)
        self.toolbar = toolbar
        self._update_icons()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(toolbar)
        layout.addWidget(self.list, 1)

        for signal in (
            doc.journey_removed,
            doc.journey_changed,
            doc.journey_moved,
            doc.persona_added,
            doc.persona_removed,
            doc.persona_changed,
            doc.persona_moved,
        ):
            signal.connect(self.refresh)
        doc.journey_added.connect(self._journey_added)
        self.refresh()

    def _add_action(self, name: str, text: str, slot, tip: str) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.actions_by_name[name] = action
        return action

    def action(self, name: str) -> QAction:
        return self.actions_by_name[name]

    def _update_icons(self) -> None:
        color = self.palette().color(QPalette.ColorRole.ButtonText)
        for name, button in self.buttons.items():
            icon = tool_icon(name, color)
            if name in self.actions_by_name:
                self.actions_by_name[name].setIcon(icon)
            else:
                button.setIcon(icon)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange) and hasattr(self, "buttons"):
            self._update_icons()  # follow a switch between light and dark
        super().changeEvent(event)

    # -- mirroring the document ----------------------------------------------------------------

    def count(self) -> int:
        return self.list.count()

    def journey_ids(self) -> list[str]:
        return list(self._ids)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(JOURNEY_ID) if item is not None else None

    def item_for(self, journey_id: str) -> QListWidgetItem | None:
        if journey_id in self._ids:
            return self.list.item(self._ids.index(journey_id))
        return None

    def select(self, journey_id: str | None) -> None:
        item = self.item_for(journey_id) if journey_id else None
        if item is not None:
            self.list.setCurrentItem(item)

    def refresh(self, *_args: object) -> None:
        """Rebuild the list from the document, keeping the selection or moving it to a neighbour."""
        current = self.current_id()
        old_row = self._ids.index(current) if current in self._ids else 0
        personas = {p.id: p for p in self.doc.project.personas}
        self.list.blockSignals(True)
        self.list.clear()
        self._ids = []
        for journey in self.doc.project.journeys:
            item = QListWidgetItem(journey.name)
            item.setData(JOURNEY_ID, journey.id)
            told = [personas[p] for p in journey.persona_ids if p in personas]
            item.setData(PERSONAS, [(p.name, p.color) for p in told])
            tip = journey.name + (f"\n{journey.description}" if journey.description else "")
            names = ", ".join(p.name for p in told) if told else translate("JourneysPanel", "no persona")
            tip += "\n" + translate("JourneysPanel", "Told for: {names}").format(names=names)
            tip += "\n" + _ownership_tip(journey)
            item.setData(STATUS, journey.status)
            item.setData(OVERDUE, O.shown_date(journey.review_by) if O.review_overdue(journey) else "")
            item.setToolTip(tip)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
            self.list.addItem(item)
            self._ids.append(journey.id)
        if current in self._ids:
            self.list.setCurrentRow(self._ids.index(current))
        elif self._ids:
            self.list.setCurrentRow(min(old_row, len(self._ids) - 1))
        self.list.blockSignals(False)
        self._current_changed()

    def _journey_added(self, ref: JourneyRef, _index: int) -> None:
        self.refresh()
        self.select(ref.journey_id)  # a new, duplicated, imported or restored journey is shown

    def _current_changed(self, *_args: object) -> None:
        jid = self.current_id()
        self._update_actions()
        if jid != self._shown:
            self._shown = jid
            self.journey_selected.emit(jid or "")

    def _update_actions(self) -> None:
        jid = self.current_id()
        row = self._ids.index(jid) if jid in self._ids else -1
        for name in ("duplicate", "rename", "delete", "told_for", "export", "ownership", "mark_reviewed"):
            self.actions_by_name[name].setEnabled(jid is not None)
        self.actions_by_name["move_up"].setEnabled(row > 0)
        self.actions_by_name["move_down"].setEnabled(0 <= row < len(self._ids) - 1)
        self.actions_by_name["new_from_template"].setEnabled(self._templates)
        self.actions_by_name["save_template"].setEnabled(jid is not None and self._user_templates)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is not None:
            self.list.setCurrentItem(item)
        menu = self.build_menu(QMenu(self))
        menu.exec(self.list.viewport().mapToGlobal(pos))

    def build_menu(self, menu: QMenu) -> QMenu:
        """Fill ``menu`` with the journey actions (the context menu and the window's Journey menu)."""
        groups = (  # Delete last, after a separator: far from the harmless entries
            ("new", "new_from_template", "duplicate"),
            ("rename", "told_for", "ownership", "mark_reviewed"),
            ("move_up", "move_down"),
            ("import", "export", "save_template"),
            ("delete",),
        )
        for n, group in enumerate(groups):
            if n:
                menu.addSeparator()
            for name in group:
                menu.addAction(self.actions_by_name[name])
        return menu

    # -- acting through commands ---------------------------------------------------------------

    def _push(self, command_factory) -> bool:
        try:
            self.doc.push(command_factory())
        except WaymarkError as exc:
            QMessageBox.warning(self, translate("JourneysPanel", "Edit not made"), str(exc))
            return False
        return True

    def _push_all(self, title: str, factories: list[Callable[[], C.Command]]) -> bool:
        """Push several commands as one undo step: all of them, or (at a refusal) none."""
        try:
            self.doc.push(C.Composite(self.doc, title, lambda: (make() for make in factories)))
        except WaymarkError as exc:
            QMessageBox.warning(self, translate("JourneysPanel", "{title} not done").format(title=title), str(exc))
            return False
        return True

    def _taken_ids(self) -> set[str]:
        return {j.id for j in self.doc.project.journeys}

    def new_journey(self) -> str | None:
        from app.models.library import load_template

        blank = load_template("blank").journeys[0]
        name = unique_name(translate("JourneysPanel", NEW_NAME), {j.name for j in self.doc.project.journeys})
        journey = blank.model_copy(update={"id": new_id("journey", self._taken_ids()), "name": name}, deep=True)
        if not self._push(lambda: C.add_journey(self.doc, journey, text=translate("JourneysPanel", "New Journey"))):
            return None
        self.start_rename()
        return journey.id

    def new_from_template(self) -> str | None:
        support = template_support()
        if support is None:
            QMessageBox.information(
                self,
                translate("JourneysPanel", "Templates"),
                translate("JourneysPanel", "The template library is not available in this build."),
            )
            return None
        pick_template, journey_from_template = support
        template_id = pick_template(self.window())
        if not template_id:
            return None
        try:
            journey, personas = journey_from_template(
                template_id, self._taken_ids(), {j.name for j in self.doc.project.journeys}
            )
        except WaymarkError as exc:
            QMessageBox.warning(self, translate("JourneysPanel", "Template not used"), str(exc))
            return None
        if journey.id in self._taken_ids():
            journey = journey.model_copy(update={"id": new_id("journey", self._taken_ids())})
        missing = [p for p in personas if self.doc.project.persona(p.id) is None]
        factories: list[Callable[[], C.Command]] = [lambda p=p: C.add_persona(self.doc, p) for p in missing]
        factories.append(lambda: C.add_journey(self.doc, journey))
        if not self._push_all(translate("JourneysPanel", "New Journey from Template"), factories):
            return None
        return journey.id

    def duplicate_journey(self) -> str | None:
        jid = self.current_id()
        if jid is None:
            return None
        original = self.doc.journey(jid)
        suffix = translate("JourneysPanel", COPY_SUFFIX)
        name = original.name[: L.MAX_NAME - len(suffix)] + suffix
        copy = original.model_copy(update={"id": new_id("journey", self._taken_ids()), "name": name}, deep=True)
        index = self._ids.index(jid) + 1
        if not self._push(
            lambda: C.add_journey(self.doc, copy, index, text=translate("JourneysPanel", "Duplicate Journey"))
        ):
            return None
        return copy.id

    def start_rename(self) -> None:
        item = self.list.currentItem()
        if item is not None and self.list.isVisible():
            self.list.setFocus()
            self.list.editItem(item)

    def rename(self, journey_id: str, name: str) -> bool:
        name = name.strip()
        if journey_id not in self._ids or not name:
            return False
        if name == self.doc.journey(journey_id).name:
            return False
        return self._push(
            lambda: C.Edit(
                self.doc, JourneyRef(journey_id), {"name": name}, text=translate("JourneysPanel", "Rename Journey")
            )
        )

    def delete_journey(self) -> bool:
        jid = self.current_id()
        if jid is None:
            return False
        journey = self.doc.journey(jid)
        if has_content(journey):
            answer = QMessageBox.question(
                self,
                translate("JourneysPanel", "Delete journey"),
                translate(
                    "JourneysPanel",
                    "Delete the journey “{name}” with its {content}?\n\nYou can undo this with Edit ▸ Undo.",
                ).format(name=journey.name, content=_content_words(journey)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self._push(lambda: C.Remove(self.doc, JourneyRef(jid)))

    def move_by(self, step: int) -> bool:
        jid = self.current_id()
        if jid is None:
            return False
        return self.move_to(jid, self._ids.index(jid) + step)

    def move_to(self, journey_id: str, index: int) -> bool:
        if journey_id not in self._ids:
            return False
        index = max(0, min(index, len(self._ids) - 1))
        if index == self._ids.index(journey_id):
            return False
        return self._push(lambda: C.Move(self.doc, JourneyRef(journey_id), index))

    def edit_told_for(self) -> bool:
        jid = self.current_id()
        if jid is None:
            return False
        if not self.doc.project.personas:
            QMessageBox.information(
                self,
                translate("JourneysPanel", "Told for"),
                translate(
                    "JourneysPanel", "This project has no personas yet. Add one with Personas ▸ New Persona… first."
                ),
            )
            return False
        dialog = ToldForDialog(self.doc, jid, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.set_told_for(jid, dialog.chosen())

    def set_told_for(self, journey_id: str, persona_ids: list[str]) -> bool:
        if list(persona_ids) == list(self.doc.journey(journey_id).persona_ids):
            return False
        return self._push(
            lambda: C.Edit(
                self.doc,
                JourneyRef(journey_id),
                {"persona_ids": list(persona_ids)},
                text=translate("JourneysPanel", "Change Journey Personas"),
            )
        )

    def edit_ownership(self) -> bool:
        jid = self.current_id()
        return jid is not None and edit_ownership(self.doc, jid, self)

    def mark_reviewed(self) -> bool:
        jid = self.current_id()
        return jid is not None and self._push_step(lambda: mark_reviewed(self.doc, jid))

    def _push_step(self, step: Callable[[], bool]) -> bool:
        try:
            return step()
        except WaymarkError as exc:
            QMessageBox.warning(self, translate("JourneysPanel", "Edit not made"), str(exc))
            return False
