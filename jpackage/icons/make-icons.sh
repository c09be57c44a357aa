#!/usr/bin/env bash
# Draws the Mediadesk icon set from ImageMagick primitives (no SVG, no fonts) and writes every
# size jpackage and the desktops want. The outputs are committed; rerun only to change the design:
#   jpackage/icons/make-icons.sh     (needs ImageMagick 6 or 7; png2icns from icnsutils for .icns)
# Design: a blue-to-teal rounded square; on it a white photo card with a mountain range and an
# amber sun, the universal "image" sign, so the icon reads as a media tool at 16 px too.
set -euo pipefail
cd "$(dirname "$0")"
# The real ImageMagick, not a wrapper that may sit earlier on PATH.
im=/usr/bin/convert
[ -x "$im" ] || im=$(command -v magick || command -v convert)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1024 px master: background, then the glyph composed over it.
"$im" -size 1024x1024 gradient:'#2f6fe4'-'#0f8f84' \
  \( -size 1024x1024 xc:none -fill white -draw 'roundrectangle 40,40 983,983 210,210' \) \
  -compose DstIn -composite "$work/bg.png"
"$im" -size 1024x1024 xc:none \
  -fill white -draw 'roundrectangle 212,252 812,772 64,64' \
  -fill '#1d4f91' -draw 'roundrectangle 262,302 762,722 28,28' \
  -fill '#f6b73c' -draw 'circle 632,418 632,486' \
  -fill white -draw 'polygon 262,722 262,640 430,452 560,602 624,540 762,690 762,722' \
  "$work/glyph.png"
"$im" "$work/bg.png" "$work/glyph.png" -compose Over -composite "$work/master.png"

for s in 16 32 48 64 128 256 512; do
  "$im" "$work/master.png" -filter Lanczos -resize "${s}x${s}" -strip "PNG32:mediadesk-$s.png"
done
# jpackage's Linux --icon and the window/desktop entry use the 512 px one.
cp mediadesk-512.png mediadesk.png

# Windows: one .ico with the sizes Explorer asks for.
"$im" mediadesk-16.png mediadesk-32.png mediadesk-48.png mediadesk-64.png mediadesk-128.png mediadesk-256.png mediadesk.ico

# macOS: .icns (png2icns takes 16/32/48/128/256/512 px PNGs).
if command -v png2icns >/dev/null 2>&1; then
  png2icns mediadesk.icns mediadesk-16.png mediadesk-32.png mediadesk-48.png mediadesk-128.png mediadesk-256.png mediadesk-512.png >/dev/null
else
  echo "png2icns not found (apt-get install icnsutils): mediadesk.icns left as it was" >&2
fi
ls -l mediadesk*
