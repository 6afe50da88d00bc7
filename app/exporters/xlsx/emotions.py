"""The "Emotions" sheet: per journey a block of curves (one row each) and a native line chart."""

from __future__ import annotations

from collections.abc import Callable

from openpyxl.chart import LineChart, Reference, Series
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from app.exporters.xlsx import style as S
from app.exporters.xlsx.text import put_text
from app.exporters.xlsx.words import owner, variant_label, word
from app.i18n import translate
from app.models import limits as L
from app.models.entities import Journey, LaneKind, Project
from app.models.workbook_format import EMOTION_HEADERS

CHART_ROWS = 19  # rows kept free under each block for its chart
STAGE_COLUMN_MIN, STAGE_COLUMN_MAX = 10.0, 22.0


def curves_of(journey: Journey) -> list[tuple[str, str | None, str]]:
    """(lane id, persona id, variant) of every curve: those with scores, then an empty as-is row for
    each emotion lane and journey persona (or no persona) so participants can score it."""
    keys: dict[tuple, None] = {}
    for point in journey.emotions:
        keys[(point.lane, point.persona, point.variant)] = None
    for lane in journey.lanes:
        if lane.kind == LaneKind.EMOTION:
            for persona_id in journey.persona_ids or [None]:
                keys.setdefault((lane.id, persona_id, "as_is"), None)
    order = {ln.id: i for i, ln in enumerate(journey.lanes)}
    return sorted(keys, key=lambda k: (order.get(k[0], len(order)), k[2] != "as_is"))


def write_emotions_sheet(ws, project: Project, journeys, notes: list[str], tick: Callable[[int], None]) -> None:
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 10
    ws.column_dimensions["C"].width = 20
    low, high = f"{L.MIN_SCORE:g}", f"{L.MAX_SCORE:g}"
    dv = DataValidation(
        type="decimal",
        operator="between",
        formula1=f"{L.MIN_SCORE:g}",
        formula2=f"{L.MAX_SCORE:g}",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=translate("XlsxEmotions", "Emotion score"),
        error=translate(
            "XlsxEmotions",
            "A score is a number from {min} (very negative) to {max} (very positive). Leave the cell empty for no score.",
        ).format(min=low, max=high),
        showInputMessage=True,
        promptTitle=translate("XlsxEmotions", "Score"),
        prompt=translate("XlsxEmotions", "{min} (very negative) … {max} (very positive)").format(min=low, max=high),
    )
    ws.add_data_validation(dv)
    row = 1
    widths: dict[int, float] = {}
    for journey in journeys:
        title = ws.cell(row, 1)
        put_text(title, journey.name, f"{ws.title}!{title.coordinate}", notes)
        title.font = S.TITLE
        header_row = row + 1
        for col, text in enumerate((*(word(h) for h in EMOTION_HEADERS), *(s.name for s in journey.stages)), start=1):
            cell = ws.cell(header_row, col)
            put_text(cell, text, f"{ws.title}!{cell.coordinate}", notes)
            cell.font = S.BOLD
            cell.fill = S.fill(S.HEADER_BG)
            cell.alignment = S.WRAP_CENTER if col > 3 else S.WRAP
            if col > 3:
                letter = get_column_letter(col)
                widths[col] = max(widths.get(col, 0.0), min(STAGE_COLUMN_MAX, max(STAGE_COLUMN_MIN, len(text) + 2)))
                ws.column_dimensions[letter].width = widths[col]
        S.fit_row_height(ws, header_row, [(s.name, widths[4 + j]) for j, s in enumerate(journey.stages)])
        scores = {p.key: p.score for p in journey.emotions}
        curves = curves_of(journey)
        lanes = {ln.id: ln.name for ln in journey.lanes}
        chart = LineChart()
        chart.title = f"{journey.name}"[:255]
        chart.y_axis.scaling.min = L.MIN_SCORE
        chart.y_axis.scaling.max = L.MAX_SCORE
        chart.y_axis.title = translate("XlsxEmotions", "score")
        chart.height, chart.width = 9.0, max(15.0, 3.0 * len(journey.stages))
        chart.x_axis.tickLblPos = "low"  # stage names under the plot, not across it at 0
        chart.x_axis.delete = False  # openpyxl 3.1 hides axes unless told otherwise
        chart.y_axis.delete = False
        chart.y_axis.majorUnit = 1
        last_col = 3 + len(journey.stages)
        for i, (lane_id, persona_id, variant) in enumerate(curves):
            r = header_row + 1 + i
            persona = project.persona(persona_id) if persona_id else None
            who = owner(persona) if persona or not persona_id else persona_id  # an unknown id as it is
            for col, text in enumerate((who, variant_label(variant), lanes.get(lane_id, lane_id)), start=1):
                put_text(ws.cell(r, col), text, f"{ws.title}!{ws.cell(r, col).coordinate}", notes)
            for j, stage in enumerate(journey.stages):
                score = scores.get((lane_id, stage.id, persona_id, variant))
                cell = ws.cell(r, 4 + j)
                cell.alignment = S.CENTER
                if score is not None:
                    cell.value = score
            if journey.stages:
                series = Series(
                    Reference(ws, min_col=4, max_col=last_col, min_row=r, max_row=r),
                    title=f"{who} {variant_label(variant)} ({lanes.get(lane_id, lane_id)})"[:255],
                )
                series.smooth = False
                chart.series.append(series)
        end_row = header_row + len(curves)
        if journey.stages and curves:
            dv.add(f"D{header_row + 1}:{get_column_letter(last_col)}{end_row}")
            chart.set_categories(Reference(ws, min_col=4, max_col=last_col, min_row=header_row, max_row=header_row))
            ws.add_chart(chart, f"A{end_row + 2}")
            row = end_row + 2 + CHART_ROWS
        else:
            row = end_row + 2
        tick(1)
    ws.freeze_panes = "D1"
