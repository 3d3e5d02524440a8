package pdf

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// font turns the codes of a shown string into text and advances.
type font struct {
	space    []codeRange // codespace; nil for one-byte simple fonts
	uni      *cmap       // ToUnicode, or nil
	enc      *[256]string
	first    int       // FirstChar of a simple font
	widths   []float64 // simple font widths, glyph units
	cidW     map[uint32]float64
	dw       float64   // default width (Type 0) or missing width
	scale    float64   // glyph units to text space: 0.001, or FontMatrix a for Type 3
	vscale   float64   // font size factor of Type 3 fonts (|FontMatrix d|·1000), else 1
	ucs2     bool      // Type 0 with a UCS-2/UTF-16 CMap: codes are UTF-16BE
	gbk      bool      // Type 0 with a GB CMap: codes are GBK bytes
	identity bool      // codes are CIDs
	glyphs   *glyphMap // CID TrueType without ToUnicode: its embedded cmap
}

// code is one shown code.
type code struct {
	text  string
	known bool    // text came from a map
	width float64 // advance in text space per unit of font size
	space bool    // the single-byte code 32 (word spacing applies)
}

// each calls fn for every code of s.
func (f *font) each(s []byte, fn func(c code)) {
	for len(s) > 0 {
		n := 1
		if f.space != nil {
			if n = splitCode(f.space, s); n == 0 {
				n = min(f.defaultLen(), len(s))
			}
		}
		v := codeValue(s[:n])
		c := code{space: n == 1 && v == 32}
		c.text, c.known = f.text(s[:n], v, n)
		c.width = f.width(v) * f.scale
		fn(c)
		s = s[n:]
	}
}

func (f *font) defaultLen() int {
	if len(f.space) > 0 {
		return f.space[len(f.space)-1].n
	}
	return 1
}

func (f *font) text(b []byte, v uint32, n int) (string, bool) {
	if f.uni != nil {
		if s, ok := f.uni.lookup(v, n); ok {
			return s, true
		}
	}
	switch {
	case f.glyphs != nil && n == 2:
		return f.glyphs.lookup(v)
	case f.ucs2:
		return string(utf16.Decode([]uint16{uint16(v)})), true
	case f.gbk:
		if n == 1 && v < 0x80 {
			return string(rune(v)), true
		}
		if s, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b); err == nil {
			return string(s), true
		}
	case f.enc != nil && n == 1:
		if s := f.enc[v]; s != "" {
			return s, true
		}
	}
	return "", false
}

func (f *font) width(v uint32) float64 {
	if (f.gbk || f.ucs2) && v >= 0x20 && v <= 0x7e {
		// ASCII through a GB CMap: CIDs 1–95 of Adobe-GB1, half-width
		// unless the widths say otherwise.
		if w, ok := f.cidW[v-0x1f]; ok {
			return w
		}
		return f.dw / 2
	}
	if f.cidW != nil || f.identity || f.space != nil {
		if w, ok := f.cidW[v]; ok && f.identity {
			return w
		}
		return f.dw
	}
	i := int(v) - f.first
	if i >= 0 && i < len(f.widths) && f.widths[i] > 0 {
		return f.widths[i]
	}
	return f.dw
}

// cmap decodes and parses a CMap stream once per stream object; fonts
// that share it share the parsed map. A stream that cannot be decoded
// gives nil (and is not retried).
func (r *Reader) cmap(s *Stream) *cmap {
	if m, ok := r.cmaps[s]; ok {
		return m
	}
	var m *cmap
	if data, err := r.Decode(s); err == nil {
		r.cmapParses++
		m = parseCMap(data)
	}
	r.cmaps[s] = m
	return m
}

// loadFont builds a font from its dictionary; a missing or odd font gives
// a font that decodes as Latin-1 with a default width.
func (r *Reader) loadFont(d Dict) *font {
	f := &font{scale: 0.001, vscale: 1, dw: 500}
	if d == nil {
		f.enc = &winAnsi
		return f
	}
	if s, ok := r.Resolve(d["ToUnicode"]).(*Stream); ok {
		f.uni = r.cmap(s)
	}
	sub, _ := r.Resolve(d["Subtype"]).(Name)
	if sub == "Type0" {
		r.loadType0(f, d)
		return f
	}
	f.enc = r.simpleEncoding(d)
	f.first = Int(r.Resolve(d["FirstChar"]), 0)
	if ws, ok := r.Resolve(d["Widths"]).(Array); ok {
		f.widths = make([]float64, 0, min(len(ws), 1<<16))
		for i, w := range ws {
			if i >= 1<<16 {
				break
			}
			f.widths = append(f.widths, Num(r.Resolve(w), 0))
		}
	}
	if fd := r.Dict(d["FontDescriptor"]); fd != nil {
		if mw := Num(r.Resolve(fd["MissingWidth"]), 0); mw > 0 {
			f.dw = mw
		}
	}
	if sub == "Type3" {
		if fm, ok := r.Resolve(d["FontMatrix"]).(Array); ok && len(fm) == 6 {
			f.scale = Num(r.Resolve(fm[0]), 0.001)
			f.vscale = abs64(Num(r.Resolve(fm[3]), 0.001)) * 1000
		}
		f.dw = 0
	}
	return f
}

func (r *Reader) loadType0(f *font, d Dict) {
	f.dw = 1000
	switch enc := r.Resolve(d["Encoding"]).(type) {
	case Name:
		name := string(enc)
		switch {
		case strings.HasPrefix(name, "Identity"):
			f.identity = true
			f.space = []codeRange{{n: 2, hi: [4]byte{0xff, 0xff}}}
		case strings.Contains(name, "UCS2") || strings.Contains(name, "UTF16"):
			f.ucs2 = true
			f.space = []codeRange{{n: 2, hi: [4]byte{0xff, 0xff}}}
		case strings.HasPrefix(name, "GB"):
			f.gbk = true
			f.space = []codeRange{{n: 1, hi: [4]byte{0x80}}, {n: 2, lo: [4]byte{0x81, 0x40}, hi: [4]byte{0xfe, 0xfe}}}
		default:
			f.space = []codeRange{{n: 2, hi: [4]byte{0xff, 0xff}}}
		}
	case *Stream:
		if m := r.cmap(enc); m != nil {
			f.space = m.space
		}
	}
	if f.space == nil && f.uni != nil {
		f.space = f.uni.space
	}
	if len(f.space) == 0 {
		f.space = []codeRange{{n: 2, hi: [4]byte{0xff, 0xff}}}
	}
	sort.SliceStable(f.space, func(i, j int) bool { return f.space[i].n < f.space[j].n })
	desc, _ := r.Resolve(d["DescendantFonts"]).(Array)
	if len(desc) == 0 {
		return
	}
	cf := r.Dict(desc[0])
	if dw, ok := num(r.Resolve(cf["DW"])); ok {
		f.dw = dw
	}
	if f.uni == nil && f.identity {
		f.glyphs = r.embeddedGlyphs(cf)
	}
	f.cidW = r.cidWidths(cf, f.dw)
}

// cidWidths reads the /W array of a CIDFont: CID → width, at most 64 Ki
// entries.
func (r *Reader) cidWidths(cf Dict, dw float64) map[uint32]float64 {
	w, _ := r.Resolve(cf["W"]).(Array)
	ws := map[uint32]float64{}
	for i := 0; i < len(w); {
		c1, ok := num(r.Resolve(w[i]))
		if !ok || i+1 >= len(w) {
			break
		}
		if list, ok := r.Resolve(w[i+1]).(Array); ok {
			for k, x := range list {
				if len(ws) >= 1<<16 {
					return ws
				}
				ws[uint32(c1)+uint32(k)] = Num(r.Resolve(x), dw)
			}
			i += 2
			continue
		}
		if i+2 >= len(w) {
			break
		}
		c2 := Num(r.Resolve(w[i+1]), c1)
		wv := Num(r.Resolve(w[i+2]), dw)
		for c := c1; c <= c2 && len(ws) < 1<<16; c++ {
			ws[uint32(c)] = wv
		}
		i += 3
	}
	return ws
}

// simpleEncoding is the code-to-text table of a simple font: its base
// encoding with /Differences applied.
func (r *Reader) simpleEncoding(d Dict) *[256]string {
	base := &winAnsi
	var diffs Array
	switch e := r.Resolve(d["Encoding"]).(type) {
	case Name:
		if e == "MacRomanEncoding" {
			base = &macRoman
		}
	case Dict:
		if e["BaseEncoding"] == Name("MacRomanEncoding") {
			base = &macRoman
		}
		diffs, _ = r.Resolve(e["Differences"]).(Array)
	}
	if len(diffs) == 0 {
		return base
	}
	enc := new([256]string)
	*enc = *base
	c := 0
	for _, x := range diffs {
		switch v := r.Resolve(x).(type) {
		case float64:
			c = int(v)
		case Name:
			if c >= 0 && c < 256 {
				enc[c] = glyphText(string(v))
			}
			c++
		}
	}
	return enc
}

var winAnsi, macRoman [256]string

func init() {
	for i := 0; i < 256; i++ {
		if i >= 32 {
			winAnsi[i] = string(charmap.Windows1252.DecodeByte(byte(i)))
			macRoman[i] = string(charmap.Macintosh.DecodeByte(byte(i)))
		}
	}
}

// glyphText reads a glyph name: uniXXXX, uXXXX[XX], a name from the
// small list of common names, or a single character; else "".
func glyphText(name string) string {
	if i := strings.IndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	if strings.HasPrefix(name, "uni") && len(name) >= 7 && (len(name)-3)%4 == 0 {
		var u []uint16
		for i := 3; i+4 <= len(name); i += 4 {
			v, err := strconv.ParseUint(name[i:i+4], 16, 16)
			if err != nil {
				return ""
			}
			u = append(u, uint16(v))
		}
		return string(utf16.Decode(u))
	}
	if strings.HasPrefix(name, "u") && len(name) >= 5 && len(name) <= 7 {
		if v, err := strconv.ParseUint(name[1:], 16, 32); err == nil && v < 0x110000 {
			return string(rune(v))
		}
	}
	if s, ok := glyphNames[name]; ok {
		return s
	}
	if len(name) == 1 && name[0] > 32 && name[0] < 127 {
		return name
	}
	return ""
}

var glyphNames = map[string]string{
	"space": " ", "exclam": "!", "quotedbl": "\"", "numbersign": "#", "dollar": "$", "percent": "%",
	"ampersand": "&", "quotesingle": "'", "quoteright": "’", "quoteleft": "‘", "parenleft": "(", "parenright": ")",
	"asterisk": "*", "plus": "+", "comma": ",", "hyphen": "-", "minus": "−", "period": ".", "slash": "/",
	"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
	"eight": "8", "nine": "9", "colon": ":", "semicolon": ";", "less": "<", "equal": "=", "greater": ">",
	"question": "?", "at": "@", "bracketleft": "[", "backslash": "\\", "bracketright": "]",
	"asciicircum": "^", "underscore": "_", "grave": "`", "braceleft": "{", "bar": "|", "braceright": "}",
	"asciitilde": "~", "bullet": "•", "endash": "–", "emdash": "—", "quotedblleft": "“", "quotedblright": "”",
	"ellipsis": "…", "degree": "°", "multiply": "×", "divide": "÷", "greaterequal": "≥", "lessequal": "≤",
	"plusminus": "±", "section": "§", "periodcentered": "·", "nbspace": " ", "uni00A0": " ",
}

func abs64(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
