#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Statistics end to end, through AT-SPI on the real executable: open the
place on the demo archive, filter to one bloc and 2021, see the figures
written under the chart, drill into a bar, export the chart as PNG."""
import os
import struct
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vdtest  # noqa: E402
from vdtest import App, Failure, click, find, find_all, key, type_text, wait_for  # noqa: E402

app_binary, cli_binary = sys.argv[1], sys.argv[2]
workdir = tempfile.mkdtemp(prefix="vd-ui-stats-")
archive = os.path.join(workdir, "demo.vinhdanh")
exported = os.path.join(workdir, "chart.png")
runner = vdtest.TapRunner(lambda: state["app"].root if "app" in state else None)
state = {}
BLOC = "Khối thi đua số I"


def sql(query):
    return subprocess.run(["sqlite3", archive, query], capture_output=True, text=True,
                          check=True).stdout.strip()


def expected_total():
    # Counted independently of the application: awards of 2021 whose
    # recipient's unit, or a unit above it, was a member of the bloc in 2021.
    return int(sql(
        "WITH RECURSIVE bu (id) AS (SELECT m.unit_id FROM bloc_members m JOIN blocs b ON b.id = m.bloc_id"
        f" WHERE b.name = '{BLOC}' AND m.year = 2021"
        " UNION SELECT u.id FROM units u JOIN bu ON u.parent_id = bu.id)"
        " SELECT count(*) FROM awards a LEFT JOIN people p ON p.id = a.person_id"
        " WHERE a.revoked = 0 AND a.year = 2021 AND coalesce (a.unit_id, p.unit_id) IN (SELECT id FROM bu)"))


def summary():
    nodes = find_all(state["app"].window, role="label", contains=" award")
    return [n.name for n in nodes if n.name.startswith(("Year", "Years", "All years"))]


def set_spin(name, value):
    spin = find(state["app"].window, role="spin button", contains=name)
    vdtest.focus(spin)
    key("ctrl+a")
    type_text(str(value))
    key("Tab")


@runner.step("build the small demo archive with vinh-danh-cli")
def build_archive(ctx):
    subprocess.run([cli_binary, "demo", "--scale", "small", "--output", archive], check=True,
                   stdout=subprocess.DEVNULL)


@runner.step("open Statistics and see the awards per unit")
def open_statistics(ctx):
    state["app"] = App(app_binary, [archive])
    # Sidebar rows have no click action in GTK 4.8: click them as a person would.
    vdtest.focus(find(state["app"].window, role="list item", name="Statistics"))
    find(state["app"].window, role="label", name="Awards per Unit")
    find(state["app"].window, role="image", contains="Awards per Unit")
    wait_for(lambda: any(s.startswith("Years 2016–2025") for s in summary()), "the filters under the chart")


@runner.step("filter to one bloc and 2021; the line under the chart says so")
def filter_bloc_year(ctx):
    window = state["app"].window
    set_spin("From year", 2021)
    set_spin("To year", 2021)
    row = find(window, role="combo box", name="Bloc")
    vdtest.focus(row)  # a click opens the row's list
    item = find(state["app"].root, role="label", name=BLOC, timeout=20)
    vdtest.focus(item)
    total = expected_total()
    text = f"Year 2021 · Bloc: {BLOC} — {total:,} awards"
    wait_for(lambda: text in summary(), f"the summary {text!r} (shown: {summary()})")


@runner.step("the chart is described for screen readers with its figures")
def accessible_description(ctx):
    chart = find(state["app"].window, role="image", contains="Awards per Unit")
    description = chart.description
    if f"{expected_total():,} awards in total" not in description:
        raise Failure(f"description without the total: {description!r}")


@runner.step("drill into the first bar: its awards are listed")
def drill_down(ctx):
    chart = find(state["app"].window, role="image", contains="Awards per Unit")
    vdtest.focus(chart)
    key("Home")
    key("Return")
    dialog = wait_for(lambda: next((w for w in state["app"].root if w.name == "Awards Behind the Chart"), None),
                      "the awards window")
    find(dialog, role="label", contains="/QĐ-")
    find(dialog, role="label", name="2021")
    key("Escape")
    wait_for(lambda: all(w.name != "Awards Behind the Chart" for w in state["app"].root),
             "the awards window to close")


@runner.step("export the chart as PNG")
def export_png(ctx):
    window = state["app"].window
    # The menu button's inner toggle opens the export popover.
    buttons = find_all(window, role="push button", name="Export")
    if len(buttons) < 2:
        raise Failure("no Export menu button")
    click(buttons[1])
    click(find(state["app"].root, role="push button", contains="PNG"))
    chooser = wait_for(lambda: next((w for w in state["app"].root if w.name == "Export Chart"), None),
                       "the file chooser")
    time.sleep(0.5)
    key("ctrl+a")
    type_text(exported)
    key("Return")
    wait_for(lambda: os.path.exists(exported) and os.path.getsize(exported) > 1000, "the PNG on disk")
    with open(exported, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or struct.unpack(">II", head[16:24]) != (1200, 800):
        raise Failure(f"not a 1200×800 PNG: {head!r}")
    find(window, role="label", name="Exported “chart.png”")


@runner.step("quit through the UI")
def quit_app(ctx):
    state["app"].quit()


if __name__ == "__main__":
    try:
        sys.exit(runner.run(state))
    finally:
        if "app" in state:
            state["app"].kill()
