# SPDX-License-Identifier: MIT
# Shared by run.sh, test.sh and the other scripts: where the project is, and installing the
# Debian packages it needs (only those missing, so a second run never touches apt).
set -euo pipefail

KNEAD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export KNEAD_ROOT

# What building and running Knead needs. (Qt6TextToSpeech's CMake package needs
# qt6-declarative-dev; the Linguist tools build the translations; speech-dispatcher with
# espeak-ng speaks the languages flite cannot, German among them.)
KNEAD_BUILD_PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-svg-dev qt6-multimedia-dev qt6-speech-dev qt6-speech-flite-plugin
  qt6-declarative-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
  libqt6svg6 nlohmann-json3-dev fonts-dejavu-core
  qt6-speech-speechd-plugin speech-dispatcher speech-dispatcher-espeak-ng
  libxcb1-dev libfontconfig-dev
)
# What scripts/package.sh adds: the .deb and the distribution's checks of it.
KNEAD_PACKAGE_PACKAGES=(dpkg-dev help2man lintian)
# What the test suite adds, each for a test that uses it: Catch2; a display server for the
# tests that start Knead as a person would; python3 for the content overlap check; a session
# bus, the AT-SPI bus, pyatspi and xdotool for the accessibility walk; for the reminder tests
# (tests/desktop) a private session bus (dbus-run-session), the test's own notification server
# (python3-dbus, python3-gi), gsettings with GNOME's notification schema, and xdotool; for the
# package tests (tests/package) the desktop-file and AppStream validators, a clean Debian root
# (debootstrap), X tools to find the installed app's window, a PulseAudio server for it to
# play to, zsh for its completion, man and file (they also build the package, so
# KNEAD_PACKAGE_PACKAGES too); for the sound test (tests/sound) PulseAudio with its tools
# (parec, pactl), libpulse (its simple API) for its reference clicks and numpy to analyse the
# recording; clang-format-14 for the check that every C++ file is formatted.
KNEAD_TEST_PACKAGES=(catch2 xvfb xauth python3 dbus at-spi2-core python3-pyatspi xdotool
  dbus-daemon python3-dbus python3-gi libglib2.0-bin gsettings-desktop-schemas
  desktop-file-utils appstream debootstrap x11-utils pulseaudio pulseaudio-utils libpulse0
  python3-numpy zsh man-db file clang-format-14)

knead_missing_packages() {
  local pkg missing=()
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  printf '%s\n' "${missing[@]:-}" | sed '/^$/d'
}

knead_install_packages() {
  local missing
  mapfile -t missing < <(knead_missing_packages "$@")
  [ "${#missing[@]}" -eq 0 ] && return 0
  echo "Installing: ${missing[*]}" >&2
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: need root or sudo to install ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

knead_jobs() {
  nproc 2>/dev/null || echo 2
}
