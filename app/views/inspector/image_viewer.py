"""A card's image shown large: a plain dialog, scaled down to fit the screen, never up.

The image is the stored PNG (at most CARD_IMAGE_SIDE px), so there is nothing to load here;
Esc or Close ends it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.i18n import translate


class ImageViewer(QDialog):
    def __init__(self, image: QImage, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ImageViewer", "Card Image"))
        layout = QVBoxLayout(self)
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() * 0.85 if screen is not None else image.size()
        pixmap = QPixmap.fromImage(image)
        if pixmap.width() > room.width() or pixmap.height() > room.height():
            pixmap = pixmap.scaled(room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        self.picture = QLabel()
        self.picture.setPixmap(pixmap)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(
            translate("ImageViewer", "Card image, {width}×{height} px").format(
                width=image.width(), height=image.height()
            )
        )
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(pixmap.width() + 40, pixmap.height() + 80)
