// Package run is what perfdoc's diff and check do once their filings are
// parsed, shared by the command line (cmd/perfdoc) and the web server
// (serve): whether a pair may be compared, the comparison, the audit with
// last year's filing, and each output format. Both call these functions,
// so `perfdoc diff --format json` and the server's /api/diff answer the
// same bytes for the same filings.
package run

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/perfdoc/perfdoc/audit"
	"github.com/perfdoc/perfdoc/diff"
	"github.com/perfdoc/perfdoc/internal/segment"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/report"
)

// DiffFormats are the formats WriteDiff writes, the first the default of
// the command line.
var DiffFormats = []string{"text", "json", "markdown", "html", "xlsx"}

// CheckFormats are the formats WriteChecks writes.
var CheckFormats = []string{"text", "json", "xlsx"}

// Diff compares two filings as perfdoc diff does. When diff.CheckPair
// finds reasons not to compare them and force is false, it returns those
// reasons and no result; with force it compares them all the same and
// returns the reasons too.
func Diff(old, new *model.Document, threshold float64, force bool) (*diff.Result, []diff.Problem) {
	problems := diff.CheckPair(old, new)
	if len(problems) > 0 && !force {
		return nil, problems
	}
	return diff.Compare(old, new, diff.Options{Threshold: threshold}), problems
}

// DiffOptions are the report options of a diff in lang: labels in that
// language and inline word diffs cut by the process's segmenter (jieba
// with cgo, characters without), loaded on the first text that changed,
// never for JSON or an unchanged text.
func DiffOptions(lang report.Lang) report.DiffOptions {
	return report.DiffOptions{Lang: lang, Cut: func(s string) []string { return segment.Default().Cut(s) }}
}

// WriteDiff renders a comparison in format (one of DiffFormats; "" or an
// unknown name is text), buffered.
func WriteDiff(w io.Writer, res *diff.Result, format string, opts report.DiffOptions) error {
	bw := bufio.NewWriter(w)
	var err error
	switch format {
	case "json":
		err = WriteJSON(bw, res, true)
	case "markdown":
		err = report.DiffMarkdown(bw, res, opts)
	case "html":
		err = report.DiffHTML(bw, res, opts)
	case "xlsx":
		err = report.DiffXLSX(bw, res, opts)
	default:
		err = report.DiffText(bw, res, opts)
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}

// Check audits doc as perfdoc check does. When cfg.Previous is set but
// cannot stand as last year's filing of doc (diff.CheckPair) and force is
// false, doc is checked without the cross-year rules and the reasons are
// returned beside the report.
func Check(doc *model.Document, cfg audit.Config, force bool) (*audit.Report, []diff.Problem) {
	var problems []diff.Problem
	if cfg.Previous != nil && !force {
		if problems = diff.CheckPair(cfg.Previous, doc); len(problems) > 0 {
			cfg.Previous = nil
		}
	}
	return audit.Check(doc, cfg), problems
}

// CheckConfig is the configuration of perfdoc check with its default
// flags, its messages in lang.
func CheckConfig(lang report.Lang) audit.Config {
	cfg := audit.DefaultConfig()
	cfg.Lang = audit.Chinese
	if lang == report.English {
		cfg.Lang = audit.English
	}
	cfg.Disabled = map[string]bool{}
	return cfg
}

// WriteChecks writes check reports in format (one of CheckFormats; ""
// or an unknown name is text): in JSON one object, or an array when
// several is set; text in colour when color is set.
func WriteChecks(w io.Writer, reports []*audit.Report, format string, lang report.Lang, several, color bool) error {
	switch format {
	case "xlsx":
		return report.CheckXLSX(w, reports, lang)
	case "json":
		if !several {
			if len(reports) == 0 {
				return nil
			}
			return WriteJSON(w, reports[0], true)
		}
		if reports == nil {
			reports = []*audit.Report{}
		}
		return WriteJSON(w, reports, true)
	}
	for _, r := range reports {
		if err := report.CheckText(w, r, report.Style{Color: color}, lang); err != nil {
			return err
		}
	}
	return nil
}

// WriteDocument writes one parsed filing as perfdoc parse writes it: an
// indented JSON object and a newline.
func WriteDocument(w io.Writer, doc *model.Document) error {
	enc := model.NewEncoder(w, true, false)
	if err := enc.Encode(doc); err != nil {
		return err
	}
	return enc.Close()
}

// WriteJSON writes v as JSON followed by a newline, indented with two
// spaces or compact, with <, > and & left as they are.
func WriteJSON(w io.Writer, v any, indent bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(v)
}
