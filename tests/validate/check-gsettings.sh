#!/usr/bin/env bash
# The schema compiled into the build tree offers exactly the keys the app
# relies on, with their types and defaults, at the expected path.
# Usage: check-gsettings.sh SCHEMA_BUILD_DIR SCHEMA_ID SCHEMA_PATH
set -euo pipefail
export GSETTINGS_SCHEMA_DIR=$1 GSETTINGS_BACKEND=memory LC_ALL=C
schema=$2 expected_path=$3

expected="campaigns-view enum 'month'
include-subunits b true
last-archive s ''
recent-archives as @as []
sidebar-place s 'people'
window-height i 720
window-maximized b false
window-width i 1100"

actual=$(gsettings list-keys "$schema" | sort | while read -r key; do
  range=$(gsettings range "$schema" "$key" | head -n1)
  printf '%s %s %s\n' "$key" "${range#type }" "$(gsettings get "$schema" "$key")"
done)

echo "$actual"
if [ "$actual" != "$expected" ]; then
  echo "keys of $schema differ from what the app expects:" >&2
  diff <(echo "$expected") <(echo "$actual") >&2 || true
  exit 1
fi

path=$(gsettings list-schemas --print-paths | sed -n "s|^$schema ||p")
echo "path: $path"
if [ "$path" != "$expected_path" ]; then
  echo "$schema has path '$path', not $expected_path" >&2
  exit 1
fi
