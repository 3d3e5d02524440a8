package pdf

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// textLine is a line of text for tests that only look at its text.
func textLine(s string) *pline {
	var gs []*pglyph
	x := 0.0
	for _, r := range s {
		w := 12.0
		if r < 0x80 {
			w = 6
		}
		gs = append(gs, &pglyph{text: string(r), x0: x, x1: x + w, y: 100, sz: 12})
		x += w
	}
	l := &pline{glyphs: gs, x0: 0}
	l.finish()
	return l
}

func lines(ss ...string) []*pline {
	var ls []*pline
	for _, s := range ss {
		ls = append(ls, textLine(s))
	}
	return ls
}

// TestSpacerSep: a break between Chinese characters keeps a space only
// where the document draws one in that context elsewhere, across a line
// break too, and never writes them together on one line.
func TestSpacerSep(t *testing.T) {
	doc := [][]*pline{
		lines("保定市财政局 保定市人力资源和社会", "保障局 关于预拨"), // spaces drawn mid-line
		lines("其中：财政 资金"), lines("财政资金"), // spaced once, joined once
	}
	sp := newSpacer(doc)
	tests := []struct {
		name, a, b, want string
	}{
		{"spaced elsewhere", "保定市财政局", "保定市人力资源", " "},
		{"spaced across a break elsewhere", "社会保障局", "关于提前下达", " "},
		{"also written together", "其中：财政", "资金", ""},
		{"never spaced", "保定市人力资", "源和社会保障局", ""},
		{"latin words", "Budget", "book", " "},
		{"digits", "2025", "年", ""},
		{"too short", "局", "关于", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, sp.sep(textLine(tt.a), tt.b))
		})
	}
	var none *spacer
	assert.Equal(t, "", none.sep(textLine("财政局"), "保定市"))
}

// TestFirstWidth: what a line breaker keeps together at a line start.
func TestFirstWidth(t *testing.T) {
	tests := []struct {
		line string
		want float64
	}{
		{"效益指标", 12},
		{"（公益性岗位）", 24}, // an opening bracket stays with its character
		{"2025年", 24},
		{"2025，年", 36},
		{"abc def", 18},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, textLine(tt.line).firstWidth(), tt.line)
	}
}
