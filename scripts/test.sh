#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up everything the tests need on Debian (packages, a virtual display), builds the asan
# preset (Debug, AddressSanitizer + UndefinedBehaviorSanitizer, warnings are errors) and runs
# every test through ctest. Exits non-zero when any test fails or when no test ran.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

knead_install_packages "${KNEAD_BUILD_PACKAGES[@]}" "${KNEAD_TEST_PACKAGES[@]}" "${KNEAD_PACKAGE_PACKAGES[@]}"
cd "$KNEAD_ROOT"

# A real X server for the tests that start the app as a person would; the UI tests
# themselves run on the offscreen platform.
xvfb_pid=""
pulse_pid=""
test_home=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  [ -n "$pulse_pid" ] && kill "$pulse_pid" 2>/dev/null
  [ -n "$test_home" ] && rm -rf "$test_home"
  return 0
}
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  display=":$(( 90 + RANDOM % 100 ))"
  # -noreset: Xvfb otherwise resets whenever its last client leaves, and a test starting then
  # fails with "could not connect to display".
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 50); do
    [ -e "/tmp/.X11-unix/X${display#:}" ] && break
    sleep 0.1
  done
  export DISPLAY="$display"
fi

# Tests write user data under a throw-away home, never into the person's own; the runtime
# folder too, so that a test's Knead never hands its arguments to the person's running Knead.
# The reminder tests start their own session bus (tests/desktop/session.sh).
test_home="$(mktemp -d)"
export XDG_DATA_HOME="$test_home/data" XDG_CONFIG_HOME="$test_home/config" XDG_CACHE_HOME="$test_home/cache"
export XDG_RUNTIME_DIR="$test_home/runtime"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"

# A real sound server for the sound test (tests/sound): PulseAudio with a null sink, whose
# monitor the test records, in a runtime folder of its own (never a person's daemon; as root
# too). The test fails, not skips, when it cannot reach it. No session bus for it (no DISPLAY
# to autolaunch one): on a bus it takes the name org.PulseAudio1, and the package install
# test's own PulseAudio could not start beside it.
pulse_runtime="$test_home/pulse"
mkdir -p -m 700 "$pulse_runtime"
env -u DISPLAY -u DBUS_SESSION_BUS_ADDRESS XDG_RUNTIME_DIR="$pulse_runtime" HOME="$test_home" \
  pulseaudio --daemonize=no --exit-idle-time=-1 -n \
  --load="module-null-sink sink_name=knead_test" --load="module-native-protocol-unix auth-anonymous=1" \
  >"$test_home/pulseaudio.log" 2>&1 &
pulse_pid=$!
for _ in $(seq 50); do
  [ -S "$pulse_runtime/pulse/native" ] && break
  sleep 0.1
done
[ -S "$pulse_runtime/pulse/native" ] || { echo "PulseAudio did not start:" >&2; cat "$test_home/pulseaudio.log" >&2; }
export KNEAD_TEST_PULSE_RUNTIME="$pulse_runtime"

cmake --preset asan >/dev/null
cmake --build --preset asan -j "$(knead_jobs)"
# The asan test preset finds leaks too (LeakSanitizer, detect_leaks=1), suppressing only a leak
# proven to be in a system library (tests/sanitizers/lsan.supp). It checks strings strictly
# (strict_string_checks) but does not intercept
# strndup: libxkbcommon-x11 strndup()s keymap names that are not NUL-terminated, which is
# legal, and a strict strndup check stops every Knead started on an X server at its first
# connection.
ctest --preset asan --output-on-failure -j "$(knead_jobs)" "$@"
