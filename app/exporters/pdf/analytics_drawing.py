"""Analytics on the PDF's map, in the board's look: the flow lane's ribbons, the drop-off heat
on the stage headers, and the "from data" badge and source line of an analysed metric lane.

The rules are the board's (app/views/board/flow_lane.py, dropoff_heat.py, analysed_lane.py),
at the same sizes in board units: forward flows arc above the lane's middle, the further they
skip the higher, loops back arc below in the warning colour, a ribbon's width is its share of
the biggest flow's cases, the big ones carry their count; a header's bar along its foot is as
long as the share of the cases reaching the stage that end there. Coordinates follow
map_drawing: board (x, y) is canvas (x, -y).
"""

from __future__ import annotations

from app.exporters.common import count_text
from app.exporters.pdf import fonts
from app.exporters.pdf import style as S
from app.exporters.pdf.layout import MapLayout
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.analytics_values import backward, dropoff_share, source_line
from app.models.entities import Journey, Lane, LaneKind

EMPTY_TEXT = QT_TRANSLATE_NOOP("PdfAnalyticsMap", "Analyse an event log to see flows (Analytics ▸ Analyse Event Log…)")
NO_FLOWS_TEXT = QT_TRANSLATE_NOOP("PdfAnalyticsMap", "The event log shows no flows between this map's stages")
MIN_W, MAX_W = 2.0, 26.0  # a ribbon's width for the smallest and the largest flow
LABEL_SHARE = 0.12  # flows of at least this share of the largest carry their count
EDGE = 16.0  # kept free at the lane's top and bottom
NODE_R = 4.5
PT = 96 / 72  # the board's font sizes are points at 96 dpi, set as pixels
HEAT_BAR_H = 5.0
NOBODY = QT_TRANSLATE_NOOP("PdfAnalyticsMap", "nobody reaches this stage")
BADGE = QT_TRANSLATE_NOOP("PdfAnalyticsMap", "from data")  # these are translated where drawn
SOURCE_TOP, SOURCE_ROW = 44.0, 11.0
BADGE_ROOM = 64.0  # kept free after an analysed lane's kind for the badge


def draw_flow_lane(c, lay: MapLayout, li: int) -> None:
    """The ribbons of the flow lane at row ``li`` (or the line saying there are none)."""
    journey = lay.journey
    top, height = lay.row(li)
    mid = top + height / 2
    body_w = lay.width - S.LANE_HEADER_W
    analytics = journey.analytics
    centers = {sid: x + w / 2 for sid, x, w in lay.geometry.columns}
    flows = (
        []
        if analytics is None
        else [f for f in analytics.stage_flows if f.source in centers and f.target in centers and f.count > 0]
    )
    if not flows:
        c.setFillColor(S.MUTED)
        text = translate("PdfAnalyticsMap", EMPTY_TEXT if analytics is None else NO_FLOWS_TEXT)
        fonts.draw(c, S.LANE_HEADER_W + 16, -(mid + 4), fonts.fit(text, 10 * PT, body_w - 32), 10 * PT)
        return
    order = [s.id for s in journey.stages]
    biggest = max(f.count for f in flows)
    span = max((abs(order.index(f.target) - order.index(f.source)) for f in flows), default=1)
    room = height / 2 - EDGE - MAX_W / 2
    c.saveState()
    c.setStrokeColor(S.GRID)
    c.setLineWidth(1)
    c.setDash(1, 2)
    c.line(S.LANE_HEADER_W, -mid, lay.width, -mid)
    c.setDash()
    c.setLineCap(0)
    labels = []
    for f in sorted(flows, key=lambda f: -f.count):
        skip = abs(order.index(f.target) - order.index(f.source))
        back = backward(order, f.source, f.target) or skip == 0
        width = MIN_W + (MAX_W - MIN_W) * f.count / biggest
        x1, x2 = centers[f.source], centers[f.target]
        c.setStrokeColor(S.FLOW_BACKWARD if back else S.FLOW_FORWARD)
        c.setStrokeAlpha(150 / 255 if back else 120 / 255)
        c.setLineWidth(width)
        path = c.beginPath()
        if skip == 0:  # from a stage back to itself: a ring below its node
            path.circle(x1, -(mid + 14), 10)
            apex = (x1, mid + 24)
        else:
            rise = room * (0.3 + 0.7 * (skip - 1) / max(1, span - 1))
            rise = -rise if back else rise
            lift = mid - rise / 0.75  # a cubic with both handles here peaks at 3/4 of it
            path.moveTo(x1, -mid)
            path.curveTo(x1, -lift, x2, -lift, x2, -mid)
            apex = ((x1 + x2) / 2, mid - rise)
        c.drawPath(path, stroke=1, fill=0)
        if f.count >= biggest * LABEL_SHARE:
            labels.append((apex, count_text(f.count), back))
    c.restoreState()
    c.setStrokeColor(S.WHITE)
    c.setLineWidth(1.5)
    c.setFillColor(S.FLOW_NODE)
    for x in centers.values():
        c.circle(x, -mid, NODE_R, stroke=1, fill=1)
    size = 8 * PT
    for (x, y), text, back in labels:
        ink = S.FLOW_BACKWARD_INK if back else S.FLOW_FORWARD_INK
        w = fonts.width(text, size, True) + 10
        c.setFillColor(S.WHITE)
        c.setStrokeColor(ink)
        c.setLineWidth(1)
        c.roundRect(x - w / 2, -(y + 8), w, 16, 8, stroke=1, fill=1)
        c.setFillColor(ink)
        fonts.draw_centred(c, x, -(y + 4), text, size, True)
    small = 7.5 * PT
    c.setFillColor(S.FLOW_FORWARD_INK)
    fonts.draw(c, S.LANE_HEADER_W + 6, -(top + 14), translate("PdfAnalyticsMap", "↷ forward"), small, True)
    c.setFillColor(S.FLOW_BACKWARD_INK)
    fonts.draw(
        c,
        S.LANE_HEADER_W + 6,
        -(top + height - 6),
        translate("PdfAnalyticsMap", "↶ back, against the map's order"),
        small,
        True,
    )


def draw_stage_heat(c, journey: Journey, si: int, sx: float, sw: float, top: float) -> None:
    """The drop-off bar along the foot of stage ``si``'s header and its line on the number row
    ("1,234 reached · 38% leave"); a stage nobody reaches gets a dashed edge and says so; the
    map's last stage gets no bar: "the end" (its cases finish the journey there)."""
    analytics = journey.analytics
    if analytics is None:
        return
    stage = journey.stages[si]
    m = analytics.measure(stage.id)
    if m is None:
        return
    share = dropoff_share(analytics, stage.id)
    left, right = sx + 1, sx + sw - 1
    bottom = top + S.STAGE_HEADER_H - 2
    size = 8 * PT
    room = sw - 66
    if m.reached == 0 or share is None:
        c.setStrokeColor(S.HEAT_NOBODY)
        c.setLineWidth(1.5)
        c.setDash(4, 3)
        c.roundRect(left + 1, -(bottom - 1), right - left - 2, S.STAGE_HEADER_H - 6, 4, stroke=1, fill=0)
        c.setDash()
        c.setFillColor(S.HEAT_NOBODY)
        fonts.draw_right(
            c, right - 12, -(top + 16), fonts.fit(translate("PdfAnalyticsMap", NOBODY), size, room, True), size, True
        )
        return
    if si == len(journey.stages) - 1:  # its cases end here by completing the map (as on the board)
        c.setFillColor(S.HEAT_INK)
        line = translate("PdfAnalyticsMap", "{n} reached · the end").format(n=count_text(m.reached))
        fonts.draw_right(c, right - 12, -(top + 16), fonts.fit(line, size, room, True), size, True)
        return
    track_x, track_w = left + 8, right - left - 16
    track_y = bottom - HEAT_BAR_H - 1.5
    c.setFillColor(S.HEAT_TRACK)
    c.roundRect(track_x, -(track_y + HEAT_BAR_H), track_w, HEAT_BAR_H, 2, stroke=0, fill=1)
    if share > 0:
        c.setFillColor(S.HEAT_BAR)
        w = max(HEAT_BAR_H, track_w * min(1.0, share))
        c.roundRect(track_x, -(track_y + HEAT_BAR_H), w, HEAT_BAR_H, 2, stroke=0, fill=1)
    c.setFillColor(S.HEAT_INK)
    line = translate("PdfAnalyticsMap", "{n} reached · {share} leave").format(
        n=count_text(m.reached), share=_percent(share)
    )
    fonts.draw_right(c, right - 12, -(top + 16), fonts.fit(line, size, room, True), size, True)


def _percent(share: float) -> str:
    """As the board says it: 38%, and "<1%" rather than a misleading 0% for a few cases."""
    return "<1%" if 0 < share < 0.005 else f"{share * 100:.0f}%"


def draw_analysed_header(c, journey: Journey, lane: Lane, ly: float, left: float, kind_text: str) -> None:
    """On a metric lane filled from data: the "from data" badge after its kind, and the source
    line (which log, which dates, when) in at most two rows under it."""
    if lane.kind != LaneKind.METRIC or lane.measure is None:
        return
    kind_size = S.SMALL_FONT
    x = left + 36 + fonts.width(kind_text, kind_size) + 6
    badge_size = 6.5 * PT
    badge = translate("PdfAnalyticsMap", BADGE)
    w = fonts.width(badge, badge_size, True) + 10
    c.setFillColor(S.DATA_BADGE_BG)
    c.roundRect(x, -(ly + 37.5), w, 13, 6.5, stroke=0, fill=1)
    c.setFillColor(S.DATA_BADGE_INK)
    fonts.draw_centred(c, x + w / 2, -(ly + 34), badge, badge_size, True)
    text = source_line(journey.analytics) if journey.analytics else translate("PdfAnalyticsMap", "no analysis stored")
    width = S.LANE_HEADER_W - 44
    c.setFillColor(S.MUTED)
    size = 7 * PT
    for n, row in enumerate(_rows(text, size, width)):
        fonts.draw(c, left + 36, -(ly + SOURCE_TOP + 8 + n * SOURCE_ROW), fonts.fit(row, size, width), size)


def _rows(text: str, size: float, width: float) -> list[str]:
    """The source line in at most two rows, broken at its " · " parts."""
    parts = text.split(" · ")
    row = parts.pop(0)
    while parts and fonts.width(f"{row} · {parts[0]}", size) <= width:
        row = f"{row} · {parts.pop(0)}"
    return [row, " · ".join(parts)] if parts else [row]
