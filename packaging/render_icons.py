"""Render Waymark's icons (resources/icons/*.svg) to the PNG sizes desktops ask for, and an .ico.

Run after changing an SVG; the PNGs are committed so neither the bundle build nor the app needs
an SVG renderer at install time. Qt's own renderer is used (QtSvg ships in PySide6-Essentials),
so nothing beyond the venv is needed:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
NAMES = ("waymark", "application-x-waymark")


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for name in NAMES:
        for size in SIZES:
            out = ICONS / f"{name}-{size}.png"
            if not render(ICONS / f"{name}.svg", size).save(str(out)):
                raise SystemExit(f"render_icons: cannot write {out}")
            print(out.relative_to(ICONS.parent.parent))
    # Windows wants an .ico for the executable and the file association (packaging/windows).
    ico = ICONS / "waymark.ico"
    if render(ICONS / "waymark.svg", 256).save(str(ico), "ICO"):
        print(ico.relative_to(ICONS.parent.parent))
    ico = ICONS / "application-x-waymark.ico"
    if render(ICONS / "application-x-waymark.svg", 256).save(str(ico), "ICO"):
        print(ico.relative_to(ICONS.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
