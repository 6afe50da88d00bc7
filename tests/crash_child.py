"""Child process for tests/test_crash.py: edits (and saves) a project until it is SIGKILLed.

Run as ``python -m tests.crash_child FILE SEED SAVE_MIN SAVE_MAX`` from the repository root,
with ``WAYMARK_DATA_DIR`` set. It opens FILE, prints ``ready <session token>``, waits for a
line on stdin, then pushes the edits of ``plan(SEED)`` one by one through ``Document.push``:

    done <n>      edit n has returned (so it must survive the kill)
    saving <n>    printed just before ``doc.save()``; the file is about to hold edits 1..n
    saved <n> <s> ``doc.save()`` returned after <s> seconds; the file holds edits 1..n

SAVE_MAX = 0 means never save. Every line is flushed before the next edit starts.

The plan is a pure function of the seed and the file's starting project, so the test replays it
with ``Model`` to know exactly what the project looks like after any number of edits.
"""

from __future__ import annotations

import os
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

MAX_SECONDS = 60.0  # a child whose parent vanished stops on its own

Summary = tuple[dict, dict, dict]  # cells {(journey, lane, stage): [card ids]}, texts, emotions


@dataclass
class Model:
    """What the test can observe of a project: card order per cell, card texts, emotions."""

    cells: dict = field(default_factory=dict)  # (journey, lane, stage) -> [card id, ...]
    texts: dict = field(default_factory=dict)  # (journey, card id) -> text
    emotions: dict = field(default_factory=dict)  # (journey, lane, stage, persona, variant) -> (score, note)

    @classmethod
    def of(cls, project) -> Model:
        model = cls()
        for journey in project.journeys:
            for card in journey.cards:
                model.cells.setdefault((journey.id, card.lane, card.stage), []).append(card.id)
                model.texts[(journey.id, card.id)] = card.text
            for point in journey.emotions:
                model.emotions[(journey.id, *point.key)] = (point.score, point.note)
        return model

    def summary(self) -> Summary:
        cells = {k: list(v) for k, v in self.cells.items() if v}
        return cells, dict(self.texts), dict(self.emotions)

    def where(self, jid: str, cid: str) -> tuple:
        return next(k for k, ids in self.cells.items() if k[0] == jid and cid in ids)

    def apply(self, op: dict) -> None:
        jid = op["journey"]
        if op["kind"] == "add":
            cell = self.cells.setdefault((jid, op["lane"], op["stage"]), [])
            cell.insert(min(op["index"], len(cell)), op["card"])
            self.texts[(jid, op["card"])] = op["text"]
        elif op["kind"] == "text":
            self.texts[(jid, op["card"])] = op["text"]
        elif op["kind"] == "move":
            old = self.where(jid, op["card"])
            self.cells[old].remove(op["card"])
            target = self.cells.setdefault((jid, op["lane"], op["stage"]), [])
            target.insert(min(op["index"], len(target)), op["card"])
        elif op["kind"] == "emotion":
            key = (jid, op["lane"], op["stage"], op["persona"], op["variant"])
            self.emotions[key] = (op["score"], op["note"])
        else:  # pragma: no cover - a typo in the plan
            raise ValueError(op["kind"])


def plan(seed: int, project) -> Iterator[dict]:
    """An endless, reproducible stream of valid edits on ``project``'s first journey."""
    rng = random.Random(seed)
    journey = project.journeys[0]
    jid = journey.id
    card_lanes = [lane.id for lane in journey.lanes if lane.kind in ("cards", "touchpoints")]
    emotion_lanes = [lane.id for lane in journey.lanes if lane.kind == "emotion"]
    stages = [s.id for s in journey.stages]
    personas = list(journey.persona_ids) or [None]
    model = Model.of(project)
    cards = [c.id for c in journey.cards]
    n = 0
    while True:
        n += 1
        roll = rng.random()
        if roll < 0.35 or not cards:
            lane, stage = rng.choice(card_lanes), rng.choice(stages)
            size = len(model.cells.get((jid, lane, stage), []))
            op = {
                "kind": "add",
                "card": f"k-{n}",
                "lane": lane,
                "stage": stage,
                "index": rng.randint(0, size),
                "text": f"added by edit {n}",
            }
            cards.append(op["card"])
        elif roll < 0.6:
            op = {"kind": "text", "card": rng.choice(cards), "text": f"text of edit {n}"}
        elif roll < 0.85 or not emotion_lanes:
            lane, stage = rng.choice(card_lanes), rng.choice(stages)
            card = rng.choice(cards)
            size = len([c for c in model.cells.get((jid, lane, stage), []) if c != card])
            op = {"kind": "move", "card": card, "lane": lane, "stage": stage, "index": rng.randint(0, size)}
        else:
            op = {
                "kind": "emotion",
                "lane": rng.choice(emotion_lanes),
                "stage": rng.choice(stages),
                "persona": rng.choice(personas),
                "variant": rng.choice(("as_is", "to_be")),
                "score": rng.randint(-8, 8) / 4,
                "note": f"emotion of edit {n}",
            }
        op["journey"] = jid
        op["n"] = n
        model.apply(op)
        yield op


def expected(seed: int, project, counts: set[int]) -> dict[int, Summary]:
    """The summary of ``project`` after the first n edits of ``plan(seed)``, for each n in counts."""
    model = Model.of(project)
    found = {}
    if 0 in counts:
        found[0] = model.summary()
    top = max(counts, default=0)
    if top:
        for op in plan(seed, project):
            model.apply(op)
            if op["n"] in counts:
                found[op["n"]] = model.summary()
            if op["n"] >= top:
                break
    return found


def command(doc, op: dict):
    from app.document.commands import Edit, Insert, MoveCard, SetEmotion
    from app.models.entities import Card, EmotionPoint
    from app.models.refs import CardRef

    jid = op["journey"]
    if op["kind"] == "add":
        card = Card(id=op["card"], lane=op["lane"], stage=op["stage"], text=op["text"])
        return Insert(doc, CardRef(jid, card.id), card, index=op["index"])
    if op["kind"] == "text":
        return Edit(doc, CardRef(jid, op["card"]), {"text": op["text"]})
    if op["kind"] == "move":
        return MoveCard(doc, CardRef(jid, op["card"]), op["lane"], op["stage"], op["index"])
    point = EmotionPoint(
        lane=op["lane"],
        stage=op["stage"],
        score=op["score"],
        persona=op["persona"],
        variant=op["variant"],
        note=op["note"],
    )
    return SetEmotion(doc, jid, point)


def main(argv: list[str]) -> int:
    path, seed, save_min, save_max = argv[0], int(argv[1]), int(argv[2]), int(argv[3])
    from app.document.document import Document
    from app.models.project_file import read_project_file

    out = sys.stdout

    def say(line: str) -> None:
        out.write(line + "\n")
        out.flush()

    project, _ = read_project_file(path)  # the plan starts from the file, as the test's replay does
    doc = Document.open(path)
    save_rng = random.Random(seed ^ 0x5A5A)
    next_save = save_rng.randint(save_min, save_max) if save_max else None
    say(f"ready {doc.session.token}")
    if not sys.stdin.readline().strip():
        return 2  # the parent went away before starting us
    parent = os.getppid()
    started = time.monotonic()
    for op in plan(seed, project):
        doc.push(command(doc, op))
        say(f"done {op['n']}")
        if next_save is not None and op["n"] >= next_save:
            say(f"saving {op['n']}")
            t = time.perf_counter()
            doc.save()
            say(f"saved {op['n']} {time.perf_counter() - t:.6f}")
            next_save = op["n"] + save_rng.randint(save_min, save_max)
        if time.monotonic() - started > MAX_SECONDS or os.getppid() != parent:
            return 3
    return 0  # pragma: no cover - the plan is endless


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
