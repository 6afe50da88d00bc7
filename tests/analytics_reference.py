"""A pure-Python reference for every analytics measure, written from the definitions in
app/analytics/measures.py and not from its SQL: the tests compare the two on random logs.

Input: rows as dicts of text (the CSV as written), the column names, the stage ids in map order
and the mapping. Times are parsed with ``datetime.fromisoformat``; naive ones are UTC.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import UTC, datetime
from typing import Any


def instant_us(text: str) -> int:
    value = datetime.fromisoformat(text.strip())
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    delta = value - datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds


def iso(us: int) -> str:
    return datetime.fromtimestamp(us // 1_000_000, UTC).strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"


def quantile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    xs = sorted(values)
    pos = q * (len(xs) - 1)
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (pos - lo) * (xs[hi] - xs[lo])


def analyse(
    rows: list[dict[str, str]],
    case: str,
    activity: str,
    time: str,
    stages: list[str],
    mapping: dict[str, str],
    segment: str | None = None,
    channel: str | None = None,
) -> dict[str, Any]:
    cases: dict[str, list[tuple[int, int, dict[str, str]]]] = defaultdict(list)
    for rn, row in enumerate(rows):
        cases[row[case].strip()].append((instant_us(row[time]), rn, row))
    for events in cases.values():
        events.sort(key=lambda e: (e[0], e[1]))
    all_t = [t for events in cases.values() for t, _, _ in events]
    counts: Counter[str] = Counter(r[activity].strip() for r in rows)
    starts: Counter[str] = Counter()
    ends: Counter[str] = Counter()
    pairs: dict[tuple[str, str], list[float]] = defaultdict(list)
    index = {s: k for k, s in enumerate(stages)}
    visits: dict[str, list[list[int]]] = {}  # case → [stage index, first_t, last_t]
    for c, events in cases.items():
        acts = [e[2][activity].strip() for e in events]
        starts[acts[0]] += 1
        ends[acts[-1]] += 1
        for (t0, _, _), (t1, _, _), a0, a1 in zip(events, events[1:], acts, acts[1:], strict=False):
            pairs[(a0, a1)].append((t1 - t0) / 1e6)
        vs: list[list[int]] = []
        for (t, _, _), a in zip(events, acts, strict=True):
            if a not in mapping:
                continue
            k = index[mapping[a]]
            if vs and vs[-1][0] == k:
                vs[-1][2] = t
            else:
                vs.append([k, t, t])
        visits[c] = vs
    n_cases = len(cases)
    reach_sets = [{c for c, vs in visits.items() if any(v[0] == k for v in vs)} for k in range(len(stages))]
    stage_out = []
    flows: Counter[tuple[str, str]] = Counter()
    for k, stage in enumerate(stages):
        to_next: list[float] = []
        in_stage: list[float] = []
        dropoff = 0
        for vs in visits.values():
            for n, v in enumerate(vs):
                if v[0] != k:
                    continue
                in_stage.append((v[2] - v[1]) / 1e6)
                if n + 1 < len(vs):
                    to_next.append((vs[n + 1][1] - v[1]) / 1e6)
                else:
                    dropoff += 1
        reached = len(reach_sets[k])
        conversion = None
        if k and reach_sets[k - 1]:
            conversion = len(reach_sets[k - 1] & reach_sets[k]) / len(reach_sets[k - 1])
        stage_out.append(
            {
                "stage": stage,
                "reached": reached,
                "share": reached / n_cases,
                "conversion": conversion,
                "dropoff": dropoff,
                "median_to_next_s": quantile(to_next, 0.5),
                "p90_to_next_s": quantile(to_next, 0.9),
                "median_in_stage_s": quantile(in_stage, 0.5),
                "p90_in_stage_s": quantile(in_stage, 0.9),
            }
        )
    for vs in visits.values():
        for a, b in zip(vs, vs[1:], strict=False):
            flows[(stages[a[0]], stages[b[0]])] += 1
    splits: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    if segment:
        for c, events in cases.items():
            seg = next((e[2][segment].strip() for e in events if e[2].get(segment, "").strip()), None)
            if seg is None:
                continue
            for k in {v[0] for v in visits[c]}:
                d = splits[("segment", seg)]
                d[stages[k]] = d.get(stages[k], 0) + 1
    if channel:
        for events in cases.values():
            for _t, _rn, row in events:
                a, ch = row[activity].strip(), row.get(channel, "").strip()
                if a in mapping and ch:
                    d = splits[("channel", ch)]
                    d[mapping[a]] = d.get(mapping[a], 0) + 1
    return {
        "events": len(rows),
        "cases": n_cases,
        "start": iso(min(all_t)),
        "end": iso(max(all_t)),
        "counts": dict(counts),
        "starts": dict(starts),
        "ends": dict(ends),
        "flows": {p: (len(ts), quantile(ts, 0.5)) for p, ts in pairs.items()},
        "stages": stage_out,
        "stage_flows": dict(flows),
        "unmapped": {a: n for a, n in counts.items() if a not in mapping},
        "splits": dict(splits),
    }
