"""What a palette entry is, and what dropping one on the board creates.

A drag carries the entry's id (a plain string under PALETTE_MIME, so other programs and
tests can make one); the drop parses it into a ``PaletteEntry`` whose fields say what to
create, and each kind of thing has its own small function.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF

from app.document import commands as C
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.entities import CARD_LANE_KINDS, Card, Journey, Lane, LaneKind, LaneRole, Stage
from app.models.errors import WaymarkError
from app.models.ids import new_id
from app.models.map_layout import JourneyLayout
from app.models.refs import CardRef, ItemRef, Kind, LaneRef, StageRef
from app.views.board import curve_picker
from app.views.board.scene import BoardScene
from app.views.board.style import ROLE_LABELS

PALETTE_MIME = "application/x-waymark-palette"
# New lanes' first names (the "BoardInserts" texts: one translation for both ways of adding).
NEW_LANE_NAMES = {
    LaneKind.EMOTION: QT_TRANSLATE_NOOP("BoardInserts", "Feeling"),
    LaneKind.METRIC: QT_TRANSLATE_NOOP("BoardInserts", "Metric"),
    LaneKind.TOUCHPOINTS: QT_TRANSLATE_NOOP("BoardInserts", "Touchpoints"),
    LaneKind.FLOW: QT_TRANSLATE_NOOP("BoardInserts", "Flows"),
}


@dataclass(frozen=True)
class PaletteEntry:
    """``label`` is the English source (a "BoardPalette" text): ``title`` is what a person reads."""

    id: str
    label: str
    creates: Kind
    lane_kind: LaneKind | None = None  # a lane's kind; for a card, the one kind it needs (None: any card lane)
    role: LaneRole | None = None

    @property
    def title(self) -> str:
        return translate("BoardPalette", self.label)


PALETTE_ENTRIES = (
    PaletteEntry("stage", QT_TRANSLATE_NOOP("BoardPalette", "Stage"), Kind.STAGE),
    PaletteEntry(
        "lane:cards:actions", QT_TRANSLATE_NOOP("BoardPalette", "Actions lane"), Kind.LANE, LaneKind.CARDS, "actions"
    ),
    PaletteEntry(
        "lane:cards:thoughts", QT_TRANSLATE_NOOP("BoardPalette", "Thoughts lane"), Kind.LANE, LaneKind.CARDS, "thoughts"
    ),
    PaletteEntry(
        "lane:cards:quotes", QT_TRANSLATE_NOOP("BoardPalette", "Quotes lane"), Kind.LANE, LaneKind.CARDS, "quotes"
    ),
    PaletteEntry(
        "lane:touchpoints", QT_TRANSLATE_NOOP("BoardPalette", "Touchpoints lane"), Kind.LANE, LaneKind.TOUCHPOINTS
    ),
    PaletteEntry("lane:emotion", QT_TRANSLATE_NOOP("BoardPalette", "Emotion lane"), Kind.LANE, LaneKind.EMOTION),
    PaletteEntry(
        "lane:cards:pain_points",
        QT_TRANSLATE_NOOP("BoardPalette", "Pain points lane"),
        Kind.LANE,
        LaneKind.CARDS,
        "pain_points",
    ),
    PaletteEntry(
        "lane:cards:opportunities",
        QT_TRANSLATE_NOOP("BoardPalette", "Opportunities lane"),
        Kind.LANE,
        LaneKind.CARDS,
        "opportunities",
    ),
    PaletteEntry(
        "lane:cards:backstage",
        QT_TRANSLATE_NOOP("BoardPalette", "Backstage lane"),
        Kind.LANE,
        LaneKind.CARDS,
        "backstage",
    ),
    PaletteEntry("lane:metric", QT_TRANSLATE_NOOP("BoardPalette", "Metric lane"), Kind.LANE, LaneKind.METRIC),
    PaletteEntry("lane:flow", QT_TRANSLATE_NOOP("BoardPalette", "Flow lane"), Kind.LANE, LaneKind.FLOW),
    PaletteEntry("card", QT_TRANSLATE_NOOP("BoardPalette", "Card"), Kind.CARD),
    PaletteEntry("touchpoint", QT_TRANSLATE_NOOP("BoardPalette", "Touchpoint"), Kind.CARD, LaneKind.TOUCHPOINTS),
    PaletteEntry("emotion", QT_TRANSLATE_NOOP("BoardPalette", "Emotion point"), Kind.EMOTION, LaneKind.EMOTION),
)
ENTRIES = {entry.id: entry for entry in PALETTE_ENTRIES}


@dataclass(frozen=True)
class DropGesture:
    """A card dropped from the palette and the typing into its editor that follows: one undo step."""

    card_id: str


def drop_from_palette(scene: BoardScene, entry_id: str, pos: QPointF) -> ItemRef | None:
    """Create what palette entry ``entry_id`` names where it was dropped; returns the new item's ref."""
    entry = ENTRIES.get(entry_id)
    journey, layout = scene.journey(), scene.layout
    if entry is None or journey is None or layout is None:
        return None
    try:
        if entry.creates is Kind.STAGE:
            return _drop_stage(scene, journey, layout, pos)
        if entry.creates is Kind.LANE:
            return _drop_lane(scene, journey, layout, entry, pos)
        cell = scene.cell_at(pos)
        if cell is None:
            scene.edit_refused.emit(translate("BoardPalette", "Drop it on a cell of the board"))
            return None
        if entry.creates is Kind.CARD:
            return _drop_card(scene, journey, layout, entry, cell, pos)
        return curve_picker.add_point(scene, pos, replace=False)  # on the lane's active curve
    except WaymarkError as exc:
        scene.edit_refused.emit(str(exc))
    return None


def _drop_stage(scene: BoardScene, journey: Journey, layout: JourneyLayout, pos: QPointF) -> ItemRef | None:
    stage = Stage(id=new_id("stage", {s.id for s in journey.stages}), name=translate("BoardInserts", "New stage"))
    index = layout.stage_insert_index(pos.x())
    ok = scene.push(lambda: C.add_stage(scene.doc, journey.id, stage, index))
    return StageRef(journey.id, stage.id) if ok else None


def _drop_lane(
    scene: BoardScene, journey: Journey, layout: JourneyLayout, entry: PaletteEntry, pos: QPointF
) -> ItemRef | None:
    kind = entry.lane_kind or LaneKind.CARDS
    lane = Lane(
        id=new_id("lane", {ln.id for ln in journey.lanes}),
        kind=kind,
        role=entry.role,
        name=_new_lane_name(entry, kind),
        unit="%" if kind == LaneKind.METRIC else None,
    )
    index = layout.lane_insert_index(pos.y())
    ok = scene.push(lambda: C.add_lane(scene.doc, journey.id, lane, index))
    return LaneRef(journey.id, lane.id) if ok else None


def _new_lane_name(entry: PaletteEntry, kind: LaneKind) -> str:
    """A new lane's first name in the session's language (from then on the user's content)."""
    if entry.role in ROLE_LABELS:
        return translate("Theme", ROLE_LABELS[entry.role])
    if kind in NEW_LANE_NAMES:
        return translate("BoardInserts", NEW_LANE_NAMES[kind])
    return translate("BoardPalette", "Lane")


def _drop_card(
    scene: BoardScene, journey: Journey, layout: JourneyLayout, entry: PaletteEntry, cell: tuple[str, str], pos: QPointF
) -> ItemRef | None:
    lane = journey.lane(cell[0])
    wanted = (entry.lane_kind,) if entry.lane_kind else CARD_LANE_KINDS
    if lane is None or lane.kind not in wanted:
        where = lane.name if lane else ""
        if entry.lane_kind == LaneKind.TOUCHPOINTS:
            refusal = translate("BoardPalette", "A touchpoint goes in a touchpoints lane, not in '{lane}'")
        else:
            refusal = translate("BoardPalette", "A card goes in a cards or touchpoints lane, not in '{lane}'")
        scene.edit_refused.emit(refusal.format(lane=where))
        return None
    touchpoint = entry.lane_kind == LaneKind.TOUCHPOINTS
    card = Card(
        id=new_id("card", scene.doc.all_card_ids()),
        lane=cell[0],
        stage=cell[1],
        text=translate("BoardPalette", "New touchpoint") if touchpoint else translate("BoardPalette", "New card"),
        channel="web" if touchpoint else None,
        touchpoint="external" if touchpoint else None,
    )
    index = layout.card_insert_index(cell[0], cell[1], pos.y())
    ok = scene.push(lambda: C.add_card(scene.doc, journey.id, card, index, gesture=DropGesture(card.id)))
    return CardRef(journey.id, card.id) if ok else None
