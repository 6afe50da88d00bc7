"""What the board's commands do to the document: delete, copy/cut/paste, duplicate, find
(drops from the palette: palette_drops.py). Each user action is one undo step (a ``Composite`` when it touches
many things: all of them or none). Functions, not a class: they need only the scene (for the
journey and layout).
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from app.document import commands as C
from app.document.support import new_id
from app.i18n import translate
from app.models import limits as L
from app.models.entities import CARD_LANE_KINDS, Card
from app.models.errors import WaymarkError
from app.models.json_text import parse_json
from app.models.refs import CardRef, ItemRef, MetricRef
from app.views.board.palette_drops import PALETTE_ENTRIES
from app.views.board.scene import BoardScene

CARDS_MIME = "application/x-waymark-cards"
# Palette entries as (id, label), in the palette's order (what a drop makes: palette_drops.py).
PALETTE = [(entry.id, entry.label) for entry in PALETTE_ENTRIES]


def push_all(scene: BoardScene, text: str, steps: list[Callable[[], C.Command]]) -> bool:
    """Push several commands as one undo step: all of them, or (at a refusal) none."""
    if len(steps) == 1:
        return scene.push(steps[0])
    return scene.push(lambda: C.Composite(scene.doc, text, lambda: (make() for make in steps)))


def delete_refs(scene: BoardScene, refs: list[ItemRef]) -> None:
    doc = scene.doc
    # An empty metric cell is selectable but holds nothing to delete.
    wanted = [r for r in refs if not isinstance(r, MetricRef) or doc.metric(r.journey_id, r.key) is not None]
    steps: list[Callable[[], C.Command]] = [lambda ref=ref: C.Remove(doc, ref) for ref in wanted]
    if steps:
        text = (
            translate("BoardActions", "Delete")
            if len(steps) == 1
            else translate("BoardActions", "Delete {n} Items").format(n=len(steps))
        )
        push_all(scene, text, steps)


def selected_cards(scene: BoardScene) -> list[Card]:
    journey = scene.journey()
    ids = [ref.card_id for ref in scene.selected_refs() if isinstance(ref, CardRef)]
    order = {c.id: n for n, c in enumerate(journey.cards)} if journey else {}
    return [journey.card(cid) for cid in sorted(ids, key=lambda i: order.get(i, 0))] if journey else []


def copy_cards(scene: BoardScene) -> int:
    cards = selected_cards(scene)
    if not cards:
        return 0
    mime = QMimeData()
    mime.setData(CARDS_MIME, json.dumps([c.dump() for c in cards], ensure_ascii=False).encode("utf-8"))
    mime.setText("\n".join(c.text for c in cards))
    QGuiApplication.clipboard().setMimeData(mime)
    return len(cards)


def cut_cards(scene: BoardScene) -> None:
    if copy_cards(scene):
        jid = scene.journey_id
        delete_refs(scene, [CardRef(jid, c.id) for c in selected_cards(scene)])


def _fresh_cards(scene: BoardScene, cards: list[Card], lane: str, stage: str) -> list[Card]:
    taken = scene.doc.all_card_ids()
    fresh = []
    for card in cards:
        cid = new_id("card", taken)
        taken.add(cid)
        fresh.append(card.model_copy(update={"id": cid, "lane": lane, "stage": stage}))
    return fresh


def paste_cards(scene: BoardScene, cell: tuple[str, str] | None) -> list[str]:
    """Paste Waymark cards, or plain text (one card per line), into ``cell``."""
    journey = scene.journey()
    if journey is None or cell is None:
        return []
    lane = journey.lane(cell[0])
    if lane is None or lane.kind not in CARD_LANE_KINDS:
        scene.edit_refused.emit(translate("BoardActions", "Paste cards into a cell of a cards or touchpoints lane"))
        return []
    mime = QGuiApplication.clipboard().mimeData()
    cards: list[Card] = []
    if mime is not None and mime.hasFormat(CARDS_MIME):
        try:
            # Another program can put anything under our MIME type: the strict parser, and never
            # more cards than a text paste makes.
            raw = parse_json(bytes(mime.data(CARDS_MIME)))
            cards = [Card.model_validate(d) for d in (raw if isinstance(raw, list) else [])[:500]]
        except (ValueError, TypeError, WaymarkError):
            cards = []
    elif mime is not None and mime.hasText():
        lines = [ln.strip() for ln in mime.text().splitlines() if ln.strip()]
        cards = [Card(id="x", lane=cell[0], stage=cell[1], text=ln[: L.MAX_CARD_TEXT]) for ln in lines[:500]]
    if not cards:
        return []
    fresh = _fresh_cards(scene, cards, *cell)
    jid = scene.journey_id
    steps: list[Callable[[], C.Command]] = [lambda card=card: C.add_card(scene.doc, jid, card) for card in fresh]
    text = (
        translate("BoardActions", "Paste Card")
        if len(fresh) == 1
        else translate("BoardActions", "Paste {n} Cards").format(n=len(fresh))
    )
    if not push_all(scene, text, steps):
        return []
    scene.select_refs([CardRef(jid, c.id) for c in fresh])
    return [c.id for c in fresh]


def duplicate_cards(scene: BoardScene) -> list[str]:
    cards = selected_cards(scene)
    if not cards:
        return []
    doc, jid = scene.doc, scene.journey_id
    taken = doc.all_card_ids()
    steps: list[Callable[[], C.Command]] = []
    made: list[str] = []
    for card in cards:
        cid = new_id("card", taken)
        taken.add(cid)
        copy = card.model_copy(update={"id": cid})
        made.append(cid)
        # Right after its original, counted when pushed: earlier copies in the cell shift it.
        orig = CardRef(jid, card.id)
        steps.append(lambda copy=copy, orig=orig: C.add_card(doc, jid, copy, doc.card_index(orig) + 1))
    text = (
        translate("BoardActions", "Duplicate Card")
        if len(steps) == 1
        else translate("BoardActions", "Duplicate {n} Cards").format(n=len(steps))
    )
    if not push_all(scene, text, steps):
        return []
    scene.select_refs([CardRef(jid, cid) for cid in made])
    return made
