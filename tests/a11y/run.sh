#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The accessibility walk, for ctest: a private session bus with the AT-SPI bus on it, Knead
# on the display scripts/test.sh provides, and tests/a11y/atspi_session.py driving it.
#   tests/a11y/run.sh KNEAD_BINARY
set -euo pipefail
knead="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ -z "${DISPLAY:-}" ]; then
  echo "skipped: no X display (scripts/test.sh starts one)" >&2
  exit 77
fi
launcher=/usr/libexec/at-spi-bus-launcher
py=/usr/bin/python3   # Debian's python, where python3-pyatspi installs
for need in dbus-run-session xdotool "$py" "$launcher"; do
  command -v "$need" >/dev/null 2>&1 || [ -x "$need" ] || { echo "skipped: $need is not installed" >&2; exit 77; }
done
"$py" -c 'import pyatspi' 2>/dev/null || { echo "skipped: python3-pyatspi is not installed" >&2; exit 77; }

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- bash -c '
  set -u
  "$0" --launch-immediately >/dev/null 2>&1 &
  bus=$!
  sleep 1
  QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb "$1" >"$3/knead.log" 2>&1 &
  app=$!
  /usr/bin/python3 "$2/atspi_session.py"
  status=$?
  kill $app $bus 2>/dev/null
  wait $app 2>/dev/null
  [ $status -ne 0 ] && { echo "--- knead output:"; cat "$3/knead.log"; }
  exit $status
' "$launcher" "$knead" "$here" "$home"
