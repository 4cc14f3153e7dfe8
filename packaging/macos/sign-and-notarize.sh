#!/usr/bin/env bash
# Code signing and notarisation for the macOS release; CPack calls it (SignBundle.cmake,
# NotarizeDmg.cmake), release CI provides the secrets. Without them every step says it is
# skipped and succeeds, so unsigned builds (forks, local builds) still package.
#   sign-and-notarize.sh keychain          import MACOS_CERTIFICATE_P12 (base64) into a temporary keychain
#   sign-and-notarize.sh app PATH.app      sign the bundle inside-out with the hardened runtime
#   sign-and-notarize.sh dmg PATH.dmg      sign the .dmg, notarise it with notarytool, staple it
# Secrets: MACOS_SIGN_IDENTITY ("Developer ID Application: ..."), MACOS_CERTIFICATE_P12,
#          MACOS_CERTIFICATE_PASSWORD; for notarisation APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD.
set -euo pipefail
mode=${1:?usage: sign-and-notarize.sh keychain | app PATH.app | dmg PATH.dmg}
target=${2:-}
identity=${MACOS_SIGN_IDENTITY:-}
sign() { codesign --force --timestamp --options runtime --sign "$identity" "$@"; }

case "$mode" in
keychain)
    if [ -z "${MACOS_CERTIFICATE_P12:-}" ]; then
        echo "sign-and-notarize: no MACOS_CERTIFICATE_P12, no signing keychain made (the build stays unsigned)"
        exit 0
    fi
    keychain="$RUNNER_TEMP/tally-signing.keychain-db"
    password=$(uuidgen)
    printf '%s' "$MACOS_CERTIFICATE_P12" | base64 --decode > "$RUNNER_TEMP/tally-signing.p12"
    security create-keychain -p "$password" "$keychain"
    security set-keychain-settings -lut 21600 "$keychain"
    security unlock-keychain -p "$password" "$keychain"
    security import "$RUNNER_TEMP/tally-signing.p12" -k "$keychain" -P "${MACOS_CERTIFICATE_PASSWORD:-}" -T /usr/bin/codesign
    security set-key-partition-list -S apple-tool:,apple: -s -k "$password" "$keychain" > /dev/null
    # Keychain paths have no spaces; the search list keeps the user's keychains after ours.
    # shellcheck disable=SC2046
    security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
    rm -f "$RUNNER_TEMP/tally-signing.p12"
    echo "sign-and-notarize: signing keychain ready"
    ;;
app)
    [ -d "$target" ] || { echo "sign-and-notarize: no bundle at $target" >&2; exit 1; }
    if [ -z "$identity" ]; then
        echo "sign-and-notarize: MACOS_SIGN_IDENTITY is not set, $target stays unsigned"
        exit 0
    fi
    # Inside-out: loose libraries and plugins, then frameworks, then the helper executables,
    # and the bundle (which signs its main executable) last.
    find "$target/Contents" -type f \( -name '*.dylib' -o -name '*.so' \) -not -path '*.framework/*' -print0 \
        | while IFS= read -r -d '' library; do sign "$library"; done
    for framework in "$target"/Contents/Frameworks/*.framework; do
        [ -e "$framework" ] && sign "$framework"
    done
    main=$(/usr/libexec/PlistBuddy -c 'Print :CFBundleExecutable' "$target/Contents/Info.plist")
    for exe in "$target"/Contents/MacOS/*; do
        [ "$(basename "$exe")" = "$main" ] || sign "$exe"
    done
    sign "$target"
    codesign --verify --deep --strict --verbose=2 "$target"
    echo "sign-and-notarize: signed $target"
    ;;
dmg)
    [ -f "$target" ] || { echo "sign-and-notarize: no disk image at $target" >&2; exit 1; }
    if [ -z "$identity" ]; then
        echo "sign-and-notarize: MACOS_SIGN_IDENTITY is not set, $target stays unsigned and unnotarised"
        exit 0
    fi
    codesign --force --timestamp --sign "$identity" "$target"
    if [ -z "${APPLE_ID:-}" ] || [ -z "${APPLE_TEAM_ID:-}" ] || [ -z "${APPLE_APP_PASSWORD:-}" ]; then
        echo "sign-and-notarize: APPLE_ID, APPLE_TEAM_ID or APPLE_APP_PASSWORD missing, $target is signed but not notarised"
        exit 0
    fi
    xcrun notarytool submit "$target" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_APP_PASSWORD" --wait --timeout 30m
    xcrun stapler staple "$target"
    xcrun stapler validate "$target"
    echo "sign-and-notarize: notarised and stapled $target"
    ;;
*)
    echo "sign-and-notarize: unknown step $mode" >&2
    exit 2
    ;;
esac
