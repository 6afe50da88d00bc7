"""XES (the IEEE process-mining log format) streamed into a CSV DuckDB can read.

The file is untrusted XML: ``defusedxml`` refuses entity declarations (billion laughs) and
external entities before a byte is expanded. Parsing is incremental (``iterparse``) and every
finished trace is cleared, so memory stays flat whatever the size; the events go to the CSV in
chunks. Columns: the trace's ``concept:name`` as ``case:concept:name``, each event's
``concept:name``, ``time:timestamp``, and the event's other string-like attributes that the first
traces show (up to ``MAX_EXTRA``), as text.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from defusedxml.ElementTree import iterparse  # type: ignore[import-untyped]

from app.analytics.base import LogError
from app.i18n import translate

CASE, ACTIVITY, TIME = "case:concept:name", "concept:name", "time:timestamp"
MAX_EXTRA = 12
_ATTRS = ("string", "date", "int", "float", "boolean", "id")
CHUNK = 5000


def looks_like_xes(text: str) -> bool:
    return "<log" in text[:4096] and ("xes" in text[:4096].lower() or "<trace" in text)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _events(path: Path) -> Iterator[dict[str, str]]:
    """Each event as {key: value}, with its trace's case id; traces are cleared when done."""
    case = ""
    in_event = False
    event: dict[str, str] = {}
    root = None
    try:
        for action, elem in iterparse(str(path), events=("start", "end")):
            tag = _local(elem.tag)
            if action == "start":
                if root is None:
                    root = elem
                if tag == "trace":
                    case = ""
                elif tag == "event":
                    in_event, event = True, {}
                continue
            if tag in _ATTRS:
                key, value = elem.get("key"), elem.get("value")
                if key is not None and value is not None:
                    if in_event:
                        event[key] = value
                    elif key == ACTIVITY:
                        case = value  # the trace's own name: the case id
            elif tag == "event":
                in_event = False
                event[CASE] = case
                elem.clear()
                yield event
            elif tag == "trace":
                elem.clear()
                if root is not None:
                    root.clear()  # the log element would otherwise keep every (empty) trace
    except DefusedXmlException:
        raise LogError(
            translate("AnalyticsXes", "{name} declares XML entities or a DTD; refused for safety").format(
                name=path.name
            )
        ) from None
    except SyntaxError as exc:  # ParseError
        raise LogError(
            translate("AnalyticsXes", "{name} is not well-formed XML: {problem}").format(name=path.name, problem=exc)
        ) from None


def head(path: Path, limit: int) -> tuple[list[str], list[dict[str, str]]]:
    rows: list[dict[str, str]] = []
    for event in _events(path):
        rows.append(event)
        if len(rows) >= limit:
            break
    return _columns(rows), rows


def _columns(rows: list[dict[str, str]]) -> list[str]:
    extra: list[str] = []
    for row in rows:
        for key in row:
            if key not in (CASE, ACTIVITY, TIME) and key not in extra and len(extra) < MAX_EXTRA:
                extra.append(key)
    return [CASE, ACTIVITY, TIME, *extra]


def to_csv(path: Path, out: Path) -> Path:
    """Write every event of ``path`` to ``out`` (UTF-8, comma, quoted as needed)."""
    columns, _ = head(path, 200)
    with open(out, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(columns)
        chunk: list[list[Any]] = []
        for event in _events(path):
            chunk.append([event.get(c, "") for c in columns])
            if len(chunk) >= CHUNK:
                writer.writerows(chunk)
                chunk.clear()
        writer.writerows(chunk)
    return out
