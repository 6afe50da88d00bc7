"""Issue 17 point 5: text contrast of at least 4.5:1 (WCAG 2.x AA) wherever the board, the window
and the exports put words on a colour, in the light and the dark theme.

The pairs are enumerated from app/theme.py and the colour lists the app offers (the lanes' card
colours, the context menu's and the inspector's swatches), not typed again here, so a new card
colour or a changed ink is checked as soon as it exists.
"""

from __future__ import annotations

import pytest

from app import theme as T
from app.models.avatars import dark_text_on
from app.models.voting import DOT_COLORS

AA = 4.5
AA_LARGE = 3.0  # WCAG's threshold for large text (18 pt, or 14 pt bold): the initials on a persona disc


def card_colours() -> list[str]:
    """Every colour Waymark itself gives a card: lane defaults, the menu's and the inspector's swatches."""
    from app.views.board.context_menus import CARD_COLORS
    from app.views.inspector.pages import SWATCHES

    found = {*T.DEFAULT_CARD_COLORS.values(), T.CARD_DEFAULT, *SWATCHES, *(c for c, _name in CARD_COLORS)}
    return sorted(c.upper() for c in found)


def card_pairs() -> list[tuple[str, str, str]]:
    """(what, ink, background) for the words on a card: the same in both themes (cards keep their colours)."""
    pairs = []
    for colour in card_colours():
        pairs.append(("card text", T.CARD_INK, colour))
        pairs.append(("card footer", T.CARD_MUTED, colour))
        for category, ink in T.CATEGORY_COLORS.items():
            pairs.append((f"touchpoint pill {category}", ink, colour))
    pairs.append(("vote badge", T.WHITE, T.VOTE_BG))
    return pairs


def stage_pairs() -> list[tuple[str, str, str]]:
    """The stage headers are dark slate in both themes; a selected one is the selection blue."""
    return [
        ("stage name", T.STAGE_INK, T.STAGE_BG),
        ("stage number", T.STAGE_NUMBER_INK, T.STAGE_BG),
        ("stage description", T.STAGE_DESCRIPTION_INK, T.STAGE_BG),
        ("selected stage header", T.STAGE_INK, T.SELECTION),
        ("drop-off heat", T.HEAT_INK, T.STAGE_BG),
        ("nobody reaches", T.HEAT_NOBODY, T.STAGE_BG),
        ("from-data badge", T.DATA_BADGE_INK, T.DATA_BADGE_BG),
        ("flow count pill, forward", T.FLOW_FORWARD_INK, T.WHITE),
        ("flow count pill, back", T.FLOW_BACKWARD_INK, T.WHITE),
    ]


def board_pairs(palette: T.BoardPalette) -> list[tuple[str, str, str]]:
    """Words on the canvas and the lane headers: lane names and kinds, legends, metric values and
    targets, emotion scores and notes, the flow lane's key."""
    pairs = []
    for where, background in (
        ("canvas", palette.canvas),
        ("lane band", palette.surface),
        ("lane header", palette.header_bg),
        ("selected lane header", palette.lane_header_selected_bg),
    ):
        pairs += [
            (f"ink on {where}", palette.ink, background),
            (f"muted on {where}", palette.muted, background),
        ]
    for where, background in (("canvas", palette.canvas), ("lane band", palette.surface)):
        pairs += [
            (f"flow key forward on {where}", palette.flow_forward_ink, background),
            (f"flow key back on {where}", palette.flow_backward_ink, background),
        ]
    return pairs


def dark_window_pairs() -> list[tuple[str, str, str]]:
    w = T.DARK_WINDOW
    pairs = [
        (f"text on {name}", w.text, colour)
        for name, colour in (
            ("window", w.window),
            ("base", w.base),
            ("alternate", w.alternate_base),
            ("button", w.button),
        )
    ]
    pairs += [(f"muted on {name}", w.muted, colour) for name, colour in (("window", w.window), ("base", w.base))]
    pairs += [(f"error on {name}", w.error, colour) for name, colour in (("window", w.window), ("base", w.base))]
    pairs += [
        ("selection", w.highlighted_text, w.highlight),
        ("link", w.link, w.base),
        ("tooltip", w.text, w.tooltip_bg),
        ("inspector error box", T.ERROR_INK, T.ERROR_BG),  # a light box of its own in both themes
    ]
    return pairs


def light_window_pairs() -> list[tuple[str, str, str]]:
    fusion_window = "#EFEFEF"  # Qt's Fusion light window colour
    return [
        ("muted on window", T.MUTED, fusion_window),
        ("muted on white", T.MUTED, T.WHITE),
        ("error on window", T.ERROR_INK, fusion_window),
        ("inspector error box", T.ERROR_INK, T.ERROR_BG),
        ("persona editor error", T.ERROR_BOX_INK, T.ERROR_BOX_BG),
        ("template list", T.INK, T.WHITE),
        ("template list selected", T.WHITE, T.SELECTION),
        ("palette list hover", T.INK, T.LIST_HOVER),
        ("palette list selected", T.INK, T.LIST_SELECTED),
    ]


THEMES = {
    "light": card_pairs() + stage_pairs() + board_pairs(T.LIGHT_BOARD) + light_window_pairs(),
    "dark": card_pairs() + stage_pairs() + board_pairs(T.DARK_BOARD) + dark_window_pairs(),
}


def test_the_formula_is_wcag_s():
    assert T.contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert T.contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # the classic just-fails grey
    assert T.contrast_ratio(T.INK, T.INK) == 1.0


def test_every_card_colour_is_enumerated():
    colours = card_colours()
    assert len(colours) >= 9 and T.DEFAULT_CARD_COLORS["pain_points"].upper() in colours


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_every_text_has_at_least_aa_contrast(theme):
    low = [
        f"{what}: {ink} on {background} is {T.contrast_ratio(ink, background):.2f}:1"
        for what, ink, background in THEMES[theme]
        if T.contrast_ratio(ink, background) < AA
    ]
    assert not low, f"{theme} theme, under {AA}:1:\n" + "\n".join(low)


def test_a_dark_custom_card_colour_gets_white_text():
    assert T.ink_on("#1B2A4A") == T.WHITE and T.ink_on("#FFE08A") == T.CARD_INK
    for colour in card_colours():
        assert T.ink_on(colour) == T.CARD_INK


def test_persona_initials_are_readable_on_every_persona_colour():
    """Initials are large bold text on a disc of the persona's colour (the gallery, the PDF):
    WCAG's large-text threshold applies."""
    for colour in (*T.PERSONA_COLORS, *DOT_COLORS):
        ink = T.INK if dark_text_on(colour) else T.WHITE
        assert T.contrast_ratio(ink, colour) >= AA_LARGE, colour


def test_the_timer_digits_stand_out_in_every_look():
    from PySide6.QtGui import QColor

    from app.views.workshop.timer_overlay import _COLORS

    for look, (plate, digits) in _COLORS.items():
        if plate.alpha() == 0:
            continue  # hidden
        for board in (T.LIGHT_BOARD.canvas, T.DARK_BOARD.canvas):  # a translucent plate over either board
            under = QColor(board)
            a = plate.alphaF()
            mixed = QColor.fromRgbF(
                *(a * p + (1 - a) * u for p, u in zip(plate.getRgbF()[:3], under.getRgbF()[:3], strict=True))
            )
            assert T.contrast_ratio(digits.name(), mixed.name()) >= AA, (look, board)
