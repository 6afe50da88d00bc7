"""The benchmark workloads are valid FORMAT.md documents with the documented sizes (nothing is timed)."""

from __future__ import annotations

import json

import pytest

from app.models.interchange import read_project_json
from bench import workloads as W

EXPECTED = {
    "small": {"stages": 6, "lanes": 5, "cards": 60, "personas": 0},
    "workshop": {"stages": 15, "lanes": 8, "cards": 600, "personas": 3},
    "huge": {"stages": 60, "lanes": 14, "cards": 10_000, "personas": 10, "emotion_points": 600},
    "limits": {"stages": 200, "lanes": 24, "cards": 50_000, "personas": 10, "emotion_points": 4_000},
}


@pytest.mark.parametrize("name", W.NAMES)
def test_workload_is_valid_format_json_with_its_counts(name: str) -> None:
    doc = W.generate(name)
    counts = W.counts(doc)
    for key, value in EXPECTED[name].items():
        assert counts[key] == value, key
    result = read_project_json(json.dumps(doc))
    assert result.warnings == []
    journey = result.project.journeys[0]
    assert len(journey.cards) == counts["cards"]
    assert len(journey.emotions) == counts["emotion_points"] > 0
    kinds = [lane.kind for lane in journey.lanes]
    assert {"touchpoints", "emotion", "metric"} <= set(kinds)
    assert kinds.count("cards") >= len(kinds) // 2


def test_workloads_are_deterministic() -> None:
    assert W.generate("workshop") == W.generate("workshop")


def test_table_lists_every_row_and_marks_errors() -> None:
    from bench.measures import Row
    from bench.report import table

    rows = [
        Row("save", "huge", 10.0, 5.0, "ms", "—", None, "10 ms", "5 ms"),
        Row("open", "huge", float("nan"), None, "ms", "≤ 2 s", None, "ERROR", error="boom"),
    ]
    text = table(rows)
    assert "2.00×" in text and "ERROR" in text and text.count("\n") == 3
