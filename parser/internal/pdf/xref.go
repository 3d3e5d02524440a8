package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
)

func errorsIsLimit(err error) bool { return errors.Is(err, ErrTooLarge) }

// readXref reads the cross-reference sections from the last startxref
// back through /Prev; the newest entry of an object wins.
func (r *Reader) readXref() error {
	tail := r.data
	if len(tail) > 4096 {
		tail = tail[len(tail)-4096:]
	}
	i := bytes.LastIndex(tail, []byte("startxref"))
	if i < 0 {
		return fmt.Errorf("%w: no startxref", ErrNotPDF)
	}
	l := &lexer{b: tail, pos: i + len("startxref")}
	t := l.next()
	if t.kind != tNum {
		return fmt.Errorf("%w: bad startxref", ErrNotPDF)
	}
	off := int(t.num)
	seen := map[int]bool{}
	for off > 0 && !seen[off] {
		seen[off] = true
		trailer, err := r.section(off)
		if err != nil {
			return err
		}
		if r.trailer == nil {
			r.trailer = trailer
		}
		if x := Int(trailer["XRefStm"], -1); x > 0 && !seen[x] {
			seen[x] = true
			if _, err := r.section(x); err != nil {
				return err
			}
		}
		off = Int(trailer["Prev"], -1)
	}
	if r.trailer == nil {
		return fmt.Errorf("%w: no trailer", ErrNotPDF)
	}
	return nil
}

// section reads one xref table or stream at off and returns its trailer.
func (r *Reader) section(off int) (Dict, error) {
	if off < 0 || off >= len(r.data) {
		return nil, fmt.Errorf("%w: xref offset %d outside the file", ErrNotPDF, off)
	}
	l := &lexer{b: r.data, pos: off}
	save := l.pos
	if t := l.next(); t.kind == tKeyword && string(t.text) == "xref" {
		return r.table(l)
	}
	l.pos = save
	o, _ := r.objectAt(off, 0, -1)
	s, ok := o.(*Stream)
	if !ok || s.Dict["Type"] != Name("XRef") {
		return nil, fmt.Errorf("%w: no xref at offset %d", ErrNotPDF, off)
	}
	return s.Dict, r.xrefStream(s)
}

func (r *Reader) table(l *lexer) (Dict, error) {
	for {
		t := l.next()
		if t.kind == tKeyword && string(t.text) == "trailer" {
			d, ok := l.object(l.next(), true, 0).(Dict)
			if !ok {
				return nil, fmt.Errorf("%w: bad trailer", ErrNotPDF)
			}
			return d, nil
		}
		c := l.next()
		if t.kind != tNum || c.kind != tNum {
			return nil, fmt.Errorf("%w: bad xref table", ErrNotPDF)
		}
		first, count := int(t.num), int(c.num)
		if count < 0 || first < 0 || count > r.lim.MaxObjects || len(r.xref)+count > r.lim.MaxObjects {
			return nil, fmt.Errorf("%w: xref declares %d objects, over the limit of %d", ErrTooLarge, count, r.lim.MaxObjects)
		}
		for i := 0; i < count; i++ {
			o, g, k := l.next(), l.next(), l.next()
			if o.kind != tNum || g.kind != tNum || k.kind != tKeyword {
				return nil, fmt.Errorf("%w: bad xref entry", ErrNotPDF)
			}
			if _, dup := r.xref[first+i]; !dup && string(k.text) == "n" {
				r.xref[first+i] = entry{kind: 1, off: int(o.num)}
			}
		}
	}
}

func (r *Reader) xrefStream(s *Stream) error {
	data, err := r.Decode(s)
	if err != nil {
		return err
	}
	w, _ := s.Dict["W"].(Array)
	if len(w) != 3 {
		return fmt.Errorf("%w: bad xref stream", ErrNotPDF)
	}
	var ws [3]int
	for i := range ws {
		ws[i] = Int(w[i], -1)
		if ws[i] < 0 || ws[i] > 8 {
			return fmt.Errorf("%w: bad xref stream widths", ErrNotPDF)
		}
	}
	size := Int(s.Dict["Size"], 0)
	index := Array{0.0, float64(size)}
	if a, ok := s.Dict["Index"].(Array); ok {
		index = a
	}
	rec := ws[0] + ws[1] + ws[2]
	if rec == 0 {
		return fmt.Errorf("%w: bad xref stream widths", ErrNotPDF)
	}
	pos := 0
	for i := 0; i+1 < len(index); i += 2 {
		first, count := Int(index[i], -1), Int(index[i+1], -1)
		if first < 0 || count < 0 || len(r.xref)+count > r.lim.MaxObjects {
			return fmt.Errorf("%w: xref declares %d objects, over the limit of %d", ErrTooLarge, count, r.lim.MaxObjects)
		}
		for k := 0; k < count && pos+rec <= len(data); k++ {
			f := field(data[pos:pos+ws[0]], 1)
			a := field(data[pos+ws[0]:pos+ws[0]+ws[1]], 0)
			b := field(data[pos+ws[0]+ws[1]:pos+rec], 0)
			pos += rec
			if _, dup := r.xref[first+k]; dup {
				continue
			}
			switch f {
			case 1:
				r.xref[first+k] = entry{kind: 1, off: a}
			case 2:
				r.xref[first+k] = entry{kind: 2, off: a, idx: b}
			}
		}
	}
	return nil
}

func field(b []byte, def int) int {
	if len(b) == 0 {
		return def
	}
	v := 0
	for _, c := range b {
		v = v<<8 | int(c)
	}
	return v
}

// repair rebuilds the cross-reference table by scanning for "n g obj",
// takes the last trailer (or xref stream) it finds, and adds the objects
// of object streams.
func (r *Reader) repair() error {
	r.repaired = true
	r.xref = map[int]entry{}
	r.cache = map[int]Object{}
	r.streams = map[int][]Object{}
	r.trailer = nil
	d := r.data
	last, lastAt := -1, 0 // the object found last and its offset
	headers := 0
	for i := 0; ; {
		j := bytes.Index(d[i:], []byte("obj"))
		if j < 0 {
			break
		}
		at := i + j
		i = at + 3
		if start, n, ok := objHeader(d, at); ok {
			if headers++; headers > r.lim.MaxObjects {
				return fmt.Errorf("%w: more than %d objects", ErrTooLarge, r.lim.MaxObjects)
			}
			if last >= 0 && r.xref[last].off == lastAt {
				e := r.xref[last]
				e.end = start
				r.xref[last] = e
			}
			r.xref[n] = entry{kind: 1, off: start}
			last, lastAt = n, start
		}
	}
	if i := bytes.LastIndex(d, []byte("trailer")); i >= 0 {
		l := &lexer{b: d, pos: i + len("trailer")}
		if t, ok := l.object(l.next(), true, 0).(Dict); ok {
			r.trailer = t
		}
	}
	var stms []int
	for n, e := range r.xref {
		if o, _ := r.objectAt(e.off, e.end, n); o != nil {
			if s, ok := o.(*Stream); ok {
				switch s.Dict["Type"] {
				case Name("XRef"):
					if r.trailer == nil || r.trailer["Root"] == nil {
						r.trailer = s.Dict
					}
				case Name("ObjStm"):
					stms = append(stms, n)
				}
			}
		}
	}
	sortInts(stms)
	for _, n := range stms {
		r.addObjStream(n)
	}
	if r.trailer == nil {
		r.trailer = Dict{}
	}
	if _, ok := r.Resolve(r.trailer["Root"]).(Dict); !ok {
		r.trailer["Root"] = r.findCatalog()
	}
	if r.Dict(r.trailer["Root"]) == nil {
		return fmt.Errorf("%w: no catalog, and the file could not be repaired", ErrNotPDF)
	}
	return nil
}

// objHeader checks that "obj" at i is preceded by "n g " at a line start
// (or after white space) and returns the header's offset and n.
func objHeader(d []byte, i int) (int, int, bool) {
	if i+3 < len(d) && !isWhite(d[i+3]) && !isDelim(d[i+3]) {
		return 0, 0, false
	}
	k := i - 1
	skip := func(digits bool) int {
		n := 0
		for k >= 0 {
			c := d[k]
			if digits && c >= '0' && c <= '9' || !digits && isWhite(c) {
				k--
				n++
				continue
			}
			break
		}
		return n
	}
	if skip(false) == 0 || skip(true) == 0 || skip(false) == 0 {
		return 0, 0, false
	}
	end := k + 1
	if skip(true) == 0 {
		return 0, 0, false
	}
	start := k + 1
	n := 0
	for _, c := range d[start:end] {
		n = n*10 + int(c-'0')
		if n > 1<<30 {
			return 0, 0, false
		}
	}
	if k >= 0 && !isWhite(d[k]) && !isDelim(d[k]) {
		return 0, 0, false
	}
	_ = end
	return start, n, true
}

func (r *Reader) addObjStream(n int) {
	s, ok := r.get(n).(*Stream)
	if !ok {
		return
	}
	data, err := r.Decode(s)
	if err != nil {
		return
	}
	l := &lexer{b: data}
	count := Int(s.Dict["N"], 0)
	for i := 0; i < count && i < r.lim.MaxObjects; i++ {
		a, b := l.next(), l.next()
		if a.kind != tNum || b.kind != tNum {
			return
		}
		if _, ok := r.xref[int(a.num)]; !ok {
			r.xref[int(a.num)] = entry{kind: 2, off: n, idx: i}
		}
	}
}

func (r *Reader) findCatalog() Object {
	nums := make([]int, 0, len(r.xref))
	for n := range r.xref {
		nums = append(nums, n)
	}
	sortInts(nums)
	for _, n := range nums {
		if d, ok := r.get(n).(Dict); ok && d["Type"] == Name("Catalog") {
			return Ref{Num: n}
		}
	}
	return nil
}

func sortInts(a []int) { slices.Sort(a) }
