# Shared by scripts/run and scripts/test: a project-local .venv and the system packages.
# Sourced, not run. Re-installs only when pyproject.toml (or the wanted extra) changes.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

find_python() {
    # Any Python from 3.11 up (3.11 first: the version CI tests); a pyenv shim for a version that
    # is not selected exists on PATH but fails to run, so each candidate is run, not just found.
    for candidate in python3.11 python3.12 python3.13 python3.14 python3 python; do
        if command -v "$candidate" >/dev/null 2>&1 &&
           "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] < (3, 11))' 2>/dev/null; then
            echo "$candidate"; return 0
        fi
    done
    echo "waymark: Python 3.11 or newer is required (none found on PATH)" >&2
    return 1
}

ensure_venv() {  # ensure_venv [EXTRA]
    local extra="${1:-}" spec="." stamp want
    [ -n "$extra" ] && spec=".[$extra]"
    if [ ! -x "$VENV/bin/python" ]; then
        local py; py="$(find_python)" || exit 1
        echo "waymark: creating $VENV" >&2
        "$py" -m venv "$VENV"
    fi
    stamp="$VENV/.waymark-installed"
    want="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -c1-16)-$extra"
    if [ ! -f "$stamp" ] || ! grep -qx -- "$want" "$stamp" 2>/dev/null; then
        echo "waymark: installing $spec into .venv" >&2
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >&2
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$ROOT$([ -n "$extra" ] && echo "[$extra]")" >&2
        echo "$want" > "$stamp"
    fi
    # pip compiles a regular install's modules; an editable install leaves it to the first import,
    # which Python skips when PYTHONDONTWRITEBYTECODE is set (as on some CI machines), and then
    # every start compiles every module again (~0.1 s). Up-to-date files are skipped.
    "$VENV/bin/python" -m compileall -q "$ROOT/app" >/dev/null || true
    # The catalogues the app loads (resources/translations/*.qm) are built, not committed.
    "$VENV/bin/python" "$ROOT/scripts/translations.py" build >&2
}

ensure_debs() {  # ensure_debs PACKAGE... — installs the missing ones with apt-get
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
            echo "waymark: please install these system packages: ${missing[*]}" >&2; return 1
        fi
    fi
    echo "waymark: installing system packages: ${missing[*]}" >&2
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# What Qt needs to start at all (offscreen or on a screen), and a font to draw with.
QT_BASE_DEBS=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 fonts-dejavu-core)
# Checks of exported PDFs: pdftotext, pdffonts, pdfinfo, pdftoppm; qpdf --check.
PDF_TOOL_DEBS=(poppler-utils qpdf fonts-wqy-zenhei fonts-symbola)  # CJK and emoji fonts: the PDF tests check they are embedded
# Exported workbooks opened by a real spreadsheet app (tests/test_xlsx_libreoffice.py).
SPREADSHEET_DEBS=(libreoffice-calc-nogui)
# Real-window tests: a virtual X server, input and screenshots.
XVFB_DEBS=(xvfb xdotool x11-utils)
# What Qt's xcb plugin needs on an X11 display.
QT_XCB_DEBS=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0
             libxcb-xkb1 libxcb-shape0 libxcb-randr0 libxkbcommon-x11-0)
# The bundle test (tests/test_bundle.py): PyInstaller's objdump (ldd comes with libc), the .desktop
# and AppStream validators, the MIME database and gio to ask it.
PACKAGING_DEBS=(binutils desktop-file-utils shared-mime-info libglib2.0-bin appstream)
