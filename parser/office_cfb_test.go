package parser

import (
	"github.com/perfdoc/perfdoc/internal/officetest"
	"github.com/perfdoc/perfdoc/parser/internal/office"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// officeStreams reads the named streams of a compound file in testdata.
func officeStreams(t testing.TB, name string, streams ...string) [][]byte {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "office", name))
	require.NoError(t, err)
	o, err := office.OpenOLE(data)
	require.NoError(t, err)
	var out [][]byte
	for _, s := range streams {
		if !o.Has(s) {
			out = append(out, nil)
			continue
		}
		b, err := o.Stream(s)
		require.NoError(t, err)
		out = append(out, b)
	}
	return out
}

// TestMakeCFB: a container rebuilt from a Word 97 document's streams reads
// as the original does.
func TestMakeCFB(t *testing.T) {
	s := officeStreams(t, "national-template.doc", "WordDocument", "1Table", "Data")
	orig := parseFile(t, "office/national-template.doc")
	data, _ := officetest.CFB(t, officetest.Stream{Name: "WordDocument", Data: s[0]}, officetest.Stream{Name: "1Table", Data: s[1]}, officetest.Stream{Name: "Data", Data: s[2]})
	doc, err := Parse(data, Options{Path: "office/national-template.doc"})
	require.NoError(t, err)
	doc.Source.SHA256 = orig.Source.SHA256
	require.Equal(t, string(marshal(t, orig)), string(marshal(t, doc)))
}
