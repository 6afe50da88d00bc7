"""Small statistics and timing helpers (no Qt, no app imports)."""

from __future__ import annotations

import math
import resource
import statistics
import sys
import time

RESULT_PREFIX = "BENCH-RESULT "

now = time.perf_counter


def ms(seconds: float) -> float:
    return seconds * 1000.0


def percentile(samples: list[float], q: float) -> float:
    """The q-th percentile (0..100) with linear interpolation, like numpy's default."""
    if not samples:
        return math.nan
    data = sorted(samples)
    pos = (len(data) - 1) * q / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


def median(samples: list[float]) -> float:
    return statistics.median(samples) if samples else math.nan


def p90(samples: list[float]) -> float:
    return percentile(samples, 90)


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def emit(result: dict) -> None:
    """A probe's answer: one line on stdout that the runner picks out."""
    import json

    print(RESULT_PREFIX + json.dumps(result), flush=True)
