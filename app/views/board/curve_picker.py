"""The emotion lane's "Curves ▾" menu, and new points on the active curve.

The menu picks the active curve (where a palette drop or a double-click in the lane puts a new
point), adds a curve (persona × variant; empty until its first point, so view state), reassigns the
active curve to another persona or variant, shows or hides it, and deletes it. Reassign and delete
are one undo step each (app/document/curves.py). Curves have no names of their own: a curve is
called after its persona and variant, so "renaming" one is reassigning it, and renaming a persona
(the persona editor) renames its curves everywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from app.document import commands as C
from app.document.curves import clashing_stages, delete_curve, reassign_curve
from app.i18n import translate
from app.models.curves import VARIANTS, CurveKey
from app.models.entities import EmotionPoint, LaneKind
from app.models.map_layout import y_to_score
from app.models.refs import EmotionRef
from app.views.board.model_words import curve_title

if TYPE_CHECKING:
    from app.views.board.scene import BoardScene


def _all_curves(scene: BoardScene) -> list[CurveKey]:
    """Every curve a lane could have: no persona, then each persona, as-is and to-be."""
    owners = [None, *(p.id for p in scene.doc.project.personas)]
    return [CurveKey(owner, variant) for owner in owners for variant in VARIANTS]


def _name(scene: BoardScene, key: CurveKey) -> str:
    persona = scene.doc.project.persona(key.persona_id) if key.persona_id else None
    return curve_title(persona, key.variant)


def curve_menu(scene: BoardScene, lane_id: str, parent: QWidget | None = None) -> QMenu:
    """The menu for one emotion lane (built afresh each time: it shows the document as it is)."""
    journey = scene.journey()
    menu = QMenu(parent)
    if journey is None:
        return menu
    project, choices = scene.doc.project, scene.curve_choices
    shown = choices.shown(project, journey, lane_id)
    active = choices.active(project, journey, lane_id)
    title = menu.addAction(translate("BoardCurveMenu", "New points go to"))
    title.setEnabled(False)
    group = QActionGroup(menu)
    for key in shown if active in shown else [active, *shown]:
        action = QAction(_name(scene, key), menu, checkable=True, checked=key == active)
        action.triggered.connect(lambda _=False, key=key: choose_curve(scene, lane_id, key))
        group.addAction(action)
        menu.addAction(action)
    menu.addSeparator()
    add = menu.addMenu(translate("BoardCurveMenu", "Add curve"))
    for key in _all_curves(scene):
        if key not in shown:
            add.addAction(_name(scene, key)).triggered.connect(lambda _=False, key=key: add_curve(scene, lane_id, key))
    add.setEnabled(not add.isEmpty())
    name = _name(scene, active)
    moves = menu.addMenu(translate("BoardCurveMenu", "Reassign {name} to").format(name=name))
    for key in _all_curves(scene):
        if key == active:
            continue
        clash = clashing_stages(scene.doc, journey.id, lane_id, active, key)
        suffix = translate("BoardCurveMenu", " (has points at the same stages)") if clash else ""
        action = moves.addAction(_name(scene, key) + suffix)
        action.setEnabled(not clash)
        action.triggered.connect(lambda _=False, key=key: reassign_active(scene, lane_id, active, key))
    full = (lane_id, active.persona_id, active.variant)
    if full in scene.hidden_curves:
        hide = menu.addAction(translate("BoardCurveMenu", "Show {name}").format(name=name))
    else:
        hide = menu.addAction(translate("BoardCurveMenu", "Hide {name}").format(name=name))
    hide.triggered.connect(lambda: scene.toggle_curve(full))
    delete = menu.addAction(translate("BoardCurveMenu", "Delete {name}").format(name=name))
    delete.setEnabled(active in shown)
    delete.triggered.connect(lambda: remove_curve(scene, lane_id, active))
    return menu


def choose_curve(scene: BoardScene, lane_id: str, key: CurveKey) -> None:
    """Make ``key`` the active curve (shown, if it was hidden): view state, no undo step."""
    if scene.journey_id is None:
        return
    scene.curve_choices.pick(scene.journey_id, lane_id, key)
    scene.hidden_curves.discard((lane_id, key.persona_id, key.variant))
    scene.sync()


def add_curve(scene: BoardScene, lane_id: str, key: CurveKey) -> None:
    """List an empty curve in the legend and make it active; its first point makes it real."""
    if scene.journey_id is None:
        return
    scene.curve_choices.add(scene.journey_id, lane_id, key)
    scene.sync()


def reassign_active(scene: BoardScene, lane_id: str, source: CurveKey, target: CurveKey) -> None:
    journey = scene.journey()
    if journey is None:
        return
    choices = scene.curve_choices
    if choices.has_points(journey, lane_id, source):
        if not scene.push(lambda: reassign_curve(scene.doc, journey.id, lane_id, source, target)):
            return
    else:
        choices.add(journey.id, lane_id, target)  # an empty curve: only the legend changes
    choices.forget(journey.id, lane_id, source)
    choices.pick(journey.id, lane_id, target)
    scene.sync()


def remove_curve(scene: BoardScene, lane_id: str, key: CurveKey) -> None:
    journey = scene.journey()
    if journey is None:
        return
    if scene.curve_choices.has_points(journey, lane_id, key):
        if not scene.push(lambda: delete_curve(scene.doc, journey.id, lane_id, key)):
            return
    scene.curve_choices.forget(journey.id, lane_id, key)
    scene.sync()


def open_curve_menu(scene: BoardScene, lane_id: str, screen_pos: QPointF | QPoint) -> None:
    views = scene.views()
    menu = curve_menu(scene, lane_id, views[0] if views else None)
    show_menu(menu, screen_pos.toPoint() if isinstance(screen_pos, QPointF) else screen_pos)


def show_menu(menu: QMenu, pos: QPoint) -> None:
    """Modal until chosen or dismissed (tests replace it)."""
    menu.exec(pos)


def add_point(scene: BoardScene, pos: QPointF, *, replace: bool) -> EmotionRef | None:
    """A point on the active curve of the emotion lane at ``pos``, scored from its height
    (snapped to 0.5). ``replace``: a point already there takes the new score (a double-click);
    otherwise it is refused (a palette drop: drag the face instead)."""
    journey, layout = scene.journey(), scene.layout
    cell = scene.cell_at(pos)
    lane = journey.lane(cell[0]) if journey is not None and cell is not None else None
    if journey is None or layout is None or cell is None or lane is None or lane.kind != LaneKind.EMOTION:
        scene.edit_refused.emit(
            translate("BoardCurveMenu", "An emotion point goes in an emotion lane, not in '{lane}'").format(
                lane=lane.name if lane else ""
            )
        )
        return None
    key = scene.curve_choices.active(scene.doc.project, journey, lane.id)
    y, h = layout.row(lane.id)
    score = y_to_score(pos.y(), y, h, snap=True)
    point = EmotionPoint(lane=lane.id, stage=cell[1], persona=key.persona_id, variant=key.variant, score=score)
    old = scene.doc.emotion(journey.id, point.key)
    if old is not None and not replace:
        scene.edit_refused.emit(
            translate("BoardCurveMenu", "That stage has a point on this curve already; drag it instead")
        )
        return None
    if old is not None:
        point = old.model_copy(update={"score": score})
        if old.score == score:
            return EmotionRef(journey.id, *point.key)
    jid = journey.id
    scene.hidden_curves.discard((lane.id, key.persona_id, key.variant))
    return EmotionRef(jid, *point.key) if scene.push(lambda: C.SetEmotion(scene.doc, jid, point)) else None
