#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The CVM Launcher authors
# SPDX-License-Identifier: Apache-2.0
# Builds the Debian package from a build directory, installs it with apt on this machine and
# checks the installed app: files in their FHS places, `cvm-launcher --version`, and a start
# on the offscreen platform that must still be running after a few seconds (a crash or an early
# exit fails). CI runs it after the tests; it needs root or sudo, since it installs a package.
set -euo pipefail
build_dir=$(cd "${1:?usage: check-package.sh BUILD_DIR}" && pwd)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

cd "$build_dir"
rm -f cvm-launcher_*.deb
cpack -G DEB
debs=(cvm-launcher_*.deb)
[ ${#debs[@]} -eq 1 ] || { echo "expected one package, found: ${debs[*]}" >&2; exit 1; }
deb=$build_dir/${debs[0]}
version=$(dpkg-deb -f "$deb" Version)

as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb"

app_id=org.cvmlauncher.CvmLauncher
for file in /usr/bin/cvm-launcher \
    /usr/share/applications/$app_id.desktop \
    /usr/share/metainfo/$app_id.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    /usr/share/icons/hicolor/{16x16,32x32,48x48,64x64,128x128,256x256}/apps/$app_id.png; do
    [ -f "$file" ] || { echo "the package did not install $file" >&2; exit 1; }
done
desktop-file-validate /usr/share/applications/$app_id.desktop

reported=$(cvm-launcher --version)
if [ "$reported" != "CVM Launcher $version" ]; then
    echo "cvm-launcher --version says '$reported', the package is $version" >&2
    exit 1
fi
echo "installed: $reported"

# The app must come up and keep running until timeout stops it (exit 124), in English and in
# Chinese. A private HOME keeps its settings away from the machine's.
smoke_home=$(mktemp -d)
mkdir -m 700 "$smoke_home/run"
trap 'rm -rf "$smoke_home"' EXIT
for lang in en_US.UTF-8 zh_CN.UTF-8; do
    status=0
    HOME=$smoke_home XDG_CONFIG_HOME=$smoke_home/.config XDG_DATA_HOME=$smoke_home/.local/share \
        XDG_RUNTIME_DIR=$smoke_home/run LANG=$lang LANGUAGE= LC_ALL= QT_QPA_PLATFORM=offscreen \
        timeout 5 /usr/bin/cvm-launcher || status=$?
    if [ "$status" -ne 124 ]; then
        echo "cvm-launcher ($lang) exited with $status before the smoke-test timeout" >&2
        exit 1
    fi
    echo "smoke test ($lang): still running after 5 s"
done
