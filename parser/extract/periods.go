package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// captionSpaces drops the half- and full-width spaces a caption may be
// written with (1 - 3 月, 全　年), built once for every caption asked.
var captionSpaces = strings.NewReplacer(" ", "", "　", "")

// partCaption reports whether a column caption names a part of a target
// other than the year's whole target: a part of the year (periodCaption) or
// one bound of a range (下限 | 上限, 最低值 | 最高值, 最小值, 下限值, 目标上限:
// boundCaption). Such
// a column is never the target, a recipient area or the names: its cells
// stay unrecognized unless a rule of its own reads them.
func partCaption(s string) bool {
	if periodCaption(s) {
		return true
	}
	return boundCaption(s) != 0
}

// periodCaption reports whether a column caption names a part of the year
// (3月, 12月份, 1-3月, 一季度, 第四季度, 上半年, 年中, Q1): the targets a
// project sets for its months or quarters beside (or instead of) the
// year's, never a recipient area of a transfer table.
func periodCaption(s string) bool {
	s = strings.TrimSpace(captionSpaces.Replace(s))
	for _, w := range []string{"目标值", "指标值", "目标", "末", "底", "份", "前"} {
		s = strings.TrimSuffix(s, w)
	}
	s = strings.TrimPrefix(s, "第")
	switch s {
	case "上半年", "下半年", "年中", "年末", "年底", "半年", "Q1", "Q2", "Q3", "Q4", "q1", "q2", "q3", "q4":
		return true
	}
	if rest, ok := strings.CutSuffix(s, "季度"); ok {
		return slices.Contains([]string{"一", "二", "三", "四", "1", "2", "3", "4", "１", "２", "３", "４"}, rest)
	}
	if rest, ok := strings.CutSuffix(s, "月"); ok {
		// 3月, 十二月, 1-3月, 1至6月, 1—6月
		for _, sep := range []string{"-", "—", "－", "~", "～", "至", "到"} {
			if a, b, ok := strings.Cut(rest, sep); ok {
				a = strings.TrimSuffix(a, "月")
				return monthNumber(a) && monthNumber(b)
			}
		}
		return monthNumber(rest)
	}
	return false
}

// monthNumber reports whether s is a month's number (1 … 12) in Arabic,
// full-width or Chinese digits.
func monthNumber(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > 3 {
		return false
	}
	switch s {
	case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二":
		return true
	}
	n := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			n = n*10 + int(r-'0')
		case r >= '０' && r <= '９':
			n = n*10 + int(r-'０')
		default:
			return false
		}
	}
	return n >= 1 && n <= 12
}

// wholeYearCaption reports whether a column caption names the whole year
// (全年, 全年度, 年度, 本年度) beside the parts of it: the year's target.
func wholeYearCaption(s string) bool {
	s = captionSpaces.Replace(s)
	switch s {
	case "全年", "全年度", "年度", "本年", "本年度":
		return true
	}
	return false
}
