#!/usr/bin/env bash
# The application icons are well-formed SVG of the right canvas, render at
# the sizes the desktop uses, and the symbolic one is a single-colour #2e3436
# drawing that GTK can recolour.
# Usage: check-icons.sh SOURCE_ROOT
set -euo pipefail
root=$1
id=io.github.vinhdanh.VinhDanh
full="$root/data/icons/hicolor/scalable/apps/$id.svg"
symbolic="$root/data/icons/hicolor/symbolic/apps/$id-symbolic.svg"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

check_svg() {
  local svg=$1 viewbox=$2 sizes=$3
  xmllint --noout "$svg"
  if ! grep -q "viewBox=\"$viewbox\"" "$svg"; then
    echo "$(basename "$svg"): viewBox is not \"$viewbox\"" >&2
    status=1
  fi
  for s in $sizes; do
    rsvg-convert -w "$s" -h "$s" -o "$tmp/icon-$s.png" "$svg"
    # A PNG starts with its signature; IHDR width and height follow at 16..23.
    local dims
    dims=$(od -An -tu4 --endian=big -j16 -N8 "$tmp/icon-$s.png" | tr -s ' ' | sed 's/^ //')
    if [ "$dims" != "$s $s" ]; then
      echo "$(basename "$svg") at ${s}px rendered as [$dims]" >&2
      status=1
    fi
  done
  echo "$(basename "$svg"): renders at $sizes"
}

check_svg "$full" "0 0 128 128" "16 32 64 128 256"
check_svg "$symbolic" "0 0 16 16" "16 32"

# Symbolic: one colour, no gradients, no bitmaps, no text.
colours=$(grep -oiE '#[0-9a-f]{3,8}\b|rgba?\([^)]*\)' "$symbolic" | tr 'A-F' 'a-f' | sort -u)
if [ "$colours" != "#2e3436" ]; then
  echo "symbolic icon colours: $(echo $colours); only #2e3436 is allowed" >&2
  status=1
fi
if grep -qE '<(linearGradient|radialGradient|image|text)\b' "$symbolic"; then
  echo "symbolic icon contains gradients, images or text" >&2
  status=1
fi
exit $status
