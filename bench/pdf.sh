#!/usr/bin/env bash
# Times `perfdoc parse` of a PDF against `pdftotext -layout` (poppler-utils)
# and pdfminer.six's extract_text (python3-pdfminer), alternating, and
# prints each median and perfdoc's time as a ratio of it. Both other tools
# only extract text; perfdoc reads the tables. Missing tools are skipped.
#
#   bench/pdf.sh [FILE.pdf] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:-testdata/pdf/lo-budget-2026.pdf}
runs=${2:-21}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
go build -o "$out/perfdoc" ./cmd/perfdoc
go build -o "$out/timeit" ./bench/timeit
cmds=("$out/perfdoc parse -o $out/out.json $file")
if command -v pdftotext >/dev/null 2>&1; then
  cmds+=("pdftotext -layout $file $out/out.txt")
else
  echo "pdftotext not installed: skipped (apt-get install poppler-utils)" >&2
fi
if /usr/bin/python3 -c 'import pdfminer' 2>/dev/null; then
  cmds+=("/usr/bin/python3 bench/pdfminer_text.py $file")
else
  echo "pdfminer not installed: skipped (apt-get install python3-pdfminer)" >&2
fi
"$out/timeit" -n "$runs" "${cmds[@]}" | sed "s|$out/||g"
