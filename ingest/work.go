package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/audit"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser"
	"github.com/perfdoc/perfdoc/warehouse"
)

// result is what a worker made of one file.
type result struct {
	seq       int
	path      string
	sum       string
	err       error
	cancelled bool
	already   bool                 // the same bytes from the same path are in
	other     bool                 // another shard's
	source    *warehouse.SourceRow // one more source of a known document
	rows      *warehouse.Rows      // a new document
}

// work reads, hashes (once) and parses one file.
func work(j job, known *warehouse.Known, o *Options) result {
	r := result{seq: j.seq, path: j.path, err: j.err}
	if r.err != nil {
		return r
	}
	max := o.MaxSize
	if max < 0 {
		max = 0
	}
	data, err := ReadFile(j.path, max)
	if err != nil {
		r.err = errors.Unwrap(err) // the path is the row's
		return r
	}
	h := sha256.Sum256(data)
	r.sum = hex.EncodeToString(h[:])
	if o.Shards > 0 && ShardOf(r.sum, o.Shards) != o.Shard {
		r.other = true
		return r
	}
	if known.HasSource(r.sum, j.path) {
		r.already = true
		return r
	}
	if id, ok := known.Files[r.sum]; ok {
		r.source = &warehouse.SourceRow{DocumentID: id, Path: j.path, SHA256: r.sum, Format: parser.Sniff(data), Bytes: int64(len(data))}
		return r
	}
	doc, err := parser.Parse(data, parser.Options{Path: j.path, Limits: o.Limits, SHA256: r.sum, OCR: o.OCR})
	if err != nil {
		var pe *parser.ParseError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		r.err = err
		return r
	}
	id := warehouse.Identity(doc)
	if o.KeepDuplicates {
		id = r.sum
	}
	rows := warehouse.Flatten(doc, id, int64(len(data)))
	if known.Docs[id] {
		r.source = &rows.Source
		return r
	}
	if o.Check != nil {
		rows.Findings = findings(doc, id, audit.Check(doc, *o.Check))
	}
	if o.Segmenter != nil {
		index(rows, o.Segmenter)
	}
	r.rows = rows
	return r
}

// findings turns an audit report into rows; a finding's project is named
// by its position in the document.
func findings(doc *model.Document, id string, rep *audit.Report) []warehouse.FindingRow {
	var out []warehouse.FindingRow
	for i, f := range rep.Findings {
		row := warehouse.FindingRow{DocumentID: id, Finding: int64(i + 1), Year: int64(doc.Year), Rule: f.Rule,
			Severity: string(f.Severity), Indicator: f.Indicator, Message: f.Message, Source: f.Source.String()}
		if row.Source == "-" {
			row.Source = ""
		}
		if f.Project != nil {
			row.ProjectCode = f.Project.Code
			for k := range doc.Projects {
				if doc.Projects[k].Ref() == *f.Project {
					n := int64(k + 1)
					row.Project = &n
					break
				}
			}
		}
		out = append(out, row)
	}
	return out
}

// Bounds of the search index's work on one document: at most maxIndexed
// bytes of its texts are cut into search words (the texts after that are
// stored, found by no word), and a project's keywords are read from the
// first maxKeywordText bytes of its texts. Cutting words costs about a
// microsecond a character: a filing of twelve indicator names of 300 000
// characters (10.8 MB, parsed in 0.35 s) took 14 s to import, 460 MB.
// Real filings are a few hundred KB of text at most.
const (
	maxIndexed     = 4 << 20
	maxKeywordText = 64 << 10
)

// index adds the document's search rows and its projects' keywords.
func index(r *warehouse.Rows, seg Segmenter) {
	left := maxIndexed
	add := func(project, indicator int64, field, text string) {
		if strings.TrimSpace(text) == "" {
			return
		}
		row := warehouse.SearchRow{DocumentID: r.Document.ID, Project: project, Indicator: indicator, Field: field, Text: text}
		if left > 0 {
			t := prefix(text, left)
			left -= len(t)
			row.Tokens = strings.Join(seg.Words(t), " ")
		}
		r.Search = append(r.Search, row)
	}
	texts := map[int64]*strings.Builder{}
	write := func(project int64, s ...string) {
		b := texts[project]
		for _, x := range s {
			if b == nil || b.Len() >= maxKeywordText {
				return
			}
			b.WriteString(prefix(x, maxKeywordText-b.Len()))
			b.WriteByte('\n')
		}
	}
	for i := range r.Projects {
		p := &r.Projects[i]
		add(p.Project, 0, "name", p.Name)
		add(p.Project, 0, "purpose", p.Purpose)
		texts[p.Project] = &strings.Builder{}
		write(p.Project, p.Name, p.Purpose)
	}
	for _, g := range r.Goals {
		add(g.Project, 0, "goal", g.Text)
		write(g.Project, g.Text)
	}
	for _, ind := range r.Indicators {
		add(ind.Project, ind.Indicator, "indicator", ind.Name)
		add(ind.Project, ind.Indicator, "description", ind.Description)
		write(ind.Project, ind.Name, ind.Description)
	}
	for i := range r.Projects {
		p := &r.Projects[i]
		p.Keywords = strings.Join(seg.Keywords(texts[p.Project].String(), 5), ",")
	}
}

// prefix is the longest start of s of at most n bytes that does not cut
// a character.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
