#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The CVM Launcher authors
# SPDX-License-Identifier: Apache-2.0
# Runs clang-tidy 14 (the root .clang-tidy) over our own .cpp files, as compiled in BUILD_DIR
# (its compile_commands.json; build it first: tests include the .moc files AUTOMOC writes).
# Exits non-zero on any finding. Generated code (autogen, rcc) and third-party code are skipped.
#
#   scripts/clang-tidy.sh BUILD_DIR [REGEX...]   e.g. scripts/clang-tidy.sh build 'app/launch/'
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${1:?usage: clang-tidy.sh BUILD_DIR [REGEX...]}
shift
if ! command -v run-clang-tidy-14 >/dev/null; then
    # Debian 12's clang-tidy-14 (it ships run-clang-tidy-14).
    as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        clang-tidy-14
fi
if [ ! -f "$build_dir/compile_commands.json" ]; then
    echo "clang-tidy.sh: no $build_dir/compile_commands.json; configure and build first" >&2
    exit 1
fi

# The product's sources: app/ and ui/ under the source tree. tests/ is not in the default set
# yet (it has not been brought to zero findings); pass a regex to tidy it, e.g. '/tests/unit/'.
files=("$here/(app|ui)/.*\.cpp$")
if [ $# -gt 0 ]; then
    files=("$@")
fi

# GCC's precompiled headers are not clang's: the compile commands go without them (each file
# then has to include what it uses, which is the point), and GCC-only warning flags are ignored.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed -e 's# -include [^ ]*cmake_pch\.hxx##g' -e 's# -Winvalid-pch##g' \
    "$build_dir/compile_commands.json" >"$work/compile_commands.json"
log=$work/log
status=0
run-clang-tidy-14 -p "$work" -quiet -j "$(nproc)" \
    -extra-arg=-Wno-unknown-warning-option -extra-arg=-Wno-ignored-optimization-argument \
    "${files[@]}" >"$log" 2>&1 || status=$?
# Only the findings and the files they are in; clang-tidy's own chatter goes.
grep -E '(warning|error):' "$log" | grep -v '^[0-9]* warnings? generated' | sort -u || true
if [ "$status" -ne 0 ]; then
    echo "clang-tidy: findings above (or clang-tidy failed: see $build_dir for the compile" \
        "commands)" >&2
    exit 1
fi
echo "clang-tidy: no findings"
