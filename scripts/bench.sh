#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The CVM Launcher authors
# SPDX-License-Identifier: Apache-2.0
# Builds the benchmarks in Release (build-bench/ unless given), runs every one of them and writes
# what they measured to docs/benchmarks.md: the machine, this command, and each figure with its
# target. The Google Benchmark executables report medians over repetitions; bench_pacing and
# bench_fleet are timed programs against the sandbox (its rate limiter on); the start-up
# benchmark compares the app with a minimal Qt Widgets program built in the same tree.
#
#   scripts/bench.sh [BUILD_DIR]
#
# A BUILD_DIR that is already configured keeps its build type and flags (it must be an optimised
# one: Release, or RelWithDebInfo with -O2 -DNDEBUG); the benchmarks are switched on in it.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${1:-$here/build-bench}
report=$here/docs/benchmarks.md

if [ -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S "$here" -B "$build_dir" -DCVM_BUILD_BENCHMARKS=ON
else
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCVM_BUILD_BENCHMARKS=ON -DCVM_BUILD_TESTS=OFF
fi
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
case $build_type in
Release | RelWithDebInfo) ;;
*)
    echo "bench.sh: $build_dir is a $build_type build; benchmarks need an optimised one" >&2
    exit 2
    ;;
esac
flags=$(sed -n "s/^CMAKE_CXX_FLAGS_$(echo "$build_type" | tr '[:lower:]' '[:upper:]'):[A-Z]*=//p" \
    "$build_dir/CMakeCache.txt")
cmake --build "$build_dir" --parallel "$(nproc)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

# Timed programs first: they print their own figures (bench_fleet as Markdown rows).
for timed in bench_fleet bench_pacing; do
    echo "== $timed"
    QT_QPA_PLATFORM=offscreen "$build_dir/tests/bench/$timed" | tee "$work/$timed.txt" ||
        status=1
done
for bench in "$build_dir"/tests/bench/bench_* "$build_dir"/tests/bench/model/bench_*; do
    [ -f "$bench" ] && [ -x "$bench" ] || continue
    name=$(basename "$bench")
    case $name in bench_fleet | bench_pacing) continue ;; esac
    echo "== $name"
    QT_QPA_PLATFORM=offscreen "$bench" --benchmark_repetitions=9 \
        --benchmark_report_aggregates_only=true --benchmark_min_time=0.2 \
        2>/dev/null | tee "$work/$name.txt" || status=1
done
echo "== start-up"
"$here/tests/bench/startup/startup_bench.py" --launcher "$build_dir/ui/cvm-launcher" \
    --floor "$build_dir/tests/bench/startup/startup-floor" --runs 15 | tee "$work/startup.txt" ||
    status=1

{
    echo "# Benchmarks"
    echo
    echo "Written by \`scripts/bench.sh\` on $(date -u +%Y-%m-%d); do not edit by hand. One run of"
    echo "the command on this machine, $build_type build (\`$flags\`):"
    echo
    echo "- $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
    echo "- $(. /etc/os-release && echo "$PRETTY_NAME"), Qt $(qtpaths6 --qt-version 2>/dev/null || echo 6)"
    echo
    echo "## The fleet on API 3.0 (bench_fleet)"
    echo
    cat "$work/bench_fleet.txt"
    echo
    echo "## Pacing against the sandbox's rate limiter (bench_pacing)"
    echo
    echo '```'
    cat "$work/bench_pacing.txt"
    echo '```'
    echo
    echo "## Start-up: process start to a viewable main window, against the Qt floor"
    echo
    echo "Target: at most 1.15x the floor's time and the floor + 10 MiB of resident memory."
    echo
    echo '```'
    cat "$work/startup.txt"
    echo '```'
    echo
    echo "Where the app's extra time goes before its first frame (perf, this round): building the"
    echo "main window's actions, where the first QIcon::fromTheme() reads the icon theme's index and"
    echo "the menu bar's first standard icon loads the image plugins (together about half of the"
    echo "gap), then the instances panel's widgets and the first paint of the tree and toolbar. The"
    echo "sandbox's data is read on another core meanwhile. The theme icons are what is left to defer."
    echo
    echo "## Micro-benchmarks (Google Benchmark, medians of 9)"
    echo
    echo "Budgets: signing a v2 request ≤ 10 µs, a 100-instance page ≤ 300 µs, validate() ≤ 20 µs."
    for f in "$work"/bench_*.txt; do
        name=$(basename "$f" .txt)
        case $name in bench_fleet | bench_pacing) continue ;; esac
        echo
        echo "### $name"
        echo
        echo '```'
        grep -E '_median|^-|^Benchmark' "$f" || cat "$f"
        echo '```'
    done
} >"$report"
echo "wrote $report"
exit $status
