#!/usr/bin/env bash
# Renders the first page of each template in templates/ into its
# Thumbnails/thumbnail.png, the picture File ▸ New ▸ Templates shows for it
# (at most 256 px on the longer side, as LibreOffice writes its own). The
# build zips the PNG into the .ott/.ots; the PNGs are committed, so building
# needs no office. Run this after changing a template's look. It needs the
# office (soffice) and pdftoppm (Debian: poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
soffice="${1:-/usr/lib/libreoffice/program/soffice}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for dir in templates/*/; do
  name=$(basename "$dir")
  case $(cat "$dir/mimetype") in
    *text-template) ext=ott ;;
    *spreadsheet-template) ext=ots ;;
    *) echo "templates/$name/mimetype is neither a text nor a spreadsheet template" >&2; exit 1 ;;
  esac
  # The template as the build zips it, without the thumbnail it replaces.
  (cd "$dir" && zip -q -X0 "$work/$name.$ext" mimetype && zip -q -Xr9D "$work/$name.$ext" . -x mimetype -x 'Thumbnails/*')
done
"$soffice" --headless -env:UserInstallation="file://$work/profile" --convert-to pdf --outdir "$work/pdf" \
  "$work"/*.ott "$work"/*.ots >/dev/null
for dir in templates/*/; do
  name=$(basename "$dir")
  mkdir -p "$dir/Thumbnails"
  if [[ $(cat "$dir/mimetype") == *text-template ]]; then
    # A text page: the whole page, as the document will print.
    pdftoppm -png -f 1 -l 1 -scale-to 256 -singlefile "$work/pdf/$name.pdf" "$work/$name"
    cp "$work/$name.png" "$dir/Thumbnails/thumbnail.png"
  else
    # A sheet's first page is mostly empty paper: show the table's top-left
    # corner, the first columns at a readable size, in landscape, with a
    # white margin (the footer stays out).
    pdftoppm -png -f 1 -l 1 -r 110 -singlefile "$work/pdf/$name.pdf" "$work/$name"
    convert "$work/$name.png" -trim +repage "$work/$name-trimmed.png"
    width=$(identify -format '%w' "$work/$name-trimmed.png")
    crop_w=$((width * 55 / 100))
    crop_h=$((crop_w * 70 / 100))
    convert "$work/$name-trimmed.png" -crop "${crop_w}x${crop_h}+0+0" +repage -background white \
      -gravity northwest -extent "${crop_w}x${crop_h}" -bordercolor white -border 10 -resize 256x256 -strip \
      "$dir/Thumbnails/thumbnail.png"
  fi
  # The manifest lists the thumbnail, as LibreOffice's own files do.
  grep -q 'Thumbnails/thumbnail.png' "$dir/META-INF/manifest.xml" ||
    sed -i 's|</manifest:manifest>|  <manifest:file-entry manifest:full-path="Thumbnails/thumbnail.png" manifest:media-type="image/png"/>\n</manifest:manifest>|' \
      "$dir/META-INF/manifest.xml"
  echo "templates/$name/Thumbnails/thumbnail.png: $(identify -format '%wx%h' "$dir/Thumbnails/thumbnail.png")"
done
