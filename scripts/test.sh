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
if [ "$preset" = dev ]; then
    # A bounded libFuzzer run over the stream decoder and parsers and the import parser
    # (Clang build, ASan + UBSan), 60 s in total.
    scripts/fuzz.sh "${TALLY_FUZZ_SECONDS:-60}"
fi
# Functions over 80 lines (issue 16), listed with the ten longest: fatal anywhere in app/. Data
# tables carry a mark or stand in the script's ALLOWED_TABLES.
python3 scripts/check-function-length.py --top 10
echo "scripts/test.sh: preset $preset passed in $(( $(date +%s) - started )) s"
