package normalize

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/perfdoc/perfdoc/model"
)

// deadline types "2025年底", "2026年年底", "2025年12月底", "12月底前",
// "年底前", "2021年12月31日", "2021年9月", "9月前", "2025年上半年",
// "2025-06-30" as the last day of the period named; a period without a year
// falls in ctx.Year.
func deadline(s string, ctx Context, v *model.Value) bool {
	t := s
	for _, p := range []string{"不晚于", "不迟于", "截至", "截止", "于", "在", "≤", "<=", "<"} {
		t = strings.TrimPrefix(t, p)
	}
	for _, suf := range []string{"前完成", "底前完成", "之前", "以前", "前", "完成", "内完成", "以内", "内", "止", "为止"} {
		if strings.HasSuffix(t, suf) && len(t) > len(suf) {
			t = strings.TrimSuffix(t, suf)
			break
		}
	}
	year, month, day := 0, 0, 0
	if y, m, d, ok := isoDate(t); ok && (d != 0 || t[4] != '.' || strings.Contains(ctx.Level2, "时效")) {
		// "2026.12" is a month only where a date is expected: it could be a number
		year, month, day = y, m, d
	} else {
		rest := t
		if n, size := digitsPrefix(rest); size == 4 && strings.HasPrefix(rest[size:], "年") {
			if !model.PlausibleYear(n) {
				return false
			}
			year = n
			rest = rest[size+len("年"):]
			rest = strings.TrimPrefix(rest, "度")
		}
		switch rest {
		case "":
			if year == 0 {
				return false
			}
			month = 12
		case "年", "底", "末", "年底", "年末", "年终", "内", "年内", "全年", "下半年", "第四季度", "四季度", "12月底", "12月末",
			"当年", "当年底", "本年", "本年度", "年度内", "当年度", "本年底":
			month = 12
		case "上半年", "第二季度", "二季度", "年中":
			month = 6
		case "第一季度", "一季度":
			month = 3
		case "第三季度", "三季度":
			month = 9
		default:
			m, size := digitsPrefix(rest)
			if size == 0 {
				var m64 int64
				m64, size = parseChineseNumeral(rest)
				m = int(m64)
			}
			if size == 0 || !strings.HasPrefix(rest[size:], "月") || m < 1 || m > 12 {
				return false
			}
			month = m
			rest = rest[size+len("月"):]
			switch rest {
			case "", "底", "末", "份", "中旬", "下旬", "上旬":
				switch rest {
				case "上旬":
					day = 10
				case "中旬":
					day = 20
				}
			default:
				d, size := digitsPrefix(rest)
				if size == 0 || (rest[size:] != "日" && rest[size:] != "号") {
					return false
				}
				day = d
			}
		}
		if year == 0 {
			if !strings.Contains(s, "月") && !strings.Contains(s, "年") && !strings.Contains(s, "季度") {
				return false
			}
			if ctx.Year == 0 {
				v.Warnings = append(v.Warnings, "deadline names no year and the document year is unknown")
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
