"""Feedback sentiment per stage, offline, with VADER (a lexicon and rules for ENGLISH only: text
in another language scores near 0 and says nothing; a rating column works in any language).

At most ``PER_STAGE`` texts per stage are scored, the same sample every run (measures.py picks
them by a hash of the row), so a huge log costs seconds, not minutes. A stage's sentiment is the
mean compound score (−1 … +1) of its texts; its most negative and most positive texts (when
below / above zero; the first in file order on a tie) become suggested Quote cards.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.models import limits as L

PER_STAGE = 1000
QUOTE_CHARS = min(400, L.MAX_CARD_TEXT)  # a quote card, not an essay


def score_stages(
    texts: Sequence[tuple[int, str]], stages: Sequence[str]
) -> tuple[dict[int, float], list[dict[str, Any]]]:
    """(mean compound per stage index, quotes as ObservedQuote dicts in stage order)."""
    if not texts:
        return {}, []
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # type: ignore[import-untyped]

    analyzer = SentimentIntensityAnalyzer()
    scored: dict[int, list[tuple[float, str]]] = {}
    seen: dict[str, float] = {}  # feedback repeats itself ("great"), scoring is 35 µs a text
    for k, text in texts:
        compound = seen.get(text)
        if compound is None:
            compound = seen[text] = float(analyzer.polarity_scores(text)["compound"])
        scored.setdefault(k, []).append((compound, text))
    means: dict[int, float] = {}
    quotes: list[dict[str, Any]] = []
    for k in sorted(scored):
        values = scored[k]
        means[k] = max(-1.0, min(1.0, sum(v for v, _ in values) / len(values)))
        worst = min(values, key=lambda v: v[0])
        best = max(values, key=lambda v: v[0])
        if worst[0] < 0:
            quotes.append({"stage": stages[k], "text": _clip(worst[1]), "score": worst[0]})
        if best[0] > 0:
            quotes.append({"stage": stages[k], "text": _clip(best[1]), "score": best[0]})
    return means, quotes


def _clip(text: str) -> str:
    text = " ".join(text.replace("\x00", "").split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"
