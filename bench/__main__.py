"""`python -m bench [--quick]`: run the benchmark suite, print its tables, write bench/results.json.

Two tables: measures timed inside a probe process, and whole commands timed from process start
to exit (bench/whole.py), each beside its baseline from the same run. --quick (the smoke check
scripts/test runs): the small workload only, one repeat, no limits workload, written to
bench/results-quick.json. Missed targets never fail the run; exit 1 only if a measurement crashed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUDGET_S = 8 * 60  # the full run must fit in 10 minutes; past this, later measures cut repeats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small workload only, fewer repeats (a smoke check)")
    parser.add_argument(
        "--output",
        type=Path,
        help="where to write the results (default bench/results.json, or bench/results-quick.json with --quick)",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from bench import analytics, history, report, whole, workloads
    from bench import measures as M

    started = datetime.now(UTC).isoformat(timespec="seconds")
    t_start = time.monotonic()
    plan = M.Plan.make(args.quick)
    info = report.machine_info()
    report.print_machine(info)
    print(f"mode: {'quick' if args.quick else 'full'}; workloads: {', '.join(plan.workloads)}", flush=True)

    folder = Path(tempfile.mkdtemp(prefix="waymark-bench-"))
    old_data_dir = os.environ.get("WAYMARK_DATA_DIR")
    os.environ["WAYMARK_DATA_DIR"] = str(folder / "data")  # creating the files must not touch the user's folder
    rows: list[M.Row] = []
    try:
        names = plan.workloads + ([plan.limits] if plan.limits else [])
        files = workloads.prepare(names, folder)
        counts = {name: workloads.counts(workloads.generate(name)) for name in names}
        steps = (
            ("whole commands", lambda: whole.whole_commands(plan, files)),
            ("analytics", lambda: analytics.analytics_rows(plan, folder)),
            ("open to first paint", lambda: M.open_first_paint(plan, files)),
            ("frames", lambda: M.frames(plan, files)),
            ("edit latency", lambda: M.edits(plan, files)),
            ("import / save / xlsx / pdf", lambda: M.files_measures(plan, files)),
            ("snapshots and compare", lambda: history.history_rows(plan, files, folder)),
        )
        for label, step in steps:
            if time.monotonic() - t_start > BUDGET_S and not plan.reduced:
                plan.reduced = True
                plan.open_repeats = plan.file_repeats = 1
                plan.edit_repeats, plan.frames = 5, 30
                plan.whole_repeats = plan.limits_repeats = 1
                print("  (over the time budget: fewer repeats from here on)", flush=True)
            t0 = time.monotonic()
            print(f"  {label} ...", end="", flush=True)
            new = step()
            rows += new
            errors = sum(1 for r in new if r.error)
            print(f" {time.monotonic() - t0:.0f} s" + (f" ({errors} failed)" if errors else ""), flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if old_data_dir is None:
            os.environ.pop("WAYMARK_DATA_DIR", None)
        else:
            os.environ["WAYMARK_DATA_DIR"] = old_data_dir

    duration = time.monotonic() - t_start
    print()
    print(report.table([r for r in rows if r.section != "whole"]), flush=True)
    print()
    print(report.table([r for r in rows if r.section == "whole"], report.WHOLE_HEADERS), flush=True)
    for r in rows:
        if r.error:
            print(f"error: {r.measure} ({r.workload}): {r.error}", file=sys.stderr)
    if hasattr(os, "getloadavg"):
        info["loadavg_end"] = list(os.getloadavg())
    out = args.output or HERE / ("results-quick.json" if args.quick else "results.json")
    report.write_results(
        out,
        mode="quick" if args.quick else "full",
        info=info,
        workloads=counts,
        rows=rows,
        duration_s=round(duration, 1),
        started=started,
    )
    missed = sum(1 for r in rows if r.met is False)
    print(
        f"\n{len(rows)} rows, {missed} target(s) missed, {sum(1 for r in rows if r.error)} error(s); "
        f"{duration:.0f} s; written to {out}"
    )
    return 1 if any(r.error for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
