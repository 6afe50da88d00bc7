"""What every exporter shares: which journeys to export, and progress that can be cancelled."""

from __future__ import annotations

from collections.abc import Callable

from app.i18n import translate
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
            translate("Export", "no journey with id {id} in this project (ids: {ids})").format(
                id=repr(journey_id), ids=", ".join(j.id for j in project.journeys) or translate("Export", "none")
            )
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
            raise ExportCancelled(
                translate("Export", "the {what} export was cancelled; no file was written").format(what=self._what)
            )
        self.done = min(self.total, self.done + n)
        if self._progress is not None:
            self._progress(self.done, self.total, what)


def date_text(iso: str) -> str:
    """An ISO date ("2026-12-04") as the session's language writes it ("04.12.2026" in German);
    anything that is not a plain ISO date is left as it is."""
    from app import i18n

    if len(iso) >= 10 and iso[4] == "-" and iso[7] == "-" and iso[:10].replace("-", "").isdigit():
        date = i18n.date_text(iso[:4], iso[5:7], iso[8:10])
        if date == iso[:10]:
            return iso  # the ISO order itself (English): left exactly as it was
        rest = iso[10:]
        return date + (" " + rest[1:] if rest.startswith("T") else rest)
    return iso


def count_text(n: int) -> str:
    """A whole number with the session's thousands separator ("12,345"; German "12.345")."""
    from app.i18n import grouped

    return grouped(n)
