"""The one sentence that sums up an analysis: "12,345 events, 3,456 cases, 1 Mar – 31 May 2026;
2 activities unmapped" — shown before Apply and at the top of the Analytics panel."""

from __future__ import annotations

from datetime import datetime

from app.models.entities import JourneyAnalytics

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _day(iso: str) -> datetime | None:
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        return None


def span_text(start: str | None, end: str | None) -> str:
    """ "1 Mar – 31 May 2026", "28 Dec 2025 – 3 Jan 2026", "5 Mar 2026" ("" when unknown)."""
    first, last = _day(start or ""), _day(end or "")
    if first is None or last is None:
        return ""
    tail = f"{last.day} {MONTHS[last.month - 1]} {last.year}"
    if first.date() == last.date():
        return tail
    head = f"{first.day} {MONTHS[first.month - 1]}" + ("" if first.year == last.year else f" {first.year}")
    return f"{head} – {tail}"


def plural(n: int, noun: str, nouns: str | None = None) -> str:
    return f"{n:,} {noun if n == 1 else nouns or noun + 's'}"


def summary_text(analytics: JourneyAnalytics) -> str:
    parts = [plural(analytics.events, "event"), plural(analytics.cases, "case")]
    span = span_text(analytics.start, analytics.end)
    if span:
        parts.append(span)
    text = ", ".join(parts)
    unmapped = len(analytics.unmapped)
    if unmapped:
        text += f"; {plural(unmapped, 'activity', 'activities')} unmapped"
    return text
