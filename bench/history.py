"""Snapshots and compare on the 10,000-card journey (the "huge" workload; "small" in --quick).

| measure | baseline | target |
| snapshot: bytes added to the file | the file's size before | ≤ 1.5× |
| compare two versions (decode the snapshot + diff) | — | ≤ 1 s |
| `waymark diff FILE --since NAME` | `waymark info FILE` (the same open, no compare) | for scale |
| `waymark snapshot FILE --name NAME` | `waymark info FILE` | for scale |

The second version is the first with about 5% of it changed the way a workshop changes a map:
card texts edited, cards deleted, added and moved to other cells, a stage moved, emotion scores
changed. The snapshot is taken, the file saved, and its size compared with the size before.
"""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

from bench import runner
from bench.measures import Plan, Row
from bench.stats import median, ms
from bench.whole import _pair, _spread


def _edited(journey):
    """A later version of ``journey``: about 5% of its cards and points changed."""
    from app.models.entities import Card

    rng = random.Random(18)
    cards = list(journey.cards)
    n = max(3, len(cards) // 60)
    for i in rng.sample(range(len(cards)), n):
        cards[i] = cards[i].model_copy(update={"text": cards[i].text + " (revised)", "votes": cards[i].votes + 1})
    for i in sorted(rng.sample(range(len(cards)), n), reverse=True):
        del cards[i]
    lanes = [ln.id for ln in journey.lanes if ln.kind.value in ("cards", "touchpoints")]
    stages = [s.id for s in journey.stages]
    for k in range(n):
        cards.append(Card(id=f"bench-new-{k}", lane=rng.choice(lanes), stage=rng.choice(stages), text=f"New idea {k}"))
    for i in rng.sample(range(len(cards) - n), n):
        cards[i] = cards[i].model_copy(update={"stage": rng.choice(stages)})
    emotions = [
        e.model_copy(update={"score": max(-2.0, min(2.0, -e.score))}) if k % 7 == 0 else e
        for k, e in enumerate(journey.emotions)
    ]
    moved = list(journey.stages)
    moved.insert(0, moved.pop(len(moved) // 2))
    return journey.model_copy(update={"cards": cards, "emotions": emotions, "stages": moved})


def history_rows(plan: Plan, files: dict, folder: Path) -> list[Row]:
    from app.document.commands import Insert, ReplaceJourneys
    from app.document.document import Document
    from app.models import snapshots as SN
    from app.models.refs import SnapshotRef

    name = plan.big
    path = folder / f"{name}-history.waymark"
    shutil.copyfile(files[name]["waymark"], path)
    rows: list[Row] = []
    before = path.stat().st_size
    doc = Document.open(path)
    try:
        journey = max(doc.project.journeys, key=lambda j: len(j.cards))
        jid, count = journey.id, len(journey.cards)
        t0 = time.perf_counter()
        snap = SN.take_snapshot(journey, name="bench")
        take_ms = ms(time.perf_counter() - t0)
        doc.push(Insert(doc, SnapshotRef(jid, snap.id), snap))
        doc.save()
        after = path.stat().st_size
        doc.push(ReplaceJourneys(doc, [_edited(doc.journey(jid))], "bench edits"))
        doc.save()
        current = doc.journey(jid)
    finally:
        doc.close()
    added = after - before
    rows.append(
        Row(
            "snapshot: bytes added to the file",
            f"{name} ({count:,} cards)",
            added / 2**20,
            before / 2**20,
            "MB",
            "≤ 1.5×",
            added <= 1.5 * before,
            f"{added / 2**20:.2f} MB (content {len(snap.content) * 3 / 4 / 2**20:.2f} MB; taken in {take_ms:.0f} ms)",
            f"{before / 2**20:.2f} MB file",
            {"before_bytes": before, "after_bytes": after, "take_ms": take_ms},
            {"how": "Document.open, take_snapshot + Insert, save; file sizes before and after"},
        )
    )
    rows += _compare_rows(plan, snap, current, name, count)
    rows += _command_rows(plan, path, jid, name, count)
    return rows


def _compare_rows(plan: Plan, snap, current, name: str, count: int) -> list[Row]:
    from app.models import snapshots as SN

    try:
        from app.models.diff import compare_journeys
    except ImportError:  # the compare lands with its own commit
        return []
    samples, changes = [], 0
    for _ in range(1 if plan.quick else 5):
        t0 = time.perf_counter()
        old = SN.snapshot_journey(snap)
        diff = compare_journeys(old, current)
        samples.append(ms(time.perf_counter() - t0))
        changes = len(diff.entries)
    value = median(samples)
    return [
        Row(
            "compare two versions (decode snapshot + diff)",
            f"{name} ({count:,} cards)",
            value,
            None,
            "ms",
            "≤ 1 s",
            value <= 1000.0,
            f"{_spread(samples)}; {changes:,} changes",
            "",
            {"ms": samples},
            {"how": "snapshot_journey + compare_journeys, in one process"},
        )
    ]


def _command_rows(plan: Plan, path: Path, jid: str, name: str, count: int) -> list[Row]:
    import argparse

    from app.cli import _command_parser

    parser = _command_parser()
    commands = next(set(a.choices) for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    repeats = 1 if plan.quick else max(1, plan.whole_repeats)
    base = ["-m", "app", "info", str(path)]
    rows = []
    wanted = (
        (
            "diff",
            "`waymark diff --since` (whole command)",
            ["-m", "app", "diff", str(path), "--journey", jid, "--since", "bench"],
        ),
        ("snapshot", "`waymark snapshot` (whole command)", None),
    )
    for command, label, argv in wanted:
        if command not in commands:
            continue
        if argv is None:
            copy = path.with_name(path.stem + "-snap.waymark")

            def make(_n: int, copy=copy) -> list[str]:
                shutil.copyfile(path, copy)
                return ["-m", "app", "snapshot", str(copy), "--journey", jid, "--name", "bench again"]
        else:

            def make(_n: int, argv=argv) -> list[str]:
                return argv

        try:
            ours, baseline = _pair(make, lambda _n: base, repeats)
        except runner.ProbeError as exc:
            rows.append(
                Row(label, name, float("nan"), None, "ms", "—", None, "ERROR", "", error=str(exc), section="whole")
            )
            continue
        rows.append(
            Row(
                label,
                f"{name} ({count:,} cards)",
                median(ours),
                median(baseline),
                "ms",
                "for scale",
                None,
                _spread(ours),
                _spread(baseline) + " (info)",
                {"ours_ms": ours, "baseline_ms": baseline},
                {"how": f"python -m app {command} … vs python -m app info FILE"},
                section="whole",
            )
        )
    return rows
