#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Campaigns end to end, through AT-SPI on the real executable: open the
calendar on the demo archive, go to May 2022, find the ministry's 20th
anniversary campaign, open it, add a milestone, see it in the Agenda, and
export the calendar as iCalendar; attach a PDF to the campaign and see a
file that is not a PDF refused."""
import datetime
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vdtest  # noqa: E402
from vdtest import App, Failure, click, find, key, type_text, wait_for  # noqa: E402

app_binary, cli_binary = sys.argv[1], sys.argv[2]
workdir = tempfile.mkdtemp(prefix="vd-ui-campaigns-")
archive = os.path.join(workdir, "demo.vinhdanh")
exported = os.path.join(workdir, "campaigns.ics")
runner = vdtest.TapRunner(lambda: state["app"].root if "app" in state else None)
state = {}
ANNIVERSARY = "Đợt thi đua đặc biệt chào mừng Kỷ niệm 20 năm"
NEW_MILESTONE = "Sơ kết đợt thi đua đặc biệt"


def sql(query):
    # Read back through sqlite3 (an independent tool), never through the app.
    return subprocess.run(["sqlite3", archive, query], capture_output=True, text=True,
                          check=True).stdout.strip()


@runner.step("build the small demo archive with vinh-danh-cli")
def build_archive(ctx):
    subprocess.run([cli_binary, "demo", "--scale", "small", "--output", archive], check=True,
                   stdout=subprocess.DEVNULL)


@runner.step("open the archive and go to Campaigns, the first place")
def open_campaigns(ctx):
    state["app"] = App(app_binary, [archive])
    window = state["app"].window
    row = find(window, role="list item", name="Campaigns")
    vdtest.focus(row)
    find(window, role="push button", contains="Today")
    find(window, name="Campaigns in This Month")


@runner.step("go to May 2022 with the previous-month key")
def go_to_may_2022(ctx):
    window = state["app"].window
    vdtest.focus(find(window, role="push button", contains="Today"))
    today = datetime.date.today()
    months = (today.year - 2022) * 12 + today.month - 5
    subprocess.run(["xdotool", "key", "--delay", "60", "--repeat", str(months), "Page_Up"], check=True)
    find(window, contains="May 2022")


@runner.step("the anniversary campaign is listed in May 2022 and opens")
def open_anniversary(ctx):
    window = state["app"].window
    row = find(window, role="list item", contains=ANNIVERSARY)
    vdtest.focus(row)
    state["editor"] = find(state["app"].root, name="Edit Campaign")
    find(state["app"].root, role="text", name="Campaign name")


@runner.step("add a milestone and save")
def add_milestone(ctx):
    root = state["app"].root
    click(find(root, role="push button", contains="Add Milestone"))
    find(root, role="text", name="Title")
    type_text(NEW_MILESTONE)
    key("ctrl+s")
    # Stored in the campaign that was opened, on its first day (the default
    # for a campaign that has ended).
    wait_for(lambda: sql(f"SELECT count(*) FROM campaign_milestones m JOIN campaigns c ON c.id = m.campaign_id "
                         f"WHERE m.title = '{NEW_MILESTONE}' AND m.due_on = '2022-05-16' "
                         f"AND c.name LIKE '{ANNIVERSARY}%'") == "1", "the milestone to be stored")


def minimal_pdf():
    """One blank A4 page, with a correct cross-reference table."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def attach(path):
    root = state["app"].root
    click(find(root, role="push button", contains="Attach PDF"))
    chooser = find(root, name="Attach PDF")
    vdtest.focus(chooser)
    key("ctrl+l")
    # The chooser may remember its location bar: empty it first.
    key("ctrl+a")
    key("BackSpace")
    type_text(path)
    key("Return")
    time.sleep(1.5)
    # Return may only have closed the entry's completion: press the button.
    if vdtest.find_all(root, name="Attach PDF"):
        click(find(chooser, role="push button", contains="_Attach"))


@runner.step("reopen the campaign and attach a PDF: its row shows the pages")
def attach_pdf(ctx):
    window = state["app"].window
    vdtest.focus(find(window, role="list item", contains=ANNIVERSARY))
    find(state["app"].root, name="Edit Campaign")
    path = os.path.join(workdir, "ke-hoach.pdf")
    with open(path, "wb") as f:
        f.write(minimal_pdf())
    attach(path)
    find(state["app"].root, contains="ke-hoach.pdf")
    find(state["app"].root, contains="1 page")
    wait_for(lambda: sql("SELECT count(*) FROM documents d JOIN campaigns c ON c.id = d.campaign_id "
                         f"WHERE d.filename = 'ke-hoach.pdf' AND d.page_count = 1 AND c.name LIKE '{ANNIVERSARY}%'")
             == "1", "the document to be stored")


@runner.step("a file that is not a PDF, named .pdf, is refused with a message")
def refuse_not_pdf(ctx):
    counts = "SELECT (SELECT count(*) FROM documents) || '/' || (SELECT count(*) FROM blobs)"
    before = sql(counts)
    os.makedirs(os.path.join(workdir, "notes"), exist_ok=True)
    path = os.path.join(workdir, "notes", "ghi-chu.pdf")
    with open(path, "w") as f:
        f.write("Biên bản họp, chưa xuất ra PDF\n")
    attach(path)
    find(state["app"].root, contains="not a PDF")
    if sql(counts) != before:
        raise Failure("the refused file changed the archive")
    key("Escape")
    wait_for(lambda: not vdtest.find_all(state["app"].root, name="Edit Campaign"), "the editor to close")


@runner.step("the new milestone is in the Agenda")
def agenda(ctx):
    window = state["app"].window
    click(find(window, role="push button", contains="Agenda"))
    find(window, contains=NEW_MILESTONE)


@runner.step("export the calendar as iCalendar")
def export_ics(ctx):
    window = state["app"].window
    vdtest.focus(find(window, role="push button", name="Calendar Menu"))
    click(find(state["app"].root, contains="Export as iCalendar"))
    chooser = find(state["app"].root, name="Export as iCalendar")
    name = find(chooser, role="text", name="Name:")
    vdtest.focus(name)
    key("ctrl+a")
    type_text(exported)
    key("Return")
    wait_for(lambda: os.path.exists(exported), "the .ics file to be written")
    with open(exported, "rb") as f:
        text = f.read().replace(b"\r\n ", b"").decode("utf-8")
    if f"SUMMARY:{NEW_MILESTONE}" not in text:
        raise Failure("the exported calendar lacks the new milestone")
    if text.count("BEGIN:VEVENT") != int(sql("SELECT (SELECT count(*) FROM campaigns) + "
                                             "(SELECT count(*) FROM campaign_milestones)")):
        raise Failure("the export does not hold every campaign and milestone")


@runner.step("the view choice is remembered: Agenda again at the next start")
def remembered(ctx):
    state["app"].quit()
    state["app"] = App(app_binary, [archive])
    window = state["app"].window
    button = find(window, role="push button", contains="Agenda")
    wait_for(lambda: button.getState().contains(vdtest.pyatspi.STATE_CHECKED)
             or button.getState().contains(vdtest.pyatspi.STATE_PRESSED), "Agenda to be chosen")


@runner.step("quit cleanly")
def quit_app(ctx):
    state["app"].quit()


sys.exit(runner.run(state))
