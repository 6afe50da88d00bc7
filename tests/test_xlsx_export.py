"""The workshop workbook exporter: structure read back with openpyxl (no bytes compared)."""

from __future__ import annotations

import subprocess
import sys

import openpyxl
import pytest

from app.exporters.xlsx import XlsxOptions, export_xlsx, read_text
from app.models.entities import Project
from app.models.errors import WaymarkError
from app.models.library import sample_project

HEADER = [
    "id",
    "journey",
    "stage",
    "lane",
    "text",
    "channel",
    "touchpoint",
    "evidence",
    "votes",
    "tags",
    "color",
    "action",
    "owner",
    "due",
]
FORMULA_LIKE = ["=SUM(A1)", "+1", "-x", "@y", "\tz", "\rz", '=HYPERLINK("http://x")', "a_x000D_b"]


def _project(stages=3, per_cell=1, texts=None) -> Project:
    texts = texts or ["Card"]
    stage_list = [{"id": f"s{i}", "name": f"Stage {i}"} for i in range(stages)]
    lanes = [
        {"id": "do", "name": "Doing", "kind": "cards", "role": "actions"},
        {"id": "feel", "name": "Feeling", "kind": "emotion"},
        {"id": "tp", "name": "Touchpoints", "kind": "touchpoints"},
        {"id": "pain", "name": "Pain: points?", "kind": "cards", "role": "pain_points"},
    ]
    cards, n = [], 0
    for s in stage_list:
        for lane in ("do", "tp", "pain"):
            for _ in range(per_cell):
                cards.append(
                    {
                        "id": f"c{n}",
                        "lane": lane,
                        "stage": s["id"],
                        "text": texts[n % len(texts)],
                        "votes": n % 5,
                        "tags": ["a", "b"] if n % 2 else [],
                    }
                )
                n += 1
    data = {
        "format": "waymark/1",
        "project": {"name": "P"},
        "personas": [{"id": "p1", "name": "Anna", "goals": ["g1", "g2"]}],
        "journeys": [
            {
                "id": "j1",
                "name": "A/very:long*journey?name[that]is too long",
                "persona_ids": ["p1"],
                "stages": stage_list,
                "lanes": lanes,
                "cards": cards,
                "emotions": [{"lane": "feel", "stage": s["id"], "score": 1.5, "persona": "p1"} for s in stage_list],
            }
        ],
    }
    return Project.model_validate(data)


@pytest.fixture
def sample_book(tmp_path):
    out = tmp_path / "sample.xlsx"
    export_xlsx(sample_project(), out, XlsxOptions())
    return sample_project(), openpyxl.load_workbook(out)


def _rows(ws):
    rows = list(ws.iter_rows(values_only=True))
    return rows[0], [r for r in rows[1:] if any(v is not None for v in r)]


def test_sheets_and_cards_table(sample_book):
    project, wb = sample_book
    assert wb.sheetnames[0] == "How to use"
    assert wb.sheetnames[1 : 1 + len(project.journeys)] == [j.name[:31] for j in project.journeys]
    assert {"Emotions", "Cards", "Personas"} <= set(wb.sheetnames)
    ws = wb["Cards"]
    assert "Cards" in ws.tables
    header, rows = _rows(ws)
    assert list(header) == HEADER
    cards = {c.id: c for j in project.journeys for c in j.cards}
    assert sorted(r[0] for r in rows) == sorted(cards)  # every card exactly once
    for r in rows:
        card = cards[r[0]]
        assert read_text(r[4]) == card.text and r[8] == card.votes
        assert (r[9] or "") == ", ".join(card.tags) and (r[10] or None) == card.color
    assert ws.column_dimensions["A"].hidden
    assert ws.tables["Cards"].ref == f"A1:N{len(rows) + 1}"
    _h, personas = _rows(wb["Personas"])
    assert list(_h) == ["id", "name", "role", "goals", "needs", "frustrations", "quote", "colour"]
    assert [p[0] for p in personas] == [p.id for p in project.personas]


def _list_values(wb, formula):
    sheet, ref = formula.split("!")
    return [c.value for row in wb[sheet.strip("'")][ref.replace("$", "")] for c in row]


def test_validations_have_the_right_lists(sample_book):
    project, wb = sample_book
    ws = wb["Cards"]
    by_col = {str(dv.sqref).split(":")[0][0]: dv for dv in ws.data_validations.dataValidation}
    stages = list(dict.fromkeys(s.name for j in project.journeys for s in j.stages))
    lanes = list(
        dict.fromkeys(ln.name for j in project.journeys for ln in j.lanes if ln.kind in ("cards", "touchpoints"))
    )
    assert _list_values(wb, by_col["C"].formula1) == stages
    assert _list_values(wb, by_col["D"].formula1) == lanes
    assert _list_values(wb, by_col["G"].formula1) == ["peripheral", "external", "internal"]
    assert _list_values(wb, by_col["H"].formula1) == ["observed", "assumed", "proposed"]
    assert "web" in _list_values(wb, by_col["F"].formula1)
    assert all(by_col[c].type == "list" for c in "CDFGH")
    assert by_col["I"].type == "whole" and by_col["I"].formula1 == "0"
    emo = wb["Emotions"].data_validations.dataValidation
    assert emo and emo[0].type == "decimal" and (emo[0].formula1, emo[0].formula2) == ("-2", "2")
    assert emo[0].error and emo[0].showErrorMessage


def test_emotions_block_and_chart(sample_book):
    project, wb = sample_book
    ws = wb["Emotions"]
    journey = project.journeys[0]
    assert ws["A1"].value == journey.name
    assert [c.value for c in ws[2]][: 3 + len(journey.stages)] == [
        "persona",
        "variant",
        "lane",
        *(s.name for s in journey.stages),
    ]
    assert ws["B3"].value in ("as-is", "to-be")
    assert len(ws._charts) == len(project.journeys)
    assert ws._charts[0].tagname == "lineChart"
    scores = sorted(
        float(c.value) for row in ws.iter_rows(min_row=3, min_col=4) for c in row if isinstance(c.value, (int, float))
    )
    assert scores == sorted(p.score for p in journey.emotions)


def test_journey_sheet_layout_and_print_setup(sample_book):
    project, wb = sample_book
    journey = project.journeys[0]
    ws = wb[wb.sheetnames[1]]
    assert ws.freeze_panes == "B2"
    assert [ws.cell(1, i + 2).value for i in range(len(journey.stages))] == [s.name for s in journey.stages]
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows.replace("$", "") == "1:1" and ws.print_title_cols.replace("$", "") == "A:A"
    texts = [c.value for row in ws.iter_rows(min_row=2, min_col=2) for c in row if c.value]
    for card in journey.cards:
        assert card.text in texts
    lane_names = [c.value for c in ws["A"][1:] if c.value]
    assert lane_names == [ln.name for ln in journey.lanes]
    filled = [
        c for row in ws.iter_rows(min_row=2, min_col=2) for c in row if c.value in {card.text for card in journey.cards}
    ]
    assert all(c.fill.fgColor.rgb not in (None, "00000000") for c in filled)
    assert all(c.alignment.wrap_text for c in filled)


def test_formula_like_texts_stay_text(tmp_path):
    project = _project(texts=FORMULA_LIKE)
    out = tmp_path / "f.xlsx"
    export_xlsx(project, out, XlsxOptions())
    wb = openpyxl.load_workbook(out)
    _header, rows = _rows(wb["Cards"])
    texts = {c.id: c.text for c in project.journeys[0].cards}
    for row in wb["Cards"].iter_rows(min_row=2):
        if row[0].value:
            assert row[4].data_type == "s"
            assert read_text(row[4].value) == texts[row[0].value]
    plain = [r[4] for r in rows if texts[r[0]] in ("=SUM(A1)", "+1", "-x", "@y", "\tz")]
    assert sorted(plain) == sorted(t for t in texts.values() if t in ("=SUM(A1)", "+1", "-x", "@y", "\tz"))
    for ws in wb:
        for row in ws.iter_rows():
            assert all(c.data_type != "f" for c in row)


def test_illegal_characters_and_long_text_are_noted(tmp_path):
    project = _project(texts=["bell\x07here", "x" * 20_000])
    out = tmp_path / "n.xlsx"
    notes = export_xlsx(project, out, XlsxOptions())
    assert any("cannot hold" in n for n in notes)
    ws = openpyxl.load_workbook(out)["Cards"]
    cell = next(r[4] for r in ws.iter_rows(min_row=2) if r[4].value and r[4].value.startswith("bell"))
    assert cell.value == "bellhere" and cell.comment.text.startswith("Waymark:")


def test_sheet_names_are_valid_and_unique(tmp_path):
    project = _project()
    data = project.model_dump(by_alias=True)
    twin = dict(data["journeys"][0], id="j2")
    other = dict(data["journeys"][0], id="j3", name="Cards")
    data["journeys"] += [twin, other]
    project = Project.model_validate(data)
    out = tmp_path / "n.xlsx"
    export_xlsx(project, out, XlsxOptions())
    names = openpyxl.load_workbook(out).sheetnames
    assert len({n.casefold() for n in names}) == len(names)
    for n in names:
        assert 0 < len(n) <= 31 and not set(n) & set("[]:*?/\\")
    assert names.count("Cards") == 1


def test_ten_thousand_cards_with_progress(tmp_path):
    project = _project(stages=50, per_cell=67)  # 50 × 3 × 67 = 10,050 cards
    assert len(project.journeys[0].cards) >= 10_000
    seen = []
    out = tmp_path / "big.xlsx"
    export_xlsx(project, out, XlsxOptions(journey_id="j1"), progress=lambda d, t, w: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)
    ws = openpyxl.load_workbook(out, read_only=True)["Cards"]
    assert sum(1 for r in ws.iter_rows(min_row=2, values_only=True) if r[0]) == len(project.journeys[0].cards)


def test_unknown_journey_and_cancel_write_nothing(tmp_path):
    with pytest.raises(WaymarkError, match="no journey"):
        export_xlsx(sample_project(), tmp_path / "x.xlsx", XlsxOptions(journey_id="nope"))
    from app.exporters.xlsx import ExportCancelled

    with pytest.raises(ExportCancelled):
        export_xlsx(sample_project(), tmp_path / "x.xlsx", XlsxOptions(), cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_no_qt_in_xlsx_exporter():
    import pkgutil

    import app.exporters.xlsx

    names = [f"app.exporters.xlsx.{m.name}" for m in pkgutil.iter_modules(app.exporters.xlsx.__path__)]
    code = (
        "import sys, importlib\n"
        f"for name in {['app.exporters.xlsx', *names]!r}: importlib.import_module(name)\n"
        "print([n for n in sys.modules if n.startswith('PySide6')])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_cli_exports_xlsx_and_reports_errors_in_one_line(tmp_path, capsys):
    from app.cli import main
    from app.models.session import create_project_file

    source = tmp_path / "p.waymark"
    create_project_file(sample_project(), source)
    out = tmp_path / "p.xlsx"
    assert main(["export", str(source), "--xlsx", str(out)]) == 0
    assert "Cards" in openpyxl.load_workbook(out).sheetnames
    assert main(["export", str(source), "--xlsx", str(tmp_path / "q.xlsx"), "--journey", "nope"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no journey" in err[0]
    assert not (tmp_path / "q.xlsx").exists()
    with pytest.raises(SystemExit) as exc:
        main(["export", str(source), "--xlsx", str(out), "--pdf", str(tmp_path / "r.pdf")])
    assert exc.value.code == 2
