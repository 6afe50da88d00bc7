"""The main window's menus, toolbar and keys: one table of every action, its name, text and keys.

Each action is kept in ``window.actions_by_name`` under a stable name ("save", "zoom_in",
"journey_rename"…) so tests, the toolbar and the window's own state changes find it there.
The slots are the window's and its helpers' (the board view, the journeys panel, the export
and persona launchers); nothing here holds state of its own.

Cut, Copy, Paste, Duplicate, Delete and Select All act on whatever has the focus: a text field
edits its text, the journeys list its journeys, otherwise the board its selection
(:func:`route_edit`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QToolBar

from app.views.a11y import describe_toolbar
from app.views.analytics.menu import build_analytics_menu
from app.views.icons import painted_icon
from app.views.windows import quit_all
from app.views.workshop.menu import build_workshop_menu
from app.views.workshop.present_launch import present_action

# The toolbar's actions, in groups, and the theme icon of each (painted when the theme has none).
TOOLBAR = (("undo", "redo"), ("zoom_out", "zoom_in", "zoom_fit", "zoom_reset"), ("find",))
ICONS = {
    "undo": "edit-undo",
    "redo": "edit-redo",
    "zoom_in": "zoom-in",
    "zoom_out": "zoom-out",
    "zoom_fit": "zoom-fit-best",
    "zoom_reset": "zoom-original",
    "find": "edit-find",
}


class EditCommand(enum.Enum):
    """An Edit menu command whose target depends on the focus."""

    CUT = "cut"
    COPY = "copy"
    PASTE = "paste"
    DUPLICATE = "duplicate"
    DELETE = "delete"
    SELECT_ALL = "select_all"


def bindings(standard: QKeySequence.StandardKey, *extra: str) -> list[QKeySequence]:
    """The platform's keys for ``standard``, plus ``extra`` where the platform has none or
    where a common alternative is missing (Ctrl+= for Zoom In on keyboards without a + key)."""
    keys = list(QKeySequence.keyBindings(standard))
    for text in extra:
        sequence = QKeySequence(text)
        if sequence not in keys:
            keys.append(sequence)
    return keys


ADD_STAGE_KEYS, ADD_STAGE_TIP = "Ctrl+Shift+T", "Add a stage after the cell cursor's stage and name it"
ADD_LANE_KEYS, ADD_LANE_TIP = "Ctrl+Shift+L", "Add a cards lane below the cell cursor's lane and name it"


def delete_keys() -> list[QKeySequence]:
    """The platform's Delete keys without Ctrl+D: X11 and KDE bind Ctrl+D to Delete, which
    made Duplicate's Ctrl+D an "ambiguous shortcut" that did nothing."""
    ctrl_d = QKeySequence("Ctrl+D")
    return [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Delete) if k != ctrl_d] or [
        QKeySequence("Del")
    ]


def add_action(window, menu, name: str, text: str, slot: Callable[[], object], keys=None, *, tip=None) -> QAction:
    """A new action of ``window`` in ``menu`` (None: in no menu), kept under ``name``."""
    action = QAction(text, window)
    if isinstance(keys, QKeySequence.StandardKey):
        action.setShortcuts(QKeySequence.keyBindings(keys))
    elif keys:
        action.setShortcuts([QKeySequence(k) if isinstance(k, str) else k for k in keys])
    if tip:
        action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    if menu is not None:
        menu.addAction(action)
    window.actions_by_name[name] = action
    return action


def build_menus(window) -> None:
    """File, Edit, View, Journey, Personas and Help; sets ``window.recent_menu``, ``view_menu``,
    ``journey_menu`` and ``persona_menu``."""
    keys = QKeySequence.StandardKey
    bar = window.menuBar()

    def act(menu, name, text, slot, shortcut=None, *, tip=None):
        return add_action(window, menu, name, text, slot, shortcut, tip=tip)

    file_menu = bar.addMenu("&File")
    act(file_menu, "new", "&New", window.new_project, keys.New)
    act(file_menu, "open", "&Open…", window.open_project, keys.Open)
    window.recent_menu = file_menu.addMenu("Open &Recent")
    window.recent_menu.aboutToShow.connect(window.fill_recent_menu)
    file_menu.addSeparator()
    act(file_menu, "save", "&Save", window.save, keys.Save)
    act(file_menu, "save_as", "Save &As…", window.save_as, bindings(keys.SaveAs, "Ctrl+Shift+S"))
    act(file_menu, "revert", "Re&vert", window.revert)
    act(
        file_menu,
        "project_properties",
        "Projec&t Properties…",
        window.edit_project_properties,
        tip="The project's name, author or organisation, and description",
    )
    file_menu.addSeparator()
    exports = window.exports
    act(
        file_menu,
        "export_image",
        "&Export Image…",
        exports.export_image,
        ["Ctrl+Shift+E"],
        tip="Save the current journey's board as a PNG or SVG picture",
    )
    act(
        file_menu,
        "export_pdf",
        "Export &PDF…",
        exports.export_pdf,
        ["Ctrl+Shift+P"],
        tip="Save the journeys as a PDF to print, share or pin on a wall",
    )
    act(
        file_menu,
        "export_workbook",
        "Export &Workbook…",
        exports.export_workbook,
        tip="Save the journeys as an Excel workbook for a workshop",
    )
    act(
        file_menu,
        "import_workbook",
        "&Import Workbook…",
        exports.import_workbook,
        tip="Bring the cards and scores edited in a workshop workbook back in",
    )
    file_menu.addSeparator()
    act(file_menu, "close", "&Close", window.close, keys.Close)
    act(file_menu, "quit", "&Quit", quit_all, bindings(keys.Quit, "Ctrl+Q")).setMenuRole(QAction.MenuRole.QuitRole)

    edit_menu = bar.addMenu("&Edit")
    undo = window.doc.undo_stack.createUndoAction(window, "&Undo")
    undo.setShortcuts(QKeySequence.keyBindings(keys.Undo))
    redo = window.doc.undo_stack.createRedoAction(window, "&Redo")
    # Ctrl+Y as well as the platform's Redo (Ctrl+Shift+Z on Linux has no Ctrl+Y).
    redo.setShortcuts(bindings(keys.Redo, "Ctrl+Shift+Z", "Ctrl+Y"))
    window.actions_by_name.update(undo=undo, redo=redo)
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    for command, text, shortcut in (
        (EditCommand.CUT, "Cu&t", keys.Cut),
        (EditCommand.COPY, "&Copy", keys.Copy),
        (EditCommand.PASTE, "&Paste", keys.Paste),
        (EditCommand.DUPLICATE, "D&uplicate", ["Ctrl+D"]),
        (EditCommand.DELETE, "&Delete", delete_keys()),
    ):
        act(edit_menu, command.value, text, lambda c=command: route_edit(window, c), shortcut)
    edit_menu.addSeparator()
    select_all = EditCommand.SELECT_ALL
    act(edit_menu, select_all.value, "Select &All", lambda: route_edit(window, select_all), keys.SelectAll)
    edit_menu.addSeparator()
    find_bar = window.find_bar
    act(edit_menu, "find", "&Find…", find_bar.open, keys.Find)
    act(edit_menu, "find_next", "Find &Next", find_bar.find_next, bindings(keys.FindNext, "F3"))
    act(
        edit_menu,
        "find_previous",
        "Find Pre&vious",
        lambda: find_bar.find_next(backward=True),
        bindings(keys.FindPrevious, "Shift+F3"),
    )

    view_menu = bar.addMenu("&View")
    view = window.view
    act(view_menu, "zoom_in", "Zoom &In", view.zoom_in, bindings(keys.ZoomIn, "Ctrl+="))
    act(view_menu, "zoom_out", "Zoom &Out", view.zoom_out, bindings(keys.ZoomOut, "Ctrl+-"))
    act(
        view_menu,
        "zoom_fit",
        "&Fit to Window",
        view.zoom_fit,
        ["Ctrl+9"],
        tip="Zoom so the whole journey fits in the window",
    )
    act(view_menu, "zoom_reset", "&Actual Size", view.zoom_reset, ["Ctrl+0"])
    view_menu.addSeparator()
    full = act(view_menu, "full_screen", "F&ull Screen", window.toggle_full_screen, bindings(keys.FullScreen, "F11"))
    full.setCheckable(True)
    present_action(window, view_menu, act)
    view_menu.addSeparator()
    for dock in (window.journeys_dock, window.palette_dock, window.inspector_dock, window.analytics_dock):
        view_menu.addAction(dock.toggleViewAction())
    window.view_menu = view_menu

    journey_menu = bar.addMenu("&Journey")
    window.journeys.build_menu(journey_menu)
    for name, action in window.journeys.actions_by_name.items():
        window.actions_by_name[f"journey_{name}"] = action
    journey_menu.addSeparator()
    act(journey_menu, "add_stage", "Add &Stage", view.add_stage, [ADD_STAGE_KEYS], tip=ADD_STAGE_TIP)
    act(journey_menu, "add_lane", "Add &Lane", view.add_lane, [ADD_LANE_KEYS], tip=ADD_LANE_TIP)
    window.journey_menu = journey_menu

    analytics_menu = bar.addMenu("&Analytics")
    build_analytics_menu(window, analytics_menu, act)
    window.analytics_menu = analytics_menu

    persona_menu = bar.addMenu("&Personas")
    act(
        persona_menu,
        "manage_personas",
        "&Manage Personas…",
        window.personas.manage,
        tip="Show the project's personas as cards; edit, add and delete them",
    )
    act(persona_menu, "new_persona", "&New Persona…", window.personas.new, tip="Add a persona to the project")
    window.persona_menu = persona_menu

    workshop_menu = bar.addMenu("Wor&kshop")
    build_workshop_menu(window, workshop_menu, act)
    window.workshop_menu = workshop_menu

    help_menu = bar.addMenu("&Help")
    act(help_menu, "shortcuts", "&Keyboard Shortcuts", window.show_shortcuts, bindings(keys.HelpContents, "F1"))
    help_menu.addSeparator()
    act(help_menu, "about", "&About Waymark", window.about).setMenuRole(QAction.MenuRole.AboutRole)


def build_toolbar(window) -> QToolBar:
    toolbar = QToolBar("Toolbar", window)
    toolbar.setObjectName("toolbar")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(24, 24))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    for names in TOOLBAR:
        for name in names:
            toolbar.addAction(window.action(name))
        toolbar.addSeparator()
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    describe_toolbar(toolbar)  # each icon's key, for its tooltip and a screen reader
    window.view_menu.addAction(toolbar.toggleViewAction())
    return toolbar


def update_icons(window) -> None:
    """The toolbar's icons, painted in the palette's text colour (again after a light/dark switch)."""
    color = window.palette().color(QPalette.ColorRole.ButtonText)
    for action_name, icon_name in ICONS.items():
        window.action(action_name).setIcon(QIcon.fromTheme(icon_name, painted_icon(icon_name, color)))


def route_edit(window, command: EditCommand) -> None:
    """Send ``command`` to what has the focus: a text field, the journeys list, or the board."""
    focus = QApplication.focusWidget()
    if focus is window.journeys.list and command in (EditCommand.DELETE, EditCommand.DUPLICATE):
        if command is EditCommand.DELETE:
            window.journeys.delete_journey()
        else:
            window.journeys.duplicate_journey()
        return
    if isinstance(focus, (QLineEdit, QTextEdit, QPlainTextEdit)) and command is not EditCommand.DUPLICATE:
        _edit_text(focus, command)
        return
    view = window.view
    match command:
        case EditCommand.CUT:
            view.cut()
        case EditCommand.COPY:
            view.copy()
        case EditCommand.PASTE:
            view.paste()
        case EditCommand.DUPLICATE:
            view.duplicate()
        case EditCommand.DELETE:
            view.delete_selected()
        case EditCommand.SELECT_ALL:
            view.select_all()


def _edit_text(field: QLineEdit | QTextEdit | QPlainTextEdit, command: EditCommand) -> None:
    match command:
        case EditCommand.CUT:
            field.cut()
        case EditCommand.COPY:
            field.copy()
        case EditCommand.PASTE:
            field.paste()
        case EditCommand.DELETE:
            field.del_() if isinstance(field, QLineEdit) else field.textCursor().deleteChar()
        case EditCommand.SELECT_ALL:
            field.selectAll()
