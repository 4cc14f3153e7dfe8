#!/usr/bin/env bash
# Builds the installers from a release build in its own folder: on Linux the .deb, .rpm and
# .tar.gz (CPack DEB, RPM, TGZ) into build/package/dist/. Extra arguments go to CMake's configure
# step (release CI passes -DTALLY_HOMEPAGE_URL=... and the like).
#   scripts/package.sh [-DVAR=VALUE ...]
#   TALLY_PACKAGE_DIR=build/package  TALLY_PACKAGE_GENERATORS="DEB;RPM;TGZ"  to change either.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${TALLY_PACKAGE_DIR:-build/package}"

# Debian's hardening flags where dpkg-buildflags exists (stack protector, fortify, relro, now);
# the optimisation level stays the Release build's.
if command -v dpkg-buildflags >/dev/null; then
    flags() { DEB_BUILD_MAINT_OPTIONS=hardening=+all DEB_CXXFLAGS_MAINT_STRIP="-g -O2" dpkg-buildflags --get "$1"; }
    export CXXFLAGS="${CXXFLAGS:-$(flags CPPFLAGS) $(flags CXXFLAGS)}"
    export LDFLAGS="${LDFLAGS:-$(flags LDFLAGS)}"
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DTALLY_BUILD_TESTS=OFF -DTALLY_BUILD_BENCH=OFF "$@"
cmake --build "$build"
rm -rf "$build/dist"
generators=()
[ -n "${TALLY_PACKAGE_GENERATORS:-}" ] && generators=(-G "$TALLY_PACKAGE_GENERATORS")
cpack --config "$build/CPackConfig.cmake" -B "$build/dist" "${generators[@]}"
# CPack leaves its staging folder beside the packages; only the packages are the output.
rm -rf "$build/dist/_CPack_Packages"
ls -l "$build/dist"
