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
runner = vdtest.TapRunner(lambda: state["app"].root if "app" in state else None)
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
    find(state["app"].window, role="list item", name="People & Units")
    find(state["app"].window, role="label", name="Bộ Tài nguyên và Môi trường")


@runner.step("find Nguyễn Văn Dũng by typing without diacritics")
def search_person(ctx):
    window = state["app"].window
    key("ctrl+f")
    find(window, role="entry", name="Search the archive")
    type_text("nguyen van dung")
    find(window, role="list item", contains="Nguyễn Văn Dũng")
    key("Return")


def person_panel():
    # The page is a panel named "Person" (its role name varies across AT-SPI versions).
    return find(state["app"].window, name="Person")


@runner.step("the person page shows the award history with decision numbers")
def person_page(ctx):
    panel = person_panel()
    find(panel, role="label", name="Nguyễn Văn Dũng")
    history = find(panel, role="list", name="Award history")
    find(history, role="list item", name="Bằng khen của Bộ trưởng")
    find(history, role="label", contains="/QĐ-BTNMT of ")
    # Newest first: the first decision date shown is the latest year.
    dates = [n.name for n in find_all(history, role="label", contains="Decision ")]
    years = [int(d.split(" of ")[1].split(" ")[0][-4:]) for d in dates]
    if years != sorted(years, reverse=True):
        raise Failure(f"award history is not newest first: {years}")


@runner.step("edit the position and see it saved")
def edit_person(ctx):
    click(find(person_panel(), role="push button", contains="Edit"))
    field = find(state["app"].root, role="text", name="Position")
    vdtest.focus(field)
    key("ctrl+a")
    type_text("Chuyên viên cao cấp")
    key("ctrl+s")
    wait_for(lambda: sql("SELECT position FROM people WHERE name_fold = 'nguyen van dung'")
             == "Chuyên viên cao cấp", "the archive to hold the new position")
    find(person_panel(), role="label", name="Chuyên viên cao cấp")


@runner.step("an invalid birth year is refused next to the field and nothing is saved")
def invalid_edit(ctx):
    before = sql("SELECT birth_year FROM people WHERE name_fold = 'nguyen van dung'")
    click(find(person_panel(), role="push button", contains="Edit"))
    field = find(state["app"].root, role="text", name="Birth year")
    vdtest.focus(field)
    key("ctrl+a")
    type_text("1850")
    key("ctrl+s")
    find(state["app"].root, role="label", contains="Birth year must be between")
    if sql("SELECT birth_year FROM people WHERE name_fold = 'nguyen van dung'") != before:
        raise Failure("an invalid birth year reached the archive")
    key("Escape")


@runner.step("delete the person and undo from the toast")
def delete_and_undo(ctx):
    before = sql("SELECT count(*) FROM people")
    awards = sql("SELECT count(*) FROM awards a JOIN people p ON p.id = a.person_id "
                 "WHERE p.name_fold = 'nguyen van dung'")
    click(find(person_panel(), role="push button", name="Delete Person"))
    dialog = find(state["app"].root, role="dialog", name="Delete Nguyễn Văn Dũng?")
    find(dialog, role="label", contains="awards and annual ratings are deleted too")
    # GTK 4.8 names a mnemonic button "_Delete Delete": match the visible word.
    click(find(dialog, role="push button", contains="Delete"))
    wait_for(lambda: int(sql("SELECT count(*) FROM people")) == int(before) - 1, "the delete")
    undo = wait_for(lambda: [n for n in find_all(state["app"].root, role="push button")
                             if (n.name or "").startswith("Undo")], "the Undo button on the toast")[0]
    click(undo)
    wait_for(lambda: sql("SELECT count(*) FROM people") == before, "the undo")
    wait_for(lambda: sql("SELECT count(*) FROM awards a JOIN people p ON p.id = a.person_id "
                         "WHERE p.name_fold = 'nguyen van dung'") == awards, "the awards to come back")


@runner.step("quit with Ctrl+Q and exit cleanly")
def quit_app(ctx):
    state["app"].quit()


@runner.step("the next start reopens the same archive")
def reopen(ctx):
    state["app"] = App(app_binary, [])
    if state["app"].window.name != "demo.vinhdanh — Vinh Danh":
        raise Failure(f"reopened {state['app'].window.name!r}")
    find(state["app"].window, role="label", name="People & Units")
    state["app"].quit()


try:
    code = runner.run(None)
finally:
    if "app" in state:
        state["app"].kill()
sys.exit(code)
