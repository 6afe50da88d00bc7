"""Issue 17 points 4 and 5: Preferences (Ctrl+,) and the dark theme.

The settings live in the test's own QSettings folder (conftest's isolated_settings); each test
ends with the light look again, as the next test expects.
"""

from __future__ import annotations

import subprocess

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from app import theme as T
from app.i18n_qt import LANGUAGE_KEY, settings
from app.views import pdf_export_dialog as D
from app.views.board import style as S
from app.views.main_window import WINDOWS, MainWindow
from app.views.preferences import settings as P
from app.views.preferences.appearance import apply_appearance, is_dark
from app.views.preferences.dialog import PreferencesDialog, open_preferences

J = "buy-phone"


@pytest.fixture(autouse=True)
def light_again(qapp):
    yield
    for key in (P.THEME_KEY, P.TEXT_SIZE_KEY):
        settings().remove(key)
    apply_appearance()
    assert S.board_palette() is T.LIGHT_BOARD and S.CARD_FONT_SIZE == S.STANDARD_CARD_FONT_SIZE


@pytest.fixture
def window(qtbot, doc, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    made = MainWindow(doc)
    made.resize(1280, 720)
    made.show()
    qtbot.waitExposed(made)
    made.select_journey(J)
    yield made
    for w in [made, *WINDOWS]:
        if shiboken6.isValid(w):
            w.close()


def _choose(box, choice) -> None:
    box.setCurrentIndex(box.findData(choice))


# -- stored values ---------------------------------------------------------------------------------


def test_preferences_persist_as_plain_values():
    chosen = P.Preferences(P.Language.GERMAN, P.Theme.DARK, P.TextSize.LARGE, P.Paper.A3, P.PdfLayout.TILED)
    P.save(chosen)
    assert P.load() == chosen
    store = settings()
    assert [store.value(k) for k in (LANGUAGE_KEY, P.THEME_KEY, P.TEXT_SIZE_KEY, P.PAPER_KEY, P.LAYOUT_KEY)] == [
        "de",
        "dark",
        "large",
        "A3",
        "tiled",
    ]


def test_unknown_stored_values_read_as_the_defaults():
    store = settings()
    for key in (LANGUAGE_KEY, P.THEME_KEY, P.TEXT_SIZE_KEY, P.PAPER_KEY, P.LAYOUT_KEY):
        store.setValue(key, "purple")
    assert P.load() == P.Preferences()


# -- the dialog --------------------------------------------------------------------------------------


def test_the_dialog_shows_the_stored_values_and_saves_the_chosen_ones(qtbot, data_dir):
    P.save(P.Preferences(P.Language.ENGLISH, P.Theme.LIGHT, P.TextSize.SMALL, P.Paper.LETTER, P.PdfLayout.TILED))
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.chosen() == P.load()
    assert dialog.data_folder.text() == str(data_dir) and dialog.data_folder.isReadOnly()
    _choose(dialog.language_box, P.Language.GERMAN)
    _choose(dialog.text_size_box, P.TextSize.LARGER)
    _choose(dialog.paper_box, P.Paper.A2)
    _choose(dialog.layout_box, P.PdfLayout.POSTER)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert P.load() == P.Preferences(
        P.Language.GERMAN, P.Theme.LIGHT, P.TextSize.LARGER, P.Paper.A2, P.PdfLayout.POSTER
    )
    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.chosen() == P.load()


def test_cancel_and_escape_change_nothing(qtbot):
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _choose(dialog.theme_box, P.Theme.DARK)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and P.load() == P.Preferences() and not is_dark()


def test_the_dialog_is_usable_from_the_keyboard(qtbot):
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isDefault()
    fields = [dialog.language_box, dialog.theme_box, dialog.text_size_box, dialog.paper_box, dialog.layout_box]
    for field in [*fields, dialog.data_folder]:
        assert field.accessibleName(), field
    order, widget = [], dialog.language_box
    for _ in range(7):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
    assert order == [*fields, dialog.data_folder, dialog.open_folder]
    dialog.theme_box.setFocus()
    _choose(dialog.theme_box, P.Theme.DARK)
    qtbot.keyClick(dialog.theme_box, Qt.Key.Key_Return)  # Enter: the default button, OK
    assert P.theme() is P.Theme.DARK and is_dark()


def test_ctrl_comma_opens_preferences_from_the_edit_menu(window, qtbot):
    action = window.action("preferences")
    assert "Ctrl+," in [k.toString() for k in action.shortcuts()]
    assert action in window.menuBar().actions()[1].menu().actions()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, PreferencesDialog) and w.isVisible()]
    assert len(shown) == 1 and open_preferences(window) is shown[0]  # asked again: the same one
    shown[0].reject()


# -- theme and text size, applied at once ----------------------------------------------------------------


def _accept(theme: P.Theme | None = None, size: P.TextSize | None = None) -> None:
    dialog = PreferencesDialog()
    if theme is not None:
        _choose(dialog.theme_box, theme)
    if size is not None:
        _choose(dialog.text_size_box, size)
    dialog.accept()
    dialog.deleteLater()


def test_dark_theme_reaches_the_window_and_the_board_at_once(window, qtbot):
    card = window.view.board.refs[next(r for r in window.view.board.refs if type(r).__name__ == "CardRef")]
    colour = card._color.name()
    bars = (window.view.horizontalScrollBar(), window.view.verticalScrollBar())
    for bar in bars:
        bar.setValue(bar.maximum() // 2)
    where = [bar.value() for bar in bars]
    _accept(P.Theme.DARK)
    assert [bar.value() for bar in bars] == where  # the board is rebuilt where the user was looking
    board = window.view.board
    assert is_dark() and QApplication.style().name().lower() == "fusion"
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window) == QColor(T.DARK_WINDOW.window))
    assert board.backgroundBrush().color() == QColor(T.DARK_BOARD.canvas)
    assert S.HEADER_BG == QColor(T.DARK_BOARD.header_bg) and S.BOARD_INK == QColor(T.DARK_BOARD.ink)
    again = next(item for ref, item in board.refs.items() if type(ref).__name__ == "CardRef")
    assert again._color.name() == colour  # cards keep their colours
    image = window.view.viewport().grab().toImage()
    shades = [
        image.pixelColor(x, y).lightness() for x in range(0, image.width(), 23) for y in range(0, image.height(), 29)
    ]
    assert sum(v < 60 for v in shades) > 0.4 * len(shades)  # the canvas and lane headers, painted dark
    _accept(P.Theme.LIGHT)
    assert not is_dark() and board.backgroundBrush().color() == QColor(T.CANVAS)


def test_text_size_resizes_the_cards_text_and_the_layout(window):
    board = window.view.board
    tall = board.layout.height
    _accept(size=P.TextSize.LARGER)
    assert S.CARD_FONT_SIZE == P.TEXT_POINTS[P.TextSize.LARGER]
    assert board.layout.height > tall  # taller text, taller cards and lanes
    _accept(size=P.TextSize.NORMAL)
    assert board.layout.height == tall


def test_appearance_is_applied_at_start_from_the_stored_theme(qapp):
    P.save(P.Preferences(theme=P.Theme.DARK, text_size=P.TextSize.LARGE))
    assert apply_appearance() is True
    assert S.board_palette() is T.DARK_BOARD and S.CARD_FONT_SIZE == P.TEXT_POINTS[P.TextSize.LARGE]


# -- exports stay light -----------------------------------------------------------------------------------


def test_exports_stay_light_while_the_window_is_dark(window, tmp_path, doc):
    from app.exporters.pdf import PdfOptions, export_pdf
    from app.views.board.image_export import export_journey

    _accept(P.Theme.DARK, P.TextSize.LARGER)
    png = tmp_path / "board.png"
    export_journey(doc.project, J, png, 0.5)
    image = QImage(str(png))
    grey = [
        image.pixelColor(x, y).lightness() for x in range(0, image.width(), 37) for y in range(0, image.height(), 41)
    ]
    assert sum(v > 200 for v in grey) > 0.7 * len(grey)  # a light picture, as always
    assert image.pixelColor(2, 2) == QColor("#FFFFFF")
    # the window's look is back after the export: still dark, still large
    assert is_dark() and S.CARD_FONT_SIZE == P.TEXT_POINTS[P.TextSize.LARGER]

    pdf = tmp_path / "map.pdf"
    export_pdf(doc.project, pdf, PdfOptions(journey_id=J))
    subprocess.run(["pdftoppm", "-r", "20", "-png", "-f", "2", "-l", "2", str(pdf), str(tmp_path / "page")], check=True)
    page = QImage(str(next(tmp_path.glob("page*.png"))))
    assert page.pixelColor(1, 1).lightness() > 240


# -- the PDF dialog's defaults -------------------------------------------------------------------------------


def test_the_pdf_dialog_starts_with_the_preferred_paper_and_layout(qtbot, doc, monkeypatch):
    monkeypatch.setitem(D._SESSION, "layout", None)
    monkeypatch.setitem(D._SESSION, "paper", None)
    P.save(P.Preferences(paper=P.Paper.A3, layout=P.PdfLayout.TILED))
    dialog = D.PdfExportDialog(doc, J, None)
    qtbot.addWidget(dialog)
    assert (dialog.options()["paper"], dialog.options()["layout"]) == ("A3", "tiled")

    # a choice made in the dialog wins for the rest of the session ...
    monkeypatch.setitem(D._SESSION, "paper", "letter")
    monkeypatch.setitem(D._SESSION, "layout", "poster")
    second = D.PdfExportDialog(doc, J, None)
    qtbot.addWidget(second)
    assert (second.options()["paper"], second.options()["layout"]) == ("letter", "poster")

    # ... until Preferences sets a new default
    prefs = PreferencesDialog()
    qtbot.addWidget(prefs)
    _choose(prefs.paper_box, P.Paper.A1)
    prefs.accept()
    third = D.PdfExportDialog(doc, J, None)
    qtbot.addWidget(third)
    assert (third.options()["paper"], third.options()["layout"]) == ("A1", "tiled")


def test_system_follows_the_desktop_and_its_changes(qapp, monkeypatch):
    from app.views.preferences import appearance as A

    desktop = {"dark": True}
    monkeypatch.setattr(A, "desktop_is_dark", lambda: desktop["dark"])
    assert P.theme() is P.Theme.SYSTEM
    assert apply_appearance() is True and is_dark()
    desktop["dark"] = False
    A._desktop_changed(Qt.ColorScheme.Light)  # what QStyleHints.colorSchemeChanged calls
    assert not is_dark() and S.board_palette() is T.LIGHT_BOARD
    P.save(P.Preferences(theme=P.Theme.LIGHT))
    desktop["dark"] = True
    A._desktop_changed(Qt.ColorScheme.Dark)  # a forced theme does not follow
    assert not is_dark()
    desktop["dark"] = False  # light_again's teardown runs before monkeypatch's (conftest's data_dir has it)
