# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives the real vinh-danh executable through AT-SPI, as a person would.

Runs inside run-under-xvfb.sh (private X server and D-Bus session). Uses
Debian's dogtail; call it with /usr/bin/python3.
"""
import os
import subprocess
import sys
import time

from dogtail import config

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
    print(f"# {message}", flush=True)


def wait_for(predicate, what, timeout=20.0, interval=0.1):
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


def find(root, role=None, name=None, contains=None, timeout=20.0):
    what = f"{role or 'node'} named {name or contains!r}"
    return wait_for(lambda: (find_all(root, role, name, contains) or [None])[0], what, timeout)


def click(node):
    """Activates a button-like node through its action, not coordinates."""
    for action in ("click", "activate", "press"):
        try:
            node.doActionNamed(action)
            return
        except Exception:
            continue
    raise Failure(f"{node.roleName} {node.name!r} has no click action")


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


class TapRunner:
    """Runs named steps and prints TAP so meson counts each one."""

    def __init__(self):
        self.steps = []

    def step(self, name):
        def register(func):
            self.steps.append((name, func))
            return func
        return register

    def run(self, context):
        print(f"1..{len(self.steps)}", flush=True)
        failed = 0
        skip_rest = None
        for number, (name, func) in enumerate(self.steps, start=1):
            if skip_rest:
                print(f"not ok {number} {name} # after failure: {skip_rest}", flush=True)
                failed += 1
                continue
            started = time.monotonic()
            try:
                func(context)
                print(f"ok {number} {name} # {time.monotonic() - started:.1f}s", flush=True)
            except Exception as error:
                failed += 1
                skip_rest = name
                print(f"not ok {number} {name}", flush=True)
                for line in str(error).splitlines() or [repr(error)]:
                    print(f"# {line}", flush=True)
        return 1 if failed else 0
