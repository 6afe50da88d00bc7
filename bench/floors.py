"""Whole-process floors for the whole-command measures: the least any program could do.

    python -m bench.floors sqlite JSON OUT   json.load + sqlite3 executemany of the same rows
    python -m bench.floors xlsx JSON OUT     json.load + an openpyxl write-only workbook of the same cells
    python -m bench.floors pdf JSON OUT      json.load + reportlab drawString of the same texts

Each reads the workload's FORMAT JSON with the stdlib (the cheapest way to get the same cards)
and writes what the command writes with the same library and no layout, styles or checks, so
`command ÷ floor` is what Waymark adds on top of its libraries. Imports only what it uses.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _load(path: str) -> dict:
    import json

    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def sqlite_floor(src: str, out: str) -> None:
    """What `new --from-json` does at the least: the same rows into the same schema, one commit."""
    import_baseline(Path(src), Path(out))


def import_baseline(src: Path, out: Path) -> None:
    """json.load + sqlite3 executemany of every row into the app's own version-1 DDL
    (foreign_keys on, synchronous=FULL, one commit)."""
    import json
    import sqlite3

    from app.models.schema import first_statements

    doc = _load(src)
    conn = sqlite3.connect(out)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    for statement in first_statements():
        conn.execute(statement)
    info = doc["project"]
    conn.execute(
        "INSERT INTO project (id, name, description) VALUES (1, ?, ?)", (info["name"], info.get("description", ""))
    )
    conn.executemany(
        "INSERT INTO personas (id, position, name, role, color, goals, frustrations, quote) VALUES (?,?,?,?,?,?,?,?)",
        [
            (
                p["id"],
                n,
                p["name"],
                p.get("role", ""),
                p.get("color", "#4F7FD8"),
                json.dumps(p.get("goals", [])),
                json.dumps(p.get("frustrations", [])),
                p.get("quote", ""),
            )
            for n, p in enumerate(doc["personas"])
        ],
    )
    for jn, j in enumerate(doc["journeys"]):
        jid = j["id"]
        conn.execute(
            "INSERT INTO journeys (id, position, name, description) VALUES (?,?,?,?)",
            (jid, jn, j["name"], j.get("description", "")),
        )
        conn.executemany(
            "INSERT INTO journey_personas VALUES (?,?,?)",
            [(jid, pid, n) for n, pid in enumerate(j.get("persona_ids", []))],
        )
        conn.executemany(
            "INSERT INTO stages (journey_id, id, position, name, description) VALUES (?,?,?,?,?)",
            [(jid, s["id"], n, s["name"], s.get("description", "")) for n, s in enumerate(j["stages"])],
        )
        conn.executemany(
            "INSERT INTO lanes (journey_id, id, position, name, kind, role, unit) VALUES (?,?,?,?,?,?,?)",
            [
                (jid, ln["id"], n, ln["name"], ln["kind"], ln.get("role"), ln.get("unit"))
                for n, ln in enumerate(j["lanes"])
            ],
        )
        conn.executemany(
            "INSERT INTO cards (journey_id, id, lane_id, stage_id, position, text, color, votes, evidence, tags, "
            "channel, touchpoint) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    jid,
                    c["id"],
                    c["lane"],
                    c["stage"],
                    n,
                    c.get("text", ""),
                    c.get("color"),
                    c.get("votes", 0),
                    c.get("evidence"),
                    json.dumps(c.get("tags", [])),
                    c.get("channel"),
                    c.get("touchpoint"),
                )
                for n, c in enumerate(j["cards"])
            ],
        )
        conn.executemany(
            "INSERT INTO emotion_points (journey_id, lane_id, stage_id, persona_id, variant, score, note) "
            "VALUES (?,?,?,?,?,?,?)",
            [
                (
                    jid,
                    e["lane"],
                    e["stage"],
                    e.get("persona") or "",
                    e.get("variant", "as_is"),
                    e["score"],
                    e.get("note", ""),
                )
                for e in j.get("emotions", [])
            ],
        )
        conn.executemany(
            "INSERT INTO metric_values VALUES (?,?,?,?,?)",
            [(jid, m["lane"], m["stage"], m.get("value"), m.get("target")) for m in j.get("metrics", [])],
        )
        conn.executemany(
            "INSERT INTO blueprint_lines VALUES (?,?,?)",
            [(jid, ln["after_lane"], ln["kind"]) for ln in j.get("lines", [])],
        )
    conn.commit()
    conn.close()


def xlsx_floor(src: str, out: str) -> None:
    """The map sheets and the Cards sheet's cells, write-only, no styles (see probe_files.xlsx_baseline)."""
    from openpyxl import Workbook

    doc = _load(src)
    wb = Workbook(write_only=True)
    for j in doc["journeys"]:
        stages = [s["id"] for s in j["stages"]]
        sheet = wb.create_sheet(j["name"][:31])
        sheet.append([j["name"]] + [s["name"] for s in j["stages"]])
        cells: dict[tuple, list[str]] = {}
        for c in j["cards"]:
            cells.setdefault((c["lane"], c["stage"]), []).append(c.get("text", ""))
        for lane in j["lanes"]:
            rows = max([len(cells.get((lane["id"], s), ())) for s in stages] + [1])
            for r in range(rows):
                texts = [cells[(lane["id"], s)][r] if r < len(cells.get((lane["id"], s), ())) else None for s in stages]
                sheet.append([lane["name"] if r == 0 else None] + texts)
    cards = wb.create_sheet("Cards")
    cards.append(
        ["id", "journey", "stage", "lane", "text", "channel", "touchpoint", "evidence", "votes", "tags", "color"]
    )
    for j in doc["journeys"]:
        stage_names = {s["id"]: s["name"] for s in j["stages"]}
        lane_names = {ln["id"]: ln["name"] for ln in j["lanes"]}
        for c in j["cards"]:
            cards.append(
                [
                    c["id"],
                    j["name"],
                    stage_names[c["stage"]],
                    lane_names[c["lane"]],
                    c.get("text", ""),
                    c.get("channel"),
                    c.get("touchpoint"),
                    c.get("evidence"),
                    c.get("votes", 0),
                    ", ".join(c.get("tags", [])),
                    c.get("color"),
                ]
            )
    wb.save(out)


def pdf_floor(src: str, out: str) -> None:
    """Every card text, stage and lane name drawn once with the bundled DejaVu Sans, one page."""
    from reportlab.lib import pagesizes
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    doc = _load(src)
    font = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "DejaVuSans.ttf"
    pdfmetrics.registerFont(TTFont("FloorSans", str(font)))
    width, height = pagesizes.landscape(pagesizes.A4)
    c = canvas.Canvas(out, pagesize=(width, height), pageCompression=1)
    c.setFont("FloorSans", 4)
    strings = []
    for j in doc["journeys"]:
        strings += [s["name"] for s in j["stages"]] + [ln["name"] for ln in j["lanes"]]
        strings += [card.get("text", "").replace("\n", " ") for card in j["cards"]]
    for n, text in enumerate(strings):
        c.drawString(10 + (n % 8) * 100, 10 + (n // 8) % 100 * 5.5, text)
    c.showPage()
    c.save()


FLOORS = {"sqlite": sqlite_floor, "xlsx": xlsx_floor, "pdf": pdf_floor}


if __name__ == "__main__":
    what, src, out = sys.argv[1:4]
    FLOORS[what](src, out)
