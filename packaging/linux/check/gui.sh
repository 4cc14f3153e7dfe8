#!/usr/bin/env bash
# Under xvfb-run (no window manager): drives the installed tally for package-check.
#   gui.sh window OUT.png              start tally, screenshot its main window, close it
#   gui.sh about OUT.png               start tally, open Help > About Tally (Alt+H, A), screenshot it
#   gui.sh test-connection OUT.png     start tally, open Settings (Ctrl+,), press Test connection
#                                      (Alt+T, English mnemonic) for the default profile, screenshot
# LANG comes from the caller. Prints the window titles it saw and tally's own output.
set -euo pipefail
mode=$1 out=$2
log=$(mktemp)
# Inside a D-Bus session (the caller's dbus-run-session), unlock a throwaway login keyring as a
# desktop session would, so QtKeychain answers at once.
if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] && command -v gnome-keyring-daemon >/dev/null; then
    eval "$(printf 'package-check' | gnome-keyring-daemon --unlock --components=secrets)" > /dev/null
fi
tally > "$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$log"' EXIT

# wait_window NAME_REGEX: the id of tally's first visible window whose title matches.
wait_window() {
    local id
    for _ in $(seq 120); do
        for id in $(xdotool search --onlyvisible --classname '^tally$' 2>/dev/null || true); do
            if [[ "$(xdotool getwindowname "$id")" =~ $1 ]]; then echo "$id"; return 0; fi
        done
        kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; echo "tally exited early" >&2; return 1; }
        sleep 0.5
    done
    cat "$log" >&2; echo "no window titled /$1/ appeared" >&2; return 1
}
shoot() { # shoot WINDOW OUT.png
    xwd -id "$1" -silent | xwdtopnm 2>/dev/null | pnmtopng > "$2"
    echo "screenshot of \"$(xdotool getwindowname "$1")\": $2 ($(stat -c %s "$2") bytes)"
}

main=$(wait_window 'Tally')
sleep 3 # the first paint, the model list and the keychain look-up settle
case "$mode" in
    window)
        shoot "$main" "$out"
        ;;
    about)
        xdotool windowfocus --sync "$main" key --clearmodifiers alt+h
        sleep 1
        xdotool key --clearmodifiers a
        dialog=$(wait_window '^About')
        sleep 1
        shoot "$dialog" "$out"
        ;;
    test-connection)
        xdotool windowfocus --sync "$main" key --clearmodifiers ctrl+comma
        dialog=$(wait_window '^Settings')
        sleep 1
        xdotool windowfocus --sync "$dialog" key --clearmodifiers alt+t
        sleep 8 # the key look-up, then DNS, connect and the TLS handshake against the loopback server
        shoot "$dialog" "$out"
        ;;
    *) echo "gui.sh: unknown mode $mode" >&2; exit 2 ;;
esac
echo "tally's own output: $(cat "$log")"
