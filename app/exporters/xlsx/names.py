"""Journey sheet names: valid for Excel (1-31 characters, none of []:*?/\\, no edge apostrophe) and unique."""

from __future__ import annotations

import re

from app.exporters.xlsx.words import word
from app.i18n import translate
from app.models.workbook_format import ILLEGAL_CHARACTERS_RE, MAX_SHEET_NAME, RESERVED

_BAD = re.compile(r"[\[\]:*?/\\]")


class SheetNames:
    """Hands out names no other sheet of the workbook has (Excel compares them case-blind)."""

    def __init__(self) -> None:
        # Both the English names and this session's: the importer looks for either.
        self._taken = {n.casefold() for name in RESERVED for n in (name, word(name))}

    def claim(self, wanted: str) -> str:
        base = _BAD.sub("_", ILLEGAL_CHARACTERS_RE.sub("", wanted)).replace("\n", " ").replace("\r", " ")
        base = base.strip().strip("'").strip()[:MAX_SHEET_NAME].strip() or translate("XlsxExport", "Journey")
        name, n = base, 1
        while name.casefold() in self._taken:
            n += 1
            suffix = f" ({n})"
            name = base[: MAX_SHEET_NAME - len(suffix)].rstrip().rstrip("'") + suffix
        self._taken.add(name.casefold())
        return name
