#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up everything Knead needs on Debian, builds the release preset and starts Knead.
# Arguments are passed to knead, e.g. scripts/run.sh --start scalp-tension-relief
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

knead_install_packages "${KNEAD_BUILD_PACKAGES[@]}"
cd "$KNEAD_ROOT"
cmake --preset release >/dev/null
cmake --build --preset release -j "$(knead_jobs)"
exec "$KNEAD_ROOT/build/release/knead" "$@"
