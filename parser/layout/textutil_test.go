package layout

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/normalize"
)

// TestCleanFastPath: Clean, which passes a text whose end bytes no white
// space has (normalize.SpaceByte), trims as strings.TrimFunc does on
// valid and broken UTF-8.
func TestCleanFastPath(t *testing.T) {
	for _, s := range []string{"", " ", "项目名称", " 项目名称\u3000", "\u00a0名称", "名称\ufeff", "\u200b", "\t指标\n",
		"\xc2", "\xa0", "\xe3\x80", "名\x80", "\xef\xbb", "\xbf名", "（万元）", "名称\xe3\x80\x80\xe3\x80\x80"} {
		assert.Equal(t, strings.TrimFunc(s, normalize.IsSpace), Clean(s), "%q", s)
	}
}
