package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"

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

// index adds the document's search rows and its projects' keywords.
func index(r *warehouse.Rows, seg Segmenter) {
	add := func(project, indicator int64, field, text string) {
		if strings.TrimSpace(text) == "" {
			return
		}
		r.Search = append(r.Search, warehouse.SearchRow{DocumentID: r.Document.ID, Project: project, Indicator: indicator,
			Field: field, Text: text, Tokens: strings.Join(seg.Words(text), " ")})
	}
	texts := map[int64]*strings.Builder{}
	for i := range r.Projects {
		p := &r.Projects[i]
		add(p.Project, 0, "name", p.Name)
		add(p.Project, 0, "purpose", p.Purpose)
		b := &strings.Builder{}
		b.WriteString(p.Name + "\n" + p.Purpose + "\n")
		texts[p.Project] = b
	}
	for _, g := range r.Goals {
		add(g.Project, 0, "goal", g.Text)
		if b := texts[g.Project]; b != nil {
			b.WriteString(g.Text + "\n")
		}
	}
	for _, ind := range r.Indicators {
		add(ind.Project, ind.Indicator, "indicator", ind.Name)
		add(ind.Project, ind.Indicator, "description", ind.Description)
		if b := texts[ind.Project]; b != nil {
			b.WriteString(ind.Name + "\n" + ind.Description + "\n")
		}
	}
	for i := range r.Projects {
		p := &r.Projects[i]
		p.Keywords = strings.Join(seg.Keywords(texts[p.Project].String(), 5), ",")
	}
}
