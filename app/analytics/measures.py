"""The measures, in SQL over ``ev`` (see load.py). The definitions, which the tests'
pure-Python reference (tests/analytics_reference.py) implements independently:

- Events are ordered within a case by time, equal times by file order (``ev.rowid``).
- counts: events per activity; starts / ends: the activity of each case's first / last event;
  flows: directly-follows pairs of consecutive events of a case, with their count and the
  median seconds between them (``quantile_cont``, interpolated). The ``L.MAX_ACTIVITY_FLOWS``
  most frequent are kept (ties by name).
- Stage level: the events whose activity maps to a stage, in case order; consecutive events in
  one stage form a VISIT (first and last time). reached: cases with a visit; share: reached /
  all cases (also those with no mapped event); conversion (not the first stage): cases reaching
  both the previous stage (map order) and this one / reached(previous), None when that is 0;
  dropoff: cases whose last visit is this stage; to next (median, p90): over visits followed by
  another visit, next.first − visit.first; in stage (median, p90): visit.last − visit.first
  over all visits. Stage flows: transitions between consecutive visits (skips and loops back
  included). A stage nobody reaches is listed with reached 0.
- Splits: per segment value (a case's first non-empty segment, in case order), cases reaching
  each stage; per channel value, events in each stage. Periods: the stage measures of the cases
  whose first event is before ``split_at`` against those from it on (share of their own cases).
- rating: the mean of the numeric rating values over a stage's events.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb

from app.analytics.times import iso_sql
from app.models import limits as L
from app.models.entities import SplitKind

SECONDS = "/ 1000000.0"
PAIR = 1024  # > L.MAX_STAGES: ci * PAIR + k names one (case, stage) pair


def order_events(conn: duckdb.DuckDBPyConnection, mapping: dict[str, str], stages: Sequence[str]) -> None:
    """The tables every measure reads, in two sorts of the events (everything else is hashing):

    ``cid``/``aid``: a small integer per case id / activity (sorting integers, not text, is what
    makes 10 million events affordable); ``map``: activity → stage index k.
    ``seq``: each event with its place ``i`` in the case (time, then file order), the next event
    (``na``, ``nt``), and the previous MAPPED event's stage and time (``pk``, ``plt``).
    ``vn``: the visits — a mapped event whose previous mapped event is in another stage starts
    one; its first time ``ft``, the next visit's stage and first time (``nk``, ``nft``), and its
    last time ``lt``: the event before the next visit's start is this visit's last mapped event
    (the next start's ``plt``), or, for a case's last visit, the case's last mapped time.
    ``cs``: each case's first time (periods). ``reach``: distinct (case, stage) pairs.
    (``clt``: a case's last mapped time; ``plt``: the time of the previous mapped event.)
    """
    conn.execute("CREATE TABLE map (a VARCHAR, k INTEGER)")
    index = {stage: k for k, stage in enumerate(stages)}
    rows = [(a, index[s]) for a, s in mapping.items() if s in index]
    if rows:
        conn.executemany("INSERT INTO map VALUES (?, ?)", rows)
    conn.execute(
        "CREATE TABLE cid AS SELECT c, CAST(row_number() OVER () AS INTEGER) AS ci FROM (SELECT DISTINCT c FROM ev)"
    )
    conn.execute(
        "CREATE TABLE aid AS SELECT a, CAST(row_number() OVER () AS INTEGER) AS ai FROM (SELECT DISTINCT a FROM ev)"
    )
    conn.execute(
        "CREATE TABLE seq AS SELECT ci, ai, k, t, row_number() OVER w AS i, lead(ai) OVER w AS na, "
        "lead(t) OVER w AS nt, lag(k IGNORE NULLS) OVER w AS pk, lag(mt IGNORE NULLS) OVER w AS plt, "
        "max(mt) OVER (PARTITION BY ci) AS clt "
        "FROM (SELECT cid.ci, aid.ai, map.k, ev.t, CASE WHEN map.k IS NOT NULL THEN ev.t END AS mt, ev.rowid AS rn "
        "FROM ev JOIN cid USING (c) JOIN aid USING (a) LEFT JOIN map USING (a)) "
        "WINDOW w AS (PARTITION BY ci ORDER BY t, rn)"
    )
    conn.execute("CREATE TABLE cs AS SELECT ci, t AS first_t FROM seq WHERE i = 1")
    conn.execute(
        "CREATE TABLE vn AS SELECT ci, k, t AS ft, lead(k) OVER w AS nk, lead(t) OVER w AS nft, "
        "coalesce(lead(plt) OVER w, clt) AS lt "
        "FROM seq WHERE k IS NOT NULL AND pk IS DISTINCT FROM k WINDOW w AS (PARTITION BY ci ORDER BY i)"
    )
    conn.execute("CREATE TABLE reach AS SELECT DISTINCT ci, k FROM vn")


def overview(conn: duckdb.DuckDBPyConnection) -> tuple[int, int, str | None, str | None]:
    row = conn.execute(
        f"SELECT count(*), (SELECT count(*) FROM cs), {iso_sql('min(t)')}, {iso_sql('max(t)')} FROM seq"
    ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1]), row[2], row[3]


def activity_stats(conn: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    def counted(where: str) -> dict[str, int]:
        rows = conn.execute(
            f"SELECT aid.a, n FROM (SELECT ai, count(*) AS n FROM seq {where} GROUP BY ai) JOIN aid USING (ai) "
            "ORDER BY n DESC, aid.a"
        ).fetchall()
        return {str(a): int(n) for a, n in rows}

    flows = conn.execute(
        "SELECT x.a, y.a, f.n, f.m FROM (SELECT ai, na, count(*) AS n, "
        f"quantile_cont((nt - t) {SECONDS}, 0.5) AS m FROM seq WHERE na IS NOT NULL GROUP BY ai, na) f "
        "JOIN aid x ON x.ai = f.ai JOIN aid y ON y.ai = f.na "
        f"ORDER BY f.n DESC, x.a, y.a LIMIT {L.MAX_ACTIVITY_FLOWS}"
    ).fetchall()
    return {
        "counts": counted(""),
        "starts": counted("WHERE i = 1"),
        "ends": counted("WHERE na IS NULL"),
        "flows": [{"from": str(a), "to": str(b), "count": int(n), "median_s": _seconds(m)} for a, b, n, m in flows],
    }


def _seconds(value: object) -> float | None:
    return None if value is None else max(0.0, float(value))  # type: ignore[arg-type]


def stage_measures(conn: duckdb.DuckDBPyConnection, stages: Sequence[str], cases: str = "cs") -> list[dict[str, Any]]:
    """One dict per stage (StageMeasure fields), over the cases in table ``cases``."""

    def where(column: str = "ci") -> str:
        return "WHERE TRUE" if cases == "cs" else f"WHERE {column} IN (SELECT ci FROM {cases})"

    only = where()
    total = conn.execute(f"SELECT count(*) FROM {cases}").fetchone()[0]  # type: ignore[index]
    by_k: dict[int, dict[str, Any]] = {k: {} for k in range(len(stages))}

    def fill(sql: str, *names: str) -> None:
        for k, *values in conn.execute(sql).fetchall():
            by_k[int(k)].update(zip(names, values, strict=True))

    fill(f"SELECT k, count(*) FROM reach {only} GROUP BY k", "reached")
    fill(f"SELECT k, count(*) FROM vn {only} AND nk IS NULL GROUP BY k", "dropoff")
    for k, to_next, in_stage in conn.execute(
        f"SELECT k, quantile_cont((nft - ft) {SECONDS}, [0.5, 0.9]) FILTER (WHERE nk IS NOT NULL), "
        f"quantile_cont((lt - ft) {SECONDS}, [0.5, 0.9]) FROM vn {only} GROUP BY k"
    ).fetchall():
        to_next, in_stage = to_next or (None, None), in_stage or (None, None)
        by_k[int(k)].update(
            median_to_next_s=to_next[0],
            p90_to_next_s=to_next[1],
            median_in_stage_s=in_stage[0],
            p90_in_stage_s=in_stage[1],
        )
    # Cases reaching both k-1 and k: a semi-join on one integer per (case, stage) pair.
    fill(
        f"SELECT k, count(*) FROM reach {only} AND k > 0 AND ci::BIGINT * {PAIR} + k - 1 IN (SELECT ci::BIGINT * {PAIR} + k FROM reach) "
        "GROUP BY k",
        "both",
    )
    rated = "ev JOIN map USING (a)" + ("" if cases == "cs" else " JOIN cid USING (c)")
    fill(f"SELECT k, avg(rt) FROM {rated} {only} AND rt IS NOT NULL GROUP BY k", "rating")
    out: list[dict[str, Any]] = []
    for k, stage in enumerate(stages):
        got = by_k[k]
        reached = int(got.get("reached", 0))
        previous = int(by_k[k - 1].get("reached", 0)) if k else 0
        conversion = int(got.get("both", 0)) / previous if k and previous else None
        rating = got.get("rating")
        out.append(
            {
                "stage": stage,
                "reached": reached,
                "share": reached / total if total else 0.0,
                "conversion": conversion,
                "dropoff": int(got.get("dropoff", 0)),
                "median_to_next_s": _seconds(got.get("median_to_next_s")),
                "p90_to_next_s": _seconds(got.get("p90_to_next_s")),
                "median_in_stage_s": _seconds(got.get("median_in_stage_s")),
                "p90_in_stage_s": _seconds(got.get("p90_in_stage_s")),
                "rating": None if rating is None else float(rating),
            }
        )
    return out


def stage_flows(conn: duckdb.DuckDBPyConnection, stages: Sequence[str]) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT k, nk, count(*) AS n FROM vn WHERE nk IS NOT NULL GROUP BY k, nk ORDER BY k, nk"
    ).fetchall()
    return [{"from": stages[k], "to": stages[nk], "count": int(n)} for k, nk, n in rows]


def unmapped(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    rows = conn.execute(
        "SELECT aid.a, n FROM (SELECT ai, count(*) AS n FROM seq WHERE k IS NULL GROUP BY ai) JOIN aid USING (ai) "
        "ORDER BY n DESC, aid.a"
    ).fetchall()
    return {str(a): int(n) for a, n in rows}


def splits(conn: duckdb.DuckDBPyConnection, stages: Sequence[str]) -> tuple[list[dict[str, Any]], int]:
    """Segment splits (cases reaching each stage), then channel splits (events per stage); the
    most frequent values first, at most ``L.MAX_SPLITS`` in all; also how many were left out."""
    segs = conn.execute(
        "WITH f AS (SELECT c, arg_min(seg, (t, rowid)) AS seg FROM ev WHERE seg IS NOT NULL GROUP BY c) "
        "SELECT f.seg, r.k, count(*) FROM f JOIN cid USING (c) JOIN reach r USING (ci) GROUP BY f.seg, r.k"
    ).fetchall()
    chans = conn.execute(
        "SELECT ch, k, count(*) FROM ev JOIN map USING (a) WHERE ch IS NOT NULL GROUP BY ch, k"
    ).fetchall()
    out: list[dict[str, Any]] = []
    for kind, rows in ((SplitKind.SEGMENT, segs), (SplitKind.CHANNEL, chans)):
        values: dict[str, dict[str, int]] = {}
        for value, k, n in rows:
            values.setdefault(str(value), {})[stages[k]] = int(n)
        ranked = sorted(values.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
        out.extend({"by": kind, "value": v[: L.MAX_ACTIVITY], "stages": s} for v, s in ranked)
    kept = out[: L.MAX_SPLITS]
    return kept, len(out) - len(kept)


def period_cases(conn: duckdb.DuckDBPyConnection, split_us: int) -> None:
    conn.execute(f"CREATE TABLE cs_before AS SELECT ci FROM cs WHERE first_t < {int(split_us)}")
    conn.execute(f"CREATE TABLE cs_after AS SELECT ci FROM cs WHERE first_t >= {int(split_us)}")


def feedback_sample(conn: duckdb.DuckDBPyConnection, per_stage: int) -> list[tuple[int, str]]:
    """Up to ``per_stage`` feedback texts per stage, the same ones every run (hash of the row)."""
    rows = conn.execute(
        "SELECT k, fb FROM (SELECT k, fb, rn, row_number() OVER (PARTITION BY k ORDER BY hash(rn), rn) AS r "
        f"FROM (SELECT k, fb, ev.rowid AS rn FROM ev JOIN map USING (a) WHERE fb IS NOT NULL)) "
        f"WHERE r <= {int(per_stage)} ORDER BY k, rn"
    ).fetchall()
    return [(int(k), str(fb)) for k, fb in rows]
