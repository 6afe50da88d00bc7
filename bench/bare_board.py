"""The baseline board: the same workload drawn the naive way with stock QGraphicsItems.

Straight from the JSON file: one QGraphicsRectItem per card (a fixed width, a height from its
text length) with a QGraphicsSimpleTextItem child holding the first line of its text cut to 40
characters, stacked per cell; a plain text item per stage and lane header; emotion points as
small ellipses. No layout engine, no styling, no document, no undo: what Qt alone costs.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QMainWindow,
)

COLUMN_W, HEADER_W, HEADER_H, CARD_W, GAP = 260.0, 180.0, 60.0, 236.0, 8.0


def card_height(text: str) -> float:
    return 44.0 + 16.0 * min(8, len(text) // 32)


def build_scene(path: Path) -> QGraphicsScene:
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    journey = doc["journeys"][0]
    stage_x = {s["id"]: HEADER_W + n * COLUMN_W for n, s in enumerate(journey["stages"])}
    cells: dict[tuple, list] = {}
    for card in journey["cards"]:
        cells.setdefault((card["lane"], card["stage"]), []).append(card)
    scene = QGraphicsScene()
    for stage in journey["stages"]:
        label = scene.addSimpleText(stage["name"])
        label.setPos(stage_x[stage["id"]] + 8, 20)
    y = HEADER_H
    brushes: dict[str, QBrush] = {}
    for lane in journey["lanes"]:
        tallest = 80.0
        for stage in journey["stages"]:
            cy = y + GAP
            for card in cells.get((lane["id"], stage["id"]), ()):
                h = card_height(card["text"])
                color = card.get("color") or "#FFF5C2"
                brush = brushes.setdefault(color, QBrush(QColor(color)))
                rect = QGraphicsRectItem(QRectF(0, 0, CARD_W, h))
                rect.setBrush(brush)
                rect.setPos(stage_x[stage["id"]] + (COLUMN_W - CARD_W) / 2, cy)
                text = QGraphicsSimpleTextItem(card["text"].split("\n", 1)[0][:40], rect)
                text.setPos(6, 6)
                scene.addItem(rect)
                cy += h + GAP
            tallest = max(tallest, cy - y)
        header = scene.addSimpleText(lane["name"])
        header.setPos(8, y + 8)
        if lane["kind"] == "emotion":
            for point in journey["emotions"]:
                if point["lane"] == lane["id"]:
                    dot = QGraphicsEllipseItem(-5, -5, 10, 10)
                    dot.setPos(stage_x[point["stage"]] + COLUMN_W / 2, y + 80 - 18 * point["score"])
                    scene.addItem(dot)
            tallest = max(tallest, 160.0)
        scene.addRect(QRectF(0, y, HEADER_W + COLUMN_W * len(journey["stages"]), tallest))
        y += tallest
    return scene


def make_window(path: Path) -> tuple[QMainWindow, QGraphicsView]:
    scene = build_scene(path)
    view = QGraphicsView(scene)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.setParent(view)
    window = QMainWindow()
    window.setCentralWidget(view)
    return window, view
