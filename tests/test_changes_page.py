"""The PDF's "Changes since NAME" page: grouped by stage and lane, old → new, read back with
poppler (text, never bytes); only for journeys that have the snapshot; a name none has is refused."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.exporters.pdf import PdfOptions, export_pdf
from app.models.entities import Card
from app.models.errors import WaymarkError
from app.models.snapshots import take_snapshot
from tests.pdf_words import page_words

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="poppler-utils missing"
)
J = "buy-phone"


@pytest.fixture
def project(sample_project):
    journey = sample_project.journey(J)
    snap = take_snapshot(journey, name="Before workshop", author="Mia", now=datetime(2026, 3, 2, 10, tzinfo=UTC))
    cards = list(journey.cards)
    cards[0] = cards[0].model_copy(update={"text": "Searches for the best camera phone"})
    removed = cards.pop(1)
    cards.append(Card(id="fresh", lane=removed.lane, stage="buy", text="Asks about trade-in"))
    stages = [journey.stages[1], journey.stages[0], *journey.stages[2:]]
    edited = journey.model_copy(update={"cards": cards, "stages": stages, "snapshots": [snap]})
    return sample_project.model_copy(update={"journeys": [edited if j.id == J else j for j in sample_project.journeys]})


def _pages(pdf: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    return [
        subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True, text=True).stdout
        for n in range(1, count + 1)
    ]


def test_the_page_lists_the_changes_by_stage_and_lane(project, tmp_path):
    out = tmp_path / "changes.pdf"
    export_pdf(project, out, PdfOptions(journey_id=J, changes_since="Before workshop"))
    pages = _pages(out)
    (n,) = [i for i, text in enumerate(pages) if "Changes since “Before workshop”" in text]
    text = " ".join(pages[n].split())
    assert "snapshot taken 2026-03-02 by Mia" in text
    assert "1 added, 2 changed, 1 removed" in text
    assert "Stages and lanes" in text and "moved from" in text
    assert "~ Card “Searches 'best camera phone under 500'” text changed" in text
    assert "Searches 'best camera phone under 500' → Searches for the best camera phone" in text
    assert "+ Card “Asks about trade-in” added" in text
    assert "removed" in text
    words = " ".join(w[0] for w in page_words(out, n + 1))
    # grouped: a stage's name, then its lane's, then its cards
    assert "Search Doing ~ Card “Searches" in words
    assert "Buy Doing + Card “Asks about trade-in” added" in words


def test_no_page_without_the_option_or_for_journeys_without_the_snapshot(project, tmp_path):
    plain = tmp_path / "plain.pdf"
    export_pdf(project, plain, PdfOptions(journey_id=J))
    assert not any("Changes since" in text for text in _pages(plain))
    every = tmp_path / "every.pdf"
    export_pdf(project, every, PdfOptions(changes_since="Before workshop"))
    assert sum("Changes since" in text for text in _pages(every)) == 1  # only the journey with it


def test_an_unknown_snapshot_is_refused_naming_those_there_are(project, tmp_path):
    with pytest.raises(WaymarkError, match="no snapshot 'nope'.*Before workshop"):
        export_pdf(project, tmp_path / "x.pdf", PdfOptions(changes_since="nope"))
    assert not (tmp_path / "x.pdf").exists()


def test_nothing_changed_says_so(sample_project, tmp_path):
    journey = sample_project.journey(J)
    snap = take_snapshot(journey, name="Now")
    project = sample_project.model_copy(
        update={
            "journeys": [
                journey.model_copy(update={"snapshots": [snap]}) if j.id == J else j for j in sample_project.journeys
            ]
        }
    )
    out = tmp_path / "same.pdf"
    export_pdf(project, out, PdfOptions(journey_id=J, changes_since="Now"))
    assert any("Nothing changed since this snapshot." in text for text in _pages(out))


def test_the_export_dialog_offers_the_snapshots(qtbot, doc):
    from app.document import commands as C
    from app.models.refs import SnapshotRef
    from app.views.pdf_export_dialog import PdfExportDialog

    snap = take_snapshot(doc.journey(J), name="Before workshop")
    doc.push(C.Insert(doc, SnapshotRef(J, snap.id), snap))
    dialog = PdfExportDialog(doc, J, None)
    qtbot.addWidget(dialog)
    box = dialog.changes_box
    assert [box.itemText(n) for n in range(box.count())] == ["No changes page", "Before workshop"]
    assert dialog.options()["changes_since"] is None
    box.setCurrentIndex(1)
    assert dialog.options()["changes_since"] == "Before workshop"
