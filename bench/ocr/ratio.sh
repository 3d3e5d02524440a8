#!/usr/bin/env bash
# Time per page of perfdoc against Tesseract alone on the whole page, on the
# same machine in the same run, the two measured alternately ROUNDS times.
# CPU time (user+sys, children included) is the measure: on a shared
# machine the wall clock says little. perfdoc reads the pages as one
# image-only PDF (a scan is a document); Tesseract reads each page PNG
# (chi_sim, --psm 3, one thread), as a user would OCR a page.
#   bench/ocr/ratio.sh PERFDOC DIR/p300 FIRST LAST [ROUNDS]
# (DIR from bench/ocr/render.sh; run from the module root)
set -euo pipefail
perfdoc=$1 dir=$2 first=$3 last=$4 rounds=${5:-2}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pages=()
for i in $(seq -f %02g "$first" "$last"); do pages+=("$dir/page-$i.png"); done
n=${#pages[@]}
go run ./bench/ocr/img2pdf -dpi 300 -o "$tmp/scan.pdf" "${pages[@]}"
cpu() { /usr/bin/time -f '%U %S %e' -o "$tmp/t" "$@" >/dev/null 2>&1; awk '{printf "%.2f %.2f\n", $1+$2, $3}' "$tmp/t"; }
tsum=0 psum=0
printf 'round  tesseract CPU s (wall)  perfdoc CPU s (wall)  for %d pages\n' "$n"
for r in $(seq "$rounds"); do
  t=0 tw=0
  for p in "${pages[@]}"; do
    read -r c w < <(cpu env OMP_THREAD_LIMIT=1 tesseract "$p" "$tmp/out" -l chi_sim --psm 3)
    t=$(echo "$t + $c" | bc); tw=$(echo "$tw + $w" | bc)
  done
  read -r pc pw < <(cpu "$perfdoc" parse -o "$tmp/out.json" "$tmp/scan.pdf")
  printf '%5d  %8.2f (%6.2f)  %8.2f (%6.2f)\n' "$r" "$t" "$tw" "$pc" "$pw"
  tsum=$(echo "$tsum + $t" | bc); psum=$(echo "$psum + $pc" | bc)
done
echo "per page: tesseract $(echo "scale=2; $tsum / ($rounds * $n)" | bc) s, perfdoc $(echo "scale=2; $psum / ($rounds * $n)" | bc) s; ratio perfdoc/tesseract $(echo "scale=2; $psum / $tsum" | bc)"
