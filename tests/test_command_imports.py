"""No command imports what it does not use (README "Performance": every import is paid by every run)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

ALWAYS_UNUSED = ("PySide6", "sqlalchemy", "app.views", "app.document", "app.importers", "app.gui")


def _loaded(argv: list[str], data_dir) -> set[str]:
    code = (
        "import sys\nfrom app.cli import main\n"
        f"code = main({argv!r})\n"
        "print('\\n'.join(sorted(sys.modules)))\nsys.exit(code)\n"
    )
    env = {**os.environ, "WAYMARK_DATA_DIR": str(data_dir)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return set(out.stdout.split())


def _found(loaded: set[str], prefixes) -> list[str]:
    return sorted(m for m in loaded if any(m == p or m.startswith(p + ".") for p in prefixes))


@pytest.mark.parametrize(
    ("argv", "unused"),
    [
        (["--version"], ("pydantic", "sqlite3", "app.models.entities")),
        (["templates"], ("sqlite3", "app.models.session", "openpyxl", "reportlab")),
        (["check", "{file}"], ("app.models.session", "app.models.library", "app.exporters", "app.models.paths")),
        (["info", "{file}"], ("app.models.session", "app.models.library", "app.exporters", "app.models.paths")),
        (["export", "{file}", "--json", "{out}.json"], ("app.models.session", "app.exporters", "openpyxl")),
        (["export", "{file}", "--xlsx", "{out}.xlsx"], ("app.models.session", "app.exporters.pdf", "reportlab")),
        (["export", "{file}", "--pdf", "{out}.pdf"], ("app.models.session", "app.exporters.xlsx", "openpyxl")),
        (["new", "{out}.waymark", "--from-json", "{json}"], ("app.models.library", "app.exporters", "openpyxl")),
    ],
)
def test_a_command_loads_only_what_it_uses(argv, unused, sample_file, tmp_path):
    json_in = tmp_path / "in.json"
    from app.cli import main

    if main(["export", str(sample_file), "--json", str(json_in)]) != 0:
        raise AssertionError("could not write the JSON input")
    args = [a.format(file=sample_file, out=tmp_path / "out", json=json_in) for a in argv]
    if argv == ["--version"]:
        env = {**os.environ, "WAYMARK_DATA_DIR": str(tmp_path / "data")}
        code = "import sys\nfrom app.cli import main\ntry:\n    main(['--version'])\nexcept SystemExit:\n    pass\nprint('\\n'.join(sorted(sys.modules)))\n"
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
        loaded = set(out.stdout.split())
    else:
        loaded = _loaded(args, tmp_path / "data")
    assert _found(loaded, ALWAYS_UNUSED + unused) == []
