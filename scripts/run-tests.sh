#!/usr/bin/env bash
# Runs the whole test suite of a build directory through CTest, headless, inside a private D-Bus
# session with an unlocked gnome-keyring so that keychain tests use a real secret service.
#
#   scripts/run-tests.sh BUILD_DIR [CTEST_ARGS...]   e.g. -R 'launcher|crashresume'
set -euo pipefail
build_dir=${1:?usage: run-tests.sh BUILD_DIR [CTEST_ARGS...]}
shift

if [ -z "${CVM_IN_TEST_SESSION:-}" ]; then
    # Tencent's own API 2.0 Node SDK for the e2e test, exactly as pinned by
    # tests/e2e/node/package-lock.json, from the npm registry (the test needs node and npm).
    if command -v node >/dev/null && command -v npm >/dev/null; then
        npm ci --prefix "$(dirname "${BASH_SOURCE[0]}")/../tests/e2e/node" \
            --no-audit --no-fund --loglevel=error
    fi

    export CVM_IN_TEST_SESSION=1
    # A fresh HOME: the keyring, settings and data the tests create never mix with the user's.
    test_home=$(mktemp -d)
    trap 'rm -rf "$test_home"' EXIT
    HOME=$test_home XDG_CONFIG_HOME=$test_home/.config XDG_DATA_HOME=$test_home/.local/share \
        XDG_CACHE_HOME=$test_home/.cache XDG_RUNTIME_DIR=$test_home/run \
        dbus-run-session -- "$0" "$build_dir" "$@"
    exit $?
fi

mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
if command -v gnome-keyring-daemon >/dev/null; then
    eval "$(printf 'pw\n' | gnome-keyring-daemon --unlock --daemonize --components=secrets)"
    export GNOME_KEYRING_CONTROL
fi
export QT_QPA_PLATFORM=offscreen
cd "$build_dir"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
