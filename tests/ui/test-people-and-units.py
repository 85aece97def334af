#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""People & Units end to end, through AT-SPI on the real executable:
open the demo archive, find a person by typing a name without diacritics,
open their page, check their award history, edit a field, delete and undo,
quit, and find the archive reopened at the next start."""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vdtest  # noqa: E402
from vdtest import App, Failure, click, find, find_all, key, type_text, wait_for  # noqa: E402

app_binary, cli_binary = sys.argv[1], sys.argv[2]
workdir = tempfile.mkdtemp(prefix="vd-ui-")
archive = os.path.join(workdir, "demo.vinhdanh")
runner = vdtest.TapRunner()
state = {}


def sql(query):
    # Read back through sqlite3 (an independent tool), never through the app.
    return subprocess.run(["sqlite3", archive, query], capture_output=True, text=True,
                          check=True).stdout.strip()


@runner.step("build the small demo archive with vinh-danh-cli")
def build_archive(ctx):
    subprocess.run([cli_binary, "demo", "--scale", "small", "--output", archive], check=True,
                   stdout=subprocess.DEVNULL)


@runner.step("open the archive and see People & Units")
def open_archive(ctx):
    state["app"] = App(app_binary, [archive])
    find(state["app"].window, name="People & Units")


@runner.step("find Nguyễn Văn Dũng by typing without diacritics")
def search_person(ctx):
    window = state["app"].window
    key("ctrl+f")
    find(window, role="text", name="Search")
    type_text("nguyen van dung")
    result = find(window, contains="Nguyễn Văn Dũng", role="list item")
    click(result) if result.actions else None
    key("Return")


@runner.step("the person page shows the award history with decision numbers")
def person_page(ctx):
    window = state["app"].window
    find(window, role="label", name="Nguyễn Văn Dũng")
    find(window, contains="Bằng khen của Bộ trưởng")
    find(window, contains="/QĐ-")


@runner.step("edit the position and see it saved")
def edit_person(ctx):
    window = state["app"].window
    click(find(window, role="push button", name="Edit"))
    dialog = wait_for(lambda: [f for f in find_all(vdtest.tree.root, role="dialog")] and
                      find_all(state["app"].root, role="dialog")[0], "the person editor")
    field = find(dialog, role="text", name="Position")
    field.grabFocus()
    key("ctrl+a")
    type_text("Chuyên viên cao cấp")
    click(find(dialog, role="push button", name="Save"))
    find(window, contains="Chuyên viên cao cấp")
    wait_for(lambda: sql("SELECT position FROM people WHERE name_fold = 'nguyen van dung' LIMIT 1")
             == "Chuyên viên cao cấp", "the archive to hold the new position")


@runner.step("delete the person and undo from the toast")
def delete_and_undo(ctx):
    window = state["app"].window
    before = sql("SELECT count(*) FROM people")
    click(find(window, role="push button", name="Delete"))
    dialog = wait_for(lambda: (find_all(state["app"].root, role="dialog") or [None])[0],
                      "the delete confirmation", timeout=5)
    click(find(dialog, role="push button", name="Delete"))
    wait_for(lambda: int(sql("SELECT count(*) FROM people")) == int(before) - 1, "the delete")
    click(find(window, role="push button", name="Undo"))
    wait_for(lambda: sql("SELECT count(*) FROM people") == before, "the undo")
    wait_for(lambda: sql("SELECT count(*) FROM awards a JOIN people p ON p.id = a.person_id "
                         "WHERE p.name_fold = 'nguyen van dung'") != "0", "the awards to come back")


@runner.step("quit with Ctrl+Q and exit cleanly")
def quit_app(ctx):
    state["app"].quit()


@runner.step("the next start reopens the same archive")
def reopen(ctx):
    state["app"] = App(app_binary, [])
    find(state["app"].window, name="People & Units")
    find(state["app"].window, contains="demo.vinhdanh")
    state["app"].quit()


try:
    code = runner.run(None)
finally:
    if "app" in state:
        state["app"].kill()
sys.exit(code)
