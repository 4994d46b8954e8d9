#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fuzzes the content loader with libFuzzer (clang, ASan + UBSan) for SECONDS (default 600),
# seeded with the bundled content and the broken fixtures. Anything found is copied to
# tests/data/fuzz-regressions/, which the test suite replays on every run.
#   scripts/fuzz.sh [SECONDS]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
seconds="${1:-600}"

knead_install_packages "${KNEAD_BUILD_PACKAGES[@]}" clang libclang-rt-14-dev
cd "$KNEAD_ROOT"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(knead_jobs)" --target knead_fuzz_loader >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$work/seeds" "$work/artifacts"
# Seeds: each file prefixed with the byte that routes it to the matching file of the pack.
n=0
seed() { printf "\\x$(printf '%02x' "$1")" > "$work/seeds/$n"; cat "$2" >> "$work/seeds/$n"; n=$((n + 1)); }
seed 0 content/pack.json
seed 1 content/regions.json
for f in content/techniques/*.json tests/data/broken/*/techniques/*.json; do seed 2 "$f"; done
for f in content/routines/*.json tests/data/broken/*/routines/*.json; do seed 3 "$f"; done
for f in tests/data/broken/*/pack.json; do seed 0 "$f"; done
for f in tests/data/fuzz-regressions/*; do [ -f "$f" ] && cp "$f" "$work/seeds/"; done

export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1" UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
set +e
"$KNEAD_ROOT/build/fuzz/tests/fuzz/knead_fuzz_loader" "$work/corpus" "$work/seeds" \
  -max_total_time="$seconds" -max_len=262144 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
  -artifact_prefix="$work/artifacts/" 2>&1 | grep -E "^#[0-9]+ +(DONE|INITED)|stat::number_of_executed_units|stat::peak_rss|ERROR|SUMMARY|Test unit written" 
status=${PIPESTATUS[0]}
set -e
found=$(find "$work/artifacts" -type f | wc -l)
if [ "$found" -gt 0 ]; then
  mkdir -p tests/data/fuzz-regressions
  cp "$work"/artifacts/* tests/data/fuzz-regressions/
  echo "fuzz: $found finding(s) copied to tests/data/fuzz-regressions/" >&2
  exit 1
fi
[ "$status" -eq 0 ] || { echo "fuzz: libFuzzer exited with $status" >&2; exit "$status"; }
echo "fuzz: ${seconds}s, no findings"
