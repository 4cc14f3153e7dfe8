#!/usr/bin/env bash
# Regenerates the raster icons from resources/icons/tally.svg, the one drawing of the icon:
# hicolor PNGs 16..512 (Linux), tally.ico (Windows) and tally.icns (macOS). The outputs are
# committed, so a build needs none of these tools; run this after changing the SVG.
#   needs: rsvg-convert (librsvg2-bin), icotool (icoutils), png2icns (icnsutils)
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/icons/tally.svg
out=resources/icons/hicolor
for tool in rsvg-convert icotool png2icns; do
    command -v "$tool" >/dev/null || { echo "package-icons: $tool is missing (apt-get install librsvg2-bin icoutils icnsutils)" >&2; exit 1; }
done
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$out/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" --output "$out/${size}x${size}/apps/org.tally.Tally.png" "$svg"
done
# Windows picks the nearest size from the .ico for title bars, the taskbar and Explorer.
icotool --create --output packaging/windows/tally.ico \
    "$out"/{16x16,24x24,32x32,48x48,64x64,128x128}/apps/org.tally.Tally.png \
    --raw="$out/256x256/apps/org.tally.Tally.png"
# png2icns takes the sizes macOS knows (16, 32, 128, 256, 512).
png2icns packaging/macos/tally.icns \
    "$out"/{16x16,32x32,128x128,256x256,512x512}/apps/org.tally.Tally.png >/dev/null
echo "package-icons: wrote $out/*/apps/org.tally.Tally.png, packaging/windows/tally.ico, packaging/macos/tally.icns"
