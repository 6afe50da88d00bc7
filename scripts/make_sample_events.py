"""Write the sample event log for resources/sample/phone-purchase.json, deterministically.

    python scripts/make_sample_events.py [OUT.csv] [--cases N] [--seed S]

Default: resources/sample/phone-purchase-events.csv, 2,500 cases, seed 16. The same arguments
always give the same bytes (a seeded ``random.Random``; no clock). bench/ uses it with more
cases for the 1-million-event measure.

The story follows the journey's stages (Search, Compare sites, Visit the store, Buy, Learn to
use it, Contact support, Review & recommend): everyone searches, most compare, some visit a
store, about half buy, a few go back to comparing after starting checkout, buyers activate, a
quarter call support, a few review. Two activities ("Booked appointment", "Watched tutorial")
match no stage by name, so the suggested mapping leaves them for the user. Channels: web, app,
store, phone; segment: new / existing customer; feedback text (English, mixed sentiment) with a
1-5 rating on some events; three months of timestamps in a mix of zones: web "Z", app "+02:00",
phone "+01:00", store times without a zone (read as UTC).
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

HEADER = ["case_id", "activity", "timestamp", "channel", "segment", "feedback", "rating"]
START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
DAYS = 90
ZONES = {"web": "Z", "app": timezone(timedelta(hours=2)), "phone": timezone(timedelta(hours=1)), "store": None}

# The stage each activity was generated for: what a correct mapping of the sample is (the bench
# passes it as --map; the mapping test expects the suggestion to find it). "Watched tutorial" and
# "Booked appointment" are left out on purpose: a good suggestion leaves them unmapped.
SAMPLE_MAPPING = {
    "Viewed ad": "search",
    "Searched phones": "search",
    "Compared plans": "compare",
    "Compared prices": "compare",
    "Visited store": "store",
    "Added to cart": "buy",
    "Checkout started": "buy",
    "Paid": "buy",
    "Activated SIM": "learn",
    "Set up phone": "learn",
    "Called support": "support",
    "Opened chat": "support",
    "Wrote review": "advocate",
    "Recommended to friend": "advocate",
}

FEEDBACK = {
    "search": [
        ("The ad was clear and the new model looks great", 5),
        ("Too many ads, it is annoying", 2),
        ("Hard to find which phone fits me", 2),
        ("Search results were helpful", 4),
    ],
    "compare": [
        ("Comparing plans is confusing and the prices are hidden", 1),
        ("Nice comparison table, very easy", 5),
        ("I could not tell the difference between the plans", 2),
        ("Good overview of the options", 4),
        ("The comparison page is slow and frustrating", 1),
    ],
    "store": [
        ("The staff in the store were friendly and helpful", 5),
        ("Waited 40 minutes in the store, terrible", 1),
        ("The store was busy but ok", 3),
    ],
    "buy": [
        ("Checkout was quick and easy", 5),
        ("Payment failed twice, really annoying", 1),
        ("Delivery options are great", 4),
        ("Unexpected fees at checkout, not happy", 1),
    ],
    "learn": [
        ("SIM activation worked instantly, love it", 5),
        ("Setting up the phone was confusing", 2),
        ("The transfer of my data failed", 1),
        ("Setup was fine", 4),
    ],
    "support": [
        ("Support solved my problem fast, thank you", 5),
        ("On hold for an hour, awful service", 1),
        ("The chat agent did not understand my issue", 2),
    ],
    "advocate": [
        ("Great phone, I recommend it to everyone", 5),
        ("Happy with the purchase", 4),
    ],
}


class Case:
    def __init__(self, rng: random.Random, case_id: str, segment: str) -> None:
        self.rng, self.id, self.segment = rng, case_id, segment
        self.t = START + timedelta(seconds=rng.uniform(0, DAYS * 86400))
        self.rows: list[list[str]] = []

    def wait(self, low_s: float, high_s: float) -> None:
        self.t += timedelta(seconds=self.rng.uniform(low_s, high_s))

    def event(self, activity: str, channel: str, stage: str, feedback_p: float = 0.12) -> None:
        assert SAMPLE_MAPPING.get(activity, stage) == stage, activity  # the table above stays true
        zone = ZONES[channel]
        at = self.t.replace(microsecond=0)
        if zone is None:
            stamp = at.strftime("%Y-%m-%d %H:%M:%S")
        elif zone == "Z":
            stamp = at.strftime("%Y-%m-%dT%H:%M:%SZ")
        else:
            stamp = at.astimezone(zone).isoformat()
        text, rating = "", ""
        if self.rng.random() < feedback_p:
            text, score = self.rng.choice(FEEDBACK[stage])
            rating = str(max(1, min(5, score + self.rng.choice((-1, 0, 0, 0, 1)))))
        self.rows.append([self.id, activity, stamp, channel, self.segment if not self.rows else "", text, rating])


def journey(rng: random.Random, n: int) -> list[list[str]]:
    existing = rng.random() < 0.4
    c = Case(rng, f"C{n:06d}", "existing customer" if existing else "new customer")
    online = rng.choice(("web", "web", "app"))
    if not existing or rng.random() < 0.6:
        c.event("Viewed ad", online, "search")
        if rng.random() < 0.7:
            c.wait(60, 3 * 3600)
            c.event("Searched phones", online, "search")
        if rng.random() < 0.15:
            return c.rows
        c.wait(600, 2 * 86400)
    for _ in range(rng.choice((1, 1, 2, 3))):
        c.event(rng.choice(("Compared plans", "Compared prices")), online, "compare")
        c.wait(300, 86400)
    if rng.random() < 0.25:
        return c.rows
    if rng.random() < 0.35:
        if rng.random() < 0.4:
            c.event("Booked appointment", "phone", "store", 0)
            c.wait(86400, 4 * 86400)
        c.event("Visited store", "store", "store")
        c.wait(600, 3 * 86400)
    if rng.random() < 0.3:
        return c.rows
    channel = rng.choice(("web", "app", "store")) if existing else rng.choice(("web", "web", "app"))
    c.event("Added to cart", channel, "buy", 0.03)
    c.wait(60, 1800)
    if rng.random() < 0.12:
        return c.rows
    c.event("Checkout started", channel, "buy")
    if rng.random() < 0.1:  # back to comparing after starting checkout
        c.wait(600, 86400)
        c.event("Compared plans", online, "compare")
        if rng.random() < 0.4:
            return c.rows
        c.wait(600, 86400)
        c.event("Checkout started", channel, "buy", 0.05)
    c.wait(30, 900)
    if rng.random() < 0.08:
        return c.rows
    c.event("Paid", channel, "buy")
    c.wait(86400, 4 * 86400)
    if rng.random() < 0.92:
        c.event("Activated SIM", "app", "learn")
        c.wait(600, 86400)
        if rng.random() < 0.5:
            c.event("Set up phone", "app", "learn")
        if rng.random() < 0.3:
            c.event("Watched tutorial", "app", "learn", 0)
    if rng.random() < 0.25:
        c.wait(86400, 10 * 86400)
        c.event(
            "Called support" if rng.random() < 0.6 else "Opened chat",
            "phone" if rng.random() < 0.6 else "app",
            "support",
            0.4,
        )
    if rng.random() < 0.2:
        c.wait(3 * 86400, 20 * 86400)
        c.event(rng.choice(("Wrote review", "Recommended to friend")), online, "advocate", 0.5)
    return c.rows


def write(out: Path, cases: int, seed: int, *, lean: bool = False) -> int:
    """Write ``cases`` journeys; ``lean``: without the feedback and rating columns (the bench's log)."""
    rng = random.Random(seed)
    events = 0
    width = len(HEADER) - 2 if lean else len(HEADER)
    with open(out, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(HEADER[:width])
        for n in range(1, cases + 1):
            rows = journey(rng, n)
            writer.writerows(row[:width] for row in rows) if lean else writer.writerows(rows)
            events += len(rows)
    return events


def main(argv: list[str] | None = None) -> int:
    here = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "out", nargs="?", type=Path, default=here / "resources" / "sample" / "phone-purchase-events.csv"
    )
    parser.add_argument("--cases", type=int, default=2500)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--lean", action="store_true", help="leave out the feedback and rating columns")
    args = parser.parse_args(argv)
    events = write(args.out, args.cases, args.seed, lean=args.lean)
    print(f"{args.out}: {args.cases:,} cases, {events:,} events", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
