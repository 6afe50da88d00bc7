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

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.views.a11y import describe_toolbar
from app.views.analytics.menu import build_analytics_menu
from app.views.compare.menu import build_compare_menu
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


ADD_STAGE_KEYS = "Ctrl+Shift+T"
ADD_STAGE_TIP = QT_TRANSLATE_NOOP("WindowMenus", "Add a stage after the cell cursor's stage and name it")
ADD_LANE_KEYS = "Ctrl+Shift+L"
ADD_LANE_TIP = QT_TRANSLATE_NOOP("WindowMenus", "Add a cards lane below the cell cursor's lane and name it")

TAKE_SNAPSHOT_KEYS = "Ctrl+Alt+S"


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

    file_menu = bar.addMenu(translate("WindowMenus", "&File"))
    act(file_menu, "new", translate("WindowMenus", "&New"), window.new_project, keys.New)
    act(file_menu, "open", translate("WindowMenus", "&Open…"), window.open_project, keys.Open)
    window.recent_menu = file_menu.addMenu(translate("WindowMenus", "Open &Recent"))
    window.recent_menu.aboutToShow.connect(window.fill_recent_menu)
    file_menu.addSeparator()
    act(file_menu, "save", translate("WindowMenus", "&Save"), window.save, keys.Save)
    act(
        file_menu,
        "save_as",
        translate("WindowMenus", "Save &As…"),
        window.save_as,
        bindings(keys.SaveAs, "Ctrl+Shift+S"),
    )
    act(file_menu, "revert", translate("WindowMenus", "Re&vert"), window.revert)
    act(
        file_menu,
        "project_properties",
        translate("WindowMenus", "Projec&t Properties…"),
        window.edit_project_properties,
        tip=translate("WindowMenus", "The project's name, author or organisation, and description"),
    )
    file_menu.addSeparator()
    exports = window.exports
    act(
        file_menu,
        "export_image",
        translate("WindowMenus", "&Export Image…"),
        exports.export_image,
        ["Ctrl+Shift+E"],
        tip=translate("WindowMenus", "Save the current journey's board as a PNG or SVG picture"),
    )
    act(
        file_menu,
        "export_pdf",
        translate("WindowMenus", "Export &PDF…"),
        exports.export_pdf,
        ["Ctrl+Shift+P"],
        tip=translate("WindowMenus", "Save the journeys as a PDF to print, share or pin on a wall"),
    )
    act(
        file_menu,
        "export_workbook",
        translate("WindowMenus", "Export &Workbook…"),
        exports.export_workbook,
        tip=translate("WindowMenus", "Save the journeys as an Excel workbook for a workshop"),
    )
    act(
        file_menu,
        "import_workbook",
        translate("WindowMenus", "&Import Workbook…"),
        exports.import_workbook,
        tip=translate("WindowMenus", "Bring the cards and scores edited in a workshop workbook back in"),
    )
    file_menu.addSeparator()
    act(file_menu, "close", translate("WindowMenus", "&Close"), window.close, keys.Close)
    act(file_menu, "quit", translate("WindowMenus", "&Quit"), quit_all, bindings(keys.Quit, "Ctrl+Q")).setMenuRole(
        QAction.MenuRole.QuitRole
    )

    edit_menu = bar.addMenu(translate("WindowMenus", "&Edit"))
    undo = window.doc.undo_stack.createUndoAction(window, translate("WindowMenus", "&Undo"))
    undo.setShortcuts(QKeySequence.keyBindings(keys.Undo))
    redo = window.doc.undo_stack.createRedoAction(window, translate("WindowMenus", "&Redo"))
    # Ctrl+Y as well as the platform's Redo (Ctrl+Shift+Z on Linux has no Ctrl+Y).
    redo.setShortcuts(bindings(keys.Redo, "Ctrl+Shift+Z", "Ctrl+Y"))
    window.actions_by_name.update(undo=undo, redo=redo)
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    for command, text, shortcut in (
        (EditCommand.CUT, translate("WindowMenus", "Cu&t"), keys.Cut),
        (EditCommand.COPY, translate("WindowMenus", "&Copy"), keys.Copy),
        (EditCommand.PASTE, translate("WindowMenus", "&Paste"), keys.Paste),
        (EditCommand.DUPLICATE, translate("WindowMenus", "D&uplicate"), ["Ctrl+D"]),
        (EditCommand.DELETE, translate("WindowMenus", "&Delete"), delete_keys()),
    ):
        act(edit_menu, command.value, text, lambda c=command: route_edit(window, c), shortcut)
    edit_menu.addSeparator()
    select_all = EditCommand.SELECT_ALL
    act(
        edit_menu,
        select_all.value,
        translate("WindowMenus", "Select &All"),
        lambda: route_edit(window, select_all),
        keys.SelectAll,
    )
    edit_menu.addSeparator()
    find_bar = window.find_bar
    act(edit_menu, "find", translate("WindowMenus", "&Find…"), find_bar.open, keys.Find)
    act(
        edit_menu,
        "find_next",
        translate("WindowMenus", "Find &Next"),
        find_bar.find_next,
        bindings(keys.FindNext, "F3"),
    )
    act(
        edit_menu,
        "find_previous",
        translate("WindowMenus", "Find Pre&vious"),
        lambda: find_bar.find_next(backward=True),
        bindings(keys.FindPrevious, "Shift+F3"),
    )
    edit_menu.addSeparator()
    prefs = act(
        edit_menu,
        "preferences",
        translate("WindowMenus", "Pr&eferences…"),
        lambda: preferences(window),
        bindings(keys.Preferences, "Ctrl+,"),
    )
    prefs.setMenuRole(QAction.MenuRole.PreferencesRole)

    view_menu = bar.addMenu(translate("WindowMenus", "&View"))
    view = window.view
    act(view_menu, "zoom_in", translate("WindowMenus", "Zoom &In"), view.zoom_in, bindings(keys.ZoomIn, "Ctrl+="))
    act(view_menu, "zoom_out", translate("WindowMenus", "Zoom &Out"), view.zoom_out, bindings(keys.ZoomOut, "Ctrl+-"))
    act(
        view_menu,
        "zoom_fit",
        translate("WindowMenus", "&Fit to Window"),
        view.zoom_fit,
        ["Ctrl+9"],
        tip=translate("WindowMenus", "Zoom so the whole journey fits in the window"),
    )
    act(view_menu, "zoom_reset", translate("WindowMenus", "&Actual Size"), view.zoom_reset, ["Ctrl+0"])
    view_menu.addSeparator()
    full = act(
        view_menu,
        "full_screen",
        translate("WindowMenus", "F&ull Screen"),
        window.toggle_full_screen,
        bindings(keys.FullScreen, "F11"),
    )
    full.setCheckable(True)
    present_action(window, view_menu, act)
    view_menu.addSeparator()
    for dock in (
        window.journeys_dock,
        window.palette_dock,
        window.inspector_dock,
        window.analytics_dock,
        window.history_dock,
    ):
        view_menu.addAction(dock.toggleViewAction())
    window.view_menu = view_menu

    journey_menu = bar.addMenu(translate("WindowMenus", "&Journey"))
    window.journeys.build_menu(journey_menu)
    for name, action in window.journeys.actions_by_name.items():
        window.actions_by_name[f"journey_{name}"] = action
    journey_menu.addSeparator()
    act(
        journey_menu,
        "add_stage",
        translate("WindowMenus", "Add &Stage"),
        view.add_stage,
        [ADD_STAGE_KEYS],
        tip=translate("WindowMenus", ADD_STAGE_TIP),
    )
    act(
        journey_menu,
        "add_lane",
        translate("WindowMenus", "Add &Lane"),
        view.add_lane,
        [ADD_LANE_KEYS],
        tip=translate("WindowMenus", ADD_LANE_TIP),
    )
    journey_menu.addSeparator()
    act(
        journey_menu,
        "take_snapshot",
        translate("WindowMenus", "Ta&ke Snapshot…"),
        window.take_snapshot,
        [TAKE_SNAPSHOT_KEYS],
        tip=translate("WindowMenus", "Keep the journey as it is now inside the project; the History panel lists it"),
    )
    build_compare_menu(window, journey_menu, act)
    window.journey_menu = journey_menu

    analytics_menu = bar.addMenu(translate("WindowMenus", "&Analytics"))
    build_analytics_menu(window, analytics_menu, act)
    window.analytics_menu = analytics_menu

    persona_menu = bar.addMenu(translate("WindowMenus", "&Personas"))
    act(
        persona_menu,
        "manage_personas",
        translate("WindowMenus", "&Manage Personas…"),
        window.personas.manage,
        tip=translate("WindowMenus", "Show the project's personas as cards; edit, add and delete them"),
    )
    act(
        persona_menu,
        "new_persona",
        translate("WindowMenus", "&New Persona…"),
        window.personas.new,
        tip=translate("WindowMenus", "Add a persona to the project"),
    )
    window.persona_menu = persona_menu

    workshop_menu = bar.addMenu(translate("WindowMenus", "Wor&kshop"))
    build_workshop_menu(window, workshop_menu, act)
    window.workshop_menu = workshop_menu

    help_menu = bar.addMenu(translate("WindowMenus", "&Help"))
    act(
        help_menu,
        "shortcuts",
        translate("WindowMenus", "&Keyboard Shortcuts"),
        window.show_shortcuts,
        bindings(keys.HelpContents, "F1"),
    )
    help_menu.addSeparator()
    act(help_menu, "about", translate("WindowMenus", "&About Waymark"), window.about).setMenuRole(
        QAction.MenuRole.AboutRole
    )


def preferences(window) -> None:
    from app.views.preferences.dialog import open_preferences  # imported when first asked for

    open_preferences(window)


def build_toolbar(window) -> QToolBar:
    toolbar = QToolBar(translate("WindowMenus", "Toolbar"), window)
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
