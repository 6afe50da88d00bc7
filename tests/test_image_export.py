"""Tier 1/2: `waymark export --png/--svg` and the board renderer behind it (no window)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QColor, QImage

from app.cli import main
from app.models.project_file import read_project_file
from app.views.board import image_export as X

STAGES = [
    "Search",
    "Compare sites",
    "Visit the store",
    "Buy",
    "Learn to use it",
    "Contact support",
    "Review & recommend",
]


def expected_size(sample_file, scale):
    scene = X.journey_scene(read_project_file(sample_file)[0])
    scene.show_journey("buy-phone")
    size = X.pixel_size(scene, scale)
    scene.show_journey(None)
    return size.width(), size.height()


def test_png_has_the_size_of_the_board_at_the_scale(qapp, sample_file, tmp_path):
    out1, out2 = tmp_path / "one.png", tmp_path / "two.png"
    assert main(["export", str(sample_file), "--png", str(out1)]) == 0
    assert main(["export", str(sample_file), "--png", str(out2), "--scale", "2", "--journey", "buy-phone"]) == 0
    one, two = QImage(str(out1)), QImage(str(out2))
    assert (one.width(), one.height()) == expected_size(sample_file, 1.0)
    assert (two.width(), two.height()) == expected_size(sample_file, 2.0)
    assert abs(two.width() - 2 * one.width()) <= 1 and abs(two.height() - 2 * one.height()) <= 1
    assert one.width() > 1000 and one.height() > 800


def test_png_is_drawn_on_white_and_not_blank(qapp, sample_file, tmp_path):
    out = tmp_path / "board.png"
    assert main(["export", str(sample_file), "--png", str(out), "--scale", "0.5"]) == 0
    image = QImage(str(out))
    assert image.pixelColor(0, 0) == QColor("white")  # the margin
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50  # cards, headers, text: far from a blank page
    dark = sum(QColor(c).lightness() < 100 for c in colours)
    assert dark > 5  # there is ink (text and stage headers)


def test_svg_parses_and_names_the_stages(qapp, sample_file, tmp_path):
    out = tmp_path / "board.svg"
    assert main(["export", str(sample_file), "--svg", str(out)]) == 0
    root = ET.parse(out).getroot()
    assert root.tag.endswith("svg")
    texts = {"".join(el.itertext()).strip() for el in root.iter() if el.tag.endswith("text")}
    assert set(STAGES) <= texts
    titles = [el.text for el in root.iter() if el.tag.endswith("title")]
    assert "Buy a new phone" in titles


def test_unknown_journey_is_one_line_and_writes_nothing(qapp, sample_file, tmp_path, capsys):
    out = tmp_path / "board.png"
    assert main(["export", str(sample_file), "--png", str(out), "--journey", "nope"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"waymark: error: no journey 'nope' in {sample_file.name} (its journeys: buy-phone)"
    assert not out.exists() and list(tmp_path.iterdir()) == [sample_file]


def test_scale_is_bounded_and_goes_with_images_only(sample_file, tmp_path, capsys):
    for bad in ("0", "9", "nan", "x"):
        with pytest.raises(SystemExit) as exit_info:
            main(["export", str(sample_file), "--png", str(tmp_path / "a.png"), "--scale", bad])
        assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["export", str(sample_file), "--json", str(tmp_path / "a.json"), "--scale", "2"])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit):
        main(["export", str(sample_file), "--png", str(tmp_path / "a.png"), "--svg", str(tmp_path / "a.svg")])
    assert not list(tmp_path.glob("a.*"))


def test_a_picture_too_large_is_refused_before_memory_goes(qapp, sample_file, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(X, "MAX_PIXELS", 1_000_000)
    out = tmp_path / "big.png"
    assert main(["export", str(sample_file), "--png", str(out), "--scale", "2"]) == 1
    err = capsys.readouterr().err
    assert "pixels" in err and "use a scale of at most 0." in err and "or export SVG" in err
    assert len(err.strip().splitlines()) == 1 and not out.exists()


def test_export_runs_without_a_display(sample_file, tmp_path):
    """The real command in a fresh process: no DISPLAY, no QT_QPA_PLATFORM, no window."""
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "board.png"
    result = subprocess.run(
        [sys.executable, "-m", "app", "export", str(sample_file), "--png", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).width() > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["board.png", "sample.waymark"]


def test_image_format_comes_from_the_extension(qapp, doc, tmp_path):
    with pytest.raises(X.ImageExportError, match=r"\.png or \.svg"):
        X.export_journey(doc.project, None, tmp_path / "board.jpg")
    done = X.export_journey(doc.project, None, tmp_path / "board.PNG", 0.25)
    assert done.width > 0 and QImage(str(done.path)).width() == done.width
