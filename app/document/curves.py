"""Whole emotion curves as one undoable step each: reassign a curve to another persona or
variant, delete a curve.

A curve is not an entity of its own (it is the points of a lane sharing persona and variant), so
each gesture is a Composite of point edits: one undo step, all or nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.document import commands as C
from app.document.document import Document
from app.document.support import EditError
from app.i18n import translate
from app.models.curves import CurveKey, curve_name, lane_curves
from app.models.refs import emotion_ref


def _name(doc: Document, key: CurveKey) -> str:
    persona = doc.project.persona(key.persona_id) if key.persona_id else None
    return curve_name(persona, key.variant)


def clashing_stages(doc: Document, journey_id: str, lane_id: str, source: CurveKey, target: CurveKey) -> list[str]:
    """Stages where both curves have a point: a reassignment there would have to drop one."""
    curves = lane_curves(doc.journey(journey_id), lane_id)
    theirs = {p.stage for p in curves.get(target, [])}
    return [p.stage for p in curves.get(source, []) if p.stage in theirs]


def reassign_curve(doc: Document, journey_id: str, lane_id: str, source: CurveKey, target: CurveKey) -> C.Composite:
    """Every point of ``source`` moves to ``target`` (its score and note kept). Refused where the
    target has a point at the same stage: no score is silently dropped."""
    if source == target:
        raise EditError(translate("Curves", "The curve is that one already"))
    if clashing_stages(doc, journey_id, lane_id, source, target):
        raise EditError(
            translate(
                "Curves", "{curve} has points at the same stages; delete that curve or those points first"
            ).format(curve=_name(doc, target))
        )
    points = list(lane_curves(doc.journey(journey_id), lane_id).get(source, []))

    def steps() -> Iterator[C.Command]:
        for point in points:
            yield C.Remove(doc, emotion_ref(journey_id, point.key))
            moved = point.model_copy(update={"persona": target.persona_id, "variant": target.variant})
            yield C.SetEmotion(doc, journey_id, moved)

    return C.Composite(
        doc,
        translate("Curves", "Reassign {source} to {target}").format(
            source=_name(doc, source), target=_name(doc, target)
        ),
        steps,
    )


def delete_curve(doc: Document, journey_id: str, lane_id: str, key: CurveKey) -> C.Composite:
    points = list(lane_curves(doc.journey(journey_id), lane_id).get(key, []))

    def steps() -> Iterator[C.Command]:
        for point in points:
            yield C.Remove(doc, emotion_ref(journey_id, point.key))

    return C.Composite(doc, translate("Curves", "Delete Curve {curve}").format(curve=_name(doc, key)), steps)
