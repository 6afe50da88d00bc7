"""FORMAT.md v1 JSON: the one way projects enter and leave Waymark as text.

Reading is defensive because the JSON may come from anywhere (a git repo, another tool, a
hand edit): size and nesting are bounded before and during parsing, NaN and Infinity are
refused, every rule is checked, and unknown fields are reported as warnings, not errors.
"""

from __future__ import annotations

import json
import typing
from dataclasses import dataclass, field

from pydantic import BaseModel, ValidationError

from app.models import limits as L
from app.models.entities import FORMAT_ID, Project
from app.models.errors import DocumentRuleError
from app.models.ordering import canonical
from app.models.rules import check_project, rule_error_from_pydantic


@dataclass
class ReadResult:
    project: Project
    warnings: list[str] = field(default_factory=list)


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not allowed in JSON")


def parse_json(data: bytes | str) -> object:
    """Parse bounded, strict JSON; errors become DocumentRuleError with no path."""
    if isinstance(data, bytes):
        if len(data) > L.MAX_JSON_BYTES:
            raise DocumentRuleError("", f"the JSON is {len(data) / 2**20:,.0f} MiB; "
                                        f"Waymark reads at most {L.MAX_JSON_BYTES // 2**20} MiB")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DocumentRuleError("", f"not UTF-8 text (byte {exc.start:,} cannot be decoded)") from None
    else:
        text = data
    if not text.strip():
        raise DocumentRuleError("", "the file is empty; expected a Waymark JSON document")
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise DocumentRuleError("", f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise DocumentRuleError("", f"the JSON is nested too deeply (Waymark reads at most "
                                    f"{L.MAX_JSON_DEPTH} levels)") from None
    except ValueError as exc:
        raise DocumentRuleError("", f"not valid JSON: {exc}") from None
    _check_depth(value)
    return value


def _check_depth(value: object) -> None:
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > L.MAX_JSON_DEPTH:
            raise DocumentRuleError("", f"the JSON is nested too deeply (Waymark reads at most "
                                        f"{L.MAX_JSON_DEPTH} levels)")
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)


def _model_of(annotation: object) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def unknown_fields(model: type[BaseModel], raw: object, path: str = "") -> list[str]:
    """Paths of fields in ``raw`` that ``model`` does not define, recursively."""
    if not isinstance(raw, dict):
        return []
    found: list[str] = []
    by_key = {(info.alias or name): info for name, info in model.model_fields.items()}
    by_key.update(model.model_fields)
    for key, value in raw.items():
        where = f"{path}.{key}" if path else str(key)
        info = by_key.get(key)
        if info is None:
            found.append(where)
            continue
        annotation = info.annotation
        sub = _model_of(annotation)
        if sub is not None:
            found += unknown_fields(sub, value, where)
        elif typing.get_origin(annotation) is list:
            item = _model_of(typing.get_args(annotation)[0])
            if item is not None and isinstance(value, list):
                for i, element in enumerate(value):
                    found += unknown_fields(item, element, f"{where}[{i}]")
    return found


def project_from_data(raw: object) -> ReadResult:
    if not isinstance(raw, dict):
        raise DocumentRuleError("", f"expected a JSON object at the top, found {type(raw).__name__}")
    fmt = raw.get("format")
    if fmt is None:
        raise DocumentRuleError("format", f"missing; a Waymark document starts with \"format\": \"{FORMAT_ID}\"")
    if fmt != FORMAT_ID:
        raise DocumentRuleError("format", f"{fmt!r} is not a format this Waymark reads (it reads {FORMAT_ID!r})")
    try:
        project = Project.model_validate(raw)
    except ValidationError as exc:
        raise rule_error_from_pydantic(exc) from None
    check_project(project)
    warnings = [f"{where}: unknown field ignored" for where in unknown_fields(Project, raw)]
    return ReadResult(project, warnings)


def read_project_json(data: bytes | str) -> ReadResult:
    """Parse and validate a whole FORMAT.md document, or raise DocumentRuleError."""
    return project_from_data(parse_json(data))


def project_to_data(project: Project) -> dict:
    return canonical(project).dump()


def write_project_json(project: Project) -> str:
    """Canonical FORMAT.md text: stable ids and order, so it diffs cleanly in git."""
    return json.dumps(project_to_data(project), ensure_ascii=False, indent=2) + "\n"
