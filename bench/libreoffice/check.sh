#!/usr/bin/env bash
# Formula injection check: a filing whose cells hold spreadsheet formulas is
# imported to CSV by perfdoc, then opened by LibreOffice (converted to XLSX
# headless); every cell must come out as text — no <f> formula, no
# hyperlink. A control CSV with the same payloads written raw shows that the
# check does see formulas.
#
#   bash bench/libreoffice/check.sh /tmp/perfdoc
set -euo pipefail
perfdoc=${1:-/tmp/perfdoc}
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
# indicator name, description and basis of the first indicator become payloads
sed -e '76s/.*/\t=HYPERLINK("http:\/\/evil.example\/","点击")/' \
    -e '77s/.*/\t+1+1/' \
    -e '79s/.*/\t@SUM(1,1)/' \
    -e '86s/.*/\t-2+3/' \
    testdata/budget-2026.txt > "$work/in/filing.txt"
"$perfdoc" import --no-search --format csv --to "$work/csv" "$work/in" >/dev/null 2>&1
grep -o "'=HYPERLINK\|'+1+1\|'@SUM\|'-2+3" "$work"/csv/commit-*/indicators.csv | wc -l | sed 's/^/neutralised cells in indicators.csv: /'
printf 'a,b\n=1+1,"=HYPERLINK(""http://evil.example/"",""x"")"\n' > "$work/control.csv"

formulas() { # CSV → number of formula cells and hyperlinks LibreOffice makes of it
  local out="$work/x-$(basename "$1" .csv)"
  mkdir -p "$out"
  soffice --headless --norestore -env:UserInstallation=file://$work/lo \
    --convert-to xlsx --infilter=CSV:44,34,76,1 --outdir "$out" "$1" >/dev/null 2>&1
  local x="$out/$(basename "$1" .csv).xlsx"
  local f h
  f=$(unzip -p "$x" 'xl/worksheets/*.xml' | grep -o '<f[ >]' | wc -l)
  h=$(unzip -l "$x" | grep -c 'hyperlink\|externalLink' || true)
  echo "$f formulas, $h hyperlinks"
}
echo "control (raw payloads): $(formulas "$work/control.csv")"
bad=0
for t in indicators projects goals; do
  r=$(formulas "$work"/csv/commit-000001/$t.csv)
  echo "perfdoc $t.csv: $r"
  [ "$r" = "0 formulas, 0 hyperlinks" ] || bad=1
done
exit $bad
