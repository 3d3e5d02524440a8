// Package xmlcap bounds the tokens of an XML stream before a tokenizer
// buffers them: a run of character data longer than a bound is cut (the
// rest of the run is dropped, never inside an entity reference), and
// markup longer than another bound — a tag with its attributes, a
// comment, a CDATA section, a processing instruction, a declaration — is
// refused. A tokenizer that holds one token at a time (gosax) then holds
// at most about the larger bound, whatever the input: one 240 MB <w:t>
// costs a few MiB instead of twice its size.
//
// The filter follows the lexical structure only: tags (with quoted
// attribute values, which may hold '>'), comments up to "-->", CDATA
// sections up to "]]>", processing instructions up to "?>", and
// declarations (<!DOCTYPE …>) up to '>'. It does not check that the XML
// is well formed; the tokenizer after it does.
package xmlcap

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// ErrMarkup means a tag, comment, CDATA section, processing instruction
// or declaration is longer than the markup bound.
var ErrMarkup = errors.New("XML markup too long")

// state is where the filter is in the XML. The markup states follow
// gosax's lexer, so that the filter and the tokenizer after it agree on
// where each token ends.
type state uint8

const (
	inText    state = iota // character data
	inOpen                 // after '<', deciding what the markup is
	inStart                // a start tag: up to '>' outside quotes
	inQuote                // a quoted attribute value of a start tag
	inEnd                  // an end tag (or "<!" of no known kind): up to '>'
	inComment              // "<!-" … "-->"
	inCData                // "<![" … "]]>"
	inPI                   // "<?" … "?>"
	inDoctype              // "<!D" … '>', nested '<' '>' counted
)

// Reader is the filter.
type Reader struct {
	r         io.Reader
	maxText   int
	maxMarkup int

	st    state
	nOpen int  // bytes of the markup read while st is inOpen
	quote byte // the quote of the open attribute value
	end   int  // bytes of the closing sequence matched ("-->", "]]>", "?>"); a doctype's nesting
	run   int  // bytes of the current run of character data, or of markup, passed
	drop  bool // dropping the rest of the run of character data
	ent   int  // bytes since an '&' not yet closed by ';' (0: none open)
	// cutBefore is Cut when the current run began
	cutBefore int64
	err       error

	// Cut counts the bytes of character data dropped, Runs the runs cut.
	Cut  int64
	Runs int
}

// New filters r: runs of character data are cut after maxText bytes
// (counted as written, entity references and all), markup longer than
// maxMarkup bytes is an error (ErrMarkup). A bound ≤ 0 is no bound.
func New(r io.Reader, maxText, maxMarkup int) *Reader {
	return &Reader{r: r, maxText: maxText, maxMarkup: maxMarkup}
}

// Read reads filtered bytes into p.
func (c *Reader) Read(p []byte) (int, error) {
	for {
		if c.err != nil {
			return 0, c.err
		}
		n, err := c.r.Read(p)
		n = c.filter(p[:n])
		if c.err != nil {
			return 0, c.err
		}
		if err != nil {
			c.err = err
		}
		if n > 0 || err != nil {
			return n, err
		}
	}
}

// filter filters b in place and returns how many bytes are kept.
func (c *Reader) filter(b []byte) int {
	w := 0 // b[:w] is kept
	for i := 0; i < len(b); {
		if c.st == inText && !c.drop && w == i {
			if i = c.fast(b, i); i == len(b) {
				return i
			}
			w = i
		}
		if c.st == inText {
			i, w = c.text(b, i, w)
			continue
		}
		j := c.markup(b, i)
		if c.st != inText {
			c.over() // markup that goes on past b
		}
		if c.err != nil {
			return 0
		}
		w += keep(b, w, i, j)
		i = j
	}
	return w
}

// fast passes, from the start of a run of character data at b[i], whole
// runs and start and end tags of ordinary XML that are within their
// bounds, keeping no state but the position; it stops (at the start of a
// run) where the general path must take over: at the end of b, before a
// run or tag that is too long or not whole in b, or before markup other
// than a tag.
func (c *Reader) fast(b []byte, i int) int {
	for {
		j := bytes.IndexByte(b[i:], '<')
		if j < 0 || (c.maxText > 0 && c.run+j > c.maxText) {
			return i
		}
		k := i + j + 1 // after the '<'
		if k >= len(b) || b[k] == '!' || b[k] == '?' {
			return i
		}
		endTag := b[k] == '/'
		for k < len(b) {
			k = nextMarker(b, k)
			if k >= len(b) || b[k] == '>' {
				break
			}
			q := bytes.IndexByte(b[k+1:], b[k]) // a quoted value
			if endTag || q < 0 {
				return i
			}
			k += q + 2
		}
		if k >= len(b) || (c.maxMarkup > 0 && k+1-(i+j) > c.maxMarkup) {
			return i
		}
		i, c.run, c.ent, c.cutBefore = k+1, 0, 0, c.Cut
	}
}

// nextMarker returns the index of the first '>', '"' or '\” in b[k:]
// (len(b) if none), eight bytes at a time.
func nextMarker(b []byte, k int) int {
	const (
		ones  = 0x0101010101010101
		highs = 0x8080808080808080
	)
	for ; k+8 <= len(b); k += 8 {
		v := binary.LittleEndian.Uint64(b[k:])
		if zero(v^('>'*ones)) || zero(v^('"'*ones)) || zero(v^('\''*ones)) {
			break
		}
	}
	for ; k < len(b); k++ {
		if tagEnd[b[k]] {
			return k
		}
	}
	return k
}

// zero reports whether a byte of v is zero.
func zero(v uint64) bool { return (v-0x0101010101010101)&^v&0x8080808080808080 != 0 }

// text passes the character data of b[i:] up to the next '<', cutting
// the run at maxText; it returns the new read and write positions.
func (c *Reader) text(b []byte, i, w int) (int, int) {
	next := len(b)
	if j := bytes.IndexByte(b[i:], '<'); j >= 0 {
		next = i + j
	}
	seg := b[i:next]
	if !c.drop {
		keep := len(seg)
		if c.maxText > 0 && c.run+keep > c.maxText {
			keep = c.cut(seg, max(0, c.maxText-c.run))
		} else {
			c.track(seg)
		}
		w += keepN(b, w, i, keep)
		c.run += keep
		seg = seg[keep:]
	}
	if len(seg) > 0 {
		if c.Cut == c.cutBefore {
			c.Runs++ // the first bytes dropped of this run
		}
		c.Cut += int64(len(seg))
	}
	if next < len(b) { // markup starts
		c.st, c.nOpen, c.run, c.drop, c.ent = inOpen, 0, 0, false, 0
		c.cutBefore = c.Cut
	}
	return next, w
}

// cut returns how much of seg passes when the run may hold k more
// bytes: those, and the rest of an entity reference open at k (never cut
// in two). It sets drop once the run is over and no reference is open.
func (c *Reader) cut(seg []byte, k int) int {
	ent := c.ent
	for _, x := range seg[:k] {
		ent = entStep(ent, x)
	}
	j := k
	for ; j < len(seg) && ent != 0; j++ {
		ent = entStep(ent, seg[j])
	}
	c.ent = ent
	c.drop = ent == 0
	return j
}

// track follows entity references through passed character data.
func (c *Reader) track(b []byte) {
	if c.maxText <= 0 {
		return
	}
	if a := bytes.LastIndexByte(b, '&'); a >= 0 {
		c.ent = 0
		b = b[a:]
	} else if c.ent == 0 {
		return
	}
	for _, x := range b {
		c.ent = entStep(c.ent, x)
	}
}

// entStep is the bytes since an open '&' after byte x (0: none open; an
// entity reference is at most ten bytes, "&#x10FFFF;").
func entStep(ent int, x byte) int {
	switch {
	case x == '&':
		return 1
	case ent == 0 || x == ';' || ent >= 10:
		return 0
	}
	return ent + 1
}

// tagEnd marks the bytes that end a start tag's name or attributes: '>'
// and the quotes of attribute values.
var tagEnd = [256]bool{'>': true, '"': true, '\'': true}

// keep moves b[i:j] to b[w:] (nothing to move while nothing was dropped)
// and returns its length.
func keep(b []byte, w, i, j int) int {
	if w != i {
		copy(b[w:], b[i:j])
	}
	return j - i
}

// keepN is keep of n bytes at i.
func keepN(b []byte, w, i, n int) int { return keep(b, w, i, i+n) }

// markup passes markup from b[i:] and returns where it stops: after the
// markup's end (the state is then inText) or at the end of b.
func (c *Reader) markup(b []byte, i int) int {
	for i < len(b) && c.st != inText {
		switch c.st {
		case inOpen:
			i = c.open(b, i)
		case inStart:
			i = c.startTag(b, i)
		case inQuote:
			i = c.through(b, i, c.quote, inStart)
		case inEnd:
			i = c.through(b, i, '>', inText)
		default:
			x := b[i]
			i++
			c.run++
			switch c.st {
			case inComment:
				c.closing(x, '-', 2)
			case inCData:
				c.closing(x, ']', 2)
			case inPI:
				c.closing(x, '?', 1)
			case inDoctype:
				c.doctype(x)
			}
		}
	}
	return i
}

// open reads the kind of markup after "<": '/' end tag, '?' instruction,
// '!' then '[' CDATA, '-' comment, 'D' or 'd' doctype; else a start tag,
// whose first byte is left for startTag.
func (c *Reader) open(b []byte, i int) int {
	x := b[i]
	c.nOpen++
	switch {
	case c.nOpen == 1: // the '<'
	case c.nOpen == 2 && x == '!':
	case c.nOpen == 2 && x == '/':
		c.st = inEnd
	case c.nOpen == 2 && x == '?':
		c.st, c.end = inPI, 0
	case c.nOpen == 2:
		c.st = inStart
		return i // x is the start tag's: read it there
	case x == '[':
		c.st, c.end = inCData, 0
	case x == '-':
		c.st, c.end = inComment, 0
	case x == 'D' || x == 'd':
		c.st, c.end = inDoctype, 1
	default:
		c.st = inEnd
	}
	c.run++
	return i + 1
}

// startTag passes a start tag's bytes up to its end or a quote.
func (c *Reader) startTag(b []byte, i int) int {
	j := i
	for j < len(b) && !tagEnd[b[j]] {
		j++
	}
	c.run += j - i
	if j == len(b) {
		return j
	}
	c.run++
	if b[j] == '>' {
		c.done()
	} else {
		c.st, c.quote = inQuote, b[j]
	}
	return j + 1
}

// through passes bytes up to and including the next stop byte, then takes
// state next (inText: the markup is done); at the end of b it returns
// len(b) with the state unchanged.
func (c *Reader) through(b []byte, i int, stop byte, next state) int {
	j := bytes.IndexByte(b[i:], stop)
	if j < 0 {
		c.run += len(b) - i
		return len(b)
	}
	c.run += j + 1
	if next == inText {
		c.done()
	} else {
		c.st = next
	}
	return i + j + 1
}

// doctype reads byte x of a doctype, whose end is the '>' that closes its
// first '<' (an internal subset holds markup of its own).
func (c *Reader) doctype(x byte) {
	if x == '<' {
		c.end++
	} else if x == '>' {
		if c.end--; c.end == 0 {
			c.done()
		}
	}
}

// done ends the markup read: it checks its length and starts a run of
// character data.
func (c *Reader) done() {
	c.over()
	c.st, c.run = inText, 0
}

// over reports whether the markup read is longer than maxMarkup, setting
// the error.
func (c *Reader) over() bool {
	if c.err == nil && c.maxMarkup > 0 && c.run > c.maxMarkup {
		c.err = fmt.Errorf("%w: more than %d bytes in one tag, comment or other markup", ErrMarkup, c.maxMarkup)
	}
	return c.err != nil
}

// closing matches a closing sequence of n bytes of mark then '>' ("-->",
// "]]>", "?>").
func (c *Reader) closing(x, mark byte, n int) {
	switch {
	case x == mark:
		c.end = min(c.end+1, n)
	case x == '>' && c.end == n:
		c.end = 0
		c.done()
	default:
		c.end = 0
	}
}
