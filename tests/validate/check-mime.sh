#!/usr/bin/env bash
# A SQLite file named *.vinhdanh is detected as a Vinh Danh archive while any
# other SQLite file stays application/vnd.sqlite3, and the launcher is offered
# for archives. Runs against a private MIME and application database.
# Usage: check-mime.sh MIME_XML DESKTOP_FILE GUI_EXECUTABLE
set -euo pipefail
mime_xml=$1 desktop=$2 exe=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$tmp/share/mime/packages" "$tmp/share/applications" "$tmp/config"
cp /usr/share/mime/packages/freedesktop.org.xml "$mime_xml" "$tmp/share/mime/packages/"
update-mime-database "$tmp/share/mime"
cp "$desktop" "$tmp/share/applications/"
update-desktop-database "$tmp/share/applications"

export XDG_DATA_HOME="$tmp/share" XDG_DATA_DIRS="$tmp/share"
export XDG_CONFIG_HOME="$tmp/config" XDG_CONFIG_DIRS="$tmp/config"
# GIO hides launchers whose program is not on PATH.
export PATH="$(dirname "$exe"):$PATH"
export LC_ALL=C

# The smallest real SQLite database: its header page.
printf 'SQLite format 3\0' > "$tmp/header"
head -c 4096 /dev/zero >> "$tmp/header"
cp "$tmp/header" "$tmp/Khen thưởng 2025.vinhdanh"
cp "$tmp/header" "$tmp/other.sqlite"

status=0
type_of() { gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'; }
got=$(type_of "$tmp/Khen thưởng 2025.vinhdanh")
echo "*.vinhdanh: $got"
[ "$got" = application/x-vinh-danh-archive ] || { echo "expected application/x-vinh-danh-archive" >&2; status=1; }
got=$(type_of "$tmp/other.sqlite")
echo "*.sqlite: $got"
[ "$got" = application/vnd.sqlite3 ] || { echo "expected application/vnd.sqlite3" >&2; status=1; }

apps=$(gio mime application/x-vinh-danh-archive)
echo "$apps"
grep -q "Registered applications:" <<<"$apps" && grep -qF "$(basename "$desktop")" <<<"$apps" \
  || { echo "$(basename "$desktop") is not offered for archives" >&2; status=1; }
exit $status
