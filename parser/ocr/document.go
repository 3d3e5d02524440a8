package ocr

import (
	"context"
	"errors"
	"fmt"
	"image"
	"runtime"
	"sync"
	"sync/atomic"
)

// Source gives the pages of a scan one at a time, so that a long scan is
// never decoded whole.
type Source interface {
	// Pages is the number of pages.
	Pages() int
	// Page decodes page i (from 0).
	Page(i int) (*image.Gray, error)
}

// Options tell Read how to read a scan.
type Options struct {
	Engine *Engine
	Limits Limits
	// Workers is the number of pages read at once; 0 means GOMAXPROCS.
	Workers int
	// Progress, when set, is called after each page with the pages done
	// and the total (from one goroutine at a time).
	Progress func(done, total int)
}

// Read reads every page of src: pages in parallel, then tables that run on
// from one page to the next joined. The first error stops the work and is
// returned naming its page.
func Read(ctx context.Context, src Source, opts Options) ([]*Page, error) {
	lim := opts.Limits.WithDefaults()
	n := src.Pages()
	if n == 0 {
		return nil, errors.New("no pages")
	}
	if lim.MaxPages > 0 && n > lim.MaxPages {
		return nil, fmt.Errorf("%w: %d pages, more than %d", ErrTooLarge, n, lim.MaxPages)
	}
	eng := opts.Engine
	if eng == nil {
		eng = &Engine{}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var spent atomic.Int64
	work := func(px int64) error {
		if s := spent.Add(px); lim.MaxWork > 0 && s > lim.MaxWork {
			return fmt.Errorf("%w: more than %d pixels of work", ErrTooLarge, lim.MaxWork)
		}
		return nil
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	pages := make([]*Page, n)
	batch := batchSize(n, workers)
	r := batchRun{cancels: map[int]context.CancelFunc{}, failAt: n}
	next := atomic.Int64{}
	var wg sync.WaitGroup
	for range min(workers, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i0 := int(next.Add(int64(batch)) - int64(batch))
				if i0 >= n || ctx.Err() != nil {
					return
				}
				bctx, ok := r.start(ctx, i0)
				if !ok {
					return
				}
				i1 := min(n, i0+batch)
				err := readBatch(bctx, eng, src, pages, i0, i1, work)
				if !r.end(i0, i1-i0, err, n, opts.Progress) {
					return
				}
			}
		}()
	}
	wg.Wait()
	if r.err != nil {
		return nil, r.err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	joinPages(pages)
	return pages, nil
}

// batchRun is the state the workers of Read share: which batches are in
// flight, the first failing batch in page order and its error. A failure
// cancels only the batches after it, so that the error reported is that of
// the first failing page whatever the timing (the same file gives the same
// error on every run).
type batchRun struct {
	mu      sync.Mutex
	cancels map[int]context.CancelFunc // of the batches in flight, by first page
	failAt  int                        // the first page of the first failing batch (n: none)
	err     error
	done    int
}

// start registers batch i0 and returns its context, or false when a batch
// before it has failed (its pages would not be reported).
func (r *batchRun) start(ctx context.Context, i0 int) (context.Context, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if i0 > r.failAt {
		return nil, false
	}
	bctx, cancel := context.WithCancel(ctx)
	r.cancels[i0] = cancel
	return bctx, true
}

// end records batch i0's outcome: on an error before the first failure so
// far, the error is kept and the batches after it are cancelled; otherwise
// the progress is reported. It returns whether the worker goes on.
func (r *batchRun) end(i0, pages int, err error, n int, progress func(done, total int)) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.cancels[i0]()
	delete(r.cancels, i0)
	if err != nil {
		if i0 < r.failAt {
			r.failAt, r.err = i0, err
			for j, cancel := range r.cancels {
				if j > i0 {
					cancel()
				}
			}
		}
		return false
	}
	for range pages {
		r.done++
		if progress != nil {
			progress(r.done, n)
		}
	}
	return true
}

// maxBatch is the most pages read by one Tesseract process: each start
// loads the language model (about 0.3 s of CPU), so pages are read
// together, but a batch's crops are held in memory until it is read.
const maxBatch = 8

// batchSize divides n pages into batches of at most maxBatch pages, as
// many batches as a multiple of the workers, so that no worker idles at
// the end.
func batchSize(n, workers int) int {
	workers = max(1, workers)
	rounds := (n + workers*maxBatch - 1) / (workers * maxBatch)
	return max(1, (n+workers*rounds-1)/(workers*rounds))
}

// readBatch reads pages i0…i1-1 into pages: each decoded and analysed,
// then all their crops read together. An error names its page.
func readBatch(ctx context.Context, eng *Engine, src Source, pages []*Page, i0, i1 int, work func(int64) error) error {
	var jobs []*pageJob
	for i := i0; i < i1; i++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		g, err := src.Page(i)
		if err != nil {
			return fmt.Errorf("page %d: %w", i+1, err)
		}
		j, err := preparePage(g, work)
		if err != nil {
			return fmt.Errorf("page %d: %w", i+1, err)
		}
		j.page.Number = i + 1
		jobs = append(jobs, j)
	}
	if err := eng.readJobs(ctx, jobs); err != nil {
		if i1-i0 == 1 {
			return fmt.Errorf("page %d: %w", i0+1, err)
		}
		return fmt.Errorf("pages %d–%d: %w", i0+1, i1, err)
	}
	for _, j := range jobs {
		pages[j.page.Number-1] = j.page
	}
	return nil
}

// joinPages moves the rows of a table that opens a page into the table that
// closed the page before, when both have the same columns (the vertical
// rules agree within 1 % of the page's width): a table broken by the page.
func joinPages(pages []*Page) {
	var last *Table // the table that closed the page before
	lastWidth := 0
	for _, p := range pages {
		first := firstItem(p)
		if first >= 0 && last != nil {
			if t := p.Items[first].Table; t != nil && continueSplitRow(last, t) && len(t.Rows) == 0 {
				p.Items = append(p.Items[:first], p.Items[first+1:]...)
				first = firstItem(p)
			}
		}
		if first >= 0 && last != nil {
			if t := p.Items[first].Table; t != nil && sameCols(last.Cols, t.Cols, lastWidth/100+2) {
				last.Rows = append(last.Rows, t.Rows...)
				p.Items = append(p.Items[:first], p.Items[first+1:]...)
				// the joined table may close this page too
				if !closesPage(p) {
					last = nil
				}
				continue
			}
		}
		last, lastWidth = nil, 0
		for i := len(p.Items) - 1; i >= 0; i-- {
			it := p.Items[i]
			if it.Para != nil && it.Para.Furniture {
				continue
			}
			if it.Table != nil {
				last, lastWidth = it.Table, it.Table.Box.Dx()
			}
			break
		}
	}
}

// firstItem returns the index of the page's first item that is not
// furniture, or -1.
func firstItem(p *Page) int {
	for i, it := range p.Items {
		if it.Para == nil || !it.Para.Furniture {
			return i
		}
	}
	return -1
}

// continueSplitRow moves the texts of the first row of t, a table that
// opens a page, into the cells at the bottom of last, the table that
// closed the page before, when that row is the rest of last's bottom row
// that the page break cut (a word processor splits a tall row over two
// pages: 指标值确定依 | 据): most of its cells empty, each cell with text
// under a cell of last's bottom row that has text, and no cell spanning
// rows. It reports whether it moved the row (t loses it).
func continueSplitRow(last, t *Table) bool {
	if len(t.Rows) == 0 || len(last.Rows) == 0 {
		return false
	}
	// owner is the cell of last that holds a bottom-row cell's text (a
	// continuation cell has its merged cell's box)
	owner := func(c Cell) *Cell {
		for r := range last.Rows {
			for k := range last.Rows[r] {
				if x := &last.Rows[r][k]; !x.Merged && x.Box == c.Box {
					return x
				}
			}
		}
		return nil
	}
	bottom := last.Rows[len(last.Rows)-1]
	type move struct {
		to   *Cell
		from Cell
	}
	var moves []move
	cells := 0
	for _, c := range t.Rows[0] {
		if c.Merged || c.RowSpan > 1 {
			return false
		}
		cells++
		if c.Text == "" {
			continue
		}
		var to *Cell
		best := 0
		for _, b := range bottom {
			if ov := min(c.Box.Max.X, b.Box.Max.X) - max(c.Box.Min.X, b.Box.Min.X); ov > best {
				to, best = owner(b), ov
			}
		}
		if to == nil || to.Text == "" || best*2 < c.Box.Dx() {
			return false
		}
		moves = append(moves, move{to, c})
	}
	if len(moves) == 0 || len(moves)*2 > cells {
		return false
	}
	for _, m := range moves {
		a, b := []rune(m.to.Text), m.from.Text
		if l := a[len(a)-1]; latin(l) && latin(firstRune(b)) && !digit(l) {
			m.to.Text += " "
		}
		m.to.Text += b
		m.to.Conf = min(m.to.Conf, m.from.Conf)
	}
	t.Rows = t.Rows[1:]
	return true
}

// closesPage reports whether nothing but furniture is left on the page.
func closesPage(p *Page) bool {
	for _, it := range p.Items {
		if it.Para == nil || !it.Para.Furniture {
			return false
		}
	}
	return true
}

func sameCols(a, b []int, tol int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if d := a[i] - b[i]; d > tol || d < -tol {
			return false
		}
	}
	return true
}

// imageSource is the pages of an image file.
type imageSource struct {
	data []byte
	offs []uint32 // TIFF: the image file directories
	lim  Limits
}

// NewImageSource returns the pages of a PNG, JPEG or TIFF file; pages are
// decoded when asked for.
func NewImageSource(data []byte, lim Limits) (Source, error) {
	lim = lim.WithDefaults()
	s := &imageSource{data: data, lim: lim}
	switch Sniff(data) {
	case FormatPNG, FormatJPEG:
		return s, nil
	case FormatTIFF:
		offs, err := tiffIFDs(data, lim.MaxPages)
		if err != nil {
			return nil, err
		}
		s.offs = offs
		return s, nil
	}
	return nil, ErrNotImage
}

func (s *imageSource) Pages() int {
	if s.offs != nil {
		return len(s.offs)
	}
	return 1
}

func (s *imageSource) Page(i int) (*image.Gray, error) {
	if s.offs == nil {
		pages, err := DecodePages(s.data, s.lim)
		if err != nil {
			return nil, err
		}
		return pages[0], nil
	}
	return decodeOne(&tiffView{data: s.data, ifd: s.offs[i]}, tiffDecodeConfig, tiffDecode, s.lim)
}
