#!/usr/bin/env bash
# Times whole processes, alternating, and prints the median wall and CPU
# time of each and perfdoc's wall time as a ratio of it ("ratio" =
# perfdoc's time / that command's: above 1 perfdoc is slower, below 1
# faster):
#   - `perfdoc parse` of the seed DOCX against bench/floor (inflate +
#     gosax token walk, nothing else) and `pandoc -t plain`;
#   - `perfdoc parse` of the seed HTML against bench/htmlfloor (read +
#     x/net/html tokenizer Next, nothing else);
#   - `perfdoc schema` (no input: the cost of starting the binary) against
#     a program that only starts;
# then the package inits that cost most at start (GODEBUG=inittrace=1,
# medians). Tools that are not installed are skipped. The machine is
# shared: compare ratios of one run, and repeat when the load moves.
#
#   bench/compare.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
go build -o "$out/perfdoc" ./cmd/perfdoc
go build -o "$out/floor" ./bench/floor
go build -o "$out/htmlfloor" ./bench/htmlfloor
go build -o "$out/timeit" ./bench/timeit
printf 'package main\n\nfunc main() {}\n' >"$out/start.go"
(cd "$out" && go mod init start >/dev/null 2>&1 && go build -o start start.go)
cp testdata/budget-2026.docx testdata/budget-2026.html "$out"
cd "$out"
timeit() { ./timeit -n "$runs" "$@"; echo; }

docx=budget-2026.docx
cmds=("./perfdoc parse $docx" "./floor $docx")
if command -v pandoc >/dev/null 2>&1; then
  cmds+=("pandoc -t plain $docx")
else
  echo "pandoc not installed: skipped (apt-get install pandoc)" >&2
fi
timeit "${cmds[@]}"
html=budget-2026.html
timeit "./perfdoc parse $html" "./htmlfloor $html"
timeit "./perfdoc schema" "./start"

echo "package inits at start, median ms (GODEBUG=inittrace=1, $runs runs):"
for _ in $(seq "$runs"); do
  GODEBUG=inittrace=1 ./perfdoc schema 2>&1 >/dev/null
done | awk '$1 == "init" { print $2, $5 }' | sort -k1,1 -k2,2n | awk '
  function flush() { if (n) printf "%8.3f %s\n", v[int((n + 1) / 2)], p }
  $1 != p { flush(); p = $1; n = 0 }
  { v[++n] = $2 }
  END { flush() }' | sort -rn | awk '{ s += $1; if (NR <= 8) print } END { printf "%8.3f all %d packages\n", s, NR }'
