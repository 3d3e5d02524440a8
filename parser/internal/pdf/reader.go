package pdf

import (
	"bytes"
	"fmt"
	"unsafe"
)

// Limits bound what one file may cost. Zero fields take the defaults of
// DefaultLimits.
type Limits struct {
	// MaxPages caps the pages of a document.
	MaxPages int
	// MaxObjects caps the objects a cross-reference table may declare and
	// the objects the reader parses.
	MaxObjects int
	// MaxStream caps the decoded size of one stream.
	MaxStream int64
	// MaxDecoded caps the decoded size of all streams together, counted
	// each time a stream is interpreted (raw streams too).
	MaxDecoded int64
	// MaxGlyphs caps the characters shown in all pages together.
	MaxGlyphs int
	// MaxText caps the bytes of text those characters carry (a CMap or
	// an /ActualText may give one glyph several characters).
	MaxText int64
}

// DefaultLimits: 10 000 pages, 4 Mi objects, 64 MiB per stream, 256 MiB in
// all, 1 Mi characters of at most 32 MiB of text.
var DefaultLimits = Limits{MaxPages: 10000, MaxObjects: 4 << 20, MaxStream: 64 << 20, MaxDecoded: 256 << 20,
	MaxGlyphs: 1 << 20, MaxText: 32 << 20}

type entry struct {
	kind uint8 // 1: at offset off; 2: object idx of object stream off
	off  int
	idx  int
	end  int // kind 1 found by repair: the next object's offset (0: none)
}

// Reader gives access to the objects and pages of one PDF held in memory.
// It is not safe for concurrent use.
type Reader struct {
	data    []byte
	xref    map[int]entry
	trailer Dict
	cache   map[int]Object
	busy    map[int]bool
	streams map[int][]Object // decoded object streams
	fonts   map[Ref]*font
	// inlineFonts caches fonts given as dictionaries (not references) by
	// the dictionary's identity; cmaps caches parsed CMap streams.
	inlineFonts map[unsafe.Pointer]*font
	cmaps       map[*Stream]*cmap
	cmapParses  int // CMap programs parsed (tests check the cache)
	lim         Limits
	decoded     int64
	glyphs      int   // characters shown so far, all pages
	text        int64 // bytes of their text
	parsed      int
	repaired    bool
	limitErr    error // the first limit a lazily read object hit
}

// Open reads the cross-reference information of data and checks that the
// document has a catalog. A broken cross-reference table is repaired by
// scanning the file for objects; Repaired tells whether that happened.
func Open(data []byte, lim Limits) (*Reader, error) {
	def := DefaultLimits
	if lim.MaxPages <= 0 {
		lim.MaxPages = def.MaxPages
	}
	if lim.MaxObjects <= 0 {
		lim.MaxObjects = def.MaxObjects
	}
	if lim.MaxStream <= 0 {
		lim.MaxStream = def.MaxStream
	}
	if lim.MaxDecoded <= 0 {
		lim.MaxDecoded = def.MaxDecoded
	}
	if lim.MaxGlyphs <= 0 {
		lim.MaxGlyphs = def.MaxGlyphs
	}
	if lim.MaxText <= 0 {
		lim.MaxText = def.MaxText
	}
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	start := bytes.Index(head, []byte("%PDF-"))
	if start < 0 {
		return nil, fmt.Errorf("%w: no %%PDF- header", ErrNotPDF)
	}
	r := &Reader{data: data, xref: map[int]entry{}, cache: map[int]Object{}, busy: map[int]bool{},
		streams: map[int][]Object{}, fonts: map[Ref]*font{}, lim: lim,
		inlineFonts: map[unsafe.Pointer]*font{}, cmaps: map[*Stream]*cmap{}}
	err := r.readXref()
	if err == nil {
		if _, ok := r.Resolve(r.trailer["Root"]).(Dict); !ok {
			err = fmt.Errorf("%w: no catalog", ErrNotPDF)
		}
	}
	if err != nil {
		if errorsIsLimit(err) {
			return nil, err
		}
		if err := r.repair(); err != nil {
			return nil, err
		}
	}
	if enc, ok := r.trailer["Encrypt"]; ok && enc != nil {
		return nil, ErrEncrypted
	}
	return r, nil
}

// Repaired reports whether the cross-reference table had to be rebuilt.
func (r *Reader) Repaired() bool { return r.repaired }

// Trailer returns the trailer dictionary.
func (r *Reader) Trailer() Dict { return r.trailer }

// Resolve follows indirect references; a missing or unreadable object is
// nil.
func (r *Reader) Resolve(o Object) Object {
	for i := 0; i < 8; i++ {
		ref, ok := o.(Ref)
		if !ok {
			return o
		}
		o = r.get(ref.Num)
	}
	return nil
}

// Dict resolves o and returns it as a dictionary (a stream's dictionary
// too), or nil.
func (r *Reader) Dict(o Object) Dict {
	switch v := r.Resolve(o).(type) {
	case Dict:
		return v
	case *Stream:
		return v.Dict
	}
	return nil
}

func (r *Reader) get(n int) Object {
	if o, ok := r.cache[n]; ok {
		return o
	}
	e, ok := r.xref[n]
	if !ok || r.busy[n] {
		return nil
	}
	r.parsed++
	if r.parsed > r.lim.MaxObjects {
		return nil
	}
	r.busy[n] = true
	defer delete(r.busy, n)
	var o Object
	switch e.kind {
	case 1:
		o, _ = r.objectAt(e.off, e.end, n)
	case 2:
		objs := r.objStream(e.off)
		if e.idx >= 0 && e.idx < len(objs) {
			o = objs[e.idx]
		}
	}
	r.cache[n] = o
	return o
}

// objectAt parses "n g obj …" at off. A stream's data is found by its
// /Length, or by "endstream" when the length is wrong. A positive end
// bounds the object (repair knows where the next one starts): an
// unterminated string or a stream without endstream stops there, so that
// repairing a file reads each byte a bounded number of times.
func (r *Reader) objectAt(off, end, want int) (Object, int) {
	if end <= off || end > len(r.data) {
		end = len(r.data)
	}
	if off < 0 || off >= end {
		return nil, -1
	}
	l := &lexer{b: r.data[:end], pos: off}
	t1, t2, t3 := l.next(), l.next(), l.next()
	if t1.kind != tNum || t2.kind != tNum || t3.kind != tKeyword || string(t3.text) != "obj" {
		return nil, -1
	}
	if want >= 0 && int(t1.num) != want {
		return nil, -1
	}
	o := l.object(l.next(), true, 0)
	d, ok := o.(Dict)
	if !ok {
		return o, int(t1.num)
	}
	save := l.pos
	if t := l.next(); t.kind != tKeyword || string(t.text) != "stream" {
		l.pos = save
		return d, int(t1.num)
	}
	start := l.pos
	if start < len(r.data) && r.data[start] == '\r' {
		start++
	}
	if start < len(r.data) && r.data[start] == '\n' {
		start++
	}
	return &Stream{Dict: d, Raw: r.data[start:r.streamEnd(d, start, end)]}, int(t1.num)
}

func (r *Reader) streamEnd(d Dict, start, limit int) int {
	if n := Int(r.Resolve(d["Length"]), -1); n >= 0 && start+n <= len(r.data) {
		rest := r.data[start+n:]
		if len(rest) > 32 {
			rest = rest[:32]
		}
		if bytes.Contains(rest, []byte("endstream")) {
			return start + n
		}
	}
	if start > limit {
		return limit
	}
	i := bytes.Index(r.data[start:limit], []byte("endstream"))
	if i < 0 {
		return limit
	}
	end := start + i
	if end > start && r.data[end-1] == '\n' {
		end--
	}
	if end > start && r.data[end-1] == '\r' {
		end--
	}
	return end
}

// objStream decodes object stream n once and parses its objects.
func (r *Reader) objStream(n int) []Object {
	if objs, ok := r.streams[n]; ok {
		return objs
	}
	r.streams[n] = nil // a stream that contains itself finds nothing
	s, ok := r.get(n).(*Stream)
	if !ok {
		return nil
	}
	data, err := r.Decode(s)
	if err != nil {
		if errorsIsLimit(err) && r.limitErr == nil {
			r.limitErr = err
		}
		return nil
	}
	count := Int(s.Dict["N"], 0)
	first := Int(s.Dict["First"], 0)
	if count <= 0 || count > r.lim.MaxObjects || first < 0 || first > len(data) {
		return nil
	}
	l := &lexer{b: data}
	offs := make([]int, 0, min(count, 1<<16))
	for i := 0; i < count; i++ {
		a, b := l.next(), l.next()
		if a.kind != tNum || b.kind != tNum {
			break
		}
		offs = append(offs, int(b.num))
	}
	objs := make([]Object, len(offs))
	for i, off := range offs {
		if first+off < 0 || first+off >= len(data) {
			continue
		}
		l.pos = first + off
		objs[i] = l.object(l.next(), true, 0)
		r.parsed++
	}
	r.streams[n] = objs
	return objs
}

// Page is one page of the document with its inherited attributes.
type Page struct {
	Dict      Dict
	Resources Dict
	// Box is the visible area: CropBox, else MediaBox (x0, y0, x1, y1).
	Box    [4]float64
	Rotate int
}

// Pages walks the page tree in order. More pages than Limits.MaxPages is
// an error wrapping ErrTooLarge.
func (r *Reader) Pages() ([]Page, error) {
	root := r.Dict(r.trailer["Root"])
	tree := r.Dict(root["Pages"])
	if tree == nil && r.limitErr != nil {
		return nil, r.limitErr
	}
	if tree == nil {
		return nil, fmt.Errorf("%w: no page tree", ErrNotPDF)
	}
	if n := Int(r.Resolve(tree["Count"]), 0); n > r.lim.MaxPages {
		return nil, fmt.Errorf("%w: %d pages, over the limit of %d", ErrTooLarge, n, r.lim.MaxPages)
	}
	var pages []Page
	seen := map[Ref]bool{}
	var walk func(o Object, inh Page, depth int) error
	walk = func(o Object, inh Page, depth int) error {
		if ref, ok := o.(Ref); ok {
			if seen[ref] {
				return nil
			}
			seen[ref] = true
		}
		d := r.Dict(o)
		if d == nil || depth > 64 {
			return nil
		}
		if res := r.Dict(d["Resources"]); res != nil {
			inh.Resources = res
		}
		if b, ok := r.box(d["MediaBox"]); ok {
			inh.Box = b
		}
		if b, ok := r.box(d["CropBox"]); ok {
			inh.Box = b
		}
		if rot, ok := num(r.Resolve(d["Rotate"])); ok {
			inh.Rotate = ((int(rot) % 360) + 360) % 360
		}
		if kids, ok := r.Resolve(d["Kids"]).(Array); ok {
			for _, k := range kids {
				if err := walk(k, inh, depth+1); err != nil {
					return err
				}
			}
			return nil
		}
		if len(pages) >= r.lim.MaxPages {
			return fmt.Errorf("%w: more than %d pages", ErrTooLarge, r.lim.MaxPages)
		}
		inh.Dict = d
		pages = append(pages, inh)
		return nil
	}
	err := walk(root["Pages"], Page{Box: [4]float64{0, 0, 612, 792}}, 0)
	if err == nil && len(pages) == 0 && r.limitErr != nil {
		err = r.limitErr
	}
	return pages, err
}

func (r *Reader) box(o Object) ([4]float64, bool) {
	a, ok := r.Resolve(o).(Array)
	if !ok || len(a) != 4 {
		return [4]float64{}, false
	}
	var b [4]float64
	for i := range b {
		b[i] = Num(r.Resolve(a[i]), 0)
	}
	if b[0] > b[2] {
		b[0], b[2] = b[2], b[0]
	}
	if b[1] > b[3] {
		b[1], b[3] = b[3], b[1]
	}
	return b, b[2]-b[0] > 1 && b[3]-b[1] > 1
}
