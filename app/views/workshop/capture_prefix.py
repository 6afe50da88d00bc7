"""Which lane a line typed into the capture bar goes to: "p: Queue too long" is a pain point.

Before the colon, first a role letter (``ROLE_LETTERS``: the lane whose role it is), then the
first letters of a lane's name ("pain:", "tou:"). A prefix that names no lane is part of the
text ("10:30 call", "Note: …" without a Notes lane), so nothing typed is lost. Pure: no Qt, so
the rules are tested on their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.models.entities import CARD_LANE_KINDS, Journey, Lane, LaneRole

ROLE_LETTERS: dict[str, LaneRole] = {
    "a": "actions",
    "t": "thoughts",
    "q": "quotes",
    "p": "pain_points",
    "o": "opportunities",
    "b": "backstage",
    "s": "support",
}
MAX_PREFIX = 40
_PREFIX = re.compile(rf"\s*([^:\n]{{1,{MAX_PREFIX}}}?)\s*:(.*)", re.DOTALL)


@dataclass(frozen=True)
class CaptureLine:
    lane_id: str | None  # the lane the prefix names; None: no prefix, the picker's lane
    text: str  # the card's text, without the prefix


def capture_lanes(journey: Journey | None) -> list[Lane]:
    """The lanes a card can go in (cards and touchpoints), in board order."""
    return [lane for lane in journey.lanes if lane.kind in CARD_LANE_KINDS] if journey is not None else []


def lane_for_prefix(prefix: str, lanes: Sequence[Lane]) -> Lane | None:
    key = prefix.strip().casefold()
    if not key:
        return None
    role = ROLE_LETTERS.get(key)
    if role is not None:
        by_role = next((lane for lane in lanes if lane.role == role), None)
        if by_role is not None:
            return by_role
    return next((lane for lane in lanes if lane.name.casefold().startswith(key)), None)


def parse_capture(line: str, lanes: Sequence[Lane]) -> CaptureLine:
    match = _PREFIX.fullmatch(line)
    lane = lane_for_prefix(match.group(1), lanes) if match else None
    if match and lane is not None:
        return CaptureLine(lane.id, match.group(2).strip())
    return CaptureLine(None, line.strip())
