// Package office holds what the Office readers share: the OLE2 compound
// file under .doc and .xls (ole2.go), tag and attribute scanning over
// gosax tokens for the XML parts of .docx and .xlsx (xml.go), and the
// Symbol font of Word's w:sym and sprmCSymbol (symbols.go).
package office

import (
	"bytes"

	"github.com/orisano/gosax"
)

// EndName is the name in an end tag "</w:p>" (as gosax.Name reads it).
func EndName(tag []byte) []byte {
	if n := len(tag); n > 3 && tag[n-1] == '>' && !isXMLSpace(tag[n-2]) {
		return tag[2 : n-1]
	}
	name, _ := gosax.Name(tag)
	return name
}

func isXMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// SplitTag splits "<w:tc attrs…>" into the name "w:tc", the local name
// "tc" and the bytes after the name (as gosax.Name does: the name ends at
// white space).
func SplitTag(tag []byte) (name, local, attrs []byte) {
	i := 1
	for i < len(tag) && !isXMLSpace(tag[i]) {
		i++
	}
	switch {
	case i < len(tag):
		name, attrs = tag[1:i], tag[i+1:]
	case len(tag) > 2 && tag[len(tag)-2] == '/':
		name = tag[1 : len(tag)-2] // "<w:br/>"
	default:
		name = tag[1 : len(tag)-1] // "<w:p>"
	}
	local = name
	if len(local) > 2 && local[1] == ':' {
		local = local[2:] // "w:" and the like
	} else if j := bytes.IndexByte(local, ':'); j >= 0 {
		local = local[j+1:]
	}
	return name, local, attrs
}

// Attr returns the unescaped value of the attribute whose local name is
// key (in the bytes after a tag's name), and whether there is one.
func Attr(attrs []byte, key string) (string, bool) {
	v := AttrBytes(attrs, key)
	return string(v), v != nil
}

// AttrBytes is Attr without the copy: nil when there is no such attribute.
func AttrBytes(attrs []byte, key string) []byte {
	for len(attrs) > 0 {
		a, rest, err := gosax.NextAttribute(attrs)
		if err != nil || len(a.Key) == 0 {
			return nil
		}
		attrs = rest
		if string(LocalName(a.Key)) != key {
			continue
		}
		v := a.Value
		if len(v) >= 2 {
			v = v[1 : len(v)-1]
		}
		if bytes.IndexByte(v, '&') >= 0 {
			if u, err := gosax.Unescape(bytes.Clone(v)); err == nil {
				return u
			}
		}
		return v
	}
	return nil
}

// LocalName strips a namespace prefix: "w:tc" → "tc".
func LocalName(b []byte) []byte {
	if i := bytes.IndexByte(b, ':'); i >= 0 {
		return b[i+1:]
	}
	return b
}
