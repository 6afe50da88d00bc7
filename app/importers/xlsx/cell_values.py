"""Reading one cell of a workshop workbook into a card field or a score: the value, or a
ValueError whose message says what the cell should hold (the merge reports it at the cell)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from app.i18n import translate
from app.importers.xlsx.reader import Cell
from app.models import limits as L
from app.models.workbook_format import cell_text

_COLOR = re.compile(r"^#?([0-9A-Fa-f]{6})$")
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


def short(text: str, n: int = 48) -> str:
    one = " ".join(text.split())
    return one if len(one) <= n else one[: n - 1] + "…"


def read_channel(cell: Cell, _old: object) -> str | None:
    text = cell_text(cell.value).strip()
    if len(text) > L.MAX_CHANNEL:
        raise ValueError(
            translate("WorkbookImport", "a channel has at most {most} characters").format(most=L.MAX_CHANNEL)
        )
    return text or None


def read_choice(choices: tuple[str, ...], what: str) -> Callable[[Cell, object], object]:
    def read(cell: Cell, _old: object) -> str | None:
        text = cell_text(cell.value).strip().casefold()
        if not text:
            return None
        if text not in choices:
            raise ValueError(
                translate("WorkbookImport", '"{value}" is not a {what} ({value2})').format(
                    value=short(cell_text(cell.value), 30), what=what, value2=", ".join(choices)
                )
            )
        return text

    return read


def read_votes(cell: Cell, _old: object) -> int:
    value = cell.value
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0
    if isinstance(value, bool):
        raise ValueError(translate("WorkbookImport", "votes are a whole number"))
    if isinstance(value, str):
        text = value.strip()
        if not re.fullmatch(r"\+?\d{1,9}(\.0*)?", text):
            raise ValueError(
                translate("WorkbookImport", '"{text}" is not a number of votes').format(text=short(text, 20))
            )
        value = float(text)
    if not isinstance(value, (int, float)) or not math.isfinite(value) or value != int(value):
        raise ValueError(translate("WorkbookImport", "votes are a whole number"))
    if not 0 <= value <= L.MAX_VOTES:
        raise ValueError(translate("WorkbookImport", "votes are from 0 to {most}").format(most=f"{L.MAX_VOTES:,}"))
    return int(value)


def read_tags(cell: Cell, old: object) -> list[str]:
    text = cell_text(cell.value)
    if isinstance(old, list) and text == ", ".join(old):
        return list(old)  # a tag may itself hold ", "; the exported text means "unchanged"
    tags: dict[str, None] = {}
    for part in text.split(","):
        tag = part.strip()
        if tag:
            if len(tag) > L.MAX_TAG:
                raise ValueError(
                    translate("WorkbookImport", "a tag has at most {most} characters").format(most=L.MAX_TAG)
                )
            tags[tag] = None
    if len(tags) > L.MAX_TAGS:
        raise ValueError(translate("WorkbookImport", "a card has at most {most} tags").format(most=L.MAX_TAGS))
    return list(tags)


def read_color(cell: Cell, old: object) -> str | None:
    text = cell_text(cell.value).strip()
    if not text:
        return None
    m = _COLOR.match(text)
    if not m:
        raise ValueError(
            translate("WorkbookImport", '"{text}" is not a colour like #F2C94C').format(text=short(text, 20))
        )
    color = "#" + m.group(1).upper()
    return old if isinstance(old, str) and old.upper() == color else color


def read_score(value: object) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(translate("WorkbookImport", "a score is a number"))
    if isinstance(value, str):
        text = value.strip().replace("\u2212", "-")
        if not _NUMBER.match(text):
            raise ValueError(
                translate("WorkbookImport", '"{text}" is not a score from {min} to {max}').format(
                    text=short(text, 20), min=f"{L.MIN_SCORE:g}", max=f"{L.MAX_SCORE:+g}"
                )
            )
        value = float(text.replace(",", "."))
    if not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(translate("WorkbookImport", "a score is a number"))
    if not L.MIN_SCORE <= value <= L.MAX_SCORE:
        raise ValueError(
            translate("WorkbookImport", "{value} is outside the scores {min} to {max}").format(
                value=f"{value:g}", min=f"{L.MIN_SCORE:g}", max=f"{L.MAX_SCORE:+g}"
            )
        )
    return 0.0 if value == 0 else float(value)
