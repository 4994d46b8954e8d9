#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Brings resources/translations/*.ts up to date with the strings in src/: German in full,
# English for its plural forms only ("%n step(s)" → "1 step", "2 steps"). Then translate the
# new entries with Qt Linguist (`linguist resources/translations/knead_de.ts`).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
cd "$root"
"$lupdate" -silent -locations none -no-obsolete src -target-language de -ts resources/translations/knead_de.ts
"$lupdate" -silent -locations none -no-obsolete -pluralonly src -target-language en -ts resources/translations/knead_en.ts
