"""Analyse Event Log… in the real window: `python -m app FILE` on Xvfb, driven with keys only.

Alt+A L opens the file dialog (Qt's own on X11 without a desktop portal), the log's path is
typed into its name field, Return; then Return in the columns dialog (Next: case, activity and
time detected), Return in the mapping dialog (Analyse: the activities are named like the
stages, so the suggestion maps them), Return in the summary (Apply), Ctrl+S, Ctrl+Q. The saved
file then holds the journey's analytics and its flow lane. Skipped without Xvfb and xdotool
(the helpers are tests/test_xvfb_capture.py's).
"""

from __future__ import annotations

import time
from pathlib import Path

from app.models.entities import LaneKind
from app.models.project_file import read_project_file
from tests.test_xvfb_capture import real_window  # noqa: F401  (the fixture)
from tests.test_xvfb_window import pytestmark  # noqa: F401  (the skip mark)


def _log(path: Path) -> Path:
    rows = ["case_id,activity,timestamp"]
    for n in range(1, 31):
        steps = ["Search", "Compare sites", "Visit the store", "Buy"][: 1 + n % 4]
        rows += [f"c{n},{a},2026-03-{1 + n % 28:02d} {9 + k:02d}:00" for k, a in enumerate(steps)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_analyse_an_event_log_with_the_keyboard(real_window, sample_file, tmp_path):
    log = _log(tmp_path / "events.csv")
    window = real_window()
    window.key("alt+a")
    window.key("l")  # Analytics ▸ Analyse Event Log…
    time.sleep(1.0)
    window.type(str(log))
    window.key("Return")
    time.sleep(2.0)  # the preview, on the worker thread
    window.key("Return")  # Next: the detected columns
    time.sleep(2.0)  # the activity counts
    window.key("Return")  # Analyse: the suggested mapping
    time.sleep(3.0)  # the analysis
    window.key("Return")  # Apply
    time.sleep(1.0)
    window.key("ctrl+s")
    time.sleep(0.5)
    window.quit()

    project, _inspection = read_project_file(sample_file)
    journey = project.journey("buy-phone")
    analytics = journey.analytics
    assert analytics is not None, "no analytics were saved"
    assert analytics.source.path == str(log) and analytics.events == 75 and analytics.cases == 30
    reached = {m.stage: m.reached for m in analytics.stages}
    assert reached["search"] == 30 and reached["buy"] == 7
    assert any(lane.kind == LaneKind.FLOW for lane in journey.lanes)
    assert sum(1 for lane in journey.lanes if lane.measure is not None) == 3
