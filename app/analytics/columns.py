"""Which column is which, from the header names alone.

Names are compared in a normal form (lower case, runs of other characters as one ``_``). Each
role has a ranked list of names: the best rank any column reaches wins; two columns at that
rank are ambiguous, and a required role that nothing matches is missing. Either way the error
names the candidates and the flag that settles it (``--case`` …), so the user can choose.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from app.analytics.base import REQUIRED_ROLES, LogError, Role
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.entities import LogColumns

CTX = "AnalyticsColumns"

# Per role, tiers of names: earlier tiers win over later ones.
NAMES: dict[Role, tuple[tuple[str, ...], ...]] = {
    Role.CASE: (
        ("case", "case_id", "caseid", "case_concept_name", "case_key"),
        ("customer_id", "customer", "user_id", "userid", "user", "client_id", "visitor_id", "account_id"),
        ("session_id", "session", "journey_id", "order_id", "ticket_id", "id"),
    ),
    Role.ACTIVITY: (
        ("activity", "activity_name", "concept_name", "event_name"),
        ("event", "action", "step", "task", "event_type", "activity_id"),
    ),
    Role.TIME: (
        ("timestamp", "time_timestamp", "event_time", "time", "ts", "datetime"),
        ("date", "occurred_at", "created_at", "event_timestamp", "start_time", "when"),
    ),
    Role.CHANNEL: (("channel", "touchpoint"), ("medium", "device", "source", "org_resource")),
    Role.SEGMENT: (("segment", "persona", "customer_segment"), ("customer_type", "cohort", "group", "tier")),
    Role.VALUE: (("value", "amount", "revenue"), ("order_value", "price", "cost")),
    Role.FEEDBACK: (("feedback", "comment", "comments", "verbatim"), ("text", "review", "message", "note", "notes")),
    Role.RATING: (("rating", "csat", "nps", "score"), ("stars", "satisfaction")),
}
FLAGS: dict[Role, str] = {role: f"--{role.value}" for role in Role}
# The required roles as messages name them ("which column holds the case").
ROLE_WORDS: dict[Role, str] = {
    Role.CASE: QT_TRANSLATE_NOOP("AnalyticsColumns", "case"),
    Role.ACTIVITY: QT_TRANSLATE_NOOP("AnalyticsColumns", "activity"),
    Role.TIME: QT_TRANSLATE_NOOP("AnalyticsColumns", "time"),
}


def normal(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", name.lower()).strip("_")


def _candidates(role: Role, columns: Sequence[str]) -> list[str]:
    """The columns at the best tier any column reaches for ``role``."""
    for tier in NAMES[role]:
        found = [c for c in columns if normal(c) in tier]
        if found:
            return found
    return []


def detect_columns(columns: Sequence[str]) -> dict[Role, str]:
    """Roles found without doubt; a column takes one role at most (required roles first)."""
    found: dict[Role, str] = {}
    taken: set[str] = set()
    for role in Role:
        cands = [c for c in _candidates(role, [c for c in columns if c not in taken])]
        if len(cands) == 1:
            found[role] = cands[0]
            taken.add(cands[0])
    return found


def resolve_columns(columns: Sequence[str], chosen: Mapping[Role, str | None], log_name: str) -> LogColumns:
    """The columns to analyse: what the user chose, else what detection finds; else a LogError."""
    detected = detect_columns(columns)
    picked: dict[str, str | None] = {}
    for role in Role:
        want = chosen.get(role)
        if want is not None:
            if want not in columns:
                raise LogError(
                    translate("AnalyticsColumns", "{name} has no column {column} (its columns: {columns})").format(
                        name=log_name, column=repr(want), columns=_listing(columns)
                    )
                )
            picked[role.value] = want
            continue
        if role in detected:
            picked[role.value] = detected[role]
        elif role in REQUIRED_ROLES:
            cands = _candidates(role, columns)
            if len(cands) > 1:
                raise LogError(
                    translate(
                        "AnalyticsColumns", "which column holds the {role}: {columns}? choose one with {flag}"
                    ).format(role=translate(CTX, ROLE_WORDS[role]), columns=_listing(cands), flag=FLAGS[role])
                )
            raise LogError(
                translate(
                    "AnalyticsColumns", "found no {role} column in {name} (its columns: {columns}); name it with {flag}"
                ).format(
                    role=translate(CTX, ROLE_WORDS[role]), name=log_name, columns=_listing(columns), flag=FLAGS[role]
                )
            )
        else:
            picked[role.value] = None
    required = [picked[r.value] for r in REQUIRED_ROLES]
    if len(set(required)) < len(required):
        raise LogError(
            translate("AnalyticsColumns", "one column cannot be both case, activity and time: {columns}").format(
                columns=_listing([str(r) for r in required])
            )
        )
    return LogColumns.model_validate(picked)


def _listing(names: Sequence[str]) -> str:
    shown = ", ".join(repr(n) for n in names[:12])
    if len(names) <= 12:
        return shown
    return translate("AnalyticsColumns", "{names} and {n} more").format(names=shown, n=len(names) - 12)
