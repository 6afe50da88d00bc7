"""The workbook's words in every language Waymark writes them in, for reading them back.

The export writes sheet names, headers, the variant and no-persona cells and the output
sheets' A1 markers in the session's language (``app.exporters.xlsx.words``). A workbook travels:
exported in German, filled in, imported by an English session. So the importer does not look
these up in the session's catalogue; it accepts every language's form, from this table.
tests/test_german_outputs.py checks that it holds each language's catalogue translation.
"""

from __future__ import annotations

from app.i18n import translate
from app.models import ownership as O
from app.models.entities import ActionState

# English (as app.models.workbook_format names it) -> the other languages' forms.
OTHER_FORMS: dict[str, tuple[str, ...]] = {
    "How to use": ("Anleitung",),
    "Emotions": ("Emotionen",),
    "Cards": ("Karten",),
    "Personas": ("Personas",),
    "Votes - ": ("Stimmen - ",),
    "Analytics - ": ("Analyse - ",),
    "Voting session": ("Abstimmung",),
    "Journey analytics": ("Journey-Analyse",),
    "journey": ("Journey",),
    "stage": ("Phase",),
    "lane": ("Ebene",),
    "text": ("Text",),
    "channel": ("Kanal",),
    "touchpoint": ("Touchpoint",),
    "evidence": ("Beleg",),
    "votes": ("Stimmen",),
    "tags": ("Tags",),
    "color": ("Farbe",),
    "action": ("Maßnahme",),
    "owner": ("Verantwortlich",),
    "due": ("Fällig",),
    "persona": ("Persona",),
    "variant": ("Variante",),
    "as-is": ("Ist", "Ist-Zustand"),
    "to-be": ("Soll", "Soll-Zustand"),
    "observed": ("beobachtet",),
    "No persona": ("Keine Persona", "Ohne Persona", "keine"),
    "Ballot": ("Stimmzettel",),
    "Stage": ("Phase",),
    "Lane": ("Ebene",),
    "Card": ("Karte",),
    "Votes": ("Stimmen",),
    "Name": ("Name",),
}


def forms(english: str) -> tuple[str, ...]:
    """Every spelling of ``english`` a Waymark workbook may hold: the English one, the session's
    (a language this table may not know yet) and the table's."""
    found = dict.fromkeys((english, translate("Workbook", english), *OTHER_FORMS.get(english, ())))
    return tuple(found)


def folded(english: str) -> tuple[str, ...]:
    """:func:`forms` compared case-blind (and trimmed), as the importer compares cells and sheet names."""
    return tuple(dict.fromkeys(form.strip().casefold() for form in forms(english)))


# An action's state in the "action" column: every spelling read back, as the state. The words are
# app.models.ownership.STATE_WORDS (written in the session's language); these are the other
# languages' forms and the plain values FORMAT.md stores.
STATE_FORMS: dict[ActionState, tuple[str, ...]] = {
    ActionState.OPEN: ("open", "offen"),
    ActionState.IN_PROGRESS: ("in progress", "in_progress", "in-progress", "in Arbeit"),
    ActionState.DONE: ("done", "erledigt"),
}


def action_state(text: str) -> ActionState | None:
    """The state a cell's word names, in any language (compared case-blind, trimmed), or None."""
    key = text.strip().casefold()
    for state, spellings in STATE_FORMS.items():
        words = (*spellings, O.STATE_WORDS[state], O.state_word(state))
        if key in {w.casefold() for w in words}:
            return state
    return None
