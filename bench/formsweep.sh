#!/usr/bin/env bash
# Real layouts in every form: renders each real filing.html with LibreOffice
# as DOCX and .doc (Writer), XLSX and .xls (Calc's HTML import) and PDF
# (Writer's export), and with headless Chromium as PDF (print to PDF, the
# form "chrome.pdf": filing.chrome.pdf), then scores every form against the
# filing's truth.json with bench/realscore, beside the HTML form.
#
#   bash bench/formsweep.sh [OUT] [SET...]
#
# OUT (default /tmp/formsweep) gets OUT/forms/SET/FILING/filing.FORM and
# OUT/score-SET.txt (realscore -v of every form); SETs are folders under
# testdata, named one by one (default: the spent sets, real, real-heldout,
# real-heldout3 … 24, 26 … 43, 45 — never a glob, so a fresh held-out set
# is never read). Conversions run one LibreOffice at a time, a set's files of
# one form in one call (each call under a timeout; a call that fails or times
# out is retried file by file; Chromium prints one file a call, each under
# a timeout). FORMS overrides the forms rendered (default "docx doc xlsx xls
# pdf chrome.pdf"); SKIP_CONVERT=1 rescores what is there.
set -uo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/formsweep}
shift || true
sets=("$@")
if [ ${#sets[@]} -eq 0 ]; then
	sets=(real real-heldout)
	for i in $(seq 3 24) $(seq 26 43) 45; do sets+=("real-heldout$i"); done
fi
forms=(${FORMS:-docx doc xlsx xls pdf chrome.pdf})
command -v soffice >/dev/null || { echo "formsweep: soffice not installed (apt-get install libreoffice-writer libreoffice-calc)" >&2; exit 2; }
if [[ " ${forms[*]} " == *" chrome.pdf "* ]] && ! command -v chromium >/dev/null; then
	echo "formsweep: chromium not installed (apt-get install chromium): chrome.pdf left out" >&2
	forms=(${forms[@]/chrome.pdf/})
fi
mkdir -p "$out"
profile="-env:UserInstallation=file://$out/profile"

# filter and export filter of each form
infilter() { case $1 in xlsx | xls) echo "HTML (StarCalc)" ;; *) echo "HTML (StarWriter)" ;; esac; }
export_as() {
	case $1 in
	docx) echo 'docx:MS Word 2007 XML' ;;
	doc) echo 'doc:MS Word 97' ;;
	xlsx) echo 'xlsx:Calc MS Excel 2007 XML' ;;
	xls) echo 'xls:MS Excel 97' ;;
	pdf) echo 'pdf:writer_pdf_Export' ;;
	esac
}
convert() { # FORM OUTDIR TIMEOUT FILE...
	local form=$1 dir=$2 t=$3
	shift 3
	if [ "$form" = chrome.pdf ]; then
		local h ok=0
		for h in "$@"; do
			timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
				--disable-background-networking --disable-component-update --disable-sync \
				--user-data-dir="$out/chromium" --no-pdf-header-footer \
				--print-to-pdf="$dir/$(basename "$h" .html).chrome.pdf" "file://$(realpath "$h")" >/dev/null 2>&1 || ok=1
		done
		return $ok
	fi
	timeout "$t" soffice --headless --norestore "$profile" --infilter="$(infilter "$form")" \
		--convert-to "$(export_as "$form")" --outdir "$dir" "$@" >/dev/null 2>&1
}

if [ "${SKIP_CONVERT:-}" != 1 ]; then
	for set in "${sets[@]}"; do
		[ -d "testdata/$set" ] || { echo "formsweep: no testdata/$set" >&2; exit 2; }
		stage=$out/stage/$set
		rm -rf "$stage"
		mkdir -p "$stage"
		for f in testdata/"$set"/[0-9]*/filing.html; do
			cp "$f" "$stage/$(basename "$(dirname "$f")").html"
		done
		for form in "${forms[@]}"; do
			conv=$out/conv/$set/$form
			rm -rf "$conv"
			mkdir -p "$conv"
			if ! convert "$form" "$conv" 900 "$stage"/*.html; then
				echo "formsweep: $set $form: the batch failed, converting file by file" >&2
				for h in "$stage"/*.html; do
					[ -s "$conv/$(basename "$h" .html).$form" ] && continue
					convert "$form" "$conv" 120 "$h" || echo "formsweep: $set $form: $(basename "$h") not converted" >&2
				done
			fi
			for h in "$stage"/*.html; do
				name=$(basename "$h" .html)
				mkdir -p "$out/forms/$set/$name"
				if [ -s "$conv/$name.$form" ]; then
					mv "$conv/$name.$form" "$out/forms/$set/$name/filing.$form"
				else
					echo "formsweep: $set $form: no $name.$form" >&2
				fi
			done
		done
		echo "formsweep: $set converted" >&2
	done
fi

go build -o "$out/realscore" ./bench/realscore || exit 1
list=$(
	IFS=,
	echo "html,${forms[*]}"
)
for set in "${sets[@]}"; do
	"$out/realscore" -v -forms "$list" -formdir "$out/forms" "testdata/$set" >"$out/score-$set.txt" 2>&1
	echo "$set: $(tail -1 "$out/score-$set.txt")"
done
