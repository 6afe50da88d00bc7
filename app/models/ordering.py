"""The canonical order of a project's unordered collections.

Only some order carries meaning (stages, lanes, personas, journeys, and cards within one
cell). Everything else is written in one canonical order, so the same project always
exports the same bytes and two projects compare equal exactly when they mean the same.
"""

from __future__ import annotations

from app.models.entities import LINE_KINDS, VARIANTS, Journey, Project


def canonical_journey(journey: Journey, persona_order: dict[str, int]) -> Journey:
    stage_ix = {s.id: i for i, s in enumerate(journey.stages)}
    lane_ix = {ln.id: i for i, ln in enumerate(journey.lanes)}
    big = len(stage_ix) + len(lane_ix) + len(persona_order) + 1
    cards = sorted(journey.cards, key=lambda c: (lane_ix.get(c.lane, big), stage_ix.get(c.stage, big)))
    emotions = sorted(
        journey.emotions,
        key=lambda e: (
            lane_ix.get(e.lane, big),
            -1 if e.persona is None else persona_order.get(e.persona, big),
            VARIANTS.index(e.variant),
            stage_ix.get(e.stage, big),
        ),
    )
    metrics = sorted(journey.metrics, key=lambda m: (lane_ix.get(m.lane, big), stage_ix.get(m.stage, big)))
    lines = sorted(journey.lines, key=lambda ln: (lane_ix.get(ln.after_lane, big), LINE_KINDS.index(ln.kind)))
    return journey.model_copy(update={"cards": cards, "emotions": emotions, "metrics": metrics, "lines": lines})


def canonical(project: Project) -> Project:
    order = {p.id: i for i, p in enumerate(project.personas)}
    journeys = [canonical_journey(j, order) for j in project.journeys]
    return project.model_copy(update={"journeys": journeys})
