#!/usr/bin/env bash
# The acceptance table of issue 22: `perfdoc parse` of every file in the
# hostile fixture folder (the .gz ones gunzipped first), then `perfdoc import`
# of a folder holding all of them into a fresh SQLite file with --workers 2.
# Per file: wall time, CPU time (user + system), max RSS (/usr/bin/time -v), output bytes, exit code,
# and the first line of the error. A file over 10 s, 512 MB or 50 MB of
# output is marked OVER. Needs GNU time (/usr/bin/time).
#
#   bench/hostile.sh [FIXTURES] [PERFDOC_DIR]
#
# On a loaded machine the wall time is the machine's; the CPU time is the
# file's.
#
# FIXTURES defaults to ../shared/fixtures/hostile beside the checkout's
# parent, PERFDOC_DIR to a fresh build of ./cmd/perfdoc and
# ./cmd/perfdoc-warehouse.
set -euo pipefail
cd "$(dirname "$0")/.."
fixtures=${1:-/work/shared/fixtures/hostile}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=${2:-}
if [ -z "$bin" ]; then
  bin=$work/bin
  go build -o "$bin/" ./cmd/perfdoc ./cmd/perfdoc-warehouse
fi
mkdir -p "$work/in"
for f in "$fixtures"/*; do
  case $f in
  *.md) ;;
  *.gz) gunzip -c "$f" >"$work/in/$(basename "${f%.gz}")" ;;
  *) cp "$f" "$work/in/" ;;
  esac
done

# measure NAME CMD...: runs CMD with stdout to $work/out, prints one row.
measure() {
  local name=$1
  shift
  local rc=0
  /usr/bin/time -v -o "$work/time" "$@" >"$work/out" 2>"$work/err" || rc=$?
  local wall cpu rss bytes msg over=""
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; printf "%.2f", s}' "$work/time")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.2f", s}' "$work/time")
  rss=$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$work/time")
  bytes=$(stat -c %s "$work/out")
  msg=$(grep -v '^\s*$' "$work/err" | head -1 | cut -c1-160 || true)
  if awk -v w="$wall" -v r="$rss" -v b="$bytes" 'BEGIN{exit !(w>10 || r>512 || b>50*1024*1024)}'; then
    over=" **OVER**"
  fi
  printf '| %s | %s | %s | %s | %s | %s | %s%s |\n' "$name" "$wall" "$cpu" "$rss" "$bytes" "$rc" "${msg//|/\\|}" "$over"
}

echo "| file | s | CPU s | MB RSS | output bytes | exit | message |"
echo "|---|---|---|---|---|---|---|"
for f in "$work"/in/*; do
  measure "$(basename "$f")" "$bin/perfdoc" parse "$f"
done

echo
echo "| import (--workers 2, fresh SQLite) | s | CPU s | MB RSS | output bytes | exit | summary |"
echo "|---|---|---|---|---|---|---|"
measure "all $(ls "$work/in" | wc -l) files" "$bin/perfdoc" import --workers 2 --to "$work/w.sqlite" "$work/in"
echo
echo "import's stderr:"
sed 's/^/    /' "$work/err" | head -40
echo "import's stdout:"
sed 's/^/    /' "$work/out" | head -20
