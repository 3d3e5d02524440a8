package extract

import (
	"slices"
	"testing"
)

// TestPartCaption: the captions of a part of the year's targets (months,
// quarters, half-years) and of a range's bounds are parts, never the
// target, an area or the names (probe filings 02, 03, 18 and 19); the
// captions of a target, of an area and of a year are not.
func TestPartCaption(t *testing.T) {
	for _, c := range []struct {
		caption string
		part    bool
	}{
		{"3月", true}, {"12月", true}, {"12月底", true}, {"6月份", true}, {"1-3月", true}, {"1至6月", true},
		{"十二月", true}, {"一季度", true}, {"第四季度", true}, {"2季度", true}, {"上半年", true},
		{"下半年目标值", true}, {"Q3", true}, {"下限", true}, {"上限", true}, {"最低值", true},
		{"最高值", true}, {"上限值（万元）", true}, {"最大值", true},
		{"13月", false}, {"0月", false}, {"五季度", false}, {"全年", false}, {"年度指标值", false},
		{"指标值", false}, {"新罗区", false}, {"永定区", false}, {"2024年", false}, {"月", false},
		{"最高", true}, {"上年实际完成值", false}, {"计量单位", false}, {"一月镇", false},
	} {
		if got := partCaption(c.caption); got != c.part {
			t.Errorf("partCaption(%q) = %v, want %v", c.caption, got, c.part)
		}
	}
}

// TestCaptionHint: a value caption's parentheses give the bare numbers
// under it their unit or comparator (probe filings 04 and 17: 指标值（%）,
// 指标值（≥）) only where they hold a sign, a unit of the vocabulary, or a
// sign then a unit; other parentheses give nothing. The signs are those
// a target may open with (normalize.LeadingSign): ＝ and ═ (typed for =)
// too, and => read whole.
func TestCaptionHint(t *testing.T) {
	lx := defaultLexicon()
	for _, c := range []struct{ label, op, unit string }{
		{"指标值（%）", "", "%"},
		{"指标值(%)", "", "%"},
		{"年度指标值（万元）", "", "万元"},
		{"指标值（≥）", "≥", ""},
		{"目标值（≥%）", "≥", "%"},
		{"目标值(>=%)", ">=", "%"},
		{"指标值（＝）", "＝", ""},
		{"指标值（═）", "═", ""},
		{"指标值（≦%）", "≦", "%"},
		{"目标值(=>%)", "=>", "%"},
		{"指标值（⩾）", "⩾", ""},
		{"指标值（包含数字及文字描述）", "", ""},
		{"指标值（2024年）", "", ""},
		{"指标值", "", ""},
		{"（%）", "", ""},
	} {
		op, unit := captionHint(lx, c.label)
		if op != c.op || unit != c.unit {
			t.Errorf("captionHint(%q) = %q, %q; want %q, %q", c.label, op, unit, c.op, c.unit)
		}
	}
}

// TestYearCaptions: the whole year's caption beside its parts (全年 after
// 6月 | 9月, probe filing 32) and the year a caption opens with (2023年实际值
// beside 2024年目标值, probe filing 28).
func TestYearCaptions(t *testing.T) {
	for s, want := range map[string]bool{"全年": true, "全年度": true, "年度": true, "本年度": true, "全 年": true,
		"半年": false, "上半年": false, "全年指标值": false, "12月": false} {
		if got := wholeYearCaption(s); got != want {
			t.Errorf("wholeYearCaption(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]int{"2023年实际值": 2023, "2024年目标值": 2024, "2023年": 2023, "年度实际值": 0,
		"上年实际值": 0, "1023年实际值": 0, "202年": 0, "２０２３年实际值": 0, "": 0} {
		if got := leadingYear(s); got != want {
			t.Errorf("leadingYear(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestTargetRoleQualifier: a target caption qualified 上年 or 去年 in
// parentheses after it (指标值（上年）, probe filing 43) is last year's,
// as one that opens with it is; 本年 and other qualifiers leave the
// year's target.
func TestTargetRoleQualifier(t *testing.T) {
	for key, want := range map[string]gridColumn{
		"指标值（上年）": cLastYear, "指标值（去年实际）": cLastYear, "上年指标值": cLastYear,
		"指标值（本年）": cValue, "指标值（包含数字及文字描述）": cValue, "指标值（半年）": cHalfYear,
	} {
		if got := targetRole(key); got != want {
			t.Errorf("targetRole(%q) = %v, want %v", key, got, want)
		}
	}
}

// TestBracketTarget: a name that ends with a whole bounded target in
// brackets gives it to an empty value cell (probe filing 07); a
// placeholder, a unit alone, an unbounded number or words give nothing.
func TestBracketTarget(t *testing.T) {
	for name, want := range map[string]string{
		"康复救助人数（≥300人）": "≥300人", "康复服务达标率（≥95%）": "≥95%", "受益人数(≥300人)": "≥300人",
		"投诉率（≤1%）": "≤1%", "苗木成活率(≥**%)": "", "实施营造林总面积(亩)": "", "覆盖率（95%）": "",
		"完成率（≥95%）说明": "", "满意度（较上年提高）": "", "培训人数": "", "（≥95%）": "",
	} {
		if got := bracketTarget(name); got != want {
			t.Errorf("bracketTarget(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestNameTailTarget: a name closing with its bounded target gives it to a
// value cell that holds only its number (probe filing 85); a cell with
// another number, its own sign or another unit, a name without a bound at
// its end, or a name that is the target alone give nothing.
func TestNameTailTarget(t *testing.T) {
	for _, c := range []struct{ name, val, want string }{
		{"救助儿童人数≥500人", "500", "≥500人"},
		{"康复训练达标率≥90%", "90", "≥90%"},
		{"受益人数≥500人", "500人", "≥500人"},
		{"投诉率≤1%", "1", "≤1%"},
		{"受益人数≥500人", "600", ""},
		{"受益人数≥500人", "≥500人", ""},
		{"受益人数≥500人", "500户", ""},
		{"受益人数≥500人", "大于500", ""},
		{"受益人数", "500", ""},
		{"≥500人", "500", ""},
		{"PM2.5浓度", "2.5", ""},
		{"达标率≥90%（含）说明", "90", ""},
		{"满意度", "较高", ""},
	} {
		if got := nameTailTarget(c.name, c.val); got != c.want {
			t.Errorf("nameTailTarget(%q, %q) = %q, want %q", c.name, c.val, got, c.want)
		}
	}
}

// TestSplitNameTarget: a value caption that names the indicator too
// (三级指标及指标值, probe filing 101) splits its cells at the colon, else
// where a bounded target closes the cell; a cell that splits neither way
// gives no name.
func TestSplitNameTarget(t *testing.T) {
	for _, c := range []struct{ cell, name, target string }{
		{"救助困难群众人数：≥3000人", "救助困难群众人数", "≥3000人"},
		{"救助资金发放及时率:100%", "救助资金发放及时率", "100%"},
		{"群众法律意识：明显提高", "群众法律意识", "明显提高"},
		{"救助困难群众人数≥3000人", "救助困难群众人数", "≥3000人"},
		{"救助资金发放及时率100%", "", ""},
		{"：≥90%", "", ""},
		{"满意度：", "", ""},
		{"≥90%", "", ""},
		{"其中：特困人员≥500人", "特困人员", "≥500人"},
		{"其中：特困人员：≥500人", "特困人员", "≥500人"},
		{"其中：≥500人", "", ""},
	} {
		n, v := splitNameTarget(c.cell)
		if n != c.name || v != c.target {
			t.Errorf("splitNameTarget(%q) = %q, %q, want %q, %q", c.cell, n, v, c.name, c.target)
		}
	}
	for caption, want := range map[string]bool{
		"三级指标及指标值": true, "指标名称及指标值": true, "绩效指标和目标值": true, "指标与指标值": true,
		"指标值": false, "指标值及单位": false, "三级指标": false, "指标值及说明": false,
	} {
		if got := namesNameAndValue(caption); got != want {
			t.Errorf("namesNameAndValue(%q) = %v, want %v", caption, got, want)
		}
	}
}

// TestNumberedLinePairs: a name cell and a value cell listing indicators
// as numbered lines, the same numbers line for line, split into pairs
// (probe filing 110); unnumbered lines, counts or numbers that differ, or
// one line give nothing.
func TestNumberedLinePairs(t *testing.T) {
	for _, c := range []struct {
		name, val   string
		names, vals []string
	}{
		{"1.改造危房户数\n2.开工率", "1.≥300户\n2.100%", []string{"1.改造危房户数", "2.开工率"}, []string{"≥300户", "100%"}},
		{"（1）受益人数\n（2）覆盖率", "(1)≥500人\n(2)≥95%", []string{"（1）受益人数", "（2）覆盖率"}, []string{"≥500人", "≥95%"}},
		{"①甲\n②乙", "①1个\n②2个", []string{"①甲", "②乙"}, []string{"1个", "2个"}},
		{"1、甲\n\n2、乙\n", "1、5个\n2、6个", []string{"1、甲", "2、乙"}, []string{"5个", "6个"}},
		{"改造危房户数\n开工率", "≥300户\n100%", nil, nil},
		{"1.甲\n2.乙", "1.≥300户", nil, nil},
		{"1.甲\n3.乙", "1.5个\n3.6个", nil, nil},
		{"1.甲\n2.乙", "1.5个\n2.", nil, nil},
		{"1.甲", "1.5个", nil, nil},
		{"1.甲\n2.乙", "≥95%\n2.5个", nil, nil},
	} {
		names, vals := numberedLinePairs(c.name, c.val)
		if !slices.Equal(names, c.names) || !slices.Equal(vals, c.vals) {
			t.Errorf("numberedLinePairs(%q, %q) = %q, %q, want %q, %q", c.name, c.val, names, vals, c.names, c.vals)
		}
	}
}
