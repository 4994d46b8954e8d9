#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs ../shared/tools/seed-overlap.py on the bundled content. Exits 77 (ctest: skipped)
# when the shared folder is not beside the checkout.
content="$1"
shared="$2"
if [ ! -f "$shared/tools/seed-overlap.py" ]; then
  echo "SKIP: $shared/tools/seed-overlap.py not found; this check needs ../shared beside the checkout"
  exit 77
fi
exec python3 "$shared/tools/seed-overlap.py" "$content" "$shared/seeds"
