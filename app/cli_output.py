"""How every `waymark` command reports warnings on stderr: one escaped line each, at most
MAX_WARNINGS_SHOWN, so a hostile input cannot flood the terminal or move its cursor."""

from __future__ import annotations

import sys

MAX_WARNINGS_SHOWN = 20


def warn(warnings: list[str]) -> None:
    from app.models.inputs import printable

    for line in warnings[:MAX_WARNINGS_SHOWN]:
        print(f"waymark: warning: {printable(line, limit=1000)}", file=sys.stderr)
    if len(warnings) > MAX_WARNINGS_SHOWN:
        from app.i18n import translate

        more = translate("CliOutput", "… and {n} more").format(n=len(warnings) - MAX_WARNINGS_SHOWN)
        print(f"waymark: warning: {more}", file=sys.stderr)
