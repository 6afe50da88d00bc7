"""Capture in the real window: `python -m app FILE` on Xvfb, driven with xdotool (issue 14).

Skipped without Xvfb and xdotool, like tests/test_xvfb_window.py, whose helpers it uses.
No window manager runs, so the window is focused with ``windowfocus``. The app prints
nothing extra for the test: where the palette's Card entry and the first card are is read
off a screenshot by their colours (the Card icon is the lowest actions-yellow in the palette's
icon column; the board's first card is the first actions-yellow right of it).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.theme import DEFAULT_CARD_COLORS
from tests.test_xvfb_window import _start_xvfb, _xdotool, pytestmark  # noqa: F401  (the skip mark)

YELLOW = tuple(int(DEFAULT_CARD_COLORS["actions"][n : n + 2], 16) for n in (1, 3, 5))


class RealWindow:
    def __init__(self, path: Path, data_dir: Path):
        self.server, self.display = _start_xvfb()
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
        env.update(DISPLAY=self.display, WAYMARK_DATA_DIR=str(data_dir))
        self.app = subprocess.Popen(
            [sys.executable, "-m", "app", str(path)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        try:
            found = self.x(
                "search", "--sync", "--onlyvisible", "--name", rf"{path.name}".replace(".", r"\."), timeout=60
            )
        except subprocess.TimeoutExpired:
            self.app.kill()
            pytest.fail(f"no window appeared; stderr: {self.app.communicate()[1][-2000:]}")
        self.window = found.split()[0]
        self.x("windowfocus", "--sync", self.window)
        time.sleep(1.0)  # the first paint and the journey on the board

    def x(self, *args: str, **kwargs) -> str:
        return _xdotool(self.display, *args, **kwargs)

    def key(self, *keys: str) -> None:
        for name in keys:
            self.x("key", "--clearmodifiers", name)
            time.sleep(0.25)

    def type(self, text: str) -> None:
        self.x("type", "--delay", "40", text)
        time.sleep(0.3)

    def screenshot(self, path: Path):
        from PIL import Image

        subprocess.run(
            ["import", "-window", "root", str(path)],
            check=True,
            env={**os.environ, "DISPLAY": self.display},
            timeout=30,
        )
        return Image.open(path).convert("RGB")

    def quit(self) -> str:
        self.x("key", "ctrl+q", check=False)  # the window may be gone before the key release
        try:
            code = self.app.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.app.kill()
            pytest.fail(f"Ctrl+Q did not quit; stderr: {self.app.communicate()[1][-2000:]}")
        stderr = self.app.stderr.read()
        assert code == 0, stderr
        assert "Traceback" not in stderr, stderr
        return stderr

    def close(self) -> None:
        if self.app.poll() is None:
            self.app.kill()
            self.app.wait(timeout=10)
        self.server.terminate()
        try:
            self.server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.server.kill()


@pytest.fixture
def real_window(sample_file, data_dir):
    made: list[RealWindow] = []

    def start() -> RealWindow:
        made.append(RealWindow(sample_file, data_dir))
        return made[-1]

    yield start
    for window in made:
        window.close()


def saved_cards(path: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(path) as db:
        return db.execute(
            "SELECT lane_id, stage_id, text FROM cards WHERE journey_id = 'buy-phone' ORDER BY lane_id, stage_id, position"
        ).fetchall()


def test_insert_type_enter_duplicate_undo_redo_save(real_window, sample_file):
    before = saved_cards(sample_file)
    window = real_window()
    window.key("Insert")
    window.type("Hello from the keyboard")
    window.key("Return", "ctrl+d", "ctrl+z", "ctrl+y", "ctrl+s")
    window.quit()
    after = saved_cards(sample_file)
    hello = [c for c in after if c[2] == "Hello from the keyboard"]
    assert hello == [("doing", "search", "Hello from the keyboard")] * 2  # the first lane's first stage
    assert sorted(c for c in after if c[2] != "Hello from the keyboard") == sorted(before)


def _rows_of(image, color, xs: range) -> list[int]:
    px = image.load()
    return sorted({y for y in range(image.size[1]) for x in xs if px[x, y] == color})


def test_drag_a_card_from_the_palette_and_type_into_it(real_window, sample_file, tmp_path):
    pytest.importorskip("PIL")
    before = saved_cards(sample_file)
    window = real_window()
    shot = window.screenshot(tmp_path / "board.png")
    rows = _rows_of(shot, YELLOW, range(0, 60))
    assert rows, "no palette icon in actions yellow"
    last = [y for y in rows if y > rows[-1] - 40]  # the lowest icon: Card
    px = shot.load()
    icon_y = (last[0] + last[-1]) // 2
    icon_x = next(x for x in range(0, 60) if px[x, icon_y] == YELLOW) + 4
    card = next((x, y) for y in range(0, shot.size[1], 2) for x in range(300, shot.size[0], 2) if px[x, y] == YELLOW)
    target = (card[0] + 60, card[1] + 20)  # on the board's first card: its cell
    window.x("mousemove", str(icon_x), str(icon_y))
    window.x("mousedown", "1")
    for n in range(1, 16):
        x = icon_x + (target[0] - icon_x) * n // 15
        y = icon_y + (target[1] - icon_y) * n // 15
        window.x("mousemove", str(x), str(y))
        time.sleep(0.05)
    time.sleep(0.3)
    window.x("mouseup", "1")
    time.sleep(0.6)
    window.type("Gets SMS reminder the day before")
    window.key("Return", "ctrl+s")
    window.quit()
    after = saved_cards(sample_file)
    new = [c for c in after if c not in before]
    assert new == [("doing", "search", "Gets SMS reminder the day before")]
    assert len(after) == len(before) + 1
