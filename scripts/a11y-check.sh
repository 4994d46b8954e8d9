#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Drives Knead through the AT-SPI accessibility bus under Xvfb, as a screen reader would
# (tests/a11y/atspi_session.py). Builds the dev preset first.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
knead_install_packages "${KNEAD_BUILD_PACKAGES[@]}" xvfb xauth dbus-x11 at-spi2-core python3-pyatspi
cd "$KNEAD_ROOT"
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(knead_jobs)" --target knead >/dev/null
home="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$home"; return 0; }
trap cleanup EXIT
display=":$(( 300 + RANDOM % 100 ))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 & pids+=($!)
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
export DISPLAY="$display" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
eval "$(dbus-launch --sh-syntax)"; pids+=("$DBUS_SESSION_BUS_PID")
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 & pids+=($!)
sleep 1
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 "$KNEAD_ROOT/build/dev/knead" --start scalp-tension-relief >/dev/null 2>&1 & pids+=($!)
/usr/bin/python3 "$KNEAD_ROOT/tests/a11y/atspi_session.py"
