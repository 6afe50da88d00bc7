"""The Journey menu's compare commands: Compare… (Ctrl+Alt+C), Next and Previous Change
(F8, Shift+F8) and End Compare (also Esc on the board), the last three only while comparing."""

from __future__ import annotations

from typing import Any

from app.i18n import translate
from app.views.compare.mode import CompareMode

COMPARE_KEYS = "Ctrl+Alt+C"


def build_compare_menu(window: Any, menu: Any, act: Any) -> CompareMode:
    mode = CompareMode(window)
    window.compare = mode
    act(
        menu,
        "compare",
        translate("CompareMenu", "Com&pare…"),
        mode.choose,
        [COMPARE_KEYS],
        tip=translate("CompareMenu", "Show what changed since a snapshot, or against another journey or file"),
    )
    act(menu, "compare_next", translate("CompareMenu", "Next C&hange"), mode.step, ["F8"])
    act(
        menu,
        "compare_previous",
        translate("CompareMenu", "Previous Chan&ge"),
        lambda: mode.step(backward=True),
        ["Shift+F8"],
    )
    act(menu, "compare_end", translate("CompareMenu", "End &Compare"), mode.end)
    for name in ("compare_next", "compare_previous", "compare_end"):
        window.actions_by_name[name].setEnabled(False)
    return mode
