#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Drives Knead from outside through the AT-SPI accessibility bus, as a screen-reader user
would: lists the body map's regions, starts the scalp routine's session, watches the
countdown run down, pauses, skips, and counts focusable controls without a name.
Run by scripts/a11y-check.sh (which starts the bus and Knead); needs python3-pyatspi."""
import sys
import time

import pyatspi

def find_app(name, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name and app.name.lower() == name.lower():
                return app
        time.sleep(0.2)
    raise SystemExit(f"no application named {name} on the accessibility bus")

def walk(node, depth=0):
    yield node, depth
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from walk(child, depth + 1)

def find(app, predicate):
    for node, _ in walk(app):
        try:
            if predicate(node):
                return node
        except Exception:
            pass
    return None

def press(node):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("press", "Press", "click"):
            action.doAction(i)
            return
    action.doAction(0)

def countdown(app):
    node = find(app, lambda n: n.name.startswith("Time left"))
    return node.name if node else None

def unnamed_focusable(app):
    bad = []
    for node, _ in walk(app):
        try:
            states = node.getState()
            if states.contains(pyatspi.STATE_FOCUSABLE) and states.contains(pyatspi.STATE_SHOWING) and not node.name.strip():
                bad.append(f"{node.getRoleName()} ({node.description})")
        except Exception:
            pass
    return bad

def main():
    app = find_app("Knead")
    print(f"application: {app.name}")
    body_map = find(app, lambda n: n.name == "Body map")
    if body_map:
        regions = [body_map.getChildAtIndex(i).name for i in range(body_map.childCount)]
        print(f"body map regions ({len(regions)}): {', '.join(regions)}")
    start = find(app, lambda n: n.getRoleName() == "push button" and n.name.startswith("Start "))
    print(f"preparation page start button: {start.name if start else None}")
    print(f"unnamed focusable controls on this page: {len(unnamed_focusable(app))}")
    press(start)
    time.sleep(5)
    first = countdown(app)
    time.sleep(2.2)
    second = countdown(app)
    print(f"countdown: {first} -> {second} (runs down: {first != second})")
    pause = find(app, lambda n: n.getRoleName() == "push button" and n.name == "Pause")
    press(pause)
    time.sleep(0.5)
    held = countdown(app)
    time.sleep(2.2)
    print(f"paused: {held} -> {countdown(app)} (held: {held == countdown(app)})")
    step = find(app, lambda n: n.name.startswith("Step ") and " of " in n.name)
    before = step.name if step else None
    skip = find(app, lambda n: n.getRoleName() == "push button" and n.name == "Skip")
    press(skip)
    time.sleep(0.5)
    step = find(app, lambda n: n.name.startswith("Step ") and " of " in n.name)
    print(f"skip: {before} -> {step.name if step else None}")
    bad = unnamed_focusable(app)
    print(f"unnamed focusable controls on the player page: {len(bad)} {bad}")
    return 0

if __name__ == "__main__":
    sys.exit(main())
