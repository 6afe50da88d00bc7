"""Which emotion curves an emotion lane's legend lists, which one is active, and their colours.

The active curve (where new points go) and curves added from the legend that have no point yet
are view state, like hidden curves: never saved, never an undo step. A curve exists in the
document only through its points, so an added curve becomes part of the map with its first point.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor

from app import theme as T
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.curves import CurveKey, default_curve, lane_curves, legend_order
from app.models.entities import Journey, LaneKind, Project
from app.views.board.header_items import LegendEntry
from app.views.board.model_words import curve_title
from app.views.board.style import stroke_of

EMPTY_MARK = QT_TRANSLATE_NOOP("BoardCurveLegend", " (empty)")


@lru_cache(maxsize=8)
def _palette(personas: tuple[tuple[str, str], ...]) -> dict[str | None, str]:
    return T.curve_colors(personas)


def curve_color(project: Project, persona_id: str | None) -> QColor:
    palette = _palette(tuple((p.id, p.color) for p in project.personas))
    return QColor(palette.get(persona_id, T.CURVE_DEFAULT))


class CurveChoices:
    """Per (journey, lane): the curve picked as active and the curves added but still empty."""

    def __init__(self) -> None:
        self._picked: dict[tuple[str, str], CurveKey] = {}
        self._added: dict[tuple[str, str], list[CurveKey]] = {}

    def shown(self, project: Project, journey: Journey, lane_id: str) -> list[CurveKey]:
        """The lane's curves as its legend lists them: those with points and those added."""
        added = [k for k in self._added.get((journey.id, lane_id), []) if self._owner_exists(project, k)]
        return legend_order(project.personas, [*lane_curves(journey, lane_id), *added])

    def has_points(self, journey: Journey, lane_id: str, key: CurveKey) -> bool:
        return key in lane_curves(journey, lane_id)

    def active(self, project: Project, journey: Journey, lane_id: str) -> CurveKey:
        shown = self.shown(project, journey, lane_id)
        picked = self._picked.get((journey.id, lane_id))
        if picked in shown:
            return picked
        return shown[0] if shown else default_curve(project, journey, lane_id)

    def pick(self, journey_id: str, lane_id: str, key: CurveKey) -> None:
        self._picked[(journey_id, lane_id)] = key

    def add(self, journey_id: str, lane_id: str, key: CurveKey) -> None:
        added = self._added.setdefault((journey_id, lane_id), [])
        if key not in added:
            added.append(key)
        self.pick(journey_id, lane_id, key)

    def forget(self, journey_id: str, lane_id: str, key: CurveKey) -> None:
        added = self._added.get((journey_id, lane_id), [])
        if key in added:
            added.remove(key)
        if self._picked.get((journey_id, lane_id)) == key:
            del self._picked[(journey_id, lane_id)]

    @staticmethod
    def _owner_exists(project: Project, key: CurveKey) -> bool:
        return key.persona_id is None or project.persona(key.persona_id) is not None


def legends(project: Project, journey: Journey, choices: CurveChoices, hidden: set[tuple]) -> dict[str, list]:
    """Per emotion lane, its legend: every curve listed, the active one marked."""
    result: dict[str, list[LegendEntry]] = {}
    for lane in journey.lanes:
        if lane.kind != LaneKind.EMOTION:
            continue
        active = choices.active(project, journey, lane.id)
        with_points = lane_curves(journey, lane.id)
        entries = []
        for key in choices.shown(project, journey, lane.id):
            persona = project.persona(key.persona_id) if key.persona_id else None
            name = curve_title(persona, key.variant) + (
                "" if key in with_points else translate("BoardCurveLegend", EMPTY_MARK)
            )
            full = (lane.id, key.persona_id, key.variant)
            entries.append(
                LegendEntry(
                    full,
                    curve_color(project, key.persona_id),
                    name,
                    stroke_of(key.variant),
                    full in hidden,
                    key == active,
                )
            )
        result[lane.id] = entries
    return result
