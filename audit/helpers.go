package audit

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
)

var hundred = decimal.NewFromInt(100)

func dec(s *string) (decimal.Decimal, bool) {
	if s == nil {
		return decimal.Zero, false
	}
	d, err := decimal.NewFromString(*s)
	return d, err == nil
}

// budgetYuan is the project's total budget in 元.
func budgetYuan(p *model.Project) (decimal.Decimal, bool) {
	t, ok := dec(p.Budget.Total)
	if !ok {
		return t, false
	}
	f, ok := normalize.YuanFactor(p.MoneyUnit)
	if !ok {
		return t, false
	}
	return t.Mul(decimal.NewFromInt(f)), true
}

// baseNumber returns the value's base number and unit for a quantity.
func baseNumber(v *model.Value) (decimal.Decimal, string, bool) {
	if v.Kind != model.KindQuantity || v.Base == nil {
		return decimal.Zero, "", false
	}
	d, err := decimal.NewFromString(v.Base.Number)
	return d, v.Base.Unit, err == nil
}

// fmtIn writes an amount given in 元 in the project's money unit.
func fmtIn(yuan decimal.Decimal, unit string) string {
	if f, ok := normalize.YuanFactor(unit); ok && f != 1 {
		return yuan.Div(decimal.NewFromInt(f)).String() + unit
	}
	return yuan.String() + "元"
}

// show is an amount as written with its unit, or "(blank)" (Chinese
// "（空）").
func show(s *string, unit string) any {
	if s == nil {
		return phrase("blank")
	}
	return *s + unit
}

// perWord is "per-head" (人均) for a cost per 人 or 人次, "per-household"
// (户均) for one per 户.
func perWord(per string) Phrase {
	if per == "户" {
		return phrase("per-house")
	}
	return phrase("per-head")
}

// fixed writes d with as many decimals as the most precise of the amounts
// it was computed from, as they were written (10.00 + 1.00 is 11.00).
func fixed(d decimal.Decimal, from ...*string) string {
	places := int32(0)
	for _, s := range from {
		if s == nil {
			continue
		}
		if _, frac, ok := strings.Cut(*s, "."); ok && int32(len(frac)) > places {
			places = int32(len(frac))
		}
	}
	return d.StringFixed(places)
}

// diffOver reports whether a and b differ by more than tol relative to b.
func diffOver(a, b, tol decimal.Decimal) bool {
	d := a.Sub(b).Abs()
	if tol.IsZero() {
		return !d.IsZero()
	}
	return d.GreaterThan(b.Abs().Mul(tol))
}

// headFamily folds units that count the same thing: 名 counts 人.
func headFamily(unit string) string {
	if unit == "名" {
		return "人"
	}
	return unit
}

// A cost indicator says it is a cost per unit of a quantity either by its
// unit — money per a quantity unit (元/人, 元/亩, 元/件, 元/次, 元/公里,
// 万元/个: the base unit 元/X) — or, its value plain money, by its name:
// 每X (每人, 每亩, 每件, 每批, 每公里 …), X均 (人均, 生均, 户均, 亩均 …),
// 单X (单次, 单件, 单台 …), or a unit cost or price (单位成本, 单价,
// 单位造价), whose quantity the project's volume indicator names.

// measureWords are the quantity units a name may put after 每 or 单, or
// before 均, longest first; each maps to the unit family of the volume it
// is per (生 counts 人).
var measureWords = []struct{ word, per string }{
	{"平方米", "平方米"}, {"立方米", "立方米"}, {"公里", "公里"}, {"千米", "公里"}, {"人次", "人次"},
	{"人", "人"}, {"名", "人"}, {"生", "人"}, {"户", "户"}, {"亩", "亩"}, {"件", "件"}, {"次", "次"},
	{"个", "个"}, {"项", "项"}, {"批", "批"}, {"类", "类"}, {"台", "台"}, {"套", "套"}, {"所", "所"},
	{"校", "所"}, {"村", "个"}, {"场", "场"}, {"期", "期"}, {"篇", "篇"}, {"份", "份"}, {"张", "张"},
	{"辆", "辆"}, {"座", "座"}, {"处", "处"}, {"吨", "吨"}, {"株", "株"}, {"头", "头"}, {"只", "只"},
	{"家", "家"}, {"条", "条"}, {"册", "册"}, {"本", "本"}, {"片", "片"}, {"块", "块"}, {"口", "口"},
}

// unitPriceWords name a cost per unit without naming the unit.
var unitPriceWords = []string{"单位成本", "单位造价", "单位价格", "单价"}

// perOfName reads from a cost indicator's name the quantity unit its
// amount is per: "人" for 人均培训成本 or 每人补助, "亩" for 每亩补贴 or
// 亩均投入, "次" for 单次检测费; "" with ok for 单位成本 and 单价, whose
// unit the volume indicator gives. 每月, 每年 and the like are periods, not
// quantities: no unit cost. 单位 alone is an organisation (单位运行经费).
func perOfName(name string) (per string, ok bool) {
	r := []rune(name)
	at := func(i int) (string, bool) { // the measure word starting at rune i
		rest := string(r[i:])
		for _, m := range measureWords {
			if strings.HasPrefix(rest, m.word) {
				return m.per, true
			}
		}
		return "", false
	}
	for i, c := range r {
		switch c {
		case '每':
			if p, ok := at(i + 1); ok {
				return p, true
			}
		case '均':
			// X均: the measure word just before 均 (人均, 生均, 亩均, 人次均)
			for _, m := range measureWords {
				w := []rune(m.word)
				if i >= len(w) && string(r[i-len(w):i]) == m.word {
					return m.per, true
				}
			}
		case '单':
			if i > 0 && strings.ContainsRune("清名账订菜表简报保传孤", r[i-1]) {
				continue // 清单, 名单, 订单 …: no unit
			}
			if p, ok := at(i + 1); ok && !strings.HasPrefix(string(r[i:]), "单位") {
				return p, true
			}
		}
	}
	for _, w := range unitPriceWords {
		if strings.Contains(name, w) {
			return "", true
		}
	}
	return "", false
}

// unitCost reads a cost per unit of volume: a rate in 元 per one unit
// (元/人, 元/人次, 元/亩: the amount and "人", "人次", "亩"), or a money
// amount on a cost indicator whose name says per what (perOfName: per is
// "" when only the volume can tell). Ceilings and exact amounts only: a
// floor is no cost.
func unitCost(ind *model.Indicator) (amount decimal.Decimal, per string, ok bool) {
	n, u, ok := baseNumber(&ind.Value)
	if !ok || ind.Value.Op.IsFloor() {
		return decimal.Zero, "", false
	}
	if rest, isRate := strings.CutPrefix(u, "元/"); isRate && rest != "" && !strings.Contains(rest, "/") {
		return n, headFamily(rest), true
	}
	if u != "元" || !ind.IsCost() {
		return decimal.Zero, "", false
	}
	if per, ok := perOfName(ind.Name); ok {
		return n, per, true
	}
	return decimal.Zero, "", false
}

// genericWords are left out when a unit price's name is matched with its
// volume's: they say cost or count, not what is bought.
var genericWords = strings.NewReplacer("单位成本", "", "单位造价", "", "单位价格", "", "单价", "", "成本", "",
	"数量", "", "指标", "", "费用", "", "标准", "", "完成", "")

// volume finds the planned quantity a unit cost applies to: a count in the
// unit's family (=, ≥ or >) on an indicator that is no cost, preferring
// 产出/数量指标, then the name most like the cost's. It returns nil when
// there is none.
func volume(p *model.Project, cost *model.Indicator, per string) (*model.Indicator, decimal.Decimal) {
	var best *model.Indicator
	var bestN decimal.Decimal
	bestScore := -1
	for i := range p.Indicators {
		q := &p.Indicators[i]
		n, u, ok := baseNumber(&q.Value)
		if !ok || q == cost || q.IsCost() || q.Value.Op.IsCeiling() {
			continue
		}
		score := sharedBigrams(q.Name, cost.Name)
		if per == "" {
			// a unit price: a count (not money, a rate or a period) of the
			// same thing, by the words the two names share
			if !countUnit(u) {
				continue
			}
			if score = sharedBigrams(genericWords.Replace(q.Name), genericWords.Replace(cost.Name)); score == 0 {
				continue
			}
		} else if headFamily(u) != per {
			continue
		}
		if q.IsQuantity() {
			score += 1000
		}
		if score > bestScore {
			best, bestN, bestScore = q, n, score
		}
	}
	return best, bestN
}

// countUnit reports whether a base unit counts things: not money, a
// percentage or a period of time.
func countUnit(u string) bool {
	if u == "" || u == "%" || strings.Contains(u, "元") || strings.Contains(u, "/") {
		return false
	}
	switch u {
	case "天", "日", "月", "年", "季度", "小时", "分钟", "工作日", "个月", "周":
		return false
	}
	return true
}

// sharedBigrams counts the character pairs of a that also occur in b.
func sharedBigrams(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	in := map[[2]rune]bool{}
	for i := 0; i+1 < len(rb); i++ {
		in[[2]rune{rb[i], rb[i+1]}] = true
	}
	n := 0
	for i := 0; i+1 < len(ra); i++ {
		if in[[2]rune{ra[i], ra[i+1]}] {
			n++
		}
	}
	return n
}

// isRate reports whether a quantity is a percentage (a rate, a share).
func isRate(v *model.Value) bool {
	_, u, ok := baseNumber(v)
	return ok && u == "%"
}

// eachIndicator collects what check finds on each indicator of p.
func eachIndicator(p *model.Project, check func(ind *model.Indicator) []Finding) []Finding {
	var out []Finding
	for i := range p.Indicators {
		out = append(out, check(&p.Indicators[i])...)
	}
	return out
}
