#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs a test command on a private session bus (dbus-run-session with session-bus.conf: no
# service on it starts on demand) and on an Xvfb of its own (the tests count Knead's windows
# and read the active window, which other tests' windows on a shared display would disturb;
# without Xvfb, the DISPLAY given), so the desktop tests run the same under scripts/test.sh,
# plain ctest -j, and CI as root.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
xvfb_pid=""
tmp=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  [ -n "$tmp" ] && rm -rf "$tmp"
  return 0
}
trap cleanup EXIT INT TERM
if command -v Xvfb >/dev/null 2>&1; then
  tmp="$(mktemp -d)"
  # Xvfb picks a free display and writes its number once it accepts connections.
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$tmp/display" >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 600); do [ -s "$tmp/display" ] && break; sleep 0.05; done
  [ -s "$tmp/display" ] || { echo "session.sh: Xvfb did not start within 30 s" >&2; exit 1; }
  DISPLAY=":$(cat "$tmp/display")"
  export DISPLAY
fi
rc=0
dbus-run-session --config-file="$here/session-bus.conf" -- "$@" || rc=$?
exit "$rc"
