package normalize

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/vocab"
)

// deadline types "2025年底", "2026年年底", "2025年12月底", "12月底前",
// "年底前", "2021年12月31日", "2021年9月", "9月前", "2025年上半年",
// "2025-06-30" as the last day of the period named; a period without a year
// falls in ctx.Year. A verb after the date ("12月底到位", "11月底前完成") is
// read past; a period ("2021.1.1-12.31", "2020年1月--2020年11月") ends on its
// deadline.
func deadline(s string, ctx Context, v *model.Value) bool {
	return pointInTime(s, ctx, v) || period(s, ctx, v)
}

// deadlineVerbs may follow a date: what is to happen by then.
var deadlineVerbs = []string{
	"拨付到位", "发放到位", "资金到位", "竣工验收", "完成验收", "投入使用", "交付使用", "执行完毕", "全部完成", "实施完成",
	"到位", "完成", "完工", "竣工", "验收", "发放", "拨付", "兑现", "兑付", "支付", "建成", "开工", "启动", "结束",
	"办结", "实施", "落实", "下达", "完毕", "投用", "上线",
}

// deadlineVerbEnds holds the last bytes of the deadline verbs.
var deadlineVerbEnds = func() (ends [256]bool) {
	for _, v := range deadlineVerbs {
		ends[v[len(v)-1]] = true
	}
	return ends
}()

// trimDeadlineWords strips what surrounds the date of a deadline:
// "不晚于", "截至" before it, verbs and "前", "以内" after it.
func trimDeadlineWords(s string) string {
	t := s
	for _, p := range []string{"不晚于", "不迟于", "截至", "截止", "于", "在", "≤", "<=", "<"} {
		t = strings.TrimPrefix(t, p)
	}
	for range 2 {
		if t == "" || !deadlineVerbEnds[t[len(t)-1]] {
			break // most texts end in no verb
		}
		for _, verb := range deadlineVerbs {
			if strings.HasSuffix(t, verb) && len(t) > len(verb) {
				t = strings.TrimSuffix(t, verb)
				break
			}
		}
	}
	for _, suf := range []string{"之前", "以前", "前", "内完成", "以内", "内", "止", "为止"} {
		if strings.HasSuffix(t, suf) && len(t) > len(suf) {
			return strings.TrimSuffix(t, suf)
		}
	}
	return t
}

// period types a span of time by its end: both ends must read as dates
// (the start may be a bare month number in a 时效指标: "1-12月"); an end
// without a year takes the start's.
func period(s string, ctx Context, v *model.Value) bool {
	for _, sep := range []string{"--", "-", "~", "至", "到"} {
		for off := 0; ; {
			i := strings.Index(s[off:], sep)
			if i < 0 {
				break
			}
			i += off
			off = i + len(sep)
			left, right := s[:i], s[i+len(sep):]
			if left == "" || right == "" {
				continue
			}
			var start model.Value
			year := 0
			if pointInTime(left, ctx, &start) {
				year, _ = strconv.Atoi(start.Date[:4])
			} else if n, size := digitsPrefix(left); !(size == len(left) && n >= 1 && n <= 12 && isTimeliness(ctx)) {
				continue
			}
			endCtx := ctx
			if year != 0 {
				endCtx.Year = year
				if y, m, d, ok := monthDay(right); ok && y == 0 {
					// "2021.1.1-12.31": month.day in the start's year
					right = fmt.Sprintf("%04d.%d.%d", year, m, d)
				}
			}
			if pointInTime(right, endCtx, v) {
				v.Diagnostics = append(v.Diagnostics, diag.Value(diag.PeriodEndDeadline, s))
				return true
			}
		}
	}
	return false
}

// monthDay reads "12.31" (month.day, no year).
func monthDay(s string) (int, int, int, bool) {
	i := strings.IndexByte(s, '.')
	if i <= 0 {
		return 0, 0, 0, false
	}
	m, e1 := strconv.Atoi(s[:i])
	d, e2 := strconv.Atoi(s[i+1:])
	if e1 != nil || e2 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, 0, 0, false
	}
	return 0, m, d, true
}

func isTimeliness(ctx Context) bool {
	v := vocab.Default()
	return v.Level2Is(vocab.Timeliness, ctx.Level2) || strings.Contains(ctx.Level1, v.Stem(vocab.Timeliness))
}

// excelSerial types a day number where a deadline is expected: a cell of a
// workbook formatted as a number shows 44561 for 2021-12-31.
func excelSerial(s string, ctx Context, v *model.Value) bool {
	if !isTimeliness(ctx) {
		return false
	}
	n, err := strconv.Atoi(DropThousands(s))
	if err != nil || n < 25000 || n > 80000 {
		return false
	}
	d := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	v.Kind = model.KindDeadline
	v.Date = d.Format("2006-01-02")
	v.Diagnostics = append(v.Diagnostics, diag.Value(diag.ExcelDateSerial, s, v.Date))
	return true
}

// pointInTime types one date or period name (see deadline).
func pointInTime(s string, ctx Context, v *model.Value) bool {
	t := trimDeadlineWords(s)
	year, month, day := 0, 0, 0
	if y, m, d, ok := isoDate(t); ok && (d != 0 || t[4] != '.' || vocab.Default().Level2Is(vocab.Timeliness, ctx.Level2)) {
		// "2026.12" is a month only where a date is expected: it could be a number
		year, month, day = y, m, d
	} else {
		rest := t
		if n, size := digitsPrefix(rest); size == 4 && strings.HasPrefix(rest[size:], "年") {
			if !model.PlausibleYear(n) {
				return false
			}
			year = n
			rest = strings.TrimPrefix(rest[size+len("年"):], "度")
		}
		var ok bool
		if month, day, ok = periodOfYear(rest, year != 0); !ok {
			return false
		}
		if year == 0 {
			if !strings.Contains(s, "月") && !strings.Contains(s, "年") && !strings.Contains(s, "季度") {
				return false
			}
			if ctx.Year == 0 {
				v.Diagnostics = append(v.Diagnostics, diag.Value(diag.DeadlineNoYear))
				return false
			}
			year = ctx.Year
		}
	}
	last := time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if day == 0 {
		day = last
	}
	if day > last {
		return false
	}
	v.Kind = model.KindDeadline
	v.Date = fmt.Sprintf("%04d-%02d-%02d", year, month, day)
	return true
}

// periodOfYear reads what follows the year of a deadline (or stands
// without one): "底", "上半年", "第三季度", "9月", "12月31日", "6月中旬". Day 0
// means the month's last day. An empty rest is the year's end when a year
// was read.
func periodOfYear(rest string, hasYear bool) (month, day int, ok bool) {
	switch rest {
	case "":
		return 12, 0, hasYear
	case "年", "底", "末", "年底", "年末", "年终", "内", "年内", "全年", "下半年", "第四季度", "四季度", "12月底", "12月末",
		"当年", "当年底", "本年", "本年度", "年度内", "当年度", "本年底":
		return 12, 0, true
	case "上半年", "第二季度", "二季度", "年中":
		return 6, 0, true
	case "第一季度", "一季度":
		return 3, 0, true
	case "第三季度", "三季度":
		return 9, 0, true
	}
	m, size := digitsPrefix(rest)
	if size == 0 {
		var m64 int64
		m64, size = parseChineseNumeral(rest)
		m = int(m64)
	}
	if size == 0 || !strings.HasPrefix(rest[size:], "月") || m < 1 || m > 12 {
		return 0, 0, false
	}
	switch rest = rest[size+len("月"):]; rest {
	case "", "底", "末", "份", "下旬":
		return m, 0, true
	case "上旬":
		return m, 10, true
	case "中旬":
		return m, 20, true
	}
	d, size := digitsPrefix(rest)
	if size == 0 || (rest[size:] != "日" && rest[size:] != "号") {
		return 0, 0, false
	}
	return m, d, true
}

// digitsPrefix reads ASCII digits at the start of s (at most 4).
func digitsPrefix(s string) (int, int) {
	i := 0
	for i < len(s) && i < 5 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 4 {
		return 0, 0
	}
	n, _ := strconv.Atoi(s[:i])
	return n, i
}

// isoDate reads YYYY-MM-DD, YYYY.MM.DD or YYYY/MM/DD, and YYYY-MM (day 0:
// the month's last day).
func isoDate(s string) (int, int, int, bool) {
	if len(s) < 6 || len(s) > 10 {
		return 0, 0, 0, false
	}
	sep := s[4]
	if sep != '-' && sep != '.' && sep != '/' {
		return 0, 0, 0, false
	}
	parts := strings.Split(s, string(sep))
	if (len(parts) != 3 && len(parts) != 2) || len(parts[0]) != 4 {
		return 0, 0, 0, false
	}
	y, e1 := strconv.Atoi(parts[0])
	m, e2 := strconv.Atoi(parts[1])
	d, e3 := 0, error(nil)
	if len(parts) == 3 {
		d, e3 = strconv.Atoi(parts[2])
		if d < 1 {
			return 0, 0, 0, false
		}
	}
	if e1 != nil || e2 != nil || e3 != nil || !model.PlausibleYear(y) || m < 1 || m > 12 || d > 31 {
		return 0, 0, 0, false
	}
	return y, m, d, true
}
