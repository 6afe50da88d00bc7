"""FORMAT.md v1 JSON: the one way projects enter and leave Waymark as text.

Reading is defensive because the JSON may come from anywhere (a git repo, another tool, a
hand edit): size and nesting are bounded before and during parsing, NaN and Infinity are
refused, every rule is checked, and unknown fields are reported as warnings, not errors.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import json.encoder
import re
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticSerializationError

from app.i18n import translate
from app.models.entities import FORMAT_ID, Project
from app.models.errors import DocumentRuleError
from app.models.inputs import printable
from app.models.json_text import parse_json
from app.models.ordering import canonical
from app.models.rules import check_project, rule_error_from_pydantic


@dataclass
class ReadResult:
    project: Project
    warnings: list[str] = field(default_factory=list)


def _model_of(annotation: object) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


@functools.cache
def _field_kinds(model: type[BaseModel]) -> dict[str, tuple[type[BaseModel] | None, type[BaseModel] | None]]:
    """Field key (alias or name) -> (model of the field, model of its list items), per model."""
    by_key = {(info.alias or name): info for name, info in model.model_fields.items()}
    by_key.update(model.model_fields)
    kinds = {}
    for key, info in by_key.items():
        annotation = info.annotation
        sub = _model_of(annotation)
        item = (
            _model_of(typing.get_args(annotation)[0]) if sub is None and typing.get_origin(annotation) is list else None
        )
        kinds[key] = (sub, item)
    return kinds


@functools.cache
def _plain_keys(model: type[BaseModel]) -> frozenset[str]:
    """The keys of ``model`` whose values hold no model (nothing below them to look into)."""
    return frozenset(key for key, kind in _field_kinds(model).items() if kind == (None, None))


def unknown_fields(model: type[BaseModel], raw: object, path: str = "") -> list[str]:
    """Paths of fields in ``raw`` that ``model`` does not define, recursively."""
    if not isinstance(raw, dict):
        return []
    found: list[str] = []
    kinds = _field_kinds(model)
    for key, value in raw.items():
        kind = kinds.get(key)
        if kind is None:
            name = printable(str(key), limit=80)
            found.append(f"{path}.{name}" if path else name)
            continue
        sub, item = kind
        if sub is not None:
            found += unknown_fields(sub, value, f"{path}.{key}" if path else str(key))
        elif item is not None and isinstance(value, list):
            plain = _plain_keys(item)
            where = f"{path}.{key}" if path else str(key)
            for i, element in enumerate(value):
                # Most elements have only known, scalar fields: skip building their paths.
                if isinstance(element, dict) and element.keys() <= plain:
                    continue
                found += unknown_fields(item, element, f"{where}[{i}]")
    return found


def project_from_data(raw: object) -> ReadResult:
    if not isinstance(raw, dict):
        raise DocumentRuleError(
            "",
            translate("Interchange", "expected a JSON object at the top, found {type}").format(type=type(raw).__name__),
        )
    fmt = raw.get("format")
    if fmt is None:
        raise DocumentRuleError(
            "format",
            translate("Interchange", 'missing; a Waymark document starts with "format": "{id}"').format(id=FORMAT_ID),
        )
    if fmt != FORMAT_ID:
        raise DocumentRuleError(
            "format",
            translate("Interchange", "{format} is not a format this Waymark reads (it reads {id})").format(
                format=repr(fmt), id=repr(FORMAT_ID)
            ),
        )
    try:
        project = Project.model_validate(raw)
    except ValidationError as exc:
        raise rule_error_from_pydantic(exc) from None
    check_project(project)
    ignored = translate("Interchange", "{where}: unknown field ignored")
    warnings = [ignored.format(where=where) for where in unknown_fields(Project, raw)]

    return ReadResult(project, warnings)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector around a bulk build of many small objects (parsing
    and validating ten thousand cards): it would otherwise walk every object made so far many
    times over, for no garbage (nothing here makes cycles). Restores the previous state."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_project_json(data: bytes | str) -> ReadResult:
    """Parse and validate a whole FORMAT.md document, or raise DocumentRuleError."""
    with gc_paused():
        return project_from_data(parse_json(data))


def project_to_data(project: Project) -> dict[str, Any]:
    return canonical(project).dump()


def write_project_json(project: Project) -> str:
    """Canonical FORMAT.md text: stable ids and order, so it diffs cleanly in git.

    Exactly ``pretty_json(project_to_data(project))``: saved files hold the SHA-256 of this
    text, so not one byte may change. pydantic's serializer writes it about six times faster
    and agrees on every value Waymark stores except floats below 1e-4 and above 1e16 (it
    spells 1.5e-05 ``0.000015`` and 1e+16 ``1e16``) and NaN; any text that could hold one of
    those (a value spelled with an exponent, ``0.0000…``, ``NaN`` or ``Infinity``; a string
    that merely looks like one counts too) is written the slow, exact way instead.
    """
    return canonical_json(canonical(project))


def canonical_json(ordered: Project) -> str:
    """``write_project_json`` of a project already in canonical order (no second sort)."""
    try:
        text = ordered.model_dump_json(by_alias=True, exclude_none=True, indent=2)
    except PydanticSerializationError:
        text = None  # e.g. a lone surrogate: the exact path below fails the same way as always
    if text is None or _SERIALIZER_DIFFERS.search(text):
        text = pretty_json(ordered.dump())
    return text + "\n"


# A value where the serializers could differ: a number after a key spelled with an exponent or
# below 1e-4, NaN or Infinity. Numbers only ever follow a key: no field is a list of numbers
# (tests/test_project_json_text.py checks the models), and this literal prefix keeps the scan
# of 50,000 cards at a few milliseconds.
_SERIALIZER_DIFFERS = re.compile(r": -?(?:\d[\d.]*[eE]|0\.0000|NaN|Infinity)")


_encode_str = json.encoder.encode_basestring  # ensure_ascii=False: the C encoder when available
_float_repr = float.__repr__
_int_repr = int.__repr__


def pretty_json(value: object) -> str:
    """Exactly ``json.dumps(value, ensure_ascii=False, indent=2)`` for JSON data of dicts with str
    keys, lists, str, int, finite float, bool and None (what ``project_to_data`` returns), without
    the generic encoder's per-value overhead: project checksums hash this text, so it is hot."""
    return _dump(value, "\n")


def _finite(value: float) -> str:
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("NaN and infinity are not JSON")
    return _float_repr(value)


_SCALARS: dict[type, Callable[[Any], str]] = {
    str: _encode_str,
    int: _int_repr,
    float: _finite,
    bool: lambda v: "true" if v else "false",
    type(None): lambda v: "null",
}


def _dump(value: object, newline: str) -> str:
    scalar = _SCALARS.get(type(value))
    if scalar is not None:
        return scalar(value)
    inner = newline + "  "
    sep = "," + inner
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = []
        for key, item in value.items():
            if type(key) is not str:
                if not isinstance(key, str):
                    raise TypeError(f"keys must be str, not {type(key).__name__}")
                key = str.__str__(key)
            f = _SCALARS.get(type(item))
            parts.append(f"{_encode_str(key)}: {f(item) if f is not None else _dump(item, inner)}")
        return "{" + inner + sep.join(parts) + newline + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return "[" + inner + sep.join([_dump(item, inner) for item in value]) + newline + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _finite(value)
    if isinstance(value, str):
        return _encode_str(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
