"""Opportunities become actions: the inspector's Action section and the card menu (one undo
step each), the board's badge, the PDF's cover line and Actions page, and the workbook's action
columns read back (with the fields the workbook does not carry kept)."""

from __future__ import annotations

import base64
import datetime as dt
import re
import struct
import subprocess
import zlib
from pathlib import Path

import openpyxl
import pytest

from app.document import commands as C
from app.exporters.pdf import PdfOptions, export_pdf
from app.exporters.xlsx import XlsxOptions, export_xlsx
from app.importers.xlsx import apply_changes, plan_workbook_import
from app.models import ownership as O
from app.models.entities import ActionState, CardAction, CardComment, JourneyStatus, Project
from app.models.library import sample_project
from app.models.refs import CardRef, JourneyRef
from app.views.board import context_menus
from app.views.board.action_badge import badge_text
from app.views.board.card_item import FooterPart
from app.views.board.view import BoardView
from app.views.inspector import Inspector
from app.views.journey_list import OVERDUE_MARK
from tests.pdf_words import page_words

JID = "buy-phone"
OPP = "op-buy-1"  # a card of the sample's opportunities lane
DOING = "do-search-1"
DAY = dt.date(2026, 6, 15)

needs_poppler = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="poppler-utils missing"
)


@pytest.fixture(autouse=True)
def fixed_today():
    O.set_clock(lambda: DAY)
    yield DAY
    O.set_clock(None)


@pytest.fixture
def view(doc, qtbot):
    board_view = BoardView(doc)
    qtbot.addWidget(board_view)
    board_view.resize(1400, 900)
    board_view.show_journey(JID)
    return board_view


@pytest.fixture
def inspector(doc, view, qtbot):
    widget = Inspector(doc, view)
    qtbot.addWidget(widget)
    widget.resize(320, 900)
    widget.show()
    return widget


def card(doc, cid=OPP):
    return doc.journey(JID).card(cid)


def doing_card_id(doc) -> str:
    journey = doc.journey(JID)
    lanes = {ln.id for ln in journey.lanes if ln.role == "actions"}
    return next(c.id for c in journey.cards if c.lane in lanes)


# -- model rules ------------------------------------------------------------------------------------


def test_an_action_is_overdue_after_its_due_date_unless_done():
    assert not O.action_overdue(None)
    assert not O.action_overdue(CardAction())
    late = CardAction(due="2026-06-14")
    assert O.action_overdue(late) and not O.action_overdue(late, dt.date(2026, 6, 14))
    assert not O.action_overdue(late.model_copy(update={"state": ActionState.DONE}))


def test_action_rows_go_by_state_then_due_date(sample_project):
    journey = sample_project.journey(JID)
    actions = {
        "op-search-1": CardAction(state=ActionState.DONE, due="2026-01-01"),
        "op-compare-1": CardAction(due="2026-09-01"),
        "op-store-1": CardAction(),
        "op-buy-1": CardAction(due="2026-03-01"),
        "op-buy-2": CardAction(state=ActionState.IN_PROGRESS),
    }
    cards = [c.model_copy(update={"action": actions.get(c.id)}) for c in journey.cards]
    rows = O.action_rows([journey.model_copy(update={"cards": cards})])
    assert [r.card.id for r in rows] == ["op-buy-1", "op-compare-1", "op-store-1", "op-buy-2", "op-search-1"]
    assert rows[0].stage == journey.stage("buy").name


# -- the inspector and the card menu -----------------------------------------------------------------


def test_make_edit_and_remove_an_action_in_the_inspector(doc, view, inspector):
    view.board.select_refs([CardRef(JID, OPP)])
    section = inspector.page_card.action_section
    assert section.isVisible() and section.make.isVisible() and not section.fields.isVisible()
    count = doc.undo_stack.count()
    section.make.click()
    assert card(doc).action == CardAction()
    assert doc.undo_stack.count() == count + 1
    assert section.fields.isVisible() and not section.make.isVisible()

    section.owner.setFocus()
    section.owner.setText("Dana")
    section.owner.textEdited.emit("Dana")
    section.due.check.setChecked(True)  # today's date to start from
    section.state.setCurrentIndex(section.state.findData(ActionState.IN_PROGRESS))
    assert card(doc).action == CardAction(owner="Dana", due="2026-06-15", state=ActionState.IN_PROGRESS)
    assert not section.overdue.isVisible()
    doc.push(C.Edit(doc, CardRef(JID, OPP), {"action": card(doc).action.model_copy(update={"due": "2026-06-01"})}))
    assert section.overdue.isVisible() and "2026-06-01" in section.overdue.text()

    section.remove.click()
    assert card(doc).action is None and section.make.isVisible()
    doc.undo_stack.undo()
    assert card(doc).action.owner == "Dana"
    while doc.undo_stack.index() > count:
        doc.undo_stack.undo()
    assert card(doc).action is None


def test_the_action_section_is_only_for_opportunities(doc, view, inspector):
    other = doing_card_id(doc)
    view.board.select_refs([CardRef(JID, other)])
    assert not inspector.page_card.action_section.isVisible()
    doc.push(C.Edit(doc, CardRef(JID, other), {"action": CardAction()}))  # an action already: shown
    assert inspector.page_card.action_section.isVisible()


def test_the_card_menu_makes_and_removes_an_action(doc, view):
    def texts(ref):
        return [a.text() for a in context_menus.build_menu(view, ref).actions()]

    ref = CardRef(JID, OPP)
    assert "Make &Action" in texts(ref)
    assert not any("Action" in t for t in texts(CardRef(JID, doing_card_id(doc))))
    entry = next(a for a in context_menus.build_menu(view, ref).actions() if a.text() == "Make &Action")
    entry.trigger()
    assert card(doc).action == CardAction() and doc.undo_stack.undoText() == "Make Action"
    entry = next(a for a in context_menus.build_menu(view, ref).actions() if a.text() == "Remove &Action")
    entry.trigger()
    assert card(doc).action is None
    doc.undo_stack.undo()
    assert card(doc).action is not None


def test_the_board_shows_an_action_badge_red_when_overdue(doc, view):
    ref = CardRef(JID, OPP)
    doc.push(C.Edit(doc, ref, {"action": CardAction(due="2026-06-01")}))
    item = view.board.refs[ref]
    item.lay_out()
    pills = [part for part in item._footer if part[0] is FooterPart.PILL and part[1].left() < 20]
    assert len(pills) == 1
    assert badge_text(card(doc).action) == "☐ 2026-06-01"
    assert pills[0][2].color().name().upper() == O.OVERDUE_COLOR
    doc.push(C.Edit(doc, ref, {"action": CardAction(due="2026-06-01", state=ActionState.DONE)}))
    item.lay_out()
    pill = next(part for part in item._footer if part[0] is FooterPart.PILL and part[1].left() < 20)
    assert pill[2].color().name().upper() != O.OVERDUE_COLOR
    assert badge_text(card(doc).action) == "☑ 2026-06-01"
    doc.push(C.Edit(doc, ref, {"action": None}))
    item.lay_out()
    assert not [part for part in item._footer if part[0] is FooterPart.PILL and part[1].left() < 20]


def test_the_overdue_mark_is_one_glyph():
    assert OVERDUE_MARK == "⚠"


# -- the PDF ----------------------------------------------------------------------------------------


def _with_actions(project: Project) -> Project:
    journey = project.journey(JID)
    actions = {
        "op-buy-1": CardAction(owner="Dana", due="2026-06-01"),  # overdue
        "op-learn-1": CardAction(owner="Kim", state=ActionState.DONE, due="2026-05-01"),
        "op-store-1": CardAction(state=ActionState.IN_PROGRESS),
    }
    cards = [c.model_copy(update={"action": actions.get(c.id, c.action)}) for c in journey.cards]
    new = journey.model_copy(
        update={
            "cards": cards,
            "owner": "Customer team",
            "status": JourneyStatus.LIVE,
            "review_by": "2026-06-01",
            "last_reviewed": "2026-01-10",
        }
    )
    return project.model_copy(update={"journeys": [new if j.id == JID else j for j in project.journeys]})


def _pages(pdf: Path) -> list[str]:
    count = int(
        re.search(
            r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        ).group(1)
    )
    return [
        subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), str(pdf), "-"], capture_output=True, text=True).stdout
        for i in range(1, count + 1)
    ]


@needs_poppler
def test_pdf_cover_shows_ownership_and_an_actions_page_lists_them(tmp_path):
    out = tmp_path / "actions.pdf"
    export_pdf(_with_actions(sample_project()), out, PdfOptions(journey_id=JID))
    pages = _pages(out)
    cover = " ".join(pages[0].split())
    assert "Status: Live · Owner: Customer team" in cover
    assert "Review by 2026-06-01 (overdue)" in cover and "Last reviewed 2026-01-10" in cover
    number = next(n for n, text in enumerate(pages, start=1) if text.lstrip().startswith("Actions"))
    words = [w[0] for w in page_words(out, number)]
    text = " ".join(words)
    for head in ("Journey", "Stage", "Card", "Owner", "Due", "State"):
        assert head in words
    assert "Dana" in words and "Kim" in words and "overdue" in words
    # open first, then in progress, then done
    assert text.index("Dana") < text.index("In progress") < text.index("Kim")


@needs_poppler
def test_pdf_has_no_actions_page_without_actions(tmp_path):
    out = tmp_path / "plain.pdf"
    export_pdf(sample_project(), out, PdfOptions(journey_id=JID))
    assert not any(text.lstrip().startswith("Actions") for text in _pages(out))
    cover = " ".join(_pages(out)[0].split())
    assert "Status: Draft" in cover


# -- the workbook ------------------------------------------------------------------------------------


def _cards_sheet(path: Path):
    wb = openpyxl.load_workbook(path)
    ws = wb["Cards"]
    header = [c.value for c in ws[1]]
    return wb, ws, header


def test_workbook_shows_actions_and_journey_ownership(tmp_path):
    out = tmp_path / "book.xlsx"
    export_xlsx(_with_actions(sample_project()), out, XlsxOptions(journey_id=JID))
    wb, ws, header = _cards_sheet(out)
    assert header[-3:] == ["action", "owner", "due"]
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True) if r[0]}
    action, owner, due = rows["op-buy-1"][-3:]
    assert (action, owner, due.date()) == ("Open", "Dana", dt.date(2026, 6, 1))
    assert rows["op-store-1"][-3] == "In progress" and rows["op-store-1"][-2] is None
    assert rows[DOING][-3:] == (None, None, None)
    guide = " ".join(str(c.value) for c in wb.worksheets[0]["A"] if c.value)
    assert "status Live · owner Customer team · review by 2026-06-01 (overdue)" in guide


def _png(side=8) -> str:
    raw = b"".join(b"\x00" + bytes((200, 80, 60)) * side for _ in range(side))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    return base64.b64encode(png).decode("ascii")


def _project_with_evidence() -> Project:
    """The actions, plus an image, a link and a comment on one card: fields no workbook carries."""
    project = _with_actions(sample_project())
    journey = project.journey(JID)
    extra = {
        "image": _png(),
        "links": ["https://example.org/research"],
        "comments": [CardComment(author="Kim", date="2026-06-01T09:00:00+00:00", text="Seen in three interviews")],
    }
    cards = [c.model_copy(update=extra) if c.id == "op-buy-1" else c for c in journey.cards]
    new = journey.model_copy(update={"cards": cards})
    return project.model_copy(update={"journeys": [new if j.id == JID else j for j in project.journeys]})


def test_workbook_round_trip_keeps_actions_evidence_and_ownership(tmp_path):
    project = _project_with_evidence()
    out = tmp_path / "book.xlsx"
    export_xlsx(project, out, XlsxOptions(journey_id=JID))
    plan = plan_workbook_import(project, out)
    assert plan.changes == [] and plan.problems == []
    wb, ws, header = _cards_sheet(out)  # a participant edits the actions
    col = {name: header.index(name) + 1 for name in ("action", "owner", "due")}
    rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    ws.cell(rows["op-buy-1"], col["action"]).value = "erledigt"  # German word, read in an English session
    ws.cell(rows["op-buy-1"], col["owner"]).value = "Robin"
    ws.cell(rows["op-search-1"], col["action"]).value = "open"
    ws.cell(rows["op-search-1"], col["due"]).value = "2026-07-01"
    ws.cell(rows["op-store-1"], col["action"]).value = None  # no longer an action
    ws.cell(rows["op-buy-1"], header.index("text") + 1).value = "One price everywhere"
    wb.save(out)
    plan = plan_workbook_import(project, out)
    assert plan.problems == []
    new = {j.id: j for j in apply_changes(project, plan.default_selection())}[JID]
    buy = new.card("op-buy-1")
    assert buy.text == "One price everywhere"
    assert buy.action == CardAction(owner="Robin", due="2026-06-01", state=ActionState.DONE)
    before = project.journey(JID).card("op-buy-1")
    assert (buy.image, buy.links, buy.comments) == (before.image, before.links, before.comments)  # not in the workbook
    assert buy.image and buy.links and buy.comments
    assert new.card("op-search-1").action == CardAction(due="2026-07-01")
    assert new.card("op-store-1").action is None
    assert (new.owner, new.status, new.review_by) == ("Customer team", JourneyStatus.LIVE, "2026-06-01")


def test_workbook_bad_action_values_are_clear_problems(tmp_path):
    project = _with_actions(sample_project())
    out = tmp_path / "book.xlsx"
    export_xlsx(project, out, XlsxOptions(journey_id=JID))
    wb, ws, header = _cards_sheet(out)
    col = {name: header.index(name) + 1 for name in ("action", "owner", "due")}
    rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    ws.cell(rows["op-buy-1"], col["action"]).value = "maybe"
    ws.cell(rows["op-store-1"], col["due"]).value = "next week"
    ws.cell(rows[DOING], col["action"]).value = "open"  # not an opportunity
    wb.save(out)
    plan = plan_workbook_import(project, out)
    messages = {p.cell: p.message for p in plan.problems}
    letter = openpyxl.utils.get_column_letter
    assert messages[f"Cards!{letter(col['action'])}{rows['op-buy-1']}"] == (
        '"maybe" is not an action state (open, in progress or done); the card keeps its action'
    )
    assert "is not a date like 2026-03-01" in messages[f"Cards!{letter(col['due'])}{rows['op-store-1']}"]
    assert "only cards of an opportunities lane" in messages[f"Cards!{letter(col['action'])}{rows[DOING]}"]
    new = {j.id: j for j in apply_changes(project, plan.default_selection())}.get(JID, project.journey(JID))
    assert new.card("op-buy-1").action == project.journey(JID).card("op-buy-1").action  # kept
    assert new.card(DOING).action is None


def test_pdf_and_board_share_the_state_words(doc):
    doc.push(C.Edit(doc, JourneyRef(JID), {"status": JourneyStatus.RESEARCHED}))
    assert O.status_word(doc.journey(JID).status) == "Researched"


def test_action_state_and_due_spellings_read_back():
    from app.importers.xlsx.action_cells import _read_due
    from app.importers.xlsx.words import action_state

    assert (
        action_state(" In Arbeit ") is ActionState.IN_PROGRESS
        and action_state("in_progress") is ActionState.IN_PROGRESS
    )
    assert action_state("DONE") is ActionState.DONE and action_state("Offen") is ActionState.OPEN
    assert action_state("later") is None
    assert _read_due("1.3.2026") == "2026-03-01" and _read_due("2026-03-01 00:00:00") == "2026-03-01"
    assert _read_due(dt.datetime(2026, 3, 1, 0, 0)) == "2026-03-01"
    assert _read_due("31.2.2026") is None and _read_due("soon") is None and _read_due(3.0) is None


@needs_poppler
def test_pdf_cover_with_many_journeys_stays_above_its_footer(tmp_path):
    project = sample_project()
    base = project.journey(JID)
    many = [base.model_copy(update={"id": f"j{n}", "name": f"Journey {n}"}) for n in range(30)]
    out = tmp_path / "many.pdf"
    export_pdf(project.model_copy(update={"journeys": many}), out, PdfOptions())
    cover = " ".join(_pages(out)[0].split())
    assert "… and" in cover and "more" in cover and "Journey 0" in cover and "Journey 29" not in cover
