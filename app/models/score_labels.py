"""Where an emotion face's score (and note) goes: beside the face but off every curve. The board
and the PDF both ask here, each with its own sizes, so the two place labels alike.

Level with the face, a label lies on the line itself (issue 14: "-0.5" drawn over the curve).
Each face tries four corners, above or below, right or left, starting on the side its curve
leaves free as it goes on, and takes the first that crosses no curve near it, no other face, no
label already placed at that stage and stays inside the lane; failing that, the same without the
note; failing that, its first choice. Curves are the same Catmull-Rom Béziers the board draws,
followed as short straight pieces.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

Point = tuple[float, float]
Box = tuple[float, float, float, float]  # left, top, right, bottom
PIECES = 16  # straight pieces per curve segment: a few pixels each at any stage width


class LabelPlace(Enum):
    ABOVE_RIGHT = (True, True)
    BELOW_RIGHT = (False, True)
    ABOVE_LEFT = (True, False)
    BELOW_LEFT = (False, False)


@dataclass(frozen=True)
class LabelSizes:
    """A face's radius and where its label box sits relative to the face's centre."""

    face_r: float
    above_top: float  # the box's top when above the face
    below_top: float  # the box's top when below it
    height: float
    inset: float  # from the face's centre to the box's near edge, sideways
    clearance: float  # half the width of the band around a curve a label keeps out of


@dataclass(frozen=True)
class FaceLabel:
    """One face at one stage: its centre, its label's widths, and the curve around it (the points
    that shape the segments either side, ``start``..``end`` being those segments' ends)."""

    x: float
    y: float
    label_w: float
    full_w: float  # the label and its note
    curve: list[Point]
    start: int
    end: int
    next_y: float | None  # the curve's next point (None: the last one)


def box(face: FaceLabel, place: LabelPlace, sizes: LabelSizes, with_note: bool = True) -> Box:
    above, right = place.value
    width = face.full_w if with_note else face.label_w
    left = face.x + sizes.inset if right else face.x - sizes.inset - width
    top = face.y + (sizes.above_top if above else sizes.below_top)
    return (left, top, left + width, top + sizes.height)


def preferred(face: FaceLabel) -> list[LabelPlace]:
    """Right of the face first, on the side the curve leaves free as it goes on."""
    above = face.next_y is None or face.next_y >= face.y
    right = [LabelPlace.ABOVE_RIGHT, LabelPlace.BELOW_RIGHT]
    left = [LabelPlace.ABOVE_LEFT, LabelPlace.BELOW_LEFT]
    if not above:
        right.reverse()
        left.reverse()
    return right + left


def _polyline(points: list[Point], start: int, end: int) -> list[Point]:
    """The Catmull-Rom curve from ``points[start]`` to ``points[end]`` as short straight pieces."""
    out = [points[start]]
    for i in range(start, end):
        p0 = points[i - 1] if i > 0 else points[i]
        p1, p2 = points[i], points[i + 1]
        p3 = points[i + 2] if i + 2 < len(points) else p2
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        for n in range(1, PIECES + 1):
            t = n / PIECES
            u = 1 - t
            a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
            out.append(
                (
                    a * p1[0] + b * c1[0] + c * c2[0] + d * p2[0],
                    a * p1[1] + b * c1[1] + c * c2[1] + d * p2[1],
                )
            )
    return out


def _crosses(a: Point, b: Point, r: Box) -> bool:
    """Whether the straight piece from ``a`` to ``b`` touches box ``r`` (Liang-Barsky)."""
    t0, t1 = 0.0, 1.0
    dx, dy = b[0] - a[0], b[1] - a[1]
    for p, q in ((-dx, a[0] - r[0]), (dx, r[2] - a[0]), (-dy, a[1] - r[1]), (dy, r[3] - a[1])):
        if p == 0:
            if q < 0:
                return False
        else:
            t = q / p
            if p < 0:
                t0 = max(t0, t)
            else:
                t1 = min(t1, t)
            if t0 > t1:
                return False
    return True


def _grown(r: Box, by: float) -> Box:
    return (r[0] - by, r[1] - by, r[2] + by, r[3] + by)


def _meets_circle(r: Box, centre: Point, radius: float) -> bool:
    nx = min(max(centre[0], r[0]), r[2])
    ny = min(max(centre[1], r[1]), r[3])
    return (nx - centre[0]) ** 2 + (ny - centre[1]) ** 2 < radius * radius


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_stage(faces: list[FaceLabel], sizes: LabelSizes, lane: tuple[float, float]) -> list[LabelPlace]:
    """The place of each label of the faces at one stage (in that order), within ``lane`` (top, bottom)."""
    lines = [_polyline(f.curve, f.start, f.end) for f in faces if f.end > f.start]
    bounds = [
        (min(p[0] for p in ln), min(p[1] for p in ln), max(p[0] for p in ln), max(p[1] for p in ln)) for ln in lines
    ]
    placed: list[Box] = []
    places = []
    for face in faces:

        def free(r: Box, face: FaceLabel = face) -> bool:
            if r[1] < lane[0] or r[3] > lane[1]:
                return False
            wide = _grown(r, sizes.clearance)
            for line, bound in zip(lines, bounds, strict=True):
                if _overlap(wide, bound) and any(_crosses(a, b, wide) for a, b in zip(line, line[1:], strict=False)):
                    return False
            others = (f for f in faces if (f.x, f.y) != (face.x, face.y))  # a face just under its own: the same
            if any(_meets_circle(r, (f.x, f.y), sizes.face_r + 2) for f in others):
                return False
            return not any(_overlap(r, p) for p in placed)

        order = preferred(face)
        choice = next(
            (p for with_note in (True, False) for p in order if free(box(face, p, sizes, with_note))), order[0]
        )
        places.append(choice)
        placed.append(box(face, choice, sizes))
    return places
