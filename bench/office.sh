#!/usr/bin/env bash
# Times `perfdoc parse` of one filing in each legacy-office form against
# the DOCX of the same filing, alternating (bench/timeit), and prints the
# medians; "ratio" is the DOCX time / that form's time, so 0.33 means the
# form takes 3× the DOCX. Forms: the Word 97 .doc LibreOffice saved, the
# generated workbooks (a sheet per project, one sheet) as .xlsx and, saved
# by LibreOffice, .xls; with LibreOffice installed also the HTML imported
# by Calc as .xlsx (a sheet of 367 columns, most cells styled and empty).
#
#   bench/office.sh [YEAR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
year=${1:-2026}
runs=${2:-21}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
go build -o "$out/perfdoc" ./cmd/perfdoc
go build -o "$out/timeit" ./bench/timeit
o=testdata/office
cmds=("$out/perfdoc parse -o $out/o.json testdata/budget-$year.docx"
  "$out/perfdoc parse -o $out/o.json $o/budget-$year-libreoffice.doc"
  "$out/perfdoc parse -o $out/o.json $o/budget-$year-sheets.xlsx"
  "$out/perfdoc parse -o $out/o.json $o/budget-$year-onesheet.xlsx")
if command -v soffice >/dev/null 2>&1; then
  lo=(soffice "-env:UserInstallation=file://$out/profile" --headless)
  "${lo[@]}" --convert-to xls --outdir "$out" "$o/budget-$year-sheets.xlsx" "$o/budget-$year-onesheet.xlsx" >/dev/null 2>&1
  "${lo[@]}" --infilter="HTML (StarCalc)" --convert-to xlsx --outdir "$out" "testdata/budget-$year.html" >/dev/null 2>&1
  cmds+=("$out/perfdoc parse -o $out/o.json $out/budget-$year-sheets.xls"
    "$out/perfdoc parse -o $out/o.json $out/budget-$year-onesheet.xls"
    "$out/perfdoc parse -o $out/o.json $out/budget-$year.xlsx")
else
  echo "LibreOffice not installed: the .xls and Calc-imported forms are skipped" >&2
fi
"$out/timeit" -n "$runs" "${cmds[@]}" | sed "s|$out/||g"
