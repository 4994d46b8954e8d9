#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# A long monkey run (random clicks, keys, drags, wheel and resizes over every page) under the
# asan preset. Prints its seed; KNEAD_MONKEY_SEED=N replays a run.
#   scripts/monkey.sh [SECONDS]   (default 600)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
seconds="${1:-600}"
knead_install_packages "${KNEAD_BUILD_PACKAGES[@]}" "${KNEAD_TEST_PACKAGES[@]}"
cd "$KNEAD_ROOT"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$(knead_jobs)" --target knead_ui_tests >/dev/null
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
KNEAD_MONKEY_SECONDS="$seconds" "$KNEAD_ROOT/build/asan/tests/knead_ui_tests" "[monkey]"
