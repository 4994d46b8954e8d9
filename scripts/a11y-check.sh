#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The accessibility walk on its own (ctest runs it too): builds the dev preset, starts an
# X server if there is none, and runs tests/a11y/run.sh, which drives Knead through the
# AT-SPI bus and the keyboard as a screen reader user would.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
knead_install_packages "${KNEAD_BUILD_PACKAGES[@]}" "${KNEAD_TEST_PACKAGES[@]}"
cd "$KNEAD_ROOT"
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(knead_jobs)" --target knead >/dev/null
xvfb=""
trap '[ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null; true' EXIT
if [ -z "${DISPLAY:-}" ]; then
  display=":$(( 300 + RANDOM % 100 ))"
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
  xvfb=$!
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
  export DISPLAY="$display"
fi
"$KNEAD_ROOT/tests/a11y/run.sh" "$KNEAD_ROOT/build/dev/knead"
