"""Probe: edit-to-repaint latency on the board (the real MainWindow, offscreen).

    python -m bench.probe_edits FILE [--repeats N]

For each edit: scroll the cell it touches into view and repaint (untimed), then time
doc.push(command) + processEvents() + a synchronous viewport().repaint(). Edits:
"add_card" (commands.add_card into a visible cell), "move_card" (MoveCard of a visible card to
another cell), "emotion" (SetEmotion: an existing point gets a new score, as at the end of a
drag). Baseline, in the same process and view: "repaint only" — the same processEvents +
repaint with no edit, right after each edit (the cost of painting the same view).
One untimed-in-the-results warm-up round first. --undo-adds: each added card is undone (untimed)
at the end of its round, so a journey one card short of the limit is at the limit at every add.
Prints {"edits": {name: [ms, ...]}, "baseline": {name: [ms, ...]}}.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QRectF

from bench import qt_helpers as Q
from bench.probe_open import open_ours
from bench.stats import emit, ms


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--undo-adds", action="store_true", help="undo each round's added card (untimed)")
    args = parser.parse_args()
    Q.application()
    app, _window, view, doc, *_ = open_ours(args.file)
    from app.document import commands as C
    from app.models.entities import Card
    from app.models.refs import CardRef

    viewport = view.viewport()
    board = view.board
    jid = board.journey_id
    journey = doc.project.journey(jid)
    card_lanes = [ln.id for ln in journey.lanes if ln.kind == "cards"]
    stages = [s.id for s in journey.stages]
    emotion_points = list(journey.emotions)

    def show_cell(lane: str, stage: str) -> None:
        rect = board.layout.cell_rect(lane, stage)
        view.ensureVisible(QRectF(rect.x, rect.y, rect.w, min(rect.h, 300.0)), 20, 20)
        app.processEvents()
        viewport.repaint()

    def timed_push(make) -> float:
        command = make()  # building the command object is not part of the latency
        return ms(Q.timed_repaint(app, viewport, lambda: doc.push(command)))

    edits: dict[str, list[float]] = {"add_card": [], "move_card": [], "emotion": []}
    base: dict[str, list[float]] = {"add_card": [], "move_card": [], "emotion": []}
    for n in range(args.repeats + 1):  # round 0 warms up and is dropped
        # add a card at the top of a visible cell
        lane, stage = card_lanes[n % len(card_lanes)], stages[n % 4]
        show_cell(lane, stage)
        card = Card(id=f"bench-add-{n}", lane=lane, stage=stage, text=f"Added by the benchmark, number {n}")
        edits["add_card"].append(timed_push(lambda card=card: C.add_card(doc, jid, card, 0)))
        base["add_card"].append(ms(Q.timed_repaint(app, viewport)))

        # move a visible card (the first of a cell) to the next stage's cell of the next lane
        source = next(c for c in doc.project.journey(jid).cards_in_cell(lane, stage))
        to_lane, to_stage = card_lanes[(n + 1) % len(card_lanes)], stages[(n % 4) + 1]
        edits["move_card"].append(
            timed_push(lambda s=source.id, ln=to_lane, st=to_stage: C.MoveCard(doc, CardRef(jid, s), ln, st, 0))
        )
        base["move_card"].append(ms(Q.timed_repaint(app, viewport)))

        # an emotion point dragged to a new score
        point = emotion_points[n % min(len(emotion_points), 12)]
        current = doc.emotion(jid, point.key)
        show_cell(point.lane, point.stage)
        score = -1.5 if current.score >= 0 else 1.5
        moved = current.model_copy(update={"score": score})
        edits["emotion"].append(timed_push(lambda moved=moved: C.SetEmotion(doc, jid, moved)))
        base["emotion"].append(ms(Q.timed_repaint(app, viewport)))
        if args.undo_adds:  # emotion, move, add: back to the card count the round started with
            for _ in range(3):
                doc.undo_stack.undo()
            app.processEvents()
    edits = {k: v[1:] for k, v in edits.items()}
    base = {k: v[1:] for k, v in base.items()}
    emit({"edits": edits, "baseline": base})
    Q.finish(doc)


if __name__ == "__main__":
    main()
