"""The start page: what `waymark` with no file shows (and so what a first run shows).

Before, no file meant the built-in sample, with no way to reach a template or the recent files
but through its menus. The page offers the sample (the default button: Enter opens it), a new
project from the template picker, Open…, and the recent files; it closes once a window opens.
``waymark --sample`` still opens the sample directly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QPointF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QIcon, QKeySequence, QPainter, QPalette, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.document.document import Document
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.errors import WaymarkError
from app.views.file_actions import file_filter
from app.views.focus import focus_color, focus_ring_style
from app.views.recent_files import recent_files

SAMPLE_TITLE = QT_TRANSLATE_NOOP("StartPage", "Phone purchase (sample)")
_PAGES: list[StartPage] = []  # keeps the page alive: nothing else holds it


def _arrow(button: QCommandLinkButton) -> QIcon:
    """The command link's arrow in the button's own text colour: the style's is a dark image,
    which vanished on the dark theme's buttons."""
    pixmap = QPixmap(20, 20)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(button.palette().color(QPalette.ColorRole.ButtonText), 2.0))
    p.drawLine(QPointF(3, 10), QPointF(16, 10))
    p.drawLine(QPointF(11, 5), QPointF(16, 10))
    p.drawLine(QPointF(11, 15), QPointF(16, 10))
    p.end()
    return QIcon(pixmap)


def _big_button(text: str, detail: str) -> QCommandLinkButton:
    button = QCommandLinkButton(text, detail)
    button.setIcon(_arrow(button))
    button.setMinimumHeight(70)
    # Fusion draws no focus frame on a command link: without one, Tab would move an invisible focus.
    button.setStyleSheet(
        "QCommandLinkButton { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }"
        "QCommandLinkButton:hover { border-color: palette(highlight); }"
        # The focus in the keyboard's colour (app/views/focus.py): hover is the highlight's blue.
        f"QCommandLinkButton:focus {{ border: 2px solid {focus_color().name()}; }}"
    )
    return button


class StartPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Waymark")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(860, 520)

        title = QLabel("Waymark")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        title.setFont(font)
        tagline = QLabel(
            translate("StartPage", "Customer journey maps, offline. Every change is kept safe as you work.")
        )
        tagline.setWordWrap(True)

        self.sample_button = _big_button(
            translate("StartPage", "Open the &sample project"),
            translate("StartPage", "A phone purchase, with two personas"),
        )
        self.template_button = _big_button(
            translate("StartPage", "New from &template…"),
            translate("StartPage", "Start from a blank map or a ready-made journey"),
        )
        self.open_button = _big_button(
            translate("StartPage", "&Open a project…"), translate("StartPage", "A .waymark file on this computer")
        )
        self.sample_button.setDefault(True)
        self.sample_button.setAutoDefault(True)
        for button in (self.template_button, self.open_button):
            button.setAutoDefault(True)  # Enter presses the button that has the focus
        self.sample_button.clicked.connect(self.open_sample)
        self.template_button.clicked.connect(self.new_from_template)
        self.open_button.clicked.connect(self.open_file)

        actions = QVBoxLayout()
        actions.setSpacing(10)
        start = QLabel(translate("StartPage", "Start"))
        start.setStyleSheet("font-weight: bold")
        actions.addWidget(start)
        for button in (self.sample_button, self.template_button, self.open_button):
            actions.addWidget(button)
        actions.addStretch(1)

        recent_label = QLabel(translate("StartPage", "&Recent projects"))
        recent_label.setStyleSheet("font-weight: bold")
        self.recent_list = QListWidget()
        self.recent_list.setAccessibleName(translate("StartPageA11y", "Recent projects"))
        self.recent_list.setStyleSheet("QListWidget::item { padding: 6px 4px; }" + focus_ring_style("QListWidget"))
        self.recent_list.setSpacing(1)
        recent_label.setBuddy(self.recent_list)
        self.recent_list.itemActivated.connect(self._open_recent)  # Enter or double-click
        for path in (p for p in recent_files() if p.exists()):
            item = QListWidgetItem(f"{path.name}\n{path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        self.no_recent = QLabel(
            translate("StartPage", "No recent projects yet. Projects you open or save appear here.")
        )
        self.no_recent.setWordWrap(True)
        self.no_recent.setEnabled(False)
        has_recent = self.recent_list.count() > 0
        self.recent_list.setVisible(has_recent)
        self.no_recent.setVisible(not has_recent)
        if has_recent:  # current, for Enter, but not drawn as selected before the list has the focus
            self.recent_list.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)
        recent = QVBoxLayout()
        recent.addWidget(recent_label)
        recent.addWidget(self.recent_list, 1)
        recent.addWidget(self.no_recent)
        recent.addStretch(0 if has_recent else 1)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(actions, 1)
        columns.addWidget(line)
        columns.addLayout(recent, 1)

        version = QLabel(
            translate("StartPage", "Waymark {version} · F1 in a project lists every key").format(version=__version__)
        )
        version.setEnabled(False)
        page = QVBoxLayout(self)
        page.setContentsMargins(36, 28, 36, 20)
        page.setSpacing(14)
        page.addWidget(title)
        page.addWidget(tagline)
        page.addSpacing(8)
        page.addLayout(columns, 1)
        page.addWidget(version)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self, self.open_file)
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.new_from_template)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Quit), self, self.close)
        QShortcut(QKeySequence("Esc"), self, self.close)
        self.setTabOrder(self.sample_button, self.template_button)
        self.setTabOrder(self.template_button, self.open_button)
        self.setTabOrder(self.open_button, self.recent_list)
        self.sample_button.setFocus()

    # -- what the page opens ----------------------------------------------------------------------

    def _show(self, doc: Document | None) -> None:
        from app.views.main_window import MainWindow

        if doc is not None:
            self._opened(MainWindow(doc))

    def _opened(self, window) -> None:
        if window is None:
            return
        window.show()
        self.close()

    def open_sample(self) -> None:
        from app.models.library import sample_project

        self._show(Document.new(sample_project(), title=translate("StartPage", SAMPLE_TITLE)))

    def new_from_template(self) -> None:
        from app.models.library import load_template
        from app.views.template_picker import pick_template

        template_id = pick_template(self, ok_text=translate("StartPage", "Create project"))
        if template_id is None:
            return
        try:
            project = load_template(template_id)
        except WaymarkError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(self, translate("StartPage", "Cannot use the template"), str(exc))
            return
        self._show(Document.new(project))

    def open_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("StartPage", "Open project"), str(Path.home()), file_filter()
        )
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> None:
        from app.views.main_window import open_in_window

        self._opened(open_in_window(path, self))

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.open_path(Path(item.data(Qt.ItemDataRole.UserRole)))

    def closeEvent(self, event) -> None:
        if self in _PAGES:
            _PAGES.remove(self)
        super().closeEvent(event)


def show_start_page() -> StartPage:
    page = StartPage()
    _PAGES.append(page)
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        frame = page.frameGeometry()
        frame.moveCenter(screen.availableGeometry().center())
        page.move(frame.topLeft())
    page.show()
    page.raise_()
    page.activateWindow()
    return page
