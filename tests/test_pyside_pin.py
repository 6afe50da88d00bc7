"""Guards the PySide6 pin (>=6.9,<6.12).

PySide6 6.12.0 on Python 3.11 drops a reference to None on every Python override of a Qt
virtual that returns None; after a few thousand calls the interpreter dies in
none_dealloc. These tests make well over 20,000 such calls, so a bad wheel kills the run.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

CALLS = 25_000


def test_version_is_inside_the_pin():
    major, minor = (int(p) for p in PySide6.__version__.split(".")[:2])
    assert (6, 9) <= (major, minor) < (6, 12), PySide6.__version__


class Counter(QObject):
    def __init__(self):
        super().__init__()
        self.calls = 0

    def customEvent(self, event):
        self.calls += 1


def test_many_none_returning_virtual_overrides(qapp):
    counter = Counter()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        QCoreApplication.sendEvent(counter, QEvent(QEvent.Type.User))
    assert counter.calls == CALLS
    # A leak of one None reference per call would show here long before the crash.
    assert abs(sys.getrefcount(None) - before) < 1_000


class Painted(QGraphicsItem):
    def __init__(self):
        super().__init__()
        self.paints = 0

    def boundingRect(self):
        return QRectF(0, 0, 2, 2)

    def paint(self, painter, option, widget=None):  # returns None
        self.paints += 1


def test_many_paint_overrides(qapp):
    scene = QGraphicsScene()
    items = [Painted() for _ in range(500)]
    for i, item in enumerate(items):
        item.setPos(i * 3, 0)
        scene.addItem(item)
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    for _ in range(45):
        scene.render(painter, QRectF(0, 0, 64, 64), scene.itemsBoundingRect())
    painter.end()
    assert sum(item.paints for item in items) >= 20_000
