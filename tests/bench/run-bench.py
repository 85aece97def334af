#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmarks of issue 2 on the large demo archive, with floors measured in the
same run. Run through run-bench.sh (private X server), from the source root:

    tests/bench/run-bench.sh [BUILDDIR]

Prints:
  (a) exec → first frame of People & Units with data, as a ratio to a minimal
      libadwaita window (target <= 1.5);
  (b) search latency per keystroke (target median <= 30 ms), with the raw SQL
      query as floor;
  (c) peak RSS of the application while it starts on the large archive
      (target <= 200 MB).
"""
import os
import statistics
import subprocess
import sys
import time

builddir = sys.argv[1] if len(sys.argv) > 1 else "build"
archive = os.environ.get("VD_BENCH_ARCHIVE", os.path.join(builddir, "bench-large.vinhdanh"))
runs = int(os.environ.get("VD_BENCH_RUNS", "7"))


def ensure_archive():
    if os.path.exists(archive):
        return
    print(f"building the large demo archive at {archive} …", flush=True)
    started = time.monotonic()
    subprocess.run([os.path.join(builddir, "src/cli/vinh-danh-cli"), "demo", "--scale", "large",
                    "--output", archive], check=True)
    print(f"  built in {time.monotonic() - started:.0f} s", flush=True)


def timed_run(argv, env):
    """Wall time from exec to exit, and the child's peak RSS in MiB."""
    started = time.monotonic()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.monotonic() - started
    stderr = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{argv[0]} failed ({status}): {stderr}")
    return elapsed, usage.ru_maxrss / 1024.0


def main():
    ensure_archive()
    env = dict(os.environ)
    env.update({
        "GSETTINGS_BACKEND": "memory",
        "GSETTINGS_SCHEMA_DIR": os.path.join(builddir, "data"),
        "GDK_BACKEND": "x11", "GDK_DEBUG": "gl-disable", "GSK_RENDERER": "cairo",
        "GTK_A11Y": "none", "LANG": "C.UTF-8",
        "VINH_DANH_EXIT_AFTER_FIRST_DATA_FRAME": "1",
    })
    minimal = [os.path.join(builddir, "tests/bench/minimal-window")]
    app = [os.path.join(builddir, "src/vinh-danh"), archive]

    # One warm-up each so both are measured with a warm page cache.
    timed_run(minimal, env)
    timed_run(app, env)

    floor_times, app_times, rss = [], [], []
    for _ in range(runs):
        floor_times.append(timed_run(minimal, env)[0])
        elapsed, peak = timed_run(app, env)
        app_times.append(elapsed)
        rss.append(peak)

    floor = statistics.median(floor_times)
    first = statistics.median(app_times)
    print(f"(a) first frame with data: {first * 1000:.0f} ms; minimal window {floor * 1000:.0f} ms; "
          f"ratio {first / floor:.2f} (target <= 1.5)")

    search = subprocess.run([os.path.join(builddir, "tests/bench/bench-search"), archive],
                            capture_output=True, text=True)
    for line in search.stdout.splitlines():
        print(f"(b) {line}")
    if search.returncode not in (0, 1):
        print(search.stderr, file=sys.stderr)

    print(f"(c) peak RSS at start on the large archive: {max(rss):.0f} MiB (target <= 200 MiB)")

    eligibility = subprocess.run([os.path.join(builddir, "tests/bench/bench-eligibility"), archive],
                                 capture_output=True, text=True)
    for line in eligibility.stdout.splitlines():
        print(f"(d) {line}")
    if eligibility.returncode not in (0, 1):
        print(eligibility.stderr, file=sys.stderr)

    stats = subprocess.run([os.path.join(builddir, "tests/bench/bench-stats"), archive],
                           capture_output=True, text=True)
    for line in stats.stdout.splitlines():
        print(f"(e) {line}")
    if stats.returncode not in (0, 1):
        print(stats.stderr, file=sys.stderr)


    calendar = subprocess.run([os.path.join(builddir, "tests/bench/bench-calendar")], capture_output=True, text=True)
    for line in calendar.stdout.splitlines():
        print(f"(f) {line}")
    if calendar.returncode not in (0, 1):
        print(calendar.stderr, file=sys.stderr)


main()
