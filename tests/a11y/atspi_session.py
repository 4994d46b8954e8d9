#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Drives Knead from outside through the AT-SPI accessibility bus and the keyboard, as a
screen-reader user would, and fails on what such a person would trip over: a page that
cannot be reached by keyboard, a focusable control without a name, a countdown that is not
announced, pause or skip that do nothing. Started by tests/a11y/run.sh (which provides the
bus, the display and Knead); needs python3-pyatspi and xdotool."""
import subprocess
import sys
import time

import pyatspi

failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message, flush=True)
    if not condition:
        failures.append(message)


def find_app(name, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name and app.name.lower() == name.lower():
                return app
        time.sleep(0.2)
    raise SystemExit(f"FAIL no application named {name} on the accessibility bus")


def walk(node):
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            yield from walk(child)


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def find(app, predicate, timeout=5):
    deadline = time.time() + timeout
    while True:
        for node in walk(app):
            try:
                if showing(node) and predicate(node):
                    return node
            except Exception:
                pass
        if time.time() > deadline:
            return None
        time.sleep(0.2)


def press(node):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("press", "Press", "click"):
            action.doAction(i)
            return
    action.doAction(0)


def keys(*names):
    for name in names:
        subprocess.run(["xdotool", "key", "--clearmodifiers", name], check=True)
        time.sleep(0.4)


def unnamed_focusable(app):
    bad = []
    for node in walk(app):
        try:
            states = node.getState()
            if states.contains(pyatspi.STATE_FOCUSABLE) and states.contains(pyatspi.STATE_SHOWING) and not node.name.strip():
                bad.append(f"{node.getRoleName()} ({node.description})")
        except Exception:
            pass
    return bad


def countdown(app):
    node = find(app, lambda n: n.name.startswith("Time left"), timeout=1)
    return node.name if node else None


def page_named(app, name):
    return find(app, lambda n: n.name == name)


def main():
    app = find_app("Knead")
    # The window takes the keyboard, as after a click on it.
    subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "Knead", "windowfocus", "--sync"], check=False)

    # Home: the body map's regions, each with a name.
    body_map = find(app, lambda n: n.name == "Body map")
    check(body_map is not None, "home page: the body map is on the bus")
    if body_map:
        regions = [body_map.getChildAtIndex(i).name for i in range(body_map.childCount)]
        check(len(regions) >= 14 and all(regions), f"home page: {len(regions)} named regions")
    check(not unnamed_focusable(app), f"home page: no unnamed control {unnamed_focusable(app)}")

    # The library, by keyboard: Ctrl+F, a word, Down, Enter opens a technique page.
    keys("ctrl+f")
    search = find(app, lambda n: n.getRoleName() == "text" and n.getState().contains(pyatspi.STATE_FOCUSED))
    check(search is not None and search.name.strip() != "", "library: Ctrl+F puts the keyboard in a named search field")
    subprocess.run(["xdotool", "type", "--delay", "60", "trigger"], check=True)
    time.sleep(0.5)
    check(not unnamed_focusable(app), f"library: no unnamed control {unnamed_focusable(app)}")
    keys("Down", "Return")
    text = find(app, lambda n: n.name == "Technique description")
    check(text is not None, "technique page: reached with Down and Enter")
    check(not unnamed_focusable(app), f"technique page: no unnamed control {unnamed_focusable(app)}")
    keys("alt+Home")
    check(find(app, lambda n: n.name == "Body map") is not None, "home again with Alt+Home")

    # The scalp routine's preparation page from the home page's quick start, then its session.
    quick = find(app, lambda n: n.getRoleName() == "push button" and n.name.startswith("Quick start: Guided scalp"))
    check(quick is not None, "home page: a named quick start")
    if quick is None:
        return 1
    press(quick)
    start = find(app, lambda n: n.getRoleName() == "push button" and n.name.startswith("Start Guided scalp"), timeout=10)
    check(start is not None, "preparation page: a named start button")
    check(not unnamed_focusable(app), f"preparation page: no unnamed control {unnamed_focusable(app)}")
    if start is None:
        return 1
    press(start)
    time.sleep(5)
    first = countdown(app)
    time.sleep(2.2)
    second = countdown(app)
    check(first is not None and first != second, f"player: the countdown is announced and runs down ({first} -> {second})")
    pause = find(app, lambda n: n.getRoleName() == "push button" and n.name == "Pause")
    check(pause is not None, "player: a named Pause button")
    keys("space")
    held = countdown(app)
    time.sleep(2.2)
    check(held is not None and held == countdown(app), f"player: Space pauses, the countdown holds ({held})")
    step = find(app, lambda n: n.name.startswith("Step ") and " of " in n.name)
    before = step.name if step else None
    keys("Right")
    step = find(app, lambda n: n.name.startswith("Step ") and " of " in n.name and n.name != before)
    check(step is not None, f"player: Right skips ({before} -> {step.name if step else None})")
    check(not unnamed_focusable(app), f"player: no unnamed control {unnamed_focusable(app)}")
    # Leaving the player pauses the session and a bar on every page leads back.
    keys("alt+Home")
    back = find(app, lambda n: n.getRoleName() == "push button" and n.name.startswith("Return to session"))
    check(back is not None, "home during a session: the session bar leads back")
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
