#!/usr/bin/env bash
# Renders extension/icons/src/*.svg into the PNGs the extension ships, at 16,
# 26 and 32 px, in three variants:
#   light/  the colours as drawn: a mid-tone teal and orange that read on light
#           and on dark backgrounds (LibreOffice 7.4 shows these everywhere
#           except in high-contrast mode);
#   dark/   lighter tones for dark backgrounds, for a LibreOffice that can pick
#           per-theme extension icons (7.4 cannot; see README);
#   hc/     white and yellow on a black square, for high-contrast mode (the
#           HighContrast… URLs in Sidebar.xcu, Addons.xcu and description.xml).
# The PNGs are committed, so building needs no SVG renderer. Run this after
# changing an SVG; it needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../extension/icons"
command -v rsvg-convert >/dev/null || { echo "render-icons.sh needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }

recolour() {  # variant < svg > svg
  case "$1" in
    light) cat ;;
    dark) sed -e 's/#1A7F7F/#6CD3D3/g' -e 's/#E67E22/#FFA552/g' ;;
    hc) sed -e 's/#1A7F7F/#FFFFFF/g' -e 's/#E67E22/#FFFF00/g' \
            -e 's/id="backdrop"\(.*\)fill="none"/id="backdrop"\1fill="#000000"/' ;;
  esac
}

for svg in src/*.svg; do
  name=$(basename "$svg" .svg)
  for variant in light dark hc; do
    mkdir -p "$variant"
    for size in 16 26 32; do
      recolour "$variant" < "$svg" | rsvg-convert -w "$size" -h "$size" -o "$variant/$name-$size.png"
    done
  done
done
# The Extension Manager shows a 32 px icon; it gets a 64 px one for HiDPI.
recolour light < src/focus.svg | rsvg-convert -w 64 -h 64 -o extension.png
recolour hc < src/focus.svg | rsvg-convert -w 64 -h 64 -o extension-hc.png
echo "Rendered $(ls light dark hc | grep -c png) PNGs"
