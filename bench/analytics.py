"""The analytics measures: `waymark analytics` on a generated event log, as a whole command
(process start to exit), beside a bare DuckDB script computing the same aggregates in the same
run (bench/analytics_floor.py), and the command's peak memory.

| measure | baseline | target |
| analytics 1M events | python -m bench.analytics_floor (DuckDB read_csv + the aggregates) | ≤ 2× and ≤ 3 s |
| analytics 1M events peak memory | — | ≤ 600 MB |

The log (1,000,000 events, or ~50,000 in --quick) comes from scripts/make_sample_events.py
--lean (case, activity, timestamp, channel, segment; mixed zones) and is cached in the system's
temp folder (waymark-bench-cache), so only the first run pays for writing it.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import runner
from bench.measures import Plan, Row
from bench.stats import median, ms
from bench.whole import _spread
from scripts.make_sample_events import SAMPLE_MAPPING

EVENTS_PER_CASE = 5.32  # what the generator averages


def _log(events: int) -> Path:
    cache = Path(tempfile.gettempdir()) / "waymark-bench-cache"
    cache.mkdir(exist_ok=True)
    path = cache / f"events-{events}.csv"
    if not path.exists():
        part = path.with_suffix(".part")
        cases = round(events / EVENTS_PER_CASE)
        subprocess.run(
            [sys.executable, str(runner.REPO / "scripts" / "make_sample_events.py"), str(part), "--cases", str(cases)]
            + ["--seed", "1", "--lean"],
            check=True,
            capture_output=True,
        )
        part.replace(path)
    return path


def _peak_rss_mb(argv: list[str]) -> float:
    """Peak resident memory of one run of ``python argv`` (a fresh child; getrusage of children)."""
    code = (
        "import resource, subprocess, sys; p = subprocess.run(sys.argv[1:], capture_output=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss if p.returncode == 0 else -1)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, sys.executable, *argv], cwd=runner.REPO, capture_output=True, text=True
    )
    kb = int(out.stdout.strip() or -1)
    if kb < 0:
        raise runner.ProbeError(f"{' '.join(argv)} failed")
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def _timed(argv: list[str], cpu: list[float]) -> float:
    """Wall milliseconds of one run; its CPU seconds (user + system, all threads) go to ``cpu``:
    on a busy machine the CPU time says more than the wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall, proc = runner.run(argv)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise runner.ProbeError(f"{' '.join(argv)}: exit {proc.returncode}: " + " | ".join(tail))
    cpu.append(round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 3))
    return ms(wall)


def analytics_rows(plan: Plan, folder: Path) -> list[Row]:
    events = 50_000 if plan.quick else 1_000_000
    label = f"{events // 1000:,}k events" if events < 1_000_000 else "1M events"
    repeats = 1 if plan.quick else max(1, plan.whole_repeats)
    try:
        log = _log(events)
        project = folder / "analytics.waymark"
        sample = runner.REPO / "resources" / "sample" / "phone-purchase.json"
        _timed(["-m", "app", "new", str(project), "--from-json", str(sample), "--force"], [])
        mapping = folder / "map.json"
        mapping.write_text(json.dumps(SAMPLE_MAPPING), encoding="utf-8")
        out = folder / "analytics.json"
        ours_argv = ["-m", "app", "analytics", str(project), str(log), "--map", str(mapping), "--json", str(out)]
        base_argv = ["-m", "bench.analytics_floor", str(log), str(mapping)]
        ours, base, ours_cpu, base_cpu = [], [], [], []
        for n in range(repeats + 1):  # one untimed round warms the file cache
            o, b = _timed(ours_argv, ours_cpu), _timed(base_argv, base_cpu)
            if n:
                ours.append(o)
                base.append(b)
        ours_cpu, base_cpu = ours_cpu[1:], base_cpu[1:]
        peak = _peak_rss_mb(ours_argv)
    except (runner.ProbeError, subprocess.CalledProcessError, OSError, ValueError) as exc:
        return [
            Row(
                f"analytics {label}",
                "event log",
                float("nan"),
                None,
                "ms",
                "≤ 2×",
                None,
                "ERROR",
                "",
                error=str(exc),
                section="whole",
            )
        ]
    o, b = median(ours), median(base)
    ratio_ok = o / b <= 2.0 if b else None
    return [
        Row(
            f"analytics {label}",
            "event log",
            o,
            b,
            "ms",
            "≤ 2× and ≤ 3 s",
            None if ratio_ok is None else (ratio_ok and o <= 3000.0),
            f"{_spread(ours)}; cpu {median(ours_cpu):.2f} s",
            f"{_spread(base)}; cpu {median(base_cpu):.2f} s",
            {"ours_ms": ours, "baseline_ms": base, "ours_cpu_s": ours_cpu, "baseline_cpu_s": base_cpu},
            {
                "how": "python -m app analytics FILE LOG --map --json vs python -m bench.analytics_floor (bare DuckDB)",
                "events": events,
                "cpu_ratio": round(median(ours_cpu) / median(base_cpu), 2) if median(base_cpu) else None,
                "log_bytes": log.stat().st_size,
            },
            section="whole",
        ),
        Row(
            f"analytics {label} peak memory",
            "event log",
            peak,
            None,
            "MB",
            "≤ 600 MB",
            peak <= 600.0,
            f"{peak:.0f} MB",
            "",
            {"peak_mb": peak},
            {"how": "ru_maxrss of the whole command (getrusage of a child)"},
            section="whole",
        ),
    ]
