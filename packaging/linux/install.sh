#!/bin/sh
# Install Waymark from this folder: for you into ~/.local (the default), or into any prefix
# (sudo ./install.sh --prefix /usr/local for everyone). Puts the bundle in PREFIX/lib/waymark,
# the command in PREFIX/bin/waymark, the menu entry, the .waymark file type (shared-mime-info),
# the icons and the AppStream metadata under PREFIX/share, and writes a manifest that
# uninstall.sh follows to remove exactly those files again.
set -eu

PREFIX="${HOME:?HOME is not set}/.local"
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }; PREFIX="$2"; shift 2 ;;
        --prefix=*) PREFIX="${1#--prefix=}"; shift ;;
        -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown argument: $1 (try --help)" >&2; exit 2 ;;
    esac
done
HERE="$(cd "$(dirname "$0")" && pwd)"
[ -x "$HERE/Waymark/waymark" ] || { echo "install.sh: $HERE/Waymark/waymark is missing" >&2; exit 1; }
mkdir -p "$PREFIX"
PREFIX="$(cd "$PREFIX" && pwd)"
SHARE="$PREFIX/share"
# In the bundle's folder, not share/waymark: for a per-user install that is Waymark's data folder.
MANIFEST="$PREFIX/lib/waymark/install-manifest"

# An earlier installation is removed first, so files it had and this one lacks do not linger.
if [ -f "$MANIFEST" ]; then
    "$HERE/uninstall.sh" --prefix "$PREFIX" --keep-caches
fi

RECORD="$(mktemp)"
trap 'rm -f "$RECORD"' EXIT

mkd() {  # make a folder and each missing parent, recording the ones this made (d PATH)
    [ -d "$1" ] && return 0
    mkd "$(dirname "$1")"
    mkdir "$1"
    echo "d $1" >> "$RECORD"
}
put() {  # put SOURCE DEST [MODE]
    mkd "$(dirname "$2")"
    cp "$1" "$2.waymark-new"
    chmod "${3:-644}" "$2.waymark-new"
    mv -f "$2.waymark-new" "$2"
    echo "f $2" >> "$RECORD"
}

LIB="$PREFIX/lib/waymark"
mkd "$PREFIX/lib"
rm -rf "$LIB.waymark-new"
cp -R "$HERE/Waymark" "$LIB.waymark-new"
cp "$HERE/uninstall.sh" "$LIB.waymark-new/uninstall.sh"
rm -rf "$LIB"
mv "$LIB.waymark-new" "$LIB"
echo "t $LIB" >> "$RECORD"

mkd "$PREFIX/bin"
ln -sfn "$LIB/waymark" "$PREFIX/bin/waymark"
echo "l $PREFIX/bin/waymark" >> "$RECORD"

# The menu entry starts this installation's command even when PREFIX/bin is not on PATH.
case "$PREFIX" in
    *[!A-Za-z0-9/._+-]*) EXEC="\"$PREFIX/bin/waymark\"" ;;
    *) EXEC="$PREFIX/bin/waymark" ;;
esac
DESKTOP="$(mktemp)"
sed -e "s|^Exec=waymark |Exec=$EXEC |" -e "s|^TryExec=waymark\$|TryExec=$PREFIX/bin/waymark|" \
    "$HERE/share/waymark.desktop" > "$DESKTOP"
put "$DESKTOP" "$SHARE/applications/waymark.desktop"
rm -f "$DESKTOP"
put "$HERE/share/waymark-mime.xml" "$SHARE/mime/packages/waymark.xml"
put "$HERE/share/com.waymark.Waymark.metainfo.xml" "$SHARE/metainfo/com.waymark.Waymark.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
    put "$HERE/share/icons/waymark-$size.png" "$SHARE/icons/hicolor/${size}x$size/apps/waymark.png"
    put "$HERE/share/icons/application-x-waymark-$size.png" \
        "$SHARE/icons/hicolor/${size}x$size/mimetypes/application-x-waymark.png"
done
put "$HERE/share/icons/waymark.svg" "$SHARE/icons/hicolor/scalable/apps/waymark.svg"
put "$HERE/share/icons/application-x-waymark.svg" "$SHARE/icons/hicolor/scalable/mimetypes/application-x-waymark.svg"

mv "$RECORD" "$MANIFEST"
chmod 644 "$MANIFEST"
trap - EXIT

# The desktop's caches, where their tools are installed; quietly, a missing tool is no error.
if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$SHARE/mime" >/dev/null 2>&1 || true; fi
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$SHARE/applications" >/dev/null 2>&1 || true; fi
# An icon cache only where one is kept already (a system theme): a new one in ~/.local would
# go stale as soon as anything else installed an icon there.
if command -v gtk-update-icon-cache >/dev/null 2>&1 &&
   { [ -f "$SHARE/icons/hicolor/index.theme" ] || [ -f "$SHARE/icons/hicolor/icon-theme.cache" ]; }; then
    gtk-update-icon-cache -q -f "$SHARE/icons/hicolor" >/dev/null 2>&1 || true
fi

echo "Waymark installed in $PREFIX (uninstall: $LIB/uninstall.sh --prefix $PREFIX)"
case ":${PATH:-}:" in
    *":$PREFIX/bin:"*) ;;
    *) echo "Note: $PREFIX/bin is not on your PATH; the menu entry works, or run $PREFIX/bin/waymark" ;;
esac
