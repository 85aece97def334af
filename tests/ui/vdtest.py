# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives the real vinh-danh executable through AT-SPI, as a person would.

Runs inside run-under-xvfb.sh (private X server and D-Bus session). Uses
Debian's dogtail; call it with /usr/bin/python3.
"""
import os
import re
import subprocess
import sys
import time

from dogtail.config import config

config.checkForA11y = False
config.actionDelay = 0.2
config.defaultDelay = 0.2
config.searchCutoffCount = 10
config.logDebugToStdOut = False
config.logDebugToFile = False

from dogtail import rawinput, tree  # noqa: E402  (config must come first)
import pyatspi  # noqa: E402

APP_NAME = "vinh-danh"


class Failure(Exception):
    pass


def log(message):
    print(f"# {message}", file=sys.stderr, flush=True)


def wait_for(predicate, what, timeout=60.0, interval=0.1):
    """Polls predicate until it returns something truthy."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except Exception as error:  # the tree changes under us while we look
            last_error = error
        time.sleep(interval)
    raise Failure(f"timed out waiting for {what}" + (f" ({last_error})" if last_error else ""))


def is_showing(node):
    # GTK 4.8 never sets SHOWING; VISIBLE is what it keeps up to date.
    states = node.getState()
    return states.contains(pyatspi.STATE_VISIBLE)


def is_selected(node):
    return node.getState().contains(pyatspi.STATE_SELECTED)


def find_all(root, role=None, name=None, contains=None, visible_only=True):
    def match(node):
        try:
            if role is not None and node.roleName != role:
                return False
            if name is not None and node.name != name:
                return False
            if contains is not None and contains not in (node.name or ""):
                return False
            return (not visible_only) or is_showing(node)
        except Exception:
            return False
    return root.findChildren(match)


def matches(node, role, name, contains):
    try:
        if role is not None and node.roleName != role:
            return False
        if name is not None and node.name != name:
            return False
        if contains is not None and contains not in (node.name or ""):
            return False
        return is_showing(node)
    except Exception:
        return False


def find_first(root, role=None, name=None, contains=None):
    """Breadth-first, stopping at the first match: GTK 4.8 has no AT-SPI
    cache, so every node costs D-Bus round trips, and shallow widgets (toasts,
    dialogs, page headers) are found long before a full walk would end."""
    queue = [root]
    while queue:
        node = queue.pop(0)
        if node is not root and matches(node, role, name, contains):
            return node
        try:
            if node.roleName in ("scroll bar", "separator"):
                continue
            queue.extend(list(node))
        except Exception:
            continue
    return None


def find(root, role=None, name=None, contains=None, timeout=60.0):
    what = f"{role or 'node'} named {name or contains!r}"
    return wait_for(lambda: find_first(root, role, name, contains), what, timeout)


def click(node):
    """Activates a button-like node through its action, not coordinates."""
    for action in ("click", "activate", "press"):
        try:
            node.doActionNamed(action)
            return
        except Exception:
            continue
    raise Failure(f"{node.roleName} {node.name!r} has no click action")


def toplevel_of(node):
    """The window (direct child of the application) that holds node."""
    while node.parent is not None and node.parent.roleName != "application":
        node = node.parent
    return node


def window_origin(title):
    """Top-left corner of the X window with this title. There is no window
    manager under Xvfb, so ask X directly rather than for the active window."""
    ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^" + re.escape(title) + "$"],
                         capture_output=True, text=True).stdout.split()
    if not ids:
        return 0, 0
    out = subprocess.run(["xdotool", "getwindowgeometry", "--shell", ids[-1]],
                         capture_output=True, text=True, check=True).stdout
    values = dict(line.split("=", 1) for line in out.split() if "=" in line)
    return int(values.get("X", 0)), int(values.get("Y", 0))


def focus(node):
    """Puts keyboard focus in node. GTK 4.8 implements no Component.GrabFocus,
    so click its centre as a person would (GTK reports window coordinates)."""
    try:
        if node.queryComponent().grabFocus():
            return
    except Exception:
        pass
    extents = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    x0, y0 = window_origin(toplevel_of(node).name or "")
    x = x0 + extents.x + max(4, min(extents.width // 2, 40))
    y = y0 + extents.y + extents.height // 2
    subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "1"], check=True)
    time.sleep(0.2)


def type_text(text):
    # xdotool delivers real key events, Vietnamese letters included.
    subprocess.run(["xdotool", "type", "--delay", "40", text], check=True)


def key(combo):
    subprocess.run(["xdotool", "key", combo], check=True)


class App:
    """The running application and its accessible root."""

    def __init__(self, binary, args, env=None):
        self.binary = binary
        full_env = dict(os.environ)
        full_env.update(env or {})
        log(f"starting {binary} {' '.join(args)}")
        self.process = subprocess.Popen([binary] + list(args), env=full_env)
        self.root = wait_for(self._lookup, "the application on the accessibility bus", timeout=40)
        self.window = wait_for(lambda: (find_all(self.root, role="frame") or [None])[0],
                               "the main window", timeout=40)

    def _lookup(self):
        if self.process.poll() is not None:
            raise Failure(f"the application exited early with {self.process.returncode}")
        for app in tree.root.applications():
            if app.name in (APP_NAME, "Vinh Danh"):
                return app
        return None

    def quit(self, timeout=15):
        """Closes through the UI (Ctrl+Q) so the exit code means something."""
        key("ctrl+q")
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise Failure("the application did not quit on Ctrl+Q")
        if code != 0:
            raise Failure(f"the application exited with {code}")

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def dump_tree(node, out, depth=0):
    """Writes the accessible tree below node, for reading after a failure."""
    try:
        out.write("  " * depth + f"[{node.roleName}] {node.name!r}\n")
        for child in node:
            dump_tree(child, out, depth + 1)
    except Exception as error:
        out.write("  " * depth + f"(gone: {error})\n")


def record_failure(name, root):
    """Keeps a screenshot and the accessible tree of a failed step."""
    folder = os.environ.get("VD_UI_ARTIFACTS", os.path.join(os.environ.get("TMPDIR", "/tmp"), "vd-ui-artifacts"))
    os.makedirs(folder, exist_ok=True)
    stem = os.path.join(folder, "".join(c if c.isalnum() else "-" for c in name)[:60])
    subprocess.run(["import", "-window", "root", stem + ".png"], check=False)
    if root is not None:
        with open(stem + ".tree.txt", "w", encoding="utf-8") as out:
            dump_tree(root, out)
    return stem


class TapRunner:
    """Runs named steps and prints TAP so meson counts each one. TAP goes to
    the descriptor in VD_TAP_FD, so what the D-Bus services print to stdout
    cannot corrupt it."""

    def __init__(self, root_of=None):
        self.steps = []
        self.root_of = root_of
        self.out = os.fdopen(int(os.environ.get("VD_TAP_FD", "1")), "w", buffering=1,
                             encoding="utf-8", closefd=False)

    def emit(self, line):
        self.out.write(line + "\n")
        self.out.flush()

    def step(self, name):
        def register(func):
            self.steps.append((name, func))
            return func
        return register

    def run(self, context):
        self.emit(f"1..{len(self.steps)}")
        failed = 0
        skip_rest = None
        for number, (name, func) in enumerate(self.steps, start=1):
            if skip_rest:
                self.emit(f"not ok {number} {name} # after failure: {skip_rest}")
                failed += 1
                continue
            started = time.monotonic()
            try:
                func(context)
                self.emit(f"ok {number} {name} # {time.monotonic() - started:.1f}s")
            except Exception as error:
                failed += 1
                skip_rest = name
                self.emit(f"not ok {number} {name}")
                for line in str(error).splitlines() or [repr(error)]:
                    self.emit(f"# {line}")
                stem = record_failure(name, self.root_of() if self.root_of else None)
                self.emit(f"# screenshot and accessible tree: {stem}.*")
        return 1 if failed else 0
