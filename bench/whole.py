"""Whole-command measures: what a user waits for, from process start to exit.

Every measure runs the real command (`python -m app ...`) in a fresh process, repeated and
interleaved with its baseline, which is a whole process too, timed in the same run:

| measure | baseline | target |
| cold start `--smoke`, sample | a bare QMainWindow shown and painted (bench/bare_window.py) | ≤ 2.5× |
| `--smoke` huge / at the limits | the same bare window (for scale only) | ≤ 1.5 s / ≤ 4 s |
| `new --from-json` huge | json.load + sqlite3 executemany of the same rows (bench/floors.py) | ≤ 3× |
| `export --xlsx` huge | json.load + openpyxl write-only of the same cells | ≤ 2× |
| `export --pdf` huge | json.load + reportlab drawString of the same texts | ≤ 2× |
| edit → repaint at the limits | a repaint alone, same window (bench/probe_edits.py) | p90 ≤ 50 ms |

Values are medians; the text shows the spread (min–max) beside them.
"""

from __future__ import annotations

import math
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench import runner
from bench.measures import Plan, Row
from bench.stats import median, ms, p90

BARE = [str(runner.REPO / "bench" / "bare_window.py")]


def _spread(samples: list[float]) -> str:
    def s(v: float) -> str:
        return f"{v / 1000:.2f}" if v >= 1000 else f"{v:.0f}"

    unit = "s" if median(samples) >= 1000 else "ms"
    return f"{s(median(samples))} {unit} ({s(min(samples))}–{s(max(samples))})"


def _timed(argv: list[str]) -> float:
    wall, proc = runner.run(argv)
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise runner.ProbeError(f"{' '.join(argv)}: exit {proc.returncode}: " + " | ".join(tail))
    return ms(wall)


def _pair(make_ours, make_base, repeats: int) -> tuple[list[float], list[float]]:
    """Run ours and the baseline ``repeats`` times, interleaved, after one untimed round each
    (it warms the file cache and writes bytecode, as an installed program has)."""
    ours, base = [], []
    for n in range(repeats + 1):
        o, b = _timed(make_ours(n)), _timed(make_base(n))
        if n:
            ours.append(o)
            base.append(b)
    return ours, base


@dataclass(frozen=True)
class Target:
    """At most ``ratio`` times the baseline, or at most ``ms`` milliseconds (the baseline then only gives scale)."""

    ratio: float | None = None
    ms: float | None = None

    @property
    def label(self) -> str:
        return f"≤ {self.ratio:g}×" if self.ratio is not None else f"≤ {(self.ms or 0) / 1000:g} s"

    def met(self, ours: float, base: float) -> bool | None:
        if self.ratio is not None:
            return ours / base <= self.ratio if base else None
        return ours <= (self.ms or 0)


def _row(measure: str, workload: str, ours: list[float], base: list[float], target: Target, how: str) -> Row:
    o, b = median(ours), median(base)
    return Row(
        measure,
        workload,
        o,
        b,
        "ms",
        target.label,
        target.met(o, b),
        _spread(ours),
        _spread(base),
        {"ours_ms": ours, "baseline_ms": base},
        {"how": how},
        section="whole",
    )


def _error(measure: str, workload: str, target: str, exc: Exception) -> Row:
    return Row(measure, workload, math.nan, None, "ms", target, None, "ERROR", "", error=str(exc), section="whole")


def whole_commands(plan: Plan, files: dict) -> list[Row]:
    runner.run(["-m", "compileall", "-q", str(runner.REPO / "app"), str(runner.REPO / "bench")])
    rows: list[Row] = []
    out = Path(tempfile.mkdtemp(prefix="waymark-bench-out-"))
    big, limits, n = plan.big, plan.limits, plan.whole_repeats
    specs = [
        (
            "cold start --smoke",
            "sample",
            lambda i: ["-m", "app", "--smoke"],
            lambda i: BARE,
            Target(ratio=2.5),
            "python -m app --smoke (the sample) vs a bare QMainWindow, both shown and painted once",
            plan.cold_repeats,
        ),
        (
            "--smoke",
            big,
            lambda i: ["-m", "app", "--smoke", files[big]["waymark"]],
            lambda i: BARE,
            Target(ms=1500.0),
            "open the file, paint the window once, exit; baseline: the bare window (for scale)",
            n,
        ),
    ]
    if limits:
        specs.append(
            (
                "--smoke",
                limits,
                lambda i: ["-m", "app", "--smoke", files[limits]["waymark"]],
                lambda i: BARE,
                Target(ms=4000.0),
                "open the file, paint the window once, exit; baseline: the bare window (for scale)",
                plan.limits_repeats,
            )
        )
    specs += [
        (
            "new --from-json",
            big,
            lambda i: ["-m", "app", "new", out / f"new-{i}.waymark", "--from-json", files[big]["json"]],
            lambda i: ["-m", "bench.floors", "sqlite", files[big]["json"], out / f"floor-{i}.sqlite"],
            Target(ratio=3.0),
            "the command vs json.load + sqlite3 executemany of the same rows (bench/floors.py)",
            n,
        ),
        (
            "export --xlsx",
            big,
            lambda i: ["-m", "app", "export", files[big]["waymark"], "--xlsx", out / f"x-{i}.xlsx"],
            lambda i: ["-m", "bench.floors", "xlsx", files[big]["json"], out / f"floor-{i}.xlsx"],
            Target(ratio=2.0),
            "the command vs json.load + openpyxl write-only of the same cells, no styles",
            n,
        ),
        (
            "export --pdf",
            big,
            lambda i: ["-m", "app", "export", files[big]["waymark"], "--pdf", out / f"p-{i}.pdf"],
            lambda i: ["-m", "bench.floors", "pdf", files[big]["json"], out / f"floor-{i}.pdf"],
            Target(ratio=2.0),
            "the command (poster, A4) vs json.load + reportlab drawString of the same texts, no layout",
            n,
        ),
    ]
    try:
        for measure, workload, ours, base, target, how, repeats in specs:
            try:
                o, b = _pair(
                    lambda i, f=ours: [str(a) for a in f(i)], lambda i, f=base: [str(a) for a in f(i)], repeats
                )
            except runner.ProbeError as exc:
                rows.append(_error(measure, workload, target.label, exc))
                continue
            rows.append(_row(measure, workload, o, b, target, how))
        rows += _edits_at(limits or big, files, plan.edit_repeats)
    finally:
        import shutil

        shutil.rmtree(out, ignore_errors=True)
    return rows


EDITS = {"add_card": "edit → repaint: add a card", "move_card": "edit → repaint: move a card"}


def _edits_at(name: str, files: dict, repeats: int) -> list[Row]:
    """At the limits: the copy one card short, each add undone after its round (see workloads.prepare)."""
    at_limit = "edit" in files[name]
    args = (files[name]["edit"], "--undo-adds") if at_limit else (files[name]["waymark"],)
    try:
        r = runner.probe("probe_edits", *args, "--repeats", repeats)
    except runner.ProbeError as exc:
        return [_error(label, name, "p90 ≤ 50 ms", exc) for label in EDITS.values()]
    rows = []
    for key, label in EDITS.items():
        o, b = r["edits"][key], r["baseline"][key]
        rows.append(
            Row(
                label,
                name,
                p90(o),
                p90(b),
                "ms",
                "p90 ≤ 50 ms",
                p90(o) <= 50.0,
                f"{median(o):.1f} / {p90(o):.1f} ms",
                f"{median(b):.1f} / {p90(b):.1f} ms",
                {"ours_ms": o, "baseline_ms": b},
                {"shown": "median / p90; ratio of p90s", "baseline": "repaint only, no edit"},
                section="whole",
            )
        )
    return rows
