"""Choose a template: the library on the left, a preview of the chosen one on the right.

The preview is the template's real board, rendered offscreen from a throwaway document
(``Document.new`` → ``BoardScene`` → ``scene.render``) and closed straight after, so what
the picker shows is exactly what "New journey from template" will create. Previews are
cached: built-ins for the whole session (they never change), user templates per dialog.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import theme as T
from app.document.document import Document
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.entities import LaneKind, Project
from app.models.errors import WaymarkError
from app.models.library import is_user_template, list_templates, load_template
from app.views.board import style as S
from app.views.board.scene import BoardScene
from app.views.focus import focus_ring_style
from app.views.preferences.appearance import is_dark

PREVIEW_SIZE = QSize(640, 360)
PREVIEW_MARGIN = 16.0  # board units around the board's items
ID_ROLE = Qt.ItemDataRole.UserRole

INK, MUTED, BORDER, ACCENT = T.INK, T.MUTED, T.GRID, T.SELECTION  # the list and the preview: white in both themes

_builtin_previews: dict[str, QPixmap] = {}  # built-in templates never change while we run

KIND_HINT = {  # texts in the "TemplatePicker" context
    LaneKind.EMOTION: QT_TRANSLATE_NOOP("TemplatePicker", "emotion curve"),
    LaneKind.METRIC: QT_TRANSLATE_NOOP("TemplatePicker", "metric"),
    LaneKind.TOUCHPOINTS: QT_TRANSLATE_NOOP("TemplatePicker", "touchpoints"),
    LaneKind.FLOW: QT_TRANSLATE_NOOP("TemplatePicker", "flows from data"),
}
LINE_NAMES = {
    "interaction": QT_TRANSLATE_NOOP("TemplatePicker", "interaction"),
    "visibility": QT_TRANSLATE_NOOP("TemplatePicker", "visibility"),
    "internal": QT_TRANSLATE_NOOP("TemplatePicker", "internal interaction"),
}


def render_board_preview(project: Project, size: QSize = PREVIEW_SIZE, ratio: float = 1.0) -> QPixmap:
    """The first journey of ``project`` drawn to fit ``size`` (logical pixels), on white."""
    image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor(T.WHITE))
    if not project.journeys:
        return QPixmap.fromImage(image)
    doc = Document.new(project, title="template preview")
    with S.export_look():  # a preview is a page: light at the standard size, in a dark window too
        return _render_preview(doc, project, image, size)


def _render_preview(doc: Document, project: Project, image: QImage, size: QSize) -> QPixmap:
    scene = BoardScene(doc)
    try:
        scene.setBackgroundBrush(QColor(T.WHITE))
        scene.show_journey(project.journeys[0].id)
        source = scene.itemsBoundingRect().adjusted(-PREVIEW_MARGIN, -PREVIEW_MARGIN, PREVIEW_MARGIN, PREVIEW_MARGIN)
        painter = QPainter(image)
        try:
            painter.setRenderHints(
                QPainter.RenderHint.Antialiasing
                | QPainter.RenderHint.TextAntialiasing
                | QPainter.RenderHint.SmoothPixmapTransform
            )
            scale = min(size.width() / source.width(), size.height() / source.height())
            target = QRectF(0, 0, source.width() * scale, source.height() * scale)
            target.moveCenter(QRectF(0, 0, size.width(), size.height()).center())
            scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        finally:
            painter.end()
    finally:
        scene.show_journey(None)
        scene.deleteLater()
        doc.close()
    return QPixmap.fromImage(image)


class TemplatePicker(QDialog):
    """Pick a template; after ``exec()`` returns Accepted, ``selected_id`` names it."""

    def __init__(self, parent=None, *, initial_id: str | None = None, ok_text: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("TemplatePicker", "Choose a template"))
        self.setObjectName("TemplatePicker")
        self.selected_id: str | None = None
        self._previews: dict[str, QPixmap] = {}

        self.list = QListWidget()
        self.list.setAccessibleName(translate("TemplatePickerA11y", "Templates"))
        self.list.setObjectName("templateList")
        self.list.setFixedWidth(250)
        self.list.setSpacing(1)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setStyleSheet(
            f"QListWidget#templateList {{ border: 1px solid {BORDER}; border-radius: 6px; background: {T.WHITE};"
            f" padding: 6px; outline: 0; }}"
            f"QListWidget#templateList::item {{ padding: 7px 10px; border-radius: 4px; color: {INK}; }}"
            f"QListWidget#templateList::item:hover {{ background: {T.TEMPLATE_HOVER}; }}"
            f"QListWidget#templateList::item:selected {{ background: {ACCENT}; color: {T.WHITE}; }}"
            f"QListWidget#templateList::item:disabled {{ color: {MUTED}; background: transparent; }}"
            + focus_ring_style("QListWidget#templateList")  # the keyboard's template, apart from the selection
        )
        self._fill_list()
        # 250 px fits the English names; a longer language's (or template's) text widens the list instead of being cut.
        self.list.setFixedWidth(max(250, self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 40))

        self.title = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.45)
        title_font.setBold(True)
        self.title.setFont(title_font)
        # The words beside them follow the window's theme (it cannot change while the picker is open).
        self._ink, self._muted = (T.DARK_WINDOW.text, T.DARK_WINDOW.muted) if is_dark() else (INK, MUTED)
        self.title.setStyleSheet(f"color: {self._ink};")
        self.kind = QLabel()
        self.kind.setStyleSheet(f"color: {self._muted};")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet(f"color: {self._ink};")

        self.preview = QLabel()
        self.preview.setObjectName("templatePreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(PREVIEW_SIZE + QSize(18, 18))
        self.preview.setStyleSheet(
            f"QLabel#templatePreview {{ background: {T.WHITE}; border: 1px solid {BORDER}; border-radius: 6px;"
            f" padding: 8px; color: {MUTED}; }}"
        )

        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.details.setMaximumWidth(self.preview.width())
        # Room for the longest details (stages, two-line lanes, lines, personas) and a
        # two-line description, so switching templates never makes the dialog jump or overlap.
        line_h = self.fontMetrics().lineSpacing()
        self.details.setMinimumHeight(line_h * 7 + 16)
        self.description.setMinimumHeight(line_h * 2)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        right = QVBoxLayout()
        right.setSpacing(6)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.kind, 0, Qt.AlignmentFlag.AlignBottom)
        right.addLayout(heading)
        right.addWidget(self.description)
        right.addSpacing(4)
        right.addWidget(self.preview)
        right.addSpacing(4)
        right.addWidget(self.details)

        body = QHBoxLayout()
        body.setSpacing(18)
        body.addWidget(self.list)
        panel = QWidget()
        panel.setLayout(right)
        right.setContentsMargins(0, 0, 0, 0)
        body.addWidget(panel, 1)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet(f"color: {BORDER};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text or translate("TemplatePicker", "Use template"))
        self.ok_button.setDefault(True)
        for button in self.buttons.buttons():
            button.setIcon(QIcon())  # some platform themes add icons; plain text reads cleaner
            button.setMinimumWidth(96)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(body, 1)
        layout.addWidget(line)
        layout.addWidget(self.buttons)

        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemDoubleClicked.connect(self._double_clicked)
        self.select_template(initial_id or "blank")

    # -- the list ------------------------------------------------------------------------------

    def _header(self, text: str) -> None:
        item = QListWidgetItem(text.upper())
        font = QFont(self.list.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.82)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0.8)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(item)

    def _fill_list(self) -> None:
        templates = list_templates(include_user=True)
        builtin = [t for t in templates if not is_user_template(t[0])]
        user = [t for t in templates if is_user_template(t[0])]
        self._header(translate("TemplatePicker", "Built-in"))
        for template_id, name in builtin:
            self._add_template(template_id, name)
        self._header(translate("TemplatePicker", "Your templates"))
        for template_id, name in user:
            self._add_template(template_id, name)
        if not user:
            hint = QListWidgetItem(translate("TemplatePicker", "Save a journey as a template\nand it appears here."))
            font = QFont(self.list.font())
            font.setItalic(True)
            hint.setFont(font)
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(hint)

    def _add_template(self, template_id: str, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(ID_ROLE, template_id)
        item.setToolTip(template_id)
        self.list.addItem(item)

    def template_ids(self) -> list[str]:
        """The ids the list offers, top to bottom (headers left out)."""
        ids = (self.list.item(row).data(ID_ROLE) for row in range(self.list.count()))
        return [i for i in ids if i]

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def select_template(self, template_id: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == template_id:
                self.list.setCurrentRow(row)
                return True
        ids = self.template_ids()
        if ids and self.current_id() is None:
            return self.select_template(ids[0])
        return False

    # -- the preview ---------------------------------------------------------------------------

    def preview_pixmap(self, template_id: str) -> QPixmap:
        cache = self._previews if is_user_template(template_id) else _builtin_previews
        pixmap = cache.get(template_id)
        if pixmap is None:
            ratio = self.devicePixelRatioF() or 1.0
            pixmap = render_board_preview(load_template(template_id), PREVIEW_SIZE, ratio)
            cache[template_id] = pixmap
        return pixmap

    def _current_changed(self, current: QListWidgetItem | None, _previous=None) -> None:
        template_id = current.data(ID_ROLE) if current is not None else None
        self.ok_button.setEnabled(template_id is not None)
        if template_id is None:
            return
        self.kind.setText(
            translate("TemplatePicker", "Your template")
            if is_user_template(template_id)
            else translate("TemplatePicker", "Built-in template")
        )
        self.title.setText(current.text())
        try:
            project = load_template(template_id)
            pixmap = self.preview_pixmap(template_id)
        except WaymarkError as exc:
            self.description.setText("")
            self.preview.setPixmap(QPixmap())
            self.preview.setText(
                translate("TemplatePicker", "This template cannot be shown.\n{error}").format(error=exc)
            )
            self.details.setText("")
            self.ok_button.setEnabled(False)
            return
        self.preview.setPixmap(pixmap)
        self._show_details(project)

    def _show_details(self, project: Project) -> None:
        journey = project.journeys[0]
        self.description.setText(journey.description)
        none = translate("TemplatePicker", "none")
        stages = " → ".join(escape(s.name) for s in journey.stages) or none
        lanes = (
            " · ".join(
                escape(lane.name)
                + (
                    f" <span style='color:{self._muted}'>({translate('TemplatePicker', KIND_HINT[lane.kind])})</span>"
                    if lane.kind in KIND_HINT and lane.kind != LaneKind.TOUCHPOINTS
                    else ""
                )
                for lane in journey.lanes
            )
            or none
        )
        rows = [
            (translate("TemplatePicker", "Stages"), f"{len(journey.stages)}", stages),
            (translate("TemplatePicker", "Lanes"), f"{len(journey.lanes)}", lanes),
        ]
        if journey.lines:
            below = translate("TemplatePicker", "(below {lane})")
            lines = " · ".join(
                f"{translate('TemplatePicker', LINE_NAMES[ln.kind])} <span style='color:{self._muted}'>"
                f"{below.format(lane=escape(journey.lane(ln.after_lane).name))}</span>"
                for ln in journey.lines
            )
            rows.append((translate("TemplatePicker", "Lines"), f"{len(journey.lines)}", lines))
        if journey.cards:
            rows.append(
                (
                    translate("TemplatePicker", "Cards"),
                    f"{len(journey.cards)}",
                    translate("TemplatePicker", "example cards to start from"),
                )
            )
        if project.personas:
            names = ", ".join(escape(p.name) for p in project.personas)
            rows.append((translate("TemplatePicker", "Personas"), f"{len(project.personas)}", names))
        html = "".join(
            f"<tr><td style='padding:3px 14px 3px 0; color:{self._muted}; white-space:nowrap'><b>{label}</b>"
            f"&nbsp;{count}</td><td style='padding:3px 0; color:{self._ink}'>{text}</td></tr>"
            for label, count, text in rows
        )
        self.details.setText(f"<table cellspacing='0'>{html}</table>")

    # -- finishing -----------------------------------------------------------------------------

    def _double_clicked(self, item: QListWidgetItem) -> None:
        if item.data(ID_ROLE):
            self.list.setCurrentItem(item)
            self.accept()

    def accept(self) -> None:
        self.selected_id = self.current_id()
        if self.selected_id is None:
            return
        super().accept()

    def reject(self) -> None:
        self.selected_id = None
        super().reject()


def pick_template(parent=None, *, initial_id: str | None = None, ok_text: str | None = None) -> str | None:
    """Show the picker; the chosen template's id, or None when cancelled."""
    picker = TemplatePicker(parent, initial_id=initial_id, ok_text=ok_text)
    try:
        if picker.exec() == QDialog.DialogCode.Accepted:
            return picker.selected_id
        return None
    finally:
        picker.deleteLater()
