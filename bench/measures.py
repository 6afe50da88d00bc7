"""The measures: each runs its probes (fresh subprocesses), and returns table rows with raw samples."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from bench import runner
from bench.stats import median, p90


@dataclass
class Plan:
    """How much to run: the full suite or the --quick smoke check."""

    quick: bool
    workloads: list[str]
    big: str  # the workload for the single-workload measures
    cold_repeats: int
    open_repeats: int
    frames: int
    edit_repeats: int
    file_repeats: int
    limits: str | None = None  # the workload at the stated limits (whole commands; not in --quick)
    whole_repeats: int = 1
    limits_repeats: int = 1
    reduced: bool = False  # set when the time budget forced fewer repeats

    @classmethod
    def make(cls, quick: bool) -> Plan:
        if quick:
            return cls(
                True, ["small"], "small", cold_repeats=2, open_repeats=1, frames=15, edit_repeats=3, file_repeats=1
            )
        return cls(
            False,
            ["small", "workshop", "huge"],
            "huge",
            cold_repeats=10,
            open_repeats=5,
            frames=60,
            edit_repeats=20,
            file_repeats=4,
            limits="limits",
            whole_repeats=5,
            limits_repeats=3,
        )


@dataclass
class Row:
    measure: str
    workload: str
    ours: float  # the value judged (ms or MB)
    baseline: float | None
    unit: str
    target: str  # as printed
    met: bool | None  # None: no target
    ours_text: str = ""
    baseline_text: str = ""
    samples: dict = field(default_factory=dict)
    notes: dict = field(default_factory=dict)
    error: str | None = None
    section: str = "in-process"  # or "whole": a whole command, process start to exit (bench/whole.py)

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or not self.baseline or math.isnan(self.ours):
            return None
        return self.ours / self.baseline

    def as_json(self) -> dict:
        return {
            "measure": self.measure,
            "workload": self.workload,
            "ours": self.ours,
            "baseline": self.baseline,
            "ratio": self.ratio,
            "unit": self.unit,
            "target": self.target,
            "met": self.met,
            "ours_text": self.ours_text,
            "baseline_text": self.baseline_text,
            "samples": self.samples,
            "notes": self.notes,
            "error": self.error,
            "section": self.section,
        }


def _fmt(value: float, unit: str) -> str:
    if value is None or math.isnan(value):
        return "—"
    if unit == "ms" and value >= 1000:
        return f"{value / 1000:.2f} s"
    return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"


def _ratio_row(measure: str, workload: str, ours: list[float], base: list[float], limit: float | None, **notes) -> Row:
    o, b = median(ours), median(base)
    row = Row(
        measure,
        workload,
        o,
        b,
        "ms",
        f"≤ {limit:g}×" if limit else "—",
        None,
        _fmt(o, "ms"),
        _fmt(b, "ms"),
        {"ours_ms": ours, "baseline_ms": base},
        notes,
    )
    row.met = (row.ratio <= limit) if limit else None
    return row


def _error_row(measure: str, workload: str, target: str, exc: Exception) -> Row:
    return Row(measure, workload, math.nan, None, "ms", target, None, "ERROR", "", error=str(exc))


# -- 2 + 9. open to first paint, and the peak memory -------------------------------------------------------


def open_first_paint(plan: Plan, files: dict) -> list[Row]:
    rows = []
    for name in plan.workloads:
        ours, base, ours_rss, base_rss, phases = [], [], [], [], []
        try:
            viewport = None
            for _ in range(plan.open_repeats):
                r = runner.probe("probe_open", files[name]["waymark"])
                viewport = viewport or r["viewport"]
                ours.append(r["ms"])
                ours_rss.append(r["peak_rss_mb"])
                phases.append(r["phases"])
                b = runner.probe("probe_open", files[name]["json"], "--bare", *viewport)
                base.append(b["ms"])
                base_rss.append(b["peak_rss_mb"])
        except runner.ProbeError as exc:
            rows.append(_error_row("open to first paint", name, "≤ 2 s" if name == "huge" else "—", exc))
            continue
        o, b = median(ours), median(base)
        limit = 2000.0 if name == "huge" else None
        phase_medians = {k: median([p[k] for p in phases]) for k in phases[0]}
        rows.append(
            Row(
                "open to first paint",
                name,
                o,
                b,
                "ms",
                "≤ 2 s" if limit else "—",
                (o <= limit) if limit else None,
                _fmt(o, "ms"),
                _fmt(b, "ms"),
                {"ours_ms": ours, "baseline_ms": base},
                {"phases_median_ms": phase_medians, "viewport": viewport},
            )
        )
        if name == plan.big:
            mo, mb = median(ours_rss), median(base_rss)
            rows.append(
                Row(
                    "peak memory (open)",
                    name,
                    mo,
                    mb,
                    "MB",
                    "≤ 400 MB",
                    mo <= 400.0,
                    _fmt(mo, "MB"),
                    _fmt(mb, "MB"),
                    {"ours_mb": ours_rss, "baseline_mb": base_rss},
                    {"how": "ru_maxrss of the open probe process, after first paint"},
                )
            )
    return rows


# -- 3. frames -----------------------------------------------------------------------------------------------

FRAME_TARGETS = {"pan_100": ("pan at 100%", 16.0), "pan_25": ("pan at 25%", 33.0), "zoom": ("continuous zoom", 33.0)}


def frames(plan: Plan, files: dict) -> list[Row]:
    rows = []
    for name in plan.workloads:
        try:
            ours = runner.probe("probe_frames", files[name]["waymark"], "--frames", plan.frames)
            base = runner.probe(
                "probe_frames", files[name]["json"], "--bare", *ours["viewport"], "--frames", plan.frames
            )
        except runner.ProbeError as exc:
            rows += [
                _error_row(f"frame: {label}", name, f"p90 ≤ {limit:g} ms", exc)
                for label, limit in FRAME_TARGETS.values()
            ]
            continue
        for gesture, (label, limit) in FRAME_TARGETS.items():
            o, b = ours["gestures"][gesture], base["gestures"][gesture]
            row = Row(
                f"frame: {label}",
                name,
                p90(o),
                p90(b),
                "ms",
                f"p90 ≤ {limit:g} ms",
                p90(o) <= limit,
                f"{median(o):.1f} / {p90(o):.1f} ms",
                f"{median(b):.1f} / {p90(b):.1f} ms",
                {"ours_ms": o, "baseline_ms": b},
                {"shown": "p50 / p90; ratio of p90s", "viewport": ours["viewport"]},
            )
            rows.append(row)
    return rows


# -- 4. edits ------------------------------------------------------------------------------------------------

EDIT_LABELS = {
    "add_card": "edit→repaint: add card",
    "move_card": "edit→repaint: move card",
    "emotion": "edit→repaint: drag emotion",
}


def edits(plan: Plan, files: dict) -> list[Row]:
    name = plan.big
    try:
        r = runner.probe("probe_edits", files[name]["waymark"], "--repeats", plan.edit_repeats)
    except runner.ProbeError as exc:
        return [_error_row(label, name, "p90 ≤ 50 ms", exc) for label in EDIT_LABELS.values()]
    rows = []
    for key, label in EDIT_LABELS.items():
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
            )
        )
    return rows


# -- 5-8. files ----------------------------------------------------------------------------------------------


def files_measures(plan: Plan, files: dict) -> list[Row]:
    name = plan.big
    specs = (
        (
            "import",
            "json",
            "import (new --from-json)",
            3.0,
            "in-process: read_project_json + create_project_file (cmd_new without its lock); "
            "baseline json.load + raw sqlite3 executemany, same DDL, one commit",
        ),
        (
            "save",
            "waymark",
            "save",
            None,
            "ProjectSession.save (VACUUM INTO + seal + fsync/rename); reference: sqlite3 backup of the file",
        ),
        ("xlsx", "waymark", "export xlsx", 2.0, "export_xlsx vs openpyxl write-only, same cells, no styles"),
        (
            "pdf",
            "waymark",
            "export pdf (poster)",
            2.0,
            "export_pdf poster A4 vs reportlab canvas drawString of the same strings, no layout",
        ),
    )
    rows = []
    for what, kind, label, limit, how in specs:
        try:
            r = runner.probe("probe_files", what, files[name][kind], "--repeats", plan.file_repeats)
        except runner.ProbeError as exc:
            rows.append(_error_row(label, name, f"≤ {limit:g}×" if limit else "—", exc))
            continue
        extra = {k: v for k, v in r.items() if k not in ("ours", "baseline")}
        rows.append(_ratio_row(label, name, r["ours"], r["baseline"], limit, how=how, **extra))
    return rows
