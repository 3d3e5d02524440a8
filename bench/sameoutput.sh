#!/usr/bin/env bash
# Checks that a change meant to keep behaviour keeps it: `perfdoc parse`
# of every input under testdata/ — the real sets in both forms (real,
# real-heldout and real-heldout3 to real-heldout12, all spent; never a fresh
# held-out set),
# the seed and year-before filings in every format, the template families
# and variants — by the binaries of two checkouts, stdout, stderr and exit
# status compared byte for byte. It names each file that differs and ends
# with the count; exit status 1 when any differs.
#
#   bench/sameoutput.sh OLD_CHECKOUT NEW_CHECKOUT
#
# The files are those of NEW's testdata. SETS overrides the real sets read
# (SETS="real real-heldout").
set -u
old=$(cd "$1" && pwd) new=$(cd "$2" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$old" && go build -o "$tmp/old" ./cmd/perfdoc) || exit 2
(cd "$new" && go build -o "$tmp/new" ./cmd/perfdoc) || exit 2
cd "$new/testdata"
files=()
for s in ${SETS:-real real-heldout real-heldout3 real-heldout4 real-heldout5 real-heldout6 real-heldout7 real-heldout8 real-heldout9 real-heldout10 real-heldout11 real-heldout12}; do
  files+=("$s"/*/filing.*)
done
files+=(budget-2025.* budget-2026.*)
while IFS= read -r f; do files+=("$f"); done < <(find families variants -type f ! -name '*.json' ! -name '*.py' ! -name '*.md' ! -name 'notes.txt' | sort)
n=0 bad=0
for f in "${files[@]}"; do
  case $f in *.json) continue ;; esac
  for b in old new; do
    "$tmp/$b" parse "$f" >"$tmp/$b.out" 2>"$tmp/$b.err"
    echo "exit $?" >>"$tmp/$b.err"
  done
  n=$((n + 1))
  if ! cmp -s "$tmp/old.out" "$tmp/new.out" || ! cmp -s "$tmp/old.err" "$tmp/new.err"; then
    bad=$((bad + 1))
    echo "differs: $f"
  fi
done
echo "sameoutput: $n files, $((n - bad)) identical, $bad differ"
[ "$bad" = 0 ]
