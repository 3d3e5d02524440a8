package numfmt

import (
	"math"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzFormat: no format code and number make the renderer panic; it gives
// the same text twice, valid UTF-8 for a valid code, within a bound on
// its length (no format multiplies its code more than four times, on top
// of a number's digits), and General as General.
func FuzzFormat(f *testing.F) {
	for _, code := range builtin {
		f.Add(code, math.Float64bits(46022.5), false)
	}
	for _, code := range []string{`#,##0.00"万元";[Red]-#,##0.00;"-";@`, `[>=100]0;[<0]"负"0.0E+00;0%`,
		`[$-F800]dddd`, `[h]:mm:ss.000`, `0.0,,`, `"年"\y_)*x`, `# ?/?`} {
		f.Add(code, math.Float64bits(-1234.5678), true)
	}
	f.Fuzz(func(t *testing.T, code string, bits uint64, date1904 bool) {
		v := math.Float64frombits(bits) // any float64: NaN, infinities, subnormals
		fm := Parse(code)
		out := fm.Number(v, date1904)
		require.Equal(t, out, Parse(code).Number(v, date1904))
		assert.LessOrEqual(t, len(out), 4*len(code)+1200, "%q of %v", code, v)
		if utf8.ValidString(code) {
			assert.True(t, utf8.ValidString(out), "%q of %v gives %q", code, v, out)
		}
		if fm.IsGeneral() {
			assert.Equal(t, FormatGeneral(v), out)
		}
		_ = fm.Text(code)
	})
}
