package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/alloctest"
	"github.com/perfdoc/perfdoc/internal/pdftest"
)

// build writes a PDF whose objects 1, 2, … are bodies, with a classic
// xref table; object 1 is the catalog.
func build(bodies ...string) []byte { return pdftest.File(bodies, "") }

func rawStream(dict, data string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

func zlibOf(b []byte) string {
	var buf bytes.Buffer
	w := zlib.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.String()
}

// readAll opens data and interprets every page; it returns the first
// error and the reader.
func readAll(data []byte, lim Limits) (*Reader, []*Content, error) {
	r, err := Open(data, lim)
	if err != nil {
		return nil, nil, err
	}
	pages, err := r.Pages()
	if err != nil {
		return r, nil, err
	}
	var cs []*Content
	for i, p := range pages {
		c, err := r.Content(p)
		if err != nil {
			return r, cs, fmt.Errorf("page %d: %w", i+1, err)
		}
		cs = append(cs, c)
	}
	return r, cs, nil
}

// TestPredictorChargedFirst: a tiny Flate stream whose PNG predictor
// parameters make one row gigabytes (or hundreds of megabytes) long is
// refused before that row is allocated.
func TestPredictorChargedFirst(t *testing.T) {
	for _, cols := range []int{16777215, 2097152, 1 << 20} {
		t.Run(fmt.Sprint(cols), func(t *testing.T) {
			s := zlibOf([]byte{2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})
			dict := fmt.Sprintf("/Filter /FlateDecode /DecodeParms << /Predictor 12 /Colors 64 /BitsPerComponent 16 /Columns %d >>", cols)
			data := onePage("", rawStream(dict, s))
			data = bytes.Replace(data, []byte("/Contents 4 0 R"), []byte("/Contents 5 0 R"), 1)
			var err error
			n := alloctest.Bytes(func() { _, _, err = readAll(data, Limits{}) })
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrTooLarge)
			assert.Less(t, n, uint64(4<<20), "bytes allocated")
		})
	}
	t.Run("within the budget", func(t *testing.T) {
		r := &Reader{lim: DefaultLimits}
		// two rows of 3 bytes, filter Up on the second
		out, err := r.predict([]byte{0, 1, 2, 3, 2, 1, 1, 1}, Dict{"Predictor": 12.0, "Columns": 3.0})
		require.NoError(t, err)
		assert.Equal(t, []byte{1, 2, 3, 2, 3, 4}, out)
		assert.Equal(t, int64(6), r.decoded)
	})
}

// TestRawStreamsCharged: an uncompressed content stream shared by many
// pages is charged each time a page interprets it.
func TestRawStreamsCharged(t *testing.T) {
	stream := strings.Repeat("% a comment line of some length\n", 32) // 1 KiB
	pages := 100
	kids := strings.Repeat("3 0 R ", pages)
	data := build(
		"<< /Type /Catalog /Pages 2 0 R >>",
		fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, pages),
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
		rawStream("", stream),
	)
	// the page tree names one page object 100 times: it is walked once
	r, cs, err := readAll(data, Limits{MaxDecoded: 10 * 1024})
	require.NoError(t, err)
	assert.Len(t, cs, 1)
	assert.Equal(t, int64(len(stream)), r.decoded)

	// 100 page objects sharing one content stream
	bodies := []string{"<< /Type /Catalog /Pages 2 0 R >>", ""}
	var refs []string
	for i := 0; i < pages; i++ {
		refs = append(refs, fmt.Sprintf("%d 0 R", i+4))
	}
	bodies[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(refs, " "), pages)
	bodies = append(bodies, rawStream("", stream))
	for i := 0; i < pages; i++ {
		bodies = append(bodies, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>")
	}
	_, cs, err = readAll(build(bodies...), Limits{MaxDecoded: 10 * 1024})
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.Len(t, cs, 10, "pages read before the budget ran out")
	assert.Contains(t, err.Error(), "page 11:")
}

// TestContentsArray: the streams of a /Contents array are interpreted in
// turn, operands carried across, each charged; one stream named 10 000
// times costs its size 10 000 times and is never concatenated.
func TestContentsArray(t *testing.T) {
	t.Run("operands across streams", func(t *testing.T) {
		data := build(
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 6 0 R >> >> /Contents [4 0 R 5 0 R] >>",
			rawStream("", "BT /F1 12 Tf 72 700 Td (AB)"),
			rawStream("", "Tj ET"),
			"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		)
		_, cs, err := readAll(data, Limits{})
		require.NoError(t, err)
		require.Len(t, cs, 1)
		require.Len(t, cs[0].Glyphs, 2)
		assert.Equal(t, "A", cs[0].Glyphs[0].Text)
	})
	t.Run("one stream 10 000 times", func(t *testing.T) {
		stream := strings.Repeat("% a comment line of some length\n", 32) // 1 KiB
		refs := strings.Repeat("4 0 R ", 10000)
		data := build(
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ["+refs+"] >>",
			rawStream("", stream),
		)
		var err error
		n := alloctest.Bytes(func() { _, _, err = readAll(data, Limits{MaxDecoded: 1 << 20}) })
		require.Error(t, err)
		assert.ErrorIs(t, err, ErrTooLarge)
		assert.Less(t, n, uint64(4<<20), "bytes allocated")
		// within the budget it is read, still without one big buffer
		n = alloctest.Bytes(func() { _, _, err = readAll(data, Limits{MaxDecoded: 64 << 20}) })
		require.NoError(t, err)
		assert.Less(t, n, uint64(4<<20), "bytes allocated")
	})
}

// cmapProgram writes a ToUnicode CMap of n bfchar entries.
func cmapProgram(n int) string {
	var b strings.Builder
	b.WriteString("begincmap\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n")
	for i := 0; i < n; i += 100 {
		k := min(100, n-i)
		fmt.Fprintf(&b, "%d beginbfchar\n", k)
		for j := i; j < i+k; j++ {
			fmt.Fprintf(&b, "<%04X> <%04X>\n", j, 0x4E00+j%20000)
		}
		b.WriteString("endbfchar\n")
	}
	b.WriteString("endcmap\n")
	return b.String()
}

// TestFontsCached: a font given inline in the resources, or by
// reference, is built once however often Tf selects it, and its CMap is
// parsed once.
func TestFontsCached(t *testing.T) {
	content := strings.Repeat("BT /F1 12 Tf 72 700 Td <0001> Tj ET\n", 500)
	font := "<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /ToUnicode 5 0 R /DescendantFonts [] >>"
	for name, res := range map[string]string{
		"inline":       "<< /Font << /F1 " + font + " >> >>",
		"by reference": "<< /Font << /F1 6 0 R >> >>",
	} {
		t.Run(name, func(t *testing.T) {
			data := build(
				"<< /Type /Catalog /Pages 2 0 R >>",
				"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "+res+" /Contents 4 0 R >>",
				rawStream("", content),
				rawStream("", cmapProgram(1000)),
				font,
			)
			r, cs, err := readAll(data, Limits{})
			require.NoError(t, err)
			require.Len(t, cs[0].Glyphs, 500)
			assert.Equal(t, "丁", cs[0].Glyphs[0].Text)
			assert.Equal(t, 1, r.cmapParses)
		})
	}
}

// TestCMapDestinations: a bfrange or bfchar destination longer than
// maxDstUnits is refused (its codes have no text); short ones map.
func TestCMapDestinations(t *testing.T) {
	long := "<" + strings.Repeat("4E00", 256*1024) + ">"
	m := parseCMap([]byte("1 begincodespacerange <0000> <FFFF> endcodespacerange\n" +
		"2 beginbfrange <0000> <00FF> " + long + " <0100> <01FF> <4E004E01> endbfrange\n" +
		"2 beginbfchar <0200> " + long + " <0201> <0041> endbfchar\n"))
	for _, tc := range []struct {
		code uint32
		text string
		ok   bool
	}{
		{1, "", false},
		{0x200, "", false},
		{0x101, "一丂", true},
		{0x201, "A", true},
	} {
		s, ok := m.lookup(tc.code, 2)
		assert.Equal(t, tc.ok, ok, "%04X", tc.code)
		assert.Equal(t, tc.text, s, "%04X", tc.code)
	}
	n := testing.AllocsPerRun(100, func() { m.lookup(0x1ff, 2) })
	assert.LessOrEqual(t, n, 2.0, "allocations per lookup")
}

// TestCodespaceRanges: ranges whose lo exceeds hi are dropped, and no
// CMap keeps more than maxCodeRanges, however many it declares.
func TestCodespaceRanges(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 10000; i++ {
		b.WriteString("1 begincodespacerange <FF> <00> endcodespacerange\n")
	}
	b.WriteString("1 begincodespacerange <8140> <FEFE> endcodespacerange\n")
	m := parseCMap([]byte(b.String()))
	require.Len(t, m.space, 1)
	assert.Equal(t, 2, splitCode(m.space, []byte{0x81, 0x41}))
	assert.Equal(t, 0, splitCode(m.space, []byte{0x20, 0x41}))

	b.Reset()
	for i := 0; i < 10000; i++ {
		fmt.Fprintf(&b, "1 begincodespacerange <%04X> <%04X> endcodespacerange\n", i, i)
	}
	assert.Len(t, parseCMap([]byte(b.String())).space, maxCodeRanges)
}

// TestGlyphBudget: the characters and the text shown in all pages are
// budgeted per document; the error names the budget.
func TestGlyphBudget(t *testing.T) {
	content := strings.Repeat("BT /F1 12 Tf 72 700 Td (ABCDEFGHIJ) Tj ET\n", 20) // 200 glyphs
	data := onePage(content, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	_, _, err := readAll(data, Limits{MaxGlyphs: 200})
	require.NoError(t, err)
	_, _, err = readAll(data, Limits{MaxGlyphs: 199})
	var le *LimitError
	require.ErrorAs(t, err, &le)
	assert.Equal(t, "glyphs", le.Limit)
	assert.ErrorIs(t, err, ErrTooLarge)

	actual := strings.Repeat("/Span << /ActualText ("+strings.Repeat("x", 1000)+") >> BDC BT /F1 12 Tf 72 700 Td (A) Tj ET EMC\n", 20)
	data = onePage(actual, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	_, _, err = readAll(data, Limits{MaxText: 10000})
	require.ErrorAs(t, err, &le)
	assert.Equal(t, "text", le.Limit)
}

// noXref writes a file with no xref and no startxref: n objects made by
// body(i), forcing repair.
func noXref(n int, body func(i int) string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	for i := 1; i < n; i++ {
		fmt.Fprintf(&b, "%d 0 obj %s\n", i, body(i))
	}
	return b.Bytes()
}

// TestRepairLinear: repairing a file whose objects never end (strings
// that never close, streams without endstream) costs memory linear in
// the file: ten times the objects, at most about ten times the bytes.
func TestRepairLinear(t *testing.T) {
	for name, body := range map[string]func(int) string{
		"open string":  func(int) string { return "(" },
		"no endstream": func(int) string { return "<<>>stream" },
		"open dict":    func(int) string { return "<< /A [ (x" },
	} {
		t.Run(name, func(t *testing.T) {
			cost := func(n int) uint64 {
				data := noXref(n, body)
				var err error
				a := alloctest.Bytes(func() { _, err = Open(data, Limits{}) })
				require.ErrorIs(t, err, ErrNotPDF)
				return a
			}
			small, large := cost(2000), cost(20000)
			assert.Less(t, large, 15*small+(1<<20), "2 000 objects: %d bytes, 20 000: %d", small, large)
		})
	}
}
