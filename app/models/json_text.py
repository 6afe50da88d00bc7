"""Strict, bounded JSON parsing: the one parser for JSON that Waymark did not just write.

JSON reaches Waymark from hand edits, other tools, workbooks' neighbours and from text
columns inside a project file that may have been crafted. Python's ``json`` accepts things
that lose data silently (a repeated key keeps only its last value, so a trailing
``"journeys": []`` empties a project) or fail with the wrong kind of error (50,000 nested
brackets raise RecursionError). Every reader goes through :func:`parse_json`, which turns
all of that into a DocumentRuleError naming the place.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.i18n import translate
from app.models import limits as L
from app.models.errors import DocumentRuleError, WaymarkError
from app.models.inputs import printable, read_bounded


def _too_deep() -> str:
    return translate("JsonText", "the JSON is nested too deeply (Waymark reads at most {n} levels)").format(
        n=L.MAX_JSON_DEPTH
    )


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not allowed in JSON")


class _Objects:
    """``object_pairs_hook`` that builds plain dicts and remembers each object that repeated a
    key. Checking ``len`` is all the work on the common path; the place is found afterwards,
    only when there is a repeat."""

    def __init__(self) -> None:
        self.repeats: list[tuple[dict[str, Any], str]] = []

    def __call__(self, pairs: list[tuple[str, object]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) != len(pairs) and not self.repeats:
            seen: set[str] = set()
            for key, _value in pairs:
                if key in seen:
                    self.repeats.append((obj, key))
                    break
                seen.add(key)
        return obj


def parse_json(data: bytes | str, *, max_bytes: int = L.MAX_JSON_BYTES) -> object:
    """Parse bounded, strict JSON; every failure is a DocumentRuleError.

    Refused: more than ``max_bytes``, text that is not UTF-8, NaN/Infinity, nesting deeper than
    MAX_JSON_DEPTH, and an object that names a key twice (the error's path is that object).
    """
    if isinstance(data, bytes):
        if len(data) > max_bytes:
            raise DocumentRuleError(
                "",
                translate("JsonText", "the JSON is {size} MiB; Waymark reads at most {limit} MiB").format(
                    size=f"{len(data) / 2**20:,.0f}", limit=max_bytes // 2**20
                ),
            )
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DocumentRuleError(
                "", translate("JsonText", "not UTF-8 text (byte {n} cannot be decoded)").format(n=f"{exc.start:,}")
            ) from None
    else:
        text = data
    if not text or text.isspace():  # (no stripped copy of a large document)
        raise DocumentRuleError("", translate("JsonText", "the file is empty; expected a Waymark JSON document"))
    objects = _Objects()
    try:
        value = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=objects)
    except json.JSONDecodeError as exc:
        raise DocumentRuleError(
            "",
            translate("JsonText", "not valid JSON: {problem} (line {line}, column {column})").format(
                problem=exc.msg, line=exc.lineno, column=exc.colno
            ),
        ) from None
    except RecursionError:
        raise DocumentRuleError("", _too_deep()) from None
    except ValueError as exc:
        raise DocumentRuleError("", translate("JsonText", "not valid JSON: {problem}").format(problem=exc)) from None
    _check_depth(value)
    if objects.repeats:
        obj, key = objects.repeats[0]
        where = _path_of(value, obj)
        text = (
            translate(
                "JsonText",
                'the key "{key}" appears more than once (JSON keeps only the last; Waymark refuses rather than guess)',
            )
            if where
            else translate(
                "JsonText",
                'the key "{key}" appears more than once in the top-level object '
                "(JSON keeps only the last; Waymark refuses rather than guess)",
            )
        )
        raise DocumentRuleError(where, text.format(key=printable(key, limit=80)))
    return value


def _check_depth(value: object) -> None:
    # Level by level, containers only: a value is deeper than the limit exactly when it sits in a
    # non-empty container at the limit. The parser makes plain dicts and lists.
    limit = L.MAX_JSON_DEPTH
    level = [value] if isinstance(value, (dict, list)) else []
    depth = 1
    while level:
        if depth >= limit and any(level):
            raise DocumentRuleError("", _too_deep())

        deeper: list[Any] = []
        for node in level:
            deeper.extend(
                [v for v in (node.values() if isinstance(node, dict) else node) if isinstance(v, (dict, list))]
            )
        level = deeper
        depth += 1


def _path_of(root: object, target: dict[str, Any]) -> str:
    """FORMAT.md-style path (``journeys[0].cards[3]``) of ``target`` inside ``root``; depth is
    already bounded, so a plain stack walk is safe."""
    stack: list[tuple[object, str]] = [(root, "")]
    while stack:
        node, path = stack.pop()
        if node is target:
            return path
        if isinstance(node, dict):
            stack.extend(
                (v, f"{path}.{printable(str(k), limit=80)}" if path else printable(str(k), limit=80))
                for k, v in node.items()
                if isinstance(v, (dict, list))
            )
        elif isinstance(node, list):
            stack.extend((v, f"{path}[{i}]") for i, v in enumerate(node) if isinstance(v, (dict, list)))
    return ""


def read_small_json(path: Path, limit: int = 1 << 20) -> object | None:
    """The JSON in one of Waymark's own small files (a lock's holder, a session's notes), or None
    when it is missing, unreadable, not a regular file, oversized or not strict JSON: these
    files only inform, so a bad one is treated as absent rather than stopping anything."""
    try:
        return parse_json(read_bounded(path, limit, "file"), max_bytes=limit)
    except WaymarkError:
        return None
