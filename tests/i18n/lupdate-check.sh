#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# lupdate is clean: run over src/ into copies of resources/translations/*.ts, it must print no
# warning, find no string the .ts files lack, and leave no unfinished translation in a
# shipped language (German in full, English for its plural forms).
#   tests/i18n/lupdate-check.sh SOURCE_DIR
set -uo pipefail
src="$1"
lupdate="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
[ -x "$lupdate" ] || { echo "skipped: $lupdate is not installed (qt6-l10n-tools)" >&2; exit 77; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
check() { # language, extra lupdate options
  local lang="$1"; shift
  cp "$src/resources/translations/knead_$lang.ts" "$work/"
  local out
  out="$(cd "$src" && "$lupdate" -locations none -no-obsolete "$@" src -target-language "$lang" -ts "$work/knead_$lang.ts" 2>&1)"
  if grep -v -e "^Scanning directory" -e "^Updating" -e "^    Found" -e "^    Removed" -e "^    Kept" -e "^Stripping non plural" <<<"$out" | grep -q .; then
    echo "knead_$lang.ts: lupdate warns:"; grep -v -e "^Scanning" -e "^Updating" -e "^    " -e "^Stripping non plural" <<<"$out"; status=1
  fi
  local new
  new="$(sed -n 's/.*Found [0-9]* source text(s) (\([0-9]*\) new.*/\1/p' <<<"$out")"
  # (with -pluralonly lupdate counts every string before it strips the singular ones)
  if [ "${new:-0}" != 0 ] && [ $# = 0 ]; then
    echo "knead_$lang.ts: $new string(s) in src/ are not in the .ts: run scripts/update-translations.sh and translate them"; status=1
  fi
  if ! diff -q "$src/resources/translations/knead_$lang.ts" "$work/knead_$lang.ts" >/dev/null; then
    echo "knead_$lang.ts: not up to date with src/ (run scripts/update-translations.sh):"
    diff "$src/resources/translations/knead_$lang.ts" "$work/knead_$lang.ts" | head -20; status=1
  fi
  local unfinished
  unfinished="$(grep -c 'type="unfinished"' "$work/knead_$lang.ts")"
  if [ "$unfinished" != 0 ]; then
    echo "knead_$lang.ts: $unfinished unfinished translation(s):"
    grep -B3 'type="unfinished"' "$work/knead_$lang.ts" | grep "<source>" | head -20; status=1
  fi
}
check de
check en -pluralonly
[ $status = 0 ] && echo "lupdate: no warning, no new string, nothing unfinished"
exit $status
