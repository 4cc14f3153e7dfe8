#!/usr/bin/env bash
# Installs what is missing, configures, builds and runs the whole test suite.
#   scripts/test.sh [PRESET]    PRESET: dev (default) or asan or release
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
tally_install_deps

preset="${1:-dev}"
started=$(date +%s)
cmake --preset "$preset"
cmake --build --preset "$preset"
ctest --preset "$preset"
echo "scripts/test.sh: preset $preset passed in $(( $(date +%s) - started )) s"
