#!/bin/sh
# Put Cercle in the desktop's application menu, for the current user only (no root needed):
#   ./install-desktop.sh            install (or update after moving this folder)
#   ./install-desktop.sh --remove   take it out again (your data folder is not touched)
# The entry starts the `cercle` beside this script, wherever the folder was unpacked.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
id=org.cercle.Cercle
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/$id.desktop"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry" "$data/metainfo/$id.metainfo.xml"
    find "$data/icons/hicolor" -name "$id.png" -delete 2>/dev/null || true
    echo "Cercle removed from the application menu."
    exit 0
fi

mkdir -p "$data/applications" "$data/metainfo"
# Exec (the menu entry's and its actions') and TryExec name this folder's binary. The Desktop Entry spec quotes Exec arguments
# (" ` $ \ take a backslash), then escapes every backslash of a string value once more.
quoted=$(printf '%s' "$here/cercle" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g')
plain=$(printf '%s' "$here/cercle" | sed -e 's/\\/\\\\/g')
while IFS= read -r line; do
    case $line in
        Exec=cercle*) printf 'Exec="%s"%s\n' "$quoted" "${line#Exec=cercle}" ;;
        TryExec=*) printf 'TryExec=%s\n' "$plain" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$here/share/applications/$id.desktop" > "$entry.tmp"
mv "$entry.tmp" "$entry"
cp "$here/share/metainfo/$id.metainfo.xml" "$data/metainfo/"
for icon in "$here"/share/icons/hicolor/*/apps/$id.png; do
    size=$(basename "$(dirname "$(dirname "$icon")")")
    mkdir -p "$data/icons/hicolor/$size/apps"
    cp "$icon" "$data/icons/hicolor/$size/apps/"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "Cercle is in the application menu ($entry)."
