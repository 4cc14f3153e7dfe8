#!/usr/bin/env bash
# Builds the libFuzzer target with Clang and fuzzes the stream decoder and parsers for a bounded
# time (default 60 s), starting from the seed corpus in tests/fuzz/corpus. A crash fails the run
# and leaves the input as build/fuzz/crash-*.
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp tests/fuzz/corpus/* "$work/"
# One worker: the machine has two cores and the rest of the suite may run beside it.
ASAN_OPTIONS=detect_leaks=0 build/fuzz/tests/fuzz/fuzz_stream "$work" \
    -max_total_time="$seconds" -max_len=4096 -timeout=10 -artifact_prefix=build/fuzz/ -print_final_stats=1 2>&1 \
    | grep -E "^(#[0-9]+ +DONE|Done|INFO: Running|stat::number_of_executed_units|stat::peak_rss|==[0-9]+==ERROR|SUMMARY)" || true
exit "${PIPESTATUS[0]}"
