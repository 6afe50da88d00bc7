"""Activities → stages, suggested by name: the user edits the table, this only starts it.

A score per (activity, stage) pair is the best of: the share of the activity's word stems found
among the stage's (token overlap, with a short list of synonyms a journey map uses: "pay" is
buying, "call" is support…) and ``difflib``'s ratio of the two names. An activity goes to the
stage with the best score if it reaches ``THRESHOLD``; ties go to the earlier stage. The rest
stay unmapped, and the report lists them with their counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

THRESHOLD = 0.5
# Words an activity uses for what a stage is called (stems, see _stem).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "search": ("search", "view", "ad", "discov", "aware", "brows", "find", "googl", "land", "visit"),
    "compar": ("compar", "plan", "consid", "option", "price", "research", "evalu", "shortlist"),
    "store": ("store", "shop", "walk", "branch", "appoint"),
    "buy": ("buy", "cart", "checkout", "paid", "pay", "order", "purchas", "bought", "basket"),
    "learn": ("learn", "activ", "setup", "set", "onboard", "tutori", "sim", "instal", "use", "start"),
    "support": ("support", "call", "help", "ticket", "complain", "chat", "contact", "return", "issu"),
    "review": ("review", "rate", "recommend", "refer", "share", "advoc", "survey", "nps"),
    "recommend": ("recommend", "refer", "share", "advoc", "rate"),
    "contact": ("contact", "call", "support", "help", "ticket", "chat"),
}


def _stem(word: str) -> str:
    for suffix in ("ation", "ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _tokens(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[0-9a-z]+", text.lower()) if w not in _STOP}


_STOP = {"the", "a", "an", "to", "of", "and", "in", "on", "it", "for", "with", "at", "up", "we", "our"}


def _stage_words(stage_id: str, name: str) -> set[str]:
    words = _tokens(name) | _tokens(stage_id.replace("-", " ").replace("_", " "))
    expanded = set(words)
    for w in words:
        expanded.update(SYNONYMS.get(w, ()))
    return expanded


def score(activity: str, stage_id: str, stage_name: str) -> float:
    words = _tokens(activity)
    overlap = len(words & _stage_words(stage_id, stage_name)) / len(words) if words else 0.0
    ratio = SequenceMatcher(None, activity.lower(), stage_name.lower()).ratio()
    return max(overlap, ratio)


def suggest(activities: Sequence[str], stages: Sequence[tuple[str, str]]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for activity in activities:
        best, best_score = None, 0.0
        for stage_id, name in stages:
            s = score(activity, stage_id, name)
            if s > best_score:
                best, best_score = stage_id, s
        if best is not None and best_score >= THRESHOLD:
            mapping[activity] = best
    return mapping
