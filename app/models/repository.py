"""Rows <-> models: the whole-project load and bulk write, and the small writes of edits.

The document calls the small writes once per edit inside one transaction, so the working
copy always holds exactly what the window shows. Positions are stored per list (stages,
lanes, personas, journeys) and per cell for cards; other collections have no order.

Every statement goes to an sqlite3 connection made by ``database.connect``, inside whatever
transaction the caller holds (``ProjectSession.transaction`` for edits). SQL uses sqlite3's
own ``:name`` parameters.
"""

from __future__ import annotations

import base64
import hashlib
import json
import json.encoder
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from operator import itemgetter
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from app.i18n import translate
from app.models import schema as S
from app.models.entities import (
    BlueprintLine,
    Card,
    EmotionPoint,
    Journey,
    JourneyAnalytics,
    JourneyStatus,
    Lane,
    MetricValue,
    Persona,
    Project,
    ProjectInfo,
    Snapshot,
    Stage,
    VotingSession,
    photo_bytes,
)
from app.models.errors import DocumentRuleError, ProjectFileError
from app.models.interchange import canonical_json, gc_paused, write_project_json
from app.models.json_text import parse_json
from app.models.ordering import canonical
from app.models.rules import check_project, rule_error_from_pydantic

Connection = sqlite3.Connection

TableClause = S.Table

# -- rows from models -------------------------------------------------------------------


def persona_row(p: Persona, position: int) -> dict[str, Any]:
    return {
        "id": p.id,
        "position": position,
        "name": p.name,
        "role": p.role,
        "color": p.color,
        "goals": json.dumps(p.goals, ensure_ascii=False),
        "needs": json.dumps(p.needs, ensure_ascii=False),
        "frustrations": json.dumps(p.frustrations, ensure_ascii=False),
        "quote": p.quote,
        "photo": photo_bytes(p.photo),
    }


def journey_row(j: Journey, position: int) -> dict[str, Any]:
    return {
        "id": j.id,
        "position": position,
        "name": j.name,
        "description": j.description,
        "shown_session": j.shown_session,
        "analytics": analytics_json(j.analytics),
        "owner": j.owner,
        "status": None if j.status == JourneyStatus.DRAFT else j.status.value,
        "review_by": j.review_by,
        "last_reviewed": j.last_reviewed,
    }


def snapshot_row(jid: str, snap: Snapshot, position: int) -> dict[str, Any]:
    """The content is stored as its deflated bytes (base64 exists only for JSON text)."""
    return {
        "journey_id": jid,
        "id": snap.id,
        "position": position,
        "name": snap.name,
        "note": snap.note,
        "author": snap.author,
        "taken_at": snap.taken_at,
        "reason": snap.reason.value,
        "cards": snap.cards,
        "content": base64.b64decode(snap.content),
    }


def analytics_json(analytics: JourneyAnalytics | None) -> str | None:
    """Analytics are stored whole as their FORMAT JSON: they are replaced whole when a log is
    applied or refreshed, and read whole by the board and the exporters."""
    return None if analytics is None else analytics.model_dump_json(by_alias=True, exclude_none=True)


def session_row(jid: str, session: VotingSession, position: int) -> dict[str, Any]:
    """A session is stored whole as its FORMAT JSON: it is edited whole (one ballot replaces
    the value) and read whole, and is small (a few hundred ballots at most)."""
    data = session.model_dump_json(by_alias=True, exclude_none=True, exclude={"id"})
    return {"journey_id": jid, "id": session.id, "position": position, "data": data}


def stage_row(jid: str, s: Stage, position: int) -> dict[str, Any]:
    return {
        "journey_id": jid,
        "id": s.id,
        "position": position,
        "name": s.name,
        "description": s.description,
        "width": s.width,
    }


def lane_row(jid: str, ln: Lane, position: int) -> dict[str, Any]:
    return {
        "journey_id": jid,
        "id": ln.id,
        "position": position,
        "name": ln.name,
        "kind": ln.kind,
        "role": ln.role,
        "unit": ln.unit,
        "measure": ln.measure,
    }


_encode_str = json.encoder.encode_basestring  # what json.dumps(..., ensure_ascii=False) uses


def _str_list_json(items: list[str]) -> str:
    """``json.dumps(items, ensure_ascii=False)`` for a list of str, without the encoder's setup."""
    return "[" + ", ".join(map(_encode_str, items)) + "]" if items else "[]"


def card_row(jid: str, c: Card, position: int) -> dict[str, Any]:
    return {
        "journey_id": jid,
        "id": c.id,
        "lane_id": c.lane,
        "stage_id": c.stage,
        "position": position,
        "text": c.text,
        "color": c.color,
        "votes": c.votes,
        "evidence": c.evidence,
        "tags": _str_list_json(c.tags),
        "channel": c.channel,
        "touchpoint": c.touchpoint,
        "image": photo_bytes(c.image),
        "links": _str_list_json(c.links) if c.links else None,
        "comments": _models_json(c.comments) if c.comments else None,
        "action": None if c.action is None else c.action.model_dump_json(exclude_none=True),
    }


def _models_json(items: Sequence[BaseModel]) -> str:
    return "[" + ", ".join(item.model_dump_json(exclude_none=True) for item in items) + "]"


def emotion_row(jid: str, e: EmotionPoint) -> dict[str, Any]:
    return {
        "journey_id": jid,
        "lane_id": e.lane,
        "stage_id": e.stage,
        "persona_id": e.persona or "",
        "variant": e.variant,
        "score": e.score,
        "note": e.note,
    }


def metric_row(jid: str, m: MetricValue) -> dict[str, Any]:
    return {"journey_id": jid, "lane_id": m.lane, "stage_id": m.stage, "value": m.value, "target": m.target}


def line_row(jid: str, ln: BlueprintLine) -> dict[str, Any]:
    return {"journey_id": jid, "after_lane_id": ln.after_lane, "kind": ln.kind}


KEYS: dict[str, tuple[str, ...]] = {
    "project": ("id",),
    "personas": ("id",),
    "journeys": ("id",),
    "journey_personas": ("journey_id", "persona_id"),
    "stages": ("journey_id", "id"),
    "lanes": ("journey_id", "id"),
    "cards": ("journey_id", "id"),
    "emotion_points": ("journey_id", "lane_id", "stage_id", "persona_id", "variant"),
    "metric_values": ("journey_id", "lane_id", "stage_id"),
    "blueprint_lines": ("journey_id", "after_lane_id", "kind"),
    "voting_sessions": ("journey_id", "id"),
    "snapshots": ("journey_id", "id"),
}

# -- generic statements -----------------------------------------------------------------


@cache
def _upsert_sql(name: str, columns: tuple[str, ...]) -> str:
    keys = KEYS[name]
    updates = [f"{c} = excluded.{c}" for c in columns if c not in keys]
    action = f"DO UPDATE SET {', '.join(updates)}" if updates else "DO NOTHING"
    return (
        f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)}) "
        f"ON CONFLICT ({', '.join(keys)}) {action}"
    )


def upsert(conn: Connection, tbl: TableClause, row: dict[str, Any]) -> None:
    conn.execute(_upsert_sql(tbl.name, tuple(row)), row)


@cache
def _insert_sql(name: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"


def insert_many(conn: Connection, tbl: TableClause, rows: Sequence[dict[str, Any]]) -> None:
    """One executemany with positional rows (every row has the first row's keys): bulk writes of
    thousands of cards skip per-row name lookups."""
    if rows:
        rows = list(rows)
        columns = tuple(rows[0])
        pick = itemgetter(*columns)
        params = [pick(r) for r in rows] if len(columns) > 1 else [(pick(r),) for r in rows]
        conn.executemany(_insert_sql(tbl.name, columns), params)


def delete(conn: Connection, tbl: TableClause, **key: object) -> None:
    where = " AND ".join(f"{k} = :{k}" for k in key)
    conn.execute(f"DELETE FROM {tbl.name} WHERE {where}", key)


def set_positions(conn: Connection, tbl: TableClause, ids: Iterable[str], **scope: object) -> None:
    """Rewrite ``position`` of the rows named by ``ids`` (in that order) within ``scope``."""
    where = " AND ".join([f"{k} = :{k}" for k in scope] + ["id = :id"])
    rows = [{**scope, "id": i, "position": n} for n, i in enumerate(ids)]
    if rows:
        conn.executemany(f"UPDATE {tbl.name} SET position = :position WHERE {where}", rows)


def set_journey_personas(conn: Connection, jid: str, persona_ids: Sequence[str]) -> None:
    delete(conn, S.journey_personas, journey_id=jid)
    insert_many(
        conn,
        S.journey_personas,
        [{"journey_id": jid, "persona_id": p, "position": n} for n, p in enumerate(persona_ids)],
    )


def cell_positions(journey: Journey, lane: str, stage: str) -> list[str]:
    return [c.id for c in journey.cards if c.lane == lane and c.stage == stage]


# -- whole project ----------------------------------------------------------------------


def insert_journey(conn: Connection, journey: Journey, position: int) -> None:
    """Insert a journey with everything in it (new journeys, undo of a removal, bulk writes)."""
    jid = journey.id
    upsert(conn, S.journeys, journey_row(journey, position))
    set_journey_personas(conn, jid, journey.persona_ids)
    insert_many(conn, S.stages, [stage_row(jid, s, n) for n, s in enumerate(journey.stages)])
    insert_many(conn, S.lanes, [lane_row(jid, ln, n) for n, ln in enumerate(journey.lanes)])
    counters: dict[tuple[str, str], int] = defaultdict(int)
    rows = []
    for card in journey.cards:
        cell = (card.lane, card.stage)
        rows.append(card_row(jid, card, counters[cell]))
        counters[cell] += 1
    insert_many(conn, S.cards, rows)
    insert_many(conn, S.emotion_points, [emotion_row(jid, e) for e in journey.emotions])
    insert_many(conn, S.metric_values, [metric_row(jid, m) for m in journey.metrics])
    insert_many(conn, S.blueprint_lines, [line_row(jid, ln) for ln in journey.lines])
    insert_many(conn, S.voting_sessions, [session_row(jid, v, n) for n, v in enumerate(journey.sessions)])
    insert_many(conn, S.snapshots, [snapshot_row(jid, v, n) for n, v in enumerate(journey.snapshots)])


def replace_journey(conn: Connection, journey: Journey, position: int) -> None:
    """Write ``journey`` over the stored one with its id (a workbook import, and its undo)."""
    delete(conn, S.journeys, id=journey.id)  # cascades to everything the journey holds
    insert_journey(conn, journey, position)


def project_row(info: ProjectInfo) -> dict[str, Any]:
    return {"id": 1, "name": info.name, "description": info.description, "author": info.author}


def write_project(conn: Connection, project: Project) -> None:
    """Write a whole project into an empty schema, in the caller's transaction."""
    upsert(conn, S.project, project_row(project.info))
    insert_many(conn, S.personas, [persona_row(p, n) for n, p in enumerate(project.personas)])
    for n, journey in enumerate(project.journeys):
        insert_journey(conn, journey, n)


def content_checksum(project: Project, *, ordered: bool = False) -> str:
    """SHA-256 of the canonical JSON; ``ordered``: ``project`` is already canonical (skips a sort)."""
    text = canonical_json(project) if ordered else write_project_json(project)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def set_checksum(conn: Connection, value: str | None) -> None:
    conn.execute("UPDATE project SET checksum = :c WHERE id = 1", {"c": value})


ModelT = TypeVar("ModelT", bound=BaseModel)


def _validated(model: type[ModelT], data: dict[str, Any], where: str) -> ModelT:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise rule_error_from_pydantic(exc, prefix=where) from None


def _rows(conn: Connection, sql: str) -> list[dict[str, Any]]:
    cursor = conn.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=False)) for row in cursor]


def load_project(conn: Connection) -> Project:
    """Read and validate a whole project; a row that breaks a rule makes the file damaged.

    The collector is paused meanwhile: 50,000 cards make hundreds of thousands of small objects
    and no cycles, and collecting as they are made cost 40% of the load."""
    try:
        with gc_paused():
            return _load(conn)
    except DocumentRuleError as exc:
        raise ProjectFileError(_damaged(str(exc))) from None
    except (ValueError, TypeError) as exc:
        raise ProjectFileError(_damaged(str(exc))) from None


def _json_column(text: object, table: str, row_id: object, key: str) -> object:
    """A JSON list stored in a text column, parsed by the same strict, bounded parser as any
    JSON input: a crafted column (50,000 nested brackets, a repeated key) is damage, not a
    RecursionError.

    A list of strings (what Waymark writes) is read by ``json.loads`` alone: it holds no object
    (so no repeated key), no nesting and no NaN, so the strict parser could only agree; anything
    else goes through it. The place is spelled out only for a message."""
    if not isinstance(text, str):
        raise ProjectFileError(
            _damaged(translate("Repository", "{place} is not JSON text").format(place=f"{table}[{row_id!r}].{key}"))
        )
    if text == "[]":
        return []  # most cards have no tags: no parser needed for what has nothing to check
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        value = None
    if type(value) is list and all(type(item) is str for item in value):
        return value
    try:
        return parse_json(text)
    except DocumentRuleError as exc:
        raise ProjectFileError(_damaged(f"{table}[{row_id!r}].{key}: {exc}")) from None


def _card_extras(r: dict[str, Any]) -> None:
    """A card's evidence and action columns, in place: image bytes to base64, JSON to values."""
    image = r.get("image")
    if image is not None:
        if not isinstance(image, bytes):
            raise ProjectFileError(
                _damaged(translate("Repository", "cards[{id}].image is not image data").format(id=repr(r.get("id"))))
            )
        r["image"] = base64.b64encode(image).decode("ascii")
    if "links" in r:
        r["links"] = _json_column(r["links"], "cards", r.get("id"), "links")
    if "comments" in r:
        r["comments"] = _json_column(r["comments"], "cards", r.get("id"), "comments")
    if "action" in r:
        r["action"] = _json_object(r["action"], "cards", r.get("id"))


def _json_object(text: object, table: str, row_id: object) -> dict[str, Any]:
    """A JSON object stored in a text column, through the strict bounded parser."""
    if not isinstance(text, str):
        raise ProjectFileError(
            _damaged(translate("Repository", "{place} is not JSON text").format(place=f"{table}[{row_id!r}]"))
        )
    try:
        value = parse_json(text)
    except DocumentRuleError as exc:
        raise ProjectFileError(_damaged(f"{table}[{row_id!r}]: {exc}")) from None
    if not isinstance(value, dict):
        raise ProjectFileError(
            _damaged(translate("Repository", "{place} is not a JSON object").format(place=f"{table}[{row_id!r}]"))
        )
    return value


def _load(conn: Connection) -> Project:
    info_rows = _rows(conn, "SELECT name, description, author, checksum FROM project WHERE id = 1")
    if not info_rows:
        raise ProjectFileError(_damaged(translate("Repository", "the project row is missing")))
    checksum = info_rows[0].pop("checksum")
    if info_rows[0]["author"] is None:
        del info_rows[0]["author"]
    info = _validated(ProjectInfo, info_rows[0], "project")

    personas = []
    for r in _rows(conn, "SELECT * FROM personas ORDER BY position"):
        for key in ("goals", "needs", "frustrations"):
            r[key] = _json_column(r[key], "personas", r["id"], key)
        r.pop("position")
        photo = r.pop("photo", None)
        if photo is not None:
            if not isinstance(photo, bytes):
                raise ProjectFileError(
                    _damaged(translate("Repository", "personas[{id}].photo is not image data").format(id=repr(r["id"])))
                )
            r["photo"] = base64.b64encode(photo).decode("ascii")
        personas.append(_validated(Persona, r, f"personas[{r['id']!r}]"))

    by_journey: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for r in _rows(conn, "SELECT journey_id, persona_id FROM journey_personas ORDER BY journey_id, position"):
        by_journey[r["journey_id"]]["persona_ids"].append(r["persona_id"])
    for r in _rows(conn, "SELECT journey_id, id, name, description, width FROM stages ORDER BY journey_id, position"):
        by_journey[r.pop("journey_id")]["stages"].append({k: v for k, v in r.items() if v is not None})
    for r in _rows(
        conn, "SELECT journey_id, id, name, kind, role, unit, measure FROM lanes ORDER BY journey_id, position"
    ):
        by_journey[r.pop("journey_id")]["lanes"].append({k: v for k, v in r.items() if v is not None})
    cursor = conn.execute(
        "SELECT c.journey_id, c.id, c.lane_id AS lane, c.stage_id AS stage, c.text, c.color, c.votes, "
        "c.evidence, c.tags, c.channel, c.touchpoint, c.image, c.links, c.comments, c.action FROM cards c "
        "LEFT JOIN lanes l ON l.journey_id = c.journey_id AND l.id = c.lane_id "
        "LEFT JOIN stages s ON s.journey_id = c.journey_id AND s.id = c.stage_id "
        "ORDER BY c.journey_id, l.position, s.position, c.position",
    )
    names = [d[0] for d in cursor.description]
    for row in cursor:  # the hot loop (50,000 cards at the limits): one dict per card, NULLs left out
        r = {k: v for k, v in zip(names, row, strict=True) if v is not None}
        r["tags"] = _json_column(r.get("tags"), "cards", r.get("id"), "tags")
        if "image" in r or "links" in r or "comments" in r or "action" in r:
            _card_extras(r)
        by_journey[r.pop("journey_id", None)]["cards"].append(r)
    for r in _rows(
        conn,
        "SELECT journey_id, lane_id AS lane, stage_id AS stage, persona_id AS persona, variant, score, note "
        "FROM emotion_points",
    ):
        r["persona"] = r["persona"] or None
        by_journey[r.pop("journey_id")]["emotions"].append({k: v for k, v in r.items() if v is not None})
    for r in _rows(conn, "SELECT journey_id, lane_id AS lane, stage_id AS stage, value, target FROM metric_values"):
        by_journey[r.pop("journey_id")]["metrics"].append({k: v for k, v in r.items() if v is not None})
    for r in _rows(conn, "SELECT journey_id, after_lane_id AS after_lane, kind FROM blueprint_lines"):
        by_journey[r.pop("journey_id")]["lines"].append(r)

    for r in _rows(
        conn,
        "SELECT journey_id, id, name, note, author, taken_at, reason, cards, content FROM snapshots "
        "ORDER BY journey_id, position",
    ):
        content = r["content"]
        if not isinstance(content, bytes):
            raise ProjectFileError(
                _damaged(translate("Repository", "snapshots[{id}].content is not data").format(id=repr(r["id"])))
            )
        r["content"] = base64.b64encode(content).decode("ascii")
        by_journey[r.pop("journey_id")]["snapshots"].append({k: v for k, v in r.items() if v is not None})

    for r in _rows(conn, "SELECT journey_id, id, data FROM voting_sessions ORDER BY journey_id, position"):
        data = _json_object(r["data"], "voting_sessions", r["id"])
        by_journey[r["journey_id"]]["sessions"].append({**data, "id": r["id"]})

    journeys = []
    for r in _rows(
        conn,
        "SELECT id, name, description, shown_session, analytics, owner, status, review_by, last_reviewed "
        "FROM journeys ORDER BY position",
    ):
        for key in ("shown_session", "owner", "status", "review_by", "last_reviewed"):
            if r[key] is None:
                del r[key]
        if r["analytics"] is None:
            del r["analytics"]
        else:
            r["analytics"] = _json_object(r["analytics"], "journeys", r["id"])
        parts = by_journey.pop(r["id"], {})
        journeys.append(_validated(Journey, {**r, **parts}, f"journeys[{r['id']!r}]"))
    if by_journey:
        orphan = next(iter(by_journey))
        raise ProjectFileError(
            _damaged(translate("Repository", "rows belong to a missing journey {id}").format(id=repr(orphan)))
        )

    project = canonical(Project(project=info, personas=personas, journeys=journeys))
    check_project(project)
    if checksum is not None and checksum != content_checksum(project, ordered=True):
        raise ProjectFileError(
            translate(
                "Repository",
                "its contents do not match the checksum written when it was saved: it was "
                "damaged on disk or changed outside Waymark",
            )
        )
    return project


def _damaged(problem: str) -> str:
    return translate("Repository", "the project data is damaged ({problem})").format(problem=problem)
