"""What every exporter shares: which journeys to export, and progress that can be cancelled."""

from __future__ import annotations

from collections.abc import Callable

from app.models.entities import Journey, Project
from app.models.errors import WaymarkError


class ExportCancelled(WaymarkError):
    """The user cancelled the export; no file was written."""


def select_journeys(project: Project, journey_id: str | None) -> list[Journey]:
    """All journeys, or the one named; an unknown id is a clear error."""
    if journey_id is None:
        return list(project.journeys)
    journey = project.journey(journey_id)
    if journey is None:
        raise WaymarkError(
            f"no journey with id {journey_id!r} in this project "
            f"(ids: {', '.join(j.id for j in project.journeys) or 'none'})"
        )
    return [journey]


class Progress:
    """Counts work done out of ``total``, reports it, and stops the export when cancelled."""

    def __init__(
        self,
        total: int,
        what: str,
        progress: Callable[[int, int, str], None] | None,
        cancelled: Callable[[], bool] | None,
    ):
        self.total, self.done = total, 0
        self._what, self._progress, self._cancelled = what, progress, cancelled

    def step(self, n: int, what: str) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled(f"the {self._what} export was cancelled; no file was written")
        self.done = min(self.total, self.done + n)
        if self._progress is not None:
            self._progress(self.done, self.total, what)
