"""The workbook's words the importer reads back, in the session's language.

Sheet names, header rows, the variant and no-persona cells and the A1 markers of the output
sheets are written in the language of the export, so a German participant reads German; the
importer accepts every language's form of each (``app.importers.xlsx.words``, a table checked
against this catalogue by tests/test_german_outputs.py), so a German workbook imports in an
English session and the other way round. The canonical English names stay
``app.models.workbook_format``; the hidden "Lists" sheet and the ids stay English (machine-read).
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.workbook_format import VARIANT_LABELS

CONTEXT = "Workbook"

# Every English text here has a German form the importer knows; keep the two tables in step.
WORDS = (
    QT_TRANSLATE_NOOP("Workbook", "How to use"),
    QT_TRANSLATE_NOOP("Workbook", "Emotions"),
    QT_TRANSLATE_NOOP("Workbook", "Cards"),
    QT_TRANSLATE_NOOP("Workbook", "Personas"),
    QT_TRANSLATE_NOOP("Workbook", "Votes - "),
    QT_TRANSLATE_NOOP("Workbook", "Analytics - "),
    QT_TRANSLATE_NOOP("Workbook", "Voting session"),
    QT_TRANSLATE_NOOP("Workbook", "Journey analytics"),
    QT_TRANSLATE_NOOP("Workbook", "journey"),
    QT_TRANSLATE_NOOP("Workbook", "stage"),
    QT_TRANSLATE_NOOP("Workbook", "lane"),
    QT_TRANSLATE_NOOP("Workbook", "text"),
    QT_TRANSLATE_NOOP("Workbook", "channel"),
    QT_TRANSLATE_NOOP("Workbook", "touchpoint"),
    QT_TRANSLATE_NOOP("Workbook", "evidence"),
    QT_TRANSLATE_NOOP("Workbook", "votes"),
    QT_TRANSLATE_NOOP("Workbook", "tags"),
    QT_TRANSLATE_NOOP("Workbook", "color"),
    QT_TRANSLATE_NOOP("Workbook", "action"),
    QT_TRANSLATE_NOOP("Workbook", "owner"),
    QT_TRANSLATE_NOOP("Workbook", "due"),
    QT_TRANSLATE_NOOP("Workbook", "persona"),
    QT_TRANSLATE_NOOP("Workbook", "variant"),
    QT_TRANSLATE_NOOP("Workbook", "as-is"),
    QT_TRANSLATE_NOOP("Workbook", "to-be"),
    QT_TRANSLATE_NOOP("Workbook", "observed"),
    QT_TRANSLATE_NOOP("Workbook", "No persona"),
    QT_TRANSLATE_NOOP("Workbook", "Ballot"),
    QT_TRANSLATE_NOOP("Workbook", "Stage"),
    QT_TRANSLATE_NOOP("Workbook", "Lane"),
    QT_TRANSLATE_NOOP("Workbook", "Card"),
    QT_TRANSLATE_NOOP("Workbook", "Votes"),
    QT_TRANSLATE_NOOP("Workbook", "Name"),
)

# Read by nobody: the Personas sheet's header (not imported).
PERSONA_WORDS = (
    QT_TRANSLATE_NOOP("Workbook", "name"),
    QT_TRANSLATE_NOOP("Workbook", "role"),
    QT_TRANSLATE_NOOP("Workbook", "goals"),
    QT_TRANSLATE_NOOP("Workbook", "needs"),
    QT_TRANSLATE_NOOP("Workbook", "frustrations"),
    QT_TRANSLATE_NOOP("Workbook", "quote"),
    QT_TRANSLATE_NOOP("Workbook", "colour"),
)


def word(english: str) -> str:
    """``english`` (one of the texts above, or an identifier such as "id") as this session writes it."""
    return translate(CONTEXT, english)


def variant_label(variant: str) -> str:
    return word(VARIANT_LABELS[variant])


def owner(persona) -> str:
    """The persona cell of a curve: its persona's name, or "No persona" in the session's language."""
    return persona.name if persona is not None else word("No persona")
