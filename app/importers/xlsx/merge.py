"""Merging a workbook's rows into a project: what is added, changed, removed, and what is wrong.

Rules (README "Workshop workbooks" says the same to users):

- A Cards row with the id of a card in the project updates that card; its journey never changes.
- A row without a known id is a new card, placed by journey, stage and lane *name* — unless it
  repeats, word for word and in the same cell, a card the workbook has no row for (a workbook from
  another tool imported twice changes nothing the second time).
- A name that matches nothing, or several things, is a problem at that cell and the row is skipped.
  A bad value in another column (votes, colour, touchpoint…) is a problem at that cell and only
  that field keeps its old value.
- A card of a journey the workbook covers (a Waymark export lists them) with no row is a removal.
  A row that was skipped still counts as present: a problem never turns into a removal.
- "Emotions": a number in a curve row's stage column sets that score; an emptied cell clears it.
- action, owner, due: one field, the card's action (``action_cells.py``); an emptied action cell
  ends it. Fields no workbook carries (image, links, comments) and journey ownership are kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pydantic import ValidationError

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.importers.xlsx import cell_values as V
from app.importers.xlsx.action_cells import read_action
from app.importers.xlsx.cell_values import short as _short
from app.importers.xlsx.plan import Change, ChangeKind, FieldChange, ImportPlan, Problem
from app.importers.xlsx.reader import CardRow, Cell, CurveRow, EmotionBlock, TooLong, WorkbookData
from app.importers.xlsx.words import folded
from app.models import limits as L
from app.models import ownership as O
from app.models.entities import (
    CARD_LANE_KINDS,
    EVIDENCE,
    TOUCHPOINT_CATEGORIES,
    Card,
    CardAction,
    EmotionPoint,
    Journey,
    Lane,
    LaneKind,
    Project,
)
from app.models.ids import new_id
from app.models.workbook_format import NO_PERSONA, OLD_NO_PERSONA, VARIANT_LABELS, cell_text

NO_PERSONA_SPELLINGS = (
    "",
    *folded(NO_PERSONA),  # and how the other languages' exports write it ("Keine Persona")
    OLD_NO_PERSONA,
    "-",
    "–",
    "none",
    "(none)",
    "no persona",
)
VARIANTS = {
    "as-is": "as_is",
    "as is": "as_is",
    "as_is": "as_is",
    "asis": "as_is",
    "current": "as_is",
    "to-be": "to_be",
    "to be": "to_be",
    "to_be": "to_be",
    "tobe": "to_be",
    "observed": "observed",  # suggested from an event log's feedback (Analytics)
    "future": "to_be",
    "": "as_is",
    # how the other languages' exports write them ("Ist", "Soll")
    **{form: key for key, label in VARIANT_LABELS.items() for form in folded(label)},
}


# What a name that matches nothing, or several things, is told; whole sentences per kind of thing
# so each language can inflect it. "_IN": the journey the name was looked for in is named.
_NONE = {
    "journey": QT_TRANSLATE_NOOP("WorkbookImport", 'no journey named "{name}"'),
    "persona": QT_TRANSLATE_NOOP("WorkbookImport", 'no persona named "{name}"'),
}
_NONE_IN = {
    "stage": QT_TRANSLATE_NOOP("WorkbookImport", 'no stage named "{name}" in "{journey}"'),
    "lane": QT_TRANSLATE_NOOP("WorkbookImport", 'no lane named "{name}" in "{journey}"'),
    "emotion lane": QT_TRANSLATE_NOOP("WorkbookImport", 'no emotion lane named "{name}" in "{journey}"'),
}
_MANY = {
    "journey": QT_TRANSLATE_NOOP(
        "WorkbookImport", '{n} journeys are named "{name}"; rename one so the name says which'
    ),
    "persona": QT_TRANSLATE_NOOP(
        "WorkbookImport", '{n} personas are named "{name}"; rename one so the name says which'
    ),
}
_MANY_IN = {
    "stage": QT_TRANSLATE_NOOP(
        "WorkbookImport", '{n} stages are named "{name}" in "{journey}"; rename one so the name says which'
    ),
    "lane": QT_TRANSLATE_NOOP(
        "WorkbookImport", '{n} lanes are named "{name}" in "{journey}"; rename one so the name says which'
    ),
    "emotion lane": QT_TRANSLATE_NOOP(
        "WorkbookImport", '{n} emotion lanes are named "{name}" in "{journey}"; rename one so the name says which'
    ),
}


_HOLDS_NO_CARDS = {
    LaneKind.EMOTION: QT_TRANSLATE_NOOP(
        "WorkbookImport", 'the lane "{name}" is an emotion lane and holds no cards; the row is skipped'
    ),
    LaneKind.METRIC: QT_TRANSLATE_NOOP(
        "WorkbookImport", 'the lane "{name}" is a metric lane and holds no cards; the row is skipped'
    ),
    LaneKind.FLOW: QT_TRANSLATE_NOOP(
        "WorkbookImport", 'the lane "{name}" is a flow lane and holds no cards; the row is skipped'
    ),
}


class _Ambiguous(str):
    """A message saying several things have the name (the caller looks no further)."""


def _match(
    items: Iterable, name: str, what: str, journey: str = "", current: str | None = None
) -> tuple[object | None, str | None]:
    """The one item called ``name`` (exactly, else ignoring case and outer spaces), or a message.

    ``current`` is the id the row's card has now: a name it still carries means "unchanged", even
    when another item has the same name."""
    items = list(items)
    found = [i for i in items if i.name == name]
    if current is not None and any(i.id == current for i in found):
        return next(i for i in found if i.id == current), None
    if not found:
        key = name.strip().casefold()
        found = [i for i in items if i.name.strip().casefold() == key]
    if len(found) == 1:
        return found[0], None
    shown = _short(name, 60)
    if not found:
        text = translate("WorkbookImport", _NONE_IN[what] if journey else _NONE[what])
        return None, text.format(name=shown, journey=journey)
    text = translate("WorkbookImport", _MANY_IN[what] if journey else _MANY[what])
    return None, _Ambiguous(text.format(n=len(found), name=shown, journey=journey))


class _Planner:
    def __init__(self, project: Project, data: WorkbookData):
        self.project = project
        self.data = data
        self.plan = ImportPlan(workbook=data.name, journeys=[])
        self.taken_ids = {c.id for j in project.journeys for c in j.cards}
        self.card_home: dict[str, Journey] = {c.id: j for j in project.journeys for c in j.cards}
        self.card_by_id: dict[str, Card] = {c.id: c for j in project.journeys for c in j.cards}
        self.covered: list[Journey] = []

    def problem(self, cell: str, message: str) -> None:
        self.plan.problems.append(Problem(cell, message))

    # -- which journeys ------------------------------------------------------------------------

    def resolve_covered(self) -> None:
        ids = self.data.journey_ids
        if ids is None:
            return
        missing = [i for i in ids if self.project.journey(i) is None]
        self.covered = [self.project.journey(i) for i in ids if self.project.journey(i) is not None]
        self.plan.journeys = [j.id for j in self.covered]
        if missing and not self.covered:
            self.problem(
                "Lists",
                translate(
                    "WorkbookImport",
                    "the workbook was exported from another project: its rows are matched by journey, stage and lane names, and nothing is removed",
                ),
            )
        elif missing:
            self.problem(
                "Lists",
                translate(
                    "WorkbookImport",
                    "{count} journey(s) the workbook was exported from are no longer in this project; their rows are matched by name",
                ).format(count=len(missing)),
            )

    def journey_named(self, cell: Cell | None) -> tuple[Journey | None, str | None]:
        name = cell_text(cell.value) if cell else ""
        if not name.strip():
            pool = self.covered or self.project.journeys
            if len(pool) == 1:
                return pool[0], None
            return None, "no journey given, and the workbook has several; choose one in the journey column"
        for pool in (self.covered, self.project.journeys):
            found, message = _match(pool, name, "journey")
            if found is not None or isinstance(message, _Ambiguous):
                return found, message
        return None, translate("WorkbookImport", 'no journey named "{name}" in this project').format(
            name=_short(name, 60)
        )

    # -- Cards -----------------------------------------------------------------------------------

    def cards(self) -> None:
        rows = self.data.cards
        listed = {r.text("id").strip() for r in rows} - {""}
        seen: set[str] = set()
        # Cards the workbook has no row for, by cell and text: a row without an id may be one of them.
        unlisted: dict[tuple, list[Card]] = {}
        for journey in self.project.journeys:
            for card in journey.cards:
                if card.id not in listed:
                    unlisted.setdefault((journey.id, card.stage, card.lane, card.text), []).append(card)
        for row in rows:
            self.card_row(row, seen, unlisted)
        self.removals(seen)

    def card_row(self, row: CardRow, seen: set[str], unlisted: dict[tuple, list[Card]]) -> None:
        for cell in row.cells.values():
            if isinstance(cell.value, TooLong):
                self.problem(
                    cell.address,
                    translate(
                        "WorkbookImport",
                        "the cell holds {length} characters, more than a workbook cell can ({most}); the row is skipped",
                    ).format(length=f"{cell.value.length:,}", most=f"{L.MAX_WORKBOOK_CELL:,}"),
                )
                cid = row.text("id").strip()
                if cid:
                    seen.add(cid)
                return
        cid = row.text("id").strip()
        existing = None
        if cid and cid not in seen and cid in self.card_home:
            existing = self.card_home[cid]
        if cid:
            seen.add(cid)
        if existing is not None:
            journey = existing
            named, _ = self.journey_named(row.cells.get("journey")) if row.text("journey").strip() else (None, None)
            if named is not None and named.id != journey.id:
                self.problem(
                    row.address("journey"),
                    translate(
                        "WorkbookImport",
                        'this card belongs to the journey "{name}"; moving cards between journeys is not imported',
                    ).format(name=_short(journey.name)),
                )
        else:
            journey, message = self.journey_named(row.cells.get("journey"))
            if journey is None:
                self.problem(
                    row.address("journey") or row.address("text"),
                    translate("WorkbookImport", "{message}; the row is skipped").format(message=message),
                )
                return
        current = self.card_by_id[cid] if existing is not None else None
        stage, message = _match(
            journey.stages,
            row.text("stage"),
            "stage",
            _short(journey.name),
            current.stage if current else None,
        )
        if stage is None:
            self.problem(
                row.address("stage"),
                translate("WorkbookImport", "{message}; the row is skipped").format(message=message)
                if row.text("stage").strip()
                else translate("WorkbookImport", "no stage given; the row is skipped"),
            )
            return
        lane_name = row.text("lane")
        lane, message = _match(
            journey.lanes, lane_name, "lane", _short(journey.name), current.lane if current else None
        )
        if lane is None:
            self.problem(
                row.address("lane"),
                translate("WorkbookImport", "{message}; the row is skipped").format(message=message)
                if lane_name.strip()
                else translate("WorkbookImport", "no lane given; the row is skipped"),
            )
            return
        if lane.kind not in CARD_LANE_KINDS:
            self.problem(
                row.address("lane"),
                translate("WorkbookImport", _HOLDS_NO_CARDS[lane.kind]).format(name=_short(lane.name)),
            )
            return
        if existing is None and "text" in row.cells:
            text = row.text("text")
            twins = unlisted.get((journey.id, stage.id, lane.id, text))
            if twins:
                existing = journey
                cid = twins.pop(0).id
                seen.add(cid)
        if existing is not None:
            old = self.card_by_id[cid]
            self.changed_card(row, journey, old, stage, lane)
        else:
            self.new_card(row, journey, stage, lane)

    def fields(self, row: CardRow, base: dict, lane: Lane) -> dict:
        """The card's fields from the row's cells; a bad cell is a problem and keeps ``base``'s value."""
        values = dict(base)
        if "text" in row.cells:
            text = row.text("text")
            if "text" not in base or not _same_text(base["text"], row.cells["text"].value):
                values["text"] = text
        readers: dict[str, Callable[[Cell, object], object]] = {
            "channel": V.read_channel,
            "touchpoint": V.read_choice(TOUCHPOINT_CATEGORIES, "touchpoint"),
            "evidence": V.read_choice(EVIDENCE, "evidence"),
            "votes": V.read_votes,
            "tags": V.read_tags,
            "color": V.read_color,
        }
        for key, reader in readers.items():
            cell = row.cells.get(key)
            if cell is None:
                continue
            try:
                values[key] = reader(cell, base.get(key))
            except ValueError as exc:
                self.problem(
                    cell.address,
                    translate("WorkbookImport", "{exc}; the card keeps its {key}").format(
                        exc=exc, key=translate("Workbook", key)
                    )  # the column as its header says it
                    if "id" in base
                    else translate("WorkbookImport", "{exc}; the new card has none").format(exc=exc),
                )
        values["action"], problem = read_action(row, base.get("action"), lane)  # action, owner, due
        if problem is not None:
            self.problem(problem.address, problem.message)
        return values

    def new_card(self, row: CardRow, journey: Journey, stage, lane) -> None:
        values = self.fields(row, {"tags": []}, lane)
        if not values.get("text", "").strip():
            self.problem(row.address("text"), translate("WorkbookImport", "the row has no card text; it is skipped"))
            return
        cid = new_id("card", self.taken_ids)
        try:
            card = Card.model_validate({**values, "id": cid, "stage": stage.id, "lane": lane.id})
        except ValidationError as exc:
            self.problem(
                row.address("text"),
                translate("WorkbookImport", "{value}; the row is skipped").format(value=_first_error(exc)),
            )
            return
        self.taken_ids.add(cid)
        self.plan.changes.append(
            Change(
                ChangeKind.ADD,
                journey.id,
                row.address("text"),
                translate("WorkbookImport", 'New card "{text}" in {stage} · {lane}').format(
                    text=_short(card.text), stage=_short(stage.name, 30), lane=_short(lane.name, 30)
                ),
                tuple(
                    FieldChange(k, "", _show(getattr(card, k)))
                    for k in ("text", "votes", "tags", "channel", "touchpoint", "evidence", "color", "action")
                    if getattr(card, k) not in (None, "", 0, [])
                ),
                card=card,
            )
        )

    def changed_card(self, row: CardRow, journey: Journey, old: Card, stage, lane) -> None:
        values = self.fields(row, old.model_dump(), lane)
        values.update(stage=stage.id, lane=lane.id)
        try:
            card = Card.model_validate(values)
        except ValidationError as exc:
            self.problem(
                row.address("text"),
                translate("WorkbookImport", "{value}; the card is unchanged").format(value=_first_error(exc)),
            )
            return
        if card == old:
            return
        names = {s.id: s.name for s in journey.stages} | {ln.id: ln.name for ln in journey.lanes}
        diffs = []
        for key in ("text", "stage", "lane", "votes", "tags", "channel", "touchpoint", "evidence", "color", "action"):
            before, after = getattr(old, key), getattr(card, key)
            if before != after:
                if key in ("stage", "lane"):
                    before, after = names.get(before, before), names.get(after, after)
                diffs.append(FieldChange(key, _show(before), _show(after)))
        self.plan.changes.append(
            Change(
                ChangeKind.CHANGE,
                journey.id,
                row.address("text") or f"{self.data.cards_sheet}!{row.row}",
                translate("WorkbookImport", 'Card "{text}" in {stage} · {lane}').format(
                    text=_short(card.text or old.text), stage=_short(stage.name, 30), lane=_short(lane.name, 30)
                ),
                tuple(diffs),
                card=card,
            )
        )

    def removals(self, seen: set[str]) -> None:
        if self.data.cards_sheet is None:
            return
        for journey in self.covered:
            names = {s.id: s.name for s in journey.stages} | {ln.id: ln.name for ln in journey.lanes}
            for card in journey.cards:
                if card.id not in seen:
                    self.plan.changes.append(
                        Change(
                            ChangeKind.REMOVE,
                            journey.id,
                            "",
                            translate("WorkbookImport", 'Card "{text}" in {stage} · {lane} has no row').format(
                                text=_short(card.text),
                                stage=_short(names.get(card.stage, ""), 30),
                                lane=_short(names.get(card.lane, ""), 30),
                            ),
                            (FieldChange("text", _show(card.text), ""),),
                            card=card,
                        )
                    )

    # -- Emotions ------------------------------------------------------------------------------

    def emotions(self) -> None:
        done: set[tuple] = set()
        for block in self.data.emotions:
            journey, message = self.journey_named(block.title)
            if journey is None:
                self.problem(
                    block.title.address,
                    translate("WorkbookImport", "{message}; its curves are skipped").format(message=message),
                )
                continue
            stages = self.stage_columns(journey, block)
            for curve in block.curves:
                self.curve(journey, stages, curve, done)

    def stage_columns(self, journey: Journey, block: EmotionBlock) -> list:
        names = [cell_text(c.value) for c in block.stages]
        if names == [s.name for s in journey.stages]:
            return list(journey.stages)  # as exported: by position, even when two stages share a name
        stages = []
        for cell, name in zip(block.stages, names, strict=False):
            if not name.strip():
                stages.append(None)
                continue
            stage, message = _match(journey.stages, name, "stage", _short(journey.name))
            if stage is None:
                self.problem(
                    cell.address,
                    translate("WorkbookImport", "{message}; the scores in this column are skipped").format(
                        message=message
                    ),
                )
            stages.append(stage)
        return stages

    def curve(self, journey: Journey, stages: list, curve: CurveRow, done: set[tuple]) -> None:
        who = cell_text(curve.persona.value).strip()
        persona = None
        if who.casefold() not in NO_PERSONA_SPELLINGS:
            persona = self.project.persona(who)
            if persona is None:
                persona, message = _match(self.project.personas, who, "persona")
                if persona is None:
                    self.problem(
                        curve.persona.address,
                        translate("WorkbookImport", "{message}; the row is skipped").format(message=message),
                    )
                    return
        variant = VARIANTS.get(cell_text(curve.variant.value).strip().casefold())
        if variant is None:
            self.problem(
                curve.variant.address,
                translate("WorkbookImport", 'the variant is "as-is" or "to-be"; the row is skipped'),
            )
            return
        lanes = [ln for ln in journey.lanes if ln.kind == LaneKind.EMOTION]
        lane, message = _match(lanes, cell_text(curve.lane.value), "emotion lane", _short(journey.name))
        if lane is None:
            self.problem(
                curve.lane.address, translate("WorkbookImport", "{message}; the row is skipped").format(message=message)
            )
            return
        pid = persona.id if persona else None
        key = (journey.id, lane.id, pid, variant)
        if key in done:
            self.problem(
                curve.persona.address,
                translate("WorkbookImport", "this curve has a row already above; the row is skipped"),
            )
            return
        done.add(key)
        points = {p.key: p for p in journey.emotions}
        owner = persona.name if persona else translate("Workbook", "No persona")
        label = f"{owner} ({translate('Workbook', VARIANT_LABELS[variant])}), {_short(lane.name, 30)}"
        for cell, stage in zip(curve.scores, stages, strict=False):
            if stage is None:
                continue
            point_key = (lane.id, stage.id, pid, variant)
            old = points.get(point_key)
            try:
                score = V.read_score(cell.value)
            except ValueError as exc:
                self.problem(cell.address, translate("WorkbookImport", "{exc}; the score is unchanged").format(exc=exc))
                continue
            if score is None and old is None or (old is not None and score == old.score):
                continue
            new = (
                None
                if score is None
                else (
                    old.model_copy(update={"score": score})
                    if old
                    else EmotionPoint(lane=lane.id, stage=stage.id, score=score, persona=pid, variant=variant)
                )
            )
            self.plan.changes.append(
                Change(
                    ChangeKind.SCORE,
                    journey.id,
                    cell.address,
                    translate("WorkbookImport", "Score of {curve} at {stage}").format(
                        curve=label, stage=_short(stage.name, 30)
                    ),
                    (
                        FieldChange(
                            ChangeKind.SCORE, _show(old.score) if old else "", _show(score) if score is not None else ""
                        ),
                    ),
                    point_key=point_key,
                    point=new,
                )
            )


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _same_text(old: str, raw: object) -> bool:
    """Whether a cell still says ``old`` once the changes spreadsheet apps make on saving are
    forgiven: line endings turned into LF, and LibreOffice writing a literal ``_x000D_`` unescaped."""
    if not isinstance(raw, str):
        return old == cell_text(raw)
    decoded = cell_text(raw)
    return old == decoded or _lines(old) == _lines(decoded) or old == raw or _lines(old) == _lines(raw)


def _show(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(value)
    if isinstance(value, float):
        return f"{value:+g}" if value else "0"
    if isinstance(value, CardAction):
        return " · ".join(p for p in (O.state_word(value.state), value.owner, O.shown_date(value.due)) if p)
    return str(value)


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err.get("loc", ()))
    return f"{where}: {err.get('msg', 'invalid')}" if where else err.get("msg", "invalid")


def plan_import(project: Project, data: WorkbookData) -> ImportPlan:
    """Compare ``data`` with ``project`` (neither is modified) and list every change and problem."""
    planner = _Planner(project, data)
    for sheet, message in data.unread:
        planner.problem(sheet, message)
    planner.resolve_covered()
    planner.cards()
    planner.emotions()
    return planner.plan
