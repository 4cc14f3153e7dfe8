#!/usr/bin/env bash
# Release check of the Linux packages on a clean system (several minutes; not part of .ci/run):
#  1. builds the packages (scripts/package.sh, unless --no-build) and checks the .deb with
#     lintian (no errors), its desktop file with desktop-file-validate and its AppStream data
#     with appstreamcli validate --no-net, and that tally-cli.1 names every command of --help;
#  2. makes a pristine Debian 12 root with mmdebstrap and, inside it (packaging/linux/check/
#     inside-root.sh): apt-get install ./tally_*.deb, compares the versions, saves a conversation
#     from a loopback server, expects a certificate error from a self-signed https server,
#     screenshots the window in Thai, and apt-get purge leaves no file of the package behind.
# The screenshots (Thai and English window, Test connection) are copied to build/package/check/. Runs as root (mmdebstrap, chroot).
#   scripts/package-check.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/package
check="$build/check"
say() { printf '\n=== %s\n' "$*"; }
fail() { echo "package-check: FAIL: $*" >&2; exit 1; }
started=$(date +%s)

[ "$(id -u)" -eq 0 ] || fail "run as root: mmdebstrap and chroot need it"
host_tools=(mmdebstrap lintian desktop-file-utils appstream python3-yaml)
missing=()
for pkg in "${host_tools[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "package-check: installing ${missing[*]}"
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "${1:-}" != "--no-build" ]; then
    say "building the packages (scripts/package.sh)"
    mkdir -p "$(dirname "$build")"
    scripts/package.sh > "$build.log" 2>&1 || { tail -40 "$build.log"; fail "scripts/package.sh"; }
fi
deb=$(ls "$build"/dist/tally_*.deb)
say "packages"
du -h "$build"/dist/* | sed 's/^/size: /'

say "lintian $(basename "$deb")"
lintian_out=$(lintian --pedantic --info "$deb" 2>&1 | grep -v 'running with root privileges' || true)
echo "${lintian_out:-(nothing to say)}"
if grep -q '^E:' <<<"$lintian_out"; then fail "lintian reports errors"; fi
echo "lintian: $(grep -c '^E:' <<<"$lintian_out" || true) errors, $(grep -c '^W:' <<<"$lintian_out" || true) warnings"
echo "overridden in the package (packaging/linux/lintian-overrides.in):"
overrides=$(lintian --show-overrides "$deb" 2>&1 || true)
grep '^O:' <<<"$overrides" || echo "  none"

rm -rf "$check"; mkdir -p "$check/extract"
dpkg-deb -x "$deb" "$check/extract"
say "desktop-file-validate"
desktop-file-validate "$check/extract/usr/share/applications/org.tally.Tally.desktop" || fail "desktop-file-validate"
echo "desktop-file-validate: clean"
say "appstreamcli validate --no-net"
appstreamcli validate --no-net "$check/extract/usr/share/metainfo/org.tally.Tally.metainfo.xml" || fail "appstreamcli validate"

say "man page covers tally-cli --help"
commands=$("$build/app/cli/tally-cli" --help | awk '/^Commands:/{on=1; next} /^$/{on=0} on{print $1}')
page=$(zcat "$check/extract/usr/share/man/man1/tally-cli.1.gz")
for c in $commands; do
    grep -qE "^\.(B|BR) $c( |$)" <<<"$page" || fail "tally-cli.1 does not describe the command '$c'"
done
echo "tally-cli.1 describes: $(tr '\n' ' ' <<<"$commands")"

say "a pristine Debian 12 root (mmdebstrap)"
root="$check/root"
mkdir -p "$check/in"
cp "$deb" packaging/linux/check/inside-root.sh packaging/linux/check/loopback_server.py \
   packaging/linux/check/gui.sh "$check/in/"
t0=$(date +%s)
export TALLY_CHECK_DIR="$PWD/$check"
# The customize hooks (sh, $1 is the root) run with /proc, /sys and /dev of the root mounted,
# and mmdebstrap unmounts them however a hook ends. The results are copied out before it exits.
mmdebstrap --variant=apt --quiet \
    --customize-hook='mkdir -p "$1/check" && cp -a "$TALLY_CHECK_DIR/in/." "$1/check/"' \
    --customize-hook='{ chroot "$1" bash /check/inside-root.sh /check 2>&1; echo $? > "$1/check/rc"; } | tee "$1/check/inside.log"; cp -a "$1/check/out" "$1/check/inside.log" "$TALLY_CHECK_DIR/"; exit "$(cat "$1/check/rc")"' \
    bookworm "$root" /etc/apt/sources.list.d/debian.sources \
    || fail "inside the clean root (log: $check/inside.log)"
echo "clean root and its checks took $(( $(date +%s) - t0 )) s"
cp "$check/out/"*.png "$check/"
rm -rf "$root"
grep -q '^INSIDE-ROOT: PASS$' "$check/inside.log" || fail "the checks inside the root did not finish"
say "package-check: PASS in $(( $(date +%s) - started )) s; screenshots: $(ls "$check"/*.png)"
