"""The models' words as the board and the inspector show them, in the session's language.

app.models keeps its tables in English: the workbook and the PDF read some of them back or
print them, and their translation is the core area's. The board needs them translated where
they are drawn, so it holds its own marked copies ("BoardModelWords"); tests/test_german_trboard.py
checks that each copy's English equals the models' text, so the two cannot drift apart.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.entities import Measure, Persona

MEASURE_TITLES: dict[Measure, str] = {
    Measure.REACHED: QT_TRANSLATE_NOOP("BoardModelWords", "Cases reaching the stage"),
    Measure.SHARE: QT_TRANSLATE_NOOP("BoardModelWords", "Share of all cases"),
    Measure.CONVERSION: QT_TRANSLATE_NOOP("BoardModelWords", "Conversion from the previous stage"),
    Measure.DROPOFF: QT_TRANSLATE_NOOP("BoardModelWords", "Drop-off (last stage of a case)"),
    Measure.MEDIAN_TO_NEXT: QT_TRANSLATE_NOOP("BoardModelWords", "Median time to the next stage"),
    Measure.MEDIAN_IN_STAGE: QT_TRANSLATE_NOOP("BoardModelWords", "Median time in the stage"),
    Measure.RATING: QT_TRANSLATE_NOOP("BoardModelWords", "Mean rating"),
    Measure.SENTIMENT: QT_TRANSLATE_NOOP("BoardModelWords", "Feedback sentiment"),
}
VARIANT_TITLES: dict[str, str] = {
    "as_is": QT_TRANSLATE_NOOP("BoardModelWords", "as-is"),
    "to_be": QT_TRANSLATE_NOOP("BoardModelWords", "to-be"),
    "observed": QT_TRANSLATE_NOOP("BoardModelWords", "observed"),
}
NO_PERSONA_TITLE = QT_TRANSLATE_NOOP("BoardModelWords", "No persona")


def measure_title(measure: Measure) -> str:
    """A measure's name (analytics_values.MEASURE_NAMES), translated."""
    return translate("BoardModelWords", MEASURE_TITLES[measure])


def curve_title(persona: Persona | None, variant: str) -> str:
    """curves.curve_name in the session's language: "Anna Berg · Soll", "Keine Persona · Ist"."""
    owner = persona.name if persona is not None else translate("BoardModelWords", NO_PERSONA_TITLE)
    word = VARIANT_TITLES.get(variant)
    return "{owner} · {variant}".format(owner=owner, variant=translate("BoardModelWords", word) if word else variant)
