"""Dot voting in the real window: `python -m app FILE` on Xvfb, driven with keys and xdotool clicks.

Pass the laptop as a workshop does: Workshop ▸ Start Voting… from the keyboard, two names typed,
cards clicked as the first participant, Next Participant by its key, cards clicked as the
second, Reveal, Ctrl+S, quit; the saved file then holds the session with those ballots.
Skipped without Xvfb and xdotool (the helpers are tests/test_xvfb_capture.py's). Where the cards
are is read off a screenshot by their colours: starting the vote scrolls the pain points lane
into view, and the cards of a voted lane are drawn in their own colour (the rest are dimmed).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.models.entities import SessionState
from app.models.project_file import read_project_file
from app.theme import DEFAULT_CARD_COLORS
from tests.test_xvfb_capture import real_window  # noqa: F401  (the fixture)
from tests.test_xvfb_window import pytestmark  # noqa: F401  (the skip mark)


def _rgb(hex_color: str) -> tuple[int, int, int]:
    return tuple(int(hex_color[n : n + 2], 16) for n in (1, 3, 5))  # type: ignore[return-value]


PAIN = _rgb(DEFAULT_CARD_COLORS["pain_points"])
IDEA = _rgb(DEFAULT_CARD_COLORS["opportunities"])
BOARD_LEFT = 480  # right of the palette and the lane headers of a 1440-pixel window


def _cards(image, color) -> list[tuple[int, int]]:
    """A point inside each card of ``color`` on screen (top-left first, one per card top)."""
    px = image.load()
    width, height = image.size
    found: list[tuple[int, int]] = []
    for y in range(60, height - 40, 3):
        for x in range(BOARD_LEFT, width - 340, 3):  # left of the inspector
            if px[x, y] != color or any(abs(x - fx) < 240 and abs(y - fy) < 60 for fx, fy in found):
                continue
            if all(px[x + dx, y + 6] == color for dx in (0, 30, 60)):  # a card, not a palette icon
                found.append((x + 40, y + 8))
    return found


def _saved_session(path: Path):
    project, _inspection = read_project_file(path)
    journey = project.journey("buy-phone")
    return journey, [s for s in journey.sessions if s.name == "Top pain points"]


def test_pass_the_laptop_vote_with_keys_and_clicks(real_window, sample_file, tmp_path):
    pytest.importorskip("PIL")
    window = real_window()
    window.key("alt+k")
    window.key("v")  # Workshop ▸ Start Voting…
    time.sleep(0.8)
    window.type("Priya")
    window.key("Return")
    window.type("Tom")
    window.key("ctrl+Return")
    time.sleep(1.0)
    shot = window.screenshot(tmp_path / "voting.png")
    pains, ideas = _cards(shot, PAIN), _cards(shot, IDEA)
    assert len(pains) >= 2 and ideas, f"cards on screen: pain points {pains}, opportunities {ideas}"

    def click(point: tuple[int, int]) -> None:
        window.x("mousemove", str(point[0]), str(point[1]))
        window.x("click", "1")
        time.sleep(0.4)

    click(pains[0])  # Priya: two dots
    click(ideas[0])
    window.key("ctrl+shift+n")  # Next Participant
    click(pains[0])  # Tom: two dots, one on the card Priya chose too
    click(pains[1])
    window.key("alt+k")
    window.key("r")  # Workshop ▸ Reveal Results
    time.sleep(0.5)
    window.key("ctrl+s")
    time.sleep(0.5)
    window.quit()

    journey, sessions = _saved_session(sample_file)
    assert len(sessions) == 1, [s.name for s in journey.sessions]
    session = sessions[0]
    assert [p.name for p in session.participants] == ["Priya", "Tom"]
    assert session.state is SessionState.REVEALED and journey.shown_session == session.id
    ballots = sorted((b.participant, b.card, b.count) for b in session.ballots)
    lanes = {c.id: c.lane for c in journey.cards}
    assert [(p, lanes[c]) for p, c, _n in ballots] == sorted(
        [("p1", "pain"), ("p1", "ideas"), ("p2", "pain"), ("p2", "pain")]
    )
    priya = {c for p, c, _n in ballots if p == "p1" and lanes[c] == "pain"}
    tom = {c for p, c, _n in ballots if p == "p2"}
    assert priya <= tom and len(tom) == 2  # the same first card, then a second one
