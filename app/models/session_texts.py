"""The longer messages of a project session (app/models/session.py), in the session's language.

Kept apart so session.py stays about sessions; every text here is context "Session".
"""

from __future__ import annotations

from app.i18n import translate
from app.models.atomic import describe_os_error


def read_only_folder(name: str, exc: OSError) -> str:
    return translate(
        "Session",
        "{name} is open read-only: its folder cannot be written ({reason}). Use Save As to save a copy elsewhere.",
    ).format(name=name, reason=describe_os_error(exc))


def folder_unwritable(reason: str) -> str:
    return translate("Session", "its folder cannot be written ({reason})").format(reason=reason)


def not_recorded(reason: str) -> str:
    return translate("Session", "the edit could not be recorded ({reason}); nothing was changed").format(reason=reason)


def own_write_failure(reason: str) -> bool:
    """A failure writing Waymark's own copy (not a sign that the user's file is damaged)."""
    own = [
        translate("Atomic", "the disk is full"),
        translate("Atomic", "the disk quota is used up"),
        translate("Atomic", "the file exceeds the largest file this system allows"),
        translate("Atomic", "the file exceeds the file-size limit ({limit} bytes; see `ulimit -f`)").split("{")[0],
    ]
    return reason.startswith(("the disk is full", "the file exceeds", "the disk quota", *own))


def newer_notice(name: str, version: int) -> str:
    return translate(
        "Session",
        "{name} was saved by a newer Waymark (file schema {version}). "
        "It is open read-only; Save As keeps a copy in this version's format.",
    ).format(name=name, version=version)


def working_copy_unwritable(name: str, reason: str) -> str:
    return translate(
        "Session",
        "could not open {name}: its working copy in Waymark's data folder could not be written ({reason})",
    ).format(name=name, reason=reason)


def newer_working_copy(title: str, version: int) -> str:
    return translate(
        "Session",
        "the working copy of {title} was written by a newer Waymark (schema {version}); update Waymark to recover it",
    ).format(title=title, version=f"{version:,}")


def recovered_read_only(name: str) -> str:
    return translate(
        "Session",
        "{name} is open in another window; the recovered copy is read-only here. Use Save As to keep it.",
    ).format(name=name)


def read_only_save(name: str, reason: str | None) -> str:
    text = (
        translate(
            "Session", "{name} is open read-only: {reason}; save the copy under another name or in another folder"
        )
        if reason
        else translate("Session", "{name} is open read-only; save the copy under another name or in another folder")
    )
    return text.format(name=name, reason=reason)


def changed_elsewhere(name: str) -> str:
    return translate(
        "Session",
        "{name} was changed by another program since it was opened or last saved here; "
        "it was not saved, so that version is unchanged on disk",
    ).format(name=name)
