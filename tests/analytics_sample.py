"""A hand-made analytics result on the sample journey (no engine, no log): what the output
tests and the screenshots draw. Its numbers are consistent with one another, as the engine's
would be: shares of 1,000 cases, conversions from the previous stage, drop-offs that sum to
the cases that reached a stage."""

from __future__ import annotations

from app.models.analytics_values import MEASURE_UNITS, measure_value
from app.models.entities import (
    ActivityFlow,
    ActivityStats,
    JourneyAnalytics,
    Lane,
    LaneKind,
    LogColumns,
    LogFormat,
    LogSource,
    Measure,
    MetricValue,
    ObservedQuote,
    PeriodComparison,
    Project,
    Split,
    SplitKind,
    StageFlow,
    StageMeasure,
)
from app.models.library import sample_project

CASES = 1000
# stage id -> (reached, dropoff, median to next s, p90 to next s, median in stage s, rating, sentiment)
STAGES = {
    "search": (1000, 120, 3_600.0, 30_000.0, 900.0, 3.9, 0.21),
    "compare": (880, 260, 7_500.0, 190_000.0, 2_700.0, 3.2, -0.12),
    "store": (620, 90, 86_400.0 * 1.5, 86_400.0 * 6, 1_800.0, 4.1, 0.34),
    "buy": (530, 40, 86_400.0 * 3.2, 86_400.0 * 9, 420.0, 4.4, 0.51),
    "learn": (490, 170, 45.0, 600.0, 5_400.0, 3.6, 0.05),
    "support": (0, 0, None, None, None, None, None),
    "advocate": (320, 320, None, None, 300.0, 4.6, 0.62),
}
FORMULA_ACTIVITY = '=HYPERLINK("http://evil.example","click")'


def sample_analytics(source: str = "/data/logs/phone-purchase-events.csv") -> JourneyAnalytics:
    previous = None
    stages = []
    for sid, (reached, drop, to_next, p90, in_stage, rating, sentiment) in STAGES.items():
        conversion = None if previous is None else (reached / previous if previous else None)
        stages.append(
            StageMeasure(
                stage=sid,
                reached=reached,
                share=reached / CASES,
                conversion=conversion,
                dropoff=drop,
                median_to_next_s=to_next,
                p90_to_next_s=p90,
                median_in_stage_s=in_stage,
                rating=rating,
                sentiment=sentiment,
            )
        )
        if reached:
            previous = reached
    flows = [
        StageFlow(**{"from": "search", "to": "compare", "count": 880}),
        StageFlow(**{"from": "compare", "to": "store", "count": 560}),
        StageFlow(**{"from": "compare", "to": "buy", "count": 60}),  # a skip
        StageFlow(**{"from": "store", "to": "buy", "count": 470}),
        StageFlow(**{"from": "store", "to": "compare", "count": 140}),  # a loop back
        StageFlow(**{"from": "buy", "to": "learn", "count": 490}),
        StageFlow(**{"from": "learn", "to": "advocate", "count": 320}),
        StageFlow(**{"from": "learn", "to": "buy", "count": 35}),  # a loop back
    ]
    return JourneyAnalytics(
        source=LogSource(
            path=source,
            format=LogFormat.CSV,
            fingerprint="1234:abcd",
            columns=LogColumns(case="case_id", activity="activity", time="timestamp", segment="segment"),
        ),
        mapping={"search_web": "search", "compare_prices": "compare", "visit_store": "store", "checkout": "buy"},
        refreshed_at="2026-06-01T09:30:00+00:00",
        events=12_345,
        cases=CASES,
        start="2026-03-01T08:00:00+00:00",
        end="2026-05-31T18:00:00+00:00",
        activities=ActivityStats(
            counts={"search_web": 1000, "checkout": 530, FORMULA_ACTIVITY: 7},
            starts={"search_web": 1000},
            ends={"review": 320},
            flows=[ActivityFlow(**{"from": "search_web", "to": "compare_prices", "count": 880, "median_s": 3600.0})],
        ),
        stages=stages,
        stage_flows=flows,
        unmapped={"newsletter_open": 2_310, FORMULA_ACTIVITY: 7, "+1 upvote": 3, "-2 rating": 2, "@mention": 1},
        splits=[
            Split(by=SplitKind.SEGMENT, value="new customer", stages={"search": 640, "compare": 560, "buy": 300}),
            Split(by=SplitKind.SEGMENT, value="returning", stages={"search": 360, "compare": 320, "buy": 230}),
        ],
        periods=PeriodComparison(
            split_at="2026-04-15T00:00:00+00:00",
            before=[
                StageMeasure(stage="search", reached=480, share=1.0),
                StageMeasure(stage="buy", reached=230, share=0.48, conversion=0.5),
            ],
            after=[
                StageMeasure(stage="search", reached=520, share=1.0),
                StageMeasure(stage="buy", reached=300, share=0.58, conversion=0.62, median_to_next_s=7200.0),
            ],
        ),
        quotes=[ObservedQuote(stage="compare", text="=1+1 too many tabs open", score=-0.6)],
    )


def analysed_sample(flow_lane: bool = True, measures=(Measure.REACHED, Measure.CONVERSION)) -> Project:
    """The sample project with the analytics stored, analysed metric lanes filled (as the lead's
    apply_analytics fills them) and a flow lane below the stages."""
    project = sample_project()
    journey = project.journeys[0]
    analytics = sample_analytics()
    lanes = list(journey.lanes)
    metrics = list(journey.metrics)
    for measure in measures:
        lane = Lane(
            id=f"data-{measure.value}",
            name=measure.value.replace("_", " ").capitalize(),
            kind=LaneKind.METRIC,
            unit=MEASURE_UNITS[measure] or None,
            measure=measure,
        )
        lanes.append(lane)
        for m in analytics.stages:
            value = measure_value(m, measure)
            if value is not None:
                metrics.append(MetricValue(lane=lane.id, stage=m.stage, value=value))
    if flow_lane:
        lanes.insert(0, Lane(id="flows", name="Flows", kind=LaneKind.FLOW))
    project.journeys[0] = journey.model_copy(update={"lanes": lanes, "metrics": metrics, "analytics": analytics})
    return project


def crowded_project(stages: int = 30, seed: int = 7) -> Project:
    """A journey at the edges: many stages (long names), every kind of flow, thousands of
    unmapped activities with the longest names, the most split values, a period comparison."""
    import random

    rnd = random.Random(seed)
    ids = [f"s{i}" for i in range(stages)]
    long = "Stage with a very long name that will not fit in any column at all "
    journey = {
        "id": "big",
        "name": "A crowded journey " + "with a long name " * 6,
        "stages": [{"id": sid, "name": f"{i + 1} {long}"} for i, sid in enumerate(ids)],
        "lanes": [
            {"id": "flows", "name": "Flows", "kind": "flow"},
            {"id": "doing", "name": "Doing", "kind": "cards"},
        ],
        "cards": [],
    }
    reached = sorted((rnd.randint(0, 50_000) for _ in ids), reverse=True)
    cases = max(reached[0], 1)
    measures = [
        StageMeasure(
            stage=sid,
            reached=r,
            share=r / cases,
            conversion=None if i == 0 else (r / reached[i - 1] if reached[i - 1] else None),
            dropoff=r // 3,
            median_to_next_s=rnd.choice([None, rnd.uniform(0, 10**7)]),
            p90_to_next_s=rnd.uniform(0, 10**8),
            median_in_stage_s=rnd.uniform(0, 100),
            rating=rnd.uniform(0, 10),
            sentiment=rnd.uniform(-1, 1),
        )
        for i, (sid, r) in enumerate(zip(ids, reached, strict=True))
    ]
    flows = [
        StageFlow(**{"from": rnd.choice(ids), "to": rnd.choice(ids), "count": rnd.randint(1, 50_000)})
        for _ in range(200)
    ]
    name = "x" * 190
    analytics = JourneyAnalytics(
        source=LogSource(
            path="/very/long/path/" + "sub/" * 100 + "events.csv",
            format=LogFormat.CSV,
            fingerprint="f",
            columns=LogColumns(case="c", activity="a", time="t"),
        ),
        refreshed_at="2026-06-01T09:30:00+00:00",
        events=10**9,
        cases=cases,
        start="2026-01-01T00:00:00+00:00",
        end="2026-12-31T00:00:00+00:00",
        stages=measures,
        stage_flows=flows,
        unmapped={f"{name}{i:05d}": rnd.randint(1, 10**6) for i in range(2000)},
        splits=[
            Split(by=SplitKind.CHANNEL, value=f"channel {i} " + "y" * 100, stages={sid: i for sid in ids})
            for i in range(400)
        ],
        periods=PeriodComparison(split_at="2026-06-01T00:00:00+00:00", before=measures[:10], after=measures[5:]),
    )
    project = sample_project()
    return Project.model_validate(
        {
            **project.model_dump(mode="json", by_alias=True),
            "journeys": [{**journey, "analytics": analytics.model_dump(mode="json", by_alias=True)}],
        }
    )
