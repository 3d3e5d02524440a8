package warehouse

import (
	"context"
	"errors"
)

// Sink is a warehouse an import writes to. Every sink has a commit
// protocol: Commit makes a batch visible whole or not at all, after any
// kill, full disk or failed rename, so that a rerun of the same import
// completes it with no duplicate and no loss.
type Sink interface {
	// Known returns what the warehouse holds already.
	Known(ctx context.Context) (*Known, error)
	// Commit stores a batch in one transaction. Documents found in the
	// warehouse at commit time (written meanwhile by a concurrent import)
	// are not written again; their sources are recorded. On error nothing
	// of the batch is visible, nor becomes visible later (what a crashed
	// commit leaves is removed when the warehouse is next opened).
	Commit(ctx context.Context, b *Batch) (Committed, error)
	// Close releases the sink.
	Close() error
}

// Batch is what one commit carries: new documents with all their rows,
// more sources of documents (new in this batch or already there), and
// files that failed.
type Batch struct {
	Docs    []*Rows
	Sources []SourceRow
	Errors  []ErrorRow
}

// Len is the number of entries in the batch.
func (b *Batch) Len() int { return len(b.Docs) + len(b.Sources) + len(b.Errors) }

// Committed counts what a commit made visible.
type Committed struct {
	Documents  int   // new documents
	Projects   int64 // their projects
	Indicators int64 // their indicators
	Present    int   // documents of the batch that were there already
	Sources    int   // source rows added (new documents' included)
	Errors     int   // import_errors rows added
}

// Add adds o to c.
func (c *Committed) Add(o Committed) {
	c.Documents += o.Documents
	c.Projects += o.Projects
	c.Indicators += o.Indicators
	c.Present += o.Present
	c.Sources += o.Sources
	c.Errors += o.Errors
}

// Known is what a warehouse holds: the documents, the files imported (by
// content and path) and the errors recorded.
type Known struct {
	Docs   map[string]bool   // document ids
	Files  map[string]string // sha256 of a file's bytes → its document id
	Paths  map[string]bool   // sha256 + "\x00" + path of every source
	Errors map[string]bool   // ErrorKey of every import_errors row
}

// NewKnown returns an empty Known.
func NewKnown() *Known {
	return &Known{Docs: map[string]bool{}, Files: map[string]string{}, Paths: map[string]bool{}, Errors: map[string]bool{}}
}

// clone returns a copy of k.
func (k *Known) clone() *Known {
	c := NewKnown()
	for id := range k.Docs {
		c.Docs[id] = true
	}
	for sum, id := range k.Files {
		c.Files[sum] = id
	}
	for p := range k.Paths {
		c.Paths[p] = true
	}
	for e := range k.Errors {
		c.Errors[e] = true
	}
	return c
}

// AddSource records a source row.
func (k *Known) AddSource(s *SourceRow) {
	k.Files[s.SHA256] = s.DocumentID
	k.Paths[s.SHA256+"\x00"+s.Path] = true
}

// HasSource reports whether the file with these bytes was imported from
// this path already.
func (k *Known) HasSource(sha256, path string) bool { return k.Paths[sha256+"\x00"+path] }

// ErrorKey is the key of an import_errors row: a failed file is recorded
// once per path, content and message.
func ErrorKey(e *ErrorRow) string { return e.Path + "\x00" + e.SHA256 + "\x00" + e.Error }

// ErrInUse is returned (wrapped) when a warehouse is held by another import
// and the sink was told not to wait.
var ErrInUse = errors.New("the warehouse is in use by another import")

// ErrIsFolder and ErrIsFile are returned (wrapped) when the warehouse
// path is of the other kind: a folder given to SQLite, whose warehouse is
// a file; a file given to Parquet, CSV or JSONL, whose warehouse is a
// folder.
var (
	ErrIsFolder = errors.New("the path is a folder")
	ErrIsFile   = errors.New("the path is a file")
)

// causeError is a sentence of its own over the error it stands for
// (errors.Is finds ErrIsFolder, fs.ErrNotExist …), so that a command can
// say it in its reader's language.
type causeError struct {
	msg   string
	cause error
}

func (e *causeError) Error() string { return e.msg }
func (e *causeError) Unwrap() error { return e.cause }

// filter drops from b what k says the warehouse holds already, and counts
// it: documents become sources of the document that is there. It is the
// check a sink repeats under its lock at commit time.
func (b *Batch) filter(k *Known) (out Batch, present int) {
	for _, d := range b.Docs {
		if k.Docs[d.Document.ID] {
			present++
			if !k.HasSource(d.Source.SHA256, d.Source.Path) {
				out.Sources = append(out.Sources, d.Source)
			}
			continue
		}
		out.Docs = append(out.Docs, d)
	}
	for _, s := range b.Sources {
		if !k.HasSource(s.SHA256, s.Path) {
			out.Sources = append(out.Sources, s)
		}
	}
	for _, e := range b.Errors {
		if !k.Errors[ErrorKey(&e)] {
			out.Errors = append(out.Errors, e)
		}
	}
	return out, present
}

// remember adds what b holds to k (after b was committed).
func (k *Known) remember(b *Batch) {
	for _, d := range b.Docs {
		k.Docs[d.Document.ID] = true
		k.AddSource(&d.Source)
	}
	for i := range b.Sources {
		k.AddSource(&b.Sources[i])
	}
	for i := range b.Errors {
		k.Errors[ErrorKey(&b.Errors[i])] = true
	}
}

// counts is what committing b (already filtered) adds.
func (b *Batch) counts(present int) Committed {
	c := Committed{Documents: len(b.Docs), Present: present, Sources: len(b.Sources) + len(b.Docs), Errors: len(b.Errors)}
	for _, d := range b.Docs {
		c.Projects += int64(len(d.Projects))
		c.Indicators += int64(len(d.Indicators))
	}
	return c
}
