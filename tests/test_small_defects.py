"""Issue 14, item 10: the smaller defects of the window (Told For dialog, journey menu,
insertion marker, palette scroll bar)."""

from __future__ import annotations

from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMenu

from app.document import commands as C
from app.models.entities import Persona
from app.views.journeys_panel import JourneysPanel
from app.views.told_for_dialog import ToldForDialog

LONG_NAME = "Dr. Maximiliane Wolkenstein-Oberhausen, head of patient logistics for the northern wards"


def _add_long_persona(doc) -> None:
    doc.push(C.add_persona(doc, Persona(id="long", name=LONG_NAME, role="Ward manager and night-shift lead")))


# -- d. the Told For dialog --------------------------------------------------------------------


def test_told_for_reads_as_a_sentence_and_names_the_journey(doc, qtbot):
    doc.push(C.Edit(doc, _journey_ref(), {"name": "Clinic visit – Ward 4"}))
    dialog = ToldForDialog(doc, "buy-phone")
    qtbot.addWidget(dialog)
    text = dialog.heading.text()
    assert "Personas this journey is told for:" in text and "Clinic visit – Ward 4" in text
    assert "is told for:" not in text.replace("this journey is told for:", "")
    assert "Clinic visit – Ward 4" in dialog.windowTitle()


def test_told_for_is_roomy_and_never_scrolls_sideways(doc, qtbot):
    _add_long_persona(doc)
    dialog = ToldForDialog(doc, "buy-phone")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert dialog.width() >= 420 and dialog.height() >= 300
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    assert dialog.list.horizontalScrollBar().maximum() == 0
    viewport = dialog.list.viewport().rect()
    long_item = next(dialog.list.item(r) for r in range(dialog.list.count()) if LONG_NAME in dialog.list.item(r).text())
    rect = dialog.list.visualItemRect(long_item)
    assert rect.right() <= viewport.right() + 1
    assert rect.height() > dialog.list.fontMetrics().height() * 1.5  # wrapped onto lines, not cut
    assert LONG_NAME in long_item.toolTip()


def test_told_for_fits_a_small_screen(doc, qtbot, monkeypatch):
    from PySide6.QtCore import QRect

    _add_long_persona(doc)
    monkeypatch.setattr(ToldForDialog, "_room", lambda self: QRect(0, 0, 1280, 720))
    dialog = ToldForDialog(doc, "buy-phone")
    qtbot.addWidget(dialog)
    assert dialog.width() <= 1280 and dialog.height() <= 720 - 60


def _journey_ref():
    from app.models.refs import JourneyRef

    return JourneyRef("buy-phone")


# -- e. Delete Journey away from harmless entries --------------------------------------------------


def test_delete_journey_comes_last_after_a_separator(doc, qtbot):
    panel = JourneysPanel(doc)
    qtbot.addWidget(panel)
    menu = panel.build_menu(QMenu())
    actions = menu.actions()
    delete = panel.actions_by_name["delete"]
    assert actions[-1] is delete and actions[-2].isSeparator()
    told_for = actions.index(panel.actions_by_name["told_for"])
    assert actions[told_for + 1] is not delete and actions.count(delete) == 1


# -- c. the insertion marker while a stage or lane is dragged ---------------------------------------


def _drag(view, kind, entry: str, scene_pos):
    """A drag event of palette ``entry`` over the view at ``scene_pos``, sent as Qt sends it."""
    from PySide6.QtCore import QPointF, Qt

    from app.views.palette import palette_mime

    mime = palette_mime(entry)
    point = QPointF(view.mapFromScene(scene_pos))
    event = kind(
        point.toPoint() if kind is not QDropEvent else point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), event)
    return mime, event


def _bars(view):
    from PySide6.QtWidgets import QGraphicsRectItem

    from app.views.board.drop_marker import MARKER_Z

    return [it for it in view.board.items() if isinstance(it, QGraphicsRectItem) and it.zValue() == MARKER_Z]


def test_dragging_a_stage_shows_a_bar_at_the_gap_and_drops_there(qtbot, doc):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent

    from tests.conftest import open_board_view

    view = open_board_view(qtbot, doc)
    view.set_zoom(0.6)
    layout = view.board.layout
    _sid, x, w = layout.columns[2]
    pos = QPointF(x + w * 0.3, layout.rows[0][1] + 20)  # left half of the third stage: before it
    _drag(view, QDragEnterEvent, "stage", pos)
    _drag(view, QDragMoveEvent, "stage", pos)
    bars = _bars(view)
    assert len(bars) == 1
    bar = bars[0].rect()
    assert bar.height() > bar.width() and abs(bar.center().x() - x) < 1  # vertical, at the gap
    assert bar.top() <= 0 and bar.bottom() >= layout.height
    _drag(view, QDropEvent, "stage", pos)
    assert _bars(view) == []
    stages = doc.journey("buy-phone").stages
    assert len(stages) == 8 and stages[2].name == "New stage"


def test_dragging_a_lane_shows_a_horizontal_bar_and_leave_removes_it(qtbot, doc):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent

    from tests.conftest import open_board_view

    view = open_board_view(qtbot, doc)
    view.set_zoom(0.6)
    layout = view.board.layout
    _lid, y, h = layout.rows[3]
    pos = QPointF(layout.columns[0][1] + 30, y + h * 0.8)  # lower half of the fourth lane: after it
    _drag(view, QDragEnterEvent, "lane:emotion", pos)
    _drag(view, QDragMoveEvent, "lane:emotion", pos)
    (bar,) = _bars(view)
    assert bar.rect().width() > bar.rect().height() and abs(bar.rect().center().y() - (y + h)) < 1
    QApplication.sendEvent(view.viewport(), QDragLeaveEvent())
    assert _bars(view) == []
    _drag(view, QDragEnterEvent, "lane:emotion", pos)  # back over the board
    assert len(_bars(view)) == 1
    _drag(view, QDropEvent, "lane:emotion", pos)
    assert _bars(view) == []
    assert doc.journey("buy-phone").lanes[4].kind.value == "emotion"


def test_a_card_drag_shows_no_bar(qtbot, doc):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent

    from tests.conftest import open_board_view

    view = open_board_view(qtbot, doc)
    _sid, x, w = view.board.layout.columns[1]
    pos = QPointF(x + w / 2, view.board.layout.rows[0][1] + 20)
    _drag(view, QDragEnterEvent, "card", pos)
    _drag(view, QDragMoveEvent, "card", pos)
    assert _bars(view) == []


def test_the_bar_follows_the_drop_rule_everywhere(qapp, scene):
    """At every x (y) across the board the bar marks the index the drop would insert at."""
    from PySide6.QtCore import QPointF

    from app.models.refs import Kind
    from app.views.board.drop_marker import marker_line

    layout = scene.layout
    for x in range(0, int(layout.width) + 60, 17):
        line = marker_line(layout, Kind.STAGE, QPointF(x, 100))
        assert line.index == layout.stage_insert_index(x)
    for y in range(0, int(layout.height) + 60, 13):
        line = marker_line(layout, Kind.LANE, QPointF(300, y))
        assert line.index == layout.lane_insert_index(y)
    assert marker_line(layout, Kind.CARD, QPointF(300, 300)) is None


# -- h. the palette's scroll bar ------------------------------------------------------------------


def test_the_palette_scroll_bar_track_is_painted_in_the_panel_colour(qtbot):
    from PySide6.QtGui import QPalette

    from app.views.palette import Palette

    palette = Palette()
    qtbot.addWidget(palette)
    palette.resize(200, 250)  # short enough to scroll
    palette.show()
    qtbot.waitExposed(palette)
    bar = palette.list.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0
    image = bar.grab().toImage()  # the bar alone: only what it paints itself
    column = [image.pixelColor(image.width() // 2, y) for y in range(image.height())]
    panel = bar.palette().color(QPalette.ColorRole.Window).name()
    assert min(c.lightness() for c in column) > 150, "a black track"
    assert sum(c.name() == panel for c in column) > len(column) // 5  # the track, in the panel's colour
