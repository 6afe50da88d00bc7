"""Suggestions the user starts from: activities → stages by name, and columns → roles by header."""

from __future__ import annotations

import json

from app.analytics.api import Role, detect_columns, suggest_mapping
from scripts.make_sample_events import SAMPLE_MAPPING
from tests.conftest import SAMPLE_JSON


def sample_stages() -> list[tuple[str, str]]:
    journey = json.loads(SAMPLE_JSON.read_text(encoding="utf-8"))["journeys"][0]
    return [(s["id"], s["name"]) for s in journey["stages"]]


def test_the_sample_activities_map_to_their_stages_and_two_stay_unmapped():
    activities = SAMPLE_MAPPING
    got = suggest_mapping([*activities, "Booked appointment", "Watched tutorial"], sample_stages())
    assert got == activities


def test_exact_stage_names_map_and_nonsense_does_not():
    stages = [("a", "Onboarding"), ("b", "Payment")]
    assert suggest_mapping(["Onboarding", "payment", "zzz"], stages) == {"Onboarding": "a", "payment": "b"}


def test_columns_are_detected_by_name_in_several_spellings():
    assert detect_columns(["Case ID", "Activity", "Timestamp", "Channel", "Segment", "Comment", "CSAT"]) == {
        Role.CASE: "Case ID",
        Role.ACTIVITY: "Activity",
        Role.TIME: "Timestamp",
        Role.CHANNEL: "Channel",
        Role.SEGMENT: "Segment",
        Role.FEEDBACK: "Comment",
        Role.RATING: "CSAT",
    }
    assert detect_columns(["case:concept:name", "concept:name", "time:timestamp"]) == {
        Role.CASE: "case:concept:name",
        Role.ACTIVITY: "concept:name",
        Role.TIME: "time:timestamp",
    }
    # Two equally good candidates: nothing is guessed for that role.
    assert Role.CASE not in detect_columns(["customer_id", "user_id", "event", "date"])
