package ocr

import (
	"image"
	"image/color"
	"image/draw"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// textCrop renders s in the Go font at size px onto a white line crop with
// the padding the reader gives its crops.
func textCrop(t *testing.T, s string, size float64) *image.Gray {
	t.Helper()
	f, err := opentype.Parse(goregular.TTF)
	require.NoError(t, err)
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
	require.NoError(t, err)
	defer face.Close()
	w := font.MeasureString(face, s).Ceil()
	h := int(size * 1.3)
	g := image.NewGray(image.Rect(0, 0, w+2*padding, h+2*padding))
	draw.Draw(g, g.Rect, image.White, image.Point{}, draw.Src)
	d := font.Drawer{Dst: g, Src: image.Black, Face: face, Dot: fixed.P(padding, padding+int(size))}
	d.DrawString(s)
	return g
}

func TestGlyphComparator(t *testing.T) {
	for _, size := range []float64{24, 40} {
		for s, want := range map[string]rune{
			"≥90%": '≥', "≤4": '≤', "<1": '<', ">5": '>', "=3": '=',
			"100%": 0, "-3": 0, "7": 0,
		} {
			assert.Equal(t, string(want), string(glyphComparator(textCrop(t, s, size))), "%s at %v px", s, size)
		}
	}
}

func TestFixComparator(t *testing.T) {
	ge := textCrop(t, "≥90%", 40)
	le := textCrop(t, "≤4", 40)
	for _, c := range []struct {
		read string
		crop *image.Gray
		want string
	}{
		{"三9090", ge, "≥9090"}, // the sign only: digits are the second pass's
		{"=90%", ge, "≥90%"},
		{">=1 年", textCrop(t, "≥1", 40), "≥1 年"},
		{"≥4", le, "≤4"},
		{"<4", le, "≤4"},
		{"三", ge, "≥"},
		{"一1件", textCrop(t, "<1", 40), "<1件"},
		{"三年", ge, "三年"},                    // no digit after: not a value
		{"100%", ge, "100%"},                // no look-alike first
		{"-3", textCrop(t, "-3", 40), "-3"}, // a minus stays
	} {
		assert.Equal(t, c.want, fixComparator(c.read, c.crop), c.read)
	}
}

func TestNumericLine(t *testing.T) {
	for s, want := range map[string]bool{
		"1009p": true, "9.19 万元": true, "三9090": true, "≥": true, "三": true,
		"13060525P00008610004": true, "2025年工作计划": false, "实际补助发放精准率": false,
		"": false, "资金": false,
	} {
		assert.Equal(t, want, numericLine(s), s)
	}
}

func TestHardBreak(t *testing.T) {
	assert.Equal(t, "", hardBreak("2025年省级财政稳就业（保财社【2025】35", "号）"))
	assert.Equal(t, "", hardBreak("保财社", "【2025】19号"))
	assert.Equal(t, "", hardBreak("2025年", "工作计划"))
	assert.Equal(t, "\n", hardBreak("帮助他们适应基层工作。", "其他"))
	assert.Equal(t, "\n", hardBreak("基层工作", "2.其他"))
	assert.Equal(t, "\n", hardBreak("目标", "（一）产出"))
	assert.Equal(t, "\n", hardBreak("目标", "二、效益"))
}

func TestShrink(t *testing.T) {
	g := image.NewGray(image.Rect(0, 0, 40, 20))
	for y := range 20 {
		for x := range 40 {
			if x < 21 {
				g.Pix[y*g.Stride+x] = 200
			}
		}
	}
	s := shrink(g, 0.5)
	require.Equal(t, image.Rect(0, 0, 20, 10), s.Rect)
	assert.Equal(t, uint8(200), s.Pix[0])
	assert.Equal(t, uint8(100), s.Pix[10]) // input columns 20 and 21
	assert.Equal(t, uint8(0), s.Pix[19])
	s = shrink(g, 0.75) // 30 × 15
	require.Equal(t, image.Rect(0, 0, 30, 15), s.Rect)
	assert.Equal(t, uint8(200), s.Pix[14])
	assert.Equal(t, uint8(150), s.Pix[15]) // input columns 20 to 21⅓

}

func TestHanOf(t *testing.T) {
	// 三9090 read again as =90% keeps its Chinese: 三 is the comparator
	assert.Equal(t, hanOf("三9090"), hanOf("=90%"))
	assert.Equal(t, "万元", hanOf("三9.19万元"))
	assert.NotEqual(t, hanOf("12月底"), hanOf("12 A底"))
}

func TestLatinCode(t *testing.T) {
	// a code's final letter read as a Han character by chi_sim
	assert.True(t, latinCode("13060526P00002810081五", "13060526P00002810081H"))
	assert.True(t, latinCode("13060526P00002110067卫", "13060526P00002110067P"))
	// the Chinese of a value is kept: 月 is no letter
	assert.False(t, latinCode("12月底", "12A底"))
	assert.False(t, latinCode("2025年12月31日前", "2025412A31H"))
	// a digit in place of a Han character, a different length, a short code
	assert.False(t, latinCode("13060526P0000281008五", "13060526P00002810085"))
	assert.False(t, latinCode("13060526P00002810081五", "13060526P00002810081HH"))
	assert.False(t, latinCode("P0五", "P0H"))
	// the digits differ
	assert.False(t, latinCode("13060526P00002810081五", "13060526P00002810087H"))
}

func TestJoinSplit(t *testing.T) {
	// 孵化基地数 on a line of 36 rows, then 量 cut into 日 (12 rows) and
	// 里 (22 rows) by 3 rows of white
	lines := []textLine{{y0: 0, y1: 35}, {y0: 46, y1: 57}, {y0: 61, y1: 82}}
	got := joinSplit(lines, 36)
	require.Len(t, got, 2)
	assert.Equal(t, textLine{y0: 46, y1: 82}, got[1])
	// two lines of small text: together taller than a line
	lines = []textLine{{y0: 0, y1: 20}, {y0: 24, y1: 44}}
	assert.Len(t, joinSplit(lines, 36), 2)
	// parts farther apart than a sixth of a line stay apart
	lines = []textLine{{y0: 0, y1: 9}, {y0: 20, y1: 35}}
	assert.Len(t, joinSplit(lines, 36), 2)
	assert.Equal(t, lines, joinSplit(lines, 0))
}

func TestGrayPaletted(t *testing.T) {
	// the fast path gives what drawing over white gives
	pal := color.Palette{color.Gray{0}, color.Gray{128}, color.RGBA{255, 0, 0, 255},
		color.NRGBA{0, 0, 0, 128}, color.NRGBA{0, 0, 0, 0}}
	m := image.NewPaletted(image.Rect(3, 2, 8, 4), pal)
	for i := range m.Pix {
		m.Pix[i] = uint8(i % len(pal))
	}
	want := image.NewGray(image.Rect(0, 0, 5, 2))
	draw.Draw(want, want.Bounds(), image.White, image.Point{}, draw.Src)
	draw.Draw(want, want.Bounds(), m, m.Rect.Min, draw.Over)
	got := Gray(m)
	require.Equal(t, want.Rect, got.Rect)
	for i := range want.Pix {
		assert.InDelta(t, int(want.Pix[i]), int(got.Pix[i]), 1, "pixel %d", i)
	}
}

func TestDoubtfulShortValue(t *testing.T) {
	// short and unsure: read again
	assert.True(t, doubtfulShort("S企", 11))
	assert.True(t, doubtfulShort("泡汗件", 40))
	assert.False(t, doubtfulShort("S企", 60), "sure enough")
	assert.True(t, doubtfulShort("2400浅", 30), "a digit and a unit misread")
	assert.False(t, doubtfulShort("服务对象满意度指标", 30), "long")
	assert.False(t, doubtfulShort("", 0))
	// what the second reading must look like to be taken
	for _, s := range []string{"3个", "<1件", "≥95%", "0.1元/平方米/天", "12月底", "11人", "≧95%", "＞3次", "⩽5天", ">=90%"} {
		assert.True(t, valueLike(s), s)
	}
	for _, s := range []string{"7t", "12A底", "Sis", "个3", "≥", "≧", ""} {
		assert.False(t, valueLike(s), s)
	}
	assert.False(t, keepsComparator("≥5%", "25%"))
	assert.True(t, keepsComparator("≥5%", "≥5%"))
	assert.True(t, keepsComparator("三下第", "≥1年"))
	assert.True(t, keepsComparator("S企", "3个"))
}

func TestBlackWhite(t *testing.T) {
	g := image.NewGray(image.Rect(0, 0, 4, 1))
	copy(g.Pix, []uint8{30, 90, 200, 250})
	assert.Equal(t, []uint8{0, 0, 255, 255}, blackWhite(g).Pix)
}

func TestCodeTail(t *testing.T) {
	texts := []string{"项目编码", "13060526P00002110067", "卫", "2025年工作", "计划", "13060526P0000211006了"}
	above := []int{-1, -1, 1, -1, 3, -1}
	assert.True(t, codeTail(texts, above, 2), "the code's P wrapped and read 卫")
	assert.False(t, codeTail(texts, above, 4), "under Chinese")
	assert.False(t, codeTail(texts, above, 1), "a first line")
	texts[2] = "YY"
	assert.True(t, codeTail(texts, above, 2), "a Y read twice")
	texts[2] = "PQR"
	assert.False(t, codeTail(texts, above, 2), "three characters")
	assert.True(t, isCode("13060526P00002110067P"))
	assert.False(t, isCode("2025"))
	assert.False(t, isCode("13060526P0000211006了"))
}
