"""Timestamps: ISO 8601 with or without an offset, all normalised to UTC instants.

DuckDB parses them as ``TIMESTAMPTZ`` with the session's ``TimeZone`` set to the zone assumed
for naive times (default UTC; ICU is built in). Values never come back to Python as datetimes
(pytz is not installed): the SQL turns them into epoch microseconds (``epoch_us``) and, for the
report, into text with ``strftime``. An instant is shown in UTC as ``2026-03-01T09:00:00+00:00``.
"""

from __future__ import annotations

import re

from app.i18n import translate

# A time of day followed by Z or an offset: the value names its zone.
ZONE_PATTERN = r"\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*([zZ]|[+-]\d{2}(:?\d{2})?)$"
_ZONE = re.compile(ZONE_PATTERN)


def has_zone(text: str) -> bool:
    return _ZONE.search(text.strip()) is not None


def naive_note(zone: str) -> str:
    return translate("AnalyticsTimes", "times without a zone are read as {zone}").format(zone=zone)


def iso_sql(expr: str) -> str:
    """SQL turning epoch microseconds into the report's ISO text (UTC, seconds)."""
    return f"strftime(make_timestamp({expr}), '%Y-%m-%dT%H:%M:%S') || '+00:00'"
