#!/usr/bin/env bash
# Every file named in po/POTFILES.in exists.
# Usage: check-potfiles.sh SOURCE_ROOT
set -euo pipefail
root=$1
missing=0 count=0
while IFS= read -r line || [ -n "$line" ]; do
  line=${line%%#*}
  line=$(printf '%s' "$line" | sed 's/^[[:space:]]*//; s/[[:space:]]*$//')
  [ -n "$line" ] || continue
  count=$((count + 1))
  if [ ! -f "$root/$line" ]; then
    echo "po/POTFILES.in names $line, which does not exist" >&2
    missing=$((missing + 1))
  fi
done < "$root/po/POTFILES.in"
echo "po/POTFILES.in: $count files, $missing missing"
[ "$missing" -eq 0 ]
