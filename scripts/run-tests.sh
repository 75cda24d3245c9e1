#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The CVM Launcher authors
# SPDX-License-Identifier: Apache-2.0
# Runs the test suite of a build directory through CTest, as CI does: every test at once on all
# cores, output shown for failures, a generous timeout. Plain `ctest --test-dir BUILD_DIR` runs
# the same tests: CTest fixtures install the pinned Node SDKs into the build tree (npm ci) and
# start a private D-Bus session with an unlocked gnome-keyring for the keychain tests, and every
# test sets QT_QPA_PLATFORM=offscreen itself. This wrapper only adds the options.
#
#   scripts/run-tests.sh BUILD_DIR [CTEST_ARGS...]   e.g. -R 'launcher|killdrill'
set -euo pipefail
build_dir=${1:?usage: run-tests.sh BUILD_DIR [CTEST_ARGS...]}
shift
exec ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
