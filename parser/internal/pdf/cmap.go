package pdf

import (
	"sort"
	"strings"
	"unicode/utf16"
)

// codeRange is a codespace range: codes of n bytes whose every byte lies
// between the bytes of lo and hi.
type codeRange struct {
	n      int
	lo, hi [4]byte
}

// bfRange maps codes lo…hi of n bytes to text: dst with its last
// character advanced by code−lo, or one entry of list per code.
type bfRange struct {
	n      int
	lo, hi uint32
	dst    []rune
	list   []string
}

// cmap is a ToUnicode CMap (or the codespace of an encoding CMap).
type cmap struct {
	space  []codeRange
	chars  map[uint64]string
	ranges []bfRange
}

func codeKey(code uint32, n int) uint64 { return uint64(n)<<32 | uint64(code) }

func codeValue(b []byte) uint32 {
	var v uint32
	for _, c := range b {
		v = v<<8 | uint32(c)
	}
	return v
}

// Bounds of one CMap: the mappings it may declare, its codespace ranges
// (real CMaps have a handful), and the UTF-16 units of one destination (a
// ligature or a short phrase, never a page of text).
const (
	maxCMapEntries = 1 << 20
	maxCodeRanges  = 256
	maxDstUnits    = 64
)

// parseCMap reads the codespace ranges and bfchar/bfrange mappings of a
// CMap program; anything else in it is skipped.
func parseCMap(data []byte) *cmap {
	m := &cmap{chars: map[uint64]string{}}
	l := &lexer{b: data}
	var ops []Object
	entries := 0
	for entries < maxCMapEntries {
		t := l.next()
		if t.kind == tEOF {
			break
		}
		if t.kind != tKeyword {
			ops = append(ops, l.object(t, false, 0))
			if len(ops) > 3*512+3 {
				ops = ops[len(ops)-3:]
			}
			continue
		}
		switch string(t.text) {
		case "endcodespacerange":
			for i := 0; i+1 < len(ops); i += 2 {
				lo, _ := ops[i].(String)
				hi, _ := ops[i+1].(String)
				if len(lo) != len(hi) || len(lo) < 1 || len(lo) > 4 || len(m.space) >= maxCodeRanges {
					continue
				}
				r := codeRange{n: len(lo)}
				copy(r.lo[:], lo)
				copy(r.hi[:], hi)
				if r.valid() {
					m.space = append(m.space, r)
				}
			}
		case "endbfchar":
			for i := 0; i+1 < len(ops); i += 2 {
				src, _ := ops[i].(String)
				if len(src) < 1 || len(src) > 4 || !shortDst(ops[i+1]) {
					continue
				}
				m.chars[codeKey(codeValue(src), len(src))] = textOf(ops[i+1])
				entries++
			}
		case "endbfrange":
			for i := 0; i+2 < len(ops); i += 3 {
				lo, _ := ops[i].(String)
				hi, _ := ops[i+1].(String)
				if len(lo) < 1 || len(lo) > 4 || len(hi) != len(lo) || codeValue(hi) < codeValue(lo) || !shortDst(ops[i+2]) {
					continue
				}
				r := bfRange{n: len(lo), lo: codeValue(lo), hi: codeValue(hi)}
				switch d := ops[i+2].(type) {
				case String:
					r.dst = utf16Runes(d)
				case Array:
					for _, x := range d {
						if len(r.list) > int(r.hi-r.lo) || entries >= maxCMapEntries {
							break
						}
						if !shortDst(x) {
							x = nil
						}
						r.list = append(r.list, textOf(x))
						entries++
					}
				}
				m.ranges = append(m.ranges, r)
				entries++
			}
		}
		ops = ops[:0]
	}
	sort.SliceStable(m.ranges, func(i, j int) bool {
		a, b := m.ranges[i], m.ranges[j]
		if a.n != b.n {
			return a.n < b.n
		}
		return a.lo < b.lo
	})
	return m
}

// valid tells whether a codespace range can match a code: every byte of
// lo at most the byte of hi.
func (r codeRange) valid() bool {
	for k := 0; k < r.n; k++ {
		if r.lo[k] > r.hi[k] {
			return false
		}
	}
	return true
}

// shortDst tells whether a mapping's destination is short enough to be
// one character's text; a longer one is refused (its codes then have no
// text), so that no glyph can stand for a page.
func shortDst(o Object) bool {
	switch v := o.(type) {
	case String:
		return len(v) <= 2*maxDstUnits
	case Name:
		return len(v) <= 4*maxDstUnits
	case Array:
		return true
	}
	return false
}

func textOf(o Object) string {
	switch v := o.(type) {
	case String:
		return string(utf16Runes(v))
	case Name:
		return glyphText(string(v))
	}
	return ""
}

func utf16Runes(b []byte) []rune {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	if len(b)%2 == 1 {
		u = append(u, uint16(b[len(b)-1]))
	}
	return utf16.Decode(u)
}

// lookup returns the text of a code of n bytes.
func (m *cmap) lookup(code uint32, n int) (string, bool) {
	if s, ok := m.chars[codeKey(code, n)]; ok {
		return s, true
	}
	i := sort.Search(len(m.ranges), func(i int) bool {
		r := m.ranges[i]
		return r.n > n || r.n == n && r.lo > code
	})
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		r := m.ranges[k]
		if r.n != n || code < r.lo || code > r.hi {
			continue
		}
		off := int(code - r.lo)
		if r.list != nil {
			if off < len(r.list) {
				return r.list[off], true
			}
			return "", false
		}
		if len(r.dst) == 0 {
			return "", false
		}
		last := len(r.dst) - 1
		var b strings.Builder
		b.Grow(4 * len(r.dst))
		for _, c := range r.dst[:last] {
			b.WriteRune(c)
		}
		b.WriteRune(r.dst[last] + rune(off))
		return b.String(), true
	}
	return "", false
}

// split returns the length of the code at the start of s by the
// codespace ranges; 0 when there are none.
func splitCode(space []codeRange, s []byte) int {
	for _, r := range space {
		if r.n > len(s) {
			continue
		}
		ok := true
		for k := 0; k < r.n; k++ {
			if s[k] < r.lo[k] || s[k] > r.hi[k] {
				ok = false
				break
			}
		}
		if ok {
			return r.n
		}
	}
	return 0
}
