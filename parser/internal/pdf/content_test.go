package pdf

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/alloctest"
)

// onePage writes a one-page PDF (595×842) with the given font objects
// (resource name F1, F2, … as objects 5, 6, …; extra objects follow) and
// content.
func onePage(content string, objs ...string) []byte {
	fonts := ""
	for i := range objs {
		fonts += fmt.Sprintf("/F%d %d 0 R ", i+1, i+5)
	}
	bodies := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << " + fonts + ">> >> /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
	}
	return build(append(bodies, objs...)...)
}

func content(t *testing.T, data []byte) *Content {
	r, err := Open(data, Limits{})
	require.NoError(t, err)
	pages, err := r.Pages()
	require.NoError(t, err)
	require.Len(t, pages, 1)
	c, err := r.Content(pages[0])
	require.NoError(t, err)
	return c
}

// glyph is what a test checks of a Glyph.
type glyph struct {
	Text string
	X, W float64
}

func glyphs(c *Content) []glyph {
	var out []glyph
	for _, g := range c.Glyphs {
		out = append(out, glyph{g.Text, round(g.X), round(g.W)})
	}
	return out
}

func round(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

const gbType0 = "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /%s /DescendantFonts [6 0 R] >>"

// TestGBCMapText: Type 0 fonts over predefined GB CMaps and no ToUnicode
// map (as WPS writes them) read as text; ASCII takes half the default
// width unless /W gives the CID's width (CIDs 1–95 are ASCII).
func TestGBCMapText(t *testing.T) {
	tests := []struct {
		name, cmap, w, codes string
		want                 []glyph
	}{
		{"GBK-EUC-H", "GBK-EUC-H", "", "<C4EA32>",
			[]glyph{{"年", 10, 10}, {"2", 20, 5}}},
		{"GBK-EUC-H with /W", "GBK-EUC-H", "/W [19 [600]]", "<32C4EA>",
			[]glyph{{"2", 10, 6}, {"年", 16, 10}}},
		{"UniGB-UCS2-H", "UniGB-UCS2-H", "", "<5E7400322265>",
			[]glyph{{"年", 10, 10}, {"2", 20, 5}, {"≥", 25, 10}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			desc := "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /SimSun /DW 1000 " + tt.w + " >>"
			c := content(t, onePage("BT /F1 10 Tf 10 800 Td "+tt.codes+" Tj ET", fmt.Sprintf(gbType0, tt.cmap), desc))
			assert.Equal(t, tt.want, glyphs(c))
			assert.Zero(t, c.Unmapped)
		})
	}
}

// TestTextState: character and word spacing, horizontal scaling, leading
// and the quote operators move the glyphs as the PDF reference says.
func TestTextState(t *testing.T) {
	font := "<< /Type /Font /Subtype /TrueType /BaseFont /Arial /FirstChar 32 /LastChar 126 /Widths [" +
		string(bytes.Repeat([]byte("500 "), 95)) + "] /Encoding /WinAnsiEncoding >>"
	tests := []struct {
		name, ops string
		want      []glyph
	}{
		{"plain", "(ab) Tj", []glyph{{"a", 0, 5}, {"b", 5, 5}}},
		{"Tc", "1 Tc (ab) Tj", []glyph{{"a", 0, 5}, {"b", 6, 5}}},
		{"Tw on a space", "2 Tw (a b) Tj", []glyph{{"a", 0, 5}, {" ", 5, 5}, {"b", 12, 5}}},
		{"Tz", "50 Tz (ab) Tj", []glyph{{"a", 0, 2.5}, {"b", 2.5, 2.5}}},
		{"TJ kerning", "[(a) -1000 (b)] TJ", []glyph{{"a", 0, 5}, {"b", 15, 5}}},
		{"quote", "12 TL (a) Tj (b) '", []glyph{{"a", 0, 5}, {"b", 0, 5}}},
		{"double quote", "12 TL (a) Tj 1 2 (bc) \"", []glyph{{"a", 0, 5}, {"b", 0, 5}, {"c", 7, 5}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := content(t, onePage("BT /F1 10 Tf 0 800 Td "+tt.ops+" ET", font))
			assert.Equal(t, tt.want, glyphs(c))
		})
	}
}

// TestRules: stroked segments and thin filled rectangles (closed paths
// too) are rules; thick, curved or white ones are not.
func TestRules(t *testing.T) {
	tests := []struct {
		name, ops string
		want      []Rule
	}{
		{"stroked segment", "0.5 w 10 10 m 110 10 l S", []Rule{{10, 10, 110, 10, 0.5}}},
		{"thin filled rectangle", "10 10 100 0.5 re f", []Rule{{10, 10.25, 110, 10.25, 0.5}}},
		{"filled path rectangle", "10 10 m 10.5 10 l 10.5 60 l 10 60 l h f", []Rule{{10.25, 10, 10.25, 60, 0.5}}},
		{"bevelled vertical border segment (a browser's inset border)", "53 55 m 53 102 l 54 102 l 54 54 l f", []Rule{{53.5, 54, 53.5, 102, 1}}},
		{"bevelled horizontal border segment", "9 54 m 54 54 l 53 55 l 10 55 l h f", []Rule{{9, 54.5, 54, 54.5, 1}}},
		{"a thin wedge is no rule: a corner too far from the end", "53 70 m 53 102 l 54 102 l 54 54 l f", nil},
		{"cell background", "10 10 100 20 re f", nil},
		{"curve", "10 10 m 50 50 60 60 110 10 c S", nil},
		{"white rule", "1 g 10 10 100 0.5 re f", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, content(t, onePage(tt.ops)).Rules)
		})
	}
}

// trueType returns a font program holding only a cmap table with a
// (3,1) format 4 subtable: one segment per character of m.
func trueType(m map[rune]uint16) []byte {
	var rs []rune
	for r := range m {
		rs = append(rs, r)
	}
	for i := range rs { // sort, for segments in order
		for j := i + 1; j < len(rs); j++ {
			if rs[j] < rs[i] {
				rs[i], rs[j] = rs[j], rs[i]
			}
		}
	}
	seg := len(rs) + 1
	var t []byte
	be := func(v ...uint16) {
		for _, x := range v {
			t = append(t, byte(x>>8), byte(x))
		}
	}
	be(4, uint16(16+8*seg), 0, uint16(2*seg), 0, 0, 0)
	for _, r := range rs {
		be(uint16(r))
	}
	be(0xffff, 0)
	for _, r := range rs {
		be(uint16(r))
	}
	be(0xffff)
	for _, r := range rs {
		be(m[r] - uint16(r))
	}
	be(1)
	for range seg {
		be(0)
	}
	return sfnt(3, 1, t)
}

// sfnt is a TrueType font program of one table, cmap, whose one subtable
// (platform pid, encoding eid) is sub.
func sfnt(pid, eid uint16, sub []byte) []byte {
	var t []byte
	be := func(v ...uint16) {
		for _, x := range v {
			t = append(t, byte(x>>8), byte(x))
		}
	}
	be(0, 1, pid, eid, 0, 12) // cmap header, one record at offset 12
	cmap := append(t, sub...)
	t = nil
	be(1, 0, 1, 0, 0, 0) // sfnt version 1.0, one table
	t = append(t, "cmap"...)
	be(0, 0, 0, 28, uint16(len(cmap)>>16), uint16(len(cmap)))
	return append(t, cmap...)
}

// format12 is a cmap subtable of format 12 whose header claims groups
// groups and which holds the given ones (start, end, first glyph).
func format12(groups uint32, gs ...[3]uint32) []byte {
	t := []byte{0, 12, 0, 0}
	t = binary.BigEndian.AppendUint32(t, uint32(16+12*len(gs)))
	t = binary.BigEndian.AppendUint32(t, 0)
	t = binary.BigEndian.AppendUint32(t, groups)
	for _, g := range gs {
		for _, v := range g {
			t = binary.BigEndian.AppendUint32(t, v)
		}
	}
	return t
}

// TestEmbeddedCmap: a CID TrueType font with Identity-H and no ToUnicode
// map reads through the cmap table of its embedded program, with or
// without a CIDToGIDMap; a glyph shared by an ideograph and its Kangxi
// radical reads as the ideograph.
func TestEmbeddedCmap(t *testing.T) {
	font := string(trueType(map[rune]uint16{'年': 3, '2': 4, '⼀': 5, '一': 5}))
	type0 := "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] >>"
	tests := []struct {
		name, cidToGID, codes, want string
	}{
		{"identity", "", "<000300040005>", "年2一"},
		{"CIDToGIDMap stream", "/CIDToGIDMap 9 0 R", "<000100020000>", "年2"},
		{"glyph outside the cmap", "", "<0007>", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cid := "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+SimSun /FontDescriptor 7 0 R " + tt.cidToGID + " >>"
			desc := "<< /Type /FontDescriptor /FontName /ABCDEF+SimSun /FontFile2 8 0 R >>"
			file := fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(font), font)
			gids := "\x00\x00\x00\x03\x00\x04"
			m := fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(gids), gids)
			c := content(t, onePage("BT /F1 10 Tf 10 800 Td "+tt.codes+" Tj ET", type0, cid, desc, file, m))
			var text string
			for _, g := range c.Glyphs {
				text += g.Text
			}
			assert.Equal(t, tt.want, text)
		})
	}
}

// FuzzTrueTypeText: any font program reads without a panic and within
// the allocation bound of the parser's fuzz targets (alloctest; a font
// program is plain bytes): a cmap walks at most maxCmapCodes codes into at
// most 65 536 glyphs, whatever its tables claim. The seeds include the
// longest walk (one group of every code of Unicode) and a table that
// claims four million groups in 16 bytes.
func FuzzTrueTypeText(f *testing.F) {
	f.Add(trueType(map[rune]uint16{'年': 3, '2': 4}))
	f.Add(sfnt(3, 10, format12(1, [3]uint32{0, 0x10ffff, 1})))
	f.Add(sfnt(3, 10, format12(1<<22)))
	f.Fuzz(func(t *testing.T, b []byte) {
		alloctest.Within(t, len(b), alloctest.PerByte, func() { trueTypeText(b) })
	})
}
