#!/usr/bin/env bash
# Installs what Vinh Danh needs to build, run and test on Debian 12, as root.
# Safe to run again: apt-get skips what is already there.
set -euo pipefail

packages=(
  build-essential meson ninja-build pkg-config gettext
  libgtk-4-dev libgtk-4-bin libadwaita-1-dev libsqlite3-dev libpoppler-glib-dev libjpeg-dev
  libjson-glib-dev libxml2-utils
  appstream-util desktop-file-utils sqlite3
  xvfb xauth dbus-daemon dbus-x11 at-spi2-core
  python3-dogtail python3-pyatspi gir1.2-atspi-2.0
  fonts-noto-core fonts-dejavu-core locales imagemagick poppler-utils x11-apps xdotool
  flatpak-builder
  appstream librsvg2-bin shared-mime-info libglib2.0-bin
  libical-dev
  libxlsxwriter-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages: ${missing[*]}" >&2
    echo "install-deps: run this script as root to install them." >&2
    exit 1
  fi
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Vietnamese locale for date and number formatting in tests.
if [ "$(id -u)" -eq 0 ] && ! locale -a 2>/dev/null | grep -qi '^vi_VN\.utf8$'; then
  sed -i 's/^# *vi_VN.UTF-8 UTF-8/vi_VN.UTF-8 UTF-8/' /etc/locale.gen
  grep -q '^vi_VN.UTF-8 UTF-8' /etc/locale.gen || echo 'vi_VN.UTF-8 UTF-8' >> /etc/locale.gen
  locale-gen >/dev/null
fi
