package segment

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSegmenters(t *testing.T) {
	for _, s := range []*Segmenter{Default(), Bigram()} {
		t.Run(s.Name(), func(t *testing.T) {
			text := "服务对象满意度≥90%，开展培训 3次。"
			assert.Equal(t, text, strings.Join(s.Cut(text), ""), "Cut keeps every character")
			words := s.Words(text)
			assert.Contains(t, words, "满意")
			assert.Contains(t, words, "培训")
			for _, w := range words {
				assert.True(t, isWord(w), "%q is no word", w)
			}
			// a query cut the same way finds the text
			for _, q := range []string{"满意度", "培训"} {
				for _, w := range s.Words(q) {
					assert.Contains(t, words, w, q)
				}
			}
			kw := s.Keywords("选调生补助资金用于选调生生活补助，选调生到村任职。", 3)
			assert.LessOrEqual(t, len(kw), 3)
			assert.NotEmpty(t, kw)
			assert.Empty(t, s.Words(""))
			assert.NotPanics(t, func() { s.Words("\x00\xff\xfe bad") })
		})
	}
}

func TestBigram(t *testing.T) {
	b := Bigram()
	assert.Equal(t, []string{"服务", "务对", "对象", "abc12"}, b.Words("服务对象 ABC12"))
	assert.Equal(t, []string{"费"}, b.Words("费"))
	assert.Equal(t, []string{"选调", "调生"}, b.Keywords("选调生，选调生", 2))
}
