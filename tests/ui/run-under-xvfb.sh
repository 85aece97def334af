#!/usr/bin/env bash
# Runs one command inside a private X server and D-Bus session with a private
# home, the way TESTING.md describes: Xvfb picks a free display atomically,
# D-Bus starts after X so the AT-SPI bus sees $DISPLAY.
# Usage: run-under-xvfb.sh COMMAND [ARGS...]
set -u
tmp=$(mktemp -d)
xpid=
cleanup() { [ -n "$xpid" ] && kill "$xpid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$tmp/display" 2>"$tmp/xvfb.log" &
xpid=$!
for _ in $(seq 400); do [ -s "$tmp/display" ] && break; sleep 0.025; done
if [ ! -s "$tmp/display" ]; then
  echo "Xvfb did not start:" >&2; cat "$tmp/xvfb.log" >&2; exit 1
fi

mkdir -p "$tmp/home/cache" "$tmp/home/config" "$tmp/home/data" "$tmp/home/runtime"
chmod 700 "$tmp/home/runtime"
export DISPLAY=":$(head -n1 "$tmp/display")"
export HOME="$tmp/home" XDG_CACHE_HOME="$tmp/home/cache" XDG_CONFIG_HOME="$tmp/home/config"
export XDG_DATA_HOME="$tmp/home/data" XDG_RUNTIME_DIR="$tmp/home/runtime"
export GDK_BACKEND=x11 GDK_DEBUG=gl-disable GSK_RENDERER=cairo NO_AT_BRIDGE=0 GTK_A11Y=atspi
export TZ=UTC
# The test's own stdout (TAP) goes to fd 3; whatever the session's services
# print lands on stderr instead of in the middle of the TAP stream.
export VD_TAP_FD=3
dbus-run-session -- "$@" 3>&1 1>&2
