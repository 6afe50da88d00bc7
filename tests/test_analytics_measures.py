"""Every analytics measure against a pure-Python reference (tests/analytics_reference.py), on
random logs (hypothesis) and on small logs checked by hand: ties in file order, a loop back, a
skip, one-event cases, mixed zones, a stage nobody reaches."""

from __future__ import annotations

import csv
import math
import tempfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.analytics.api import AnalysisRequest, Job, analyse, report_json
from app.analytics.base import Cancelled
from app.models.entities import JourneyAnalytics, LogColumns
from tests import analytics_reference as ref

STAGES = ("s1", "s2", "s3", "s4")
COLUMNS = LogColumns(case="case", activity="activity", time="ts", channel="channel", segment="segment")
HEADER = ["case", "activity", "ts", "channel", "segment"]
BASE = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
ZONES = ("Z", "+02:00", "naive", "-05:30")


def stamp(minutes: int, zone: str) -> str:
    at = BASE + timedelta(minutes=minutes)
    if zone == "naive":
        return at.strftime("%Y-%m-%d %H:%M:%S")
    if zone == "Z":
        return at.strftime("%Y-%m-%dT%H:%M:%SZ")
    sign = 1 if zone[0] == "+" else -1
    hours, mins = int(zone[1:3]), int(zone[4:6])
    local = at.astimezone(timezone(sign * timedelta(hours=hours, minutes=mins)))
    return local.isoformat()


def write_csv(folder: Path, rows: list[dict[str, str]]) -> Path:
    path = folder / "log.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=HEADER)
        w.writeheader()
        w.writerows(rows)
    return path


def run(
    folder: Path, rows: list[dict[str, str]], mapping: dict[str, str], stages=STAGES, split_at: str | None = None
) -> JourneyAnalytics:
    path = write_csv(folder, rows)
    request = AnalysisRequest(
        path=path,
        columns=COLUMNS,
        stages=tuple((s, s.upper()) for s in stages),
        mapping=mapping,
        sentiment=False,
        split_at=split_at,
    )
    return analyse(request).analytics


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)


def compare(got: JourneyAnalytics, rows: list[dict[str, str]], mapping: dict[str, str], stages=STAGES) -> None:
    want = ref.analyse(rows, "case", "activity", "ts", list(stages), mapping, segment="segment", channel="channel")
    assert got.events == want["events"]
    assert got.cases == want["cases"]
    assert (got.start, got.end) == (want["start"], want["end"])
    assert got.activities.counts == want["counts"]
    assert got.activities.starts == want["starts"]
    assert got.activities.ends == want["ends"]
    flows = {(f.source, f.target): (f.count, f.median_s) for f in got.activities.flows}
    assert flows.keys() == want["flows"].keys()
    for pair, (count, median) in want["flows"].items():
        assert flows[pair][0] == count, pair
        assert close(flows[pair][1], median), pair
    assert [m.stage for m in got.stages] == list(stages)
    for m, w in zip(got.stages, want["stages"], strict=True):
        for key, value in w.items():
            assert (
                close(getattr(m, key), value) if isinstance(value, float) or value is None else getattr(m, key) == value
            ), (
                m.stage,
                key,
                getattr(m, key),
                value,
            )
    assert {(f.source, f.target): f.count for f in got.stage_flows} == want["stage_flows"]
    assert got.unmapped == want["unmapped"]
    assert {(s.by.value, s.value): s.stages for s in got.splits} == want["splits"]


@st.composite
def logs(draw):
    activities = ["Viewed", "Compared", "Paid", "Called", "Wrote review", "Odd"][: draw(st.integers(2, 6))]
    n_cases = draw(st.integers(1, 8))
    rows = []
    for c in range(n_cases):
        for _ in range(draw(st.integers(1, 6))):
            rows.append(
                {
                    "case": f"c{c}",
                    "activity": draw(st.sampled_from(activities)),
                    "ts": stamp(draw(st.integers(0, 6)) * 30, draw(st.sampled_from(ZONES))),
                    "channel": draw(st.sampled_from(["", "web", "app"])),
                    "segment": draw(st.sampled_from(["", "new", "existing"])),
                }
            )
    rows = draw(st.permutations(rows))
    mapping = {a: draw(st.sampled_from(STAGES)) for a in activities if draw(st.booleans())}
    return list(rows), mapping


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(logs(), st.integers(0, 7))
def test_random_logs_match_the_reference(log, split):
    rows, mapping = log
    split_at = stamp(split * 30, "Z")
    with tempfile.TemporaryDirectory() as folder:
        got = run(Path(folder), rows, mapping, split_at=split_at)
    compare(got, rows, mapping)
    # Periods: the measures of the cases starting before / from split_at are the reference's
    # measures of those cases' rows alone.
    first: dict[str, int] = {}
    for r in rows:
        first[r["case"]] = min(first.get(r["case"], 1 << 62), ref.instant_us(r["ts"]))
    cut = ref.instant_us(split_at)
    assert got.periods is not None
    for measures, keep in ((got.periods.before, lambda t: t < cut), (got.periods.after, lambda t: t >= cut)):
        part = [r for r in rows if keep(first[r["case"]])]
        if not part:
            assert all(m.reached == 0 and m.share == 0.0 for m in measures)
            continue
        want = ref.analyse(part, "case", "activity", "ts", list(STAGES), mapping)["stages"]
        for m, w in zip(measures, want, strict=True):
            for key, value in w.items():
                assert (
                    close(getattr(m, key), value)
                    if isinstance(value, float) or value is None
                    else getattr(m, key) == value
                ), (m.stage, key)


def row(case: str, activity: str, ts: str, channel: str = "", segment: str = "") -> dict[str, str]:
    return {"case": case, "activity": activity, "ts": ts, "channel": channel, "segment": segment}


MAP = {"Viewed": "s1", "Compared": "s2", "Paid": "s3", "Called": "s4"}
MAP13 = {"Viewed": "s1", "Paid": "s3"}


def test_ties_are_ordered_by_file_order(tmp_path):
    rows = [row("1", "Paid", "2026-03-01T09:00:00Z"), row("1", "Viewed", "2026-03-01T09:00:00Z")]
    got = run(tmp_path, rows, MAP)
    assert got.activities.starts == {"Paid": 1}
    assert got.activities.ends == {"Viewed": 1}
    assert [(f.source, f.target) for f in got.stage_flows] == [("s3", "s1")]  # a backward flow, by file order
    assert got.measure("s3").dropoff == 0 and got.measure("s1").dropoff == 1
    compare(got, rows, MAP)


def test_a_loop_back_a_skip_and_a_one_event_case(tmp_path):
    rows = [
        row("a", "Viewed", "2026-03-01T09:00:00Z"),
        row("a", "Compared", "2026-03-01T10:00:00Z"),
        row("a", "Paid", "2026-03-01T11:00:00Z"),
        row("a", "Compared", "2026-03-01T12:00:00Z"),  # back to comparing after paying
        row("b", "Viewed", "2026-03-01T09:00:00Z"),
        row("b", "Paid", "2026-03-01T09:30:00Z"),  # a skip of s2
        row("c", "Viewed", "2026-03-02T09:00:00Z"),  # one event
    ]
    got = run(tmp_path, rows, MAP)
    flows = {(f.source, f.target): f.count for f in got.stage_flows}
    assert flows == {("s1", "s2"): 1, ("s2", "s3"): 1, ("s3", "s2"): 1, ("s1", "s3"): 1}
    s1, s2, s3, s4 = (got.measure(s) for s in STAGES)
    assert (s1.reached, s2.reached, s3.reached, s4.reached) == (3, 1, 2, 0)
    assert s2.conversion == pytest.approx(1 / 3)
    assert s3.conversion == 1.0  # of the one case reaching s2, it reached s3
    assert s4.conversion == 0.0 and s4.share == 0.0  # nobody reaches s4
    assert (s1.dropoff, s2.dropoff, s3.dropoff) == (1, 1, 1)
    assert s1.median_to_next_s == pytest.approx(2700.0)  # 3600 and 1800
    assert got.start == "2026-03-01T09:00:00+00:00" and got.end == "2026-03-02T09:00:00+00:00"
    report = report_json(got, {s: s for s in STAGES})
    assert report["flags"]["unreached"] == ["s4"]
    assert report["flags"]["backward"] == [{"from": "s3", "to": "s2", "count": 1}]
    compare(got, rows, MAP)


def test_mixed_zones_are_one_timeline(tmp_path):
    rows = [
        row("1", "Viewed", "2026-03-01T11:00:00+02:00"),  # 09:00 UTC
        row("1", "Compared", "2026-03-01T08:30:00Z"),  # earlier, though written later
        row("1", "Paid", "2026-03-01 09:30:00"),  # naive: UTC
    ]
    got = run(tmp_path, rows, MAP)
    assert got.activities.starts == {"Compared": 1}
    assert got.activities.ends == {"Paid": 1}
    assert got.start == "2026-03-01T08:30:00+00:00"
    flows = {(f.source, f.target): f.median_s for f in got.activities.flows}
    assert flows == {("Compared", "Viewed"): 1800.0, ("Viewed", "Paid"): 1800.0}
    compare(got, rows, MAP)


def test_naive_times_in_another_zone(tmp_path):
    rows = [row("1", "Viewed", "2026-03-01 10:00:00"), row("1", "Paid", "2026-03-01T09:30:00Z")]
    path = write_csv(tmp_path, rows)
    request = AnalysisRequest(
        path=path, columns=COLUMNS, stages=(("s1", "S1"), ("s3", "S3")), mapping=MAP13, naive_zone="Europe/Paris"
    )
    result = analyse(request)
    assert result.analytics.start == "2026-03-01T09:00:00+00:00"  # 10:00 in Paris (UTC+1 in March)
    assert result.analytics.source.naive_zone == "Europe/Paris"
    assert any("Europe/Paris" in w for w in result.warnings)


def test_a_stage_nobody_reaches_and_unmapped_activities(tmp_path):
    rows = [row("1", "Viewed", "2026-03-01T09:00:00Z"), row("1", "Odd", "2026-03-01T09:05:00Z")]
    got = run(tmp_path, rows, {"Viewed": "s1"})
    assert [m.reached for m in got.stages] == [1, 0, 0, 0]
    assert got.unmapped == {"Odd": 1}
    compare(got, rows, {"Viewed": "s1"})


def test_periods_compare_cases_by_their_first_event(tmp_path):
    rows = [
        row("1", "Viewed", "2026-03-01T09:00:00Z"),
        row("1", "Paid", "2026-04-05T09:00:00Z"),
        row("2", "Viewed", "2026-04-02T09:00:00Z"),
    ]
    path = write_csv(tmp_path, rows)
    request = AnalysisRequest(
        path=path, columns=COLUMNS, stages=(("s1", "S1"), ("s3", "S3")), mapping=MAP13, split_at="2026-04-01T00:00:00Z"
    )
    periods = analyse(request).analytics.periods
    assert periods is not None and periods.split_at == "2026-04-01T00:00:00+00:00"
    assert [(m.reached, m.share) for m in periods.before] == [(1, 1.0), (1, 1.0)]
    assert [(m.reached, m.share) for m in periods.after] == [(1, 1.0), (0, 0.0)]
    assert [m.conversion for m in periods.before] == [None, 1.0]
    assert [m.conversion for m in periods.after] == [None, 0.0]


def test_sentiment_and_rating_per_stage(tmp_path):
    path = tmp_path / "fb.csv"
    path.write_text(
        "case,activity,ts,feedback,rating\n"
        "1,Viewed,2026-03-01T09:00:00Z,I love this wonderful phone,5\n"
        "2,Viewed,2026-03-01T09:00:00Z,Awful and slow. I hate it,1\n"
        "3,Viewed,2026-03-01T09:00:00Z,,3\n"
        "3,Paid,2026-03-01T09:10:00Z,,x\n",
        encoding="utf-8",
    )
    cols = LogColumns(case="case", activity="activity", time="ts", feedback="feedback", rating="rating")
    got = analyse(
        AnalysisRequest(path=path, columns=cols, stages=(("s1", "S1"), ("s3", "S3")), mapping=MAP13)
    ).analytics
    s1 = got.measure("s1")
    assert s1.rating == pytest.approx(3.0)
    assert got.measure("s3").rating is None  # "x" is not a number
    assert s1.sentiment is not None and -1 <= s1.sentiment <= 1
    texts = {(q.stage, q.text, q.score > 0) for q in got.quotes}
    assert texts == {("s1", "I love this wonderful phone", True), ("s1", "Awful and slow. I hate it", False)}


def test_fingerprint_and_source(tmp_path):
    rows = [row("1", "Viewed", "2026-03-01T09:00:00Z")]
    got = run(tmp_path, rows, MAP)
    size = (tmp_path / "log.csv").stat().st_size
    assert got.source.fingerprint.startswith("blake2b:") and got.source.fingerprint.endswith(f":{size}")
    assert got.mapping == {"Viewed": "s1", "Compared": "s2", "Paid": "s3", "Called": "s4"}


def test_a_cancelled_job_raises_cancelled(tmp_path):
    path = write_csv(tmp_path, [row("1", "Viewed", "2026-03-01T09:00:00Z")])
    job = Job()
    job.cancel()
    with pytest.raises(Cancelled):
        analyse(AnalysisRequest(path=path, columns=COLUMNS, stages=(("s1", "S1"),)), job=job)


def test_cancel_from_another_thread_interrupts(tmp_path):
    """Cancel lands while the analysis runs (from the progress callback, as a window's Cancel
    would between two steps); the analysis stops with Cancelled and returns nothing."""
    path = write_csv(tmp_path, [row(str(n), "Viewed", "2026-03-01T09:00:00Z") for n in range(50)])
    job = Job()
    seen: list[str] = []

    def progress(_fraction: float, what: str) -> None:
        seen.append(what)
        if len(seen) == 3:
            job.cancel()

    with pytest.raises(Cancelled):
        analyse(AnalysisRequest(path=path, columns=COLUMNS, stages=(("s1", "S1"),)), progress=progress, job=job)
    assert len(seen) == 3


def test_cancel_from_another_thread_interrupts_a_running_query():
    """The worker runs long DuckDB statements; the main thread cancels once the worker is in
    its loop. Whether the interrupt lands inside a statement or between two, the worker ends
    with Cancelled (the flag is checked between statements), and the connection is released."""
    import threading

    from app.analytics import engine

    job = Job()
    started = threading.Event()
    outcome: list[BaseException] = []

    def worker() -> None:
        try:
            with engine.session(job) as (conn, _scratch):
                for _ in range(1000):
                    started.set()
                    conn.execute("SELECT sum(i) FROM range(200000000) t(i)").fetchone()
                    job.check()
        except BaseException as exc:  # the test reports whatever ended the worker
            outcome.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    started.wait()
    job.cancel()
    thread.join()
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled), outcome
    assert job.cancelled
