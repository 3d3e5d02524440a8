package pdf

import (
	"bytes"
	"strconv"
)

// lexer reads PDF tokens from a byte slice. It never fails: malformed
// input yields odd tokens, and the end yields tEOF.
type lexer struct {
	b   []byte
	pos int
}

type tokKind uint8

const (
	tEOF tokKind = iota
	tNum
	tName
	tStr
	tKeyword
	tArrOpen
	tArrClose
	tDictOpen
	tDictClose
)

type token struct {
	kind tokKind
	num  float64
	text []byte // name, keyword or decoded string
}

func isWhite(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func (l *lexer) skipSpace() {
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		if isWhite(c) {
			l.pos++
		} else if c == '%' {
			for l.pos < len(l.b) && l.b[l.pos] != '\n' && l.b[l.pos] != '\r' {
				l.pos++
			}
		} else {
			return
		}
	}
}

func (l *lexer) next() token {
	for {
		l.skipSpace()
		if l.pos >= len(l.b) {
			return token{kind: tEOF}
		}
		c := l.b[l.pos]
		if c == '{' || c == '}' || c == ')' || c == '>' && (l.pos+1 >= len(l.b) || l.b[l.pos+1] != '>') {
			l.pos++ // stray delimiters carry nothing
			continue
		}
		return l.token(c)
	}
}

func (l *lexer) token(c byte) token {
	switch c {
	case '[':
		l.pos++
		return token{kind: tArrOpen}
	case ']':
		l.pos++
		return token{kind: tArrClose}
	case '/':
		l.pos++
		start := l.pos
		for l.pos < len(l.b) && !isWhite(l.b[l.pos]) && !isDelim(l.b[l.pos]) {
			l.pos++
		}
		return token{kind: tName, text: unescapeName(l.b[start:l.pos])}
	case '(':
		return token{kind: tStr, text: l.literal()}
	case '<':
		if l.pos+1 < len(l.b) && l.b[l.pos+1] == '<' {
			l.pos += 2
			return token{kind: tDictOpen}
		}
		return token{kind: tStr, text: l.hex()}
	case '>':
		l.pos += 2
		return token{kind: tDictClose}
	}
	start := l.pos
	for l.pos < len(l.b) && !isWhite(l.b[l.pos]) && !isDelim(l.b[l.pos]) {
		l.pos++
	}
	w := l.b[start:l.pos]
	if f, ok := parseNum(w); ok {
		return token{kind: tNum, num: f}
	}
	return token{kind: tKeyword, text: w}
}

// parseNum reads PDF numbers: 12, -3.5, .5, 4., +1 (no exponents).
func parseNum(w []byte) (float64, bool) {
	if len(w) == 0 || len(w) > 40 {
		return 0, false
	}
	digits := false
	for i, c := range w {
		switch {
		case c >= '0' && c <= '9':
			digits = true
		case c == '.':
		case (c == '-' || c == '+') && i == 0:
		default:
			return 0, false
		}
	}
	if !digits {
		return 0, false
	}
	// Doubled signs and points ("--5", "1.2.3") occur in broken files.
	s := string(w)
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return f, true
	}
	if i := bytes.IndexByte(w[1:], '.'); i >= 0 {
		if f, err := strconv.ParseFloat(string(w[:i+1]), 64); err == nil {
			return f, true
		}
	}
	return 0, true
}

func unescapeName(b []byte) []byte {
	if bytes.IndexByte(b, '#') < 0 {
		return b
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] == '#' && i+2 < len(b) {
			if v, err := strconv.ParseUint(string(b[i+1:i+3]), 16, 8); err == nil {
				out = append(out, byte(v))
				i += 2
				continue
			}
		}
		out = append(out, b[i])
	}
	return out
}

func (l *lexer) literal() []byte {
	l.pos++ // (
	var out []byte
	depth := 1
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return out
			}
		case '\\':
			if l.pos >= len(l.b) {
				return out
			}
			e := l.b[l.pos]
			l.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.pos < len(l.b) && l.b[l.pos] == '\n' {
					l.pos++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && l.pos < len(l.b) && l.b[l.pos] >= '0' && l.b[l.pos] <= '7'; k++ {
						v = v*8 + int(l.b[l.pos]-'0')
						l.pos++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		out = append(out, c)
	}
	return out
}

func (l *lexer) hex() []byte {
	l.pos++ // <
	var out []byte
	hi, half := byte(0), false
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		var v byte
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		case c == '>':
			if half {
				out = append(out, hi<<4)
			}
			return out
		default:
			continue
		}
		if half {
			out = append(out, hi<<4|v)
		} else {
			hi = v
		}
		half = !half
	}
	return out
}

// maxDepth bounds the nesting of arrays and dictionaries.
const maxDepth = 64

// object reads one object starting with tok. Indirect references
// ("1 0 R") are recognised when refs is set. A keyword that is no object
// (an operator, "endobj") comes back as itself in a keyword value.
func (l *lexer) object(tok token, refs bool, depth int) Object {
	switch tok.kind {
	case tNum:
		if refs && tok.num >= 0 && tok.num == float64(int(tok.num)) {
			save := l.pos
			t2 := l.next()
			if t2.kind == tNum && t2.num >= 0 {
				t3 := l.next()
				if t3.kind == tKeyword && len(t3.text) == 1 && t3.text[0] == 'R' {
					return Ref{Num: int(tok.num), Gen: int(t2.num)}
				}
			}
			l.pos = save
		}
		return tok.num
	case tName:
		return Name(tok.text)
	case tStr:
		return String(tok.text)
	case tArrOpen:
		var a Array
		for {
			t := l.next()
			if t.kind == tArrClose || t.kind == tEOF || t.kind == tDictClose {
				return a
			}
			if depth >= maxDepth {
				continue
			}
			a = append(a, l.object(t, refs, depth+1))
		}
	case tDictOpen:
		d := Dict{}
		for {
			t := l.next()
			if t.kind == tDictClose || t.kind == tEOF || t.kind == tArrClose {
				return d
			}
			if t.kind != tName {
				continue
			}
			v := l.next()
			if v.kind == tDictClose {
				return d
			}
			if depth < maxDepth {
				d[Name(t.text)] = l.object(v, refs, depth+1)
			}
		}
	case tKeyword:
		switch string(tok.text) {
		case "true":
			return true
		case "false":
			return false
		case "null":
			return nil
		}
		return keyword(tok.text)
	}
	return nil
}

// keyword is a bare word met where an object was expected.
type keyword []byte
