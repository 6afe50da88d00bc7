"""One log into one DuckDB table ``ev(c, a, t, ch, seg, fb, rt)``, checked.

``rowid`` is the file order (the row a user sees is ``rowid + 2``: the header is row 1), ``c`` the case
id, ``a`` the activity (both as written), ``t`` the instant in epoch microseconds (UTC), and the
optional columns as text (``NULL`` when absent or empty). Nothing is fetched into Python but
counts and the first bad rows: an empty case, activity or time, or a time DuckDB cannot parse,
is refused naming the first rows and counting the rest ("unparseable timestamps in column 'ts'
at rows 3, 9, 12 and 41 more"). So is a log with more distinct activities than
``L.MAX_ACTIVITIES`` or a longer name than ``L.MAX_ACTIVITY``: the activity column is then
probably not the activity.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from app.analytics import sources
from app.analytics.base import Job, LogError
from app.analytics.engine import first_line, quote_ident, quote_text
from app.analytics.times import ZONE_PATTERN
from app.i18n import translate
from app.models import limits as L
from app.models.entities import LogColumns

SHOWN_ROWS = 4


# Blank: NULL, or only spaces/tabs. CASE, so that only a value below '!' (one starting with a
# space or a tab) is trimmed: trimming every value costs as much as reading the file.
def _blank(column: str) -> str:
    return f"CASE WHEN {column} IS NULL THEN TRUE WHEN {column} < '!' THEN trim({column}) = '' ELSE FALSE END"


BLANK_CASE, BLANK_ACTIVITY, BLANK_TIME = _blank("c"), _blank("a"), _blank("ts")
BAD_TIME = f"t IS NULL AND NOT ({BLANK_TIME})"


@dataclass(frozen=True)
class Loaded:
    sniffed: sources.Sniffed
    events: int
    naive: int  # times read in the naive zone


def set_zone(conn: duckdb.DuckDBPyConnection, zone: str) -> None:
    try:
        conn.execute(f"SET TimeZone = {quote_text(zone)}")
        conn.execute("SELECT epoch_us(CAST('2026-01-01 00:00:00' AS TIMESTAMPTZ))").fetchone()
    except duckdb.Error:
        raise LogError(
            translate("AnalyticsLoad", "unknown time zone {zone} (use a name like UTC or Europe/Paris)").format(
                zone=repr(zone)
            )
        ) from None


def _text(column: str | None) -> str:
    if column is None:
        return "CAST(NULL AS VARCHAR)"
    # As written: the reader makes an empty field NULL; trimming every value would double the
    # cost of the load, so only the checks below look for blank case ids and activities.
    return f"CAST({quote_ident(column)} AS VARCHAR)"


def load(
    conn: duckdb.DuckDBPyConnection, path: Path, cols: LogColumns, naive_zone: str, scratch: Path, job: Job | None
) -> Loaded:
    sniffed = sources.sniff(path)
    src, names = sources.source_sql(conn, path, sniffed, scratch)
    for column in (cols.case, cols.activity, cols.time, cols.channel, cols.segment, cols.feedback, cols.rating):
        if column is not None and column not in names:
            shown = ", ".join(repr(n) for n in names[:12])
            raise LogError(
                translate("AnalyticsLoad", "{name} has no column {column} (its columns: {shown})").format(
                    name=path.name, column=repr(column), shown=shown
                )
            )
    set_zone(conn, naive_zone)
    _check(job)
    try:
        conn.execute(
            f"CREATE TABLE ev AS SELECT c, a, ts, epoch_us(try_cast(ts AS TIMESTAMPTZ)) AS t, ch, seg, fb, "
            f"try_cast(rt AS DOUBLE) AS rt FROM (SELECT {_text(cols.case)} AS c, {_text(cols.activity)} AS a, "
            f"{_text(cols.time)} AS ts, {_text(cols.channel)} AS ch, {_text(cols.segment)} AS seg, "
            f"{_text(cols.feedback)} AS fb, {_text(cols.rating)} AS rt FROM {src})"
        )
    except (duckdb.InterruptException, duckdb.OutOfMemoryException):
        raise  # engine.session says what they mean
    except duckdb.Error as exc:
        raise LogError(
            translate("AnalyticsLoad", "{name} could not be read: {reason}").format(
                name=path.name, reason=first_line(str(exc))
            )
        ) from None
    _check(job)
    row = conn.execute(
        f"SELECT count(*), count(*) FILTER (WHERE {BLANK_CASE}), count(*) FILTER (WHERE {BLANK_ACTIVITY}), "
        f"count(*) FILTER (WHERE {BLANK_TIME}), count(*) FILTER (WHERE {BAD_TIME}), "
        f"count(*) FILTER (WHERE NOT regexp_matches(ts, {quote_text(ZONE_PATTERN)})), "
        "count(DISTINCT a), max(length(a)) FROM ev"
    ).fetchone()
    assert row is not None
    events, no_case, no_activity, no_time, bad_time, naive, activities, longest = row
    if events == 0:
        raise LogError(translate("AnalyticsLoad", "{name} holds no events (only a header)").format(name=path.name))
    _refuse(
        conn,
        no_case,
        BLANK_CASE,
        translate("AnalyticsLoad", "empty case ids in column {case}").format(case=repr(cols.case)),
    )
    _refuse(
        conn,
        no_activity,
        BLANK_ACTIVITY,
        translate("AnalyticsLoad", "empty activities in column {activity}").format(activity=repr(cols.activity)),
    )
    _refuse(
        conn,
        no_time,
        BLANK_TIME,
        translate("AnalyticsLoad", "empty timestamps in column {time}").format(time=repr(cols.time)),
    )
    _refuse(
        conn,
        bad_time,
        BAD_TIME,
        translate("AnalyticsLoad", "unparseable timestamps in column {time}").format(time=repr(cols.time)),
    )
    if activities > L.MAX_ACTIVITIES:
        raise LogError(
            translate(
                "AnalyticsLoad",
                "column {column} holds {n} distinct activities (at most {limit}): "
                "is it the activity column? choose another with --activity",
            ).format(column=repr(cols.activity), n=f"{activities:,}", limit=f"{L.MAX_ACTIVITIES:,}")
        )
    if longest is not None and longest > L.MAX_ACTIVITY:
        _refuse(
            conn,
            1,
            f"length(a) > {L.MAX_ACTIVITY}",
            translate(
                "AnalyticsLoad",
                "activity names over {n} characters in column {column} "
                "(is it the activity column? choose another with --activity)",
            ).format(n=L.MAX_ACTIVITY, column=repr(cols.activity)),
        )
    return Loaded(sniffed, int(events), int(naive))


def _refuse(conn: duckdb.DuckDBPyConnection, count: int, where: str, what: str) -> None:
    if not count:
        return
    if where.startswith("length"):
        count = conn.execute(f"SELECT count(*) FROM ev WHERE {where}").fetchone()[0]  # type: ignore[index]
    rows = [
        r[0] + 2
        for r in conn.execute(f"SELECT rowid FROM ev WHERE {where} ORDER BY rowid LIMIT {SHOWN_ROWS}").fetchall()
    ]
    shown = ", ".join(str(r) for r in rows)
    if len(rows) > 1 and count <= SHOWN_ROWS:
        shown = translate("AnalyticsLoad", "{rows} and {last}").format(
            rows=", ".join(str(r) for r in rows[:-1]), last=rows[-1]
        )
    rest = count - len(rows)
    text = (
        translate("AnalyticsLoad", "{what} at row {rows}")
        if count == 1
        else translate("AnalyticsLoad", "{what} at rows {rows}")
        if rest <= 0
        else translate("AnalyticsLoad", "{what} at rows {rows} and {n} more")
    )
    raise LogError(text.format(what=what, rows=shown, n=f"{rest:,}"))


def _check(job: Job | None) -> None:
    if job is not None:
        job.check()
