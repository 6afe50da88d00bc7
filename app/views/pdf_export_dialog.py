"""File > Export PDF…: the PDF options, an output file, and a progress bar.

The frame (output file, worker thread, progress, Cancel) is ``ExportDialog``'s. The exporter
(``app.exporters.pdf``) is imported on the worker thread only when an export starts. The choices
made here are remembered for the session; until a layout or paper is chosen here, the dialog
starts with Preferences' defaults (and a new default set there replaces the remembered choice).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.exporters.votes import VotesChoice, VoteSource
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.views.export_dialog import ExportDialog

PAPERS = ["A4", "A3", "A2", "A1", "A0", "letter", "tabloid"]
PAPER_LABELS = {
    "letter": QT_TRANSLATE_NOOP("PdfExportDialog", "Letter"),
    "tabloid": QT_TRANSLATE_NOOP("PdfExportDialog", "Tabloid"),
}
ORIENTATIONS = {
    "landscape": QT_TRANSLATE_NOOP("PdfExportDialog", "Landscape"),
    "portrait": QT_TRANSLATE_NOOP("PdfExportDialog", "Portrait"),
}
LAYOUTS = {
    "poster": (
        QT_TRANSLATE_NOOP("PdfExportDialog", "Poster"),
        QT_TRANSLATE_NOOP(
            "PdfExportDialog", "One large page per journey holding the whole map; the paper sets its shape."
        ),
    ),
    "tiled": (
        QT_TRANSLATE_NOOP("PdfExportDialog", "Tiled"),
        QT_TRANSLATE_NOOP(
            "PdfExportDialog", "The map split over pages of the chosen paper, with grid labels and crop marks."
        ),
    ),
}
PDF_FILTER = QT_TRANSLATE_NOOP("ExportDialog", "PDF documents (*.pdf)")

# Remembered for the session (not stored): the last choices, and the last file per project.
_SESSION: dict = {
    "all_journeys": False,
    "layout": None,  # None: Preferences' default (app/views/preferences/settings.py)
    "paper": None,
    "orientation": "landscape",
    "analytics": True,
    "paths": {},
}
ANALYTICS_TEXT = QT_TRANSLATE_NOOP("PdfExportDialog", "&Analytics page after each analysed journey")
NO_ANALYTICS_TEXT = QT_TRANSLATE_NOOP("PdfExportDialog", "Analytics page (no journey chosen here has analytics)")


def forget_session_defaults() -> None:
    """Preferences set a new default paper or layout: the next dialog starts with it."""
    _SESSION.update(layout=None, paper=None)


def _session_default(key: str) -> str:
    from app.views.preferences import settings as prefs

    chosen = _SESSION[key]
    if chosen is not None:
        return chosen
    return prefs.default_layout().value if key == "layout" else prefs.default_paper().value


def run_pdf_export(project, out: Path, options: dict, *, progress, cancelled) -> None:
    """The job run on the worker thread: import the exporter there and call it."""
    from app.exporters.pdf import PdfOptions, export_pdf

    export_pdf(project, out, PdfOptions(**options), progress=progress, cancelled=cancelled)


class PdfExportDialog(ExportDialog):
    title_text = QT_TRANSLATE_NOOP("ExportDialog", "Export PDF")
    where_text = QT_TRANSLATE_NOOP("ExportDialog", "Choose where to save the PDF.")
    failed_text = QT_TRANSLATE_NOOP("ExportDialog", "The PDF was not exported: {message}")
    running_text = QT_TRANSLATE_NOOP("ExportDialog", "A PDF export is still running. Stop it and close?")
    open_text = QT_TRANSLATE_NOOP("ExportDialog", "Open P&DF")
    suffix = ".pdf"
    file_filter = PDF_FILTER

    session = _SESSION

    def build_options(self, form: QFormLayout) -> list[QWidget]:
        self.journey_box = QComboBox()
        self.journey_box.addItem(translate("PdfExportDialog", "All journeys"), None)
        for journey in self.doc.project.journeys:
            self.journey_box.addItem(journey.name, journey.id)
        wanted = None if _SESSION["all_journeys"] else self._current_journey_id
        self.journey_box.setCurrentIndex(max(0, self.journey_box.findData(wanted)))

        self.layout_group = QButtonGroup(self)
        self.layout_buttons: dict[str, QRadioButton] = {}
        layouts = QVBoxLayout()
        layouts.setSpacing(2)
        for key, (title, explanation) in LAYOUTS.items():
            button = QRadioButton(translate("PdfExportDialog", title))
            button.setChecked(key == _session_default("layout"))
            note = QLabel(translate("PdfExportDialog", explanation))
            note.setWordWrap(True)
            note.setIndent(22)
            note.setEnabled(False)  # dimmed, as a hint
            self.layout_group.addButton(button)
            self.layout_buttons[key] = button
            layouts.addWidget(button)
            layouts.addWidget(note)

        self.paper_box = QComboBox()
        for paper in PAPERS:
            self.paper_box.addItem(
                translate("PdfExportDialog", PAPER_LABELS[paper]) if paper in PAPER_LABELS else paper, paper
            )
        self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(_session_default("paper"))))
        self.orientation_box = QComboBox()
        for orientation, label in ORIENTATIONS.items():
            self.orientation_box.addItem(translate("PdfExportDialog", label), orientation)
        self.orientation_box.setCurrentIndex(max(0, self.orientation_box.findData(_SESSION["orientation"])))

        form.addRow(translate("PdfExportDialog", "&Journey:"), self.journey_box)
        form.addRow(translate("PdfExportDialog", "Layout:"), layouts)
        form.addRow(translate("PdfExportDialog", "&Paper:"), self.paper_box)
        form.addRow(translate("PdfExportDialog", "&Orientation:"), self.orientation_box)
        self.votes_box = self._votes_box()
        form.addRow(translate("PdfExportDialog", "Rank &votes by:"), self.votes_box)
        self.analytics_box = QCheckBox(translate("PdfExportDialog", ANALYTICS_TEXT))
        self.analytics_box.setChecked(_SESSION["analytics"])
        form.addRow("", self.analytics_box)
        self.journey_box.currentIndexChanged.connect(self._update_analytics_box)
        self._update_analytics_box()
        self.changes_box = QComboBox()  # a "Changes since" page (app/exporters/pdf/changes_page.py)
        self.changes_box.setToolTip(
            translate("PdfExportDialog", "Add a page listing what changed in each journey since this snapshot")
        )
        form.addRow(translate("PdfExportDialog", "C&hanges since:"), self.changes_box)
        self.journey_box.currentIndexChanged.connect(self._update_changes_box)
        self._update_changes_box()
        return [
            self.journey_box,
            *self.layout_buttons.values(),
            self.paper_box,
            self.orientation_box,
            self.votes_box,
            self.analytics_box,
            self.changes_box,
        ]

    def _update_changes_box(self) -> None:
        """No page, or the snapshot names of the chosen journeys (newest first)."""
        from app.models.diff_sources import snapshot_names

        chosen = self.journey_box.currentData()
        kept = self.changes_box.currentData()
        self.changes_box.clear()
        self.changes_box.addItem(translate("PdfExportDialog", "No changes page"), None)
        names: dict[str, None] = {}
        for journey in self.doc.project.journeys:
            if chosen is None or journey.id == chosen:
                names.update(dict.fromkeys(snapshot_names(journey)))
        for name in names:
            self.changes_box.addItem(name, name)
        self.changes_box.setCurrentIndex(max(0, self.changes_box.findData(kept)))
        self.changes_box.setEnabled(bool(names))

    def _update_analytics_box(self) -> None:
        """On (as last chosen) when a chosen journey has analytics; off and dimmed when none has."""
        chosen = self.journey_box.currentData()
        journeys = [j for j in self.doc.project.journeys if chosen is None or j.id == chosen]
        analysed = any(j.analytics is not None for j in journeys)
        self.analytics_box.setEnabled(analysed)
        self.analytics_box.setText(translate("PdfExportDialog", ANALYTICS_TEXT if analysed else NO_ANALYTICS_TEXT))
        self.analytics_box.setChecked(analysed and _SESSION["analytics"])

    def _votes_box(self) -> QComboBox:
        """The session shown on the board (the default), any session of this journey, or the
        cards' own counts: the summary ranks by it and the badges show it."""
        box = QComboBox()
        journey = self.doc.project.journey(self._current_journey_id) if self._current_journey_id else None
        shown = journey.session(journey.shown_session) if journey is not None and journey.shown_session else None
        board = (
            translate("PdfExportDialog", 'What the board shows ("{session}")').format(session=shown.name)
            if shown
            else translate("PdfExportDialog", "What the board shows")
        )
        box.addItem(board, VotesChoice())
        for session in journey.sessions if journey is not None else []:
            box.addItem(f'"{session.name}" ({session.date})', VotesChoice(VoteSource.SESSION, session.id))
        box.addItem(translate("PdfExportDialog", "The cards' own vote counts"), VotesChoice(VoteSource.OWN))
        return box

    def options(self) -> dict:
        """The chosen options, as ``PdfOptions`` keyword arguments."""
        layout = next((key for key, button in self.layout_buttons.items() if button.isChecked()), "poster")
        return {
            "journey_id": self.journey_box.currentData(),
            "layout": layout,
            "paper": self.paper_box.currentData(),
            "orientation": self.orientation_box.currentData(),
            "votes": self.votes_box.currentData(),
            # unticked and dimmed when no chosen journey has analytics: the remembered choice then
            "analytics": self.analytics_box.isChecked() if self.analytics_box.isEnabled() else _SESSION["analytics"],
            "changes_since": self.changes_box.currentData(),
        }

    def job(self, options: dict):
        return lambda project, out, **callbacks: run_pdf_export(project, out, options, **callbacks)

    def remember(self, options: dict) -> None:
        _SESSION.update(
            all_journeys=options["journey_id"] is None,
            layout=options["layout"],
            paper=options["paper"],
            orientation=options["orientation"],
        )
        if self.analytics_box.isEnabled():
            _SESSION["analytics"] = options["analytics"]
