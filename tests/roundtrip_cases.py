"""FORMAT.md documents for round-trip tests, each already in canonical order."""

from __future__ import annotations

import json
from pathlib import Path

from app.models import limits as L

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample" / "phone-purchase.json"


def _skeleton(cards: list[dict], *, name: str = "Round trip", stages: int = 3) -> dict:
    return {
        "format": "waymark/1",
        "project": {"name": name, "description": "A project for round-trip tests"},
        "personas": [
            {
                "id": "p1",
                "name": "Ana",
                "role": "Buyer",
                "color": "#4F7FD8",
                "goals": ["g"],
                "needs": [],
                "frustrations": ["f"],
                "quote": "q",
            }
        ],
        "journeys": [
            {
                "id": "j1",
                "name": "Journey",
                "description": "",
                "persona_ids": ["p1"],
                "stages": [{"id": f"s{i}", "name": f"Stage {i}", "description": ""} for i in range(stages)],
                "lanes": [
                    {"id": "do", "name": "Doing", "kind": "cards", "role": "actions"},
                    {"id": "tp", "name": "Touchpoints", "kind": "touchpoints"},
                    {"id": "fe", "name": "Feeling", "kind": "emotion"},
                    {"id": "cv", "name": "Conversion", "kind": "metric", "unit": "%"},
                ],
                "cards": cards,
                "emotions": [
                    {"lane": "fe", "stage": "s0", "score": -1.5, "persona": "p1", "variant": "as_is", "note": "meh"}
                ],
                "metrics": [{"lane": "cv", "stage": "s1", "value": 42.5, "target": 50.0}],
                "lines": [{"after_lane": "tp", "kind": "visibility"}],
            }
        ],
    }


def _card(i: int, text: str, lane: str = "do", stage: str = "s0", **extra) -> dict:
    return {"id": f"c{i}", "lane": lane, "stage": stage, "text": text, "votes": 0, "tags": [], **extra}


UNICODE_TEXTS = [
    "Ünïcödé àccents — “quotes” and ‘apostrophes’",
    "Кириллица и ελληνικά",
    "emoji 📱✨👍🏽 and ZWJ 👩‍👩‍👧",
    "עברית מימין לשמאל",
    "العربية من اليمين إلى اليسار",
    "中文 日本語 한국어",
    "mixed \u202eRTL override\u202c text",
]
CONTROL_TEXTS = ["tab\tseparated\tcells", "line one\nline two\n\nline four", "crlf\r\nline", "\ttrailing\n"]
FORMULA_TEXTS = ["=SUM(A1:A9)", "+1 555 0100", "-minus first", "@mention", '=HYPERLINK("http://x")']


def cases() -> dict[str, dict]:
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))
    found = {"sample": sample}
    found["unicode"] = _skeleton(
        [_card(i, t, tags=["ünï", "标签"]) for i, t in enumerate(UNICODE_TEXTS)], name="Proyecto ünïcödé 📱 مشروع"
    )
    found["control"] = _skeleton([_card(i, t) for i, t in enumerate(CONTROL_TEXTS)])
    found["formula"] = _skeleton(
        [_card(i, t, lane="tp", channel="=cmd", touchpoint="external") for i, t in enumerate(FORMULA_TEXTS)]
    )
    found["long-card"] = _skeleton([_card(0, ("lorem ipsum 📱 " * 1000)[:10_000])])
    assert len(found["long-card"]["journeys"][0]["cards"][0]["text"]) == 10_000
    big = [
        _card(
            i,
            f"Card {i} — {UNICODE_TEXTS[i % len(UNICODE_TEXTS)]}",
            lane=("do", "tp")[(i // 2000) % 2],
            stage=f"s{(i // 100) % 10}",
            votes=i % 7,
            evidence=("observed", "assumed", "proposed")[i % 3],
            color="#FFE08A",
        )
        for i in range(10_000)
    ]
    # canonical order: by lane, then stage, keeping each cell's own order
    lane_ix = {"do": 0, "tp": 1}
    big.sort(key=lambda c: (lane_ix[c["lane"]], int(c["stage"][1:])))
    found["10k-cards"] = _skeleton(big, stages=10)
    assert len(big) == 10_000 <= L.MAX_CARDS
    return found
