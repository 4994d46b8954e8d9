#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the .deb as a person would, in a throw-away Debian root: debootstrap (minbase)
# from the Debian mirror and release this machine's apt uses, then `apt-get install
# ./knead_*.deb` there, which must pull in every dependency, so a dependency the package
# forgets cannot hide behind what the build machine already has. Then, as a plain user in
# that root: knead --version, --list, --validate of a real pack, the man page, the shell
# completion, and the window on this machine's X server (DISPLAY) with its audio module
# loaded from /usr/lib/<multiarch>/knead/. Last, `apt-get remove`: nothing of Knead may be
# left outside the user's own data. Prints how long each part took.
#
#   install-test.sh DEB PACK_DIR         all of it, in a temporary root
#   install-test.sh root ROOT            only make the root (ctest does this while other
#                                        tests run, and the package builds)
#   install-test.sh install ROOT DEB PACK_DIR
#   install-test.sh clean ROOT
# Needs root (debootstrap, chroot) and, to install, an X server in DISPLAY.
set -euo pipefail

skip() {
  # Only a person's machine may lack what this needs; CI must run it.
  echo "install-test: $1" >&2
  [ "${CI:-}" = true ] && exit 1
  exit 77
}
fail() {
  echo "install-test: FAILED: $*" >&2
  exit 1
}
started=$(date +%s)
phase_start=$started
phase() {
  local now
  now=$(date +%s)
  printf 'install-test: %-58s %4d s\n' "$1" $((now - phase_start))
  phase_start=$now
}

[ "$(id -u)" -eq 0 ] || skip "needs root (debootstrap and chroot); skipped"

mode=all
case "${1:-}" in
  root | clean) mode=$1 root="$2" ;;
  install) mode=$1 root="$2" deb="$(realpath "$3")" pack="$(realpath "$4")" ;;
  *) [ $# -eq 2 ] || fail "usage: install-test.sh DEB PACK_DIR"
     deb="$(realpath "$1")" pack="$(realpath "$2")" ;;
esac

# Mounts (only /proc) live in a mount namespace of this script's own, so they vanish with it,
# whatever way it ends.
if [ -z "${KNEAD_INSTALL_TEST_NS:-}" ]; then
  exec unshare --mount --propagation private env KNEAD_INSTALL_TEST_NS=1 "$0" "$@"
fi

knead_pid=""
pulse_pid=""
stop_processes() {
  # (They end by the signal, so wait's status is not a failure.)
  if [ -n "$knead_pid" ]; then kill "$knead_pid" 2>/dev/null && wait "$knead_pid" 2>/dev/null || true; fi
  if [ -n "$pulse_pid" ]; then kill "$pulse_pid" 2>/dev/null && wait "$pulse_pid" 2>/dev/null || true; fi
  knead_pid="" pulse_pid=""
}
remove_root() {
  stop_processes
  if [ -d "$root" ]; then
    mountpoint -q "$root/proc" && umount "$root/proc"
    # --one-file-system: never into anything still mounted below the root.
    rm -rf --one-file-system "$root"
  fi
  return 0
}
if [ "$mode" = clean ]; then
  remove_root
  exit 0
fi
if [ "$mode" = all ]; then
  root="$(mktemp -d "${TMPDIR:-/var/tmp}/knead-install-test.XXXXXX")"
fi
on_exit() {
  if [ "$mode" = all ]; then
    remove_root
  else
    stop_processes
  fi
  return 0
}
trap on_exit EXIT

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
# Everything in the root but the person's home, temporary files, logs and apt's and dpkg's
# own books (dpkg's are checked with dpkg-query).
snapshot() {
  (cd "$root" && find . -xdev \( -path ./proc -o -path ./tmp -o -path ./home -o -path ./var/cache/apt \
    -o -path ./var/lib/apt -o -path ./var/lib/dpkg -o -path ./var/log -o -path ./var/cache/debconf \) -prune \
    -o -printf '/%P\n' | sort)
}

if [ "$mode" = root ] || [ "$mode" = all ]; then
  command -v debootstrap >/dev/null || skip "needs debootstrap (scripts/common.sh installs it); skipped"
  remove_root
  mkdir -p "$root"
  chmod 755 "$root" # a root folder, entered by the plain user too
  # The Debian release and mirrors this machine's apt uses.
  codename="$(. /etc/os-release && echo "$VERSION_CODENAME")"
  mapfile -t sources < <(apt-get indextargets --format '$(REPO_URI) $(RELEASE) $(COMPONENT)' \
    'Identifier: Packages' 'Origin: Debian' "Architecture: $(dpkg --print-architecture)" | sort -u)
  mirror=""
  for source in "${sources[@]}"; do
    read -r uri release _ <<<"$source"
    [ "$release" = "$codename" ] && mirror=$uri
  done
  [ -n "$mirror" ] || fail "no Debian $codename source in this machine's apt configuration"
  debootstrap --variant=minbase "$codename" "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
    { tail -20 "$root.debootstrap.log"; rm -f "$root.debootstrap.log"; fail "debootstrap"; }
  rm -f "$root.debootstrap.log"
  # The same suites as this machine (security and point-release updates included), and no
  # service started by a maintainer script.
  printf 'deb %s\n' "${sources[@]}" >"$root/etc/apt/sources.list"
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
  in_root useradd --create-home --shell /bin/bash person
  in_root install -d -m 700 -o person -g person /tmp/runtime-person
  in_root apt-get update -qq
  # What the root holds before Knead, to tell afterwards what Knead left.
  snapshot >"$root/tmp/before.list"
  phase "debootstrap --variant=minbase $codename, apt-get update"
  [ "$mode" = root ] && exit 0
fi

# Installing and running.
[ -f "$root/tmp/before.list" ] || fail "$root is not a root made by 'install-test.sh root'"
[ -n "${DISPLAY:-}" ] || skip "needs an X server in DISPLAY (scripts/test.sh starts Xvfb); skipped"
for tool in xdotool xprop xwininfo dpkg-architecture desktop-file-validate appstreamcli man pulseaudio; do
  command -v "$tool" >/dev/null || skip "needs $tool (scripts/common.sh installs it); skipped"
done
multiarch="$(dpkg-architecture -qDEB_HOST_MULTIARCH)"
mount -t proc proc "$root/proc"
user_env=(env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/home/person XDG_RUNTIME_DIR=/tmp/runtime-person DISPLAY="$DISPLAY")
as_user() { chroot --userspec=person:person "$root" "${user_env[@]}" "$@"; }
# What the installed packages own, with the /usr-merged folders (/lib is /usr/lib) spelled as
# they are on disk.
owned() {
  cat "$root"/var/lib/dpkg/info/*.list | sed -E 's#^/(bin|sbin|lib|lib32|lib64|libx32)(/|$)#/usr/\1\2#' | sort -u
}

[ -f "$deb" ] || fail "no package $deb (scripts/package.sh builds it)"
cp "$deb" "$root/tmp/"
# Without Recommends: Depends alone must be enough to run.
in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" >"$root/tmp/install.log" 2>&1 ||
  { tail -30 "$root/tmp/install.log"; fail "apt-get install ./$(basename "$deb")"; }
phase "apt-get install ./$(basename "$deb") (with its dependencies)"
grep -c '^Setting up ' "$root/tmp/install.log" | xargs printf 'install-test: %s packages installed\n'

# Where the package puts its files.
in_root dpkg -L knead | sort >"$root/tmp/knead.list"
for path in /usr/bin/knead "/usr/lib/$multiarch/knead/knead_audio.so" \
  /usr/share/applications/io.github.knead.knead.desktop /usr/share/metainfo/io.github.knead.knead.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/io.github.knead.knead.svg \
  /usr/share/icons/hicolor/48x48/apps/io.github.knead.knead.png /usr/share/man/man1/knead.1.gz \
  /usr/share/bash-completion/completions/knead /usr/share/zsh/vendor-completions/_knead \
  /usr/share/doc/knead/copyright /usr/share/doc/knead/changelog.gz; do
  grep -qx "$path" "$root/tmp/knead.list" || fail "the package has no $path"
done
desktop-file-validate "$root/usr/share/applications/io.github.knead.knead.desktop" || fail "desktop-file-validate"
appstreamcli validate --pedantic --no-net "$root/usr/share/metainfo/io.github.knead.knead.metainfo.xml" >/dev/null ||
  fail "appstreamcli validate"

# The command line, as the person.
version="$(dpkg-deb --field "$deb" Version)"
[ "$(as_user /usr/bin/knead --version)" = "knead $version" ] || fail "knead --version does not say $version"
as_user /usr/bin/knead --list >"$root/tmp/list.txt" || fail "knead --list"
grep -q '^  scalp-tension-relief ' "$root/tmp/list.txt" || fail "knead --list does not list scalp-tension-relief"
# (Whole outputs are kept before grep -q reads them: with pipefail, a grep that stops early
# would fail the writer with SIGPIPE.)
as_user /usr/bin/knead --list routines --format json >"$root/tmp/list.json" || fail "knead --list routines --format json"
grep -q '"id": "scalp-tension-relief"' "$root/tmp/list.json" ||
  fail "knead --list routines --format json"
cp -r "$pack" "$root/tmp/pack" && chmod -R a+rX "$root/tmp/pack"
as_user /usr/bin/knead --validate /tmp/pack >"$root/tmp/validate.txt" 2>&1 ||
  { cat "$root/tmp/validate.txt"; fail "knead --validate of $(basename "$pack") exited $?"; }
echo '{' >"$root/tmp/pack/pack.json"
if as_user /usr/bin/knead --validate /tmp/pack >/dev/null 2>&1; then
  fail "knead --validate passed a pack whose pack.json is broken"
fi
MANWIDTH=80 man -l "$root/usr/share/man/man1/knead.1.gz" >"$root/tmp/man.txt" 2>/dev/null || fail "man -l knead.1.gz"
grep -q -- '--start <ROUTINE_ID>' "$root/tmp/man.txt" ||
  fail "the man page has no --start"

# The installed bash completion with the installed knead.
completion="$(as_user bash -c 'source /usr/share/bash-completion/completions/knead
  COMP_WORDS=(knead --start scalp-t); COMP_CWORD=2; _knead; printf "%s\n" "${COMPREPLY[@]}"')"
[ "$completion" = scalp-tension-relief ] || fail "bash completion of 'knead --start scalp-t' gave '$completion'"
phase "--version, --list, --validate, man page, completion"

# A sound server for the root: PulseAudio of this machine with a null sink, its socket
# inside the root. With an audio output Knead loads its whole sound and voice stack.
install -d -m 755 "$root/tmp/pulse"
# No session bus for it (no DISPLAY to autolaunch one), so that it never meets another
# PulseAudio over the name org.PulseAudio1 (scripts/test.sh runs one for the sound test).
env -u DISPLAY -u DBUS_SESSION_BUS_ADDRESS XDG_RUNTIME_DIR="$root/tmp/pulse" HOME="$root/tmp/pulse" \
  pulseaudio --daemonize=no --exit-idle-time=-1 -n \
  --use-pid-file=no --load=module-null-sink \
  --load="module-native-protocol-unix socket=$root/tmp/pulse/native auth-anonymous=1" >"$root/tmp/pulse.log" 2>&1 &
pulse_pid=$!
for _ in $(seq 300); do
  [ -S "$root/tmp/pulse/native" ] && break
  kill -0 "$pulse_pid" 2>/dev/null || break
  sleep 0.1
done
[ -S "$root/tmp/pulse/native" ] || { cat "$root/tmp/pulse.log"; fail "PulseAudio did not start"; }

# The window, on this machine's X server, opened at a routine's preparation page, which
# loads the audio module.
# Started directly, not through as_user, so that $! is knead itself (chroot and env exec it).
chroot --userspec=person:person "$root" "${user_env[@]}" PULSE_SERVER=unix:/tmp/pulse/native \
  /usr/bin/knead --start scalp-tension-relief >"$root/tmp/knead.log" 2>&1 &
knead_pid=$!
# The title names the page's routine ("Guided scalp massage … – Knead").
window="$(timeout 60 xdotool search --sync --all --pid "$knead_pid" --name 'Knead$' | sed -n 1p)" ||
  { cat "$root/tmp/knead.log"; fail "no Knead window appeared within 60 s"; }
info="$(xwininfo -id "$window")"
grep -q 'Map State: IsViewable' <<<"$info" || fail "the Knead window is not viewable"
sed -n 's/^ *\(Width\|Height\): /  window \1: /p' <<<"$info"
# The .desktop file's StartupWMClass names the window's class.
class="$(xprop -id "$window" WM_CLASS)"
grep -q '"Knead"$' <<<"$class" || fail "WM_CLASS is not Knead: $class"
# What Knead loads at run time, which no linker sees and the package names itself: its audio
# module from /usr/lib/<multiarch>/knead/, the flite voice (loaded once an audio output is
# found), and a font. Knead draws its own SVG with Qt SVG's renderer and its window's icon is
# compiled in as pixels, so neither of Qt SVG's plugins is needed: the image-format one is
# loaded only when something makes Qt's image reader probe its plugins (Fusion's PNG icons
# did, at start-up, until Knead drew the menu bar's one standard icon itself), the icon-engine
# one only for an SVG icon file (the window's icon was one until it was compiled in).
module="/usr/lib/$multiarch/knead/knead_audio.so"
flite="/qt6/plugins/texttospeech/libqtexttospeech_flite.so"
for _ in $(seq 300); do
  grep -q "$flite" "/proc/$knead_pid/maps" && break
  kill -0 "$knead_pid" 2>/dev/null || break
  sleep 0.1
done
cp "/proc/$knead_pid/maps" "$root/tmp/maps" || { cat "$root/tmp/knead.log"; fail "knead exited"; }
for loaded in "$module" "$flite" /usr/share/fonts/; do
  grep -q "$loaded" "$root/tmp/maps" || { cat "$root/tmp/knead.log"; fail "knead did not load $loaded"; }
done
grep -o "$module\|/[^ ]*$flite\|/[^ ]*libqsvg[^ ]*\|/usr/share/fonts/[^ ]*" "$root/tmp/maps" | sort -u | sed 's/^/  loaded: /'
stop_processes
phase "the window under X; audio module, voice, font loaded"

# Remove; nothing of Knead may stay but the person's data in /home/person.
in_root apt-get remove -y -qq knead >"$root/tmp/remove.log" 2>&1 || { cat "$root/tmp/remove.log"; fail "apt-get remove knead"; }
[ "$(in_root dpkg-query -W -f='${db:Status-Status}' knead 2>/dev/null || echo not-installed)" = not-installed ] ||
  fail "after apt-get remove, dpkg still knows knead: $(in_root dpkg-query -W -f='${db:Status-Abbrev}' knead)"
ls "$root"/var/lib/dpkg/info/knead.* >/dev/null 2>&1 && fail "dpkg keeps knead's control files: $(ls "$root"/var/lib/dpkg/info/knead.*)"
# Every file the package had is gone; a folder stays only when another package has it too.
while read -r path; do
  if [ -d "$root$path" ] && [ ! -L "$root$path" ]; then
    in_root dpkg-query -S "$path" >/dev/null 2>&1 || fail "$path is left after removal"
  elif [ -e "$root$path" ] || [ -L "$root$path" ]; then
    fail "$path is left after removal"
  fi
done <"$root/tmp/knead.list"
# Whatever appeared since before the install and belongs to no installed package is listed:
# the dependencies' maintainer scripts make such files (caches, the MIME database); one
# named after Knead would be Knead's.
new="$(comm -13 "$root/tmp/before.list" <(snapshot) | comm -23 - <(owned))"
printf '%s\n' "$new" | sed '/^$/d' | cut -d/ -f1-4 | sort | uniq -c |
  sed 's/^ */  new and owned by no package (the dependencies made them): /'
left="$(printf '%s\n' "$new" | grep -i knead || true)"
[ -z "$left" ] || fail "left after removal: $left"
phase "apt-get remove, nothing left"

printf 'install-test: passed in %d s\n' $(($(date +%s) - started))
