"""The one sentence that sums up an analysis: "12,345 events, 3,456 cases, 1 Mar – 31 May 2026;
2 activities unmapped" — shown before Apply and at the top of the Analytics panel."""

from __future__ import annotations

from datetime import datetime

from app.i18n import QT_TRANSLATE_NOOP, grouped, translate
from app.models.entities import JourneyAnalytics

MONTHS = (
    QT_TRANSLATE_NOOP("AnalyticsSummary", "Jan"),
    QT_TRANSLATE_NOOP("AnalyticsSummary", "Feb"),
    QT_TRANSLATE_NOOP("AnalyticsSummary", "Mar"),
    QT_TRANSLATE_NOOP("AnalyticsSummary", "Apr"),
    QT_TRANSLATE_NOOP("AnalyticsSummary", "May"),
    QT_TRANSLATE_NOOP("AnalyticsSummary", "Jun"),
    QT_TRANSLATE_NOOP("AnalyticsSummary", "Jul"),
    QT_TRANSLATE_NOOP("AnalyticsSummary", "Aug"),
    QT_TRANSLATE_NOOP("AnalyticsSummary", "Sep"),
    QT_TRANSLATE_NOOP("AnalyticsSummary", "Oct"),
    QT_TRANSLATE_NOOP("AnalyticsSummary", "Nov"),
    QT_TRANSLATE_NOOP("AnalyticsSummary", "Dec"),
)


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
    tail = translate("AnalyticsSummary", "{day} {month} {year}").format(
        day=last.day, month=_month(last), year=last.year
    )
    if first.date() == last.date():
        return tail
    if first.year == last.year:
        head = translate("AnalyticsSummary", "{day} {month}").format(day=first.day, month=_month(first))
    else:
        head = translate("AnalyticsSummary", "{day} {month} {year}").format(
            day=first.day, month=_month(first), year=first.year
        )
    return f"{head} – {tail}"


def _month(day: datetime) -> str:
    return translate("AnalyticsSummary", MONTHS[day.month - 1])


def plural(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (both translated, with an ``{n}``) for ``n``, grouped by thousands."""
    return (one if n == 1 else many).format(n=grouped(n))


def summary_text(analytics: JourneyAnalytics) -> str:
    parts = [
        plural(
            analytics.events, translate("AnalyticsSummary", "{n} event"), translate("AnalyticsSummary", "{n} events")
        ),
        plural(analytics.cases, translate("AnalyticsSummary", "{n} case"), translate("AnalyticsSummary", "{n} cases")),
    ]
    span = span_text(analytics.start, analytics.end)
    if span:
        parts.append(span)
    text = ", ".join(parts)
    unmapped = len(analytics.unmapped)
    if unmapped:
        text += plural(
            unmapped,
            translate("AnalyticsSummary", "; {n} activity unmapped"),
            translate("AnalyticsSummary", "; {n} activities unmapped"),
        )
    return text
