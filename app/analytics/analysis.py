"""One analysis end to end: load, order, measure, score, and the ``JourneyAnalytics`` model.

Each step is a few SQL statements on one connection; between steps the job is checked, and
``Job.cancel`` interrupts the statement running, so Cancel is felt within one statement.
Progress is reported as the fraction of the steps done.
"""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pydantic

from app.analytics import engine, load, mapping, measures, sentiment, times
from app.analytics.base import AnalysisRequest, AnalysisResult, Job, LogError, Progress
from app.i18n import translate
from app.models.entities import JourneyAnalytics, LogColumns

CHUNK = 1 << 20


def fingerprint(path: Path) -> str:
    """Size and BLAKE2b of the bytes, streamed: "blake2b:<hex>:<size>"."""
    digest = hashlib.blake2b(digest_size=20)
    size = 0
    try:
        with open(path, "rb") as f:
            while chunk := f.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except OSError as exc:
        raise LogError(
            translate("AnalyticsAnalysis", "{name} cannot be read: {reason}").format(
                name=path.name, reason=exc.strerror or exc
            )
        ) from None
    return f"blake2b:{digest.hexdigest()}:{size}"


def count_activities(path: Path, columns: LogColumns, job: Job | None = None) -> dict[str, int]:
    """Events per activity, most frequent first (the mapping table's rows)."""
    with engine.session(job) as (conn, scratch):
        load.load(conn, path, columns, "UTC", scratch, job)
        rows = conn.execute("SELECT a, count(*) AS n FROM ev GROUP BY a ORDER BY n DESC, a").fetchall()
    return {str(a): int(n) for a, n in rows}


class _Steps:
    def __init__(self, progress: Progress | None, job: Job | None, total: int) -> None:
        self.progress, self.job, self.total, self.done = progress, job, total, 0

    def step(self, what: str) -> None:
        if self.job is not None:
            self.job.check()
        if self.progress is not None:
            self.progress(self.done / self.total, what)
        self.done += 1


def run_analysis(request: AnalysisRequest, progress: Progress | None = None, job: Job | None = None) -> AnalysisResult:
    stage_ids = [s for s, _name in request.stages]
    if not stage_ids:
        raise LogError(translate("AnalyticsAnalysis", "the journey has no stages to measure"))
    steps = _Steps(progress, job, 8)
    steps.step("reading the log")
    warnings: list[str] = []
    # The hash of the bytes runs beside DuckDB (hashlib releases the GIL on large buffers).
    with ThreadPoolExecutor(max_workers=1) as pool, engine.session(job) as (conn, scratch):
        digest = pool.submit(fingerprint, request.path)
        loaded = load.load(conn, request.path, request.columns, request.naive_zone, scratch, job)
        if loaded.naive:
            warnings.append(f"{loaded.naive:,} {times.naive_note(request.naive_zone)}")
        steps.step("mapping activities to stages")
        if request.mapping is not None:
            chosen = dict(request.mapping)
        else:
            names = [str(r[0]) for r in conn.execute("SELECT DISTINCT a FROM ev ORDER BY a").fetchall()]
            chosen = mapping.suggest(names, request.stages)
        unknown = sorted({s for s in chosen.values() if s not in stage_ids})
        if unknown:
            raise LogError(
                translate("AnalyticsAnalysis", "the mapping names stages the journey does not have: {unknown}").format(
                    unknown=f"{', '.join(unknown[:5])}"
                )
            )
        steps.step("ordering events")
        measures.order_events(conn, chosen, stage_ids)
        events, cases, start, end = measures.overview(conn)
        steps.step("counting activities and flows")
        activities = measures.activity_stats(conn)
        steps.step("measuring stages")
        stages = measures.stage_measures(conn, stage_ids)
        flows = measures.stage_flows(conn, stage_ids)
        unmapped = measures.unmapped(conn)
        steps.step("splitting by segment and channel")
        splits, dropped = measures.splits(conn, stage_ids)
        if dropped:
            warnings.append(
                translate(
                    "AnalyticsAnalysis", "{dropped} segment or channel values left out (the most frequent are kept)"
                ).format(dropped=f"{dropped:,}")
            )
        periods = None
        if request.split_at:
            split_us = _instant(conn, request.split_at)
            measures.period_cases(conn, split_us)
            periods = {
                "split_at": _iso(conn, split_us),
                "before": measures.stage_measures(conn, stage_ids, "cs_before"),
                "after": measures.stage_measures(conn, stage_ids, "cs_after"),
            }
        steps.step("scoring feedback")
        quotes: list[dict[str, Any]] = []
        if request.sentiment and request.columns.feedback:
            means, quotes = sentiment.score_stages(measures.feedback_sample(conn, sentiment.PER_STAGE), stage_ids)
            for k, mean in means.items():
                stages[k]["sentiment"] = mean
        if len(activities["flows"]) >= measures.L.MAX_ACTIVITY_FLOWS:
            warnings.append(
                translate(
                    "AnalyticsAnalysis", "only the {max_activity_flows} most frequent activity flows are kept"
                ).format(max_activity_flows=f"{measures.L.MAX_ACTIVITY_FLOWS:,}")
            )
        steps.step("done")
    data = {
        "source": {
            "path": str(request.path),
            "format": loaded.sniffed.format,
            "fingerprint": digest.result(),
            "columns": request.columns,
            "naive_zone": request.naive_zone,
        },
        "mapping": {a: s for a, s in chosen.items() if s in stage_ids},
        "card_mapping": dict(request.card_mapping),
        "refreshed_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "events": events,
        "cases": cases,
        "start": start,
        "end": end,
        "activities": activities,
        "stages": stages,
        "stage_flows": flows,
        "unmapped": unmapped,
        "splits": splits,
        "periods": periods,
        "quotes": quotes,
    }
    try:
        analytics = JourneyAnalytics.model_validate(data, strict=False)
    except pydantic.ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"])
        raise LogError(
            translate("AnalyticsAnalysis", "the results cannot be kept ({where}: {msg})").format(
                where=where, msg=error["msg"]
            )
        ) from None
    return AnalysisResult(analytics=analytics, warnings=tuple(warnings))


def _instant(conn: Any, text: str) -> int:
    row = conn.execute("SELECT epoch_us(try_cast(? AS TIMESTAMPTZ))", [text]).fetchone()
    if row is None or row[0] is None:
        raise LogError(
            translate(
                "AnalyticsAnalysis", "not a date and time: {text} (use ISO 8601, e.g. 2026-04-01T00:00:00+00:00)"
            ).format(text=repr(text))
        )
    return int(row[0])


def _iso(conn: Any, micros: int) -> str:
    return str(conn.execute(f"SELECT {times.iso_sql(str(int(micros)))}").fetchone()[0])
