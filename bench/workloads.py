"""The benchmark workloads, generated as FORMAT.md v1 JSON (deterministic: seeded).

| workload | stages x lanes | cards  | personas | emotion points |
| small    | 6 x 5          | 60     | 0        | 6 (one unnamed curve) |
| workshop | 15 x 8         | 600    | 3        | 36 |
| huge     | 60 x 14        | 10,000 | 10       | 600 |
| limits   | 200 x 24       | 50,000 | 10       | 4,000 |

"limits" is a journey at the stated limits (README "Limits": 200 stages, 50,000 cards a
journey) with a realistic number of lanes.

Texts are varied (a few words up to a paragraph), with tags, votes, colours, evidence, and
channels/touchpoints on the touchpoints lane. No Qt and no app imports here.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

SEED = 20240611


@dataclass(frozen=True)
class Spec:
    name: str
    stages: int
    lanes: tuple[tuple[str, str, str, str | None], ...]  # (id, name, kind, role-or-unit)
    cards: int
    personas: int
    emotion_points: int
    edit_copy: bool = False  # also write a copy one card short, for adding cards at the card limit


SMALL_LANES = (
    ("do", "Doing", "cards", "actions"),
    ("tp", "Touchpoints", "touchpoints", None),
    ("fe", "Feeling", "emotion", None),
    ("pp", "Pain points", "cards", "pain_points"),
    ("cv", "Conversion", "metric", "%"),
)
WORKSHOP_LANES = (
    ("do", "Doing", "cards", "actions"),
    ("th", "Thinking", "cards", "thoughts"),
    ("tp", "Touchpoints", "touchpoints", None),
    ("fe", "Feeling", "emotion", None),
    ("pp", "Pain points", "cards", "pain_points"),
    ("op", "Opportunities", "cards", "opportunities"),
    ("bs", "Backstage", "cards", "backstage"),
    ("cv", "Conversion", "metric", "%"),
)
HUGE_LANES = (
    ("do", "Doing", "cards", "actions"),
    ("th", "Thinking", "cards", "thoughts"),
    ("sa", "Saying", "cards", "quotes"),
    ("tp", "Touchpoints", "touchpoints", None),
    ("fe", "Feeling", "emotion", None),
    ("pp", "Pain points", "cards", "pain_points"),
    ("op", "Opportunities", "cards", "opportunities"),
    ("fs", "Frontstage staff", "cards", "custom"),
    ("bs", "Backstage", "cards", "backstage"),
    ("su", "Support processes", "cards", "support"),
    ("sy", "Systems", "cards", "custom"),
    ("po", "Policies", "cards", "custom"),
    ("cv", "Conversion", "metric", "%"),
    ("cs", "Satisfaction", "metric", "/10"),
)

LIMITS_LANES = HUGE_LANES + (
    ("ch", "Channels used", "touchpoints", None),
    ("fa", "Facilitator notes", "cards", "custom"),
    ("qu", "Questions", "cards", "thoughts"),
    ("ob", "Observations", "cards", "actions"),
    ("id", "Ideas", "cards", "opportunities"),
    ("ri", "Risks", "cards", "pain_points"),
    ("da", "Data", "cards", "backstage"),
    ("pa", "Partners", "cards", "support"),
    ("fe2", "Feeling (staff)", "emotion", None),
    ("nps", "NPS", "metric", "pts"),
)

SPECS = {
    "small": Spec("small", 6, SMALL_LANES, 60, 0, 6),
    "workshop": Spec("workshop", 15, WORKSHOP_LANES, 600, 3, 36),
    "huge": Spec("huge", 60, HUGE_LANES, 10_000, 10, 600),
    "limits": Spec("limits", 200, LIMITS_LANES, 50_000, 10, 4_000, edit_copy=True),
}
NAMES = tuple(SPECS)

STAGE_NAMES = (
    "Awareness",
    "Discovery",
    "Research",
    "Comparison",
    "Consideration",
    "Trial",
    "Decision",
    "Purchase",
    "Checkout",
    "Delivery",
    "Unboxing",
    "Setup",
    "Onboarding",
    "First use",
    "Daily use",
    "Support",
    "Upgrade",
    "Renewal",
    "Referral",
    "Advocacy",
)
PERSONAS = (
    ("Anna Lindqvist", "First-time buyer"),
    ("Marco Rossi", "Power user"),
    ("Priya Natarajan", "Small business owner"),
    ("Tomasz Nowak", "Bargain hunter"),
    ("Chen Wei", "Commuter"),
    ("Fatima Al-Sayed", "Parent of three"),
    ("Jonas Müller", "IT administrator"),
    ("Aiko Tanaka", "Student"),
    ("Lucía Fernández", "Retiree"),
    ("Kwame Mensah", "Frequent traveller"),
)
PERSONA_COLORS = (
    "#4F7FD8",
    "#D8574F",
    "#4FAF6B",
    "#B05FD0",
    "#D89A4F",
    "#3FB2B8",
    "#8C6D4F",
    "#D04F9A",
    "#6D7F8C",
    "#9AAF3F",
)
CARD_COLORS = ("#FFE08A", "#FFB3A7", "#B5E3B0", "#A9D2F5", "#E1C6F2", "#FFD1A1")
TAGS = (
    "search",
    "price",
    "trust",
    "delivery",
    "mobile",
    "email",
    "returns",
    "billing",
    "privacy",
    "speed",
    "accessibility",
    "support",
    "onboarding",
    "loyalty",
    "setup",
    "quality",
    "stock",
    "reviews",
)
CHANNELS = ("web", "app", "email", "store", "phone", "chat", "social", "ad", "word_of_mouth", "mail", "event", "kiosk")
TOUCHPOINTS = ("peripheral", "external", "internal")
EVIDENCE = ("observed", "assumed", "proposed", None, None)

SUBJECTS = (
    "The customer",
    "She",
    "He",
    "They",
    "The shopper",
    "Our user",
    "The buyer",
    "A returning visitor",
    "The agent",
    "The courier",
    "Support",
    "The store clerk",
)
VERBS = (
    "compares",
    "searches for",
    "reads about",
    "asks a friend about",
    "gives up on",
    "bookmarks",
    "double-checks",
    "calls about",
    "complains about",
    "shares",
    "cannot find",
    "waits for",
    "reviews",
    "signs up for",
    "abandons",
    "chats about",
    "screenshots",
    "prints",
)
OBJECTS = (
    "the delivery options",
    "the camera specs",
    "the monthly price",
    "the return policy",
    "the trade-in offer",
    "the store opening hours",
    "the order status",
    "the warranty terms",
    "a discount code",
    "the battery life",
    "customer reviews",
    "the data plan",
    "the setup guide",
    "the loyalty points",
    "the invoice",
    "the size chart",
    "the privacy settings",
)
EXTRAS = (
    "on the bus",
    "late at night",
    "during lunch",
    "with a colleague",
    "on a small screen",
    "after a long day",
    "for the third time",
    "while in the store",
    "before the weekend",
    "in a hurry",
)
QUOTES = (
    "“Why is this so hard?”",
    "“I just want it to work.”",
    "“Is this really the final price?”",
    "“I'll ask my brother first.”",
    "“Where is my parcel?”",
    "“That was easier than expected!”",
    "“Nobody told me about the fee.”",
    "“Can I talk to a human?”",
)
SENTENCES = (
    "The comparison table hides the important differences below the fold.",
    "Shipping costs only appear at the very last step, which feels like a trick.",
    "Staff in the store could not see what was ordered online.",
    "The confirmation email arrives minutes later and lands in the spam folder.",
    "Password rules are only explained after the first failed attempt.",
    "Reviews mention the battery more than anything else, both good and bad.",
    "A chat bot answers quickly but cannot change the delivery address.",
    "The tracking page shows a different date than the SMS.",
    "Returning an item requires printing a label, and many customers have no printer.",
    "The trade-in value drops between the estimate and the final offer.",
    "Setting up the device needs an account that was never mentioned before.",
    "Support scripts ask for the order number twice.",
)


def _card_text(rng: random.Random, role: str | None) -> str:
    if role == "quotes":
        return rng.choice(QUOTES)
    shape = rng.random()
    if shape < 0.35:  # a few words
        return f"{rng.choice(VERBS).capitalize()} {rng.choice(OBJECTS)}"
    if shape < 0.75:  # one sentence
        return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(EXTRAS)}."
    if shape < 0.95:  # two or three sentences
        return " ".join(rng.sample(SENTENCES, rng.randint(2, 3)))
    # a long note, sometimes with line breaks
    parts = rng.sample(SENTENCES, rng.randint(4, 7))
    return ("\n" if rng.random() < 0.5 else " ").join(parts)


def _stage_names(n: int) -> list[str]:
    names = []
    for i in range(n):
        base = STAGE_NAMES[i % len(STAGE_NAMES)]
        names.append(base if i < len(STAGE_NAMES) else f"{base} {i // len(STAGE_NAMES) + 1}")
    return names


def generate(name: str) -> dict:
    """The workload ``name`` as a FORMAT.md v1 document (a dict)."""
    spec = SPECS[name]
    rng = random.Random(f"{SEED}-{name}")
    personas = []
    for n in range(spec.personas):
        pname, role = PERSONAS[n % len(PERSONAS)]
        personas.append(
            {
                "id": f"p{n + 1:02d}",
                "name": pname,
                "role": role,
                "color": PERSONA_COLORS[n % len(PERSONA_COLORS)],
                "goals": [f"{rng.choice(VERBS).capitalize()} {rng.choice(OBJECTS)} without hassle"],
                "frustrations": [rng.choice(SENTENCES)],
                "quote": rng.choice(QUOTES),
            }
        )
    stages = [
        {"id": f"s{n + 1:02d}", "name": sname, "description": rng.choice(SENTENCES) if rng.random() < 0.3 else ""}
        for n, sname in enumerate(_stage_names(spec.stages))
    ]
    lanes = []
    for lid, lname, kind, extra in spec.lanes:
        lane = {"id": lid, "name": lname, "kind": kind}
        if kind == "cards":
            lane["role"] = extra
        elif kind == "metric":
            lane["unit"] = extra
        lanes.append(lane)
    card_lanes = [ln for ln in lanes if ln["kind"] in ("cards", "touchpoints")]
    # Uneven but realistic: some lanes and stages are busier than others.
    lane_weights = [rng.uniform(0.5, 2.0) for _ in card_lanes]
    stage_weights = [rng.uniform(0.3, 1.7) for _ in stages]
    cards = []
    for n in range(spec.cards):
        lane = rng.choices(card_lanes, lane_weights)[0]
        stage = rng.choices(stages, stage_weights)[0]
        card = {
            "id": f"c{n + 1:05d}",
            "lane": lane["id"],
            "stage": stage["id"],
            "text": _card_text(rng, lane.get("role")),
        }
        if rng.random() < 0.6:
            card["color"] = rng.choice(CARD_COLORS)
        if rng.random() < 0.3:
            card["votes"] = rng.choice((1, 1, 2, 3, 5, 8, 13))
        evidence = rng.choice(EVIDENCE)
        if evidence:
            card["evidence"] = evidence
        if rng.random() < 0.5:
            card["tags"] = rng.sample(TAGS, rng.randint(1, 3))
        if lane["kind"] == "touchpoints":
            card["channel"] = rng.choice(CHANNELS)
            card["touchpoint"] = rng.choice(TOUCHPOINTS)
        cards.append(card)
    emotions = _emotions(rng, spec, stages, lanes, personas)
    metrics = []
    for lane in lanes:
        if lane["kind"] != "metric":
            continue
        for stage in stages:
            if rng.random() < 0.85:
                top = 100.0 if lane["unit"] == "%" else 10.0
                metrics.append(
                    {
                        "lane": lane["id"],
                        "stage": stage["id"],
                        "value": round(rng.uniform(0, top), 1),
                        "target": round(rng.uniform(top / 2, top), 1),
                    }
                )
    line_after = {"do": "interaction", "tp": "visibility", "bs": "internal"}
    lines = [
        {"after_lane": lid, "kind": kind} for lid, kind in line_after.items() if any(ln["id"] == lid for ln in lanes)
    ]
    journey = {
        "id": "j1",
        "name": f"Buy a phone ({name})",
        "description": "A generated benchmark workload.",
        "persona_ids": [p["id"] for p in personas],
        "stages": stages,
        "lanes": lanes,
        "cards": cards,
        "emotions": emotions,
        "metrics": metrics,
        "lines": lines,
    }
    return {
        "format": "waymark/1",
        "project": {"name": f"Benchmark {name}", "description": ""},
        "personas": personas,
        "journeys": [journey],
    }


def _emotions(rng: random.Random, spec: Spec, stages: list, lanes: list, personas: list) -> list[dict]:
    emotion_lanes = [ln["id"] for ln in lanes if ln["kind"] == "emotion"]
    curves = [(p["id"], v) for p in personas for v in ("as_is", "to_be")] or [(None, "as_is")]
    slots = [
        (lane, s["id"], persona, variant) for lane in emotion_lanes for (persona, variant) in curves for s in stages
    ]
    # About four points in five on as-is curves, the rest on to-be curves (where there are any).
    as_is = [slot for slot in slots if slot[3] == "as_is"]
    to_be = [slot for slot in slots if slot[3] == "to_be"]
    wanted = min(spec.emotion_points, len(slots))
    n_to_be = min(len(to_be), wanted - min(len(as_is), round(wanted * 0.8)))
    chosen = rng.sample(to_be, n_to_be) + rng.sample(as_is, wanted - n_to_be)
    order = {slot: n for n, slot in enumerate(slots)}
    chosen.sort(key=order.__getitem__)
    points = []
    for lane, stage, persona, variant in chosen:
        point = {
            "lane": lane,
            "stage": stage,
            "score": rng.choice((-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2)),
            "variant": variant,
        }
        if persona:
            point["persona"] = persona
        if rng.random() < 0.2:
            point["note"] = rng.choice(QUOTES)
        points.append(point)
    return points


def counts(doc: dict) -> dict:
    j = doc["journeys"][0]
    return {
        "stages": len(j["stages"]),
        "lanes": len(j["lanes"]),
        "cards": len(j["cards"]),
        "personas": len(doc["personas"]),
        "emotion_points": len(j["emotions"]),
    }


def write_json(name: str, folder: Path) -> Path:
    path = Path(folder) / f"{name}.json"
    path.write_text(json.dumps(generate(name), ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def prepare(names: list[str], folder: Path) -> dict[str, dict[str, Path]]:
    """Write each workload's JSON and .waymark file into ``folder``: {name: {"json": p, "waymark": p}}."""
    from app.models.interchange import read_project_json
    from app.models.session import create_project_file

    out = {}
    for name in names:
        json_path = write_json(name, folder)
        result = read_project_json(json_path.read_bytes())
        if result.warnings:
            raise RuntimeError(f"workload {name}: {result.warnings[:3]}")
        waymark = Path(folder) / f"{name}.waymark"
        create_project_file(result.project, waymark)
        out[name] = {"json": json_path, "waymark": waymark}
        if SPECS[name].edit_copy:
            # A journey at 50,000 cards takes no more: the edit probe adds its card to this copy,
            # one card short, and undoes the add before the next round (--undo-adds).
            journey = result.project.journeys[0]
            short = journey.model_copy(update={"cards": journey.cards[:-1]})
            edit = Path(folder) / f"{name}-edit.waymark"
            create_project_file(result.project.model_copy(update={"journeys": [short]}), edit)
            out[name]["edit"] = edit
    return out
