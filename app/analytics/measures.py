"""The measures, in SQL over ``ev`` (see load.py). The definitions, which the tests'
pure-Python reference (tests/analytics_reference.py) implements independently:

- Events are ordered within a case by time, equal times by file order (``rn``).
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

SECONDS = "/ 1000000.0"


def order_events(conn: duckdb.DuckDBPyConnection, mapping: dict[str, str], stages: Sequence[str]) -> None:
    """``seq``: each event with its place in the case and the next event; ``sev``: the mapped ones."""
    conn.execute(
        "CREATE TABLE seq AS SELECT c, a, t, rn, ch, seg, fb, rt, row_number() OVER w AS i, "
        "lead(a) OVER w AS na, lead(t) OVER w AS nt FROM ev WINDOW w AS (PARTITION BY c ORDER BY t, rn)"
    )
    conn.execute("DROP TABLE ev")
    conn.execute("CREATE TABLE map (a VARCHAR, k INTEGER)")
    index = {stage: k for k, stage in enumerate(stages)}
    rows = [(a, index[s]) for a, s in mapping.items() if s in index]
    if rows:
        conn.executemany("INSERT INTO map VALUES (?, ?)", rows)
    conn.execute(
        "CREATE TABLE sev AS SELECT s.c, m.k, s.t, s.i, s.ch, s.fb, s.rt, s.rn FROM seq s JOIN map m USING (a)"
    )
    conn.execute(
        "CREATE TABLE visits AS WITH x AS (SELECT c, k, t, i, CASE WHEN k IS NOT DISTINCT FROM lag(k) OVER "
        "(PARTITION BY c ORDER BY i) THEN 0 ELSE 1 END AS nv FROM sev), "
        "y AS (SELECT *, sum(nv) OVER (PARTITION BY c ORDER BY i ROWS UNBOUNDED PRECEDING) AS v FROM x) "
        "SELECT c, v, any_value(k) AS k, min(t) AS ft, max(t) AS lt FROM y GROUP BY c, v"
    )
    conn.execute(
        "CREATE TABLE vn AS SELECT c, v, k, ft, lt, lead(k) OVER w AS nk, lead(ft) OVER w AS nft "
        "FROM visits WINDOW w AS (PARTITION BY c ORDER BY v)"
    )
    conn.execute("DROP TABLE visits")
    conn.execute("CREATE TABLE cs AS SELECT c, min(t) AS first_t FROM seq GROUP BY c")


def overview(conn: duckdb.DuckDBPyConnection) -> tuple[int, int, str | None, str | None]:
    row = conn.execute(
        f"SELECT count(*), (SELECT count(*) FROM cs), {iso_sql('min(t)')}, {iso_sql('max(t)')} FROM seq"
    ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1]), row[2], row[3]


def activity_stats(conn: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    def counted(sql: str) -> dict[str, int]:
        return {str(a): int(n) for a, n in conn.execute(sql).fetchall()}

    flows = conn.execute(
        f"SELECT a, na, count(*) AS n, quantile_cont((nt - t) {SECONDS}, 0.5) FROM seq WHERE na IS NOT NULL "
        f"GROUP BY a, na ORDER BY n DESC, a, na LIMIT {L.MAX_ACTIVITY_FLOWS}"
    ).fetchall()
    return {
        "counts": counted("SELECT a, count(*) AS n FROM seq GROUP BY a ORDER BY n DESC, a"),
        "starts": counted("SELECT a, count(*) AS n FROM seq WHERE i = 1 GROUP BY a ORDER BY n DESC, a"),
        "ends": counted("SELECT a, count(*) AS n FROM seq WHERE na IS NULL GROUP BY a ORDER BY n DESC, a"),
        "flows": [{"from": str(a), "to": str(b), "count": int(n), "median_s": _seconds(m)} for a, b, n, m in flows],
    }


def _seconds(value: object) -> float | None:
    return None if value is None else max(0.0, float(value))  # type: ignore[arg-type]


def stage_measures(conn: duckdb.DuckDBPyConnection, stages: Sequence[str], cases: str = "cs") -> list[dict[str, Any]]:
    """One dict per stage (StageMeasure fields), over the cases in table ``cases``."""
    only = "WHERE TRUE" if cases == "cs" else f"WHERE c IN (SELECT c FROM {cases})"
    total = conn.execute(f"SELECT count(*) FROM {cases}").fetchone()[0]  # type: ignore[index]
    by_k: dict[int, dict[str, Any]] = {k: {} for k in range(len(stages))}

    def fill(sql: str, *names: str) -> None:
        for k, *values in conn.execute(sql).fetchall():
            by_k[int(k)].update(zip(names, values, strict=True))

    fill(f"SELECT k, count(DISTINCT c) FROM vn {only} GROUP BY k", "reached")
    fill(f"SELECT k, count(*) FROM vn {only} AND nk IS NULL GROUP BY k", "dropoff")
    fill(
        f"SELECT k, quantile_cont((nft - ft) {SECONDS}, 0.5), quantile_cont((nft - ft) {SECONDS}, 0.9) "
        f"FROM vn {only} AND nk IS NOT NULL GROUP BY k",
        "median_to_next_s",
        "p90_to_next_s",
    )
    fill(
        f"SELECT k, quantile_cont((lt - ft) {SECONDS}, 0.5), quantile_cont((lt - ft) {SECONDS}, 0.9) "
        f"FROM vn {only} GROUP BY k",
        "median_in_stage_s",
        "p90_in_stage_s",
    )
    fill(
        f"WITH r AS (SELECT DISTINCT c, k FROM vn {only}) "
        "SELECT b.k, count(*) FROM r a JOIN r b ON a.c = b.c AND b.k = a.k + 1 GROUP BY b.k",
        "both",
    )
    fill(f"SELECT k, avg(rt) FROM sev {only} AND rt IS NOT NULL GROUP BY k", "rating")
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
        "SELECT a, count(*) AS n FROM seq WHERE a NOT IN (SELECT a FROM map) GROUP BY a ORDER BY n DESC, a"
    ).fetchall()
    return {str(a): int(n) for a, n in rows}


def splits(conn: duckdb.DuckDBPyConnection, stages: Sequence[str]) -> tuple[list[dict[str, Any]], int]:
    """Segment splits (cases reaching each stage), then channel splits (events per stage); the
    most frequent values first, at most ``L.MAX_SPLITS`` in all; also how many were left out."""
    segs = conn.execute(
        "WITH f AS (SELECT c, seg FROM seq WHERE seg IS NOT NULL QUALIFY row_number() OVER (PARTITION BY c ORDER BY i) = 1), "
        "r AS (SELECT DISTINCT c, k FROM vn) "
        "SELECT f.seg, r.k, count(*) FROM f JOIN r USING (c) GROUP BY f.seg, r.k"
    ).fetchall()
    chans = conn.execute("SELECT ch, k, count(*) FROM sev WHERE ch IS NOT NULL GROUP BY ch, k").fetchall()
    out: list[dict[str, Any]] = []
    for kind, rows in (("segment", segs), ("channel", chans)):
        values: dict[str, dict[str, int]] = {}
        for value, k, n in rows:
            values.setdefault(str(value), {})[stages[k]] = int(n)
        ranked = sorted(values.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
        out.extend({"by": kind, "value": v[: L.MAX_ACTIVITY], "stages": s} for v, s in ranked)
    kept = out[: L.MAX_SPLITS]
    return kept, len(out) - len(kept)


def period_cases(conn: duckdb.DuckDBPyConnection, split_us: int) -> None:
    conn.execute(f"CREATE TABLE cs_before AS SELECT c FROM cs WHERE first_t < {int(split_us)}")
    conn.execute(f"CREATE TABLE cs_after AS SELECT c FROM cs WHERE first_t >= {int(split_us)}")


def feedback_sample(conn: duckdb.DuckDBPyConnection, per_stage: int) -> list[tuple[int, str]]:
    """Up to ``per_stage`` feedback texts per stage, the same ones every run (hash of the row)."""
    rows = conn.execute(
        "SELECT k, fb FROM (SELECT k, fb, rn, row_number() OVER (PARTITION BY k ORDER BY hash(rn), rn) AS r "
        f"FROM sev WHERE fb IS NOT NULL) WHERE r <= {int(per_stage)} ORDER BY k, rn"
    ).fetchall()
    return [(int(k), str(fb)) for k, fb in rows]
