"""`waymark present FILE` in a real window on a 1280×720 Xvfb screen (a projector's size), driven
with xdotool: the board fills the screen with no menus, the clicker's Right steps to stage 3, the
card text is measured on the screenshot, Esc brings the normal window back, Ctrl+Q quits.

Skipped without Xvfb and xdotool, like tests/test_xvfb_window.py. No window manager runs, so
the window is focused with ``windowfocus`` (and presentation sets its geometry itself).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.theme import DEFAULT_CARD_COLORS
from tests.test_xvfb_window import _free_display, _xdotool, pytestmark  # noqa: F401  (the skip mark)

YELLOW = tuple(int(DEFAULT_CARD_COLORS["actions"][n : n + 2], 16) for n in (1, 3, 5))
W, H = 1280, 720


@pytest.fixture
def projector():
    number = _free_display()
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", f"{W}x{H}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            pytest.skip("Xvfb did not start")
        time.sleep(0.05)
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def shot(display: str, path: Path):
    from PIL import Image

    subprocess.run(["import", "-window", "root", str(path)], check=True, env={**os.environ, "DISPLAY": display})
    return Image.open(path).convert("RGB")


def ink_rows(image, x0: int, x1: int, y0: int, y1: int) -> list[int]:
    px = image.load()
    return [y for y in range(y0, y1) if any(sum(px[x, y]) < 360 for x in range(x0, x1))]


def test_present_a_file_step_to_stage_3_measure_the_text_and_leave(projector, sample_file, data_dir, tmp_path):
    pytest.importorskip("PIL")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=projector, WAYMARK_DATA_DIR=str(data_dir))
    app = subprocess.Popen(
        [sys.executable, "-m", "app", "present", str(sample_file)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        found = _xdotool(projector, "search", "--sync", "--onlyvisible", "--name", r"sample\.waymark", timeout=60)
        window = found.split()[0]
        _xdotool(projector, "windowfocus", "--sync", window)
        time.sleep(1.5)
        for _ in range(2):
            _xdotool(projector, "key", "Right")
            time.sleep(0.4)
        _xdotool(projector, "mousemove", "5", str(H - 5))
        time.sleep(0.5)
        image = shot(projector, tmp_path / "stage3.png")
        px = image.load()
        # full screen, no menu bar: the top-left is the board's lane column corner, not a menu
        assert _xdotool(projector, "getwindowgeometry", window).split("Geometry: ")[1].strip() == f"{W}x{H}"
        # stage 3 lit in the middle: actions-yellow cards there, dimmed (darker) ones either side
        middle = [x for x in range(W) if px[x, 130] == YELLOW]
        assert middle and W * 0.4 < (middle[0] + middle[-1]) / 2 < W * 0.7
        dimmed = px[middle[-1] + 60, 130]
        assert sum(dimmed) < sum(YELLOW) - 120
        # the card's first text line: its ink from the top of the capitals to the descenders
        card_top = min(y for y in range(60, 300) if px[middle[0] + 5, y] == YELLOW)
        rows = ink_rows(image, middle[0] + 8, middle[-1] - 8, card_top + 4, card_top + 40)
        first_line = [y for y in rows if y - rows[0] < 20 and all(r in rows for r in range(rows[0], y + 1))]
        print(f"first text line of stage 3's first card: {len(first_line)} px of ink")
        assert len(first_line) >= 13, rows  # an 18 px font: 13 px capitals, 17-18 px with descenders
        _xdotool(projector, "key", "Escape")
        time.sleep(1.0)
        assert _xdotool(projector, "getwindowgeometry", window).split("Geometry: ")[1].strip() != f"{W}x{H}"
        _xdotool(projector, "key", "ctrl+q", check=False)
        code = app.wait(timeout=30)
        stderr = app.stderr.read() if app.stderr else ""
        assert code == 0, stderr
        assert "Traceback" not in stderr, stderr
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(timeout=10)
