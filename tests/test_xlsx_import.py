"""Workbook import: export → edit with openpyxl → import, through the merge and the real CLI."""

from __future__ import annotations

import json
import subprocess
import sys

import openpyxl
import pytest

from app.exporters.xlsx import XlsxOptions, export_xlsx, read_text
from app.importers.xlsx import apply_changes, plan_workbook_import
from app.models.entities import Project
from app.models.library import list_templates, load_template, sample_project
from app.models.project_file import read_project_file
from app.models.session import create_project_file
from tests.conftest import snapshot

FORMULA_LIKE = [
    "=SUM(A1)",
    "+1",
    "-x",
    "@y",
    "\tz",
    "\rz",
    '=HYPERLINK("http://x")',
    "a_x000D_b",
    "=cmd|' /C calc'!A0",
    "line\r\nbreaks\nand\ttabs",
]


def _waymark(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True, timeout=300, cwd=cwd
    )


def _import(project_file, book, *flags) -> dict:
    result = _waymark("import", project_file, book, *flags)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _export(project: Project, path, journey=None):
    export_xlsx(project, path, XlsxOptions(journey_id=journey))
    return path


def _plan(project, book):
    return plan_workbook_import(project, book)


def _counts(plan) -> tuple[int, int, int]:
    s = plan.summary()
    return s["added"], s["changed"], s["removed"]


def _card_rows(ws) -> dict[str, int]:
    """card id -> row number in the Cards sheet."""
    return {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value}


def _text_cell(cell, text):
    cell.value = text
    cell.data_type = "s"  # what a spreadsheet app stores for typed text, even text that starts with "="


def _two_journey_project() -> Project:
    data = snapshot(sample_project())
    second = json.loads(json.dumps(data["journeys"][0]))
    second["id"] = "second"
    second["name"] = "Second journey"
    for card in second["cards"]:
        card["id"] = "2-" + card["id"]
    data["journeys"].append(second)
    return Project.model_validate(data)


# -- round trips --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["sample", "two-journeys", "formula-like", "unicode"] + [f"template:{t}" for t, _ in list_templates()]
)
def test_export_then_import_changes_nothing(tmp_path, name):
    if name == "sample":
        project = sample_project()
    elif name == "two-journeys":
        project = _two_journey_project()
    elif name.startswith("template:"):
        project = load_template(name.split(":", 1)[1])
    else:
        data = snapshot(sample_project())
        texts = (
            FORMULA_LIKE
            if name == "formula-like"
            else ["中文 日本語 한국어", "עברית \u202eRTL", "emoji 👩‍👩‍👧 ok", "x" * 20_000, "  spaces  ", "a, b"]
        )
        for i, card in enumerate(data["journeys"][0]["cards"]):
            card["text"] = texts[i % len(texts)]
            card["tags"] = ["t, with comma", "=x"] if i % 3 == 0 else card.get("tags", [])
        project = Project.model_validate(data)
    plan = _plan(project, _export(project, tmp_path / "w.xlsx"))
    assert _counts(plan) == (0, 0, 0), [c.title for c in plan.changes][:5]
    assert plan.problems == []


def test_cli_round_trip_leaves_the_project_as_it_was(tmp_path):
    project = sample_project()
    path = tmp_path / "p.waymark"
    create_project_file(project, path)
    before = path.read_bytes()
    book = tmp_path / "w.xlsx"
    assert _waymark("export", path, "--xlsx", book).returncode == 0
    assert _import(path, book) == {"added": 0, "changed": 0, "removed": 0, "problems": []}
    assert path.read_bytes() == before  # nothing to apply: the file is not even rewritten
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.waymark", "w.xlsx"]


def test_formula_like_texts_come_back_as_the_same_text(tmp_path):
    data = snapshot(sample_project())
    for card, text in zip(data["journeys"][0]["cards"], FORMULA_LIKE, strict=False):
        card["text"] = text
    project = Project.model_validate(data)
    book = _export(project, tmp_path / "w.xlsx")
    wb = openpyxl.load_workbook(book)
    ws = wb["Cards"]
    for r in range(2, 2 + len(FORMULA_LIKE)):
        assert ws.cell(r, 5).data_type == "s"  # stored as text, never a formula
        assert read_text(ws.cell(r, 5).value) in FORMULA_LIKE
    # A participant adds formula-like texts (typed as text) in a new row: they arrive as text.
    row = ws.max_row + 1
    for col, value in zip("BCD", ("Buy a new phone", "Search", "Doing"), strict=False):
        ws[f"{col}{row}"] = value
    _text_cell(ws[f"E{row}"], "=1+1")
    wb.save(book)
    plan = _plan(project, book)
    assert _counts(plan) == (1, 0, 0)
    new = apply_changes(project, plan.default_selection())[0]
    assert new.cards[-1].text == "=1+1"
    for card, text in zip(new.cards, FORMULA_LIKE, strict=False):
        assert card.text == text


# -- merges ---------------------------------------------------------------------------------------


@pytest.fixture
def workshop(tmp_path):
    """A saved sample project, its workbook, and the workbook open for editing."""
    path = tmp_path / "p.waymark"
    create_project_file(sample_project(), path)
    book = tmp_path / "w.xlsx"
    assert _waymark("export", path, "--xlsx", book).returncode == 0
    return path, book, openpyxl.load_workbook(book)


def _card(project: Project, cid: str):
    return next((c for j in project.journeys for c in j.cards if c.id == cid), None)


def _reopen(path) -> Project:
    return read_project_file(path)[0]


def test_a_new_row_becomes_a_card_in_its_stage_and_lane(workshop):
    path, book, wb = workshop
    ws = wb["Cards"]
    row = ws.max_row + 1
    for col, value in zip(
        "BCDEIJ", ("Buy a new phone", "Buy", "Pain points", "Queue at the till", 4, "queue, till"), strict=False
    ):
        ws[f"{col}{row}"] = value
    wb.save(book)
    summary = _import(path, book)
    assert summary == {"added": 1, "changed": 0, "removed": 0, "problems": []}
    journey = _reopen(path).journeys[0]
    card = next(c for c in journey.cards if c.text == "Queue at the till")
    stage = next(s for s in journey.stages if s.id == card.stage)
    lane = next(ln for ln in journey.lanes if ln.id == card.lane)
    assert (stage.name, lane.name, card.text, card.votes, card.tags) == (
        "Buy",
        "Pain points",
        "Queue at the till",
        4,
        ["queue", "till"],
    )
    assert card.id not in {c.id for c in sample_project().journeys[0].cards}
    assert _import(path, book)["added"] == 0  # the same workbook again adds nothing


def test_a_changed_text_updates_the_card(workshop):
    path, book, wb = workshop
    ws = wb["Cards"]
    cid, row = next(iter(_card_rows(ws).items()))
    _text_cell(ws[f"E{row}"], "Rewritten in the workshop")
    wb.save(book)
    assert _import(path, book) == {"added": 0, "changed": 1, "removed": 0, "problems": []}
    assert _card(_reopen(path), cid).text == "Rewritten in the workshop"


def test_set_votes(workshop):
    path, book, wb = workshop
    ws = wb["Cards"]
    rows = _card_rows(ws)
    ids = list(rows)[:3]
    for n, cid in enumerate(ids, start=1):
        ws[f"I{rows[cid]}"] = n * 3
    wb.save(book)
    assert _import(path, book)["changed"] == 3
    project = _reopen(path)
    assert [_card(project, c).votes for c in ids] == [3, 6, 9]


def test_change_and_clear_scores(workshop):
    path, book, wb = workshop
    ws = wb["Emotions"]
    assert [ws.cell(2, c).value for c in (1, 2, 3)] == ["persona", "variant", "lane"]
    ws["D3"] = -2  # Anna, as-is, first stage
    ws["E3"] = None  # cleared
    wb.save(book)
    before = _reopen(path).journeys[0]
    summary = _import(path, book)
    assert summary == {"added": 0, "changed": 2, "removed": 0, "problems": []}
    after = _reopen(path).journeys[0]
    stages = [s.id for s in after.stages]
    points = {(p.stage, p.persona, p.variant): p for p in after.emotions}
    old = {(p.stage, p.persona, p.variant): p for p in before.emotions}
    first = (stages[0], "anna", "as_is")
    assert points[first].score == -2 and points[first].note == old[first].note  # the note is kept
    assert (stages[1], "anna", "as_is") not in points
    assert len(after.emotions) == len(before.emotions) - 1


def test_a_deleted_row_is_a_removal_applied_only_when_asked(workshop):
    path, book, wb = workshop
    ws = wb["Cards"]
    rows = _card_rows(ws)
    gone = list(rows)[4]
    ws.delete_rows(rows[gone])
    wb.save(book)
    assert _import(path, book, "--dry-run")["removed"] == 1
    assert _import(path, book)["removed"] == 1
    assert _card(_reopen(path), gone) is not None  # reported, not applied
    assert _import(path, book, "--apply-removals")["removed"] == 1
    assert _card(_reopen(path), gone) is None
    assert _import(path, book, "--apply-removals")["removed"] == 0


def test_an_unknown_or_ambiguous_name_is_reported_with_its_cell_and_skipped(workshop):
    path, book, wb = workshop
    ws = wb["Cards"]
    rows = _card_rows(ws)
    first, second = list(rows)[:2]
    ws[f"C{rows[first]}"] = "Nowhere"  # an existing card moved to an unknown stage
    ws[f"E{rows[second]}"] = "Still imported"  # another edit in the same workbook
    new_row = ws.max_row + 1
    for col, value in zip("BCDE", ("Buy a new phone", "Search", "No such lane", "lost?"), strict=False):
        ws[f"{col}{new_row}"] = value
    feel_row = new_row + 1
    for col, value in zip("BCDE", ("Buy a new phone", "Search", "Feeling", "a card in the emotion lane"), strict=False):
        ws[f"{col}{feel_row}"] = value
    wb.save(book)
    summary = _import(path, book, "--apply-removals")
    cells = {p["cell"]: p["message"] for p in summary["problems"]}
    assert set(cells) == {f"Cards!C{rows[first]}", f"Cards!D{new_row}", f"Cards!D{feel_row}"}
    assert 'no stage named "Nowhere"' in cells[f"Cards!C{rows[first]}"]
    assert 'no lane named "No such lane"' in cells[f"Cards!D{new_row}"]
    assert "emotion lane and holds no cards" in cells[f"Cards!D{feel_row}"]
    assert (summary["added"], summary["changed"], summary["removed"]) == (0, 1, 0)
    project = _reopen(path)
    assert _card(project, first) == _card(sample_project(), first)  # skipped, and not lost
    assert _card(project, second).text == "Still imported"


def test_a_name_shared_by_two_stages_is_ambiguous(tmp_path):
    data = snapshot(sample_project())
    data["journeys"][0]["stages"][1]["name"] = data["journeys"][0]["stages"][0]["name"]  # two "Search"
    project = Project.model_validate(data)
    book = _export(project, tmp_path / "w.xlsx")
    first = _plan(project, book)
    assert _counts(first) == (0, 0, 0) and first.problems == []  # ids and positions keep it exact
    wb = openpyxl.load_workbook(book)
    ws = wb["Cards"]
    row = ws.max_row + 1
    for col, value in zip("BCDE", ("Buy a new phone", "Search", "Doing", "which Search?"), strict=False):
        ws[f"{col}{row}"] = value
    wb.save(book)
    plan = _plan(project, book)
    assert _counts(plan) == (0, 0, 0)
    assert [(p.cell, "2 stages are named" in p.message) for p in plan.problems] == [(f"Cards!C{row}", True)]


def test_bad_field_values_are_reported_and_the_rest_of_the_row_applies(workshop):
    path, book, wb = workshop
    ws = wb["Cards"]
    cid, row = next(iter(_card_rows(ws).items()))
    ws[f"I{row}"] = "many"
    ws[f"K{row}"] = "pink"
    ws[f"H{row}"] = "rumour"
    _text_cell(ws[f"E{row}"], "New words")
    wb.save(book)
    summary = _import(path, book)
    assert sorted(p["cell"] for p in summary["problems"]) == [f"Cards!H{row}", f"Cards!I{row}", f"Cards!K{row}"]
    old, new = _card(sample_project(), cid), _card(_reopen(path), cid)
    assert new.text == "New words" and (new.votes, new.color, new.evidence) == (old.votes, old.color, old.evidence)


def test_moving_a_card_and_a_copied_row(workshop):
    path, book, wb = workshop
    ws = wb["Cards"]
    rows = _card_rows(ws)
    cid = list(rows)[0]
    ws[f"C{rows[cid]}"] = "Buy"
    copy = ws.max_row + 1
    for col in "ABCDEFGHIJK":
        ws[f"{col}{copy}"] = ws[f"{col}{rows[cid]}"].value
    _text_cell(ws[f"E{copy}"], "A copy with the same id")
    wb.save(book)
    summary = _import(path, book)
    assert (summary["added"], summary["changed"]) == (1, 1)
    journey = _reopen(path).journeys[0]
    buy = next(s.id for s in journey.stages if s.name == "Buy")
    copied = next(c for c in journey.cards if c.text == "A copy with the same id")
    assert copied.id != cid
    moved = next(c for c in journey.cards if c.id == cid)
    assert moved.stage == buy


def test_a_workbook_for_one_journey_removes_nothing_elsewhere(tmp_path):
    project = _two_journey_project()
    path = tmp_path / "p.waymark"
    create_project_file(project, path)
    book = _export(project, tmp_path / "w.xlsx", journey="second")
    plan = _plan(project, book)
    assert _counts(plan) == (0, 0, 0) and plan.journeys == ["second"]


def test_a_workbook_from_another_tool_without_ids(tmp_path):
    project = sample_project()
    path = tmp_path / "p.waymark"
    create_project_file(project, path)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sticky notes"
    ws.append(["Workshop export"])  # a title above the header is fine
    ws.append(["Stage", "Lane", "Card", "Votes"])
    ws.append(["search", "doing", "Reads reviews on the bus", 2])
    ws.append(["Buy", "Pain points", "Card declined twice", None])
    ws.append(["Nowhere", "Doing", "Lost", 1])
    wb.save(tmp_path / "other.xlsx")
    summary = _import(path, tmp_path / "other.xlsx", "--apply-removals")
    assert (summary["added"], summary["changed"], summary["removed"]) == (2, 0, 0)
    assert [p["cell"] for p in summary["problems"]] == ["Sticky notes!A5"]
    texts = [c.text for c in _reopen(path).journeys[0].cards]
    assert {"Reads reviews on the bus", "Card declined twice"} <= set(texts) and "Lost" not in texts
    again = _import(path, tmp_path / "other.xlsx")
    assert (again["added"], again["changed"], again["removed"]) == (0, 0, 0)


def test_a_new_curve_for_another_persona(tmp_path):
    data = snapshot(sample_project())
    data["personas"].append({"id": "zoe", "name": "Zoe"})
    data["journeys"][0]["persona_ids"].append("zoe")
    project = Project.model_validate(data)
    book = _export(project, tmp_path / "w.xlsx")
    wb = openpyxl.load_workbook(book)
    ws = wb["Emotions"]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Zoe")
    ws.cell(row, 4).value = 1.5
    ws.cell(row, 5).value = "-1"
    ws.cell(row, 6).value = 7
    wb.save(book)
    plan = _plan(project, book)
    assert _counts(plan) == (0, 2, 0)
    assert [p.cell for p in plan.problems] == [f"Emotions!F{row}"]
    journey = apply_changes(project, plan.default_selection())[0]
    zoe = sorted(p.score for p in journey.emotions if p.persona == "zoe")
    assert zoe == [-1.0, 1.5]


# -- in the app: one undo step ---------------------------------------------------------------


def test_import_is_one_undo_step(doc, tmp_path):
    from app.document.commands import ReplaceJourneys

    book = _export(doc.project, tmp_path / "w.xlsx")
    wb = openpyxl.load_workbook(book)
    ws = wb["Cards"]
    rows = _card_rows(ws)
    for cid in list(rows)[:5]:
        ws[f"I{rows[cid]}"] = 9
    ws.delete_rows(rows[list(rows)[6]])
    wb.save(book)
    before = snapshot(doc.project)
    plan = plan_workbook_import(doc.project, book)
    journeys = apply_changes(doc.project, plan.default_selection(apply_removals=True))
    doc.push(ReplaceJourneys(doc, journeys, "Import w.xlsx"))
    after = snapshot(doc.project)
    assert after != before and doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert snapshot(doc.project) == before
    doc.undo_stack.redo()
    assert snapshot(doc.project) == after
