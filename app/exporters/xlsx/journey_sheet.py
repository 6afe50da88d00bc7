"""One sheet per journey, laid out like the board (a picture for people; import ignores it)."""

from __future__ import annotations

from collections.abc import Callable

from openpyxl.utils import get_column_letter

from app.exporters import analytics_text as A
from app.exporters.xlsx import style as S
from app.exporters.xlsx.text import put_text
from app.exporters.xlsx.words import owner, variant_label
from app.i18n import translate
from app.models.analytics_values import source_line
from app.models.entities import CARD_LANE_KINDS, Journey, Lane, LaneKind, Project


def _score_text(score: float) -> str:
    return f"{score:+g}" if score else "0"


def write_journey_sheet(ws, project: Project, journey: Journey, notes: list[str], tick: Callable[[int], None]) -> None:
    ws.sheet_properties.tabColor = S.STAGE_BG[1:]
    corner = ws.cell(1, 1)
    put_text(corner, journey.name, f"{ws.title}!A1", notes)
    corner.font = S.BOLD
    corner.fill = S.fill(S.HEADER_BG)
    corner.alignment = S.WRAP_CENTER
    ws.column_dimensions["A"].width = 28
    col_of = {}
    widths = {1: 28.0}
    for i, stage in enumerate(journey.stages):
        col = i + 2
        col_of[stage.id] = col
        cell = ws.cell(1, col)
        put_text(cell, stage.name, f"{ws.title}!{cell.coordinate}", notes)
        cell.font = S.STAGE_FONT
        cell.fill = S.fill(S.STAGE_BG)
        cell.alignment = S.WRAP_CENTER
        width = (stage.width or 250.0) / 7.0
        widths[col] = max(20.0, min(80.0, width))
        ws.column_dimensions[get_column_letter(col)].width = widths[col]
    S.fit_row_height(ws, 1, [(s.name, widths[col_of[s.id]]) for s in journey.stages], minimum=32)

    styles = S.SharedStyles()
    row = 2
    cards_by_cell: dict[tuple[str, str], list] = {}
    for card in journey.cards:
        cards_by_cell.setdefault((card.lane, card.stage), []).append(card)
    for lane in journey.lanes:
        rows = _lane_rows(project, journey, lane, cards_by_cell, col_of)
        height = max(1, len(rows))
        for offset, cells in enumerate(rows):
            for col, text, hex_color, _is_card in cells:
                cell = ws.cell(row + offset, col)
                if hex_color:
                    styles.apply(cell, alignment=S.WRAP, border=S.CELL_BORDER, fill=S.fill(hex_color))
                else:
                    styles.apply(cell, alignment=S.WRAP, border=S.CELL_BORDER)
                put_text(cell, text, f"{ws.title}!{cell.coordinate}", notes)
            S.fit_row_height(ws, row + offset, [(text, widths[col]) for col, text, _c, _k in cells])
            tick(sum(1 for c in cells if c[3]))
        head = ws.cell(row, 1)
        put_text(head, _lane_title(journey, lane), f"{ws.title}!{head.coordinate}", notes)
        head.font = S.BOLD
        head.fill = S.fill(S.HEADER_BG)
        head.alignment = S.WRAP
        if height > 1:
            ws.merge_cells(start_row=row, start_column=1, end_row=row + height - 1, end_column=1)
        row += height

    ws.freeze_panes = "B2"
    S.print_fit_to_width(ws, title_rows="1:1", title_cols="A:A")
    ws.print_options.gridLines = False


def _lane_title(journey: Journey, lane: Lane) -> str:
    """The lane's name; an analysed metric lane also says its numbers are from data, and which."""
    if lane.kind != LaneKind.METRIC or lane.measure is None:
        return lane.name
    where = source_line(journey.analytics) if journey.analytics else translate("XlsxMap", "no analysis stored")
    return translate("XlsxMap", "{lane} (from data)\n{source}").format(lane=lane.name, source=where)


def _flow_cells(journey: Journey, col_of: dict[str, int]) -> list[tuple[int, str, None, bool]]:
    """A flow lane's one row: per stage, the flows leaving it ("→ Buy: 470 cases"), loops back
    marked; the hint to analyse a log in the first stage when there are no results."""
    if journey.analytics is None:
        first = next(iter(col_of.values()), None)
        return (
            [] if first is None else [(first, translate("XlsxMap", "Analyse an event log to see flows"), None, False)]
        )
    by_stage: dict[str, list[str]] = {}
    for flow in A.flow_rows(journey, journey.analytics):
        sid = flow.source_id
        if sid in col_of:
            mark = "↩ " if flow.backward else "→ "
            note = f" ({flow.note()})" if flow.note() else ""
            cases = translate("XlsxMap", "{count} case") if flow.count == 1 else translate("XlsxMap", "{count} cases")
            by_stage.setdefault(sid, []).append(f"{mark}{flow.target}: {cases.format(count=A.count(flow.count))}{note}")
    return [(col_of[sid], "\n".join(lines), None, False) for sid, lines in by_stage.items()]


def _lane_rows(project, journey, lane, cards_by_cell, col_of):
    """Rows of (column, text, fill colour, is a card) for one lane's block."""
    if lane.kind in CARD_LANE_KINDS:
        stacks = {sid: cards_by_cell.get((lane.id, sid), []) for sid in col_of}
        depth = max((len(s) for s in stacks.values()), default=0)
        return [
            [
                (col_of[sid], stack[i].text, S.card_hex(stack[i].color, lane.kind, lane.role), True)
                for sid, stack in stacks.items()
                if i < len(stack)
            ]
            for i in range(depth)
        ]
    if lane.kind == LaneKind.EMOTION:
        curves: dict[tuple, dict[str, float]] = {}
        for point in journey.emotions:
            if point.lane == lane.id and point.stage in col_of:
                curves.setdefault((point.persona, point.variant), {})[point.stage] = point.score
        rows = []
        for (persona_id, variant), scores in curves.items():
            persona = project.persona(persona_id) if persona_id else None
            who = owner(persona)
            rows.append(
                [
                    (col_of[sid], f"{who} ({variant_label(variant)}): {_score_text(score)}", None, False)
                    for sid, score in scores.items()
                ]
            )
        return rows
    if lane.kind == LaneKind.METRIC:
        cells = []
        for m in journey.metrics:
            if m.lane == lane.id and m.stage in col_of and (m.value is not None or m.target is not None):
                unit = f" {lane.unit}" if lane.unit else ""
                parts = [] if m.value is None else [f"{m.value:g}{unit}"]
                if m.target is not None:
                    parts.append(translate("XlsxMap", "target {value}").format(value=f"{m.target:g}{unit}"))
                cells.append((col_of[m.stage], " · ".join(parts), None, False))
        return [cells] if cells else []
    if lane.kind == LaneKind.FLOW:
        cells = _flow_cells(journey, col_of)
        return [cells] if cells else []
    return []
