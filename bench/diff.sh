#!/usr/bin/env bash
# Times `perfdoc diff --format json` on two generated filings of about 500
# and of about 5000 projects (bench/gendiff: every project of the 2025/2026
# text fixtures copied with a unique tag), whole process, alternating runs,
# and prints the median wall time, CPU time (user + system: what a busy
# machine does not inflate) and peak RSS (/usr/bin/time) of each size; then
# checks that every project was paired with its counterpart.
#
#   bench/diff.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
go build -o "$out/perfdoc" ./cmd/perfdoc
go build -o "$out/gendiff" ./bench/gendiff
for n in 500 5000; do
  mkdir -p "$out/$n"
  "$out/gendiff" -projects "$n" -out "$out/$n" 2>/dev/null
done
for ((k = 0; k < runs; k++)); do
  for n in 500 5000; do
    /usr/bin/time -f "%e %M %U %S" -a -o "$out/time-$n" "$out/perfdoc" diff --format json "$out/$n/old.txt" "$out/$n/new.txt" > "$out/d-$n.json"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for n in 500 5000; do
  t=$(cut -d' ' -f1 "$out/time-$n" | median)
  m=$(cut -d' ' -f2 "$out/time-$n" | median)
  c=$(awk '{print $3 + $4}' "$out/time-$n" | median)
  echo "$n projects: median $t s wall, $c s CPU, peak RSS $((m / 1024)) MB ($runs runs)"
  "$out/gendiff" -check "$out/d-$n.json" -projects "$n"
done
