#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The CVM Launcher authors
# SPDX-License-Identifier: Apache-2.0
# A private D-Bus session with an unlocked GNOME Keyring (the Secret Service) for the tests that
# use the real keychain. CTest runs it as the setup and cleanup of the fixture cvm_test_session
# (tests/CMakeLists.txt); the tests find the bus through DBUS_SESSION_BUS_ADDRESS, which CTest
# sets to the same ADDRESS.
#
#   test-session.sh start DIR ADDRESS   start both daemons; HOME and XDG_* of the keyring in DIR
#   test-session.sh stop DIR            stop what `start` started (by the pids it wrote)
#
# ADDRESS is unix:path=SOCKET. Nothing of the user's own session or keyring is touched, and no
# password of a real account is involved ("pw" unlocks a keyring that lives in DIR only).
set -euo pipefail

mode=${1:?usage: test-session.sh start DIR ADDRESS | stop DIR}
dir=${2:?usage: test-session.sh start DIR ADDRESS | stop DIR}
pids=$dir/pids

stop() {
    if [ -f "$pids" ]; then
        while read -r pid; do
            # Only our own daemons: the pid must still run dbus-daemon or gnome-keyring-daemon.
            case "$(cat "/proc/$pid/comm" 2>/dev/null)" in
                dbus-daemon | gnome-keyring-d*) kill "$pid" 2>/dev/null || true ;;
            esac
        done <"$pids"
        rm -f "$pids"
    fi
}

case "$mode" in
    stop)
        stop
        exit 0
        ;;
    start) ;;
    *)
        echo "test-session.sh: unknown mode $mode" >&2
        exit 2
        ;;
esac

address=${3:?usage: test-session.sh start DIR ADDRESS}
socket=${address#unix:path=}
for tool in dbus-daemon dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        echo "test-session.sh: $tool is missing; install the Debian packages dbus and" \
            "gnome-keyring (scripts/bootstrap.sh test does)" >&2
        exit 1
    fi
done

stop # what a previous, interrupted run left
mkdir -p "$dir/home" "$dir/run" "$(dirname "$socket")"
chmod 700 "$dir/run"
rm -f "$socket"

dbus_pid=$(env -u DBUS_SESSION_BUS_ADDRESS dbus-daemon --session --fork --nopidfile \
    --address="$address" --print-pid=1)
echo "$dbus_pid" >"$pids"

export DBUS_SESSION_BUS_ADDRESS=$address HOME=$dir/home XDG_RUNTIME_DIR=$dir/run \
    XDG_DATA_HOME=$dir/home/.local/share XDG_CONFIG_HOME=$dir/home/.config
printf 'pw\n' | gnome-keyring-daemon --unlock --daemonize --components=secrets >/dev/null

# Ready once org.freedesktop.secrets has an owner; its pid is the keyring daemon's.
for _ in $(seq 1 100); do
    if reply=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets \
        2>/dev/null); then
        echo "$reply" | awk '/uint32/ { print $2 }' >>"$pids"
        echo "test session: bus $address, keyring unlocked"
        exit 0
    fi
    sleep 0.1
done
echo "test-session.sh: gnome-keyring-daemon did not take org.freedesktop.secrets in 10 s" >&2
stop
exit 1
