#!/usr/bin/env bash
# flatpak-builder parses and type-checks the manifest without warnings, and the
# sandbox stays closed: no network, no file system (files go through portals).
# Usage: check-flatpak-manifest.sh FLATPAK_BUILDER PYTHON MANIFEST
set -euo pipefail
builder=$1 python=$2 manifest=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$builder" --show-manifest "$manifest" >"$tmp/out" 2>"$tmp/err"
if [ -s "$tmp/err" ]; then
  echo "flatpak-builder complained about $manifest:" >&2
  cat "$tmp/err" >&2
  exit 1
fi

"$python" - "$tmp/out" <<'PY'
import json, sys
m = json.load(open(sys.argv[1], encoding="utf-8"))
errors = []
if m.get("id") != "io.github.vinhdanh.VinhDanh":
    errors.append(f"id is {m.get('id')!r}")
if m.get("command") != "vinh-danh":
    errors.append(f"command is {m.get('command')!r}")
if m.get("runtime") != "org.gnome.Platform" or m.get("sdk") != "org.gnome.Sdk":
    errors.append("runtime and sdk must be org.gnome.Platform and org.gnome.Sdk")
args = m.get("finish-args", [])
for needed in ("--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"):
    if needed not in args:
        errors.append(f"finish-args lack {needed}")
for arg in args:
    if arg == "--share=network" or arg.startswith("--filesystem") or arg == "--socket=x11":
        errors.append(f"finish-args must not grant {arg}")
names = [mod.get("name") for mod in m.get("modules", []) if isinstance(mod, dict)]
if not names or names[-1] != "vinh-danh":
    errors.append(f"the last module must be vinh-danh, not {names[-1:]}")
for mod in m.get("modules", []):
    for src in mod.get("sources", []) if isinstance(mod, dict) else []:
        if src.get("type") in ("archive", "file") and not src.get("sha256"):
            errors.append(f"{mod.get('name')}: {src.get('url')} has no sha256")
for e in errors:
    print(e, file=sys.stderr)
print(f"modules: {', '.join(names)}; finish-args: {' '.join(args)}")
sys.exit(1 if errors else 0)
PY
