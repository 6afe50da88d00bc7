"""Importing filled-in ballot workbooks into a voting session: read each defensively
(``reader``), check it against the session (``plan``). The layout is ``app.models.ballot_format``;
the ballot export is ``app.exporters.xlsx.ballots``."""

from app.importers.ballots.plan import BallotPlan, BallotPreview, plan_ballots
from app.importers.ballots.reader import BallotFile, read_ballot

__all__ = ["BallotFile", "BallotPlan", "BallotPreview", "plan_ballots", "read_ballot"]
