"""What a screen reader hears in the inspector.

Most fields take their accessible name from their form label (QFormLayout makes the label the
field's buddy); this names the ones without a text of their own — the colour swatches, which
show only a colour, and the metric's value and target, which sit in a row with their unit —
and gives every field a description of what it changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from app.views.inspector.panel import Inspector


# The swatches' colours (theme.DEFAULT_CARD_COLORS) by a name a person would say.
SWATCH_NAMES = {
    "#FFE08A": QT_TRANSLATE_NOOP("InspectorA11y", "Yellow"),
    "#CDE7FF": QT_TRANSLATE_NOOP("InspectorA11y", "Light blue"),
    "#E8F1FF": QT_TRANSLATE_NOOP("InspectorA11y", "Pale blue"),
    "#FFC9C2": QT_TRANSLATE_NOOP("InspectorA11y", "Salmon"),
    "#C8F0E8": QT_TRANSLATE_NOOP("InspectorA11y", "Mint"),
    "#E6E0F5": QT_TRANSLATE_NOOP("InspectorA11y", "Lavender"),
    "#EDE7F6": QT_TRANSLATE_NOOP("InspectorA11y", "Pale lavender"),
    "#FFF3C4": QT_TRANSLATE_NOOP("InspectorA11y", "Cream"),
    "#D9F2D0": QT_TRANSLATE_NOOP("InspectorA11y", "Light green"),
}

# Inspector attribute -> what the field changes (its accessible description).
DESCRIPTIONS = {
    "card_text": QT_TRANSLATE_NOOP("InspectorA11y", "The text of the selected card"),
    "card_color_button": QT_TRANSLATE_NOOP("InspectorA11y", "Choose any colour for the card"),
    "card_color_reset": QT_TRANSLATE_NOOP("InspectorA11y", "Use the lane's colour for the card"),
    "card_channel": QT_TRANSLATE_NOOP("InspectorA11y", "The channel of the touchpoint"),
    "card_touchpoint": QT_TRANSLATE_NOOP("InspectorA11y", "Peripheral, external or internal touchpoint"),
    "card_evidence": QT_TRANSLATE_NOOP("InspectorA11y", "Where the card's content comes from"),
    "card_tags": QT_TRANSLATE_NOOP("InspectorA11y", "Tags, separated by commas"),
    "card_votes": QT_TRANSLATE_NOOP("InspectorA11y", "The card's own count of votes"),
    "emotion_score": QT_TRANSLATE_NOOP("InspectorA11y", "From −2 (very negative) to +2 (very positive)"),
    "emotion_note": QT_TRANSLATE_NOOP("InspectorA11y", "Why the customer feels this way"),
    "lane_name": QT_TRANSLATE_NOOP("InspectorA11y", "The name of the lane"),
    "lane_kind": QT_TRANSLATE_NOOP("InspectorA11y", "What the lane holds: cards, touchpoints, an emotion curve…"),
    "lane_role": QT_TRANSLATE_NOOP("InspectorA11y", "The role of a cards lane, which sets its colour"),
    "lane_unit": QT_TRANSLATE_NOOP("InspectorA11y", "The unit of a metric lane's values"),
    "stage_name": QT_TRANSLATE_NOOP("InspectorA11y", "The name of the stage"),
    "stage_description": QT_TRANSLATE_NOOP("InspectorA11y", "What happens in this stage"),
    "stage_width": QT_TRANSLATE_NOOP("InspectorA11y", "The stage's width on the board"),
    "metric_value": QT_TRANSLATE_NOOP("InspectorA11y", "The measured value in this stage"),
    "metric_target": QT_TRANSLATE_NOOP("InspectorA11y", "The value aimed for in this stage"),
}


def name_fields(inspector: Inspector) -> None:
    for attribute, description in DESCRIPTIONS.items():
        field: QWidget = getattr(inspector, attribute)
        field.setAccessibleDescription(translate("InspectorA11y", description))
    inspector.metric_value.setAccessibleName(translate("InspectorA11y", "Value"))
    inspector.metric_target.setAccessibleName(translate("InspectorA11y", "Target"))
    inspector.card_color_button.setAccessibleName(translate("InspectorA11y", "Card colour"))
    for button in inspector.card_swatches:
        color = str(button.property("color")).upper()
        name = translate("InspectorA11y", SWATCH_NAMES[color]) if color in SWATCH_NAMES else color
        button.setAccessibleName(translate("InspectorA11y", "Colour {name}").format(name=name))
