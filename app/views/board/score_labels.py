"""The board's side of placing score labels (the rule is app/models/score_labels.py, shared with
the PDF): the faces of each stage, and a record per stage of the geometry its labels were placed
for, so a drag re-places the labels of a handful of stages, not the whole lane."""

from __future__ import annotations

from app.models.score_labels import FaceLabel, place_stage
from app.views.board.emotion_items import LABEL_SIZES, EmotionPointItem


def _face(items: list[EmotionPointItem], j: int) -> FaceLabel:
    it = items[j]
    lo, hi = max(0, j - 2), min(len(items), j + 3)
    curve = [(p.pos().x(), p.pos().y()) for p in items[lo:hi]]
    after = items[j + 1].pos().y() if j + 1 < len(items) else None
    return FaceLabel(
        it.pos().x(),
        it.pos().y(),
        it.label_rect(with_note=False).width(),
        it.label_rect(with_note=True).width(),
        curve,
        max(0, j - 1) - lo,
        min(len(items) - 1, j + 1) - lo,
        after,
    )


def place_labels(signatures: dict[str, tuple], by_curve: dict[tuple, list[EmotionPointItem]]) -> None:
    """Give every face of one lane the first free place for its label. ``signatures``: the lane's
    own record, per stage, of the geometry its labels were placed for."""
    where: dict[str, list[tuple[list[EmotionPointItem], int]]] = {}
    for items in by_curve.values():
        for j, it in enumerate(items):
            if it.point is not None:
                where.setdefault(it.point.stage, []).append((items, j))
    for stage, here in where.items():
        faces = [_face(items, j) for items, j in here]
        signature = tuple((f.x, f.y, f.label_w, f.full_w, tuple(f.curve)) for f in faces)
        if signatures.get(stage) == signature and all(items[j].placed for items, j in here):
            continue
        signatures[stage] = signature
        first = here[0][0][here[0][1]]
        lane = (first.lane_top, first.lane_top + first.lane_height)
        for (items, j), place in zip(here, place_stage(faces, LABEL_SIZES, lane), strict=True):
            items[j].set_label_place(place)
    for stage in [s for s in signatures if s not in where]:
        del signatures[stage]
