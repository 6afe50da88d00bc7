"""Accessibility: what a screen reader hears and what the keyboard reaches.

Every visible interactive widget of the window, its docks and each dialog must have an accessible
name (set, or derived by Qt from its text or its form label); the board's name follows the
current card or cell; every enabled control of a dialog is on its Tab chain; Escape closes it.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QTextEdit,
    QWidget,
)

from app.models.entities import LaneKind
from app.models.refs import CardRef, EmotionRef, LaneRef, MetricRef, StageRef
from app.views.board import actions as A
from app.views.board import speech
from app.views.main_window import WINDOWS, MainWindow
from tests.conftest import open_focused_board_view

J = "buy-phone"
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QSlider,
)
# Qt's own parts of a widget: a reader reaches them through their owner.
QT_INTERNALS = {"qt_spinbox_lineedit", "qt_tableview_cornerbutton", "qt_menubar_ext_button", "qt_toolbar_ext_button"}


def is_internal(widget: QWidget) -> bool:
    """A part Qt builds inside another widget (a spin box's line edit, a combo box's popup list or
    editable line, a line edit's clear button, a table's headers)."""
    if widget.objectName() in QT_INTERNALS or isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit)):
            return True
        if parent.objectName() == "qt_scrollarea_viewport" and isinstance(parent.parentWidget(), QAbstractItemView):
            return True  # an item view's editor
        parent = parent.parentWidget()
    return False


def controls(root: QWidget, *, visible_only: bool = True) -> list[QWidget]:
    found = [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE) and not is_internal(w)]
    return [w for w in found if w.isVisibleTo(root)] if visible_only else found


def spoken_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def describe(widget: QWidget) -> str:
    tip = widget.toolTip()
    return f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__} (tip {tip!r})"


def assert_named(root: QWidget, *, visible_only: bool = True) -> None:
    nameless = [describe(w) for w in controls(root, visible_only=visible_only) if not spoken_name(w)]
    assert nameless == [], nameless


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits from ``root``, in order, once round."""
    seen: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not root and widget not in seen:
        seen.append(widget)
        widget = widget.nextInFocusChain()
    return seen


def assert_tab_reaches_everything(dialog: QDialog) -> None:
    chain = tab_chain(dialog)
    missed = []
    for widget in controls(dialog):
        if not widget.isEnabled() or not widget.isVisibleTo(dialog):
            continue
        tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if widget not in chain or not tab:
            missed.append(describe(widget))
    assert missed == [], missed


@pytest.fixture
def window(qapp, doc, monkeypatch, qtbot):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    made = MainWindow(doc)
    made.resize(1280, 720)
    made.show()
    qtbot.waitExposed(made)
    yield made
    for each in [made, *WINDOWS]:
        if shiboken6.isValid(each):
            each.close()


# -- names ------------------------------------------------------------------------------------------


def test_every_control_of_the_window_has_a_name(window):
    assert_named(window)
    for name in ("journeys_dock", "palette_dock", "inspector_dock", "results_dock", "analytics_dock"):
        assert_named(getattr(window, name).widget(), visible_only=False)
    assert_named(window.find_bar, visible_only=False)
    assert_named(window.capture_bar, visible_only=False)


def test_toolbar_buttons_have_names_and_tips(window):
    buttons = [w for w in controls(window.toolbar) if w.objectName() not in QT_INTERNALS]
    assert len(buttons) >= 6
    for button in buttons:
        assert spoken_name(button) and button.toolTip(), describe(button)


def test_palette_entries_are_named_and_described(window):
    palette = window.palette_widget.list
    assert spoken_name(palette) == "Palette"
    iface = QAccessible.queryAccessibleInterface(palette)
    names = []
    for row in range(palette.count()):
        item = palette.item(row)
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            names.append(item.text())
            assert item.data(Qt.ItemDataRole.AccessibleDescriptionRole), item.text()
    assert "Card" in names and "Stage" in names
    assert iface is not None


def test_every_inspector_field_is_named(window, doc):
    inspector = window.inspector
    for ref in (
        CardRef(J, doc.journey(J).cards[0].id),
        StageRef(J, doc.journey(J).stages[0].id),
        LaneRef(J, doc.journey(J).lanes[0].id),
    ):
        window.view.board.select_refs([ref])
        assert_named(inspector)
    for page in (inspector.page_card, inspector.page_emotion, inspector.page_metric):
        assert_named(page, visible_only=False)
    assert spoken_name(inspector.card_swatches[0]).startswith("Colour")
    assert spoken_name(inspector.metric_value) == "Value"
    assert spoken_name(inspector.metric_target) == "Target"


# -- the board says what is current -------------------------------------------------------------------


def test_the_board_speaks_the_current_card_and_cell(qtbot, doc, monkeypatch):
    events: list[QAccessible.Event] = []
    monkeypatch.setattr(speech, "notify", lambda view, event: events.append(event))
    view = open_focused_board_view(qtbot, doc, J)
    journey = doc.journey(J)
    first = journey.stages[0].name
    cell = view.first_cell()
    lane = journey.lane(cell[0]).name
    assert spoken_name(view).startswith(f"Stage {first}, lane {lane}")
    QTest.keyClick(view, Qt.Key.Key_Right)  # the first arrow enters the start cell and selects its card
    card = journey.cards_in_cell(*cell)[0]
    assert spoken_name(view) == card.text
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface.text(QAccessible.Text.Description) == (
        f"Stage {first}, lane {lane}, card 1 of {len(journey.cards_in_cell(*cell))}"
    )
    assert QAccessible.Event.NameChanged in events
    QTest.keyClick(view, Qt.Key.Key_Right)
    second = journey.stages[1]
    card = journey.cards_in_cell(cell[0], second.id)[0]
    assert spoken_name(view) == card.text
    assert f"Stage {second.name}" in view.accessibleDescription()
    QTest.keyClick(view, Qt.Key.Key_Tab)  # the next card, in board order
    assert spoken_name(view) != card.text
    # An empty cell says so.
    lane = journey.lane(cell[0])
    A.delete_refs(view.board, [CardRef(J, c.id) for c in journey.cards_in_cell(lane.id, second.id)])
    view.board.clearSelection()
    view.current_cell = (lane.id, second.id)
    assert spoken_name(view) == f"Stage {second.name}, lane {lane.name}, empty"


def test_the_board_speaks_emotions_and_metrics(qtbot, doc):
    view = open_focused_board_view(qtbot, doc, J)
    journey = doc.journey(J)
    point = journey.emotions[0]
    view.board.select_refs([EmotionRef(J, *point.key)])
    assert spoken_name(view).startswith("Emotion ")
    metric_lane = next((ln for ln in journey.lanes if ln.kind is LaneKind.METRIC), None)
    if metric_lane is not None:
        view.board.select_refs([MetricRef(J, metric_lane.id, journey.stages[0].id)])
        assert spoken_name(view).startswith(("Value ", "No value"))


# -- dialogs ----------------------------------------------------------------------------------------


def _dialogs(doc, window, tmp_path):
    """Every dialog that can be built without running it, by name."""
    from app.importers.ballots.plan import plan_ballots
    from app.views.analytics.mapping_dialog import MappingDialog
    from app.views.analytics.observed_dialog import ObservedDialog
    from app.views.export_dialog import ExportDialog
    from app.views.pdf_export_dialog import PdfExportDialog
    from app.views.persona_editor import PersonaEditor
    from app.views.persona_gallery import PersonaGallery
    from app.views.project_properties import ProjectPropertiesDialog
    from app.views.recovery_dialog import RecoveryDialog
    from app.views.shortcuts_dialog import ShortcutsDialog
    from app.views.template_picker import TemplatePicker
    from app.views.told_for_dialog import ToldForDialog
    from app.views.workbook_export_dialog import WorkbookExportDialog
    from app.views.workshop.ballot_export_dialog import BallotExportDialog
    from app.views.workshop.ballot_preview_dialog import BallotPreviewDialog
    from app.views.workshop.timer_dialog import TimerDialog
    from app.views.workshop.voting_start_dialog import StartVotingDialog

    junk = tmp_path / "a.xlsx"
    junk.write_text("hello")
    journey = doc.journey(J)
    persona = doc.project.personas[0].id
    return {
        "export": lambda: ExportDialog(doc, J, window),
        "pdf export": lambda: PdfExportDialog(doc, J, window),
        "workbook export": lambda: WorkbookExportDialog(doc, J, window),
        "persona editor": lambda: PersonaEditor(doc, persona, window),
        "new persona": lambda: PersonaEditor(doc, None, window),
        "persona gallery": lambda: PersonaGallery(doc, window),
        "ballot export": lambda: BallotExportDialog(doc, J, window),
        "timer": lambda: TimerDialog(window),
        "ballot preview": lambda: BallotPreviewDialog(plan_ballots(doc.project, [junk]), window),
        "start voting": lambda: StartVotingDialog(journey, window),
        "project properties": lambda: ProjectPropertiesDialog(doc, window),
        "shortcuts": lambda: ShortcutsDialog(window),
        "told for": lambda: ToldForDialog(doc, J, window),
        "template picker": lambda: TemplatePicker(window),
        "mapping": lambda: MappingDialog(journey, {"A": 3, "B": 10}, {"B": journey.stages[0].id}, window),
        "observed": lambda: ObservedDialog(doc.project, journey, window),
        "recovery": lambda: RecoveryDialog([], window),
    }


DIALOGS = [
    "export",
    "pdf export",
    "workbook export",
    "persona editor",
    "new persona",
    "persona gallery",
    "ballot export",
    "timer",
    "ballot preview",
    "start voting",
    "project properties",
    "shortcuts",
    "told for",
    "template picker",
    "mapping",
    "observed",
    "recovery",
]


@pytest.mark.parametrize("name", DIALOGS)
def test_dialog_is_named_reachable_by_tab_and_closes_on_escape(name, window, doc, tmp_path, qtbot):
    dialog = _dialogs(doc, window, tmp_path)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_named(dialog)
    assert_tab_reaches_everything(dialog)
    dialog.activateWindow()
    focus = QApplication.focusWidget()
    QTest.keyClick(focus if focus is not None and focus.window() is dialog else dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert dialog.result() == QDialog.DialogCode.Rejected


def form_labels(dialog: QDialog) -> list[QLabel]:
    """The labels of the dialog's form rows."""
    found = []
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if field is None or not isinstance(field.widget(), INTERACTIVE):
                continue  # a row of several controls (radio buttons with their own mnemonics)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and label.isVisibleTo(dialog) and label.text().strip():
                found.append(label)
    return found


@pytest.mark.parametrize("name", DIALOGS)
def test_dialog_has_a_default_button_and_form_mnemonics(name, window, doc, tmp_path, qtbot):
    dialog = _dialogs(doc, window, tmp_path)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisibleTo(dialog) and b.isEnabled()]
    accept = [
        b
        for box in dialog.findChildren(QDialogButtonBox)
        for b in box.buttons()
        if box.buttonRole(b) in (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)
        and b.isEnabled()
    ]
    if accept:  # (a disabled OK waits for input; Enter in a line edit presses it once it is enabled)
        assert any(b.isDefault() for b in buttons), name  # Enter presses it
    bad = []
    for label in form_labels(dialog):
        buddy = label.buddy()
        if buddy is None or "&" not in label.text():
            bad.append(f"{label.text()!r} buddy={type(buddy).__name__}")
    assert bad == [], bad


def test_the_start_page_is_named_and_reachable_by_tab(qtbot, sample_file):
    from app.views.recent_files import remember_file
    from app.views.start_page import StartPage

    remember_file(sample_file)
    page = StartPage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert_named(page)
    assert_tab_reaches_everything(page)


# -- the keyboard reaches everything, and shows where it is ------------------------------------------


def test_tab_walks_the_window_through_visible_stops_only(window):
    """Every stop of the window's Tab chain is on screen: none is hidden or parked off screen (as
    QMainWindow parks the tab bar of tabified docks when all but one are hidden)."""
    frame = window.rect()
    stops = [
        w
        for w in tab_chain(window)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is window
    ]
    assert window.view in stops and window.palette_widget.list in stops and window.journeys.list in stops
    off = [describe(w) for w in stops if not frame.intersects(w.rect().translated(w.mapTo(window, w.rect().topLeft())))]
    assert off == [], off


def test_ctrl_tab_leaves_the_board(window):
    window.activateWindow()
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.view  # Tab steps between cards
    QTest.keyClick(window.view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is not window.view


def test_a_palette_entry_is_added_at_the_cell_cursor_by_keyboard(window, doc):
    journey = doc.journey(J)
    view, palette = window.view, window.palette_widget.list
    view.current_cell = cell = view.first_cell()
    before = len(journey.cards_in_cell(*cell))
    palette.setFocus()
    palette.setCurrentItem(palette.item_for("card"))
    QTest.keyClick(palette, Qt.Key.Key_Space)
    assert view.editor is not None  # the new card's editor, with the keyboard in it
    QTest.keyClicks(view, "Typed by keyboard")
    QTest.keyClick(view, Qt.Key.Key_Return)
    cards = doc.journey(J).cards_in_cell(*cell)
    assert len(cards) == before + 1 and cards[-1].text == "Typed by keyboard"


def focus_pixels(view) -> int:
    """How many pixels of the board are drawn in the focus colour (the cell cursor's ring)."""
    from app.views.focus import focus_color

    image = view.viewport().grab().toImage()
    want = focus_color()
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - want.red()) < 12
                and abs(c.green() - want.green()) < 12
                and abs(c.blue() - want.blue()) < 12
            ):
                count += 1
    return count


def test_the_cell_cursor_ring_is_bold_while_the_board_has_the_keyboard(window):
    window.activateWindow()
    window.journeys.list.setFocus()
    QApplication.processEvents()
    unfocused = focus_pixels(window.view)
    window.view.setFocus()
    QApplication.processEvents()
    focused = focus_pixels(window.view)
    assert unfocused > 0 and focused > 1.5 * unfocused


def test_toolbar_buttons_tell_their_keys_and_follow_their_action(window, doc):
    undo = window.toolbar.widgetForAction(window.action("undo"))
    assert "Ctrl+Z" in undo.accessibleDescription() and "Ctrl+Z" in undo.toolTip()
    window.view.board.select_refs([CardRef(J, doc.journey(J).cards[0].id)])
    window.view.delete_selected()
    assert spoken_name(undo).startswith("Undo") and "Delete" in spoken_name(undo)
    assert undo.toolTip().startswith(spoken_name(undo).replace("&", ""))


def contrast(a: str, b: str) -> float:
    """WCAG's contrast ratio of two #RRGGBB colours."""

    def luminance(color: str) -> float:
        channels = [int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_focus_ring_stands_out_in_light_and_dark(qapp):
    """3:1 (WCAG's non-text contrast) against what it is drawn on; a dark palette gets the
    lighter ring."""
    from PySide6.QtGui import QColor, QPalette

    from app import theme as T
    from app.views.focus import focus_color

    for ground in (T.CANVAS, T.WHITE, T.LIST_SELECTED, T.HEADER_BG, *set(T.DEFAULT_CARD_COLORS.values())):
        assert contrast(T.FOCUS_RING, ground) >= 3.0, ground
    for ground in ("#1E1E1E", "#2B2B2B", "#353535", "#2F3A4F"):
        assert contrast(T.FOCUS_RING_DARK, ground) >= 3.0, ground
    assert focus_color().name().upper() == T.FOCUS_RING.upper()
    before = qapp.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Window, QColor("#2B2B2B"))
    try:
        qapp.setPalette(dark)
        assert focus_color().name().upper() == T.FOCUS_RING_DARK.upper()
    finally:
        qapp.setPalette(before)
