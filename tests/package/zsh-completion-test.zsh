#!/usr/bin/env zsh
# SPDX-License-Identifier: MIT
# resources/completion/_knead against the knead binary in BIN_DIR, in a real interactive zsh
# on a pseudo-terminal (zsh/zpty): a line is typed, then Tab, then a key whose widget prints
# the line as completed. No waiting on time: each read blocks until the printed line is there.
#   zsh-completion-test.zsh BIN_DIR SOURCE_DIR
emulate -L zsh
setopt err_exit pipe_fail
zmodload zsh/zpty
bin_dir=$1 source_dir=$2
cd $source_dir

zpty -b shell zsh -f -i
zpty -w shell "PS1='%% '; PATH=${(q)bin_dir}:\$PATH; fpath=(${(q)source_dir}/resources/completion \$fpath)"
zpty -w shell "autoload -Uz compinit; compinit -u -D"
zpty -w shell "show-line() { print -rn -- \"<<\$BUFFER>>\"; BUFFER=; }; zle -N show-line; bindkey '^X^D' show-line"
zpty -w shell "print \$((6 * 7))-ready"
zpty -r shell out '*42-ready*'

integer failures=0
# expect TYPED COMPLETED: type TYPED, press Tab, compare the line with COMPLETED.
expect() {
  local typed=$1 want=$2 out got
  zpty -w -n shell "$typed"$'\t\x18\x04'
  zpty -r shell out '*<<*>>*'
  got=${${out##*<<}%%>>*}
  if [[ $got == $want ]]; then
    print -r -- "ok: '$typed' -> '$got'"
  else
    print -r -- "FAIL: '$typed' -> '$got', expected '$want'"
    (( failures += 1 ))
  fi
}
expect 'knead --sta' 'knead --start '
expect 'knead --start scalp-t' 'knead --start scalp-tension-relief '
expect 'knead --list rou' 'knead --list routines '
expect 'knead --list --format j' 'knead --list --format json '
expect 'knead --vers' 'knead --version '
expect 'knead --content-dir tests/data/minimal-pack --start shor' 'knead --content-dir tests/data/minimal-pack --start short '
expect 'knead --validate tests/data/minimal-p' 'knead --validate tests/data/minimal-pack/'
zpty -d shell

(( failures == 0 )) || { print -r -- "$failures completion(s) wrong"; exit 1 }
