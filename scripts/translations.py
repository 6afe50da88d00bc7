"""Keeps the translation catalogues: ``update`` refreshes the .ts sources from the code,
``build`` compiles them into the .qm files the app loads.

One .ts per area (resources/translations/<lang>/<area>.ts) so people translating different
parts of the app never edit the same file; ``build`` merges a language's areas into one
``resources/translations/waymark_<lang>.qm``. Locations are left out of the .ts files: line
numbers would change them on every edit of the code.

    python scripts/translations.py update   # after adding or changing texts
    python scripts/translations.py build    # scripts/_setup.sh and packaging/ run this
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = ("de",)

# area -> the sources it holds (folders or files, relative to ROOT). Every app module with
# texts is in exactly one area (tests/test_translations.py checks).
AREAS: dict[str, tuple[str, ...]] = {
    "core": (
        "app/cli.py",
        "app/cli_analytics.py",
        "app/cli_diff.py",
        "app/cli_snapshots.py",
        "app/cli_output.py",
        "app/gui.py",
        "app/models",
        "app/document",
        "app/analytics",
    ),
    # The workbook's words are read back by the importer: one area, one translator.
    "outputs": ("app/exporters", "app/importers"),
    # app/theme.py: the lane, role, evidence and line words the board, inspector and PDF show.
    "board": (
        "app/views/board",
        "app/views/inspector",
        "app/views/board_keys.py",
        "app/views/palette.py",
        "app/theme.py",
    ),
    "workshop": ("app/views/workshop", "app/views/analytics"),
    "preferences": ("app/views/preferences",),
    "windows": ("app/views",),  # the rest of app/views (excluding the folders above)
}


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: it ships with PySide6-Essentials (pip install -e .)")
    return found


def area_files(area: str) -> list[str]:
    taken: set[Path] = set()
    for other, parts in AREAS.items():
        if other != area and other != "windows":
            for part in parts:
                path = ROOT / part
                taken.update(path.rglob("*.py") if path.is_dir() else [path])
    files: list[str] = []
    for part in AREAS[area]:
        path = ROOT / part
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            if area != "windows" or file not in taken:
                files.append(str(file.relative_to(ROOT)))
    return files


def update(target: Path = CATALOGUES) -> None:
    for language in LANGUAGES:
        (target / language).mkdir(parents=True, exist_ok=True)
        for area in AREAS:
            ts = target / language / f"{area}.ts"
            subprocess.run(
                [
                    tool("pyside6-lupdate"),
                    *area_files(area),
                    "-locations",
                    "none",
                    "-no-obsolete",
                    "-source-language",
                    "en",
                    "-target-language",
                    language,
                    "-ts",
                    str(ts),
                ],
                cwd=ROOT,
                check=True,
                stdout=subprocess.DEVNULL,
            )


def build(source: Path = CATALOGUES, target: Path = CATALOGUES) -> list[Path]:
    built = []
    for language in LANGUAGES:
        sources = sorted((source / language).glob("*.ts"))
        if not sources:
            continue
        qm = target / f"waymark_{language}.qm"
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", *map(str, sources), "-qm", str(qm)],
            check=True,
        )
        built.append(qm)
    return built


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "build":
        build()
    else:
        raise SystemExit(__doc__)
