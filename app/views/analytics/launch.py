"""The Analytics menu's commands for one window: each is a short chain of steps, the slow ones
on a worker thread (``LogTask``), the questions as window-modal dialogs opened with ``open()``
so the window never blocks and tests can answer them.

Analyse Event Log…: file → preview (worker) → ``ColumnsDialog`` → activity counts and the
suggested mapping (worker) → ``MappingDialog`` → analyse (worker, progress, Cancel) → a summary
with Apply → one undo step "Apply Analytics" → the panel. Refresh re-runs the saved source,
columns and mapping and applies only when the log's fingerprint changed. Nothing is written
before the last step; a ``LogError`` is one line in a message box.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from app.analytics import api
from app.analytics.analysis import fingerprint
from app.document.analytics_commands import accept_observed, apply_analytics, remove_analytics
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.analytics_values import DEFAULT_MEASURES, analysed_lanes
from app.models.entities import Journey, JourneyAnalytics, LaneKind, LogColumns, Measure
from app.models.errors import WaymarkError
from app.views.analytics.log_dialog import ColumnsDialog, choose_log
from app.views.analytics.mapping_dialog import MappingDialog
from app.views.analytics.observed_dialog import ObservedDialog, ordered_quotes, suggested_points
from app.views.analytics.summary import summary_text
from app.views.analytics.worker import LogTask

TITLE = QT_TRANSLATE_NOOP("AnalyticsLauncher", "Analyse Event Log")
PANEL_WIDTH = 420


@dataclass
class Plan:
    """What the steps of one analysis have gathered so far."""

    journey_id: str
    path: Path
    preview: api.LogPreview | None = None
    columns: LogColumns | None = None
    naive_zone: str = "UTC"
    split_at: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    proposed: dict[str, str] = field(default_factory=dict)
    result: api.AnalysisResult | None = None


def stages_of(journey: Journey) -> tuple[tuple[str, str], ...]:
    return tuple((s.id, s.name) for s in journey.stages)


def kept_measures(journey: Journey) -> tuple[Measure, ...]:
    """The measures a re-analysis refills: those already on the map, else the defaults."""
    lanes = [ln.measure for ln in analysed_lanes(journey) if ln.measure is not None]
    return tuple(lanes) or DEFAULT_MEASURES


class AnalyticsLauncher(QObject):
    """Owns the window's analytics dialogs and its one running log task."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.task: LogTask | None = None
        self.plan: Plan | None = None
        self.dialog: Any = None  # the question open now (tests answer it)
        self.last_message = ""  # the last thing said in a box or the status bar (tests read it)

    # -- what the commands act on ------------------------------------------------------------

    @property
    def doc(self) -> Any:
        return self.window.doc

    def journey(self) -> Journey | None:
        journey_id = self.window.view.journey_id
        return self.doc.journey(journey_id) if journey_id else None

    def _editable_journey(self, title: str, *, analysed: bool = False) -> Journey | None:
        journey = self.journey()
        if journey is None:
            self._say(title, translate("AnalyticsLauncher", "Show a journey on the board first."))
            return None
        if self.doc.read_only:
            self._say(
                title,
                translate("AnalyticsLauncher", "{title} is open read-only; analytics cannot be changed.").format(
                    title=self.doc.title
                ),
            )
            return None
        if analysed and journey.analytics is None:
            self._say(
                title,
                translate(
                    "AnalyticsLauncher", "{journey} has no analytics yet. Use Analytics ▸ Analyse Event Log… first."
                ).format(journey=journey.name),
            )
            return None
        if self.task is not None and self.task.running:
            self._say(
                title, translate("AnalyticsLauncher", "An event log is being read; wait for it or cancel it first.")
            )
            return None
        return journey

    def _say(self, title: str, text: str, *, error: bool = False) -> None:
        self.last_message = text
        box = QMessageBox.critical if error else QMessageBox.information
        box(self.window, title, text)

    def _status(self, text: str) -> None:
        self.last_message = text
        self.window.statusBar().showMessage(text, 8000)

    def _run(self, work: Callable[[api.Progress, api.Job], Any], label: str, done: Callable[[Any], None]) -> None:
        title = translate("AnalyticsLauncher", TITLE)
        task = self.task = LogTask(work, title, label, self.window)
        task.done.connect(done)
        task.failed.connect(
            lambda message: self._say(
                title,
                translate("AnalyticsLauncher", "{reason}\nNothing was changed.").format(reason=message),
                error=True,
            )
        )
        task.cancelled.connect(lambda: self._status(translate("AnalyticsLauncher", "Cancelled; nothing was changed.")))
        task.start()

    def _open(self, dialog: Any, accepted: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        dialog.open()

    def cancel_running(self) -> None:
        """The window is closing: a running task is stopped and reports to no one."""
        if self.task is not None and self.task.running:
            self.task.abandon()

    # -- Analyse Event Log… ------------------------------------------------------------------

    def analyse_log(self, path: Path | None = None) -> None:
        journey = self._editable_journey(translate("AnalyticsLauncher", TITLE))
        if journey is None:
            return
        if path is None:
            saved = journey.analytics.source.path if journey.analytics else ""
            folder = str(Path(saved).parent) if saved else str(self.doc.path.parent if self.doc.path else Path.home())
            path = choose_log(self.window, folder)
            if path is None:
                return
        plan = self.plan = Plan(journey.id, Path(path))
        self._run(
            lambda _progress, _job: api.preview_log(plan.path),
            translate("AnalyticsLauncher", "Reading {file}…").format(file=plan.path.name),
            self._previewed,
        )

    def _plan_journey(self) -> Journey | None:
        """The journey being analysed, unless it was deleted while a dialog was open."""
        plan = self.plan
        assert plan is not None
        journey = next((j for j in self.doc.project.journeys if j.id == plan.journey_id), None)
        if journey is None:
            self._say(
                translate("AnalyticsLauncher", TITLE),
                translate("AnalyticsLauncher", "The journey was deleted meanwhile; nothing was changed."),
            )
        return journey

    def _previewed(self, preview: api.LogPreview) -> None:
        plan = self.plan
        assert plan is not None
        plan.preview = preview
        journey = self._plan_journey()
        if journey is None:
            return
        saved = journey.analytics.source if journey.analytics else None
        same_columns = saved is not None and set(_named(saved.columns)) <= set(preview.columns)
        dialog = ColumnsDialog(
            preview,
            self.window,
            saved=saved.columns if saved is not None and same_columns else None,
            zone=saved.naive_zone if saved is not None else "UTC",
            split_at=journey.analytics.periods.split_at if journey.analytics and journey.analytics.periods else None,
        )
        self._open(dialog, lambda: self._columns_chosen(dialog))

    def _columns_chosen(self, dialog: ColumnsDialog) -> None:
        plan = self.plan
        assert plan is not None
        plan.columns, plan.naive_zone, plan.split_at = dialog.columns(), dialog.naive_zone(), dialog.split_at()
        journey = self._plan_journey()
        if journey is None:
            return
        stages = stages_of(journey)
        columns = plan.columns

        def work(_progress: api.Progress, job: api.Job) -> tuple[dict[str, int], dict[str, str]]:
            counts = api.activity_counts(plan.path, columns, job)
            return counts, api.suggest_mapping(list(counts), stages)

        self._run(work, translate("AnalyticsLauncher", "Counting the activities…"), self._counted)

    def _counted(self, found: tuple[dict[str, int], dict[str, str]]) -> None:
        plan = self.plan
        assert plan is not None
        plan.counts, suggested = found
        journey = self._plan_journey()
        if journey is None:
            return
        saved = journey.analytics.mapping if journey.analytics else {}
        plan.proposed = {**suggested, **{a: s for a, s in saved.items() if a in plan.counts}}
        cards = journey.analytics.card_mapping if journey.analytics else {}
        dialog = MappingDialog(journey, plan.counts, plan.proposed, self.window, cards=cards)
        self._open(dialog, lambda: self._mapped(dialog.mapping(), dialog.card_mapping()))

    def _mapped(self, mapping: Mapping[str, str], card_mapping: Mapping[str, str], *, ask: bool = True) -> None:
        plan = self.plan
        assert plan is not None and plan.columns is not None
        journey = self._plan_journey()
        if journey is None:
            return
        request = api.AnalysisRequest(
            path=plan.path,
            columns=plan.columns,
            stages=stages_of(journey),
            mapping=dict(mapping),
            card_mapping=dict(card_mapping),
            naive_zone=plan.naive_zone,
            split_at=plan.split_at,
        )

        def work(progress: api.Progress, job: api.Job) -> api.AnalysisResult:
            return api.analyse(request, progress, job)

        self._run(
            work,
            translate("AnalyticsLauncher", "Analysing {file}…").format(file=plan.path.name),
            self._analysed if ask else self._apply_result,
        )

    def _analysed(self, result: api.AnalysisResult) -> None:
        plan = self.plan
        assert plan is not None
        plan.result = result
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("AnalyticsLauncher", TITLE))
        box.setText(summary_text(result.analytics))
        extra = "\n".join(result.warnings)
        box.setInformativeText(
            (extra + "\n\n" if extra else "")
            + translate(
                "AnalyticsLauncher",
                "Apply adds the metric lanes and the flow lane and keeps the results in the project (one undo step).",
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Apply | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Apply)
        self.last_message = box.text()
        apply = box.button(QMessageBox.StandardButton.Apply)
        self._open(box, lambda: None)
        box.buttonClicked.connect(lambda button: self._apply_result(result) if button is apply else None)

    def _apply_result(self, result: api.AnalysisResult) -> None:
        plan = self.plan
        assert plan is not None
        self.apply(plan.journey_id, result.analytics)

    def apply(self, journey_id: str, analytics: JourneyAnalytics) -> bool:
        try:
            journey = self.doc.journey(journey_id)
            flow = journey.analytics is None or any(ln.kind == LaneKind.FLOW for ln in journey.lanes)
            self.doc.push(apply_analytics(self.doc, journey_id, analytics, kept_measures(journey), flow_lane=flow))
        except (WaymarkError, KeyError, LookupError, ValueError) as exc:
            self._say(
                translate("AnalyticsLauncher", TITLE),
                translate("AnalyticsLauncher", "The analytics were not applied: {reason}\nNothing was changed.").format(
                    reason=exc
                ),
                error=True,
            )
            return False
        self._status(
            translate("AnalyticsLauncher", "Analytics applied: {summary}").format(summary=summary_text(analytics))
        )
        self.show_panel()
        self.window.activateWindow()  # the keys go back to the board (no window manager does it on Xvfb)
        return True

    # -- Refresh, Mapping, Observed, Panel, Remove ---------------------------------------------

    def _saved_plan(self, journey: Journey, title: str) -> Plan | None:
        analytics = journey.analytics
        assert analytics is not None
        path = Path(analytics.source.path)
        if not path.is_file():
            self._say(
                title,
                translate(
                    "AnalyticsLauncher", "The log {path} is not there any more; the stored results are kept."
                ).format(path=path),
            )
            return None
        split_at = analytics.periods.split_at if analytics.periods else None
        source = analytics.source
        return Plan(journey.id, path, columns=source.columns, naive_zone=source.naive_zone, split_at=split_at)

    def refresh(self) -> None:
        title = translate("AnalyticsLauncher", "Refresh Analytics")
        journey = self._editable_journey(title, analysed=True)
        plan = self._saved_plan(journey, title) if journey is not None else None
        if journey is None or plan is None:
            return
        self.plan = plan
        stored = journey.analytics
        assert stored is not None
        request = api.AnalysisRequest(
            path=plan.path,
            columns=stored.source.columns,
            stages=stages_of(journey),
            mapping=dict(stored.mapping),
            card_mapping=dict(stored.card_mapping),
            naive_zone=stored.source.naive_zone,
            split_at=stored.periods.split_at if stored.periods else None,
        )

        def work(progress: api.Progress, job: api.Job) -> api.AnalysisResult | None:
            if fingerprint(plan.path) == stored.source.fingerprint:
                return None  # hashing the bytes is much cheaper than analysing them
            return api.analyse(request, progress, job)

        def done(result: api.AnalysisResult | None) -> None:
            if result is None or result.analytics.source.fingerprint == stored.source.fingerprint:
                self._say(
                    title,
                    translate("AnalyticsLauncher", "The log {file} has not changed since it was analysed.").format(
                        file=plan.path.name
                    ),
                )
                return
            self.apply(plan.journey_id, result.analytics)

        self._run(work, translate("AnalyticsLauncher", "Analysing {file}…").format(file=plan.path.name), done)

    def edit_mapping(self) -> None:
        title = translate("AnalyticsLauncher", "Edit Activity Mapping")
        journey = self._editable_journey(title, analysed=True)
        plan = self._saved_plan(journey, title) if journey is not None else None
        if journey is None or plan is None:
            return
        analytics = journey.analytics
        assert analytics is not None
        self.plan = plan
        counts = {**analytics.unmapped, **analytics.activities.counts}
        dialog = MappingDialog(journey, counts, analytics.mapping, self.window, cards=analytics.card_mapping)
        self._open(dialog, lambda: self._mapped(dialog.mapping(), dialog.card_mapping(), ask=False))

    def suggest_observed(self) -> None:
        title = translate("AnalyticsLauncher", "Suggest Observed Curve and Quotes")
        journey = self._editable_journey(title, analysed=True)
        if journey is None:
            return
        if not suggested_points(journey) and not ordered_quotes(journey):
            self._say(
                title,
                translate(
                    "AnalyticsLauncher",
                    "The analysed log has no feedback text or rating per stage. Choose a feedback or "
                    "rating column in Analyse Event Log… to suggest an observed curve.",
                ),
            )
            return
        dialog = ObservedDialog(self.doc.project, journey, self.window)
        journey_id = journey.id
        self._open(dialog, lambda: self._accept_observed(journey_id, dialog))

    def _accept_observed(self, journey_id: str, dialog: ObservedDialog) -> None:
        points, quotes = dialog.points(), dialog.quotes()
        if not points and not quotes:
            self._status(translate("AnalyticsLauncher", "Nothing was checked; nothing was changed."))
            return
        try:
            self.doc.push(accept_observed(self.doc, journey_id, dialog.persona_id(), points, quotes))
        except (WaymarkError, KeyError, LookupError, ValueError) as exc:
            self._say(
                translate("AnalyticsLauncher", "Suggest Observed Curve and Quotes"),
                translate("AnalyticsLauncher", "Not added: {reason}\nNothing was changed.").format(reason=exc),
                error=True,
            )
            return
        curve = (
            translate("AnalyticsLauncher", "Observed curve ({n} stage)")
            if len(points) == 1
            else translate("AnalyticsLauncher", "Observed curve ({n} stages)")
        ).format(n=len(points))
        said = (
            translate("AnalyticsLauncher", "{curve} and {n} quote added")
            if len(quotes) == 1
            else translate("AnalyticsLauncher", "{curve} and {n} quotes added")
        )
        self._status(said.format(curve=curve, n=len(quotes)))

    def show_panel(self) -> None:
        dock = self.window.analytics_dock
        first = not dock.isVisible()
        dock.show()
        dock.raise_()
        if first and dock.width() < PANEL_WIDTH:  # the funnel and the table need more than the inspector
            self.window.resizeDocks([dock], [PANEL_WIDTH], Qt.Orientation.Horizontal)

    def remove(self) -> None:
        title = translate("AnalyticsLauncher", "Remove Analytics")
        journey = self._editable_journey(title, analysed=True)
        if journey is None:
            return
        try:
            self.doc.push(remove_analytics(self.doc, journey.id))
        except (WaymarkError, KeyError, LookupError) as exc:
            self._say(
                title,
                translate("AnalyticsLauncher", "The analytics were not removed: {reason}\nNothing was changed.").format(
                    reason=exc
                ),
                error=True,
            )
            return
        self._status(
            translate("AnalyticsLauncher", "Analytics removed from {journey} (Edit ▸ Undo brings them back)").format(
                journey=journey.name
            )
        )


def _named(columns: LogColumns) -> list[str]:
    return [name for name in columns.model_dump().values() if name]
