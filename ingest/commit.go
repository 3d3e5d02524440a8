package ingest

import (
	"context"
	"time"

	"github.com/perfdoc/perfdoc/warehouse"
)

// runIndex is what this run has put into batches so far, committed or
// not: a file seen twice, or a filing seen in two formats, is recorded
// once as a document and then as a source.
type runIndex struct {
	docs  map[string]bool
	paths map[string]bool
}

func newRunIndex() *runIndex {
	return &runIndex{docs: map[string]bool{}, paths: map[string]bool{}}
}

// committer takes the workers' results in walk order and commits them in
// batches.
type committer struct {
	sink    warehouse.Sink
	opts    *Options
	window  chan struct{}
	pending map[int]result
	next    int
	stopped bool // cancelled: take nothing more
	run     *runIndex
	batch   warehouse.Batch
	failed  int // failures in the batch
	skipped int // files in the batch that are no filing
	sum     Summary
}

// consume reads every result; it returns the first commit error.
func (c *committer) consume(ctx context.Context, results <-chan result) error {
	for r := range results {
		c.pending[r.seq] = r
		for !c.stopped {
			r, ok := c.pending[c.next]
			if !ok {
				break
			}
			delete(c.pending, c.next)
			c.next++
			<-c.window
			if r.cancelled || ctx.Err() != nil {
				c.stopped = true
				break
			}
			c.take(r)
			if len(c.batch.Docs) >= c.opts.BatchSize || c.batch.Len() >= 4*c.opts.BatchSize {
				if err := c.commit(ctx); err != nil {
					return err
				}
			}
		}
	}
	// what is parsed is committed, even after a cancel
	return c.commit(context.WithoutCancel(ctx))
}

// take adds one result to the batch.
func (c *committer) take(r result) {
	c.sum.Files++
	msg, notFiling := "", false
	switch {
	case r.other:
		c.sum.OtherShards++
	case r.err != nil:
		msg, notFiling = r.err.Error(), NotFiling(r.err)
		kind := warehouse.ErrorFailed
		if notFiling {
			kind = warehouse.ErrorNotFiling
			c.skipped++
		} else {
			c.failed++
		}
		c.batch.Errors = append(c.batch.Errors, warehouse.ErrorRow{Path: r.path, SHA256: r.sum, Error: msg,
			Time: c.opts.Now().UTC().Format(time.RFC3339), Kind: kind})
	case r.already || c.run.paths[r.sum+"\x00"+r.path]:
		c.sum.Already++
	case r.source != nil:
		c.addSource(*r.source)
	case c.run.docs[r.rows.Document.ID]:
		c.addSource(r.rows.Source)
	default:
		c.run.docs[r.rows.Document.ID] = true
		c.run.paths[r.sum+"\x00"+r.path] = true
		c.batch.Docs = append(c.batch.Docs, r.rows)
	}
	if c.opts.Progress != nil {
		c.opts.Progress(Progress{Done: c.sum.Files, Path: r.path, Err: msg, Error: r.err, NotFiling: notFiling})
	}
}

func (c *committer) addSource(s warehouse.SourceRow) {
	c.run.paths[s.SHA256+"\x00"+s.Path] = true
	c.batch.Sources = append(c.batch.Sources, s)
}

// commit commits the batch and counts what the sink made visible.
func (c *committer) commit(ctx context.Context) error {
	if c.batch.Len() == 0 {
		return nil
	}
	done, err := c.sink.Commit(ctx, &c.batch)
	if err != nil {
		return err
	}
	c.sum.Imported += done.Documents
	c.sum.Projects += done.Projects
	c.sum.Indicators += done.Indicators
	c.sum.SameFiling += len(c.batch.Sources) + done.Present
	c.sum.Failed += c.failed
	c.sum.NotFiling += c.skipped
	c.batch, c.failed, c.skipped = warehouse.Batch{}, 0, 0
	return nil
}
