"""The diff model (app/models/diff.py): every kind and action, moved stages, emotion scores,
votes, the JSON shape of the issue, board order, and a 10,000-card journey."""

from __future__ import annotations

from app.models.diff import Action, ChangeKind, compare_journeys, emotion_id, moved_ids
from app.models.entities import Card, EmotionPoint, Journey, Lane, LaneKind, Stage


def journey(**update) -> Journey:
    base = Journey(
        id="j",
        name="J",
        stages=[Stage(id=s, name=s.title()) for s in ("aware", "search", "buy", "use")],
        lanes=[
            Lane(id="doing", name="Doing", kind=LaneKind.CARDS),
            Lane(id="pains", name="Pains", kind=LaneKind.CARDS),
            Lane(id="feel", name="Feeling", kind=LaneKind.EMOTION),
        ],
        cards=[
            Card(id="c1", lane="doing", stage="aware", text="Sees an ad"),
            Card(id="c2", lane="doing", stage="search", text="Compare prices", votes=1),
            Card(id="c3", lane="pains", stage="buy", text="Checkout is slow", tags=["speed"]),
        ],
        emotions=[
            EmotionPoint(lane="feel", stage="aware", score=1),
            EmotionPoint(lane="feel", stage="search", score=0),
            EmotionPoint(lane="feel", stage="buy", score=-1, persona="anna", variant="to_be"),
        ],
    )
    return base.model_copy(update=update)


def test_the_same_journey_has_no_changes():
    old = journey()
    diff = compare_journeys(old, journey())
    assert not diff
    assert diff.to_json() == {"added": [], "changed": [], "removed": []}


def test_card_added_changed_and_removed_in_the_issues_shape():
    old = journey()
    cards = [c for c in old.cards if c.id != "c1"]
    cards[0] = cards[0].model_copy(update={"text": "Compare prices online", "votes": 3})
    cards.append(Card(id="c4", lane="pains", stage="use", text="Battery dies"))
    diff = compare_journeys(old, old.model_copy(update={"cards": cards}))
    assert diff.to_json() == {
        "added": [{"kind": "card", "id": "c4", "lane": "pains", "stage": "use", "text": "Battery dies"}],
        "changed": [
            {"kind": "card", "id": "c2", "field": "text", "old": "Compare prices", "new": "Compare prices online"},
            {"kind": "card", "id": "c2", "field": "votes", "old": 1, "new": 3},
        ],
        "removed": [{"kind": "card", "id": "c1", "lane": "doing", "stage": "aware", "text": "Sees an ad"}],
    }
    labels = [c.label for c in diff.changes]
    assert "Card “Compare prices” text changed" in labels
    assert "Card “Compare prices” votes 1 → 3" in labels
    assert "Card “Sees an ad” removed" in labels
    assert "Card “Battery dies” added" in labels


def test_every_card_field_and_a_move_to_another_cell():
    old = journey()
    c3 = old.cards[2].model_copy(
        update={
            "lane": "doing",
            "stage": "use",
            "color": "#FF0000",
            "tags": ["speed", "trust"],
            "channel": "web",
            "evidence": "observed",
        }
    )
    diff = compare_journeys(old, old.model_copy(update={"cards": [*old.cards[:2], c3]}))
    fields = [(c.action, c.field, c.old, c.new) for c in diff.changes]
    assert (Action.MOVED, "lane", "pains", "doing") in fields
    assert (Action.MOVED, "stage", "buy", "use") in fields
    assert (Action.CHANGED, "color", None, "#FF0000") in fields
    assert (Action.CHANGED, "tags", ["speed"], ["speed", "trust"]) in fields
    assert (Action.CHANGED, "channel", None, "web") in fields
    assert (Action.CHANGED, "evidence", None, "observed") in fields
    moved = [c for c in diff.to_json()["changed"] if c["field"] in ("lane", "stage")]
    assert moved == [
        {"kind": "card", "id": "c3", "field": "lane", "old": "pains", "new": "doing"},
        {"kind": "card", "id": "c3", "field": "stage", "old": "buy", "new": "use"},
    ]
    assert all(set(c) == {"kind", "id", "field", "old", "new"} for c in diff.to_json()["changed"])


def test_a_moved_stage_is_the_one_that_moved_not_those_it_passed():
    old = journey()
    aware, search, buy, use = old.stages
    diff = compare_journeys(old, old.model_copy(update={"stages": [search, buy, use, aware]}))
    assert [(c.kind, c.action, c.id, c.field, c.old, c.new) for c in diff.changes] == [
        (ChangeKind.STAGE, Action.MOVED, "aware", "position", 1, 4)
    ]
    assert diff.to_json()["changed"] == [{"kind": "stage", "id": "aware", "field": "position", "old": 1, "new": 4}]
    assert diff.changes[0].label == "Stage “Aware” moved from 1 to 4"


def test_stages_and_lanes_added_removed_renamed_and_moved():
    old = journey()
    aware, search, buy, use = old.stages
    doing, pains, feel = old.lanes
    new = old.model_copy(
        update={
            "stages": [aware, search.model_copy(update={"name": "Research"}), use, Stage(id="care", name="Care")],
            "lanes": [pains, doing, feel, Lane(id="ideas", name="Ideas", kind=LaneKind.CARDS)],
            "cards": [c for c in old.cards if c.stage != "buy"],
            "emotions": [p for p in old.emotions if p.stage != "buy"],
        }
    )
    out = compare_journeys(old, new).to_json()
    assert {"kind": "stage", "id": "care", "name": "Care", "position": 4} in out["added"]
    assert {"kind": "lane", "id": "ideas", "name": "Ideas", "position": 4, "lane_kind": "cards"} in out["added"]
    assert {"kind": "stage", "id": "buy", "name": "Buy", "position": 3} in out["removed"]
    assert {"kind": "stage", "id": "search", "field": "name", "old": "Search", "new": "Research"} in out["changed"]
    lane_moves = [c for c in out["changed"] if c["kind"] == "lane"]
    assert len(lane_moves) == 1 and lane_moves[0]["field"] == "position"
    # the removed stage's card and point are removed too
    assert {"kind": "card", "id": "c3", "lane": "pains", "stage": "buy", "text": "Checkout is slow"} in out["removed"]
    assert any(c["kind"] == "emotion" and c["stage"] == "buy" for c in out["removed"])


def test_emotion_points_by_key_with_a_stable_id():
    old = journey()
    points = list(old.emotions)
    points[0] = points[0].model_copy(update={"score": -2})
    points[1] = points[1].model_copy(update={"note": "confused"})
    points.append(EmotionPoint(lane="feel", stage="use", score=2))
    del points[2]
    diff = compare_journeys(old, old.model_copy(update={"emotions": points}))
    out = diff.to_json()
    assert out["changed"] == [
        {"kind": "emotion", "id": "feel/aware//as_is", "field": "score", "old": 1.0, "new": -2.0},
        {"kind": "emotion", "id": "feel/search//as_is", "field": "note", "old": "", "new": "confused"},
    ]
    assert out["added"] == [
        {
            "kind": "emotion",
            "id": "feel/use//as_is",
            "lane": "feel",
            "stage": "use",
            "persona": None,
            "variant": "as_is",
            "score": 2.0,
        }
    ]
    assert [c["id"] for c in out["removed"]] == ["feel/buy/anna/to_be"]
    assert emotion_id(old.emotions[2]) == "feel/buy/anna/to_be"
    assert diff.changes[0].label == "Emotion at “Aware” +1 → \u22122"


def test_board_order_is_deterministic():
    old = journey()
    cards = [c.model_copy(update={"text": c.text + "!"}) for c in reversed(old.cards)]
    diff = compare_journeys(old, old.model_copy(update={"cards": cards}))
    assert [c.id for c in diff.changes] == ["c1", "c2", "c3"]  # by stage column, not list order
    again = compare_journeys(old, old.model_copy(update={"cards": cards}))
    assert diff.to_json() == again.to_json()


def test_moved_ids_names_the_fewest():
    assert moved_ids("abcde", "abcde") == set()
    assert moved_ids("abcde", "bcdea") == {"a"}
    assert moved_ids("abcde", "aebcd") == {"e"}
    assert moved_ids("abc", "cb") == {"b"} or moved_ids("abc", "cb") == {"c"}


def test_ten_thousand_cards_compare_by_id():
    """The counts at the size the bench times (bench/history.py; no timing here)."""
    stages = [Stage(id=f"s{n}", name=f"S{n}") for n in range(20)]
    lanes = [Lane(id=f"l{n}", name=f"L{n}", kind=LaneKind.CARDS) for n in range(10)]
    cards = [
        Card(id=f"c{n}", lane=f"l{n % 10}", stage=f"s{n % 20}", text=f"card number {n}", votes=n % 3)
        for n in range(10_000)
    ]
    old = Journey(id="big", name="Big", stages=stages, lanes=lanes, cards=cards)
    changed = [c.model_copy(update={"text": c.text + " edited"}) if n % 10 == 0 else c for n, c in enumerate(cards)]
    changed = changed[100:] + [Card(id=f"new{n}", lane="l0", stage="s0") for n in range(100)]
    new = old.model_copy(update={"cards": changed, "stages": stages[1:] + stages[:1]})
    diff = compare_journeys(old, new)
    diff.to_json()
    counts = diff.counts()
    assert counts[Action.ADDED] == 100 and counts[Action.REMOVED] == 100
    assert counts[Action.CHANGED] == 990 and counts[Action.MOVED] == 1
