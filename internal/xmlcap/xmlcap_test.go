package xmlcap

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/orisano/gosax"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// chunked reads at most n bytes at a time.
type chunked struct {
	r io.Reader
	n int
}

func (c chunked) Read(p []byte) (int, error) { return c.r.Read(p[:min(len(p), c.n)]) }

// filtered reads all of s through the filter, in reads of n bytes.
func filtered(s string, n, maxText, maxMarkup int) (string, *Reader, error) {
	c := New(chunked{strings.NewReader(s), n}, maxText, maxMarkup)
	b, err := io.ReadAll(c)
	return string(b), c, err
}

const sample = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE x>
<w:document xmlns:w="urn:w"><!-- a <comment> with -- and > inside --><w:body>` +
	`<w:p w:a='it''s' w:b="a > b"><w:r><w:t xml:space="preserve">项目 &amp; 指标 &#x4E00;</w:t></w:r></w:p>` +
	`<![CDATA[ <not a tag> ]] ]> ]]><?pi a > b ?><w:br/></w:body></w:document>`

// Within the bounds, the bytes pass unchanged, whatever the reads'
// sizes (a construct split across two reads included).
func TestPassesWithinBounds(t *testing.T) {
	for _, n := range []int{1, 2, 3, 7, 64, 4096} {
		for _, b := range [][2]int{{0, 0}, {1000, 1000}, {46, 105}} {
			got, c, err := filtered(sample, n, b[0], b[1])
			require.NoError(t, err, "reads of %d, bounds %v", n, b)
			assert.Equal(t, sample, got, "reads of %d, bounds %v", n, b)
			assert.Zero(t, c.Cut)
		}
	}
	b, err := io.ReadAll(New(iotest.OneByteReader(strings.NewReader(sample)), 50, 200))
	require.NoError(t, err)
	assert.Equal(t, sample, string(b))
}

// A long run of character data is cut at the bound and the markup after
// it passes: the XML stays well formed, and one bound's worth of text is
// what a tokenizer sees.
func TestCutsLongText(t *testing.T) {
	doc := "<a><t>" + strings.Repeat("甲", 100000) + "</t><t>ok</t></a>"
	for _, n := range []int{5, 4096, 1 << 20} {
		got, c, err := filtered(doc, n, 999, 100)
		require.NoError(t, err)
		assert.Equal(t, "<a><t>"+strings.Repeat("甲", 333)+"</t><t>ok</t></a>", got, "reads of %d", n)
		assert.Equal(t, int64(300000-999), c.Cut)
		assert.Equal(t, 1, c.Runs)
	}
}

// The cut never splits an entity reference: it moves past the ';'.
func TestCutKeepsEntities(t *testing.T) {
	for _, n := range []int{1, 3, 4096} {
		got, _, err := filtered("<t>ab&amp;cdef</t>", n, 4, 0)
		require.NoError(t, err)
		assert.Equal(t, "<t>ab&amp;</t>", got, "reads of %d", n)
		got, _, err = filtered("<t>a&#x4E00;&lt;bc</t>", n, 3, 0)
		require.NoError(t, err)
		assert.Equal(t, "<t>a&#x4E00;</t>", got, "reads of %d", n)
		got, _, err = filtered("<t>abc&amp;d</t>", n, 3, 0)
		require.NoError(t, err)
		assert.Equal(t, "<t>abc</t>", got, "reads of %d", n)
	}
}

// Markup over its bound is refused: a long attribute value, comment,
// CDATA section, processing instruction, or a tag that never ends.
func TestRefusesLongMarkup(t *testing.T) {
	long := strings.Repeat("x", 5000)
	for _, doc := range []string{
		`<a b="` + long + `"/>`,
		`<a b='>` + long + `'/>`,
		`<!--` + long + `-->`,
		`<![CDATA[` + long + `]]>`,
		`<?pi ` + long + `?>`,
		`<!DOCTYPE ` + long + `>`,
		`<a ` + long,
	} {
		for _, n := range []int{7, 4096} {
			_, _, err := filtered("<r>"+doc+"</r>", n, 100, 1000)
			assert.True(t, errors.Is(err, ErrMarkup), "%.20s…: %v", doc, err)
		}
	}
	_, _, err := filtered(`<a b="`+long+`"/>`, 64, 100, 0)
	assert.NoError(t, err, "no markup bound")
}

// Behind the filter, gosax holds one bound's worth of a 64 MiB text, not
// the text: a tokenizer's allocation stays far below the input's size.
func TestTokenizerBounded(t *testing.T) {
	const size = 64 << 20
	src := io.MultiReader(strings.NewReader("<w:t>"), io.LimitReader(repeatReader('x'), size), strings.NewReader("</w:t>"))
	xr := gosax.NewReaderSize(New(src, 1<<20, 1<<20), 64<<10)
	longest := 0
	for {
		ev, err := xr.Event()
		require.NoError(t, err)
		if ev.Type() == gosax.EventEOF {
			break
		}
		longest = max(longest, len(ev.Bytes))
	}
	assert.Equal(t, 1<<20, longest)
}

type repeatReader byte

func (r repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

// FuzzFilter: with no bounds, or bounds above the input's length, the
// filter passes any bytes unchanged; with any bounds, it never adds a
// byte and keeps at least the markup.
func FuzzFilter(f *testing.F) {
	f.Add([]byte(sample), 3, 10, 20)
	f.Add([]byte("<a>&amp;&amp;&amp;</a><![CDATA[x]]>"), 1, 2, 3)
	f.Fuzz(func(t *testing.T, data []byte, n, maxText, maxMarkup int) {
		n = 1 + int(uint(n)%97) // abs(math.MinInt) is negative
		for _, b := range [][2]int{{0, 0}, {len(data) + 1, len(data) + 1}} {
			got, _, err := filtered(string(data), n, b[0], b[1])
			if err != nil || got != string(data) {
				t.Fatalf("bounds %v: %q → %q, %v", b, data, got, err)
			}
		}
		got, c, err := filtered(string(data), n, maxText%1000, maxMarkup%1000)
		if err == nil && int64(len(got))+c.Cut != int64(len(data)) {
			t.Fatalf("%d bytes out and %d cut from %d", len(got), c.Cut, len(data))
		}
	})
}

func BenchmarkFilter(b *testing.B) {
	doc := strings.Repeat(sample, 2000)
	b.SetBytes(int64(len(doc)))
	buf := make([]byte, 64<<10)
	for i := 0; i < b.N; i++ {
		c := New(strings.NewReader(doc), 1<<20, 1<<20)
		for {
			if _, err := c.Read(buf); err != nil {
				break
			}
		}
	}
}

func BenchmarkFilterDOCX(b *testing.B) {
	doc := seedXML(b)
	b.SetBytes(int64(len(doc)))
	buf := make([]byte, 64<<10)
	for i := 0; i < b.N; i++ {
		c := New(bytes.NewReader(doc), 1<<20, 1<<20)
		for {
			if _, err := c.Read(buf); err != nil {
				break
			}
		}
	}
}

func BenchmarkGosaxDOCX(b *testing.B) {
	doc := seedXML(b)
	for _, filter := range []bool{false, true} {
		b.Run(fmt.Sprint(filter), func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			for i := 0; i < b.N; i++ {
				var r io.Reader = bytes.NewReader(doc)
				if filter {
					r = New(r, 1<<20, 1<<20)
				}
				xr := gosax.NewReaderSize(r, 64<<10)
				for {
					ev, err := xr.Event()
					if err != nil || ev.Type() == gosax.EventEOF {
						break
					}
				}
			}
		})
	}
}

// seedXML is the word/document.xml of the seed DOCX.
func seedXML(b *testing.B) []byte {
	zr, err := zip.OpenReader("../../testdata/budget-2026.docx")
	require.NoError(b, err)
	defer zr.Close()
	f, err := zr.Open("word/document.xml")
	require.NoError(b, err)
	doc, err := io.ReadAll(f)
	require.NoError(b, err)
	return doc
}
