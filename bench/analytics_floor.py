"""The bare DuckDB baseline for `waymark analytics`: the same aggregates, nothing else.

    python -m bench.analytics_floor LOG.csv MAP.json

DuckDB's own CSV sniffing and typing, then in SQL: events and cases, activity counts, starts
and ends, directly-follows pairs with their median time, and per stage (the mapping's stage of
each event) reach, drop-off (the last stage of each case) and the median time to the next mapped
event in another stage. No checks, no models, no JSON shape: what a hand-written script would do.
"""

from __future__ import annotations

import json
import sys

import duckdb


def main(argv: list[str]) -> int:
    log, mapping = argv[0], json.loads(open(argv[1], encoding="utf-8").read())
    con = duckdb.connect(config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})
    con.execute("CREATE TABLE map (a VARCHAR, stage VARCHAR)")
    con.executemany("INSERT INTO map VALUES (?, ?)", list(mapping.items()))
    con.execute(
        "CREATE TABLE ev AS SELECT case_id AS c, activity AS a, CAST(timestamp AS TIMESTAMPTZ) AS t "
        f"FROM read_csv('{log}')"
    )
    con.execute(
        "CREATE TABLE seq AS SELECT c, a, t, row_number() OVER w AS i, lead(a) OVER w AS na, lead(t) OVER w AS nt "
        "FROM ev WINDOW w AS (PARTITION BY c ORDER BY t)"
    )
    out = {
        "overview": con.execute("SELECT count(*), count(DISTINCT c), epoch(min(t)), epoch(max(t)) FROM seq").fetchall(),
        "counts": con.execute("SELECT a, count(*) FROM seq GROUP BY a").fetchall(),
        "starts": con.execute("SELECT a, count(*) FROM seq WHERE i = 1 GROUP BY a").fetchall(),
        "ends": con.execute("SELECT a, count(*) FROM seq WHERE na IS NULL GROUP BY a").fetchall(),
        "flows": con.execute(
            "SELECT a, na, count(*), median(epoch(nt) - epoch(t)) FROM seq WHERE na IS NOT NULL GROUP BY a, na"
        ).fetchall(),
    }
    con.execute(
        "CREATE TABLE st AS SELECT c, stage, t, lead(stage) OVER w AS ns, lead(t) OVER w AS nt "
        "FROM seq JOIN map USING (a) WINDOW w AS (PARTITION BY c ORDER BY i)"
    )
    out["reach"] = con.execute("SELECT stage, count(DISTINCT c) FROM st GROUP BY stage").fetchall()
    out["dropoff"] = con.execute("SELECT stage, count(*) FROM st WHERE ns IS NULL GROUP BY stage").fetchall()
    out["to_next"] = con.execute(
        "SELECT stage, median(epoch(nt) - epoch(t)) FROM st WHERE ns IS DISTINCT FROM stage AND ns IS NOT NULL "
        "GROUP BY stage"
    ).fetchall()
    json.dump({k: [list(map(str, r)) for r in v] for k, v in out.items()}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
