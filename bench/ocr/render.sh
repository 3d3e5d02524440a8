#!/usr/bin/env bash
# Renders a filing printed to PDF as scans: 300 dpi clean greyscale and 200 dpi
# skewed 0.4° with noise and JPEG quality 75, each as an image-only PDF (and
# the first three clean pages as a multi-page TIFF). Needs poppler-utils and
# ImageMagick. Run from the module root.
#   bench/ocr/render.sh IN.pdf OUTDIR [FIRST LAST]
set -euo pipefail
in=$1 out=$2 first=${3:-1} last=${4:-$(pdfinfo "$in" | awk '/^Pages:/{print $2}')}
mkdir -p "$out/p300" "$out/p200"
pdftoppm -gray -r 300 -f "$first" -l "$last" -png "$in" "$out/p300/page"
pdftoppm -gray -r 200 -f "$first" -l "$last" -png "$in" "$out/p200/page"
for f in "$out"/p200/page-*.png; do
  # rotate 0.4° on white, add gaussian noise, then JPEG at quality 75
  convert "$f" -background white -rotate 0.4 -attenuate 0.6 +noise Gaussian \
    -colorspace Gray -quality 75 "${f%.png}.jpg"
  rm "$f"
done
go run "./$(dirname "$0")/img2pdf" -dpi 300 -o "$out/clean300.pdf" "$out"/p300/page-*.png
convert "$out"/p300/page-0[1-3].png -compress lzw "$out/clean300-first3.tiff"

go run "./$(dirname "$0")/img2pdf" -dpi 200 -o "$out/skew200.pdf" "$out"/p200/page-*.jpg
