#!/usr/bin/env bash
# Builds the libFuzzer targets with Clang and fuzzes each for its share of a bounded time
# (default 60 s in total), starting from its seed corpus under tests/fuzz: fuzz_stream (the
# stream decoder and parsers, corpus/), fuzz_import (the conversation import parser,
# corpus-import/) and fuzz_markdown (the transcript's Markdown side, corpus-markdown/).
# One input may take at most 10 s (-timeout). A crash or a timeout fails the
# run and leaves the input as build/fuzz/<target>-crash-* (or -timeout-*).
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
# target, seed corpus, longest input
targets=(
    "fuzz_stream tests/fuzz/corpus 4096"
    "fuzz_import tests/fuzz/corpus-import 65536"
    "fuzz_markdown tests/fuzz/corpus-markdown 16384"
)
share=$(( seconds / ${#targets[@]} ))
[ "$share" -ge 1 ] || share=1
status=0
for entry in "${targets[@]}"; do
    read -r target corpus maxlen <<<"$entry"
    work=$(mktemp -d)
    cp "$corpus"/* "$work/"
    echo "fuzz.sh: $target for $share s"
    # One worker: the machine has two cores and the rest of the suite may run beside it.
    set +e
    ASAN_OPTIONS=detect_leaks=0 "build/fuzz/tests/fuzz/$target" "$work" \
        -max_total_time="$share" -max_len="$maxlen" -timeout=10 -artifact_prefix="build/fuzz/$target-" \
        -print_final_stats=1 2>&1 \
        | grep -E "^(#[0-9]+ +DONE|Done|INFO: Running|stat::number_of_executed_units|stat::peak_rss|==[0-9]+==ERROR|SUMMARY|ALARM|.*deadly signal)"
    result=${PIPESTATUS[0]}
    set -e
    rm -rf "$work"
    [ "$result" = 0 ] || status=$result
done
exit "$status"
