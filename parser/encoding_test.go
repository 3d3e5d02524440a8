package parser

import (
	"bytes"
	"testing"

	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// TestSeedReencoded: the seed text export as GB18030 with CRLF, UTF-8 with
// a BOM and CRLF, and UTF-16 LE/BE with a BOM parses to the same document
// as the original; only source.encoding differs.
func TestSeedReencoded(t *testing.T) {
	orig := benchInput(t, "budget-2026.txt")
	want, err := Parse(orig, Options{Path: "seed"})
	require.NoError(t, err)
	crlf := bytes.ReplaceAll(orig, []byte("\n"), []byte("\r\n"))
	gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes(crlf)
	require.NoError(t, err)
	u16le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(orig)
	u16be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes(crlf)
	for _, tt := range []struct {
		name, enc string
		data      []byte
	}{
		{"gb18030 crlf", layout.EncGB18030, gb},
		{"utf-8 bom crlf", layout.EncUTF8BOM, append([]byte{0xEF, 0xBB, 0xBF}, crlf...)},
		{"utf-16le bom", layout.EncUTF16LE, u16le},
		{"utf-16be bom crlf", layout.EncUTF16BE, u16be},
	} {
		got, err := Parse(tt.data, Options{Path: "seed"})
		if !assert.NoError(t, err, tt.name) {
			continue
		}
		assert.Equal(t, tt.enc, got.Source.Encoding, tt.name)
		assert.Equal(t, string(marshal(t, stripSources(want))), string(marshal(t, stripSources(got))), "%s differs from the UTF-8 original", tt.name)
	}
}

// TestHTMLCharsets: a gb2312 page, and pages whose meta charset lies, read
// right.
func TestHTMLCharsets(t *testing.T) {
	body := "<p>1.办公经费绩效目标表</p><table><tr><td>项目名称</td><td>办公经费</td></tr></table>"
	gbBody, _ := simplifiedchinese.GB18030.NewEncoder().String(body)
	for _, tt := range []struct {
		name, page, enc string
	}{
		{"gb2312 meta, gb bytes", `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>` + gbBody + `</body></html>`, layout.EncGB18030},
		{"utf-8 meta that lies (gb bytes)", `<html><head><meta charset="utf-8"></head><body>` + gbBody + `</body></html>`, layout.EncGB18030},
		{"gbk meta that lies (utf-8 bytes)", `<html><head><meta charset="gbk"></head><body>` + body + `</body></html>`, layout.EncUTF8},
	} {
		doc, err := Parse([]byte(tt.page), Options{})
		if !assert.NoError(t, err, tt.name) {
			continue
		}
		assert.Equal(t, FormatHTML, doc.Source.Format, tt.name)
		assert.Equal(t, tt.enc, doc.Source.Encoding, tt.name)
		assert.Equal(t, "办公经费", doc.Projects[0].Name, tt.name)
	}
}
