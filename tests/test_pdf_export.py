"""The PDF exporter: structure, text, fonts and outline, checked with poppler and qpdf (no bytes compared)."""

from __future__ import annotations

import base64
import re
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

import app.exporters
from app.exporters.pdf import ExportCancelled, PdfOptions, export_pdf
from app.models.entities import Project
from app.models.errors import WaymarkError
from app.models.library import sample_project

needs_poppler = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="poppler-utils missing"
)


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _squash(text: str) -> str:
    """No whitespace and no soft hyphen: a wrapped card reads the same as the original."""
    return re.sub(r"\s+", "", text)


def _page_texts(pdf: Path) -> list[str]:
    pages = int(re.search(r"Pages:\s+(\d+)", _run("pdfinfo", str(pdf))).group(1))
    return [_run("pdftotext", "-f", str(i), "-l", str(i), str(pdf), "-") for i in range(1, pages + 1)]


def _png(colour=(200, 80, 60), side=16) -> str:
    raw = b"".join(b"\x00" + bytes(colour) * side for _ in range(side))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    data = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    return base64.b64encode(data).decode()


UNICODE_TEXTS = [
    "Crème brûlée à la carte — déjà vu, naïve façade, Ærøskøbing",
    "Покупка телефона: клиент сравнивает цены и ждёт ответа поддержки",
    "Ο πελάτης συγκρίνει τιμές — γρήγορη εξυπηρέτηση",
    "Zażółć gęślą jaźń · Příliš žluťoučký kůň · Şişli İstanbul",
    "Ein sehr langer Kartentext " * 60,
]


def _project(
    stages: int = 4,
    cards_per_cell: int = 1,
    texts: list[str] | None = None,
    name: str = "Pröject Ω",
    extra_cards: list[str] | None = None,
) -> Project:
    texts = texts or ["Card text"]
    lanes = [
        {"id": "do", "name": "Doing", "kind": "cards", "role": "actions"},
        {"id": "feel", "name": "Feeling", "kind": "emotion"},
        {"id": "tp", "name": "Touchpoints", "kind": "touchpoints"},
        {"id": "pain", "name": "Pain points", "kind": "cards", "role": "pain_points"},
        {"id": "opp", "name": "Opportunities", "kind": "cards", "role": "opportunities"},
        {"id": "conv", "name": "Conversion", "kind": "metric", "unit": "%"},
    ]
    stage_list = [{"id": f"s{i}", "name": f"Stage {i}"} for i in range(stages)]
    cards, n = [], 0
    for s in stage_list:
        for lane in ("do", "tp", "pain", "opp"):
            for _ in range(cards_per_cell):
                card = {
                    "id": f"c{n}",
                    "lane": lane,
                    "stage": s["id"],
                    "text": f"{texts[n % len(texts)]} #{n}",
                    "votes": n % 7,
                    "evidence": "observed",
                }
                if lane == "tp":
                    card.update(channel="web", touchpoint="external")
                cards.append(card)
                n += 1
    for text in extra_cards or []:
        cards.append({"id": f"c{n}", "lane": "do", "stage": "s0", "text": text})
        n += 1
    data = {
        "format": "waymark/1",
        "project": {"name": name, "description": "Ünïcödé test"},
        "personas": [
            {"id": "p1", "name": "Анна Берг", "role": "Buyer", "goals": ["Κάμερα"], "quote": "Déjà vu", "photo": _png()}
        ],
        "journeys": [
            {
                "id": "j1",
                "name": "Journey Ж",
                "persona_ids": ["p1"],
                "stages": stage_list,
                "lanes": lanes,
                "cards": cards,
                "emotions": [
                    {"lane": "feel", "stage": s["id"], "score": float((i % 5) - 2), "persona": "p1"}
                    for i, s in enumerate(stage_list)
                ],
                "metrics": [{"lane": "conv", "stage": s["id"], "value": 50.0, "target": 60.0} for s in stage_list],
                "lines": [{"after_lane": "tp", "kind": "visibility"}],
            }
        ],
    }
    return Project.model_validate(data)


def _card_texts(project: Project) -> list[str]:
    return [c.text for j in project.journeys for c in j.cards]


@needs_poppler
@pytest.mark.parametrize("which", ["sample", "unicode"])
@pytest.mark.parametrize("layout", ["poster", "tiled"])
def test_every_card_text_fonts_embedded_valid_and_titled(tmp_path, which, layout):
    project = sample_project() if which == "sample" else _project(texts=UNICODE_TEXTS)
    out = tmp_path / "out.pdf"
    export_pdf(project, out, PdfOptions(layout=layout))
    text = _squash(_run("pdftotext", str(out), "-"))
    missing = [t for t in _card_texts(project) if _squash(t) not in text]
    assert not missing, missing[:3]
    fonts = _run("pdffonts", str(out)).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True).returncode == 0
    info = _run("pdfinfo", str(out))
    assert re.search(rf"Title:\s+{re.escape(project.info.name)}", info)
    assert re.search(r"Creator:\s+Waymark \d", info)


@needs_poppler
def test_long_card_is_cut_with_a_note_and_given_in_full_in_the_appendix(tmp_path):
    long_text = "Lorem ipsum dolor sit amet " * 80 + "THE-END"
    project = _project(stages=2, extra_cards=[long_text])
    out = tmp_path / "out.pdf"
    export_pdf(project, out, PdfOptions())
    pages = _page_texts(out)
    assert "THE-END" not in pages[1]  # the map page shows the cut card
    assert "… [1]" in pages[1]
    assert "Appendix" in pages[-1] and "THE-END" in pages[-1]


@needs_poppler
def test_cjk_and_rtl_text_do_not_crash(tmp_path):
    project = _project(texts=["购买手机 价格比较", "スマートフォンを買う", "휴대폰 구매", "שלום עולם", "مرحبا بالعالم"])
    out = tmp_path / "out.pdf"
    export_pdf(project, out, PdfOptions())
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True).returncode == 0
    assert "DejaVuSans" in _run("pdffonts", str(out))
    from app.exporters.pdf import fonts as F

    if F.system_cjk():  # a system CJK font is embedded under its own face name
        assert len(_run("pdffonts", str(out)).splitlines()[2:]) >= 3
    else:  # poppler without poppler-data cannot list the (unembedded) CID fonts
        assert b"STSong-Light" in out.read_bytes()


@needs_poppler
def test_tiled_a4_forty_stages_has_every_card_headers_and_grid_labels(tmp_path):
    project = _project(stages=40, cards_per_cell=2)
    out = tmp_path / "tiled.pdf"
    export_pdf(project, out, PdfOptions(layout="tiled", paper="A4"))
    pages = _page_texts(out)
    tiles = [p for p in pages if re.search(r"Tile [A-Z]+\d+", p)]
    assert len(tiles) > 10
    labels = [re.search(r"Tile ([A-Z]+\d+)", p).group(1) for p in tiles]
    assert len(set(labels)) == len(labels) and "A1" in labels and "B1" in labels
    for page in tiles:
        assert re.search(r"Stage \d+", page), page[:200]  # stage headers
        assert any(
            name in page for name in ("Doing", "Feeling", "Touchpoints", "Pain points", "Opportunities", "Conversion")
        )  # lane headers
    joined = _squash("".join(tiles))
    cards = _card_texts(project)
    assert all(_squash(t) + "" in joined for t in cards)
    occurrences = sum(joined.count(_squash(t) + "") for t in {"Card text"})
    assert occurrences > len(cards)  # overlapping tiles repeat cards along their edges


def _outline_titles(pdf: Path) -> list[str]:
    import json

    data = json.loads(_run("qpdf", "--json", "--json-key=outlines", str(pdf)))
    titles: list[str] = []

    def walk(items):
        for item in items:
            titles.append(item["title"])
            walk(item.get("kids", []))

    walk(data["outlines"])
    return titles


@needs_poppler
def test_outline_has_an_entry_per_journey_and_section(tmp_path):
    project = sample_project()
    out = tmp_path / "out.pdf"
    export_pdf(project, out, PdfOptions())
    titles = _outline_titles(out)
    assert "Cover" in titles
    for journey in project.journeys:
        assert journey.name in titles
    for section in ("Map", "Pain points and opportunities", "Metrics"):
        assert titles.count(section) == len(project.journeys)


def test_ten_thousand_cards_export_and_report_progress(tmp_path):
    project = _project(stages=50, cards_per_cell=50)  # 50 stages × 4 lanes × 50 = 10,000 cards
    assert len(project.journeys[0].cards) == 10_000
    seen: list[tuple[int, int, str]] = []
    out = tmp_path / "big.pdf"
    export_pdf(project, out, PdfOptions(), progress=lambda d, t, w: seen.append((d, t, w)))
    assert out.stat().st_size > 0
    assert len(seen) > 20
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _t, _w in seen] == sorted(d for d, _t, _w in seen)


def test_cancelling_leaves_no_file(tmp_path):
    project = _project(stages=10, cards_per_cell=20)
    out = tmp_path / "cancelled.pdf"
    calls = []
    with pytest.raises(ExportCancelled):
        export_pdf(project, out, PdfOptions(), cancelled=lambda: calls.append(1) or len(calls) > 2)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_unknown_journey_and_options_are_clear_errors(tmp_path):
    with pytest.raises(WaymarkError, match="no journey"):
        export_pdf(sample_project(), tmp_path / "x.pdf", PdfOptions(journey_id="nope"))
    with pytest.raises(WaymarkError, match="paper"):
        export_pdf(sample_project(), tmp_path / "x.pdf", PdfOptions(paper="B5"))
    assert list(tmp_path.iterdir()) == []


def test_exporters_import_no_qt_at_all():
    import pkgutil

    names = [f"app.exporters.pdf.{m.name}" for m in pkgutil.iter_modules(app.exporters.pdf.__path__)]
    code = (
        "import sys, importlib\n"
        f"for name in {['app.exporters', 'app.exporters.pdf', *names]!r}: importlib.import_module(name)\n"
        "print([n for n in sys.modules if n.startswith('PySide6')])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_cli_exports_pdf_and_reports_errors_in_one_line(tmp_path, capsys):
    from app.cli import main
    from app.models.session import create_project_file

    source = tmp_path / "p.waymark"
    create_project_file(sample_project(), source)
    out = tmp_path / "p.pdf"
    assert (
        main(
            [
                "export",
                str(source),
                "--pdf",
                str(out),
                "--layout",
                "tiled",
                "--paper",
                "A3",
                "--orientation",
                "portrait",
            ]
        )
        == 0
    )
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["export", str(source), "--pdf", str(tmp_path / "q.pdf"), "--journey", "nope"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no journey" in err[0]


@needs_poppler
def test_cjk_text_is_found_and_embedded_with_a_system_cjk_font(tmp_path):
    """With a system CJK font (scripts/test installs WenQuanYi Zen Hei) CJK is embedded and
    searchable like any other text; without one the built-in CID fonts are only referenced."""
    from app.exporters.pdf import fonts as F

    F.register_fonts()
    if not F.system_cjk():
        pytest.skip("no system CJK font installed")
    texts = ["购买手机 价格比较", "スマートフォンを買う", "휴대폰 구매"]
    project = _project(texts=texts)
    out = tmp_path / "out.pdf"
    export_pdf(project, out, PdfOptions())
    text = _squash(_run("pdftotext", str(out), "-"))
    assert [t for t in texts if _squash(t) not in text] == []
    fonts = _run("pdffonts", str(out)).splitlines()[2:]
    assert all(line.split()[-5] == "yes" for line in fonts), fonts
