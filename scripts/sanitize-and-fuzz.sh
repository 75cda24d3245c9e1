#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The CVM Launcher authors
# SPDX-License-Identifier: Apache-2.0
# CI's second pass: the whole test suite once more under AddressSanitizer + UndefinedBehavior-
# Sanitizer (clang, in build-asan/), then every libFuzzer target for a short run.
#
#   scripts/sanitize-and-fuzz.sh [SECONDS_PER_FUZZER]   (default 60)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${CVM_ASAN_BUILD_DIR:-$here/build-asan}
seconds=${1:-60}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
missing=()
for p in clang libclang-rt-14-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# -O1 keeps the instrumented build and its tests quick enough for two cores.
CC=clang CXX=clang++ cmake -S "$here" -B "$build_dir" -G Ninja \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
    -DCVM_SANITIZE=ON -DCVM_BUILD_FUZZERS=ON
cmake --build "$build_dir" --parallel "$(nproc)"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0
"$here/scripts/run-tests.sh" "$build_dir"
"$here/scripts/fuzz.sh" "$build_dir" "$seconds"
