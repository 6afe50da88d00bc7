"""The workshop and analytics views in German: the menus with their own mnemonics, the
dialogs, banner, timer, presenter view and panels looked up when shown, and German words in
what they compute (the analysis summary, a column problem, the votes left).

A text still equal to an English source of the workshop catalogue whose German differs was
not looked up when the widget was made: the walk below names each such widget text.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTabWidget,
    QWidget,
)

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

import translations  # noqa: E402

CATALOGUE = translations.CATALOGUES / "de" / "workshop.ts"
JID = "buy-phone"


def english_sources() -> set[str]:
    """The English sources of the workshop area whose German differs (a text shown as one of
    these was not translated)."""
    found = set()
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        source, german = message.findtext("source") or "", message.findtext("translation") or ""
        if german and german != source:
            found.add(source)
    return found


@pytest.fixture
def window(german, qtbot, doc):
    from app.views.main_window import MainWindow

    win = MainWindow(doc)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.select_journey(JID)
    yield win
    win.doc.undo_stack.setClean()  # no "save changes?" on close


def shown_texts(widget: QWidget) -> Iterable[tuple[str, str]]:
    """(where, text) of everything a person reads on ``widget`` and its children."""
    for w in [widget, *widget.findChildren(QWidget)]:
        where = f"{type(w).__name__} {w.objectName()}".strip()
        if w.isWindow():
            yield where + " title", w.windowTitle()
        yield where + " tip", w.toolTip()
        yield where + " name", w.accessibleName()
        if isinstance(w, QLabel):
            yield where, w.text()
        if isinstance(w, QAbstractButton):
            box = w.parentWidget()
            standard = (
                isinstance(box, QDialogButtonBox) and box.standardButton(w) != QDialogButtonBox.StandardButton.NoButton
            )
            if not standard:  # OK, Cancel, Close: Qt's own catalogue
                yield where, w.text()
        if isinstance(w, QGroupBox):
            yield where, w.title()
        if isinstance(w, QLineEdit):
            yield where + " placeholder", w.placeholderText()
        if isinstance(w, QComboBox):
            for n in range(w.count()):
                yield where + " item", w.itemText(n)
        if isinstance(w, QTabWidget):
            for n in range(w.count()):
                yield where + " tab", w.tabText(n)
                yield where + " tab tip", w.tabToolTip(n)
        if isinstance(w, QTableWidget):
            for n in range(w.columnCount()):
                item = w.horizontalHeaderItem(n)
                if item is not None:
                    yield where + " header", item.text()
        for action in w.actions():
            yield where + " action", action.text()
            yield where + " action tip", action.toolTip()


def still_english(widget: QWidget, content: Iterable[str] = ()) -> list[tuple[str, str]]:
    """Texts of ``widget`` that are English sources; ``content`` is the user's (a log's column names)."""
    english = english_sources() - set(content)
    return [(where, text) for where, text in shown_texts(widget) if text and text in english]


def mnemonics(texts: Iterable[str]) -> list[str]:
    return [m.group(1).casefold() for t in texts if (m := re.search(r"&([^&])", t.replace("&&", "")))]


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator() and a.text()]


def assert_unique_mnemonics(texts: list[str]) -> None:
    keys = mnemonics(texts)
    assert len(keys) == len(set(keys)), texts


def test_the_menus_are_german_with_unique_mnemonics(window):
    bar = [a.text() for a in window.menuBar().actions()]
    assert "A&nalyse" in bar and "&Workshop" in bar, bar
    assert_unique_mnemonics(bar)
    workshop, analytics = window.workshop_menu, window.analytics_menu
    assert "Abstimmung &starten…" in menu_texts(workshop)
    assert "Ereignisprotokoll &analysieren…" in menu_texts(analytics)
    assert "&Präsentieren" in menu_texts(window.view_menu)
    for menu in (workshop, analytics, window.timer_menu, window.view_menu):
        assert_unique_mnemonics(menu_texts(menu))
    assert menu_texts(window.timer_menu)[0] == "1 Min."
    for menu in (workshop, analytics, window.timer_menu):
        english = english_sources()
        left = [t for a in menu.actions() for t in (a.text(), a.toolTip()) if t in english]
        assert not left, left


def test_the_timer_follows_its_state_in_german(window):
    timer = window.workshop_timer
    assert window.action("timer_toggle").text() == "Timer &starten"
    timer.start(300)
    assert window.action("timer_toggle").text() == "Timer &pausieren"
    timer.toggle()
    assert window.action("timer_toggle").text() == "Timer &fortsetzen"
    timer.stop()


def test_the_workshop_widgets_show_no_english(window, qtbot):
    from app.document import voting_commands as VC
    from app.models import voting as V
    from app.views.workshop.ballot_export_dialog import BallotExportDialog
    from app.views.workshop.presenter_view import PresenterView
    from app.views.workshop.timer_dialog import TimerDialog
    from app.views.workshop.voting_start_dialog import StartVotingDialog

    journey = window.doc.project.journey(JID)
    dialog = StartVotingDialog(journey, window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Abstimmung starten" and dialog.name.text() == "Wichtigste Pain Points"
    assert not still_english(dialog)

    session = V.new_session(
        journey, "Runde 1", participants=V.participants_named(["Anna", "Ben"]), votes_per_participant=1
    )
    ref = VC.start_session(window.doc, JID, session)
    window.voting.mode.start(ref)
    assert window.voting_banner.left.text() == "1 von 1 Stimme übrig"
    assert not still_english(window.voting_banner)
    window.voting.mode.set_tallying(True)
    assert window.voting_banner.message.text().startswith("Auszählen:")
    window.voting.mode.set_tallying(False)
    window.voting.mode.stop()

    export = BallotExportDialog(window.doc, JID, window)
    qtbot.addWidget(export)
    assert "Jede Person hat 1 Stimme" in export.people_label.text()
    assert not still_english(export)

    timer = TimerDialog(window, "5")
    qtbot.addWidget(timer)
    assert timer.reading.text() == "Zählt von 5:00 herunter"
    timer.edit.setText("bald")
    assert timer.reading.text().startswith("Keine Zeitangabe: Minuten (5)")
    assert not still_english(timer)

    presenter = PresenterView(window.presentation, window.workshop_timer, window)
    qtbot.addWidget(presenter)
    assert presenter.windowTitle() == "Moderationsansicht — Waymark" and presenter.start_pause.text() == "Starten"
    assert not still_english(presenter)

    window.capture_bar.open()
    assert window.capture_bar.edit.placeholderText().startswith("Karte eingeben")
    assert not still_english(window.capture_bar)
    window.capture_bar.close_bar()

    window.voting.show_session(None)
    window.voting_results.refresh()
    assert window.voting_results.title.text().startswith("Keine Abstimmung wird angezeigt")
    assert not still_english(window.voting_results)


def tiny_log(folder: Path) -> Path:
    log = folder / "events.csv"
    rows = ["case_id,activity,timestamp"]
    for n in range(3):
        rows += [f"c{n},Search,2026-03-0{n + 1} 08:00", f"c{n},Compare,2026-03-0{n + 1} 09:00"]
    rows.append("c0,Odd,2026-05-31 10:00")
    log.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return log


def test_the_analytics_dialogs_and_panel_are_german(window, qtbot, tmp_path):
    from app.analytics import api
    from app.models.entities import LogColumns
    from app.views.analytics.launch import stages_of
    from app.views.analytics.log_dialog import ColumnsDialog
    from app.views.analytics.mapping_dialog import MappingDialog
    from app.views.analytics.panel import duration
    from app.views.analytics.summary import grouped, span_text, summary_text

    log = tiny_log(tmp_path)
    preview = api.preview_log(log)
    columns = ColumnsDialog(preview, window)
    qtbot.addWidget(columns)
    assert columns.windowTitle() == "Spalten von events.csv"
    columns.combos[api.Role.TIME].setCurrentIndex(0)
    assert columns.problem_text() == "Wählen Sie die Spalte für Zeitstempel."
    assert not still_english(columns, content=preview.columns)

    journey = window.doc.project.journey(JID)
    mapping = MappingDialog(journey, {"Search": 3, "Compare": 3, "Odd": 1}, {"Search": "search"}, window)
    qtbot.addWidget(mapping)
    assert mapping.unmapped_text() == "2 Aktivitäten nicht zugeordnet (4 von 7 Ereignissen)."
    assert not still_english(mapping)

    request = api.AnalysisRequest(
        path=log,
        columns=LogColumns(case="case_id", activity="activity", time="timestamp"),
        stages=stages_of(journey),
        mapping={"Search": "search", "Compare": "compare"},
        card_mapping={},
        naive_zone="UTC",
        split_at=None,
    )
    analytics = api.analyse(request).analytics
    assert summary_text(analytics) == "7 Ereignisse, 3 Fälle, 1. März – 31. Mai 2026; 1 Aktivität nicht zugeordnet"
    assert span_text("2025-12-28", "2026-01-03") == "28. Dez. 2025 – 3. Jan. 2026"
    assert grouped(12345) == "12.345" and duration(3 * 3600) == "3,0 Std." and duration(45) == "45 s"
    assert window.analytics.apply(JID, analytics)
    panel = window.analytics_panel
    assert panel.tabs.tabText(0) == "Phasen" and panel.tabs.tabText(2) == "Nicht zugeordnet (1)"
    assert window.analytics.last_message.startswith("Analyse angewendet: 7 Ereignisse")
    assert not still_english(panel)
