#!/bin/sh
# Remove what install.sh put into a prefix (default ~/.local), following its manifest
# (PREFIX/lib/waymark/install-manifest): the bundle, the command, the menu entry, the file
# type, the icons and the metadata, then the folders install.sh made that are left empty.
# Projects and settings are yours and stay.
set -eu

PREFIX="${HOME:?HOME is not set}/.local" KEEP_CACHES=0
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || { echo "uninstall.sh: --prefix needs a folder" >&2; exit 2; }; PREFIX="$2"; shift 2 ;;
        --prefix=*) PREFIX="${1#--prefix=}"; shift ;;
        --keep-caches) KEEP_CACHES=1; shift ;;  # install.sh upgrading: it refreshes them itself
        -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "uninstall.sh: unknown argument: $1 (try --help)" >&2; exit 2 ;;
    esac
done
[ -d "$PREFIX" ] || { echo "uninstall.sh: no such folder: $PREFIX" >&2; exit 1; }
PREFIX="$(cd "$PREFIX" && pwd)"
SHARE="$PREFIX/share"
MANIFEST="$PREFIX/lib/waymark/install-manifest"
[ -f "$MANIFEST" ] || { echo "uninstall.sh: Waymark is not installed in $PREFIX (no $MANIFEST)" >&2; exit 1; }

inside() {  # only paths under PREFIX are ever removed, whatever the manifest says
    case "$1" in "$PREFIX"/*) return 0 ;; *) echo "uninstall.sh: skipping $1 (outside $PREFIX)" >&2; return 1 ;; esac
}

DIRS="$(mktemp)"
trap 'rm -f "$DIRS"' EXIT
while IFS= read -r line; do
    kind="${line%% *}" path="${line#* }"
    inside "$path" || continue
    case "$kind" in
        f|l) rm -f "$path" ;;
        t) rm -rf "$path" ;;
        d) echo "$path" >> "$DIRS" ;;
    esac
done < "$MANIFEST"

if [ "$KEEP_CACHES" = 0 ]; then
    if [ -d "$SHARE/mime" ] && command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$SHARE/mime" >/dev/null 2>&1 || true
    fi
    if [ -d "$SHARE/applications" ] && command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$SHARE/applications" >/dev/null 2>&1 || true
    fi
    if [ -f "$SHARE/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -f "$SHARE/icons/hicolor" >/dev/null 2>&1 || true
    fi
fi

# Folders install.sh made, deepest first. In one that held only Waymark's entries, the caches
# the desktop tools generated from them index nothing any more and go too.
sort -r "$DIRS" | while IFS= read -r dir; do
    [ -d "$dir" ] || continue
    case "$dir" in
        */share/mime) [ -z "$(ls -A "$dir/packages" 2>/dev/null)" ] && rm -rf "$dir" ;;
        */share/applications) [ "$(ls -A "$dir")" = "mimeinfo.cache" ] && rm -f "$dir/mimeinfo.cache" ;;
        */icons/hicolor) [ "$(ls -A "$dir")" = "icon-theme.cache" ] && rm -f "$dir/icon-theme.cache" ;;
    esac
    rmdir "$dir" 2>/dev/null || true
done
echo "Waymark removed from $PREFIX"
