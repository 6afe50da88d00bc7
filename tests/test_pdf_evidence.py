"""The PDF's evidence appendix: each card with an image, links or comments, with its picture,
clickable links and thread; and the evidence badges leave the map's text alone."""

from __future__ import annotations

import subprocess

import pytest

from app.exporters.pdf import PdfOptions, export_pdf
from app.models.entities import CardComment
from app.models.library import sample_project
from tests.pdf_words import page_words
from tests.test_pdf_export import _page_texts, _png, needs_poppler

COMMENTS = [
    CardComment(author="Ana Berg", date="2026-12-06T10:15:00+00:00", text="Seen in three interviews"),
    CardComment(author="Ben", date="2026-12-06T11:00:00+00:00", text="Reviews say the same"),
]


def _with_evidence():
    project = sample_project()
    journey = project.journeys[0]
    first, second = journey.cards[0], journey.cards[1]
    cards = list(journey.cards)
    cards[0] = first.model_copy(
        update={
            "image": _png(side=64),
            "links": ["https://example.com/checkout", "mailto:team@example.com"],
            "comments": COMMENTS,
        }
    )
    cards[1] = second.model_copy(update={"comments": COMMENTS[:1]})
    journey = journey.model_copy(update={"cards": cards})
    return project.model_copy(update={"journeys": [journey, *project.journeys[1:]]}), cards[0], cards[1]


@needs_poppler
def test_the_appendix_lists_cards_with_their_image_links_and_comments(tmp_path):
    project, rich, plain = _with_evidence()
    out = tmp_path / "out.pdf"
    export_pdf(project, out, PdfOptions())
    pages = _page_texts(out)
    last = pages[-1]
    assert "Appendix: evidence on cards" in last
    assert rich.text.split()[0] in last and plain.text.split()[0] in last
    assert "https://example.com/checkout" in last and "mailto:team@example.com" in last
    assert "Ana Berg · 2026-12-06" in last and "Seen in three interviews" in last
    assert last.index(rich.text.split()[0]) < last.index("https://example.com/checkout")
    images = subprocess.run(
        ["pdfimages", "-list", "-f", str(len(pages)), "-l", str(len(pages)), str(out)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()[2:]
    assert len([line for line in images if " image " in line]) == 1
    assert b"/URI (https://example.com/checkout)" in out.read_bytes()
    words = [w[0] for w in page_words(out, len(pages))]
    assert "Ben" in words


@needs_poppler
def test_no_appendix_without_evidence(tmp_path):
    out = tmp_path / "out.pdf"
    export_pdf(sample_project(), out, PdfOptions())
    assert not any("evidence on cards" in page for page in _page_texts(out))


@needs_poppler
@pytest.mark.parametrize("layout", ["poster", "tiled"])
def test_map_cards_with_evidence_keep_their_text(tmp_path, layout):
    project, rich, _plain = _with_evidence()
    out = tmp_path / "out.pdf"
    export_pdf(project, out, PdfOptions(layout=layout))
    map_text = "".join(_page_texts(out)[1:3]).split()
    assert rich.text.split()[0] in map_text
