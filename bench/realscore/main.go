// Command realscore scores perfdoc's extractor on real filings: every
// NN-name folder of the given directories holding filing.html, filing.txt
// and truth.json is parsed in both forms and compared with its truth (the
// matching rules of the shared score.py, plus precision, levels, the project
// an indicator belongs to, actual/weight/score cells, budget totals, money
// units and parse errors; see internal/realscore).
//
//	go run ./bench/realscore [-v] [-from NN] [-json OUT] testdata/real [DIR...]
//
// It prints one line per filing and form, then the totals per form and a
// last line "real filings: fields matched A/B (html), C/D (txt); extra
// indicators E (html), F (txt)".
//
// -forms picks the forms scored (html,txt by default); -formdir names a
// tree, laid out as SETDIR/FILING/filing.FORM (bench/formsweep.sh writes
// one), where the forms a filing folder lacks are read — the DOCX, .doc,
// XLSX, .xls and PDF renderings of its filing.html — against the folder's
// own truth.json:
//
//	go run ./bench/realscore -forms html,docx,pdf -formdir /tmp/formsweep/forms testdata/real
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/perfdoc/perfdoc/internal/realscore"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser"
)

func main() {
	verbose := flag.Bool("v", false, "list missed and extra indicators and wrong cells under each line")
	out := flag.String("json", "", "write the per-filing scores as JSON to this file")
	from := flag.Int("from", 0, "score only the filing folders numbered at least this (17: the second corpus without the shared 01-16)")
	forms := flag.String("forms", strings.Join(realscore.Forms, ","), "the forms scored, comma-separated: each filing's filing.FORM")
	formdir := flag.String("formdir", "", "read a form the filing folder lacks from `TREE`/SETDIR/FILING/filing.FORM")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: realscore [-v] [-from NN] [-json OUT] [-forms html,txt,...] [-formdir TREE] DIR...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	var locate realscore.Locator
	if *formdir != "" {
		locate = func(dir, form string) string {
			own := filepath.Join(dir, "filing."+form)
			if _, err := os.Stat(own); err == nil {
				return own
			}
			set := filepath.Base(filepath.Dir(filepath.Clean(dir)))
			return filepath.Join(*formdir, set, filepath.Base(dir), "filing."+form)
		}
	}
	scores, err := realscore.ScoreDirsForms(flag.Args(), *from, strings.Split(*forms, ","), locate, func(data []byte, path string) (*model.Document, error) {
		return parser.Parse(data, parser.Options{Path: path})
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "realscore:", err)
		os.Exit(1)
	}
	if err := realscore.WriteTable(os.Stdout, scores, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "realscore:", err)
		os.Exit(1)
	}
	if *out != "" {
		data, err := json.MarshalIndent(scores, "", " ")
		if err == nil {
			err = os.WriteFile(*out, append(data, '\n'), 0o644)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "realscore:", err)
			os.Exit(1)
		}
	}
}
