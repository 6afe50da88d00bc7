"""Tier 1: the entities and FORMAT.md rules, without Qt."""

from __future__ import annotations

import copy
import json

import pytest

from app.models import limits as L
from app.models.errors import DocumentRuleError
from app.models.interchange import read_project_json, write_project_json


def _read(data: dict):
    return read_project_json(json.dumps(data))


def _message(data: dict) -> str:
    with pytest.raises(DocumentRuleError) as info:
        _read(data)
    return str(info.value)


def test_sample_is_valid_and_complete(sample_data):
    project = _read(sample_data).project
    journey = project.journeys[0]
    kinds = {lane.kind for lane in journey.lanes}
    assert kinds == {"cards", "touchpoints", "emotion", "metric"}
    roles = {lane.role for lane in journey.lanes if lane.role}
    assert {"actions", "thoughts", "pain_points", "opportunities", "backstage"} <= roles
    assert [s.name for s in journey.stages] == [
        "Search",
        "Compare sites",
        "Visit the store",
        "Buy",
        "Learn to use it",
        "Contact support",
        "Review & recommend",
    ]
    assert {c.channel for c in journey.cards if c.channel} >= {"web", "store", "phone", "ad"}
    assert {c.touchpoint for c in journey.cards if c.touchpoint} == {"peripheral", "external", "internal"}
    assert len([e for e in journey.emotions if e.variant == "as_is"]) == len(journey.stages)
    assert journey.metrics and journey.lines and project.personas


def test_dangling_lane_names_the_place(sample_data):
    data = copy.deepcopy(sample_data)
    data["journeys"][0]["cards"][3]["lane"] = "zz"
    assert _message(data) == "journeys[0].cards[3].lane: no lane 'zz'"


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda d: d["journeys"][0]["stages"].append(dict(d["journeys"][0]["stages"][0])),
            "journeys[0].stages[7].id: duplicate id 'search'",
        ),
        (
            lambda d: d["journeys"][0]["emotions"][0].update(score=2.5),
            "journeys[0].emotions[0].score: Input should be less than or equal to 2",
        ),
        (
            lambda d: d["journeys"][0]["cards"][0].update(votes="3"),
            "journeys[0].cards[0].votes: Input should be a valid integer",
        ),
        (
            lambda d: d["journeys"][0]["cards"][0].update(stage="nowhere"),
            "journeys[0].cards[0].stage: no stage 'nowhere'",
        ),
        (
            lambda d: d["journeys"][0]["cards"][0].update(lane="feeling"),
            "journeys[0].cards[0].lane: lane 'feeling' is an emotion lane; cards belong in a cards or touchpoints lane",
        ),
        (
            lambda d: d["journeys"][0]["emotions"][0].update(persona="ghost"),
            "journeys[0].emotions[0].persona: no persona 'ghost'",
        ),
        (
            lambda d: d["journeys"][0]["cards"][0].update(color="red"),
            "journeys[0].cards[0].color: String should match pattern '^#[0-9A-Fa-f]{6}$'",
        ),
        (
            lambda d: d["journeys"][0]["cards"][0].update(touchpoint="outer"),
            "journeys[0].cards[0].touchpoint: Input should be 'peripheral', 'external' or 'internal'",
        ),
        (lambda d: d["journeys"][0]["persona_ids"].append("ghost"), "journeys[0].persona_ids[1]: no persona 'ghost'"),
        (
            lambda d: d["journeys"][0]["lines"].append({"after_lane": "zz", "kind": "visibility"}),
            "journeys[0].lines[3].after_lane: no lane 'zz'",
        ),
        (
            lambda d: d["journeys"][0]["metrics"].append(dict(d["journeys"][0]["metrics"][0])),
            "journeys[0].metrics[14]: a second value for the same lane and stage",
        ),
        (lambda d: d.pop("format"), 'format: missing; a Waymark document starts with "format": "waymark/1"'),
        (
            lambda d: d.update(format="waymark/2"),
            "format: 'waymark/2' is not a format this Waymark reads (it reads 'waymark/1')",
        ),
        (lambda d: d["journeys"][0].pop("name"), "journeys[0].name: missing"),
    ],
)
def test_rule_violations_are_rejected_with_their_place(sample_data, mutate, expected):
    data = copy.deepcopy(sample_data)
    mutate(data)
    assert _message(data).startswith(expected)


def test_limits_are_enforced_with_a_message(sample_data):
    data = copy.deepcopy(sample_data)
    data["journeys"][0]["cards"][0]["text"] = "x" * (L.MAX_CARD_TEXT + 1)
    assert f"at most {L.MAX_CARD_TEXT} characters" in _message(data)
    data = copy.deepcopy(sample_data)
    data["journeys"][0]["stages"] = [{"id": f"s{i}", "name": "S"} for i in range(L.MAX_STAGES + 1)]
    data["journeys"][0]["cards"] = []
    data["journeys"][0]["emotions"] = []
    data["journeys"][0]["metrics"] = []
    assert _message(data).startswith(f"journeys[0].stages: {L.MAX_STAGES + 1} stages; Waymark accepts at most")


def test_unknown_fields_are_warnings_not_errors(sample_data):
    data = copy.deepcopy(sample_data)
    data["colour_scheme"] = "dark"
    data["journeys"][0]["cards"][2]["sticker"] = True
    result = _read(data)
    assert sorted(result.warnings) == [
        "colour_scheme: unknown field ignored",
        "journeys[0].cards[2].sticker: unknown field ignored",
    ]
    assert "sticker" not in write_project_json(result.project)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "the file is empty"),
        ("{", "not valid JSON: Expecting property name enclosed in double quotes (line 1, column 2)"),
        ('{"format": NaN}', "not valid JSON: NaN is not allowed in JSON"),
        ("[" * 100_000 + "]" * 100_000, "the JSON is nested too deeply"),
        ('{"a":' * 70 + "1" + "}" * 70, "the JSON is nested too deeply"),
        ("[1, 2]", "expected a JSON object at the top, found list"),
    ],
)
def test_malformed_json(text, expected):
    with pytest.raises(DocumentRuleError) as info:
        read_project_json(text)
    assert str(info.value).startswith(expected)


def test_not_utf8():
    with pytest.raises(DocumentRuleError, match="not UTF-8"):
        read_project_json(b'{"format": "\xff"}')


def test_writer_is_canonical_and_stable(sample_data):
    project = _read(sample_data).project
    shuffled = copy.deepcopy(sample_data)
    shuffled["journeys"][0]["emotions"].reverse()
    shuffled["journeys"][0]["metrics"].reverse()
    assert write_project_json(_read(shuffled).project) == write_project_json(project)
    assert write_project_json(project) == write_project_json(_read(json.loads(write_project_json(project))).project)
