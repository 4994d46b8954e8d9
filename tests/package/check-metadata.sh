#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The distribution's own checks of the desktop integration files, stricter than their exit
# codes: any message at all (even a hint or a pedantic note) fails.
#   check-metadata.sh desktop FILE.desktop
#   check-metadata.sh metainfo FILE.metainfo.xml PROJECT_VERSION SOURCE_DIR
set -euo pipefail
kind=$1 file=$2

if [ "$kind" = desktop ]; then
  out="$(desktop-file-validate "$file" 2>&1)" || { echo "$out"; exit 1; }
  [ -z "$out" ] || { echo "desktop-file-validate has something to say:"; echo "$out"; exit 1; }
  echo "desktop-file-validate: $(basename "$file") passes, no hints"
  exit 0
fi

version=$3 source_dir=$4
# --no-net: the homepage and screenshot addresses are on the project's future homepage,
# which CI cannot reach (see the comment at the top of the metainfo file).
out="$(appstreamcli validate --pedantic --explain --no-net "$file" 2>&1)" || { echo "$out"; exit 1; }
[ "$out" = "✔ Validation was successful." ] || { echo "appstreamcli has notes:"; echo "$out"; exit 1; }
echo "appstreamcli validate --pedantic: $(basename "$file") passes, no notes"

id="$(basename "$file" .metainfo.xml)"
grep -q "<id>$id</id>" "$file" || { echo "the component id is not $id, the file's name"; exit 1; }
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$file" ||
  { echo "<launchable> does not name $id.desktop"; exit 1; }
newest="$(grep -o '<release version="[^"]*"' "$file" | head -1 | cut -d'"' -f2)"
[ "$newest" = "$version" ] || { echo "the newest <release> is $newest, the project is at $version"; exit 1; }
# Each screenshot is an image of the app in this repository, at the path of its address.
count=0
for url in $(grep -o '<image[^>]*>[^<]*</image>' "$file" | sed -E 's/<[^>]*>//g'); do
  path="${url#https://raw.githubusercontent.com/knead/knead/main/}"
  [ "$path" != "$url" ] || { echo "screenshot $url is not in the project's repository"; exit 1; }
  file "$source_dir/$path" | grep -q 'PNG image data' || { echo "screenshot $path is not a PNG in the repository"; exit 1; }
  count=$((count + 1))
done
[ "$count" -ge 1 ] || { echo "no screenshots"; exit 1; }
echo "$count screenshots, each in resources/screenshots/; newest release $newest"
