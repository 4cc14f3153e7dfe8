#!/usr/bin/env bash
# Makes Tally-VERSION-x86_64.AppImage from a configured and built tree (release CI's Ubuntu job,
# Qt from the Qt installer): installs it into an AppDir, lets linuxdeploy and its Qt plugin copy
# Qt (with the SQLite driver, the TLS backends and the SVG icon plugins) into it, and packs it.
# The tools are pinned releases, checked against the SHA-256 below before they run.
#   scripts/package-appimage.sh BUILD_DIR OUT_DIR      (QMAKE or QT_ROOT_DIR names the Qt to bundle)
set -euo pipefail
build=${1:?usage: scripts/package-appimage.sh BUILD_DIR OUT_DIR}
out=${2:?usage: scripts/package-appimage.sh BUILD_DIR OUT_DIR}
cd "$(dirname "$0")/.."
mkdir -p "$out"
out=$(cd "$out" && pwd)

tools_release=1-alpha-20240109-1
linuxdeploy_url=https://github.com/linuxdeploy/linuxdeploy/releases/download/$tools_release/linuxdeploy-x86_64.AppImage
linuxdeploy_sha256=c86d6540f1df31061f02f539a2d3445f8d7f85cc3994eee1e74cd1ac97b76df0
plugin_qt_url=https://github.com/linuxdeploy/linuxdeploy-plugin-qt/releases/download/$tools_release/linuxdeploy-plugin-qt-x86_64.AppImage
plugin_qt_sha256=f53349093d333a6558c560844c1a0f64a3b6bd077bf02740af3ad3dbb8827433

tools="$out/tools"
mkdir -p "$tools"
fetch() { # fetch URL SHA256: download once, refuse to run anything whose digest differs
    local file
    file="$tools/$(basename "$1")"
    [ -f "$file" ] || curl --fail --location --silent --show-error --output "$file" "$1"
    echo "$2  $file" | sha256sum --check --quiet || { echo "package-appimage: $file is not the pinned build" >&2; rm -f "$file"; exit 1; }
    chmod +x "$file"
}
fetch "$linuxdeploy_url" "$linuxdeploy_sha256"
fetch "$plugin_qt_url" "$plugin_qt_sha256"

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
appdir="$out/AppDir"
rm -rf "$appdir"
cmake --install "$build" --prefix "$appdir/usr"

export PATH="$tools:$PATH"   # linuxdeploy finds its Qt plugin on PATH
export QMAKE="${QMAKE:-${QT_ROOT_DIR:?set QMAKE or QT_ROOT_DIR}/bin/qmake}"
export EXTRA_QT_PLUGINS="svg;"            # the window icon is an SVG, which tally does not link
export EXTRA_QT_MODULES="svg;"            # the same for newer plugin releases
export LINUXDEPLOY_OUTPUT_VERSION="$version"
export APPIMAGE_EXTRACT_AND_RUN=1         # CI runners have no FUSE
cd "$out"
"$tools/linuxdeploy-x86_64.AppImage" --appdir AppDir \
    --executable AppDir/usr/bin/tally --executable AppDir/usr/bin/tally-cli \
    --desktop-file AppDir/usr/share/applications/org.tally.Tally.desktop \
    --icon-file AppDir/usr/share/icons/hicolor/256x256/apps/org.tally.Tally.png \
    --plugin qt --output appimage
ls -l "$out"/Tally-*.AppImage
