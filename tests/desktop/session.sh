#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs a test command on a private session bus (dbus-run-session with session-bus.conf: no
# service on it starts on demand) and, when no display is set, on an Xvfb of its own, so the
# desktop tests run the same under scripts/test.sh, plain ctest, and CI as root.
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
if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null 2>&1; then
  tmp="$(mktemp -d)"
  # Xvfb picks a free display and writes its number once it accepts connections.
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$tmp/display" >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.05; done
  DISPLAY=":$(cat "$tmp/display")"
  export DISPLAY
fi
rc=0
dbus-run-session --config-file="$here/session-bus.conf" -- "$@" || rc=$?
exit "$rc"
