"""New stages and lanes from menus (context menus, Journey ▸ Add Stage / Add Lane): one
"Add Stage"/"Add Lane" step each, at a given index; the caller opens the rename editor."""

from __future__ import annotations

from app.document import commands as C
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.entities import Lane, LaneKind, Stage
from app.models.ids import new_id
from app.models.refs import LaneRef, StageRef
from app.views.board.scene import BoardScene

# What a menu offers for "Insert Lane": one entry per kind, and the new lane's first name.
# Marked for the "BoardInserts" context: translate where shown, or when a lane is made (a
# German session names its new lanes in German; the name is then the user's content).
LANE_KIND_LABELS = {
    LaneKind.CARDS: QT_TRANSLATE_NOOP("BoardInserts", "Cards Lane"),
    LaneKind.TOUCHPOINTS: QT_TRANSLATE_NOOP("BoardInserts", "Touchpoints Lane"),
    LaneKind.EMOTION: QT_TRANSLATE_NOOP("BoardInserts", "Emotion Lane"),
    LaneKind.METRIC: QT_TRANSLATE_NOOP("BoardInserts", "Metric Lane"),
    LaneKind.FLOW: QT_TRANSLATE_NOOP("BoardInserts", "Flow Lane"),
}
NEW_LANE_NAMES = {
    LaneKind.CARDS: QT_TRANSLATE_NOOP("BoardInserts", "New lane"),
    LaneKind.TOUCHPOINTS: QT_TRANSLATE_NOOP("BoardInserts", "Touchpoints"),
    LaneKind.EMOTION: QT_TRANSLATE_NOOP("BoardInserts", "Feeling"),
    LaneKind.METRIC: QT_TRANSLATE_NOOP("BoardInserts", "Metric"),
    LaneKind.FLOW: QT_TRANSLATE_NOOP("BoardInserts", "Flows"),
}


def insert_stage(board: BoardScene, index: int) -> StageRef | None:
    journey = board.journey()
    if journey is None:
        return None
    stage = Stage(id=new_id("stage", {s.id for s in journey.stages}), name=translate("BoardInserts", "New stage"))
    ok = board.push(lambda: C.add_stage(board.doc, journey.id, stage, index))
    return StageRef(journey.id, stage.id) if ok else None


def insert_lane(board: BoardScene, kind: LaneKind, index: int) -> LaneRef | None:
    journey = board.journey()
    if journey is None:
        return None
    lane = Lane(
        id=new_id("lane", {ln.id for ln in journey.lanes}),
        kind=kind,
        name=translate("BoardInserts", NEW_LANE_NAMES[kind]),
        unit="%" if kind == LaneKind.METRIC else None,
    )
    ok = board.push(lambda: C.add_lane(board.doc, journey.id, lane, index))
    return LaneRef(journey.id, lane.id) if ok else None


def stage_index(board: BoardScene, stage_id: str) -> int:
    journey = board.journey()
    ids = [s.id for s in journey.stages] if journey else []
    return ids.index(stage_id) if stage_id in ids else len(ids)


def lane_index(board: BoardScene, lane_id: str) -> int:
    journey = board.journey()
    ids = [ln.id for ln in journey.lanes] if journey else []
    return ids.index(lane_id) if lane_id in ids else len(ids)
