#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the bench preset (Release) and measures start-up, memory, idle cost (home page, and
# waiting in the background for reminders, on a private session bus), countdown accuracy,
# cue latency (through a PulseAudio null sink), content scale, library search and a journal
# of years under Xvfb. One line per figure.
#   scripts/bench.sh [--quick] [--runs N] [--only startup|content|journal|pages|cues]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

knead_install_packages "${KNEAD_BUILD_PACKAGES[@]}" xvfb xauth xdotool python3 dbus-daemon python3-dbus python3-gi \
  python3-numpy pulseaudio libpulse0
cd "$KNEAD_ROOT"
cmake --preset bench >/dev/null
cmake --build --preset bench -j "$(knead_jobs)" >/dev/null

xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; return 0; }
trap cleanup EXIT
display=":$(( 200 + RANDOM % 100 ))"
# -noreset: by default Xvfb resets when its last client leaves, and a program that connects
# during the reset fails with "could not connect to display" (seen in 4 of 10 quick starts).
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
export DISPLAY="$display"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -r)"
echo "qt: $(dpkg-query -W -f='${Version}' qt6-base-dev), compiler: $(c++ --version | head -1)"
/usr/bin/python3 "$KNEAD_ROOT/tests/bench/bench.py" --build "$KNEAD_ROOT/build/bench" "$@"
