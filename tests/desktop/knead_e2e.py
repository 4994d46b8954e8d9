#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The real knead binary on a private session bus with the test's own desktop
(notification_server.py) and an X server, as the issue's check does it: reminders on with a
1-minute interval, started in the background; the reminder falls due while the notification
server is inhibited (do not disturb) and waits; when do not disturb ends it arrives with
Start, Snooze 10 min and Skip today; Start opens the routine in a window; a second
`knead --start ID` hands its arguments to the running Knead and exits. Run by
tests/desktop/session.sh; exits 77 (skipped) without a display."""
import argparse
import datetime
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import dbus


def wait_for(what, condition, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def windows_named(pattern):
    out = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", pattern], capture_output=True, text=True)
    return out.stdout.split()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--knead", required=True)
    parser.add_argument("--desktop", required=True)
    parser.add_argument("--app-id", required=True)  # names the desktop entry a notification points to
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") or not shutil.which("xdotool"):
        print("skipped: needs an X server (DISPLAY) and xdotool")
        return 77

    home = tempfile.mkdtemp(prefix="knead-e2e-")
    env = dict(os.environ)
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"), ("XDG_RUNTIME_DIR", "run")):
        env[var] = os.path.join(home, sub)
        os.makedirs(env[var], mode=0o700, exist_ok=True)
    env.pop("QT_QPA_PLATFORM", None)  # the X server, as on a desktop
    env["LC_ALL"] = env["LANG"] = "C.UTF-8"

    # Reminders on, every minute, all day, every day; the last reminder was 45 s ago, so the
    # next falls due about 15 s from now, after Knead has started even on a loaded machine
    # (a reminder whose time passed before Knead ran is not shown late).
    anchor = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(seconds=45)
    os.makedirs(os.path.join(env["XDG_CONFIG_HOME"], "Knead"))
    with open(os.path.join(env["XDG_CONFIG_HOME"], "Knead", "knead.conf"), "w") as f:
        f.write("[reminders]\nenabled=true\nmode=interval\nintervalMinutes=1\nworkdayStart=00:00\nworkdayEnd=00:00\n"
                "weekdays=1, 2, 3, 4, 5, 6, 7\nroutine=neck-micro-break\nbackgroundNoticeShown=true\n"
                f"anchor={anchor.strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3]}Z\n")

    server = subprocess.Popen(["/usr/bin/python3", args.desktop, "--inhibited"], stdout=subprocess.PIPE, text=True)
    log = open(os.path.join(home, "knead.log"), "w+")
    knead = None
    try:
        assert server.stdout.readline().strip() == "ready", "the test desktop did not start"
        control = dbus.Interface(dbus.SessionBus().get_object("org.knead.TestDesktop", "/org/knead/TestDesktop"), "org.knead.TestDesktop")
        shown = lambda: json.loads(str(control.Shown()))
        calls = lambda: json.loads(str(control.Calls()))

        knead = subprocess.Popen([args.knead, "--background"], env=env, stdout=log, stderr=log)
        # 1. Due while do not disturb is on: Knead asks the server, and holds the reminder.
        wait_for("Knead to ask whether notifications are inhibited", lambda: "Get:Inhibited" in calls(), 60)
        time.sleep(1.0)
        assert shown() == [], f"a notification came during do not disturb: {shown()}"
        assert knead.poll() is None, "knead --background exited"
        assert not windows_named("Knead"), "knead --background opened a window"
        print("ok: the reminder is held while the notification server is inhibited")

        # 2. Do not disturb ends: the held reminder arrives, with its actions.
        control.SetInhibited(False)
        note = wait_for("the reminder's notification", lambda: shown(), 15)[0]
        assert note["app_name"] == "Knead", note
        assert note["actions"] == ["default", "Open Knead", "start", "Start", "snooze", "Snooze 10 min", "skip-today", "Skip today"], note
        assert note["hints"].get("desktop-entry") == args.app_id, note
        assert "Neck micro-break" in note["body"], note
        print("ok: the reminder arrives when do not disturb ends, with Start, Snooze 10 min and Skip today")

        # 3. Start opens the routine in Knead's window.
        control.InvokeAction(dbus.UInt32(note["id"]), "start")
        wait_for("the window with the routine", lambda: windows_named("^Neck micro-break .+ Knead$"), 30)
        print("ok: Start opens the routine")

        # 4. A second launch hands its arguments to the running Knead and exits.
        second = subprocess.run([args.knead, "--start", "scalp-tension-relief"], env=env, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second
        wait_for("the running Knead to open the routine", lambda: windows_named("^Guided scalp massage for tension relief .+ Knead$"), 30)
        assert knead.poll() is None, "the first Knead exited"
        print("ok: a second knead --start ID opens the routine in the first")

        unknown = subprocess.run([args.knead, "--start", "neck-micro"], env=env, capture_output=True, text=True, timeout=60)
        assert unknown.returncode == 2 and "no routine has the id" in unknown.stderr, unknown
        again = subprocess.run([args.knead, "--background"], env=env, capture_output=True, text=True, timeout=60)
        assert again.returncode == 0, again
        plain = subprocess.run([args.knead], env=env, capture_output=True, text=True, timeout=60)
        assert plain.returncode == 0, plain
        assert len(windows_named("Knead$")) == 1, windows_named("Knead$")
        assert knead.poll() is None
        print("ok: one Knead at a time")
        return 0
    except AssertionError as e:
        log.flush()
        log.seek(0)
        print(f"FAILED: {e}\n--- knead's output ---\n{log.read()}", file=sys.stderr)
        return 1
    finally:
        if knead and knead.poll() is None:
            knead.send_signal(signal.SIGTERM)
            try:
                knead.wait(10)
            except subprocess.TimeoutExpired:
                knead.kill()
        server.terminate()
        server.wait(10)
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
