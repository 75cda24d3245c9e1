#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The CVM Launcher authors
# SPDX-License-Identifier: Apache-2.0
# Runs every libFuzzer target of a fuzzing build (CVM_BUILD_FUZZERS=ON) for SECONDS each,
# starting from its committed seed corpus. New inputs go to a scratch corpus, never into the
# tree; a crash leaves its input in BUILD_DIR/fuzz-artifacts/ and fails the run. Turn each crash
# into a regression input under tests/fuzz/regressions/<target>/ once it is fixed.
#
#   scripts/fuzz.sh BUILD_DIR [SECONDS]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${1:?usage: fuzz.sh BUILD_DIR [SECONDS]}
seconds=${2:-60}
artifacts=$build_dir/fuzz-artifacts
mkdir -p "$artifacts"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/tests/sanitizers/lsan.supp}

status=0
found=0
for fuzzer in "$build_dir"/tests/fuzz/fuzz_*; do
    [ -f "$fuzzer" ] && [ -x "$fuzzer" ] || continue
    found=$((found + 1))
    name=$(basename "$fuzzer")
    scratch=$(mktemp -d)
    echo "== $name: ${seconds}s"
    if ! "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$artifacts/$name-" "$scratch" "$here/tests/fuzz/corpus/$name" \
        >"$artifacts/$name.log" 2>&1; then
        echo "!! $name failed; see $artifacts/$name.log" >&2
        tail -n 40 "$artifacts/$name.log" >&2
        status=1
    else
        grep -E '^stat::number_of_executed_runs|^#[0-9]+.*DONE' "$artifacts/$name.log" | tail -n 2
    fi
    rm -rf "$scratch"
done
if [ "$found" -eq 0 ]; then
    echo "no fuzzers found in $build_dir/tests/fuzz" >&2
    exit 1
fi
exit $status
