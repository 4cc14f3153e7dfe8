#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Tally needs to build, test and run, if any are missing.
# Sourced by scripts/run.sh and scripts/test.sh; safe to run on its own. Works as root or as a
# user with sudo, and does nothing (no apt, no sudo) when everything is already installed.
set -euo pipefail

TALLY_PACKAGES=(
    # toolchain
    build-essential cmake ninja-build pkg-config
    # Qt 6 and QtKeychain (Qt >= 6.4)
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libgl-dev
    # what Qt loads at run time: the SQLite driver and the SVG icon engine (the window icon)
    libqt6sql6-sqlite libqt6svg6
    # Qt's own strings in Chinese (OK, Cancel, context menus; Thai is in translations/qt_th.ts)
    qt6-translations-l10n
    # scripts/package-ci-check.sh (CTest release_workflow) reads the release workflow
    python3-yaml
    # the real Secret Service for the keychain tests, and its command-line client
    dbus dbus-bin gnome-keyring libsecret-tools
    # fonts so Thai and Chinese render in the app and in screenshots
    fonts-dejavu-core fonts-thai-tlwg fonts-noto-cjk
    # the fuzz target and its runtime
    clang-14 libclang-rt-14-dev
    # B7 measures the benchmark's loopback server with ab (bench/bench_provider)
    apache2-utils
)

tally_missing_packages() {
    local missing=() pkg
    for pkg in "${TALLY_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    echo "${missing[@]:-}"
}

tally_install_deps() {
    if ! command -v dpkg-query >/dev/null; then
        echo "deps: this script installs packages on Debian or Ubuntu only; see README.md for other systems." >&2
        return 0
    fi
    local missing
    missing=$(tally_missing_packages)
    [ -z "$missing" ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "deps: need root or sudo to install: $missing" >&2; return 1; }
        sudo=(sudo)
    fi
    echo "deps: installing $missing"
    "${sudo[@]}" apt-get update -qq
    # shellcheck disable=SC2086 # the package list is meant to split into words
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends $missing
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    tally_install_deps
fi
