"""The optional "Changes since NAME" page of a journey: what changed since one of its snapshots,
grouped by stage and lane, old → new (app/models/diff.py makes the diff).

A facilitator prints it to show a client what the workshop changed, so it reads as a list of
sentences under each stage, not as a table of ids.
"""

from __future__ import annotations

from app.exporters.common import date_text
from app.exporters.pdf import style as S
from app.exporters.pdf.other_pages import Flow
from app.i18n import translate
from app.models.diff import Action, Change, ChangeKind, JourneyDiff, compare_journeys
from app.models.entities import Journey, Snapshot
from app.models.snapshots import find_snapshot, snapshot_journey

SYMBOLS = {Action.ADDED: "+", Action.CHANGED: "~", Action.MOVED: "↔", Action.REMOVED: "−"}
MAX_VALUE = 300  # characters of an old or new value


def page_title(since: str) -> str:
    return translate("PdfChanges", "Changes since “{name}”").format(name=since)


def add_changes_page(c, paper, journey: Journey, since: str, bookmark: str) -> bool:
    """The page for ``journey`` when it has a snapshot named (or with the id) ``since``; False
    when it has none (a PDF of several journeys gets the page only for those that do)."""
    snapshot = find_snapshot(journey, since)
    if snapshot is None:
        return False
    c.addOutlineEntry(page_title(snapshot.name), bookmark, level=1)
    flow = Flow(c, paper, lambda: c.bookmarkPage(bookmark))
    changes_page(flow, journey, snapshot)
    c.showPage()
    return True


def _value(value: object) -> str:
    if value is None or value == "" or value == []:
        return translate("PdfChanges", "(none)")
    text = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "…"


def changes_page(flow: Flow, journey: Journey, snapshot: Snapshot) -> None:
    old = snapshot_journey(snapshot)
    diff = compare_journeys(old, journey)
    flow.text(page_title(snapshot.name), 16, True, gap=4)
    counts = diff.counts()
    taken = translate("PdfChanges", "{journey} · snapshot taken {date}").format(
        journey=journey.name, date=date_text(snapshot.taken_at[:10])
    )
    if snapshot.author:
        taken = translate("PdfChanges", "{taken} by {author}").format(taken=taken, author=snapshot.author)
    summary = translate("PdfChanges", "{added} added, {changed} changed, {removed} removed").format(
        added=counts[Action.ADDED],
        changed=counts[Action.CHANGED] + counts[Action.MOVED],
        removed=counts[Action.REMOVED],
    )
    flow.text(f"{taken} · {summary}", 9, colour=S.MUTED, gap=12)
    if not diff:
        flow.text(translate("PdfChanges", "Nothing changed since this snapshot."), 10, colour=S.MUTED)
        return
    grid = [ch for ch in diff.changes if ch.kind in (ChangeKind.STAGE, ChangeKind.LANE)]
    if grid:
        flow.text(translate("PdfChanges", "Stages and lanes"), 12, True, gap=4)
        for change in grid:
            _entry(flow, change, 8)
        flow.y -= 8
    _by_stage(flow, diff, old, journey)


def _by_stage(flow: Flow, diff: JourneyDiff, old: Journey, new: Journey) -> None:
    """Cards and emotion points under their stage, then their lane (removed ones where they were)."""
    groups: dict[str, dict[str, list[Change]]] = {}
    for change in diff.changes:
        if change.kind in (ChangeKind.CARD, ChangeKind.EMOTION) and change.stage and change.lane:
            groups.setdefault(change.stage, {}).setdefault(change.lane, []).append(change)
    stage_order = [s.id for s in new.stages] + [s.id for s in old.stages if new.stage(s.id) is None]
    lane_order = [ln.id for ln in new.lanes] + [ln.id for ln in old.lanes if new.lane(ln.id) is None]
    for stage_id in stage_order:
        lanes = groups.get(stage_id)
        if not lanes:
            continue
        stage = new.stage(stage_id) or old.stage(stage_id)
        title = stage.name if stage else stage_id
        if new.stage(stage_id) is None:
            title = translate("PdfChanges", "{stage} (removed)").format(stage=title)
        flow.need(40)
        flow.text(title, 12, True, gap=3)
        for lane_id in lane_order:
            changes = lanes.get(lane_id)
            if not changes:
                continue
            lane = new.lane(lane_id) or old.lane(lane_id)
            flow.text(lane.name if lane else lane_id, 10, True, indent=8, colour=S.MUTED, gap=2)
            for change in changes:
                _entry(flow, change, 16)
        flow.y -= 8


def _entry(flow: Flow, change: Change, indent: float) -> None:
    flow.text(f"{SYMBOLS[change.action]} {change.label}", 9.5, indent=indent, gap=1)
    if change.action is Action.CHANGED and change.field not in ("votes", "score"):
        line = translate("PdfChanges", "{old} → {new}").format(old=_value(change.old), new=_value(change.new))
        flow.text(line, 8.5, indent=indent + 12, colour=S.MUTED, gap=3)
    else:
        flow.y -= 2


def check_changes_since(journeys: list[Journey], since: str | None) -> None:
    """Refuse a name no selected journey has a snapshot of, naming the snapshots there are."""
    if not since or any(find_snapshot(j, since) is not None for j in journeys):
        return
    from app.models.errors import WaymarkError

    names = sorted({s.name for j in journeys for s in j.snapshots})
    raise WaymarkError(
        translate("PdfChanges", "no snapshot {name} to list changes since (snapshots: {names})").format(
            name=repr(since), names=", ".join(names) or translate("PdfChanges", "none")
        )
    )
