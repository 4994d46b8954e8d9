#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every C++ file under src/, tests/ and resources/ is formatted as .clang-format says (clang-format 14,
# Debian's clang-format-14). Prints the files that are not, and how to fix them.
#   tests/format/check.sh SOURCE_DIR
set -uo pipefail
cd "$1"
format="${CLANG_FORMAT:-clang-format-14}"
command -v "$format" >/dev/null || { echo "skipped: $format is not installed" >&2; exit 77; }
bad=()
while IFS= read -r -d '' f; do
  "$format" --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done < <(find src tests resources -name '*.cpp' -o -name '*.h' | sort | tr '\n' '\0')
if [ ${#bad[@]} -gt 0 ]; then
  printf 'not formatted: %s\n' "${bad[@]}"
  echo "fix with: $format -i ${bad[*]}"
  exit 1
fi
echo "all C++ files formatted"
