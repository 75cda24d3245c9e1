#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The CVM Launcher authors
# SPDX-License-Identifier: Apache-2.0
# Builds the benchmarks in Release (build-bench/ unless given) and runs every one of them:
# the Google Benchmark executables (medians over repetitions) and the start-up benchmark.
#
#   scripts/bench.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${1:-$here/build-bench}

cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCVM_BUILD_BENCHMARKS=ON -DCVM_BUILD_TESTS=OFF
cmake --build "$build_dir" --parallel "$(nproc)"

for bench in "$build_dir"/tests/bench/bench_*; do
    [ -f "$bench" ] && [ -x "$bench" ] || continue
    echo "== $(basename "$bench")"
    "$bench" --benchmark_repetitions=9 --benchmark_report_aggregates_only=true \
        --benchmark_min_time=0.2
done

echo "== start-up"
"$here/tests/bench/startup/startup_bench.py" --launcher "$build_dir/ui/cvm-launcher" \
    --floor "$build_dir/tests/bench/startup/startup-floor" --runs 10
