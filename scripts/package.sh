#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Debian package: the release build installed to /usr (the `package` preset) with
# Debian's hardening flags, then CPack's .deb, then lintian over it. Prints the .deb's path
# last. Fails when lintian finds an error or a warning (overrides, with their reasons, are in
# packaging/debian/lintian-overrides).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

knead_install_packages "${KNEAD_BUILD_PACKAGES[@]}" "${KNEAD_PACKAGE_PACKAGES[@]}"
cd "$KNEAD_ROOT"

# The flags every Debian package is built with (hardening: PIE, RELRO and BINDNOW, fortify,
# stack protector), given on every configure so that a kept build folder has them too.
flags() { DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get "$1"; }
cxxflags="$(flags CPPFLAGS) $(flags CXXFLAGS)"
ldflags="$(flags LDFLAGS)"
cmake --preset package -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" \
  -DCMAKE_MODULE_LINKER_FLAGS="$ldflags" -DCMAKE_SHARED_LINKER_FLAGS="$ldflags" >/dev/null
cmake --build --preset package -j "$(knead_jobs)"

cd build/package
rm -f knead_*.deb
cpack >/dev/null
deb="$(ls "$PWD"/knead_*.deb)"
echo "Built $deb" >&2
dpkg-deb --field "$deb" Package Version Architecture Section Maintainer Depends Recommends >&2

# Every tag shown (pedantic and experimental ones too); errors and warnings fail.
lintian --info --display-level '>=pedantic' --display-experimental --show-overrides --fail-on error,warning "$deb" >&2
echo "$deb"
