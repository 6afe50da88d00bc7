"""Dot-voting sessions at the model and document level (issue 15 item 2): the rules of a session,
ballots and their limits, the undo steps, the round trip through the file and FORMAT JSON, and a
half-finished session surviving a SIGKILL."""

from __future__ import annotations

import os
import sqlite3
import textwrap
from pathlib import Path

import pytest

from app.document import voting_commands as VC
from app.models import voting as V
from app.models.entities import Journey, SessionState, VoteResults, VotingSession
from app.models.errors import DocumentRuleError
from app.models.interchange import read_project_json, write_project_json
from app.models.refs import CardRef, SessionRef
from app.models.session import ProjectSession, create_project_file, find_orphans
from tests.conftest import as_schema_5
from tests.test_recovery_file_arg import run_then_kill_9

JID = "buy-phone"


def journey_of(project) -> Journey:
    return project.journey(JID)


def pain_cards(journey: Journey):
    return [c for c in journey.cards if c.lane == "pain"]


def fresh(journey: Journey, **settings) -> VotingSession:
    return V.new_session(journey, "Top pain points", participants=V.participants_named(["Ana", "Ben"]), **settings)


# -- rules ----------------------------------------------------------------------------------


def test_a_new_session_votes_on_pain_points_and_opportunities_by_default(sample_project):
    journey = journey_of(sample_project)
    session = fresh(journey)
    assert session.lanes == ["pain", "ideas"]
    assert session.id not in {s.id for s in journey.sessions}
    assert session.current == "p1" and session.state is SessionState.OPEN
    assert session.results is VoteResults.HIDDEN
    assert [p.name for p in V.anonymous_participants(3)] == ["Participant 1", "Participant 2", "Participant 3"]


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"votes_per_participant": 0}, "votes per participant are from 1 to 99"),
        ({"votes_per_participant": 100}, "votes per participant are from 1 to 99"),
        ({"votes_per_participant": 2, "max_per_card": 3}, "most votes a participant may put on one card"),
        ({"lanes": []}, "choose at least one lane"),
    ],
)
def test_impossible_settings_are_refused(sample_project, settings, message):
    with pytest.raises(V.VoteError, match=message):
        fresh(journey_of(sample_project), **settings)
    with pytest.raises(V.VoteError, match="at least one participant"):
        V.new_session(journey_of(sample_project), "x", participants=[])


def test_votes_left_most_per_card_and_eligible_lanes(sample_project):
    journey = journey_of(sample_project)
    a, b, c = pain_cards(journey)[:3]
    s = fresh(journey, votes_per_participant=3, max_per_card=2)
    s = V.cast(s, "p1", a)
    s = V.cast(s, "p1", a)
    with pytest.raises(V.VoteError, match="Ana has put 2 votes on this card, the most allowed"):
        V.cast(s, "p1", a)
    s = V.cast(s, "p1", b)
    assert V.votes_left(s, "p1") == 0
    with pytest.raises(V.VoteError, match="Ana has no votes left"):
        V.cast(s, "p1", c)
    doing = next(card for card in journey.cards if card.lane == "doing")
    with pytest.raises(V.VoteError, match="not part of"):
        V.cast(s, "p2", doing)
    s = V.take_back(s, "p1", a.id)
    assert V.votes_left(s, "p1") == 1 and V.dots_on(s, a.id)[0][1] == 1
    with pytest.raises(V.VoteError, match="Ben has no vote on this card"):
        V.take_back(s, "p2", a.id)


def test_totals_add_the_paper_tally_and_ranking_shares_ranks_on_ties(sample_project):
    journey = journey_of(sample_project)
    a, b, c = pain_cards(journey)[:3]
    s = fresh(journey, votes_per_participant=3)
    s = V.cast(V.cast(s, "p1", a), "p1", b)
    s = V.cast(V.cast(s, "p2", a), "p2", c)
    s = V.set_tally(s, b, 1)
    assert V.totals(s) == {a.id: 2, b.id: 2, c.id: 1}
    ranked = V.ranking(s, journey)
    assert [(r.rank, r.tied, r.card.id, r.total) for r in ranked] == [
        (1, True, a.id, 2),
        (1, True, b.id, 2),
        (3, False, c.id, 1),
    ]
    assert [(p.name, n) for p, n in ranked[0].voters] == [("Ana", 1), ("Ben", 1)]
    anonymous = s.model_copy(update={"anonymous": True})
    assert V.ranking(anonymous, journey)[0].voters == []


def test_hidden_results_show_nothing_until_revealed_and_a_closed_session_takes_no_votes(sample_project):
    journey = journey_of(sample_project).model_copy(deep=True)
    a = pain_cards(journey)[0]
    s = V.cast(fresh(journey), "p1", a)
    journey.sessions, journey.shown_session = [s], s.id
    assert V.shown_votes(journey) == {}
    journey.sessions = [V.reveal(s)]
    assert V.shown_votes(journey) == {a.id: 1}
    with pytest.raises(V.VoteError, match="closed for voting"):
        V.cast(journey.sessions[0], "p2", a)
    journey.shown_session = None
    assert V.shown_votes(journey) == {c.id: c.votes for c in journey.cards if c.votes}
    live = fresh(journey, results=VoteResults.LIVE)
    assert V.results_visible(live)


def test_a_whole_ballot_is_checked_as_a_whole(sample_project):
    journey = journey_of(sample_project)
    a, b = pain_cards(journey)[:2]
    s = fresh(journey, votes_per_participant=2)
    s = V.set_ballot(s, "p2", {a.id: 1, b.id: 1})
    assert V.votes_left(s, "p2") == 0
    with pytest.raises(V.VoteError, match="Ben's ballot has 3 votes; at most 2"):
        V.set_ballot(s.model_copy(update={"max_per_card": 2}), "p2", {a.id: 2, b.id: 1})
    with pytest.raises(V.VoteError, match="puts 2 votes on one card; at most 1"):
        V.set_ballot(s, "p2", {a.id: 2})


def test_next_participant_goes_round(sample_project):
    s = fresh(journey_of(sample_project))
    s = V.next_participant(s)
    assert s.current == "p2"
    assert V.next_participant(s).current == "p1"


def test_the_file_rules_refuse_a_session_that_breaks_its_own_limits(sample_project):
    journey = journey_of(sample_project)
    data = write_project_json(sample_project.model_copy(update={"journeys": [journey]}))
    import json

    doc = json.loads(data)
    session = doc["journeys"][0]["sessions"][0]
    session["ballots"].append({"participant": "nobody", "card": "pp-buy-1", "count": 1})
    with pytest.raises(DocumentRuleError, match=r"sessions\[0\]\.ballots\[18\]\.participant: no participant 'nobody'"):
        read_project_json(json.dumps(doc))
    session["ballots"][-1] = {"participant": "p1", "card": "pp-buy-2", "count": 1}
    with pytest.raises(DocumentRuleError, match="participant 'p1' has 4 votes; at most 3"):
        read_project_json(json.dumps(doc))
    doc["journeys"][0]["sessions"] = []
    with pytest.raises(DocumentRuleError, match="shown_session: no voting session 'v1'"):
        read_project_json(json.dumps(doc))


# -- round trip ----------------------------------------------------------------------------


def test_the_sample_ships_one_finished_session_shown_on_its_cards(sample_project):
    journey = journey_of(sample_project)
    (session,) = journey.sessions
    assert session.name == "Top pain points and ideas" and session.state is SessionState.ENDED
    assert len(session.participants) == 6 and journey.shown_session == session.id
    assert max(V.shown_votes(journey).values()) == 4


def test_sessions_round_trip_through_the_file_and_format_json(tmp_path, sample_project):
    journey = journey_of(sample_project)
    s = fresh(journey, votes_per_participant=2, anonymous=True)
    s = V.set_tally(V.cast(s, "p2", pain_cards(journey)[1]), pain_cards(journey)[0], 7)
    journey.sessions.append(s)
    text = write_project_json(sample_project)
    again = read_project_json(text)
    assert again.warnings == [] and again.project == sample_project
    path = tmp_path / "votes.waymark"
    create_project_file(sample_project, path)
    opened = ProjectSession.open(path)
    try:
        assert opened.project == sample_project
        assert journey_of(opened.project).sessions[1] == s
    finally:
        opened.close()


def test_a_journey_without_sessions_writes_no_session_fields(sample_project):
    journey = journey_of(sample_project).model_copy(update={"sessions": [], "shown_session": None})
    text = write_project_json(sample_project.model_copy(update={"journeys": [journey]}))
    assert '"sessions"' not in text and '"shown_session"' not in text


def test_a_schema_4_file_upgrades_to_sessions(tmp_path, sample_project):
    from app.models.migrations import MIGRATIONS

    path = tmp_path / "old.waymark"
    journey = journey_of(sample_project).model_copy(update={"sessions": [], "shown_session": None})
    create_project_file(sample_project.model_copy(update={"journeys": [journey]}), path)
    raw = sqlite3.connect(path)
    as_schema_5(raw)
    raw.execute("DROP TABLE voting_sessions")
    raw.execute("ALTER TABLE journeys DROP COLUMN shown_session")
    raw.execute("PRAGMA user_version = 4")
    raw.commit()
    raw.close()
    assert 4 in MIGRATIONS
    opened = ProjectSession.open(path)
    try:
        assert journey_of(opened.project).sessions == []
    finally:
        opened.close()


# -- undo steps ------------------------------------------------------------------------------


def test_each_gesture_is_one_undo_step_and_a_refusal_leaves_none(doc):
    journey = doc.journey(JID)
    a, b = pain_cards(journey)[:2]
    ref = VC.start_session(doc, JID, fresh(journey, votes_per_participant=1))
    assert doc.journey(JID).shown_session == ref.session_id
    VC.cast_vote(doc, ref, "p1", CardRef(JID, a.id))
    count = doc.undo_stack.count()
    with pytest.raises(V.VoteError, match="no votes left"):
        VC.cast_vote(doc, ref, "p1", CardRef(JID, b.id))
    assert doc.undo_stack.count() == count
    VC.next_participant(doc, ref)
    VC.cast_vote(doc, ref, "p2", CardRef(JID, a.id))
    VC.tally(doc, ref, CardRef(JID, b.id), 3)
    VC.reveal_results(doc, ref)
    VC.end_voting(doc, ref)
    texts = [doc.undo_stack.text(i) for i in range(doc.undo_stack.count())]
    assert texts == ['Start Voting "Top pain points"', "Vote", "Next Participant", "Vote", "Tally Votes"] + [
        "Reveal Votes",
        "End Voting",
    ]
    assert V.totals(doc.get(ref)) == {a.id: 2, b.id: 3}
    for _ in texts:
        doc.undo_stack.undo()
    assert doc.journey(JID).session(ref.session_id) is None and doc.journey(JID).shown_session == "v1"
    for _ in texts:
        doc.undo_stack.redo()
    assert doc.get(ref).state is SessionState.ENDED and V.totals(doc.get(ref)) == {a.id: 2, b.id: 3}


def test_signals_name_the_session(doc, qtbot):
    journey = doc.journey(JID)
    with qtbot.waitSignal(doc.session_added) as added:
        ref = VC.start_session(doc, JID, fresh(journey))
    assert added.args == [ref]
    with qtbot.waitSignal(doc.session_changed) as changed:
        VC.cast_vote(doc, ref, "p1", CardRef(JID, pain_cards(journey)[0].id))
    assert changed.args == [ref]


def test_deleting_the_shown_session_shows_card_counts_and_undo_brings_both_back(doc):
    ref = SessionRef(JID, "v1")
    VC.delete_session(doc, ref)
    assert doc.journey(JID).sessions == [] and doc.journey(JID).shown_session is None
    doc.undo_stack.undo()
    assert doc.journey(JID).shown_session == "v1" and doc.get(ref).name == "Top pain points and ideas"


def test_a_deleted_card_keeps_its_dots_for_undo_and_counts_nowhere(doc):
    from app.document import commands as C

    ref = SessionRef(JID, "v1")
    top = V.ranking(doc.get(ref), doc.journey(JID))[0].card
    doc.push(C.Remove(doc, CardRef(JID, top.id)))
    assert top.id not in V.shown_votes(doc.journey(JID))
    doc.undo_stack.undo()
    assert V.shown_votes(doc.journey(JID))[top.id] == 4


# -- a crash in the middle of a session ----------------------------------------------------------

CHILD = textwrap.dedent("""
    import sys, time
    from app.document.document import Document
    from app.document import voting_commands as VC
    from app.models import voting as V
    from app.models.refs import CardRef
    doc = Document.open(sys.argv[1])
    journey = doc.journey("buy-phone")
    people = V.participants_named(["Ana", "Ben", "Caro"])
    ref = VC.start_session(doc, "buy-phone", V.new_session(journey, "Half done", participants=people))
    pains = [c.id for c in journey.cards if c.lane == "pain"]
    VC.cast_vote(doc, ref, "p1", CardRef("buy-phone", pains[0]))
    VC.cast_vote(doc, ref, "p1", CardRef("buy-phone", pains[1]))
    VC.next_participant(doc, ref)
    VC.cast_vote(doc, ref, "p2", CardRef("buy-phone", pains[0]))
    print("voted", flush=True)
    time.sleep(60)
""")


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_half_finished_session_survives_sigkill(tmp_path, data_dir, sample_project):
    path = tmp_path / "workshop.waymark"
    create_project_file(sample_project, path)
    run_then_kill_9(CHILD, path, "voted")
    (orphan,) = [o for o in find_orphans() if o.original == path]
    recovered = ProjectSession.recover(orphan)
    try:
        journey = journey_of(recovered.project)
        session = journey.session(journey.shown_session or "")
        assert session is not None and session.name == "Half done"
        assert session.state is SessionState.OPEN and session.current == "p2"
        pains = [c.id for c in journey.cards if c.lane == "pain"]
        assert {(b.participant, b.card, b.count) for b in session.ballots} == {
            ("p1", pains[0], 1),
            ("p1", pains[1], 1),
            ("p2", pains[0], 1),
        }
        assert V.votes_left(session, "p2") == 2
    finally:
        recovered.close()
    assert Path(path).exists()
