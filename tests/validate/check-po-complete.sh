#!/usr/bin/env bash
# A translation covers every string the sources mark for translation today,
# not only the strings of the last time po/LANG.po was merged: the current
# strings are extracted from the files of po/POTFILES.in into a temporary
# template exactly as `meson compile vinh-danh-pot` does (meson's 'glib'
# preset keywords and flags; .ui, .desktop.in, .metainfo.xml.in, .mime.xml.in
# and .gschema.xml through gettext's own ITS rules), the .po file is merged
# against it in a temporary directory, and every message that comes out
# untranslated or fuzzy is listed. Nothing in the source tree is written.
#
# Fix a failure with:
#   meson compile -C BUILDDIR vinh-danh-update-po
# then translate the listed messages in po/LANG.po and remove their fuzzy flags.
#
# Usage: check-po-complete.sh XGETTEXT MSGMERGE MSGATTRIB SOURCE_ROOT FILE.po
set -euo pipefail
xgettext=$1 msgmerge=$2 msgattrib=$3 root=$4 po=$5

export LC_ALL=C.UTF-8 LANGUAGE=
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# POTFILES.in with its comments and blank lines removed, as meson passes it.
sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' -e '/^$/d' \
  "$root/po/POTFILES.in" > "$tmp/POTFILES"
if [ ! -s "$tmp/POTFILES" ]; then
  echo "po/POTFILES.in lists no files" >&2
  exit 1
fi

# The same arguments as meson's i18n.gettext(preset: 'glib') (meson 1.0,
# mesonbuild/modules/i18n.py PRESET_ARGS) plus what `meson --internal gettext
# pot` adds itself (-D, -k_, --files-from). xgettext's default C keywords
# (gettext, ngettext, pgettext…) stay on.
"$xgettext" \
  --package-name=vinh-danh \
  --directory="$root" \
  --files-from="$tmp/POTFILES" \
  --output="$tmp/current.pot" \
  --from-code=UTF-8 \
  --add-comments \
  --keyword=_ \
  --keyword=N_ \
  --keyword='C_:1c,2' \
  --keyword='NC_:1c,2' \
  --keyword='g_dcgettext:2' \
  --keyword='g_dngettext:2,3' \
  --keyword='g_dpgettext2:2c,3' \
  --flag='N_:1:pass-c-format' \
  --flag='C_:2:pass-c-format' \
  --flag='NC_:2:pass-c-format' \
  --flag='g_dngettext:2:pass-c-format' \
  --flag='g_strdup_printf:1:c-format' \
  --flag='g_string_printf:2:c-format' \
  --flag='g_string_append_printf:2:c-format' \
  --flag='g_error_new:3:c-format' \
  --flag='g_set_error:4:c-format' \
  --flag='g_markup_printf_escaped:1:c-format' \
  --flag='g_log:3:c-format' \
  --flag='g_print:1:c-format' \
  --flag='g_printerr:1:c-format' \
  --flag='g_printf:1:c-format' \
  --flag='g_fprintf:2:c-format' \
  --flag='g_sprintf:2:c-format' \
  --flag='g_snprintf:3:c-format'

total=$(grep -c '^msgid ' "$tmp/current.pot" || true)
total=$((total - 1))   # the header
if [ "$total" -le 0 ]; then
  echo "xgettext found no translatable strings in the files of po/POTFILES.in" >&2
  exit 1
fi

"$msgmerge" --quiet --no-fuzzy-matching --output-file="$tmp/merged.po" "$po" "$tmp/current.pot"

# One line per message: its first source location and its msgid (with the
# context, if any, in brackets). The header is translated, so never listed.
list() {
  "$msgattrib" --no-obsolete --no-wrap "$@" "$tmp/merged.po" | awk '
    /^#: / && loc == "" { loc = $2 }
    /^msgctxt / { ctx = substr($0, 9) }
    /^msgid / {
      id = substr($0, 7)
      if (id != "\"\"" || loc != "")
        printf "  %s: %s%s\n", loc, (ctx != "" ? "[" ctx "] " : ""), id
    }
    /^$/ { loc = ""; ctx = "" }'
}
untranslated=$(list --untranslated)
fuzzy=$(list --only-fuzzy)

name=$(basename "$po")
status=0
if [ -n "$untranslated" ]; then
  echo "$name: $(wc -l <<<"$untranslated") of $total current messages are not translated:" >&2
  printf '%s\n' "$untranslated" >&2
  status=1
fi
if [ -n "$fuzzy" ]; then
  echo "$name: $(wc -l <<<"$fuzzy") of $total current messages are fuzzy (check and unflag them):" >&2
  printf '%s\n' "$fuzzy" >&2
  status=1
fi
if [ "$status" -ne 0 ]; then
  echo "Run 'meson compile -C BUILDDIR vinh-danh-update-po', then translate the messages above in po/$name." >&2
  exit 1
fi

stale=$(grep -c '^#~ msgid ' "$tmp/merged.po" || true)
echo "$name: all $total current messages translated ($stale no longer used in the sources)"
