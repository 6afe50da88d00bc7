"""A journey's board as a picture: PNG (raster, at a scale) or SVG (vector), with no window.

It draws a snapshot of the project (a Project in memory, or one read from its file): its own
BoardScene over it, with no session behind it (no working copy, lock or recovery metadata),
so the picture never shows the window's selection, find highlights or an open editor. It
renders the whole board (every item plus a margin) on white. The output is written
atomically: beside the target, then renamed over it. The pixel size is bounded before any
memory is allocated, so a huge map or a large scale is refused with a message instead of
exhausting memory.

Needs a QApplication (the board's items are widgets-module graphics items); with no display,
the offscreen platform is enough.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from app.document.cell_tables import CardTable
from app.document.document import Document
from app.i18n import QT_TRANSLATE_NOOP, grouped, translate
from app.models.atomic import write_bytes_atomic
from app.models.entities import Project
from app.models.errors import WaymarkError
from app.views.board import style as S
from app.views.board.card_item import full_detail
from app.views.board.scene import BoardScene

MIN_SCALE, MAX_SCALE = 0.1, 4.0
MAX_SIDE = 32_000  # QPainter's raster engine draws up to 32,767 px on a side
MAX_PIXELS = 60_000_000  # 240 MB at 4 bytes a pixel
MARGIN = 24.0  # board units around the board's items
FORMATS = {".png": "png", ".svg": "svg"}
THE_PROJECT = QT_TRANSLATE_NOOP("BoardImage", "the project")  # names an unnamed project in messages


class ImageExportError(WaymarkError):
    """The picture cannot be made as asked (unknown journey, too large, bad format)."""


class _Snapshot(Document):
    """A project to draw, not to edit. A BoardScene mirrors a Document, and reads only its
    project and its signals; this one has no session behind it (Document.__init__ would open
    one: a working copy, a lock, recovery metadata), so nothing is written and no signal fires."""

    def __init__(self, project: Project, title: str):
        QObject.__init__(self)
        self.project = project
        self.cards = CardTable(self)
        self._snapshot_title = title

    @property
    def title(self) -> str:
        return self._snapshot_title


@dataclass(frozen=True)
class ExportedImage:
    path: Path
    width: int
    height: int
    scale: float = 1.0
    limit: str = ""  # the pixel limit that made the picture smaller than asked ("" if none did)

    @property
    def note(self) -> str:
        """One line for the user when the scale was reduced, so a smaller picture is never a surprise."""
        if not self.limit:
            return ""
        return translate("BoardImage", "scaled to {scale} to stay within {limit}").format(
            scale=f"{self.scale:g}", limit=self.limit
        )


def image_format(path: Path) -> str:
    """``png`` or ``svg`` from the file's extension."""
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise ImageExportError(
            translate("BoardImage", "{file}: an image is saved as .png or .svg").format(file=Path(path).name)
        )
    return fmt


def check_scale(scale: float) -> float:
    if not (MIN_SCALE <= scale <= MAX_SCALE) or math.isnan(scale):
        raise ImageExportError(
            translate("BoardImage", "the scale must be between {low} and {high} (got {scale})").format(
                low=f"{MIN_SCALE:g}", high=f"{MAX_SCALE:g}", scale=f"{scale:g}"
            )
        )
    return scale


def source_rect(scene: BoardScene) -> QRectF:
    """The part of the scene a picture shows: every item, plus a margin."""
    return scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def pixel_size(scene: BoardScene, scale: float) -> QSize:
    rect = source_rect(scene)
    return QSize(max(1, math.ceil(rect.width() * scale)), max(1, math.ceil(rect.height() * scale)))


def largest_scale(scene: BoardScene) -> float:
    """The largest scale whose PNG stays within the pixel limits (two decimals, rounded down)."""
    rect = source_rect(scene)
    by_side = MAX_SIDE / max(rect.width(), rect.height(), 1.0)
    by_area = math.sqrt(MAX_PIXELS / max(rect.width() * rect.height(), 1.0))
    return math.floor(min(by_side, by_area, MAX_SCALE) * 100) / 100


def binding_limit(scene: BoardScene) -> str:
    """The pixel limit ``largest_scale`` is held by, in words."""
    rect = source_rect(scene)
    by_side = MAX_SIDE / max(rect.width(), rect.height(), 1.0)
    by_area = math.sqrt(MAX_PIXELS / max(rect.width() * rect.height(), 1.0))
    if by_side <= by_area:
        return translate("BoardImage", "{count} pixels a side").format(count=grouped(MAX_SIDE))
    return translate("BoardImage", "{count} pixels").format(count=grouped(MAX_PIXELS))


def check_pixel_size(scene: BoardScene, scale: float) -> QSize:
    size = pixel_size(scene, scale)
    if size.width() > MAX_SIDE or size.height() > MAX_SIDE or size.width() * size.height() > MAX_PIXELS:
        best = largest_scale(scene)
        if best >= MIN_SCALE:
            hint = translate("BoardImage", "use a scale of at most {scale}").format(scale=f"{best:g}")
        else:
            hint = translate("BoardImage", "this journey is too large for a PNG")
        raise ImageExportError(
            translate(
                "BoardImage",
                "the PNG would be {width} × {height} pixels, over the limit of {side} pixels a side"
                " and {millions} million pixels in all; {hint}, or export SVG",
            ).format(
                width=grouped(size.width()),
                height=grouped(size.height()),
                side=grouped(MAX_SIDE),
                millions=MAX_PIXELS // 1_000_000,
                hint=hint,
            )
        )
    return size


def _paint(scene: BoardScene, painter: QPainter, size: QSize) -> None:
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.TextAntialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
    )
    target = QRectF(0, 0, size.width(), size.height())
    painter.fillRect(target, QColor(Qt.GlobalColor.white))
    with full_detail():  # level of detail is for zooming on screen; a picture shows everything
        scene.render(painter, target, source_rect(scene), Qt.AspectRatioMode.KeepAspectRatio)


def render_png(scene: BoardScene, target: Path, scale: float = 1.0) -> QSize:
    size = check_pixel_size(scene, check_scale(scale))
    image = QImage(size, QImage.Format.Format_RGB32)
    if image.isNull():
        raise ImageExportError(
            translate("BoardImage", "not enough memory for a {width} × {height} pixel image").format(
                width=grouped(size.width()), height=grouped(size.height())
            )
        )
    image.fill(QColor(Qt.GlobalColor.white))
    dots_per_meter = round(96 * scale / 0.0254)  # a 1:1 print size at the chosen scale
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    painter = QPainter(image)
    try:
        _paint(scene, painter, size)
    finally:
        painter.end()

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # Encoded in memory: libpng's own write errors would print a line and lose errno.
    if not image.save(buffer, "PNG"):
        raise ImageExportError(translate("BoardImage", "could not encode {file} as PNG").format(file=Path(target).name))
    buffer.close()
    write_bytes_atomic(Path(target), data.data())
    return size


def render_svg(scene: BoardScene, target: Path, scale: float = 1.0, *, title: str = "") -> QSize:
    from PySide6.QtSvg import QSvgGenerator

    size = pixel_size(scene, check_scale(scale))

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # Drawn into memory: QSvgGenerator ignores a failing write (a full disk went unnoticed).
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription(translate("BoardImage", "A customer journey map made with Waymark"))
    painter = QPainter()
    if not painter.begin(generator):
        raise ImageExportError(translate("BoardImage", "could not start drawing {file}").format(file=Path(target).name))
    try:
        _paint(scene, painter, size)
    finally:
        painter.end()
    buffer.close()
    write_bytes_atomic(Path(target), data.data())
    return size


def export_scene(scene: BoardScene, target: Path, scale: float = 1.0, *, title: str = "") -> ExportedImage:
    """Write the scene's current journey to ``target`` (PNG or SVG by its extension)."""
    fmt = image_format(target)
    size = render_png(scene, target, scale) if fmt == "png" else render_svg(scene, target, scale, title=title)
    return ExportedImage(Path(target), size.width(), size.height())


def journey_scene(project: Project, title: str = "") -> BoardScene:
    """A throwaway scene over ``project`` as it is now; ``title`` names it in messages."""
    return BoardScene(_Snapshot(project, title or translate("BoardImage", THE_PROJECT)))


def export_journey(
    project: Project,
    journey_id: str | None,
    target: Path,
    scale: float = 1.0,
    *,
    title: str = "",
    shrink_to_fit: bool = False,
) -> ExportedImage:
    """``_export_journey`` in the light look at the standard text size, even when the window is
    dark or its text larger (Preferences): a picture looks the same whoever made it."""
    with S.export_look():
        return _export_journey(project, journey_id, target, scale, title=title, shrink_to_fit=shrink_to_fit)


def _export_journey(
    project: Project,
    journey_id: str | None,
    target: Path,
    scale: float = 1.0,
    *,
    title: str = "the project",
    shrink_to_fit: bool = False,
) -> ExportedImage:
    """Render one journey of ``project`` (the first when ``journey_id`` is None) to ``target``.

    With ``shrink_to_fit`` a PNG too large at ``scale`` is made at the largest scale allowed
    instead of being refused (the window's export, and the command line without --scale; a
    scale the user typed is kept, or refused).
    The picture is drawn before this returns, so the window can pass its own live project. The
    result's ``note`` says when, and why, the scale was reduced.
    """
    image_format(target)
    check_scale(scale)
    title = title or translate("BoardImage", THE_PROJECT)
    journeys = project.journeys
    if not journeys:
        raise ImageExportError(translate("BoardImage", "{title} has no journey to export").format(title=title))
    if journey_id is None:
        journey = journeys[0]
    else:
        journey = project.journey(journey_id)
        if journey is None:
            known = ", ".join(j.id for j in journeys[:20]) + (" …" if len(journeys) > 20 else "")
            raise ImageExportError(
                translate("BoardImage", "no journey '{journey}' in {title} (its journeys: {known})").format(
                    journey=journey_id, title=title, known=known
                )
            )

    scene = journey_scene(project, title)
    try:
        scene.setBackgroundBrush(QColor(Qt.GlobalColor.white))
        scene.show_journey(journey.id)
        limit = ""
        if shrink_to_fit and image_format(target) == "png" and scale > (best := largest_scale(scene)):
            scale, limit = max(MIN_SCALE, best), binding_limit(scene)
        done = export_scene(scene, target, scale, title=journey.name)
        return ExportedImage(done.path, done.width, done.height, scale, limit)
    finally:
        scene.show_journey(None)
