package normalize

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/internal/alloctest"
	"github.com/perfdoc/perfdoc/model"
)

// compact renders a value in the short notation of testdata/*.txt.
func compact(v model.Value) string {
	or := func(s string) string {
		if s == "" {
			return "-"
		}
		return s
	}
	switch v.Kind {
	case model.KindQuantity:
		q := strings.Join([]string{"q", string(v.Op), v.Number, or(v.Unit), v.Base.Number, or(v.Base.Unit)}, " ")
		if v.Direction != "" {
			q += " " + string(v.Direction) // a change's (提高2个百分点)
		}
		return q
	case model.KindRange:
		return strings.Join([]string{"r", v.Min, v.Max, or(v.Unit), v.Base.Number, v.BaseMax.Number, or(v.Base.Unit)}, " ")
	case model.KindDeadline:
		return "d " + v.Date
	case model.KindQualitative:
		return "l " + or(string(v.Direction))
	case model.KindClassified:
		return "c"
	}
	return "t"
}

type valueCase struct {
	file, raw, level2, want, name string
	line                          int
}

func readCases(t testing.TB, file string) []valueCase {
	f, err := os.Open(file)
	if err != nil {
		require.NoError(t, err)
	}
	defer f.Close()
	var cases []valueCase
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		parts := strings.Split(line, "\t")
		if len(parts) != 3 && len(parts) != 4 {
			require.Failf(t, "bad case line", "%s:%d: want 3 or 4 tab-separated fields, got %d", file, n, len(parts))
		}
		c := valueCase{file: file, raw: parts[0], level2: parts[1], want: parts[2], line: n}
		if len(parts) == 4 {
			c.name = parts[3]
		}
		cases = append(cases, c)
	}
	return cases
}

func TestValueCases(t *testing.T) {
	for _, file := range []string{"testdata/seed-values.txt", "testdata/more-values.txt", "testdata/real-values.txt", "testdata/cn-numeral-values.txt"} {
		cases := readCases(t, file)
		if file == "testdata/seed-values.txt" {
			assert.Len(t, cases, 92, "%s: the seed's 92 distinct values", file)
		}
		if file == "testdata/more-values.txt" {
			assert.GreaterOrEqual(t, len(cases), 150, file)
		}
		for _, c := range cases {
			ctx := Context{Year: 2026, Level2: c.level2, Name: c.name}
			got := Value(c.raw, ctx)
			assert.Equal(t, c.want, compact(got), "%s:%d: Value(%q, %s)", c.file, c.line, c.raw, c.level2)
			assert.Equal(t, strings.TrimSpace(c.raw), got.Raw, "%s:%d: Raw is the trimmed input", c.file, c.line)
		}
	}
}

func TestValueWarnings(t *testing.T) {
	tests := []struct {
		raw, level2, code, zh, en string
	}{
		{"≥88%88%", "满意度指标", diag.DoubledTextDropped, "删去了重复的“88%”", `doubled text "88%" dropped`},
		{"≤8万", "成本指标", diag.BareScaleMoney, "金额指标中单独的“万”按“万元”读取", "bare 万 read as 万元 (money indicator)"},
		{"≥ 90%", "质量指标", diag.SpacesRemoved, "删除了数值中的空格", "white space inside the value removed"},
		{"100人左右", "数量指标", diag.AboutReadAsEqual, "“左右”按“=”读取", "左右 (about) read as ="},
		{"44,561", "时效指标", diag.ExcelDateSerial, "“44,561”按电子表格的日期序号读作2021-12-31", "44,561 read as an Excel date serial: 2021-12-31"},
		{"2021.1.1-12.31", "时效指标", diag.PeriodEndDeadline, "时段“2021.1.1-12.31”以其截止日为完成时限", `period "2021.1.1-12.31": its end taken as the deadline`},
		{"≤620万/月", "成本指标", diag.BareScaleMoney, "金额指标中单独的“万”按“万元”读取", "bare 万 read as 万元 (money indicator)"},
		{"85", "质量指标", diag.ComparatorUnitFromName, "比较符≥和单位%取自指标名称“苗木成活率(≥**%)”", `comparator >= and unit % taken from the indicator name "苗木成活率(≥**%)"`},
	}
	for _, tt := range tests {
		ctx := Context{Year: 2026, Level2: tt.level2}
		if tt.code == diag.ComparatorUnitFromName {
			ctx.Name = "苗木成活率(≥**%)"
		}
		v := Value(tt.raw, ctx)
		require.Len(t, v.Diagnostics, len(v.Warnings), "Value(%q): a diagnostic for each warning", tt.raw)
		codes := make([]string, len(v.Diagnostics))
		for i, d := range v.Diagnostics {
			codes[i] = d.Code
		}
		assert.Contains(t, codes, tt.code, "Value(%q).Diagnostics", tt.raw)
		assert.Contains(t, v.Warnings, tt.zh, "Value(%q).Warnings in Chinese, the default", tt.raw)
		diag.LocalizeValue(&v, diag.English)
		assert.Contains(t, v.Warnings, tt.en, "Value(%q).Warnings in English", tt.raw)
	}
	v := Value("≥90%", Context{})
	assert.Empty(t, v.Warnings, "a clean value has no warnings")
	assert.Empty(t, v.Diagnostics, "a clean value has no diagnostics")
}

func TestBareWanOutsideMoney(t *testing.T) {
	v := Value("≥1万", Context{Level2: "数量指标", Name: "受益人数"})
	assert.Equal(t, model.KindQuantity, v.Kind)
	assert.Equal(t, "万", v.Unit)
	require.NotNil(t, v.Base)
	assert.Equal(t, model.Quantity{Number: "10000", Unit: ""}, *v.Base)
}

func TestDeadlineWithoutYear(t *testing.T) {
	v := Value("12月底前", Context{})
	assert.Equal(t, model.KindText, v.Kind, "without a document year 12月底前 stays text")
}

func TestDocument(t *testing.T) {
	doc := &model.Document{Year: 2025, Projects: []model.Project{{MoneyUnit: "万元", Indicators: []model.Indicator{
		{Level1: "产出指标", Level2: "成本指标", Name: "标准", Value: model.Value{Raw: "≤8万"}},
		{Level1: "产出指标", Level2: "时效指标", Name: "时间", Value: model.Value{Raw: "12月底"}},
		{Level1: "产出指标", Level2: "数量指标", Name: "人数", Value: model.Value{Raw: "≥10人"}, Actual: &model.Value{Raw: "12人"},
			OtherValues: []model.OtherValue{{Role: model.RoleHalfYear, Value: model.Value{Raw: "≥5人"}}}},
	}}}}
	Document(doc)
	inds := doc.Projects[0].Indicators
	assert.Equal(t, "q = 12 人 12 人", compact(*inds[2].Actual), "actual result typed")
	assert.Equal(t, "q >= 5 人 5 人", compact(inds[2].OtherValues[0].Value), "half-year target typed")
	assert.Equal(t, "q <= 8 万元 80000 元", compact(inds[0].Value), "cost indicator")
	assert.Equal(t, "2025-12-31", inds[1].Value.Date, "the document's year")
}

// TestOverflowNumeralsAreText: the file, one value per line,
// types every line as text (never a wrapped negative quantity).
func TestOverflowNumeralsAreText(t *testing.T) {
	data, err := os.ReadFile("testdata/values-cn-numeral-overflow.txt")
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	require.Len(t, lines, 5)
	for _, line := range lines {
		v := Value(line, Context{Year: 2026, Level2: "数量指标"})
		assert.Equal(t, model.KindText, v.Kind, "%q", line)
	}
}

func TestChineseNumeral(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		n    int
	}{
		{"三", 3, 3}, {"十", 10, 3}, {"十二", 12, 6}, {"二十", 20, 6}, {"一百零五", 105, 12},
		{"两千", 2000, 6}, {"一万二千", 12000, 12}, {"三万", 3, 3}, {"九十九", 99, 9}, {"abc", 0, 0},
		{"一万二", 12000, 9}, {"一百五", 150, 9}, {"二十万", 20, 6}, {"一亿零五万元", 100050000, 15},
		{"零", 0, 3}, {"百", 100, 3}, {"十月", 10, 3}, {"两千两千", 0, 0}, {"九九", 0, 0},
		{"一万二千一万二千", 0, 0}, {"千百", 0, 0}, {"一百零", 0, 0},
	}
	for _, tt := range tests {
		v, n := parseChineseNumeral(tt.in)
		assert.Equal(t, [2]int64{tt.want, int64(tt.n)}, [2]int64{v, int64(n)}, "parseChineseNumeral(%q)", tt.in)
	}
}

// TestLongNumbersAreText: a number of MaxDigits digits is one, a longer
// run of digits is text, read without turning it into a decimal (a
// million digits restated in 元 allocated 2.4 GB in big-integer work and
// took 1.6 s; fifteen such cells in a filing, 22 s).
func TestLongNumbersAreText(t *testing.T) {
	v := Value("≥"+strings.Repeat("9", MaxDigits-2)+".75万元", Context{})
	assert.Equal(t, model.KindQuantity, v.Kind)
	assert.Equal(t, strings.Repeat("9", MaxDigits-2)+"7500", v.Base.Number)
	for _, s := range []string{"≥" + strings.Repeat("9", MaxDigits-1) + ".75万元", strings.Repeat("1", MaxDigits+1) + "人", "1-" + strings.Repeat("2", MaxDigits+1) + "万元"} {
		assert.Equal(t, model.KindText, Value(s, Context{}).Kind, s)
	}
	huge := "≥" + strings.Repeat("9", 1<<20) + ".5万元"
	var v2 model.Value
	n := alloctest.Bytes(func() { v2 = Value(huge, Context{}) })
	assert.Equal(t, model.KindText, v2.Kind)
	assert.Less(t, n, uint64(16<<20), "bytes allocated")
}

// TestKindAsValue: Kind is Value's kind for every value of the cases'
// files, with their levels and names, with none and with the context the
// extractor gives (year 2000), and allocates less where Value computes a
// base in 元 the kind does not need.
func TestKindAsValue(t *testing.T) {
	var cases []valueCase
	for _, file := range []string{"testdata/seed-values.txt", "testdata/more-values.txt", "testdata/real-values.txt", "testdata/cn-numeral-values.txt"} {
		cases = append(cases, readCases(t, file)...)
	}
	overflow, err := os.ReadFile("testdata/values-cn-numeral-overflow.txt")
	require.NoError(t, err)
	for _, raw := range append(strings.Split(string(overflow), "\n"), "≥ 90%", "200-100万元", "≤620万/月", "85", "涉密", "44,561", "2021.1.1-12.31", "≥88%88%") {
		cases = append(cases, valueCase{raw: raw, name: "苗木成活率(≥**%)"})
	}
	for _, c := range cases {
		for _, ctx := range []Context{{Year: 2026, Level2: c.level2, Name: c.name}, {}, {Year: 2000}, {Level1: "成本指标", Name: "补助标准"}} {
			assert.Equal(t, Value(c.raw, ctx).Kind, Kind(c.raw, ctx), "%s:%d: %q %+v", c.file, c.line, c.raw, ctx)
		}
	}
	for _, raw := range []string{"≤8万", "100-200万元", "≥ 3.5亿元"} {
		ctx := Context{Year: 2000, Level2: "成本指标"}
		assert.Less(t, testing.AllocsPerRun(5, func() { Kind(raw, ctx) }), testing.AllocsPerRun(5, func() { Value(raw, ctx) }), raw)
	}
}

// TestDropThousands: a thousands separator is dropped whether ASCII or
// full-width (1,234.56万元 and 1，234.56万元 read alike), a comma between
// other digits (12,34, 3，5, 1,2345) or words stays, and a text with no
// separator comes back without a copy.
func TestDropThousands(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"1,234.56万元", "1234.56万元"}, {"1，234.56万元", "1234.56万元"}, {"1,234,567", "1234567"},
		{"1，234，567元", "1234567元"}, {"¥30,000.00", "¥30000.00"}, {"合计：2,000", "合计：2000"},
		{"12,34", "12,34"}, {"3，5", "3，5"}, {"1,2345", "1,2345"}, {"1,23", "1,23"}, {",123", ",123"},
		{"项目一，项目二", "项目一，项目二"}, {"1,,234", "1,,234"}, {"，", "，"}, {"", ""}, {"\xef\xbc", "\xef\xbc"},
		{"3，500人，12,000元", "3500人，12000元"},
		// a comma no grouping of one number explains: a longer run or a
		// decimal before it, a short group after the next comma (a list,
		// a clause's end)
		{"1500，100%", "1500，100%"}, {"2024,100", "2024,100"}, {"0.5，100", "0.5，100"}, {"1,234,5", "1,234,5"},
		{"12,34,567", "12,34,567"}, {"1,234,5678", "1,234,5678"}, {"-1,234", "-1234"}, {"1,234，567.5", "1234567.5"},
		{"1,234，", "1234，"}, {"1,234,567,890元", "1234567890元"},
	} {
		assert.Equal(t, tt.want, DropThousands(tt.in), "DropThousands(%q)", tt.in)
	}
	s := "854万元（其中中央资金400万元）"
	assert.Zero(t, testing.AllocsPerRun(10, func() { _ = DropThousands(s) }))
}

// TestDropThousandsLongRun: a run of groups longer than any number
// (MaxDigits digits) keeps its commas, and reading it stays linear enough
// to finish at once on a long cell.
func TestDropThousandsLongRun(t *testing.T) {
	long := "1" + strings.Repeat(",234", 40)
	assert.Equal(t, long, DropThousands(long))
	short := "1" + strings.Repeat(",234", 5)
	assert.Equal(t, "1"+strings.Repeat("234", 5), DropThousands(short))
	huge := "1" + strings.Repeat(",234", 200000)
	assert.Equal(t, huge, DropThousands(huge))
	_ = Value(huge, Context{})
}
