"""Tier 1: the canonical project text is byte for byte what json.dumps writes.

Saved files hold the SHA-256 of this text (README "What is checked on open"), so a faster
writer that spelled one number differently would make every such file look damaged.
"""

from __future__ import annotations

import json

import pytest

from app.models import interchange
from app.models.entities import MetricValue
from app.models.interchange import project_to_data, write_project_json


def _exact(project) -> str:
    return json.dumps(project_to_data(project), ensure_ascii=False, indent=2) + "\n"


def _with_metrics(project, values):
    journey = next(j for j in project.journeys if any(ln.kind == "metric" for ln in j.lanes))
    lane = next(ln for ln in journey.lanes if ln.kind == "metric")
    metrics = [
        MetricValue(lane=lane.id, stage=stage.id, value=value, target=value)
        for stage, value in zip(journey.stages, values, strict=False)
    ]
    changed = journey.model_copy(update={"metrics": metrics})
    return project.model_copy(update={"journeys": [changed if j is journey else j for j in project.journeys]})


@pytest.mark.parametrize(
    "values",
    [
        [1.5e-05, -3e-08, 0.0001, 0.00012],
        [1e15, -999999999999999.9, 123456.789, 0.1],
        [2.0, -0.5, 1 / 3, 7.0],
    ],
)
def test_numbers_are_spelled_as_json_dumps_spells_them(sample_project, values):
    project = _with_metrics(sample_project, values)
    assert write_project_json(project) == _exact(project)


def test_texts_are_escaped_as_json_dumps_escapes_them(sample_project):
    card = sample_project.journeys[0].cards[0]
    tricky = 'NaN "quoted" \\ back\x00\x1f\x7f\u2028 tab\t line\n é 中 😀 1e5 0.00001 Infinity'
    journey = sample_project.journeys[0].model_copy(
        update={"cards": [card.model_copy(update={"text": tricky}), *sample_project.journeys[0].cards[1:]]}
    )
    project = sample_project.model_copy(update={"journeys": [journey, *sample_project.journeys[1:]]})
    assert write_project_json(project) == _exact(project)


def test_ordinary_projects_take_the_fast_writer(sample_project, monkeypatch):
    """The sample holds nothing the fast serializer spells differently, so the slow path stays unused."""

    def refuse(_value):
        raise AssertionError("the exact, slow writer ran")

    expected = _exact(sample_project)
    monkeypatch.setattr(interchange, "pretty_json", refuse)
    assert write_project_json(sample_project) == expected


def _lists_of_numbers(model, seen=None) -> list[str]:
    """Fields (as model.field) that hold a list of numbers, through every nested model."""
    import typing

    from pydantic import BaseModel

    seen = set() if seen is None else seen
    if model in seen:
        return []
    seen.add(model)
    found = []

    def flatten(annotation) -> list:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            return flatten(typing.get_args(annotation)[0])
        if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
            return [t for arg in typing.get_args(annotation) for t in flatten(arg)]
        return [annotation]

    for name, info in model.model_fields.items():
        for kind in flatten(info.annotation):
            inner = [t for arg in typing.get_args(kind) for t in flatten(arg)] if typing.get_origin(kind) else [kind]
            for t in inner:
                if isinstance(t, type) and issubclass(t, BaseModel):
                    found += _lists_of_numbers(t, seen)
                elif typing.get_origin(kind) in (list, tuple, set) and t in (int, float):
                    found.append(f"{model.__name__}.{name}")
    return found


def test_no_field_is_a_list_of_numbers():
    """write_project_json looks for numbers only after a key; a list of numbers would slip past it."""
    from app.models.entities import Project

    assert _lists_of_numbers(Project) == []
