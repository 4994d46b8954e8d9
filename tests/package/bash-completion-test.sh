#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# resources/completion/knead.bash against the knead binary in BIN_DIR: the completion
# function is called as bash calls it on Tab, and what it offers is compared.
#   bash-completion-test.sh BIN_DIR SOURCE_DIR
set -euo pipefail
bin_dir=$1 source_dir=$2
export PATH="$bin_dir:$PATH"
cd "$source_dir"
# shellcheck source=../../resources/completion/knead.bash
source resources/completion/knead.bash

failures=0
# expect "WHAT IS OFFERED" WORD...  (the last word is the one being completed)
expect() {
  local want=$1
  shift
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMPREPLY=()
  _knead
  local got="${COMPREPLY[*]}"
  if [ "$got" = "$want" ]; then
    echo "ok: [$*] -> $got"
  else
    echo "FAIL: [$*] -> '$got', expected '$want'"
    failures=$((failures + 1))
  fi
}
# Every option of --help, and nothing else, from "--".
options="$(knead --help | sed -n -E 's/^  +(-[[:alnum:]], )?(--[[:alnum:]-]+).*/\2/p' | tr '\n' ' ')"
expect "${options% }" knead --
expect "--start" knead --st
expect "--version --validate" knead --v
expect "scalp-long-session scalp-tension-relief scalp-wind-down" knead --start scalp
expect "scalp-tension-relief" knead --start scalp-t
expect "json" knead --list --format j
expect "json" knead --list --format = j
expect "routines regions" knead --list r
# Routines of a pack named on the line complete too.
expect "short" knead --content-dir tests/data/minimal-pack --start shor
expect "short" knead --content-dir = tests/data/minimal-pack --start shor
expect "" knead --start shor
expect "tests/data/minimal-pack" knead --validate tests/data/minimal-p
# Every routine id of --list, from an empty word.
ids="$(knead --list routines --format json | sed -n -E 's/^ *"id": *"([^"]*)",?$/\1/p' | tr '\n' ' ')"
[ -n "$ids" ] || { echo "FAIL: knead --list routines --format json listed no routine"; exit 1; }
expect "${ids% }" knead --start ""

[ "$failures" -eq 0 ] || { echo "$failures completion(s) wrong"; exit 1; }
