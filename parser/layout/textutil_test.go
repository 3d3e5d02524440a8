package layout

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/normalize"
)

// TestCleanFastPath: Clean's test of the end bytes knows every white
// space character normalize.IsSpace knows (a character added there and
// not here would be left untrimmed), and Clean trims as strings.TrimFunc
// does on valid and broken UTF-8.
func TestCleanFastPath(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if normalize.IsSpace(r) {
			s := string(r)
			assert.True(t, spaceStart(s[0]), "%U starts with a byte spaceStart does not know", r)
			assert.True(t, spaceEnd(s[len(s)-1]), "%U ends with a byte spaceEnd does not know", r)
		}
	}
	for _, s := range []string{"", " ", "项目名称", " 项目名称\u3000", "\u00a0名称", "名称\ufeff", "\u200b", "\t指标\n",
		"\xc2", "\xa0", "\xe3\x80", "名\x80", "\xef\xbb", "\xbf名", "（万元）", "名称\xe3\x80\x80\xe3\x80\x80"} {
		assert.Equal(t, strings.TrimFunc(s, normalize.IsSpace), Clean(s), "%q", s)
	}
}
