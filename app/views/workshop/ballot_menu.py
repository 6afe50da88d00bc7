"""The Workshop menu's ballot actions: which journey and session they act on, and what they say
when there is none."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from app.i18n import translate
from app.views.workshop.ballot_export_dialog import BallotExportDialog, open_sessions
from app.views.workshop.ballot_import import BallotImport
from app.views.workshop.ballot_import import import_ballots as _import_ballots


def export_ballots(window: Any) -> BallotExportDialog | None:
    """Show the ballot export for the journey on the board (one dialog per window)."""
    journey_id = window.view.journey_id
    journey = window.doc.project.journey(journey_id) if journey_id else None
    if not open_sessions(journey):
        QMessageBox.information(
            window,
            translate("BallotMenu", "Export Ballot Workbooks"),
            translate(
                "BallotMenu",
                "No voting session of this journey is open. Start one with Workshop ▸ Start Voting…; "
                "ballots are for a session still taking votes.",
            ),
        )
        return None
    dialog = getattr(window, "ballot_export_dialog", None)
    if dialog is not None and dialog.isVisible():
        dialog.raise_()
        dialog.activateWindow()
        return dialog
    dialog = window.ballot_export_dialog = BallotExportDialog(window.doc, journey_id, window)
    dialog.show()
    return dialog


def import_ballots(window: Any) -> BallotImport | None:
    job = window.ballot_import = _import_ballots(window)
    return job
