#!/usr/bin/env bash
# Installs what is missing, builds Tally (release) and launches it. Extra arguments go to tally.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
tally_install_deps

cmake --preset release
cmake --build --preset release --target tally
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run.sh: no display found (DISPLAY/WAYLAND_DISPLAY are unset). Start Tally from a desktop" >&2
    echo "session, or try: xvfb-run -a scripts/run.sh" >&2
    exit 1
fi
exec build/release/app/tally "$@"
