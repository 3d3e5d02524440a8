package extract

import "testing"

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
