"""Who and when: the author and time stamped on what Waymark records for a person (a snapshot,
a comment) and on the PDF's metadata, decided in one place so they never disagree.

The author is the project's author when it has one (the organisation a workshop is for), else
the login name; some environments (a container, a service) have none.
"""

from __future__ import annotations

import getpass
from datetime import datetime

from app.models.entities import Project


def login_name() -> str | None:
    try:
        return getpass.getuser() or None
    except Exception:  # getpass raises whatever its last fallback (pwd) raises
        return None


def author_of(project: Project) -> str | None:
    """The project's author, else the login name, else None."""
    author = (project.info.author or "").strip()
    return author or login_name()


def now_instant(now: datetime | None = None) -> str:
    """An ISO 8601 instant with the local offset, to the second (``taken_at``, a comment's date)."""
    moment = datetime.now().astimezone() if now is None else now
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.isoformat(timespec="seconds")
