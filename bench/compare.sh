#!/usr/bin/env bash
# Times `perfdoc parse` on a DOCX against the floor program (inflate + gosax
# walk, bench/floor) and `pandoc -t plain`, alternating, and prints the
# median of each and perfdoc's time as a ratio of it ("ratio" = perfdoc's
# time / that tool's: below 1 means perfdoc is faster). Tools that are not
# installed are skipped.
#
#   bench/compare.sh [FILE.docx] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:-testdata/budget-2026.docx}
runs=${2:-21}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
go build -o "$out/perfdoc" ./cmd/perfdoc
go build -o "$out/floor" ./bench/floor
go build -o "$out/timeit" ./bench/timeit
cmds=("$out/perfdoc parse $file" "$out/floor $file")
if command -v pandoc >/dev/null 2>&1; then
  cmds+=("pandoc -t plain $file")
else
  echo "pandoc not installed: skipped (apt-get install pandoc)" >&2
fi
"$out/timeit" -n "$runs" "${cmds[@]}" | sed "s|$out/||g"
