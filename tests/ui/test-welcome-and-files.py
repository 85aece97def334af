#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""First start, the demo archive, files Vinh Danh must refuse without touching,
and Save a Copy — through AT-SPI on the real executable."""
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vdtest  # noqa: E402
from vdtest import App, Failure, click, find, find_all, key, type_text, wait_for  # noqa: E402

app_binary, cli_binary = sys.argv[1], sys.argv[2]
workdir = tempfile.mkdtemp(prefix="vd-ui-files-")
demo_path = os.path.join(os.environ["XDG_DATA_HOME"], "vinh-danh", "demo.vinhdanh")
runner = vdtest.TapRunner(lambda: state["app"].root if "app" in state else None)
state = {}


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def sqlite(path, query):
    return subprocess.run(["sqlite3", path, query], capture_output=True, text=True,
                          check=True).stdout.strip()


@runner.step("a first start without a file shows the welcome page")
def welcome(ctx):
    state["app"] = App(app_binary, [])
    window = state["app"].window
    for label in ("Create New Archive…", "Open Demo Archive", "Open Archive…"):
        find(window, role="push button", contains=label)


@runner.step("Open Demo Archive builds the demo archive and shows its people")
def open_demo(ctx):
    click(find(state["app"].window, role="push button", contains="Open Demo Archive"))
    find(state["app"].window, role="label", name="Bộ Tài nguyên và Môi trường", timeout=60)
    if not os.path.exists(demo_path):
        raise Failure(f"no demo archive at {demo_path}")
    if os.stat(demo_path).st_mode & 0o777 != 0o600:
        raise Failure("the demo archive is readable by others")


@runner.step("Save a Copy writes a consistent copy while the archive is open")
def save_copy(ctx):
    copy = os.path.join(workdir, "backup.vinhdanh")
    key("ctrl+shift+s")
    chooser = find(state["app"].root, name="Save a Copy")
    name = find(chooser, role="text", name="Name:")
    vdtest.focus(name)
    key("ctrl+a")
    type_text(copy)
    key("Return")
    wait_for(lambda: os.path.exists(copy), "the copy to be written")
    people = sqlite(demo_path, "SELECT count(*) FROM people")
    if sqlite(copy, "SELECT count(*) FROM people") != people or people == "0":
        raise Failure("the copy does not hold the archive's people")
    if sqlite(copy, "PRAGMA integrity_check") != "ok":
        raise Failure("the copy is damaged")


@runner.step("quit cleanly")
def quit_first(ctx):
    state["app"].quit()


def assert_refused(path, expected_text):
    before = digest(path)
    state["app"] = App(app_binary, [path])
    dialog = find(state["app"].root, role="dialog", name="Could Not Open Archive")
    find(dialog, role="label", contains=expected_text)
    click(find(dialog, role="push button", contains="Close"))
    # The window stays usable: the welcome page offers the other choices.
    find(state["app"].window, role="push button", contains="Open Archive…")
    state["app"].quit()
    if digest(path) != before:
        raise Failure(f"{path} was modified")
    if os.path.exists(path + "-wal"):
        raise Failure(f"{path} got a WAL file")


@runner.step("a text file is refused with a clear message and left unchanged")
def refuse_text(ctx):
    path = os.path.join(workdir, "danh-sach.vinhdanh")
    with open(path, "w", encoding="utf-8") as f:
        f.write("Danh sách đề nghị khen thưởng năm 2025\n")
    assert_refused(path, "is not a Vinh Danh archive")


@runner.step("an archive from a newer version is refused and left unchanged")
def refuse_newer(ctx):
    path = os.path.join(workdir, "newer.vinhdanh")
    subprocess.run([cli_binary, "demo", "--output", path], check=True, stdout=subprocess.DEVNULL)
    sqlite(path, "PRAGMA journal_mode=DELETE; PRAGMA user_version = 99;")
    assert_refused(path, "newer version of Vinh Danh")


try:
    code = runner.run(None)
finally:
    if "app" in state:
        state["app"].kill()
    shutil.rmtree(workdir, ignore_errors=True)
sys.exit(code)
