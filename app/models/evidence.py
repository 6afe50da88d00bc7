"""Evidence on cards, without Qt: which links a card may hold, who writes a comment and when,
and how a comment's date reads — shared by the inspector and the PDF appendix.

A link is opened in the system browser, so only addresses a browser or a mail program opens
as a page or a message are kept: http, https and mailto. Anything else (file:, javascript:,
a bare word) is refused with one line that says which schemes are kept.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from app import i18n
from app.i18n import translate
from app.models.entities import Card, Journey, Project
from app.models.errors import WaymarkError
from app.models.stamps import author_of
from app.models.stamps import now_instant as now_instant

LINK_SCHEMES = ("http", "https", "mailto")


def checked_link(text: str) -> str:
    """``text`` as a link a card can keep; "www.example.com" gains "https://".

    Raises WaymarkError (one line, naming the text) for anything but an http, https or mailto
    address with somewhere to go.
    """
    url = text.strip()
    if not url:
        raise WaymarkError(translate("CardEvidence", "Type a web address (https://…) or a mail address (mailto:…)"))
    if "://" not in url and not url.lower().startswith("mailto:") and "." in url.split("/")[0] and " " not in url:
        url = "https://" + url  # "example.com/page", as a browser's address bar reads it
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    ok = (
        scheme in ("http", "https")
        and bool(parts.netloc)
        and not any(ch.isspace() for ch in url)
        or (scheme == "mailto" and "@" in parts.path and not any(ch.isspace() for ch in url))
    )
    if not ok:
        shown = url if len(url) <= 80 else url[:79] + "…"
        raise WaymarkError(
            translate(
                "CardEvidence", "“{url}” is not a link Waymark keeps: use an http://, https:// or mailto: address"
            ).format(url=shown)
        )
    return url


def comment_author(project: Project) -> str:
    """Who writes a comment (app/models/stamps.py); "Waymark" where nobody can be named."""
    return author_of(project) or "Waymark"


def instant_text(instant: str) -> str:
    """A stored instant as the session's language writes it, in local time: 2026-12-06 21:15
    (German 06.12.2026 21:15). A text that is no instant is shown as it is."""
    try:
        moment = dt.datetime.fromisoformat(instant)
    except ValueError:
        return instant
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    day = i18n.date_text(f"{moment.year:04d}", f"{moment.month:02d}", f"{moment.day:02d}")
    return f"{day} {moment.hour:02d}:{moment.minute:02d}"


def has_evidence(card: Card) -> bool:
    return bool(card.image or card.links or card.comments)


def cards_with_evidence(journey: Journey) -> list[Card]:
    """The journey's cards that hold an image, links or comments, in board order (stage, lane)."""
    stage_order = {s.id: n for n, s in enumerate(journey.stages)}
    lane_order = {ln.id: n for n, ln in enumerate(journey.lanes)}
    cards = [c for c in journey.cards if has_evidence(c)]
    cards.sort(key=lambda c: (stage_order.get(c.stage, 0), lane_order.get(c.lane, 0)))
    return cards
