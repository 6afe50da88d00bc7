"""Drawing a laid-out journey map on a reportlab canvas in the board's look.

The caller sets up the canvas so board point (x, y) (y downwards) lands at canvas (x, -y):
``translate`` to the map's top-left and ``scale`` by the zoom. Every function takes a view
rectangle in board units and skips what lies outside it, so a tile draws only its part.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor

from app.exporters.pdf import analytics_drawing as AD
from app.exporters.pdf import evidence_marks, fonts
from app.exporters.pdf import fastpdf as F
from app.exporters.pdf import style as S
from app.exporters.pdf.layout import MapLayout, PlacedCard
from app.i18n import translate
from app.models.curves import curve_name, legend_order
from app.models.entities import LaneKind
from app.models.map_layout import score_to_y
from app.models.score_labels import FaceLabel, LabelSizes, place_stage
from app.models.score_labels import box as label_box
from app.theme import curve_colors

View = tuple[float, float, float, float]  # x0, y0, x1, y1 in board units


def _meets(view: View, x: float, y: float, w: float, h: float) -> bool:
    return x < view[2] and x + w > view[0] and y < view[3] and y + h > view[1]


def draw_body(c, lay: MapLayout, view: View) -> None:
    """Cells, cards, curves, metrics and blueprint lines inside ``view``."""
    x_end, y_end = lay.width, lay.height
    c.setFillColor(S.CANVAS)
    c.rect(S.LANE_HEADER_W, -y_end, x_end - S.LANE_HEADER_W, y_end - S.STAGE_HEADER_H, stroke=0, fill=1)
    c.setStrokeColor(S.GRID)
    c.setLineWidth(1)
    for _sid, sx, sw in lay.geometry.columns:
        if view[0] - 1 <= sx + sw <= view[2] + 1:
            c.line(sx + sw, -S.STAGE_HEADER_H, sx + sw, -y_end)
    for _lid, ly, lh in lay.geometry.rows:
        c.line(S.LANE_HEADER_W, -(ly + lh), x_end, -(ly + lh))
    for li, lane in enumerate(lay.journey.lanes):
        ly, lh = lay.row(li)
        if lane.kind == LaneKind.EMOTION and _meets(view, 0, ly, x_end, lh):
            _draw_emotion_lane(c, lay, li, view)
        elif lane.kind == LaneKind.METRIC and _meets(view, 0, ly, x_end, lh):
            _draw_metric_lane(c, lay, li, view)
        elif lane.kind == LaneKind.FLOW and _meets(view, 0, ly, x_end, lh):
            AD.draw_flow_lane(c, lay, li)
    for placed in lay.cards:
        box = placed.box
        if _meets(view, box.x, box.y, box.w, box.h):
            draw_card(c, placed)
    _draw_blueprint_lines(c, lay)


def draw_card(c, placed: PlacedCard) -> None:
    card, box = placed.card, placed.box
    x, y, w, h = box.x, box.y, box.w, box.h
    _round_rect(
        c, x, -(y + h), w, h, 5, _card_colour(card.color, placed.lane.kind, placed.lane.role), _CARD_EDGE, _CARD_LINE_W
    )
    # Shapes first, then every text of the card in one text object (texts never overlap shapes
    # other than their own badge, so the picture is the same as drawing them in turn).
    texts = _draw_footer_shapes(c, placed)
    batch = fonts.TextBatch(c)
    batch.fill(S.INK)
    lines = list(box.lines)
    if placed.note and lines:
        lines = [*lines[:-1], f"{lines[-1]} [{placed.note}]"]
    batch.draw_lines(
        x + S.CARD_PAD,
        -(y + S.CARD_PAD + S.CARD_FONT),
        lines,
        S.CARD_FONT,
        S.CARD_LEADING,
        box_width=w - 2 * S.CARD_PAD,
    )
    for colour, tx, ty, text, size, bold, centred in texts:
        batch.fill(colour)
        if centred:
            tx -= fonts.width(text, size, bold) / 2
        batch.draw(tx, ty, text, size, bold)
    batch.finish()


_CARD_EDGE = HexColor("#00000022", hasAlpha=True)
_CARD_LINE_W = 0.8


def _round_rect(c, x: float, y: float, w: float, h: float, radius: float, fill, stroke, line_width: float) -> None:
    """A filled and stroked rounded rectangle, as a form shared by every one of its size and colours."""

    def draw(c):
        c.setFillColor(fill)
        c.setStrokeColor(stroke)
        c.setLineWidth(line_width)
        c.roundRect(0, 0, w, h, radius, stroke=1, fill=1)

    key = ("rr", w, h, radius, F.colour_key(fill), F.colour_key(stroke), line_width)
    if not F.place_form(c, key, x, y, w, h, line_width, draw):
        F.fill(c, fill)
        F.stroke(c, stroke)
        F.line_width(c, line_width)
        F.round_rect(c, x, y, w, h, radius, stroke=1, fill=1)


def _disc(c, x: float, y: float, r: float, fill) -> None:
    """A filled circle centred on (x, y), as a shared form."""

    def draw(c):
        c.setFillColor(fill)
        c.circle(r, r, r, stroke=0, fill=1)

    if not F.place_form(c, ("disc", r, F.colour_key(fill)), x - r, y - r, 2 * r, 2 * r, 1, draw):
        F.fill(c, fill)
        F.circle(c, x, y, r, stroke=0, fill=1)


_card_colours: dict[tuple, object] = {}


def _card_colour(value: str | None, lane_kind: str, lane_role: str | None):
    key = (value, lane_kind, lane_role)
    found = _card_colours.get(key)
    if found is None:
        if len(_card_colours) > 10_000:
            _card_colours.clear()
        found = _card_colours[key] = S.card_color(value, lane_kind, lane_role)
    return found


_BADGE_BG = HexColor("#FFFFFFAA", hasAlpha=True)


def _draw_footer_shapes(c, placed: PlacedCard) -> list[tuple]:
    """Draw the footer's badges; return its texts as (colour, x, y, text, size, bold, centred)."""
    card, box = placed.card, placed.box
    fy = box.y + box.h - S.CARD_PAD + 1
    fx = box.x + S.CARD_PAD
    size = S.SMALL_FONT
    texts: list[tuple] = []
    parts: list[str] = []
    if card.channel:
        parts.append(f"{S.CHANNEL_ICONS.get(card.channel, '◆')} {card.channel.replace('_', ' ')}")
    if card.evidence:
        mark, name = S.EVIDENCE_MARKS[card.evidence]
        parts.append(f"{mark} {S.label(name).lower()}")  # "● observed", as the board's footer
    parts.extend(f"#{t}" for t in card.tags)
    right = box.x + box.w - S.CARD_PAD
    if card.votes:
        r = 7.5
        _disc(c, right - r, -(fy - 4), r, S.STAGE_BG)
        texts.append((S.WHITE, right - r, -(fy - 1), str(card.votes), size, True, True))
        right -= 2 * r + 4
        right = _draw_dots(c, placed.dots, right, -(fy - 4))
    if card.touchpoint:
        label = S.label(S.CATEGORY_LABELS[card.touchpoint])
        tw = fonts.width(label, size) + 10
        colour = S.CATEGORY_COLORS[card.touchpoint]
        _round_rect(c, right - tw, -(fy + 3), tw, 14, 7, _BADGE_BG, colour, _CARD_LINE_W)  # the card's width
        texts.append((colour, right - tw + 5, -fy, label, size, False, False))
        right -= tw + 4
    right = evidence_marks.draw_marks(c, card, right, -(fy - 4), -(fy - 1), texts)
    if parts:
        texts.append((S.MUTED, fx, -fy, fonts.fit("  ".join(parts), size, max(10.0, right - fx)), size, False, False))
    return texts


DOT_R, DOT_STEP, MAX_DOTS = 3.0, 7.2, 10  # the board's small dots; more than MAX_DOTS end in "+"
_dot_colours: dict[str, object] = {}


def _draw_dots(c, dots: tuple[tuple[str, int], ...], right: float, cy: float) -> float:
    """Each participant's dots in their colour, right to left from ``right`` (the badge holds the
    total); returns the footer's new right edge."""
    colours = [colour for colour, n in dots for _ in range(n)]
    if not colours:
        return right
    more = len(colours) > MAX_DOTS
    colours = colours[: MAX_DOTS - 1] if more else colours
    x = right - DOT_R
    if more:
        F.fill(c, S.MUTED)
        F.rect(c, x - 2.2, cy - 0.5, 4.4, 1, stroke=0, fill=1)
        F.rect(c, x - 0.5, cy - 2.2, 1, 4.4, stroke=0, fill=1)
        x -= DOT_STEP
    for colour in reversed(colours):
        fill = _dot_colours.get(colour)
        if fill is None:
            fill = _dot_colours[colour] = HexColor(colour)
        _disc(c, x, cy, DOT_R, fill)
        x -= DOT_STEP
    return x + DOT_R - 2


def draw_stage_headers(c, lay: MapLayout, view: View, top: float = 0.0) -> None:
    """The dark stage headers, their top at board y ``top``."""
    for i, stage in enumerate(lay.journey.stages):
        sx, sw = lay.column(i)
        if sx > view[2] or sx + sw < view[0]:
            continue
        c.setFillColor(S.STAGE_BG)
        c.roundRect(sx + 1, -(top + S.STAGE_HEADER_H - 2), sw - 2, S.STAGE_HEADER_H - 4, 4, stroke=0, fill=1)
        c.setFillColor(HexColor("#AEB8CC"))
        fonts.draw(c, sx + 10, -(top + 16), f"{i + 1:02d}", S.SMALL_FONT)
        c.setFillColor(S.WHITE)
        fonts.draw(c, sx + 10, -(top + 34), fonts.fit(stage.name, 13, sw - 20, True), 13, bold=True)
        if stage.description:
            c.setFillColor(HexColor("#C9D1E0"))
            fonts.draw(c, sx + 10, -(top + 50), fonts.fit(stage.description, S.SMALL_FONT, sw - 20), S.SMALL_FONT)
        AD.draw_stage_heat(c, lay.journey, i, sx, sw, top)


def draw_lane_headers(c, lay: MapLayout, view: View, left: float = 0.0) -> None:
    """Lane names and icons in a column whose left edge is at board x ``left``."""
    c.setFillColor(S.WHITE)
    c.rect(left, -lay.height, S.LANE_HEADER_W, lay.height - S.STAGE_HEADER_H, stroke=0, fill=1)
    c.setStrokeColor(S.GRID)
    for li, lane in enumerate(lay.journey.lanes):
        ly, lh = lay.row(li)
        if ly > view[3] or ly + lh < view[1]:
            continue
        c.setStrokeColor(S.GRID)
        c.line(left, -(ly + lh), left + S.LANE_HEADER_W, -(ly + lh))
        c.setFillColor(S.HEADER_BG)
        c.roundRect(left + 8, -(ly + 30), 20, 20, 3, stroke=0, fill=1)
        c.setFillColor(S.INK)
        fonts.draw_centred(c, left + 18, -(ly + 24), S.lane_icon(lane.kind, lane.role), 10)
        fonts.draw(c, left + 36, -(ly + 22), fonts.fit(lane.name, 11, S.LANE_HEADER_W - 44, True), 11, True)
        sub = (
            S.label(S.ROLE_LABELS.get(lane.role or "", S.KIND_LABELS[lane.kind]))
            if lane.kind == LaneKind.CARDS
            else S.label(S.KIND_LABELS[lane.kind])
        )
        if lane.unit:
            sub += f" ({lane.unit})"
        c.setFillColor(S.MUTED)
        sub = fonts.fit(sub, S.SMALL_FONT, S.LANE_HEADER_W - 44 - (AD.BADGE_ROOM if lane.measure else 0))
        fonts.draw(c, left + 36, -(ly + 34), sub, S.SMALL_FONT)
        AD.draw_analysed_header(c, lay.journey, lane, ly, left, sub)
        if lane.kind == LaneKind.EMOTION:
            _draw_curve_legend(c, lay, li, left)
    for line in lay.journey.lines:
        li = next((i for i, ln in enumerate(lay.journey.lanes) if ln.id == line.after_lane), None)
        if li is None:
            continue
        ly, lh = lay.row(li)
        y = ly + lh
        if view[1] - 10 <= y <= view[3] + 10:
            label = S.label(S.LINE_LABELS[line.kind])
            tw = fonts.width(label, S.SMALL_FONT, True) + 12
            c.setFillColor(S.LINE_COLORS[line.kind])
            c.roundRect(left + S.LANE_HEADER_W - tw - 2, -(y + 6), tw, 12, 6, stroke=0, fill=1)
            c.setFillColor(S.WHITE)
            fonts.draw(c, left + S.LANE_HEADER_W - tw + 4, -(y + 3), label, S.SMALL_FONT, True)


def _draw_blueprint_lines(c, lay: MapLayout) -> None:
    for line in lay.journey.lines:
        li = next((i for i, ln in enumerate(lay.journey.lanes) if ln.id == line.after_lane), None)
        if li is None:
            continue
        ly, lh = lay.row(li)
        y = ly + lh
        c.setStrokeColor(S.LINE_COLORS[line.kind])
        c.setLineWidth(1.5)
        c.setDash(5, 3)
        c.line(S.LANE_HEADER_W, -y, lay.width, -y)
        c.setDash()


# -- emotion curves ---------------------------------------------------------------------


def _curves(lay: MapLayout, li: int) -> dict[tuple[str | None, str], list]:
    lane_id = lay.journey.lanes[li].id
    order = {s.id: i for i, s in enumerate(lay.journey.stages)}
    curves: dict[tuple[str | None, str], list] = {}
    for p in lay.journey.emotions:
        if p.lane == lane_id and p.stage in order:
            curves.setdefault((p.persona, p.variant), []).append(p)
    for points in curves.values():
        points.sort(key=lambda p: order[p.stage])
    return curves


def _curve_colour(lay: MapLayout, persona_id: str | None):
    colors = curve_colors((p.id, p.color) for p in lay.personas)
    return HexColor(colors.get(persona_id, S.CURVE_DEFAULT))


def _curve_name(lay: MapLayout, persona_id: str | None, variant: str) -> str:
    return curve_name(next((p for p in lay.personas if p.id == persona_id), None), variant)


def _draw_curve_legend(c, lay: MapLayout, li: int, left: float) -> None:
    top, height = lay.row(li)
    y = top + 50
    for persona, variant in legend_order(lay.personas, _curves(lay, li)):
        c.setStrokeColor(_curve_colour(lay, persona))
        c.setLineWidth(2)
        if variant == "to_be":
            c.setDash(4, 2)
        elif variant == "observed":
            c.setDash(1.5, 2.5)
        c.line(left + 10, -y, left + 30, -y)
        c.setDash()
        c.setFillColor(S.MUTED)
        fonts.draw(
            c,
            left + 36,
            -(y + 3),
            fonts.fit(_curve_name(lay, persona, variant), S.SMALL_FONT, S.LANE_HEADER_W - 44),
            S.SMALL_FONT,
        )
        y += 14
        if y > top + height - 8:
            break


def _middle(lay: MapLayout, si: int) -> float:
    x, w = lay.column(si)
    return x + w / 2


def _score_y(lay: MapLayout, li: int, score: float) -> float:
    return score_to_y(score, *lay.row(li))


def _draw_emotion_lane(c, lay: MapLayout, li: int, view: View) -> None:
    c.setLineWidth(0.8)
    for score in (2, 1, 0, -1, -2):
        y = _score_y(lay, li, score)
        c.setStrokeColor(HexColor("#9AA1AD") if score == 0 else HexColor("#C5CAD3"))
        if score != 0:
            c.setDash(1, 2)
        c.line(S.LANE_HEADER_W, -y, lay.width, -y)
        c.setDash()
        if score in (2, 0, -2):
            c.setFillColor(S.MUTED)
            fonts.draw(c, S.LANE_HEADER_W + 3, -(y - 2), f"{score:+d}" if score else "0", 6)
    curves = _curves(lay, li)
    index = {s.id: i for i, s in enumerate(lay.journey.stages)}
    for (persona, variant), points in curves.items():
        pts = [(_middle(lay, index[p.stage]), _score_y(lay, li, p.score)) for p in points]
        c.setStrokeColor(_curve_colour(lay, persona))
        c.setLineWidth(2)
        if variant == "to_be":
            c.setDash(6, 3)
        elif variant == "observed":  # suggested from an event log's feedback: dotted
            c.setDash(1.5, 2.5)
        path = c.beginPath()
        path.moveTo(pts[0][0], -pts[0][1])
        for i in range(1, len(pts)):
            p0 = pts[i - 2] if i >= 2 else pts[i - 1]
            p1, p2 = pts[i - 1], pts[i]
            p3 = pts[i + 1] if i + 1 < len(pts) else p2
            c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
            c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
            path.curveTo(c1[0], -c1[1], c2[0], -c2[1], p2[0], -p2[1])
        c.drawPath(path, stroke=1, fill=0)
        c.setDash()
    labels = _score_labels(lay, li, curves, index)
    for (persona, _variant), points in curves.items():
        for p in points:
            x = _middle(lay, index[p.stage])
            if not (view[0] - 20 <= x <= view[2] + 20):
                continue
            y = _score_y(lay, li, p.score)
            _draw_face(c, x, y, p.score, _curve_colour(lay, persona))
            left, top, _right, _bottom = labels[id(p)]
            baseline = top + LABEL_BASELINE
            c.setFillColor(S.INK)
            label = _score_text(p.score)
            w = fonts.draw(c, left, -baseline, label, S.SMALL_FONT, True)
            if p.note:
                c.setFillColor(S.MUTED)
                fonts.draw(c, left + w + LABEL_GAP, -baseline, fonts.fit(p.note, S.SMALL_FONT, NOTE_W), S.SMALL_FONT)


# The score labels, placed by the board's rule (app/models/score_labels.py) at the PDF's sizes.
LABEL_SIZES = LabelSizes(face_r=9, above_top=-20, below_top=8, height=12, inset=8, clearance=2)
LABEL_BASELINE, LABEL_GAP, NOTE_W = 9.0, 3.0, 90.0


def _score_text(score: float) -> str:
    return f"{score:+g}" if score else "0"


def _score_labels(lay: MapLayout, li: int, curves: dict, index: dict[str, int]) -> dict[int, tuple]:
    """Per point (by id), the box of its score and note, clear of the curves."""
    top, height = lay.row(li)
    at_stage: dict[str, list[tuple[object, FaceLabel]]] = {}
    for points in curves.values():
        xy = [(_middle(lay, index[p.stage]), _score_y(lay, li, p.score)) for p in points]
        for j, p in enumerate(points):
            lo, hi = max(0, j - 2), min(len(points), j + 3)
            label_w = fonts.width(_score_text(p.score), S.SMALL_FONT, True)
            note = fonts.fit(p.note, S.SMALL_FONT, NOTE_W) if p.note else ""
            full_w = label_w + (LABEL_GAP + fonts.width(note, S.SMALL_FONT) if note else 0.0)
            after = xy[j + 1][1] if j + 1 < len(xy) else None
            face = FaceLabel(
                *xy[j], label_w, full_w, xy[lo:hi], max(0, j - 1) - lo, min(len(xy) - 1, j + 1) - lo, after
            )
            at_stage.setdefault(p.stage, []).append((p, face))
    boxes = {}
    for here in at_stage.values():
        faces = [f for _p, f in here]
        for (p, face), place in zip(here, place_stage(faces, LABEL_SIZES, (top, top + height)), strict=True):
            boxes[id(p)] = label_box(face, place, LABEL_SIZES)
    return boxes


def _draw_face(c, x: float, y: float, score: float, ring) -> None:
    r = 9
    F.fill(c, S.face_color(score))
    F.stroke(c, ring)
    F.line_width(c, 1.5)
    F.circle(c, x, -y, r, stroke=1, fill=1)
    F.fill(c, S.INK)
    F.circle(c, x - 3, -(y - 2.5), 1.1, stroke=0, fill=1)
    F.circle(c, x + 3, -(y - 2.5), 1.1, stroke=0, fill=1)
    F.stroke(c, S.INK)
    F.line_width(c, 1.2)
    bend = max(-1.0, min(1.0, score / 2)) * 3
    path = c.beginPath()
    path.moveTo(x - 4, -(y + 3))
    path.curveTo(x - 2, -(y + 3 + bend), x + 2, -(y + 3 + bend), x + 4, -(y + 3))
    c.drawPath(path, stroke=1, fill=0)


# -- metrics ----------------------------------------------------------------------------


def _draw_metric_lane(c, lay: MapLayout, li: int, view: View) -> None:
    lane = lay.journey.lanes[li]
    unit = lane.unit or ""
    index = {s.id: i for i, s in enumerate(lay.journey.stages)}
    for m in lay.journey.metrics:
        if m.lane != lane.id or m.stage not in index:
            continue
        si = index[m.stage]
        sx, sw = lay.column(si)
        x, w = sx + S.CELL_PAD, sw - 2 * S.CELL_PAD
        if x > view[2] or x + w < view[0]:
            continue
        top = lay.row(li)[0] + S.CELL_PAD
        c.setFillColor(S.INK)
        value = "–" if m.value is None else S.with_unit(m.value, unit)
        fonts.draw(c, x, -(top + 17), fonts.fit(value, 16, w * 0.55, True), 16, True)
        if m.target is not None:
            c.setFillColor(S.MUTED)
            fonts.draw_right(
                c,
                x + w,
                -(top + 15),
                translate("PdfMap", "target {value}").format(value=S.with_unit(m.target, unit)),
                S.SMALL_FONT,
            )
            if m.value is not None and m.target:
                ratio = max(0.0, min(1.0, m.value / m.target))
                c.setFillColor(S.BAR_BG)
                c.roundRect(x, -(top + 40), w, 8, 4, stroke=0, fill=1)
                good = m.value >= m.target
                c.setFillColor(S.BAR_GOOD if good else (S.BAR_NEAR if ratio >= 0.75 else S.BAR_BAD))
                if ratio > 0:
                    c.roundRect(x, -(top + 40), max(8.0, w * ratio), 8, 4, stroke=0, fill=1)
