#!/usr/bin/env bash
# Runs the benchmarks in a private X server. Usage: tests/bench/run-bench.sh [BUILDDIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
builddir=${1:-build}
ninja -C "$builddir" tests/bench/minimal-window tests/bench/bench-search src/vinh-danh src/cli/vinh-danh-cli
exec tests/ui/run-under-xvfb.sh /usr/bin/python3 tests/bench/run-bench.py "$builddir"
