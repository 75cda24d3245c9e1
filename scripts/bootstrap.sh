#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The CVM Launcher authors
# SPDX-License-Identifier: Apache-2.0
# Sets up a Debian 12 machine for CVM Launcher and then either starts the app or runs the tests.
#
#   scripts/bootstrap.sh run    install what is missing, build, start the app (built-in sandbox)
#   scripts/bootstrap.sh test   install what is missing, build, run the whole test suite
#
# Run it as root or as a user with sudo. Set CVM_BUILD_DIR to build elsewhere than ./build.
set -euo pipefail

mode=${1:-}
case "$mode" in
    run|test) ;;
    *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${CVM_BUILD_DIR:-$here/build}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Everything the build, the app and the tests need, from Debian 12's own archive.
packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev qt6-translations-l10n libgl-dev
    qt6-qpa-plugins
    libsimdjson-dev
    # QtKeychain loads libsecret at run time (no link dependency), so name it.
    libsecret-1-0
)
if [ "$mode" = test ]; then
    packages+=(xvfb xauth x11-utils dbus dbus-x11 gnome-keyring libbenchmark-dev)
    # Tencent's own Node SDKs drive the sandbox in the interop tests. Some machines carry a
    # Node.js build that bundles npm and conflicts with Debian's npm package: take Debian's
    # only when there is no npm at all.
    command -v npm >/dev/null || packages+=(nodejs npm)
    # Validators for the desktop file and metainfo, and what cpack needs for the .deb.
    packages+=(desktop-file-utils appstream dpkg-dev file)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

cmake_args=(-S "$here" -B "$build_dir" -G Ninja)
# CI builds with warnings as errors; a user's build should not break on a newer compiler.
if [ "${CI:-}" = true ]; then
    cmake_args+=(-DCVM_WARNINGS_AS_ERRORS=ON)
fi
cmake "${cmake_args[@]}"
cmake --build "$build_dir" --parallel "$(nproc)"

if [ "$mode" = run ]; then
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): start the app from a" >&2
        echo "desktop session with $build_dir/ui/cvm-launcher" >&2
        exit 1
    fi
    exec "$build_dir/ui/cvm-launcher"
fi

exec "$here/scripts/run-tests.sh" "$build_dir"
