#!/usr/bin/env bash
# Runs inside the clean Debian 12 root that scripts/package-check.sh makes with mmdebstrap:
# installs the .deb as a user would, tries it (versions, a saved conversation, TLS, the Thai
# window) and purges it again. Everything it finds goes to stdout; failures exit non-zero.
#   inside-root.sh DIR    DIR holds tally_*.deb and this folder's files; results land in DIR/out
set -euo pipefail
dir="$1"
out="$dir/out"
mkdir -p "$out"
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY no_proxy NO_PROXY ALL_PROXY all_proxy
fail() { echo "FAIL: $*"; exit 1; }
say() { printf '\n== %s\n' "$*"; }

say "tools for the check, and a desktop's fonts and keyring (before the snapshot: not Tally's files)"
apt-get update -qq
apt-get install -y -qq --no-install-recommends python3 openssl xvfb xauth x11-utils x11-apps netpbm \
    xdotool dbus gnome-keyring locales fonts-thai-tlwg >/dev/null
sed -i 's/^# *th_TH.UTF-8 UTF-8/th_TH.UTF-8 UTF-8/' /etc/locale.gen
locale-gen >/dev/null
locale -a | grep -qi '^th_TH.utf8$' || fail "the th_TH.UTF-8 locale was not generated"

snapshot() {
    find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /tmp -o -path /run \
        -o -path /var/cache -o -path /var/lib/apt/lists -o -path /var/log -o -path "$dir" \) -prune \
        -o -print | sort
}
snapshot > "$out/before.txt"

say "apt-get install ./$(cd "$dir" && ls tally_*.deb)"
echo "apt in this root installs Recommends: $(apt-config dump APT::Install-Recommends | sed 's/.*"\(.*\)";/\1/' || true)"
cd "$dir"
apt-get install -y -q ./tally_*.deb > "$out/apt-install.log" 2>&1 || { cat "$out/apt-install.log"; fail "apt-get install"; }
grep -E '^(The following NEW packages|Recommended packages|Suggested packages)' -A3 "$out/apt-install.log" | head -20 || true
echo "packages installed with it: $(grep -c '^Setting up' "$out/apt-install.log")"
cd /
package_version=$(dpkg-query -W -f='${Version}' tally)
echo "package version: $package_version"
dpkg -L tally | sort > "$out/package-files.txt"

say "versions"
cli_version=$(tally-cli --version)
gui_version=$(xvfb-run -a tally --version 2>/dev/null)
echo "tally-cli --version: $cli_version"
echo "tally --version:     $gui_version"
[ "$cli_version" = "$gui_version" ] || fail "tally and tally-cli disagree"
[[ "$cli_version" == "Tally $package_version (Qt "* ]] || fail "the version is not the package's ($package_version)"
metainfo_version=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' /usr/share/metainfo/org.tally.Tally.metainfo.xml | head -1)
echo "metainfo release:    $metainfo_version"
[ "$metainfo_version" = "$package_version" ] || fail "the metainfo release is not the package's version"

say "Qt plugins the linker cannot see"
for plugin in sqldrivers/libqsqlite.so tls/libqopensslbackend.so iconengines/libqsvgicon.so \
              imageformats/libqsvg.so platforms/libqxcb.so; do
    path=/usr/lib/x86_64-linux-gnu/qt6/plugins/$plugin
    [ -f "$path" ] || fail "missing $path"
    echo "present: $plugin ($(dpkg -S "$path" | cut -d: -f1))"
done

# A throwaway user home; a loopback server needs no key, so the keychain is not involved.
export HOME=/tmp/tally-home XDG_RUNTIME_DIR=/tmp/tally-runtime
rm -rf "$HOME" "$XDG_RUNTIME_DIR"; mkdir -p "$HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
servers=()
trap 'for p in "${servers[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
start_server() { # start_server PORTFILE [--tls CERT KEY]
    local portfile=$1; shift
    rm -f "$portfile"
    python3 "$dir/loopback_server.py" --port-file "$portfile" --lifetime 300 "$@" &
    servers+=($!)
    for _ in $(seq 50); do [ -s "$portfile" ] && return 0; sleep 0.1; done
    fail "the loopback server did not start"
}

say "tally-cli chat --save against a loopback server (the SQLite driver)"
start_server /tmp/http.port
http_url="http://127.0.0.1:$(cat /tmp/http.port)/v1"
reply=$(tally-cli chat --base-url "$http_url" --model check-model --save "Say hello" 2> "$out/chat.err") \
    || { cat "$out/chat.err"; fail "tally-cli chat --save"; }
echo "reply:  $reply"
echo "stderr: $(cat "$out/chat.err")"
listing=$(tally-cli conversations list)
echo "tally-cli conversations list: $listing"
grep -q "Say hello" <<<"$listing" || fail "the conversation was not saved"
ls -l "$HOME/.local/share/Tally/"
tally-cli conversations export 1 --format md | head -12

say "https with a self-signed certificate (the TLS backend)"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 \
    -keyout /tmp/check.key -out /tmp/check.crt 2>/dev/null
start_server /tmp/https.port --tls /tmp/check.crt /tmp/check.key
https_url="https://127.0.0.1:$(cat /tmp/https.port)/v1"
for cmd in models chat; do
    extra=(); [ "$cmd" = chat ] && extra=(--model check-model "Say hello")
    set +e
    tally-cli "$cmd" --base-url "$https_url" "${extra[@]}" > /dev/null 2> "$out/tls-$cmd.err"
    rc=$?
    set -e
    echo "tally-cli $cmd over https: exit $rc; $(tail -1 "$out/tls-$cmd.err")"
    [ "$rc" -ne 0 ] || fail "tally-cli $cmd accepted a self-signed certificate"
    grep -qi "certificate" "$out/tls-$cmd.err" || fail "tally-cli $cmd did not fail with a certificate error"
    ! grep -qi "no TLS backend" "$out/tls-$cmd.err" || fail "tally-cli $cmd found no TLS backend"
done

# The window: a loopback profile as the default, so nothing leaves this machine, in a D-Bus
# session with an unlocked GNOME Keyring (gui.sh), as on a desktop.
tally-cli profiles add local --base-url "$http_url" --model check-model > /dev/null
tally-cli profiles default local > /dev/null
gui() { # gui LANG MODE OUT.png
    LANG=$1 LC_ALL=$1 LANGUAGE='' dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \
        bash "$dir/gui.sh" "$2" "$3" > "$out/gui.log" 2>&1 || { cat "$out/gui.log"; fail "tally's window ($2, $1)"; }
    grep -v 'dbus-daemon' "$out/gui.log"
}
say "the window in Thai (LANG=th_TH.UTF-8, under Xvfb)"
gui th_TH.UTF-8 window "$out/tally-th.png"
say "the window in English"
gui C.UTF-8 window "$out/tally-en.png"
say "Help > About Tally"
gui C.UTF-8 about "$out/about.png"
say "Settings > Test connection against the self-signed https server"
tally-cli profiles add tls --base-url "$https_url" --model check-model > /dev/null
tally-cli profiles default tls > /dev/null
gui C.UTF-8 test-connection "$out/test-connection-https.png"

say "apt-get purge tally"
for p in "${servers[@]}"; do kill "$p" 2>/dev/null || true; done
servers=()
rm -rf "$HOME" "$XDG_RUNTIME_DIR"
apt-get purge -y -q tally > "$out/apt-purge.log" 2>&1 || { cat "$out/apt-purge.log"; fail "apt-get purge"; }
grep -E '^(Removing|Purging)' "$out/apt-purge.log" || true
left=0
while read -r path; do
    [ -d "$path" ] && continue     # folders such as /usr/share/man belong to other packages too
    if [ -e "$path" ] || [ -L "$path" ]; then echo "left behind: $path"; left=$((left + 1)); fi
done < "$out/package-files.txt"
ls /var/lib/dpkg/info/tally.* 2>/dev/null && left=$((left + 1))
# Anything new since the snapshot that names Tally, wherever it is.
snapshot > "$out/after.txt"
comm -13 "$out/before.txt" "$out/after.txt" > "$out/new-files.txt"
if grep -i 'tally' "$out/new-files.txt"; then left=$((left + 1)); fi
echo "files of the package: $(wc -l < "$out/package-files.txt") paths; left after purge: $left"
echo "new paths since the snapshot (other packages, caches): $(wc -l < "$out/new-files.txt")"
[ "$left" -eq 0 ] || fail "apt-get purge left files of the package behind"
echo "INSIDE-ROOT: PASS"
