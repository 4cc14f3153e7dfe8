#!/usr/bin/env bash
# Runs one test program with a throwaway HOME and XDG folders, so no test can read or write the
# real user's settings, database or keyring. With --keyring it also runs inside its own D-Bus
# session with an unlocked gnome-keyring-daemon, so QtKeychain talks to a real Secret Service.
# With --bus-only it gets a D-Bus session with no keyring at all: a desktop without a Secret
# Service, to test what Tally does when there is no keychain.
#   run-isolated.sh [--keyring | --bus-only] -- PROGRAM [ARGS...]
set -uo pipefail

keyring=0
busonly=0
if [ "${1:-}" = "--keyring" ]; then keyring=1; shift; fi
if [ "${1:-}" = "--bus-only" ]; then busonly=1; shift; fi
if [ "${1:-}" = "--" ]; then shift; fi
[ $# -ge 1 ] || { echo "usage: $0 [--keyring] -- PROGRAM [ARGS...]" >&2; exit 2; }

root=$(mktemp -d "${TMPDIR:-/tmp}/tally-test.XXXXXX") || exit 1
cleanup() {
    # gnome-keyring may leave its control socket behind; nothing in here outlives the test.
    rm -rf "$root"
}
trap cleanup EXIT

export HOME="$root/home"
export XDG_CONFIG_HOME="$root/config"
export XDG_DATA_HOME="$root/data"
export XDG_CACHE_HOME="$root/cache"
export XDG_STATE_HOME="$root/state"
export XDG_RUNTIME_DIR="$root/runtime"
export TMPDIR="$root/tmp"
export TALLY_TEST_ROOT="$root"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" \
         "$XDG_RUNTIME_DIR" "$TMPDIR"
chmod 700 "$XDG_RUNTIME_DIR"
# A desktop session's bus or display must never leak into a test.
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY XDG_CURRENT_DESKTOP GNOME_KEYRING_CONTROL

if [ "$keyring" = 1 ]; then
    for tool in dbus-run-session gnome-keyring-daemon; do
        command -v "$tool" >/dev/null || { echo "run-isolated: $tool is not installed" >&2; exit 1; }
    done
    # Inside the new bus: start the keyring's secrets component unlocked with a throwaway
    # password (it creates the login keyring under this test's XDG_DATA_HOME), then run the test.
    dbus-run-session -- bash -c '
        eval "$(printf "tally-test" | gnome-keyring-daemon --unlock --components=secrets)" || exit 1
        export GNOME_KEYRING_CONTROL
        "$@"
        status=$?
        [ -n "${GNOME_KEYRING_PID:-}" ] && kill "$GNOME_KEYRING_PID" 2>/dev/null
        exit $status' run-isolated "$@"
    exit $?
fi

if [ "$busonly" = 1 ]; then
    command -v dbus-run-session >/dev/null || { echo "run-isolated: dbus-run-session is not installed" >&2; exit 1; }
    dbus-run-session --config-file="$(dirname "$0")/dbus-session-without-services.conf" -- "$@"
    exit $?
fi

"$@"
