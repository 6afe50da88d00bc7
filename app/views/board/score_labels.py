"""The board's side of placing score labels (the rule is app/models/score_labels.py, shared with
the PDF): the faces of each stage, and a record per stage of the geometry its labels were placed
for, so an edit re-places the labels of the few stages it shaped, not the whole lane."""

from __future__ import annotations

from app.models.score_labels import FaceLabel, Point, place_stage
from app.views.board.emotion_items import LABEL_SIZES, EmotionPointItem

# one face: its curve's items, their centres, and its index in them
_Entry = tuple[list[EmotionPointItem], list[Point], int]


def _window(j: int, n: int) -> tuple[int, int]:
    """The points that shape the segments either side of point ``j`` of ``n``."""
    return max(0, j - 2), min(n, j + 3)


def _face(items: list[EmotionPointItem], xy: list[Point], j: int) -> FaceLabel:
    it = items[j]
    lo, hi = _window(j, len(xy))
    return FaceLabel(
        xy[j][0],
        xy[j][1],
        it.label_rect(with_note=False).width(),
        it.label_rect(with_note=True).width(),
        xy[lo:hi],
        max(0, j - 1) - lo,
        min(len(xy) - 1, j + 1) - lo,
        xy[j + 1][1] if j + 1 < len(xy) else None,
    )


def _note(item: EmotionPointItem) -> str:
    return item.point.note if item.point is not None else ""


def place_labels(signatures: dict[str, tuple], by_curve: dict[tuple, list[EmotionPointItem]]) -> None:
    """Give every face of one lane the first free place for its label. ``signatures``: the lane's
    own record, per stage, of the geometry its labels were placed for."""
    where: dict[str, list[_Entry]] = {}
    for items in by_curve.values():
        xy = [(p.x(), p.y()) for p in (it.pos() for it in items)]
        for j, it in enumerate(items):
            if it.point is not None:
                where.setdefault(it.point.stage, []).append((items, xy, j))
    for stage, here in where.items():
        signature = tuple(
            (tuple(xy[slice(*_window(j, len(xy)))]), items[j].score, _note(items[j])) for items, xy, j in here
        )
        if signatures.get(stage) == signature and all(items[j].placed for items, _xy, j in here):
            continue
        signatures[stage] = signature
        faces = [_face(items, xy, j) for items, xy, j in here]
        first = here[0][0][here[0][2]]
        lane = (first.lane_top, first.lane_top + first.lane_height)
        for (items, _xy, j), place in zip(here, place_stage(faces, LABEL_SIZES, lane), strict=True):
            items[j].set_label_place(place)
    for stage in [s for s in signatures if s not in where]:
        del signatures[stage]
