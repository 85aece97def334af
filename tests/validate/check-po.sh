#!/usr/bin/env bash
# A translation is complete: msgfmt accepts it (formats included) and it has
# no untranslated and no fuzzy messages.
# Usage: check-po.sh MSGFMT FILE.po
set -euo pipefail
msgfmt=$1 po=$2

"$msgfmt" --check --check-format -o /dev/null "$po"

# msgfmt --statistics writes e.g. "12 translated messages, 1 fuzzy translation,
# 2 untranslated messages." to stderr; the output is not localized with LC_ALL=C.
stats=$(LC_ALL=C LANGUAGE= "$msgfmt" --statistics -o /dev/null "$po" 2>&1)
echo "$(basename "$po"): $stats"
untranslated=$(sed -n 's/.*\b\([0-9][0-9]*\) untranslated message.*/\1/p' <<<"$stats")
fuzzy=$(sed -n 's/.*\b\([0-9][0-9]*\) fuzzy translation.*/\1/p' <<<"$stats")
status=0
if [ "${untranslated:-0}" -ne 0 ]; then
  echo "$po: $untranslated untranslated messages" >&2
  status=1
fi
if [ "${fuzzy:-0}" -ne 0 ]; then
  echo "$po: $fuzzy fuzzy messages" >&2
  status=1
fi
exit $status
