#!/usr/bin/env bash
# Installs what is missing, builds Vinh Danh and opens it on the demo archive.
# Usage (as root on Debian 12): build-aux/run-demo.sh
set -euo pipefail
cd "$(dirname "$0")/.."

bash build-aux/install-deps.sh

builddir=${BUILDDIR:-build}
if [ -f "$builddir/build.ninja" ]; then
  meson setup --reconfigure "$builddir" >/dev/null
else
  meson setup "$builddir"
fi
ninja -C "$builddir"

# Schemas and translations from the build tree, so the app runs without being
# installed.
export GSETTINGS_SCHEMA_DIR="$PWD/$builddir/data"
export VINH_DANH_LOCALEDIR="$PWD/$builddir/po"
exec "$builddir/src/vinh-danh" --demo "$@"
