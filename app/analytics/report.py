"""The JSON ``waymark analytics`` prints: the issue's shape exactly, with a few keys beside it.

Top level: events, cases, start, end, activities {counts, starts, ends, flows}, stages (each:
stage, name, reached, share, conversion, dropoff, median_to_next_s, p90_to_next_s, and beside
them median_in_stage_s, p90_in_stage_s, rating, sentiment), unmapped; and beside those
stage_flows, flags (stages nobody reaches; flows against the map's stage order) and source.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.models.analytics_values import backward
from app.models.entities import JourneyAnalytics


def report(analytics: JourneyAnalytics, stage_names: Mapping[str, str]) -> dict[str, Any]:
    order = [m.stage for m in analytics.stages]
    acts = analytics.activities
    return {
        "events": analytics.events,
        "cases": analytics.cases,
        "start": analytics.start,
        "end": analytics.end,
        "activities": {
            "counts": dict(acts.counts),
            "starts": dict(acts.starts),
            "ends": dict(acts.ends),
            "flows": [{"from": f.source, "to": f.target, "count": f.count, "median_s": f.median_s} for f in acts.flows],
        },
        "stages": [
            {
                "stage": m.stage,
                "name": stage_names.get(m.stage, m.stage),
                "reached": m.reached,
                "share": m.share,
                "conversion": m.conversion,
                "dropoff": m.dropoff,
                "median_to_next_s": m.median_to_next_s,
                "p90_to_next_s": m.p90_to_next_s,
                "median_in_stage_s": m.median_in_stage_s,
                "p90_in_stage_s": m.p90_in_stage_s,
                "rating": m.rating,
                "sentiment": m.sentiment,
            }
            for m in analytics.stages
        ],
        "unmapped": dict(analytics.unmapped),
        "stage_flows": [{"from": f.source, "to": f.target, "count": f.count} for f in analytics.stage_flows],
        "flags": {
            "unreached": [m.stage for m in analytics.stages if m.reached == 0],
            "backward": [
                {"from": f.source, "to": f.target, "count": f.count}
                for f in analytics.stage_flows
                if backward(order, f.source, f.target)
            ],
        },
        "source": {
            "path": analytics.source.path,
            "format": analytics.source.format.value,
            "fingerprint": analytics.source.fingerprint,
            "naive_zone": analytics.source.naive_zone,
            "refreshed_at": analytics.refreshed_at,
        },
    }
