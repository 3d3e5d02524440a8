package layout

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// Encodings reported in model.Source.Encoding.
const (
	EncUTF8    = "utf-8"
	EncUTF8BOM = "utf-8-bom"
	EncUTF16LE = "utf-16le"
	EncUTF16BE = "utf-16be"
	EncGB18030 = "gb18030"
)

// decodeText turns the bytes of a text or HTML file into UTF-8. A BOM decides
// (UTF-8, UTF-16 LE/BE); otherwise valid UTF-8 is taken as is and anything
// else is read as GB18030, the superset of GBK and GB2312. A charset that a
// document declares (an HTML meta tag) is not trusted: the bytes decide, so a
// page that says gb2312 but holds UTF-8, or the reverse, still reads right.
func DecodeText(b []byte) (string, string, error) {
	out, enc, err := Decode(b)
	return string(out), enc, err
}

// decode is decodeText without the copy to a string: UTF-8 input comes
// back as a slice of b.
func Decode(b []byte) ([]byte, string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return b[3:], EncUTF8BOM, nil
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		return out, EncUTF16LE, err
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		return out, EncUTF16BE, err
	}
	if !utf8.Valid(b) {
		out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
		return out, EncGB18030, err
	}
	return b, EncUTF8, nil
}
