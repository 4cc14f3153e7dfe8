#!/usr/bin/env bash
# Builds QtKeychain from source at a pinned release, as a static library, into PREFIX. Release CI
# uses it on Windows, macOS and Ubuntu, where the installers must not depend on a QtKeychain
# library being present; Debian packages use Debian's libqt6keychain1 instead (scripts/deps.sh).
# Needs git, CMake, Ninja, a C++ compiler and Qt 6 on CMAKE_PREFIX_PATH or QT_ROOT_DIR
# (and libsecret's headers on Linux).
#   scripts/package-qtkeychain.sh PREFIX
set -euo pipefail
prefix=${1:?usage: scripts/package-qtkeychain.sh PREFIX}
version=0.15.0
commit=ad7344c45a86a4f66cbafc4b081b5f7b876cb0b7   # the commit tag 0.15.0 names
if [ -n "${QTKEYCHAIN_VERSION:-}" ] && [ "$QTKEYCHAIN_VERSION" != "$version" ]; then
    echo "package-qtkeychain: this script pins $version, not $QTKEYCHAIN_VERSION" >&2
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# QTKEYCHAIN_GIT_URL: another clone of the same repository (a mirror); the commit check still holds.
git -c advice.detachedHead=false clone --quiet --depth 1 --branch "$version" "${QTKEYCHAIN_GIT_URL:-https://github.com/frankosterfeld/qtkeychain.git}" "$work/src"
got=$(git -C "$work/src" rev-parse HEAD)
if [ "$got" != "$commit" ]; then
    echo "package-qtkeychain: tag $version is $got, expected $commit; refusing to build it" >&2
    exit 1
fi
cmake -S "$work/src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_PREFIX_PATH="${CMAKE_PREFIX_PATH:-${QT_ROOT_DIR:-}}" \
    -DCMAKE_OSX_DEPLOYMENT_TARGET="${MACOSX_DEPLOYMENT_TARGET:-12.0}" \
    -DCMAKE_POSITION_INDEPENDENT_CODE=ON \
    -DBUILD_WITH_QT6=ON -DBUILD_SHARED_LIBS=OFF -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF
cmake --build "$work/build"
cmake --install "$work/build"
echo "package-qtkeychain: QtKeychain $version (static) in $prefix"
