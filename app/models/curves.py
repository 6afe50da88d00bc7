"""What an emotion curve is called, wherever it is shown: the board's legend, the PDF's legend,
the workbook's persona and variant cells.

A curve has no name of its own in the model: it is the points of one lane that share a persona
(or none) and a variant, so its name is made from those two, here, once, and the three places
that show it cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.entities import EmotionPoint, Journey, Persona, Project, Variant

VARIANT_LABELS: dict[str, str] = {"as_is": "as-is", "to_be": "to-be", "observed": "observed"}
# The variants a user adds by hand; "observed" comes from an event log's feedback (Accept Observed).
VARIANTS: tuple[Variant, ...] = ("as_is", "to_be")
_LEGEND_ORDER: dict[str, int] = {"as_is": 0, "to_be": 1, "observed": 2}
_KNOWN: dict[str, Variant] = {"as_is": "as_is", "to_be": "to_be", "observed": "observed"}
NO_PERSONA_NAME = "No persona"  # the owner of the points told for no persona
# The legends' words, translated there; the workbook keeps the English ones above (read back).
_LEGEND_WORDS = (
    QT_TRANSLATE_NOOP("Curves", "No persona"),
    QT_TRANSLATE_NOOP("Curves", "as-is"),
    QT_TRANSLATE_NOOP("Curves", "to-be"),
    QT_TRANSLATE_NOOP("Curves", "observed"),
)


class CurveKey(NamedTuple):
    """One curve of an emotion lane: whose it is (None: no persona) and which variant."""

    persona_id: str | None
    variant: Variant


def curve_owner(persona: Persona | None) -> str:
    """Whose curve it is, as the workbook's persona cell and the legends show it."""
    return persona.name if persona is not None else NO_PERSONA_NAME


def curve_name(persona: Persona | None, variant: str) -> str:
    """The one name of a curve: owner and variant, e.g. "Anna Berg · to-be", "No persona · as-is"."""
    owner = persona.name if persona is not None else translate("Curves", NO_PERSONA_NAME)
    return f"{owner} · {translate('Curves', VARIANT_LABELS[variant])}"


def curve_of(point: EmotionPoint) -> CurveKey:
    return CurveKey(point.persona, point.variant)


def lane_curves(journey: Journey, lane_id: str) -> dict[CurveKey, list[EmotionPoint]]:
    """The curves of one emotion lane with their points, in the order the journey holds them."""
    curves: dict[CurveKey, list[EmotionPoint]] = {}
    for point in journey.emotions:
        if point.lane == lane_id:
            curves.setdefault(curve_of(point), []).append(point)
    return curves


def legend_order(personas: Sequence[Persona], keys: Iterable[tuple[str | None, str]]) -> list[CurveKey]:
    """Curves as the legends (board and PDF) list them: no persona first, then the project's
    persona order, as-is before to-be before observed."""
    order = {p.id: n for n, p in enumerate(personas)}
    curves = [CurveKey(persona_id, _KNOWN.get(variant, "as_is")) for persona_id, variant in keys]
    return sorted(dict.fromkeys(curves), key=lambda k: (order.get(k.persona_id or "", -1), _LEGEND_ORDER[k.variant]))


def default_curve(project: Project, journey: Journey, lane_id: str) -> CurveKey:
    """Where a new point goes when no curve was picked: the lane's first curve, else the journey's
    first persona (as-is), else no persona."""
    existing = legend_order(project.personas, lane_curves(journey, lane_id))
    if existing:
        return existing[0]
    return CurveKey(journey.persona_ids[0] if journey.persona_ids else None, "as_is")
